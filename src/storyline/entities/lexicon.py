"""Hand-written word lists: organisations, well-known people, titles, cues.

Written for this project (no external source). Keys are canonical and
language independent. Forms are matched after :func:`fold_token` folding,
so case, accents, Arabic letter variants and Russian case endings need not
be listed separately.

Examples
--------
>>> "country:US" in EXTRA_PLACES and "org:un" in ORGS
True
"""

from __future__ import annotations

# Places the gazetteer misses: abbreviations (matched only in capitals),
# adjectives, and Russian adjective stems (``сирийск`` + any ending).
ABBREVIATIONS: dict[str, list[str]] = {
    "country:US": ["US", "U.S.", "USA", "U.S.A.", "США", "ABD", "EEUU", "EE.UU.", "EUA"],
    "country:GB": ["UK", "U.K."],
    "country:AE": ["UAE", "ОАЭ", "BAE", "EAU"],
    "country:SA": ["KSA"],
    "country:RU": ["РФ"],
}
EXTRA_PLACES: dict[str, list[str]] = {
    "country:US": [
        "Америка",
        "آمریکا",
        "امریکا",
        "آمریکایی",
        "أمريكا",
        "أمريكي",
        "الأمريكية",
        "американск",
        "américain",
        "américaine",
        "estadounidense",
        "amerikanisch",
        "Amerikan",
        "Amerikalı",
        "美国",
        "美方",
    ],
    "country:SY": [
        "сирийск",
        "سوري",
        "السوري",
        "السورية",
        "syrien",
        "syrienne",
        "sirio",
        "siria",
        "syrisch",
        "Suriyeli",
        "叙方",
    ],
    "country:IQ": [
        "иракск",
        "عراقی",
        "العراقي",
        "irakien",
        "irakienne",
        "iraquí",
        "irakisch",
        "Iraklı",
        "伊方",
    ],
    "country:IR": [
        "иранск",
        "ایرانی",
        "إيراني",
        "الإيرانية",
        "iranien",
        "iraní",
        "iranisch",
        "İranlı",
    ],
    "country:RU": [
        "российск",
        "русск",
        "روسی",
        "روسيا",
        "الروسي",
        "russe",
        "ruso",
        "rusa",
        "russisch",
        "Rus",
        "俄方",
    ],
    "country:TR": [
        "турецк",
        "ترکیه",
        "ترکی",
        "تركيا",
        "التركي",
        "turc",
        "turque",
        "turco",
        "türkisch",
        "Türk",
    ],
    "country:IL": ["израильск", "اسرائیلی", "الإسرائيلي", "israélien", "israelí", "israelisch"],
    "country:PS": ["палестинск", "فلسطینی", "الفلسطيني", "palestinien", "palestino"],
    "country:LB": ["ливанск", "لبنانی", "اللبناني", "libanais", "libanés", "libanesisch"],
    "country:SA": ["саудовск", "عربستان", "سعودی", "السعودي", "saoudien", "saudí"],
    "country:UA": ["украинск", "اوکراینی", "الأوكراني", "ukrainien", "ucraniano", "ukrainisch"],
    "country:FR": ["французск", "فرانسوی", "الفرنسي", "français", "francés", "französisch"],
    "country:DE": ["немецк", "германск", "آلمانی", "الألماني", "allemand", "alemán", "deutsch"],
    "country:GB": [
        "британск",
        "انگلیس",
        "بریتانیا",
        "انگلیسی",
        "البريطاني",
        "britannique",
        "británico",
        "britisch",
    ],
    "country:CN": ["китайск", "چینی", "الصيني", "chinois", "chino", "chinesisch"],
    "country:EG": ["египетск", "مصری", "المصري", "égyptien", "egipcio", "ägyptisch"],
    "country:AF": ["афганск", "افغانی", "الأفغاني", "afghan", "afgano"],
    "country:JO": ["иорданск", "اردنی", "الأردني", "jordanien", "jordano"],
    "country:YE": ["йеменск", "یمنی", "اليمني", "yéménite", "yemení"],
    "country:QA": ["катарск", "قطری", "القطري", "qatari"],
}
# Regions the city gazetteer lacks (provinces in the news often).
REGIONS: dict[str, list[str]] = {
    "region:anbar": ["Anbar", "al-Anbar", "Анбар", "الانبار", "انبار", "安巴尔"],
    "region:kurdistan": ["Kurdistan", "Курдистан", "کردستان", "كردستان", "Kürdistan", "库尔德斯坦"],
    "region:gaza": ["Gaza", "Газа", "غزه", "غزة", "Gazze", "加沙"],
    "region:west-bank": [
        "West Bank",
        "Западный берег",
        "کرانه باختری",
        "الضفة الغربية",
        "Cisjordanie",
        "Cisjordania",
        "Westjordanland",
        "Batı Şeria",
        "约旦河西岸",
    ],
    "region:crimea": ["Crimea", "Крым", "کریمه", "القرم", "Crimée", "Krim", "Kırım", "克里米亚"],
    "region:donbas": ["Donbas", "Donbass", "Донбасс", "دونباس", "دونباس"],
    "region:golan": ["Golan", "Голаны", "جولان", "الجولان", "Golán", "戈兰"],
    "region:middle-east": [
        "Middle East",
        "Ближний Восток",
        "خاورمیانه",
        "الشرق الأوسط",
        "Moyen-Orient",
        "Oriente Medio",
        "Nahost",
        "Orta Doğu",
        "中东",
    ],
}
# Organisations: key -> forms in several languages and scripts.
ORGS: dict[str, list[str]] = {
    "org:un": [
        "United Nations",
        "UN",
        "U.N.",
        "ООН",
        "سازمان ملل",
        "سازمان ملل متحد",
        "الأمم المتحدة",
        "Nations unies",
        "Vereinten Nationen",
        "ONU",
        "Naciones Unidas",
        "Vereinte Nationen",
        "UNO",
        "BM",
        "Birleşmiş Milletler",
        "联合国",
    ],
    "org:un-security-council": [
        "Security Council",
        "Совет Безопасности",
        "شورای امنیت",
        "مجلس الأمن",
        "Conseil de sécurité",
        "Consejo de Seguridad",
        "Sicherheitsrat",
        "Güvenlik Konseyi",
        "安理会",
    ],
    "org:islamic-state": [
        "Islamic State",
        "ISIS",
        "ISIL",
        "IS",
        "Daesh",
        "Daech",
        "Daesh",
        "داعش",
        "الدولة الإسلامية",
        "دولت اسلامی",
        "ИГИЛ",
        "ИГ",
        "Исламское государство",
        "État islamique",
        "EI",
        "Estado Islámico",
        "Islamischer Staat",
        "IŞİD",
        "IŞID",
        "DEAŞ",
        "伊斯兰国",
    ],
    "org:nato": ["NATO", "НАТО", "ناتو", "الناتو", "OTAN", "北约"],
    "org:eu": [
        "European Union",
        "EU",
        "Евросоюз",
        "ЕС",
        "اتحادیه اروپا",
        "الاتحاد الأوروبي",
        "Union européenne",
        "UE",
        "Unión Europea",
        "Europäische Union",
        "AB",
        "Avrupa Birliği",
        "欧盟",
    ],
    "org:reuters": ["Reuters", "Рейтер", "Рейтерс", "رویترز", "رويترز", "路透社", "Reuters'"],
    "org:ap": ["Associated Press", "AP", "اسوشیتدپرس", "أسوشيتد برس", "美联社"],
    "org:afp": [
        "AFP",
        "Agence France-Presse",
        "France-Presse",
        "Франс Пресс",
        "خبرگزاری فرانسه",
        "فرانس برس",
        "法新社",
    ],
    "org:rt": ["RT", "Russia Today", "Раша Тудей", "راشا تودی", "روسيا اليوم"],
    "org:sana": ["SANA", "Syrian Arab News Agency", "САНА", "سانا", "سانا"],
    "org:al-mayadeen": ["Al Mayadeen", "al-Mayadeen", "المیادین", "الميادين", "Аль-Маядин"],
    "org:al-jazeera": [
        "Al Jazeera",
        "al-Jazeera",
        "Аль-Джазира",
        "الجزیره",
        "الجزيرة",
        "半岛电视台",
    ],
    "org:rudaw": ["Rudaw", "رووداو", "روداو", "Рудав"],
    "org:bbc": ["BBC", "Би-би-си", "بی‌بی‌سی", "بي بي سي"],
    "org:cnn": ["CNN", "Си-эн-эн", "سی‌ان‌ان", "سي إن إن"],
    "org:tass": ["TASS", "ТАСС", "تاس"],
    "org:irna": ["IRNA", "ИРНА", "ایرنا", "إرنا"],
    "org:hezbollah": [
        "Hezbollah",
        "Hizbollah",
        "Хезболла",
        "حزب‌الله",
        "حزب الله",
        "Hizbullah",
        "真主党",
    ],
    "org:hamas": ["Hamas", "ХАМАС", "حماس", "哈马斯"],
    "org:taliban": ["Taliban", "Талибан", "طالبان", "Talibán", "塔利班"],
    "org:al-qaeda": [
        "al-Qaeda",
        "Al Qaeda",
        "al-Qaida",
        "Аль-Каида",
        "القاعده",
        "القاعدة",
        "El Kaide",
        "基地组织",
    ],
    "org:pkk": ["PKK", "РПК", "پ‌ک‌ک", "پژاک", "حزب العمال الكردستاني"],
    "org:sdf": [
        "SDF",
        "Syrian Democratic Forces",
        "СДС",
        "نیروهای دموکراتیک سوریه",
        "قوات سوريا الديمقراطية",
        "قسد",
        "FDS",
        "SDG",
    ],
    "org:pmf": [
        "Popular Mobilization Forces",
        "Popular Mobilisation Forces",
        "Hashd al-Shaabi",
        "al-Hashd al-Shaabi",
        "PMF",
        "الحشد الشعبی",
        "الحشد الشعبي",
        "حشد الشعبی",
        "حشد شعبی",
        "Хашд аш-Шааби",
        "Haşdi Şabi",
    ],
    "org:irgc": [
        "IRGC",
        "Revolutionary Guards",
        "Revolutionary Guard",
        "КСИР",
        "سپاه",
        "سپاه پاسداران",
        "الحرس الثوري",
        "Pasdaran",
        "Devrim Muhafızları",
    ],
    "org:who": [
        "World Health Organization",
        "WHO",
        "ВОЗ",
        "سازمان بهداشت جهانی",
        "منظمة الصحة العالمية",
        "OMS",
        "WHO",
        "DSÖ",
        "世卫组织",
    ],
    "org:imf": [
        "International Monetary Fund",
        "IMF",
        "МВФ",
        "صندوق بین‌المللی پول",
        "صندوق النقد الدولي",
        "FMI",
        "IWF",
        "国际货币基金组织",
    ],
    "org:red-cross": [
        "Red Cross",
        "ICRC",
        "Красный Крест",
        "صلیب سرخ",
        "الصليب الأحمر",
        "Croix-Rouge",
        "Cruz Roja",
        "Rotes Kreuz",
        "Kızılhaç",
        "红十字",
    ],
    "org:opec": ["OPEC", "ОПЕК", "اوپک", "أوبك", "OPEP", "欧佩克"],
    "org:arab-league": [
        "Arab League",
        "Лига арабских государств",
        "اتحادیه عرب",
        "جامعة الدول العربية",
        "Ligue arabe",
        "Liga Árabe",
        "Arabische Liga",
        "Arap Birliği",
        "阿盟",
    ],
    "org:iaea": [
        "IAEA",
        "МАГАТЭ",
        "آژانس بین‌المللی انرژی اتمی",
        "الوكالة الدولية للطاقة الذرية",
        "AIEA",
        "OIEA",
        "IAEO",
        "UAEA",
        "国际原子能机构",
    ],
    "org:pentagon": ["Pentagon", "Пентагон", "پنتاگون", "البنتاغون", "Pentágono", "五角大楼"],
    "org:kremlin": ["Kremlin", "Кремль", "کرملین", "الكرملين", "Kremlin", "Kreml", "克里姆林宫"],
    "org:white-house": [
        "White House",
        "Белый дом",
        "کاخ سفید",
        "البيت الأبيض",
        "Maison Blanche",
        "Casa Blanca",
        "Weißes Haus",
        "Beyaz Saray",
        "白宫",
    ],
    "org:unhcr": ["UNHCR", "УВКБ", "کمیساریای عالی پناهندگان", "مفوضية اللاجئين", "HCR", "ACNUR"],
}
# Well-known people: canonical English name -> forms in other scripts.
PERSONS: dict[str, list[str]] = {
    "Bashar al-Assad": [
        "Башар Асад",
        "Башар аль-Асад",
        "بشار اسد",
        "بشار الأسد",
        "Beşar Esad",
        "巴沙尔·阿萨德",
    ],
    "Donald Trump": [
        "Дональд Трамп",
        "دونالد ترامپ",
        "دونالد ترامب",
        "ترامپ",
        "ترامب",
        "特朗普",
        "唐纳德·特朗普",
    ],
    "Vladimir Putin": [
        "Владимир Путин",
        "ولادیمیر پوتین",
        "فلاديمير بوتين",
        "پوتین",
        "بوتين",
        "普京",
        "Wladimir Putin",
        "Vladímir Putin",
    ],
    "Recep Tayyip Erdogan": [
        "Реджеп Тайип Эрдоган",
        "رجب طیب اردوغان",
        "رجب طيب أردوغان",
        "اردوغان",
        "أردوغان",
        "Erdoğan",
        "埃尔多安",
    ],
    "Ali Khamenei": ["Али Хаменеи", "علی خامنه‌ای", "علي خامنئي", "خامنه‌ای", "خامنئي", "哈梅内伊"],
    "Joe Biden": ["Джо Байден", "جو بایدن", "جو بايدن", "بایدن", "بايدن", "拜登"],
    "Xi Jinping": ["Си Цзиньпин", "شی جین‌پینگ", "شي جين بينغ", "习近平"],
    "Volodymyr Zelensky": [
        "Владимир Зеленский",
        "ولودیمیر زلنسکی",
        "فولوديمير زيلينسكي",
        "زلنسکی",
        "زيلينسكي",
        "泽连斯基",
        "Zelenskyy",
        "Selenskyj",
    ],
    "Benjamin Netanyahu": [
        "Биньямин Нетаньяху",
        "بنیامین نتانیاهو",
        "بنيامين نتنياهو",
        "نتانیاهو",
        "نتنياهو",
        "内塔尼亚胡",
    ],
    "Emmanuel Macron": [
        "Эммануэль Макрон",
        "امانوئل مکرون",
        "إيمانويل ماكرون",
        "مکرون",
        "ماكرون",
        "马克龙",
    ],
    "Sergei Lavrov": [
        "Сергей Лавров",
        "سرگئی لاوروف",
        "سيرغي لافروف",
        "لاوروف",
        "لافروف",
        "拉夫罗夫",
    ],
    "Antonio Guterres": [
        "Антониу Гутерриш",
        "آنتونیو گوترش",
        "أنطونيو غوتيريش",
        "گوترش",
        "غوتيريش",
        "古特雷斯",
        "António Guterres",
    ],
    "Adel Abdul-Mahdi": ["Адель Абдель-Махди", "عادل عبدالمهدی", "عادل عبد المهدي"],
    "Abu Bakr al-Baghdadi": ["Абу Бакр аль-Багдади", "ابوبکر البغدادی", "أبو بكر البغدادي"],
    "Hassan Rouhani": ["Хасан Роухани", "حسن روحانی", "حسن روحاني", "鲁哈尼"],
}
# Title words: a name follows (or, in Arabic script, may precede) them.
TITLES = set(
    """
    president vice prime minister ministers adviser advisor secretary governor commander chief
    general gen lt col colonel major lieutenant sheikh king queen prince emir ayatollah pope
    senator rep ambassador envoy spokesman spokeswoman spokesperson mayor chancellor premier
    leader director chairman chairwoman head mr mrs ms dr sir lord imam cleric judge justice
    speaker deputy foreign defence defense interior national security army officer brigadier
    президент премьер министр глава генерал посол председатель лидер господин канцлер губернатор
    мэр командующий представитель советник госсекретарь генсек генсекретарь
    président ministre général chef porte parole ambassadeur émir
    presidente ministro general jefe portavoz embajador señor canciller
    präsident minister ministerpräsident kanzler bundeskanzler außenminister herr frau sprecher
    cumhurbaşkanı başbakan bakan bakanı başkan başkanı devlet dışişleri genel sözcüsü büyükelçi lider
    رئیس رئیس‌جمهور رییس‌جمهور رئیسجمهور وزیر وزير رئيس فرمانده فرماندار سرلشگر سرلشکر سردار
    سرتیپ ژنرال سخنگوی سخنگو نماینده سفیر دبیرکل امیر شیخ آیت‌الله آیت‌اللّه ملک پادشاه
    شاهزاده اللواء العميد الفريق الرئيس الوزير رئيس‌الوزراء السفير المتحدث الشيخ الأمير الملك
    محافظ قائد زعيم مستشار
    """.split()
)
# Words that make a capitalised run an organisation.
ORG_CUES = set(
    """
    agency ministry council party army forces force guard guards front union organization
    organisation committee bank university company corporation group news times post
    association movement brigade brigades command court parliament assembly institute
    foundation fund federation league coalition inc ltd network channel tv television radio
    министерство совет партия армия агентство комитет
    ministère conseil parti armée agence comité
    ministerio consejo partido ejército agencia comité
    ministerium partei rat armee agentur
    bakanlığı partisi ordusu konseyi ajansı
    """.split()
)
# Capitalised words that are not names (sentence starts, pronouns, months, days).
CAP_STOP = set(
    """
    the a an in on at by for from to of and or but however under after before during while
    this that these those he she it they we i you his her its their our my there here when
    where what who why how if as with without also meanwhile according last next on monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december file photo leave reply read more
    в на по но он она оно они это этот эта мы я вы и а с из к у о об от до за при после
    le la les un une des du de et mais il elle ils elles ce cette selon dans pour avec sur
    el los las una unos y pero él ella ellos este esta según en con para sobre
    der die das ein eine und aber er sie es wir nach laut mit für auf im am
    bu şu ve ama o bir ile için göre
    """.split()
)
# Connectors allowed inside a Latin/Cyrillic name.
NAME_CONNECTORS = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "de",
    "da",
    "van",
    "von",
    "der",
    "du",
    "la",
    "abu",
    "аль",
    "ибн",
    "бен",
    "фон",
    "ад",
    "ас",
    "ан",
    "ар",
    "эль",
}
# Given names written in Arabic script (Persian and Arabic spellings fold together).
AR_GIVEN = set(
    """
    محمد احمد علی حسن حسین محمود مصطفی عبدالله عبد عبدالرحمن عمر عثمان خالد سعید سعد یوسف
    ابراهیم اسماعیل موسی عیسی جعفر مهدی رضا جواد هادی کاظم قاسم عباس حمزه طارق زید زياد زیاد
    فالح عادل بشار حافظ ماهر فراس نوری حیدر مقتدی هادی فؤاد فواد برهم مسعود نیچیروان جلال
    صالح سلیمان فیصل فهد سلمان عبدالعزیز تمیم نبیه نجیب میشل سعد سمیر ولید امین ایمن اسامه
    ابوبکر ابو جمال کمال نبیل منصور ناصر حمید مجید رحیم کریم جاسم حامد راشد سالم عادل
    مسعود ولی جلیل جمیل حبیب شریف لطیف مراد فرهاد بهرام داریوش کوروش پرویز حسام عماد
    اکبر اصغر مرتضی مجتبی محسن محمدرضا محمدجواد علیرضا حمیدرضا غلامرضا غلامعلی ابوالفضل
    ابراهیم جواد اسحاق عبدالمهدی عبداللهیان لیلا فاطمه زهرا مریم زینب خدیجه
    دونالد جو ولادیمیر سرگئی امانوئل آنگلا بوریس بنیامین جان جیمز مایک آنتونی آنتونیو
    """.split()
)
# Arabic-script words that end a name (particles, common verbs and nouns).
AR_STOP = set(
    """
    و در از به با که را این آن بر برای تا نیز هم یا اما ولی پس پیش روز گفت کرد کرده است بود
    شد شده دیدار گزارش اعلام داد دادند نامه سفر سفری هیأت هیات وی او ایشان خود نخست گفته
    في من إلى على عن مع أن إن التي الذي الذين هذا هذه ذلك قال قالت وقال أعلن خلال بعد قبل
    يوم اليوم حيث كما أو ثم لقد قد لم لن كان كانت رئیس وزیر الرئيس
    """.split()
)
