"""The words of the steps of recurring procedures and of what each procedure is about, every
language together (case-insensitive): the vocabulary :mod:`storyline.link.milestones` reads.

``OBJECTS[procedure]``: without one of these words in a headline (or a lead's first sentence),
no step of the procedure is read. ``MILESTONES[procedure][step]``: the words of each step.
``PROCEDURE_WORDS[procedure]``: what its step is, in words (the "joined because" lines).
Persian words are joined by a space or a zero-width non-joiner (``_SP``).

Examples
--------
>>> sorted(MILESTONES["strike"])
['end', 'notice', 'strike']
>>> set(OBJECTS) == set(MILESTONES) == set(PROCEDURE_WORDS)
True
"""

from __future__ import annotations

__all__ = ["BLOCS", "MILESTONES", "OBJECTS", "PROCEDURE_WORDS"]

#: What a procedure's step is, in words, as a conflict between two reports names it.
PROCEDURE_WORDS: dict[str, str] = {
    "motion": "stage of the motion (tabled or voted on)",
    "rating": "rating action (downgrade, upgrade or affirmation)",
    "works": "stage of the works (ground broken or opened)",
    "record": "record (set, or a race without one)",
    "race": "session of the race weekend (qualifying or the race)",
    "strike": "stage of the strike (notice, the strike, or its end)",
    "fight": "session of the fight (the weigh-in or the fight)",
    "ban": "stage of the export ban (proposed, imposed, extended or lifted)",
    "census": "census count (preliminary or final)",
    "outage": "power cuts (a schedule of cuts or a blackout)",
    "bank": "bank's news (a loss or its rescue)",
    "trade": "stage of the trade agreement (talks, signed, ratified or in force)",
    "disaster": "stage of the disaster (the warning, the disaster, or its aftermath)",
    "boat": "boat's news (sailings suspended, or a boat capsized)",
    "amnesty": "stage of the amnesty (proposed, passed, granted, or those re-arrested)",
    "field": "stage of the oil or gas field (drilling, the discovery, or production)",
    "release": "stage of the prisoners' release (ordered, or done)",
    "membership": "stage of the membership (applied for, recommended, deferred, admitted, or the accession)",
    "transit": "stage of the transit deal (talks, approval, or the first shipment)",
}

_SP = r"[\s\u200c]+"  # Persian words are joined by a space or a zero-width non-joiner

#: Blocs states join (their usual abbreviations): a bloc admitting a state is its membership's news.
BLOCS = (
    r"(?:eac|asean|nato|eu|sco|brics|opec\+?|au|ecowas|sadc|caricom|mercosur|g20|wto|commonwealth|"
    r"arab league|gcc|oecd|cis|eaeu|csto|apec|saarc|bimstec|oic|igad|comesa|eccas|cemac|uemoa|sica|"
    r"pacific islands forum)\b"
)

#: What each procedure is about: without one of these words in the text, no step of it is read.
OBJECTS: dict[str, tuple[str, ...]] = {
    "motion": (
        r"no[- ]confidence", r"non[- ]confidence", r"(?:motion|vote) of (?:no )?confidence",
        r"censure", r"impeachment", r"вотум\w* недоверия", r"недовери\w*", r"импичмент\w*",
        r"(?:[لبو])?(?:ال)?(?:سحب|حجب|عدم) (?:ال)?ثقة", r"عدم(?:[\s\u200c]+)?اعتماد", r"استیضاح", r"不信任", r"弹劾",
        r"misstrauens\w*", r"motion de censure", r"moción de censura", r"mozione di sfiducia",
        r"sfiducia", r"gensoru", r"güvensizlik",
    ),
    "rating": (
        r"(?:credit|sovereign|debt|bond|investment[- ]grade|junk) ratings?", r"ratings? agenc\w*",
        r"moody's", r"fitch", r"s&p", r"standard (?:&|and) poor's", r"dbrs",
        r"(?:кредитн|суверенн)\w* рейтинг\w*", r"рейтингов\w* агентств\w*", r"(?:moody|муди)\S*",
        r"фитч\w*", r"(?:ال)?تصنيف\w* (?:ال)?(?:ائتمان|سيادي)\w*", r"وكال\S* (?:ال)?تصنيف",
        r"موديز", r"فيتش", r"ستاندرد", r"رتبه(?:[\s\u200c]+ی)?[\s\u200c]+اعتباری", r"مودیز", r"فیچ",
        r"استاندارد" + _SP + r"اند" + _SP + r"پورز", r"评级", r"信用等级", r"穆迪", r"惠誉", r"标普",
        r"bonität\w*",
        r"note (?:souveraine|de crédit)", r"calificación", r"kredi not\w*",
    ),
    "record": (
        r"(?:world|european|asian|african|continental|national|olympic|championship|track|"
        r"course|meeting|personal|junior) (?:\w+ )?records?", r"records?", r"рекорд\w*",
        r"(?:ال)?رقم\S* (?:ال)?قياسي\S*", r"رکورد\S*", r"纪录", r"記録", r"rekord\w*", r"récord\w*",
        r"record\w*", r"rekor\w*",
    ),
    "race": (  # a motor race: its qualifying (the pole) the day before the race
        r"grand prix", r"gp\b", r"formula (?:one|1|e|2)\b", r"f1\b", r"motogp", r"indycar", r"nascar",
        r"rally (?:stage|driver|championship|de|of|d')", r"wrc\b", r"rallye", r"dakar", r"гран[- ]при", r"формул\w* ?(?:1|один|е)", r"ралли",
        r"(?:[بلو]|لل)?(?:ال)?جائزة (?:\S+ ){1,2}(?:ال)?كبرى", r"(?:ال)?فورمولا", r"(?:ال)?رالي",
        r"گرند[\s\u200c]*پری", r"فرمول" + _SP + r"(?:یک|۱|1)", r"رالی", r"大奖赛", r"方程式",
        r"拉力赛", r"großer preis", r"gran premio", r"grande prêmio", r"formel (?:1|eins)",
        # motorcycle racing: motocross, supercross, speedway, superbikes; a qualifying session
        r"motocross", r"mxgp", r"mx2", r"supercross", r"superbikes?", r"speedway", r"мотокросс\w*",
        r"(?:ال)?موتوكروس", r"موتور" + _SP + r"?کراس", r"摩托车越野", r"越野摩托", r"资格赛", r"排位赛",
    ),
    "strike": (  # a labour strike: its notice, the strike itself, its end (not an air strike)
        r"(?:general|national|nationwide|rail|railway|port|dock|transport|public[- ]sector|teachers'?|"
        r"doctors'?|nurses'?|workers'?|union|miners'?|pilots'?|staff|\d+-hour|day-long|one-day|two-day|"
        r"three-day|warning|labou?r|token) strikes?", r"strike action", r"walk-?outs?", r"walk(?:s|ed)? out",
        r"strikers", r"on strike", r"(?:to|will|would) strike\b", r"(?:calls?|called) off (?:\S+ ){0,2}strike",
        r"strike (?:over|against|for) (?:\S+ )?(?:pay|wages|pensions|salar\w*|jobs)",
        r"strikes? (?:ends?|ended|is over|halts?|halted|paralys\w*|paralyz\w*|crippl\w*|shuts?|grounds?|"
        r"disrupts?|begins?|began|starts?|started)\b", r"забастов\w*", r"стачк\w*", r"бастую\w*", r"бастова\w*",
        r"(?:[وبل]|لل)?(?:ال)?[إا]ضراب\S*", r"(?:ال)?مضرب\S*", r"اعتصاب\S*", r"罢工", r"罷工", r"streik\w*",
        r"grève\w*", r"huelga\w*", r"scioper\w*", r"greve\w*", r"grev\w*", r"strajk\w*", r"štrajk\w*",
        r"stávk\w*",
    ),
    "fight": (  # a title fight (boxing, wrestling): the weigh-in the day before, the fight
        r"box(?:ing|ers?)\b", r"bouts?\b", r"title fight", r"prize ?fight\w*", r"(?:wbc|wba|ibf|wbo|ibo|ufc)\b",
        r"(?:heavy|cruiser|light[- ]heavy|super[- ]middle|middle|welter|light|feather|bantam|fly|straw)weights?",
        r"belts?\b", r"wrestl\w*", r"sumo\b", r"mma\b", r"бокс\w*", r"боксер\w*", r"боксёр\w*",
        r"поедин\w*", r"пояс\w*", r"борец", r"борцы", r"борца", r"вольн\w* борьб\w*", r"греко-римск\w*",
        r"(?:[وبل]|لل)?(?:ال)?ملاكم\S*", r"(?:[وبل]|لل)?(?:ال)?نزال\S*", r"(?:[وبل]|لل)?(?:ال)?حزام",
        r"(?:[وبل]|لل)?(?:ال)?مصارع\S*", r"بوکس\S*", r"بوکسور\S*", r"مشت" + _SP + r"?زن\S*", r"کمربند\S*",
        r"کشتی" + _SP + r"?گیر\S*", r"拳击", r"拳王", r"金腰带", r"拳手", r"摔跤", r"重量级", r"综合格斗",
        r"boxe\w*", r"boxeo", r"pugil\w*", r"boks\w*",
        # the weigh-in named alone is a fight's
        r"weigh[- ]?ins?\b", r"make(?:s)? weight", r"made weight", r"indvejning\w*", r"klare[rt]? vægten",
        r"innveiing\w*", r"invägning\w*", r"(?:vm-)?bælte\w*", r"bälte\w*", r"belte\w*", r"tit(?:t)?elkamp\w*",
    ),
    "ban": (  # an export ban (or duty): proposed, imposed, extended, lifted
        r"exports?\b", r"exporting", r"экспорт\w*", r"вывоз\w*", r"(?:[وبل]|لل)?(?:ال)?تصدير\S*",
        r"(?:[وبل]|لل)?(?:ال)?صادرات", r"صادرات\S*", r"出口", r"ausfuhr\w*", r"exporta\w*", r"esporta\w*",
        r"ihracat\w*",
    ),
    "census": (  # a census: its preliminary count, months before its final results
        r"census\w*", r"перепис\w*", r"(?:ال)?تعداد (?:ال)?(?:عام )?(?:لل)?سكان\S*",
        r"(?:ال)?إحصاء (?:ال)?(?:عام )?(?:لل)?سكان\S*", r"سرشماری\S*", r"人口普查", r"volkszählung\w*",
        r"zensus", r"recensement\w*", r"censo\w*", r"censimento\w*", r"nüfus sayımı\w*", r"spis\w* ludności",
        r"(?:ال)?تعداد\S*", r"(?:ال)?عدد (?:\S+ )?(?:لل|ال)?سكان\S*", r"ជំរឿន",
    ),
    "outage": (  # power cuts: a rota of planned cuts announced, or a blackout
        r"blackouts?", r"power (?:cuts?|outages?|failures?|rationing)", r"load[- ]?shedding", r"outages?",
        r"электроснабжени\w*", r"отключени\w* (?:электро)?(?:энерги|свет|электричеств)\w*", r"блэкаут\w*",
        r"(?:веерн|плановн)\w* отключени\w*", r"انقطاع\S* (?:\S+ )?(?:[وبل]|لل)?(?:ال)?(?:تيار|كهرباء)\S*",
        r"(?:ال)?تقنين\S*", r"خاموشی\S*", r"قطع(?:ی)?" + _SP + r"برق", r"停电", r"限电", r"断电", r"拉闸",
        r"stromausfall\w*", r"panne (?:géante|d'électricité)", r"apagón\w*", r"elektrik kesinti\w*",
    ),
    "bank": (  # a bank's (not a central bank's) loss or run on it, days before its rescue
        r"(?<!central )(?<!reserve )(?<!national )(?<!world )banks?\b", r"lenders?\b",
        r"(?<!центральн\w )(?<!центральный )банк(?:а|у|ом|е|и|ов)?\b(?! россии)",
        r"(?:[وبل]|لل)?(?:ال)?(?:بنك|مصرف)(?! (?:ال)?(?:مركزي|الدولي))\S*", r"بانک\S*(?!" + _SP + r"مرکزی)",
        r"(?<!中央)(?<!人民)银行", r"ባንክ\S*(?<!ብሔራዊ ባንክ)",
    ),
    "trade": (  # a trade agreement: a round of talks, its signing, its ratification, in force
        r"(?:free[- ]trade|trade|commercial|economic partnership|investment) (?:and \w+ )?(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|areas?)",
        r"(?:free[- ]trade|trade) (?:talks|negotiations)", r"fta\b", r"cepa\b", r"epa\b", r"соглашени\w* о (?:свободной )?торговл\w*", r"торгов\w* соглашени\w*",
        r"зон\w* свободной торговли", r"зст\b", r"(?:ال)?اتفاق\S* (?:لل|ال)?تجار\S*", r"(?:لل|ال)?تجارة (?:ال)?حرة",
        r"تجارت" + _SP + r"آزاد", r"(?:موافقت" + _SP + r"?نامه|قرارداد)" + _SP + r"(?:\S+" + _SP + r")?تجار\S*",
        r"تجارت" + _SP + r"ترجیحی", r"自由贸易", r"自贸", r"贸易协定", r"经贸协定", r"freihandel\w*", r"handelsabkommen",
        r"libre[- ]échange", r"accord commercial", r"libre comercio", r"acuerdo comercial", r"tlc\b",
        r"libero scambio", r"serbest ticaret", r"ticaret anlaşma\w*", r"(?:c|g|ch|ng)?ytundeb\w* (?:f|m)asnach\w*",
        r"(?:m|f)asnach rydd", r"trafodaeth\w* (?:f|m)asnach", r"drafodaeth\w* (?:f|m)asnach",
    ),
    "disaster": (  # a storm, a flood, an avalanche or a landslide: the warning, the disaster, the aftermath
        r"typhoons?", r"super typhoon", r"cyclones?", r"hurricanes?", r"tropical (?:storm|depression)s?",
        r"storm surge", r"avalanches?", r"landslides?", r"mudslides?", r"floods?\b", r"flooding", r"flash floods?",
        r"тайфун\w*", r"циклон\w*", r"ураган\w*", r"тропическ\w* шторм\w*", r"лавин\w*", r"оползн\w*", r"оползень",
        r"наводнени\w*", r"паводк\w*", r"(?:[وبل]|لل)?(?:ال)?إعصار\S*", r"(?:ال)?عاصف\S* (?:ال)?مداري\S*",
        r"(?:[وبل]|لل)?(?:ال)?انهيار\S* (?:ال)?(?:ثلجي|أرضي|جليدي|صخري)\S*", r"(?:[وبل]|لل)?(?:ال)?فيضان\S*", r"(?:[وبل]|لل)?(?:ال)?سيول",
        r"(?:ال)?انزلاق\S* (?:ال)?(?:أرضي|تربة)\S*", r"توفان\S*", r"طوفان\S*", r"گردباد\S*",
        r"(?:سقوط|ریزش|زیر)" + _SP + r"بهمن", r"بهمن" + _SP + r"(?:مرگبار|کوه|در" + _SP + r"کوه)", r"رانش" + _SP + r"زمین",
        r"سیل\b", r"سیلاب\S*", r"台风", r"飓风", r"气旋", r"热带风暴", r"雪崩", r"山体滑坡", r"滑坡", r"泥石流", r"洪水",
        r"洪灾", r"taifun\w*", r"wirbelsturm\w*", r"lawine\w*", r"erdrutsch\w*", r"hochwasser", r"überschwemmung\w*",
        r"typhon\w*", r"ouragan\w*", r"glissement\w* de terrain", r"inondation\w*", r"tifón", r"ciclón", r"huracán",
        r"avalancha\w*", r"alud\w*", r"deslizamiento\w*", r"inundaci\w*", r"tayfun\w*", r"kasırga\w*", r"çığ\b",
        r"heyelan\w*", r"bagyo\w*", r"pagguho ng (?:lupa|niyebe)", r"baha\b", r"हिमपहिरो", r"पहिरो", r"बाढी",
        r"बाढ़", r"चक्रवात\S*", r"तूफ़ान", r"तूफान", r"हिमस्खलन", r"भूस्खलन",
    ),
    "boat": (  # a passenger boat: sailings suspended (in a warning), or a boat capsized
        r"ferr(?:y|ies)", r"boats?\b", r"vessels?\b", r"ships?\b", r"catamarans?", r"паром\w*", r"судн\w*",
        r"суд(?:а|ов)\b", r"лодк\w*", r"катер\w*", r"теплоход\w*", r"(?:[وبل]|لل)?(?:ال)?عبار(?:ة|ات)\S*",
        r"(?:[وبل]|لل)?(?:ال)?قارب\S*", r"(?:[وبل]|لل)?(?:ال)?(?:مركب|مراكب)\b", r"(?:[وبل]|لل)?(?:ال)?سفين\S*", r"کشتی\S*", r"قایق\S*", r"شناور\S*",
        r"渡轮", r"客船", r"游船", r"游轮", r"船只", r"轮渡", r"渡船", r"fähre\w*", r"schiff\w*", r"bateau\w*",
        r"navire\w*", r"barco\w*", r"embarcaci\w*", r"feribot\w*", r"tekne\w*", r"gemi\w*", r"ნავ\S*", r"კატარღ\S*",
        r"გემ\S*", r"ბორან\S*", r"იახტ\S*",
    ),
    "amnesty": (  # an amnesty (or pardon): proposed, granted, and those re-arrested weeks after
        r"amnest\w*", r"pardon\w*", r"clemency", r"амнист\w*", r"помилова\w*", r"(?:[وبل]|لل)?(?:ال)?عفو\b",
        r"عفو", r"بخشودگی", r"特赦", r"大赦", r"赦免", r"amnestie\w*", r"begnadig\w*", r"amnistie\w*",
        r"amnist[ií]a\w*", r"indult\w*", r"grazia\b", r"af yasası\w*", r"đặc xá", r"ân xá", r"ân giảm",
    ),
    "field": (  # an oil or gas field: its well drilled, its discovery, its development
        r"(?:natural )?gas(?:field)?\b", r"oil(?:field)?\b", r"hydrocarbons?", r"condensate", r"reserves?\b",
        r"wells?\b", r"месторождени\w*", r"газ(?:а|ом|у)?\b", r"нефт\w*", r"скважин\w*",
        r"(?:[وبل]|لل)?(?:ال)?حقل\S*", r"(?:[وبل]|لل)?(?:ال)?غاز\S*", r"(?:[وبل]|لل)?(?:ال)?نفط\S*", r"(?:ال)?بئر",
        r"میدان" + _SP + r"(?:\S+" + _SP + r")?(?:گاز|نفت)\S*", r"گاز\S*", r"نفت\S*", r"چاه\S*", r"ذخایر",
        r"气田", r"油田", r"天然气", r"油气", r"气井", r"gasfeld\w*", r"ölfeld\w*", r"erdgas\w*", r"gisement\w*",
        r"yacimiento\w*", r"giacimento\w*", r"doğal ?gaz\w*", r"(?:ו|ה|ב|של)?גז\b", r"(?:ה|ב)?מאגר\S*", r"(?:ה|ב)?נפט",
        r"(?:ה|ב)?קידוח\S*",
    ),
    "release": (  # prisoners (fishermen, detainees) freed by a state: the release ordered, or done
        r"prisoners?\b", r"fishermen", r"fishers\b", r"detainees?", r"inmates?", r"captives?", r"pows?\b",
        r"заключ[её]нн\w*", r"рыбак\w*", r"задержанн\w*", r"пленн\w*", r"узник\w*", r"(?:[وبل]|لل)?(?:ال)?(?:سجناء|سجين\S*|أسرى|أسير\S*|معتقل\S*|محتجز\S*|صياد\S*)",
        r"زندانی\S*", r"ماهیگیر\S*", r"بازداشتی\S*", r"اسیر\S*", r"اسرا", r"ماہی گیر\S*", r"ماہی گیروں", r"قیدی\S*",
        r"囚犯", r"渔民", r"被拘留者", r"在押人员", r"战俘", r"গ্রেপ্তার\S*", r"জেলে\S*", r"বন্দি\S*", r"wavuvi", r"wafungwa",
        r"gefangene\w*", r"fischer\b", r"prisonniers?", r"pêcheurs", r"presos?\b", r"pescadores", r"mahkum\w*", r"balıkçı\w*",
    ),
    "membership": (  # a state's membership of a bloc: applied for, recommended, deferred, admitted, acceded
        r"members?hip", r"member (?:state|country|nation)s?", r"(?:new|full|newest|\w+th) member\b", r"accession",
        r"(?:bid|application|request) to join", r"as (?:its |the )?(?:\w+ )?member\b", r"присоединени\w*",
        r"принят\w* в (?:\S+ ){0,2}(?:сообществ|союз|блок|организаци|альянс|содружеств)\w*", r"عضو(?:اً|ا)(?!\S)",
        r"\S+مین" + _SP + r"عضو", r"عضو" + _SP + r"(?:\S+" + _SP + r"){0,4}?(?:شد|گردید)(?!\w)",
        r"(?:recommend|back|endors|approv|defer|postpon|reject)\w* (?:\S+ ){0,3}admission\b",
        BLOCS + r" (?:\S+ ){0,4}admit\w*", r"admit\w* (?:\S+ ){0,3}(?:to|into) (?:the )?" + BLOCS,
        r"admit(?:s|ted)? (?:\S+ ){0,3}(?:into|as) (?!(?:the |a )?(?:\w+ )?(?:hospital|icu|clinic|intensive|ward|care))", r"join(?:s|ed|ing)? (?:the )?(?:bloc|community|union|alliance|organi[sz]ation|grouping)",
        r"член(?:ство|ства|стве|ом|ы|ов)\b", r"вступлени\w*", r"(?:при[её]м|принят\w*|принял\w*) (?:\S+ ){0,2}в (?:\S+ )?(?:член|состав)\w*",
        r"(?:ال)?عضوي(?:ة|ه)\S*", r"(?:ال)?انضمام", r"(?:ال)?عضو (?:ال)?(?:جديد|كامل)\S*", r"عضویت\S*", r"پیوستن", r"الحاق",
        r"成员国", r"成员资格", r"新成员", r"加入", r"入盟", r"入会", r"接纳", r"uanachama", r"kujiunga", r"mwanachama",
        r"wanachama", r"\w{0,6}jiunga\w*", r"mitgliedschaft", r"beitritt\w*", r"adhésion", r"adhesión", r"ingreso", r"üyelik\w*",
    ),
    "transit": (  # one state's cargo through another's ports or roads: talks, approval, the first shipment
        r"transit\w*", r"trans-?shipment", r"(?:use|access to|using) (?:\S+ ){0,2}ports?\b", r"port (?:use|access)",
        r"транзит\w*", r"(?:ال)?(?:عبور|ترانزيت)\S*", r"ترانزیت\S*", r"ترانزٹ", r"过境", r"转运", r"中转",
        r"ট্রানজিট\S*", r"ট্রান্সশিপমেন্ট\S*", r"bandari", r"durchfuhr\w*", r"tránsito",
    ),
    "works": (
        r"(?:metro|subway|tram|light rail|rail|railway|railroad|bus rapid transit|brt|cable car|"
        r"monorail) ?(?:lines?|links?|extensions?|systems?|networks?)?\b", r"lines? \d+",
        r"bridges?", r"tunnels?", r"airports?", r"terminals?", r"motorways?", r"highways?",
        r"expressways?", r"ring road", r"canal", r"метро\w*", r"трамва\w*",
        r"лини\w* (?:метро|трамва\w*|скоростн\w*|железн\w*|\d+)",
        r"мост(?:а|у|ом|е|ы|ов)?\b", r"тоннел\w*", r"аэропорт\w*", r"вокзал\w*", r"магистрал\w*", r"трасс\w*",
        r"(?:ال)?مترو", r"(?:ال)?ترام", r"(?:ال)?خط(?!\S)", r"(?:ال)?جسر", r"(?:ال)?نفق",
        r"(?:ال)?مطار", r"(?:ال)?قطار", r"سكة", r"مترو", r"قطار", r"پل(?!\w)", r"تونل",
        r"فرودگاه", r"بزرگراه",
        r"آزادراه", r"تراموا", r"地铁", r"轨道交通", r"号线", r"轻轨", r"有轨电车", r"大桥", r"隧道",
        r"机场", r"高铁", r"铁路", r"u-bahn", r"s-bahn", r"straßenbahn", r"brücke", r"flughafen",
        r"métro", r"tramway", r"ligne (?:de )?(?:métro|tram\w*|\d+)", r"pont\b", r"aéroport",
        r"línea (?:de )?(?:metro|tren|\d+)", r"puente", r"aeropuerto",
        r"metrosu", r"köprü\w*", r"havaliman\w*",
    ),
}

#: The steps of each procedure, every language together (case-insensitive).
MILESTONES: dict[str, dict[str, tuple[str, ...]]] = {
    "motion": {
        "tabled": (
            r"tables?\b", r"tabled", r"files?\b", r"filed", r"submits?", r"submitted", r"lodges?",
            r"lodged", r"introduc\w*", r"moves? (?:a )?motion", r"(?:collects?|gathers?|collected|"
            r"gathered) (?:\w+ ){0,3}signatures", r"внес(?:ла|ли|ло|ен\w*|ти|[её]т|ут)?\b", r"вн[её]с\b",
            r"подал\w*", r"инициир\w*", r"собрал\w* (?:\w+ )?подпис\w*",
            r"(?:تقدم|يقدم|تقديم|قدم\w*|أودع\w*|يودع|تودع|إيداع) (?:\S+ ){0,3}(?:طلب|مذكرة|عريضة|مشروع)",
            r"(?:طلب|مذكرة|عريضة) (?:ل)?(?:سحب|حجب)", r"ارائه" + _SP + r"(?:شد|کرد|دادند)", r"تقدیم",
            r"اعلام" + _SP + r"وصول", r"امضای", r"提出", r"提交", r"发起", r"递交", r"eingebracht",
            r"bringt .{0,40} ein\b", r"beantrag\w*", r"dépos\w*", r"presenta\w*", r"registra\w*",
            r"presentat\w*", r"önerge(?:si)? ver\w*",
        ),
        "vote": (
            r"survives?", r"survived", r"loses?", r"lost", r"defeat\w*", r"wins?", r"won",
            r"pass(?:es|ed)", r"rejects?", r"rejected", r"ousted", r"ousts?", r"toppl\w*",
            r"brought down", r"brings? down", r"falls?\b", r"fell\b", r"votes? (?:down|out|to oust)",
            r"voted", r"пережил\w*", r"устоял\w*", r"отклонил\w*", r"провал\w*",
            r"не поддержал\w*", r"выразил\w*", r"отправил\w* в отставку", r"проголосовал\w*",
            r"(?:تنجو|ينجو|نجت|نجا)", r"(?:صوت|يصوت|تصوت|صوتوا)\w*", r"رفض\w*", r"أسقط\w*",
            r"(?:يسقط|تسقط|سقطت|سقط)", r"(?:يحجب|تحجب|حجب)\w* (?:ال)?ثقة عن", r"فشل\w*",
            r"جان" + _SP + r"سالم", r"رأی" + _SP + r"(?:نیاورد|آورد|نداد|داد|دادند|ندادند)",
            r"رد" + _SP + r"شد", r"تصویب" + _SP + r"(?:شد|نشد)", r"برکنار", r"否决", r"挺过", r"闯过",
            r"获得?通过", r"未获通过", r"倒台", r"下台", r"übersteht", r"überstanden", r"gestürzt",
            r"scheitert", r"gescheitert", r"rejet\w*", r"renvers\w*", r"survit", r"rechaza\w*",
            r"supera\b", r"prospera\w*", r"respint\w*",
        ),
    },
    "rating": {
        "downgrade": (
            r"downgrad\w*", r"cuts?\b", r"lowers?", r"lowered", r"slash\w*", r"понизил\w*",
            r"снизил\w*", r"понижени\w*", r"снижени\w*", r"(?:تخفض|يخفض|خفض\w*|تخفيض)", r"کاهش",
            r"تنزل", r"تنزیل", r"下调", r"调降", r"降级", r"降至", r"herabgestuft", r"herabstuf\w*",
            r"abgestuft", r"senkt", r"abaiss\w*", r"dégrad\w*", r"rebaj\w*", r"baja\b",
            r"düşürdü", r"indirdi",
        ),
        "upgrade": (
            r"upgrad\w*", r"rais(?:es|ed)\b", r"lifts?\b", r"lifted", r"повысил\w*", r"повышени\w*",
            r"(?:ترفع|يرفع|رفعت|رفع)\b", r"ارتقا\w*", r"افزایش", r"上调", r"调升", r"上调至",
            r"升至", r"hochgestuft", r"heraufgestuft", r"relève", r"rehauss\w*", r"eleva\w*",
            r"mejora\w*", r"yükseltti",
        ),
        "affirmation": (
            r"affirm\w*", r"reaffirm\w*", r"maintains?", r"maintained", r"keeps?\b", r"kept",
            r"confirms?", r"confirmed", r"leaves? (?:\w+ ){0,3}unchanged", r"подтвердил\w*",
            r"сохранил\w*", r"оставил\w* (?:\w+ ){0,3}без изменени\w*", r"(?:تثبت|يثبت|تثبيت|ثبتت)",
            r"(?:أبقت|تبقي|يبقي|أبقى)", r"(?:أكدت|تؤكد|يؤكد)", r"تأیید", r"تایید", r"حفظ" + _SP + r"کرد",
            r"维持", r"确认", r"bestätigt", r"belässt", r"confirme\w*", r"maintient", r"mantiene",
            r"ratifica\w*", r"teyit", r"sabit (?:tuttu|bıraktı)",
        ),
    },
    "record": {  # a record set, or a race won (or run) without one
        "set": (
            r"(?:breaks?|broke|broken|sets?|smash\w*|shatter\w*|bett?ers?|bettered|improv\w*|"
            r"lowers?|lowered|clips?|clipped|eclips\w*|erases?|erased|rewrites?|rewrote) "
            r"(?:\S+ ){0,4}records?", r"(?:new|fresh) (?:\w+ ){0,2}records?",
            r"установил\w*", r"побил\w*", r"обновил\w*", r"нов\w* (?:\w+ )?рекорд\w*",
            r"(?:يحطم|تحطم|حطم\w*|يسجل|تسجل|سجل\w*)", r"(?:ال)?رقم\S* (?:ال)?قياسي\S* (?:ال)?جديد\S*",
            r"شکست", r"ثبت", r"رکورد" + _SP + r"(?:\S+" + _SP + r"){0,3}?(?:تازه|جدید)",
            r"(?<!未能)(?<!未)(?<!没有)(?<!没)(?:打破|刷新)", r"创造", r"创下", r"改写", r"新纪录", r"bricht", r"gebrochen",
            r"aufgestellt", r"verbessert", r"neue\w* (?:\w+)?rekord", r"bat\b", r"battu",
            r"améliore", r"nouveau record", r"bate\b", r"batió", r"nuevo récord", r"kırdı",
        ),
        "missed": (
            r"without (?:a |the |setting a |breaking (?:the |his |her |a )?)?(?:\w+ )?records?",
            r"no (?:\w+ )?record\b", r"miss(?:es|ed)? (?:the |his |her |a )?(?:\w+ )?records?",
            r"(?:outside|short of|off) (?:the |his |her |a )?(?:own )?(?:\w+ )?records?",
            r"без (?:\w+ )?рекорд\w*", r"рекорд\w* не (?:побит|установлен|обновл)\w*",
            r"не (?:смог|смогл\w*|удалось) (?:\S+ ){0,2}(?:рекорд|побить|улучшить)\w*",
            r"(?:دون|بدون|من دون) (?:تحطيم |تسجيل )?(?:ال)?رقم", r"لم (?:ي|ت)(?:حطم|سجل)",
            r"بعيدا عن (?:ال)?رقم", r"بدون" + _SP + r"(?:شکستن" + _SP + r")?رکورد",
            r"رکورد(?:ی)?" + _SP + r"(?:را" + _SP + r")?(?:نشکست|نزد)",
            r"نتوانست" + _SP + r"(?:\S+" + _SP + r")?رکورد", r"未能?(?:打破|刷新)", r"没有?(?:打破|刷新)",
            r"未破", r"ohne (?:\w+ )?rekord", r"sans (?:\w+ )?record", r"sin (?:\w+ )?récord",
        ),
    },
    "race": {  # qualifying (the pole position), or the race (a win)
        "qualifying": (
            r"(?<!from )(?<!from the )pole(?:[- ]position)?\b", r"qualifying", r"qualifications?\b",
            r"квалификаци\w*", r"(?<!с )поул\w*", r"(?:ال)?تجارب (?:ال)?(?:تأهيلية|التأهيلية)",
            r"(?:ال)?(?:تصفيات|حصة) (?:ال)?(?:تأهيلية|التأهيل)", r"(?:ال)?بول بوزيشن", r"قطب الانطلاق",
            r"تعیین" + _SP + r"خط", r"پول" + _SP + r"پوزیشن", r"(?:جلسه|مرحله)" + _SP + r"(?:تعیین|انتخابی|مقدماتی)",
            r"排位赛?", r"资格赛", r"杆位", r"头名发车", r"qualifikation", r"clasificación", r"qualifs?\b",
            r"sıralama turları",
        ),
        "race": (
            r"wins?\b(?! (?:the )?(?:pole|qualifying))", r"won\b(?! (?:the )?(?:pole|qualifying))", r"victory", r"triumph\w*",
            r"(?:chequered|checkered) flag", r"побед\w*", r"выигра\w*+(?! квалификаци)", r"(?:فاز|يفوز|تفوز|فوز|الفوز|بفوز|يتوج|تتويج|توج)\S*",
            r"قهرمان\S*", r"پیروز\S*", r"برنده", r"فاتح", r"(?<!资格赛)(?<!排位赛)夺冠", r"(?<!资格赛)(?<!排位赛)获胜", r"赢得(?!杆位|排位)", r"称雄", r"折桂",
            r"问鼎", r"夺得.{0,10}冠军", r"gewinnt", r"siegt", r"remporte", r"victoire", r"gagne\b",
            r"gana\b", r"victoria", r"triunfo", r"kazan\w*",
        ),
    },
    "strike": {  # the notice (a strike called, threatened, voted for), the strike, its end
        "notice": (
            r"call(?:s|ed|ing)? (?:for )?(?:an? |the )?(?:\S+ ){0,3}(?:strike|walkout)", r"threat\w*",
            r"(?:serves?|served|issues?|issued|gives?|gave|files?|filed) (?:\S+ ){0,2}notice",
            r"strike notice", r"notice of (?:\S+ ){0,2}strike", r"votes? (?:for|to)", r"voted (?:for|to)",
            r"ballot\w*", r"(?:will|to|would) strike", r"(?:will|to|would) walk out", r"warns? of (?:\S+ ){0,2}strike",
            r"пригроз\w*", r"угрож\w*", r"грозит\w*", r"(?:намерен\w*|планиру\w*|собира\w*) (?:\S+ ){0,2}бастовать",
            r"проголосовал\w* за", r"confirm\w* (?:\S+ ){0,3}(?:strike|walkout)", r"подтвердил\w* (?:\S+ ){0,2}забастовк\w*",
            r"(?:تؤكد|يؤكد|أكدت|أكد) (?:\S+ ){0,3}(?:ال)?[إا]ضراب", r"تأیید" + _SP + r"(?:\S+" + _SP + r"){0,2}?اعتصاب",
            r"确认.{0,10}罢工", r"potvrdil\w* (?:\S+ )?(?:štrajk|stávk)\w*", r"(?:vyhlásil|vyhlásili|ohlásil)\w* (?:\S+ )?(?:štrajk|stávk)\w*",
            r"(?:يهدد|تهدد|هدد\S*|تلوح|يلوح)", r"(?:تدعو|يدعو|دعت|دعا|دعوة) (?:\S+ ){0,3}(?:ال)?[إا]ضراب",
            r"(?:تعتزم|يعتزم|ينوي|تنوي)", r"إنذار\S*", r"تهدید\S*", r"فراخوان\S*", r"هشدار\S*",
            r"威胁", r"号召", r"呼吁", r"拟", r"宣布将", r"投票(?:通过|支持)", r"droh\w*", r"urabstimmung\w*",
            r"menace\w*", r"préavis", r"amenaza\w*", r"minacci\w*",
        ),
        "strike": (
            r"halts?\b", r"halted", r"paralys\w*", r"paralyz\w*", r"crippl\w*", r"shuts?\b", r"shut down",
            r"grounds?\b(?! (?:staff|crew|floor|handl\w*))", r"grounded", r"disrupt\w*", r"standstill", r"grinds?\b", r"ground to a halt",
            r"idles?\b", r"idled", r"cancel\w* (?:\S+ ){0,2}(?:flights|trains|services|classes)", r"walk(?:s|ed)? out", r"walked off", r"stay(?:s|ed)? away",
            r"(?:go|goes|went) on strike", r"(?:are|were|is|was) on strike", r"strike (?:begins|began|starts|started|enters?|entered)",
            r"парализ\w*", r"останов\w*", r"забастовал\w*", r"бастуют", r"вышл\w* на (?:\S+ )?забастовк\w*",
            r"нача\w* (?:\S+ )?забастовк\w*", r"отмен\w* (?:\S+ )?(?:рейс|поезд|электричк)\w*",
            r"(?:يشل|تشل|شل\S*|شلل\S*)", r"(?:توقف|أوقف|يوقف|توقفت|تعطل|تعطيل|عطل)\S*",
            r"(?:بدأ|بدأت|يبدأ|تبدأ|بدء|ينفذ|تنفذ|نفذ\S*) (?:\S+ ){0,2}(?:ال)?[إا]ضراب",
            r"فلج\S*", r"تعطیل\S*", r"متوقف\S*", r"دست" + _SP + r"?از" + _SP + r"?کار",
            r"اعتصاب" + _SP + r"(?:کردند|کرد)", r"瘫痪", r"停运", r"停摆", r"停驶", r"停航", r"停工",
            r"举行.{0,6}罢工", r"开始罢工", r"lahm\w*", r"stillstand", r"paralys\w*", r"perturb\w*",
            r"paraliza\w*", r"paralizza\w*", r"felç\w*", r"zastavil\w*", r"ochromil\w*", r"štrajkuj\w*", r"stávkuj\w*",
            r"sparaliżował\w*",
        ),
        "end": (
            r"calls? off", r"called off", r"suspend\w* (?:\S+ ){0,2}(?:strike|walkout|action)",
            r"end(?:s|ed|ing)? (?:\S+ ){0,3}(?:strike|walkout|dispute|action)", r"(?:strike|walkout|dispute) (?:is )?(?:ends|ended|over(?![^\W\d_]|\s+[^\W\d_]))",
            r"avert\w*", r"accept\w* (?:\S+ ){0,3}(?:offer|deal)",
            r"(?:agree\w*|reach\w*|sign\w*|clinch\w*|strikes?) (?:\S+ ){0,3}(?:pay|wage) (?:deal|agreement|accord)", r"back to work", r"return\w* to work",
            r"(?:postpon\w*|cancel\w*|scrap\w*) (?:\S+ ){0,2}(?:strike|walkout|action)",
            r"отмен\w* (?:\S+ ){0,2}забастовк\w*", r"прекрати\w*", r"приостанови\w*", r"заверши\w*",
            r"(?:отложил|перенесл)\w*", r"вернул\w* к работе", r"вышли на работу",
            r"(?:تعليق|علق\S*|يعلق|تعلق|إلغاء|ألغ\S*|يلغي|تلغي|إنهاء|أنه\S*|ينهي|تنهي|إرجاء|أرجأ\S*|تأجيل|أجل\S*|فك)"
            r" (?:\S+ ){0,2}(?:ال)?[إا]ضراب", r"(?:ال)?[إا]ضراب\S* (?:\S+ )?(?:ينتهي|انتهى|يتوقف|توقف)",
            r"العودة إلى العمل", r"(?:لغو|تعلیق|پایان|تعویق)" + _SP + r"(?:\S+" + _SP + r"){0,2}?اعتصاب",
            r"اعتصاب\S*" + _SP + r"(?:\S+" + _SP + r"){0,2}?(?:لغو|تعلیق|پایان|تعویق)", r"بازگشت" + _SP + r"(?:\S+" + _SP + r")?به" + _SP + r"کار",
            r"取消.{0,6}罢工", r"暂停.{0,6}罢工", r"结束.{0,6}罢工", r"罢工.{0,6}(?:结束|取消|暂停|推迟)",
            r"推迟.{0,6}罢工", r"复工", r"abgesagt", r"ausgesetzt", r"beendet", r"verschoben", r"annul\w*",
            r"desconvoca\w*", r"revoca\w*", r"ertelen\w*", r"iptal",
        ),
    },
    "fight": {  # the weigh-in (or the last press conference) the day before, the fight itself
        "weighin": (
            r"weigh[- ]?ins?\b", r"weighs? in\b", r"weighed in\b", r"make(?:s)? weight", r"made weight",
            r"on the scales", r"face[- ]?offs?", r"(?:final |pre-fight )?press conference",
            r"взвешивани\w*", r"пресс-конференци\w*", r"(?:ال)?(?:وزن|ميزان) (?:ال)?(?:رسمي|الملاكمين)",
            r"مراسم (?:ال)?وزن", r"(?:ال)?مؤتمر (?:ال)?صحفي", r"وزن" + _SP + r"?کشی", r"کنفرانس" + _SP + r"خبری",
            r"(?:يجتاز|تجتاز|اجتاز|يجتازان)\S* (?:\S+ )?(?:ال)?(?:وزن|ميزان)", r"(?:ال)?ميزان\b",
            r"称重", r"过磅", r"新闻发布会", r"pesaje", r"pesée", r"tartı\w*", r"wiegen", r"indvejning\w*",
            r"klare[rt]? vægten", r"innveiing\w*", r"invägning\w*",
        ),
        "fight": (
            r"wins?\b", r"won\b", r"beats?\b", r"beaten", r"defeat\w*", r"knock(?:s|ed)? out", r"knockout",
            r"k\.?o\.?s?\b", r"tko\b", r"stops?\b", r"stopped", r"retains?", r"retained", r"defends?",
            r"defended", r"(?:claims?|claimed|captures?|captured|lifts?|lifted|takes?|took) (?:\S+ ){0,3}"
            r"(?:title|belt|crown)", r"(?:new|crowned) (?:\S+ ){0,2}champion", r"outpoint\w*",
            r"(?:unanimous|split|majority) decision", r"loses?\b", r"lost\b", r"побед\w*", r"выигра\w*",
            r"нокаут\w*", r"защитил\w*", r"отстоял\w*", r"завоевал\w*", r"одолел\w*", r"проиграл\w*",
            r"уступил\w*", r"(?:فاز|يفوز|تفوز|فوز|الفوز|بفوز|يتوج|تتويج|توج)\S*", r"(?:يهزم|هزم|تغلب|يتغلب)\S*",
            r"(?:ال)?ضربة (?:ال)?قاضية", r"(?:يحتفظ|احتفظ|حافظ|يحافظ|انتزع|ينتزع|أحرز|يحرز)\S*",
            r"(?:خسر|يخسر)\S*", r"پیروز\S*", r"شکست" + _SP + r"(?:داد|خورد)", r"ناک" + _SP + r"?اوت",
            r"قهرمان" + _SP + r"شد", r"(?:حفظ|کسب)" + _SP + r"(?:کرد|کمربند)", r"击败", r"战胜", r"击倒",
            r"卫冕", r"夺得", r"获胜", r"胜出", r"夺冠", r"不敌", r"负于", r"gewinnt", r"siegt", r"remporte",
            r"gana\b", r"vence\w*", r"kazan\w*", r"vinder\b", r"vandt\b", r"vant\b", r"vann\b",
            r"sl(?:år|og) (?:\S+ ){0,2}ud\b", r"behold(?:er|t)\b", r"besejr\w*", r"knockoutsejr\w*",
        ),
    },
    "ban": {  # an export ban: proposed, imposed (in force), extended, lifted
        "proposal": (
            r"propos\w*", r"draft\w*", r"consider\w*", r"mulls?\b", r"mulled", r"weighs?\b",
            r"предлож\w*", r"проект\w*", r"рассматрива\w*", r"(?:يقترح|تقترح|اقترح\S*|مقترح\S*|تدرس|يدرس)",
            r"مشروع قرار", r"پیشنهاد\S*", r"拟", r"提议", r"草案", r"考虑", r"建议", r"vorschlag\w*",
            r"schlägt\b", r"propose\w*", r"propone\w*", r"öner\w*",
        ),
        "imposed": (
            r"bans\b", r"banned", r"banning", r"impos\w*", r"introduc\w*", r"slaps?\b", r"slapped",
            r"halts?\b", r"halted", r"suspends?\b", r"suspended", r"stops?\b", r"stopped",
            r"(?:takes|took|came|comes) (?:into )?effect", r"(?:comes?|came|enters?|entered) into force",
            r"запрет(?:ил|ила|или|ят|ит)\b", r"запрещ\w*", r"ввел\w*", r"ввёл", r"введ\w*", r"вступ\w* в силу",
            r"приостанов\w*", r"(?:تحظر|يحظر|حظرت|تفرض|يفرض|فرضت|فرض|توقف|يوقف|أوقفت|أوقف|تمنع|يمنع|منعت)\b",
            r"(?:يدخل|دخل) حيز التنفيذ", r"ممنوع" + _SP + r"?(?:کرد|شد|اعلام)", r"متوقف" + _SP + r"?(?:کرد|شد)",
            r"لازم" + _SP + r"?الاجرا", r"اجرایی" + _SP + r"شد", r"禁止", r"禁售", r"暂停", r"实施", r"叫停",
            r"生效", r"征收", r"verbiet\w*", r"verhängt", r"interdit", r"prohíbe", r"yasakla\w*",
        ),
        "extension": (
            r"extend\w*", r"prolong\w*", r"продл\w*", r"(?:تمديد|مدد\S*|يمدد|تمدد)", r"تمدید\S*", r"延长",
            r"verlänger\w*", r"prorrog\w*", r"uzat\w*",
        ),
        "lifted": (
            r"lifts?\b", r"lifted", r"lifting", r"scrap\w*", r"ends?\b", r"ended", r"remov\w*", r"resum\w*",
            r"reopens?", r"снял\w*", r"снят\w*", r"отмен\w*", r"возобнов\w*",
            r"(?:ترفع|يرفع|رفعت|رفع|إلغاء|ألغت|يلغي|تلغي|ألغى|استئناف|تستأنف|يستأنف|استأنف)\b",
            r"(?:رفع|لغو)" + _SP + r"(?:\S+" + _SP + r"){0,2}?ممنوعیت", r"از" + _SP + r"?سر" + _SP + r"?گیری",
            r"解除", r"取消", r"恢复", r"放开", r"解禁", r"aufgehoben", r"hebt\b", r"lève", r"levée", r"levanta\w*",
            r"kaldır\w*",
        ),
    },
    "census": {  # a census's preliminary count, its final results
        "preliminary": (
            r"preliminary", r"provisional", r"initial", r"first (?:results|figures|count)", r"early (?:results|figures)",
            r"предварительн\w*", r"перв\w* (?:итог|результат|данн)\w*", r"(?:ال)?أولي\S*", r"(?:ال)?مبدئي\S*",
            r"اولیه", r"مقدماتی", r"初步", r"vorläufig\w*", r"provisoire\w*", r"preliminar\w*",
            r"provvisori\w*", r"ön sonuç\w*", r"បឋម",
        ),
        "final": (
            r"final (?:\w+ )?results?", r"full (?:\w+ )?results?", r"official (?:\w+ )?results?", r"окончательн\w*", r"(?:ال)?نهائي\S*",
            r"نهایی", r"最终", r"endgültig\w*", r"définiti\w*", r"definitiv\w*", r"kesin sonuç\w*", r"ចុងក្រោយ",
        ),
    },
    "outage": {  # a rota of planned cuts announced days before, or the blackout itself
        "schedule": (
            r"schedul\w*", r"timetables?", r"rotas?\b", r"rotating", r"rolling", r"график\w*", r"веерн\w*",
            r"(?:ال)?جدول\S*", r"جدول" + _SP + r"(?:\S+" + _SP + r")?خاموشی", r"برنامه" + _SP + r"(?:\S+" + _SP + r")?خاموشی",
            r"轮流", r"有序用电", r"计划停电", r"停电计划", r"限电计划", r"zeitplan\w*", r"calendrier",
            r"programa\w* de cortes", r"program\w*",
        ),
        "blackout": (
            r"nationwide (?:blackout|power cut|outage)", r"total blackout", r"massive blackout", r"grid (?:collapse|failure)",
            r"plung\w* (?:\S+ ){0,3}(?:into )?dark\w*", r"(?:without|no) (?:power|electricity)", r"обесточ\w*",
            r"без (?:света|электричества|электроэнергии)", r"масштабн\w* (?:блэкаут|отключени)\w*",
            r"(?:يغرق|غرق\S*|تغرق) (?:\S+ ){0,2}(?:في )?(?:ال)?ظلام", r"ظلام دامس", r"انقطاع (?:\S+ ){0,2}شامل\S*",
            r"خاموشی" + _SP + r"(?:گسترده|سراسری)", r"در" + _SP + r"تاریکی", r"全国(?:性)?(?:大)?停电",
            r"大(?:面积|规模)停电", r"全面停电", r"陷入(?:一片)?黑暗",
        ),
    },
    "bank": {  # a bank's loss (or a run on its deposits), or its rescue by the state
        "loss": (
            r"loss(?:es)?\b", r"deposit run", r"run on", r"убыт\w*", r"отток\w* (?:вклад|депозит|средств)\w*",
            r"(?:ال)?خسار\S*", r"(?:ال)?خسائر\S*", r"سحب\S* (?:ال)?ودائع", r"زیان\S*", r"亏损", r"挤兑", r"verlust\w*", r"pérdida\w*",
            r"perte\w*", r"zarar\w*", r"ኪሳራ\S*",
        ),
        "rescue": (
            r"rescu\w*", r"bail(?:s|ed)? out", r"bailouts?", r"recapitali[sz]\w*", r"capital injection",
            r"injects?\b", r"nationali[sz]\w*", r"спас\w*", r"санаци\w*", r"докапитализ\w*", r"национализ\w*",
            r"(?:ال)?إنقاذ\S*", r"(?:ينقذ|تنقذ|أنقذ\S*|لإنقاذ)", r"(?:ضخ|يضخ|تضخ)\b", r"(?:ال)?تأميم\S*", r"نجات", r"تزریق\S*", r"ملی" + _SP + r"(?:شد|کرد)",
            r"救助", r"注资", r"纾困", r"国有化", r"rettung\w*", r"rescate\w*", r"sauvetage\w*", r"kurtarma\w*",
            r"(?:ለ)?መታደግ\S*", r"ታደገ\S*",
        ),
    },
    "trade": {  # a round of talks, the agreement signed, ratified, in force
        "talks": (
            r"talks?\b", r"negotiat\w*", r"rounds?\b", r"переговор\w*", r"раунд\w*", r"(?:ال)?مفاوضات",
            r"(?:ال)?جولة", r"مذاکر\S*", r"دور" + _SP + r"(?:\S+" + _SP + r")?مذاکر", r"谈判", r"磋商",
            r"verhandl\w*", r"négociation\w*", r"negociaci\w*", r"negoziat\w*", r"müzakere\w*",
            r"(?:t|d|nh|th)rafodaeth\w*", r"rownd\w*",
        ),
        "signed": (
            r"signs?\b", r"signed", r"signing", r"inks?\b", r"inked", r"seal(?:s|ed)?\b", r"clinch\w*",
            r"подписа\w*", r"заключ(?:ил|или|ила|ен\w*)\b", r"(?:وقع|توقع|يوقع|توقيع|وقعت|التوقيع|وقعا|يوقعان|توقعان|بتوقيع)\b",
            r"امضا\S*", r"签署", r"签订", r"签约", r"unterzeichn\w*", r"unterschrieben", r"sign(?:e|ent|é|ée|ature)\b",
            r"firma\w*", r"firmó", r"firmato", r"imzala\w*", r"(?:ll|l)ofnod\w*", r"arwyddo",
        ),
        "ratified": (
            r"ratif\w*", r"ратифицир\w*", r"ратификаци\w*", r"(?:صادق|يصادق|تصادق|المصادقة|مصادقة)\S*",
            r"تصویب", r"批准", r"ratifiz\w*", r"onayla\w*", r"(?:c|g|ch|ngh)adarnha\w*",
        ),
        "force": (
            r"(?:enters?|entered|comes?|came) into force", r"(?:takes?|took) effect", r"in force\b",
            r"вступ\w* в (?:законную )?силу", r"(?:يدخل|دخل|تدخل|دخلت|دخول) (?:\S+ )?حيز (?:ال)?(?:تنفيذ|نفاذ)",
            r"لازم" + _SP + r"?الاجرا", r"اجرایی" + _SP + r"شد", r"生效", r"in kraft", r"entr\w* en vigueur",
            r"entr\w* en vigor", r"yürürlüğe",
        ),
    },
    "disaster": {  # the warning days before, the disaster itself, its aftermath weeks after
        "warning": (
            r"warn\w*", r"alerts?\b", r"braces?\b", r"braced", r"bracing", r"nears\b", r"nearing",
            r"approach\w*", r"bears? down", r"heads? (?:for|toward\w*)", r"forecast\w*",
            r"evacuation orders?", r"order\w* (?:\S+ ){0,2}evacuat\w*", r"signal (?:no\.? ?)?\d",
            r"expected to (?:\S+ ){0,2}(?:landfall|hit|strike|reach)", r"ожида\w*", r"(?:من )?المتوقع", r"(?:يتوقع|تتوقع)",
            r"پیش" + _SP + r"?بینی", r"预计.{0,8}登陆", r"将于.{0,8}登陆",
            r"предупрежд\w*", r"приближа\w*", r"надвига\w*", r"(?:[وبل]|لل)?(?:ال)?تحذير\S*",
            r"(?:[وبل]|لل)?(?:ال)?إنذار\S*", r"(?:يقترب|تقترب|اقتراب)\S*", r"هشدار\S*", r"نزدیک" + _SP + r"(?:می|شدن)",
            r"预警", r"警报", r"逼近", r"将登陆", r"即将", r"warnung\w*", r"alerte\w*", r"alerta\w*", r"uyarı\w*",
            r"babala", r"paglikas", r"खतरा", r"चेतावनी", r"सतर्क\S*", r"अलर्ट", r"जोखिम",
        ),
        "disaster": (
            r"makes? landfall", r"made landfall", r"hits?\b", r"slams?\b", r"slammed", r"batter\w*", r"lash\w*",
            r"pound(?:s|ed)\b", r"sweeps?\b", r"swept", r"kills?\b", r"killed", r"bur(?:y|ies|ied)\b",
            r"death toll", r"dead\b", r"обрушил\w*", r"унес\w* жизн\w*", r"погиб\w*", r"накрыл\w*",
            r"сошл\w*", r"сошедш\w*", r"жертв\w*", r"(?:ضرب|يضرب|تضرب|اجتاح|يجتاح|تجتاح)\S*",
            r"(?:مقتل|قتلى|مصرع|حتفهم|حتفه|ضحايا)\S*", r"جان" + _SP + r"باخت\S*", r"کشته", r"قربانی\S*",
            r"درنوردید", r"登陆", r"袭击", r"遇难", r"罹难", r"丧生", r"致\S{0,4}死", r"掩埋", r"trifft", r"tote\b",
            r"frappe", r"morts?\b", r"golpea", r"muertos?\b", r"vurdu", r"öldü\w*", r"nag-?landfall", r"tumama",
            r"hinagupit", r"patay", r"nasawi", r"namatay", r"मृत्यु", r"मौत", r"ज्यान", r"मारिए", r"मारे गए", r"पुरि\S*",
        ),
        "aftermath": (
            r"damage (?:assessment|estimate\w*|bill)", r"assess\w* (?:\S+ ){0,2}damage", r"reconstruction",
            r"rebuild\w*", r"recover\w* (?:\S+ ){0,3}bod(?:y|ies)", r"bod(?:y|ies) (?:\S+ ){0,3}(?:recovered|retrieved|found)",
            r"search (?:\S+ ){0,2}(?:ends|ended|called off|suspended)", r"memorial", r"(?:losses|damage) (?:\S+ ){0,3}"
            r"(?:put|estimated|valued) at", r"ущерб\w* (?:\S+ ){0,3}оцен\w*", r"оцен\w* (?:\S+ ){0,3}ущерб\w*",
            r"восстановлени\w*", r"тел\w* (?:\S+ ){0,3}(?:извлеч|найд|обнаруж|подня)\w*", r"поиск\w* (?:\S+ ){0,2}(?:заверш|прекращ)\w*",
            r"(?:ال)?أضرار (?:\S+ ){0,2}(?:تقدر|بلغت|قدرت)", r"تقدير (?:ال)?أضرار", r"إعادة (?:ال)?إعمار", r"انتشال (?:\S+ ){0,2}جث\S*",
            r"بازسازی", r"برآورد" + _SP + r"خسارت", r"خسارت\S*" + _SP + r"(?:\S+" + _SP + r"){0,2}?برآورد", r"(?:پیکر|جسد)\S*"
            + _SP + r"(?:\S+" + _SP + r"){0,3}?(?:پیدا|کشف|بیرون)", r"灾后重建", r"重建", r"损失(?:评估|达|约)", r"遗体", r"搜救(?:工作)?结束",
            r"悼念", r"wiederaufbau", r"reconstrucci\w*", r"शव\S* (?:\S+ ){0,3}(?:निकालि|फेला|बरामद)\S*",
        ),
    },
    "boat": {  # sailings suspended (in a storm warning), or a boat capsized
        "suspended": (  # boat trips suspended or barred, boats kept in port
            r"(?:suspend\w*|halt\w*|cancel\w*|ban\w*|bar(?:s|red)?) (?:\S+ ){0,3}(?:trips|sailings|services|crossings|tours|"
            r"voyages|departures|navigation|boats?|ferr(?:y|ies))\b", r"(?:boats?|ferr(?:y|ies)|vessels?|sailings|trips|crossings) "
            r"(?:\S+ ){0,3}(?:suspended|halted|cancelled|canceled|barred|banned)", r"(?:stay|remain|kept|confined) (?:\S+ )?(?:in|to) ports?",
            r"(?:приостанов|запрет|отмен|прекра)\w* (?:\S+ ){0,2}(?:движени|рейс|перевоз|выход|навигаци|экскурси)\w*",
            r"(?:تعليق|علق\S*|إيقاف|أوقف\S*|منع|يمنع|حظر|وقف) (?:\S+ ){0,2}(?:(?:ال)?رحلات|(?:ال)?ملاحة|حركة|(?:ال)?إبحار|(?:ال)?قوارب|(?:ال)?عبارات)",
            r"(?:تعليق|توقف|تعلیق|لغو|ممنوعیت)" + _SP + r"(?:\S+" + _SP + r"){0,2}?(?:تردد|سفر|سفرهای|حرکت)" + _SP + r"(?:\S+" + _SP + r")?(?:دریایی|شناورها|قایق\S*|کشتی\S*)",
            r"停航", r"禁止出海", r"禁航", r"暂停.{0,4}(?:航班|航线|出海|渡运|客运|运营)(?!许可)", r"停运",
            r"რეის\S* (?:\S+ )?(?:შეჩერ|აიკრძალ|გაუქმ)\S*", r"(?:შეჩერ|აკრძალ)\S* (?:\S+ ){0,3}რეის\S*",
        ),
        "capsized": (
            r"capsiz\w*", r"sank\b", r"sinks?\b", r"sunk\b", r"sinking", r"overturn\w*", r"flipped", r"keel\w* over",
            r"опрокинул\w*", r"затонул\w*", r"перевернул\w*", r"крушени\w*", r"(?:غرق|يغرق|تغرق|غرقت)(?![\s\u200c]*شده)\S*", r"انقلاب\S*",
            r"(?:انقلب|ينقلب|انقلبت)\S*", r"واژگون\S*", r"غرق" + _SP + r"(?:شد|شدن)(?!ه)", r"倾覆", r"翻沉", r"沉没", r"翻船", r"沉船",
            r"kenter\w*", r"gesunken", r"chavir\w*", r"naufrag\w*", r"zozobr\w*", r"alabora", r"battı",
            r"გადატრიალ\S*", r"გადაბრუნ\S*", r"ჩაიძირ\S*", r"ჩაძირ\S*",
        ),
    },
    "amnesty": {  # the bill proposed, the amnesty granted (prisoners freed), those re-arrested
        "proposal": (
            r"propos\w*", r"draft\w*", r"bill\b", r"submit\w*", r"tabl\w*", r"consider\w*", r"законопроект\w*",
            r"проект\w*", r"внес(?:ла|ли|ло|ен\w*|ти|[её]т|ут)?\b", r"предлож\w*", r"مشروع", r"(?:يقترح|تقترح|اقترح\S*|مقترح\S*)",
            r"لایحه", r"طرح", r"پیشنهاد\S*", r"草案", r"提议", r"提交", r"gesetzentwurf\w*", r"projet\w*", r"proyecto\w*",
            r"tasarı\w*", r"拟", r"审议", r"名单", r"đề nghị", r"danh sách", r"xem xét", r"dự thảo",
        ),
        "passed": (  # a parliament passing the amnesty law, before it frees anyone
            r"pass(?:es|ed)\b", r"adopt\w*", r"approv\w*", r"votes? (?:for|through)", r"voted (?:for|through)",
            r"принял\w*", r"одобрил\w*", r"утвердил\w*", r"(?:أقر|يقر|تقر|أقرت|صادق|يصادق|المصادقة)\S*", r"تصویب",
            r"通过.{0,6}法", r"批准.{0,6}法", r"thông qua (?:\S+ ){0,2}luật", r"verabschied\w*", r"aprob\w*", r"kabul ed\w*",
        ),
        "granted": (
            r"releas\w*", r"frees?\b", r"freed", r"grant\w*", r"signs?\b", r"signed", r"pardons\b", r"pardoned",
            r"освобо\w*", r"помиловал\w*", r"подписал\w*", r"вышл\w* на свободу",
            r"(?:أفرج|يفرج|تفرج|الإفراج|إطلاق سراح|أطلق|يطلق)\S*", r"(?:يصدر|تصدر|أصدر|أصدرت|صدر)\S* (?:\S+ )?(?:عفو|مرسوم|قرار)",
            r"وق[\u0651]?ع\S* (?:\S+ )?(?:على )?(?:قرار|مرسوم)", r"آزاد\S*", r"(?:فرمان|حکم)" + _SP + r"عفو", r"امضا" + _SP + r"(?:کرد|شد)",
            r"释放", r"获释", r"签署", r"freigelassen", r"libér\w*", r"liberad\w*", r"excarcela\w*", r"serbest bırak\w*",
            r"quyết định (?:\S+ )?(?:đặc xá|ân xá)", r"được tha", r"tha tù", r"trả tự do",
        ),
        "rearrest": (
            r"re-?arrest\w*", r"back (?:in|behind) (?:bars|prison|jail)", r"return\w* to (?:prison|jail)", r"reoffend\w*",
            r"(?:повторно|вновь|снова|опять) (?:\S+ )?(?:задерж|арест|осужд)\w*", r"вернул\w* (?:\S+ )?(?:в|за) (?:тюрьм|решетк|колони)\w*",
            r"рецидив\w*", r"(?:إعادة|أعيد) (?:\S+ )?(?:اعتقال|توقيف|سجن)", r"عاد\S* (?:\S+ )?إلى (?:ال)?سجن",
            r"دوباره" + _SP + r"(?:\S+" + _SP + r")?(?:بازداشت|دستگیر|زندان)", r"بازگشت\S*" + _SP + r"(?:\S+" + _SP + r")?به" + _SP + r"زندان",
            r"再次被捕", r"重新(?:犯罪|入狱|被捕)", r"再犯", r"rückfällig\w*", r"récidiv\w*", r"reincid\w*", r"tái phạm",
            r"bị bắt lại",
        ),
    },
    "field": {  # the well's drilling, the discovery, the field's development or first production
        "drilling": (
            r"drill\w*", r"spud\w*", r"бурени\w*", r"бур(?:ит|ят|ить|ят)\b", r"(?:[وبل]|لل)?(?:ال)?(?:حفر|تنقيب)\b",
            r"حفاری", r"钻探", r"开钻", r"钻井", r"bohr\w*", r"forage\w*", r"perfora\w*", r"sondaj\w*", r"(?:ל|ה|ב)?קדוח",
            r"(?:החל|החלה|החלו|מתחיל\S*) (?:\S+ )?(?:ב)?קידוח",
        ),
        "discovery": (
            r"discover\w*", r"(?:finds?|found|strikes?|struck) (?:\S+ ){0,3}(?:gas|oil)", r"(?:major|significant|new|giant|big|large) (?:\S+ )?(?:find|discovery)",
            r"открыл\w*", r"открыти\w*", r"обнаружил\w*", r"нашл\w*", r"(?:[وبل]|لل)?(?:ال)?اكتشاف\S*", r"(?:اكتشف|يكتشف|تكتشف)\S*",
            r"کشف", r"发现", r"entdeck\w*", r"découv\w*", r"descubr\w*", r"hallazgo", r"keşf\w*", r"(?:ה)?תגלית\S*",
            r"גילה", r"גילתה", r"נמצא",
        ),
        "production": (
            r"first (?:gas|oil|production)", r"(?:begins?|starts?|began|started) (?:\S+ ){0,2}production",
            r"production (?:begins|starts|began|started)", r"development plan", r"approv\w* (?:\S+ ){0,3}(?:development|plan)",
            r"начал\w* (?:\S+ )?добыч\w*", r"добыч\w* (?:\S+ ){0,2}начал\w*", r"план\w* (?:\S+ )?разработк\w*",
            r"(?:بدء|بدأ|يبدأ|تبدأ) (?:\S+ )?(?:ال)?إنتاج", r"خطة (?:ال)?تطوير", r"(?:آغاز|شروع)" + _SP + r"(?:\S+" + _SP + r")?تولید",
            r"طرح" + _SP + r"توسعه", r"投产", r"开发方案", r"首批", r"förderbeginn", r"produktionsstart", r"mise en production",
            r"plan de développement", r"inicio de (?:la )?producción", r"(?:תחילת|החלה|החל) (?:\S+ )?(?:ה)?(?:הפקה|הפקת)",
            r"(?:ה)?גז הראשון", r"תוכנית (?:ה)?פיתוח",
        ),
    },
    "release": {  # the release decided (ordered, announced, to come), or done (freed, handed over)
        "order": (
            r"(?:to|will) (?:release|free|repatriate|hand over)\b", r"order\w* (?:\S+ ){0,3}(?:release|freeing|repatriation)",
            r"(?:decid|agree|approv|announc|clear)\w* (?:\S+ ){0,2}(?:to (?:release|free)|(?:the )?release)",
            r"(?:освободит|освободят|передаст|передадут)\b", r"(?:реши|распоряди|постанови|согласи|объяви)\w* (?:\S+ ){0,2}(?:освободить|освобождени\w*|передать)",
            r"(?:ست|سوف ت|سوف ي|سي)(?:فرج|طلق|سلم)\S*", r"(?:قرر|تقرر|أمر|تأمر|يأمر|أمرت|أعلن|تعلن|أعلنت|وافق|توافق|وافقت)\S* (?:\S+ ){0,2}(?:ال)?(?:إفراج|إطلاق|تسليم)",
            r"آزاد" + _SP + r"(?:\S+" + _SP + r")?خواه\S*", r"(?:تحویل|آزاد)" + _SP + r"(?:داده" + _SP + r")?(?:می|خواه)(?:[\s\u200c]*)(?:شو|شد|کن)\S*",
            r"آزادی" + _SP + r"(?:\S+" + _SP + r"){0,4}?(?:را" + _SP + r")?اعلام", r"(?:دستور|حکم|تصمیم)" + _SP + r"(?:\S+" + _SP + r")?آزادی", r"آزادی" + _SP + r"(?:\S+" + _SP + r"){0,3}?(?:اعلام|تصویب)",
            r"رہا(?:ئی)? (?:\S+ )?(?:کرے گا|کرے گی|کریں گے|کیا جائے گا|کیے جائیں گے)", r"رہائی کا (?:حکم|اعلان|فیصلہ)",
            r"(?:将|决定|同意|宣布将?|下令)(?:于\S{0,8})?释放", r"将(?:于\S{0,8})?(?:遣返|移交)",
            r"মুক্তি দেবে", r"মুক্তির (?:সিদ্ধান্ত|আদেশ|ঘোষণা)", r"itawaachilia", r"kuwaachilia",
        ),
        "freed": (
            r"(?<!to )(?<!will )(?:releases|released|frees|freed|repatriates|repatriated)\b", r"(?:hands?|handed) over\b",
            r"(?:return|returned|returns|cross|crossed|crosses) (?:\S+ ){0,2}(?:home|border)", r"walk(?:s|ed)? free",
            r"освободил\w*", r"освобожден\w*", r"передал\w*", r"вернул\w* (?:\S+ )?(?:домой|на родину)", r"вышл\w* на свободу",
            r"(?<!س)(?<!سوف )(?:تفرج|يفرج|أفرجت|أفرج|تطلق|يطلق|أطلقت|أطلق)\S*", r"(?<!س)(?<!سوف )(?:تسلم|يسلم|سلمت|سلم)(?!\S)", r"(?:ال)?إفراج عن", r"إطلاق سراح",
            r"(?:عاد|يعود|عادوا|يعودون)\S* (?:\S+ )?(?:إلى )?(?:ال)?(?:وطن|بلاد|ديار)\S*",
            r"آزاد" + _SP + r"(?:کرد|کردند|شد|شدند)(?!\w)", r"تحویل" + _SP + r"(?:\S+" + _SP + r")?(?:داد|دادند|شد|شدند)(?!\w)", r"بازگشت\S*" + _SP + r"(?:\S+" + _SP + r")?به" + _SP + r"(?:کشور|وطن|هند|پاکستان)",
            r"رہا (?:کر دیا|کر دیے|کیا|کیے|کر دی|ہو گئے|کردیا|کردیے)", r"حوالے (?:کر دیا|کر دیے|کیا|کیے)", r"وطن واپس",
            r"(?<!将)(?<!决定)(?<!同意)(?<!下令)释放", r"获释", r"移交", r"遣返", r"回国", r"মুক্তি (?:দিয়েছে|দিল|পেয়েছে|পেলেন|পেল)",
            r"ফেরত (?:দিয়েছে|পাঠিয়েছে)", r"imewaachilia", r"waliachiliwa", r"freigelassen", r"libér\w*", r"liberad\w*", r"serbest bırak\w*",
        ),
    },
    "membership": {  # a bid, a recommendation, a decision deferred, the admission, the accession's signing
        "application": (
            r"appl(?:y|ies|ied|ication)\b", r"(?:bid|request) to join", r"seeks? (?:\S+ ){0,2}(?:membership|to join)",
            r"заявк\w*", r"(?:подал\w*|пода[её]т) (?:\S+ ){0,2}заявлени\w*", r"(?:ال)?طلب\S* (?:\S+ )?(?:ال)?(?:انضمام|عضوية)",
            r"تقدم\S* (?:\S+ )?بطلب", r"درخواست" + _SP + r"(?:\S+" + _SP + r")?(?:عضویت|پیوستن)", r"申请", r"ombi", r"maombi",
            r"beitrittsantrag\w*", r"candidature", r"solicitud",
        ),
        "recommendation": (
            r"(?<!on )(?<!on the )(?<!at the )recommend\w*", r"(?:back|endorse|clear)\w* (?:\S+ ){0,3}(?:bid|admission|membership|application|entry)",
            r"рекомендова\w*", r"рекомендаци\w*", r"одобрил\w* (?:\S+ ){0,2}(?:заявк|кандидатур)\w*", r"(?:توصي|يوصي|أوصى|أوصت|توصية|بتوصية)\S*",
            r"توصیه\S*", r"建议", r"推荐", r"\w{0,4}pendekez\w*", r"empfiehl\w*", r"empfahl",
            r"recommand\w*", r"recomend\w*",
        ),
        "deferred": (
            r"defer\w*", r"postpon\w*", r"delay\w*", r"shelv\w*", r"puts? off", r"(?:rejects?|rejected|turns? down|turned down) "
            r"(?:\S+ ){0,3}(?:bid|application|request|membership)", r"отложил\w*", r"отклонил\w*", r"перенесл\w*",
            r"(?:أرجأ|ترجئ|يرجئ|أرجأت|تأجيل|أجل|أجلت|رفض|رفضت|يرفض|ترفض)\S*", r"(?:تعویق|به" + _SP + r"تعویق)", r"رد" + _SP + r"(?:کرد|شد)",
            r"推迟", r"搁置", r"暂缓", r"拒绝", r"imeahirisha", r"kuahirisha", r"ilikataa", r"vertagt", r"ajourn\w*", r"aplaz\w*",
        ),
        "admission": (
            r"admit(?:s|ted)?\b", r"admission (?:approved|granted)", r"approv\w* (?:\S+ ){0,3}(?:membership|admission|entry|accession)",
            r"becomes? (?:\S+ ){0,3}member\b", r"became (?:\S+ ){0,3}member\b", r"welcom\w* (?:\S+ ){0,4}(?:as |new )(?:\S+ )?member",
            r"принял\w* (?:\S+ ){0,2}в (?:\S+ )?(?:член|состав)\w*", r"принят(?:а|о|ы)?\b (?:\S+ ){0,2}в (?:\S+ ){0,2}(?:член|состав|сообществ|союз|блок|организаци|альянс|содружеств)\w*", r"стал\w* (?:\S+ ){0,2}член\w*",
            r"(?:تقبل|قبلت|يقبل|قبول|وافق\S* على (?:\S+ )?(?:انضمام|عضوية))\S*", r"(?:ت?صبح|أصبحت|صارت)\S* (?:ال)?عضو",
            r"(?:پذیرفت|پذیرش|پذیرفته" + _SP + r"شد)\S*", r"به" + _SP + r"عضویت" + _SP + r"(?:\S+" + _SP + r")?(?:درآمد|پذیرفته)", r"عضو" + _SP + r"(?:\S+" + _SP + r"){0,4}?(?:شد|گردید)(?!\w)",
            r"接纳", r"吸纳", r"(?:正式)?成为.{0,10}(?:成员|成员国)", r"批准.{0,8}加入", r"\w{0,6}kubali\w*", r"imepokea", r"yapokelewa", r"kuwa mwanachama",
            r"aufgenommen", r"admis\b", r"admite", r"admitido",
        ),
        "accession": (
            r"accession (?:treaty|instrument|ceremony|protocol)", r"(?:signs?|signed|ratif\w*) (?:\S+ ){0,3}(?:treaty|accession|instruments?)",
            r"formally join\w*", r"flag (?:\S+ ){0,2}(?:raised|hoisted)", r"(?:raises?|hoists?|raised|hoisted) (?:\S+ ){0,2}flag",
            r"подписал\w* (?:\S+ ){0,3}(?:договор|протокол)\w*", r"ратифицир\w*", r"флаг\w*", r"(?:وقع|توقع|يوقع|توقيع|وقعت) (?:\S+ ){0,3}(?:معاهدة|اتفاقية|بروتوكول)\S*",
            r"(?:صادق|يصادق|تصادق|المصادقة)\S*", r"(?:رفع|يرفع|ترفع)\S* (?:ال)?علم", r"(?:امضای|امضا)" + _SP + r"(?:\S+" + _SP + r")?(?:معاهده|پیمان|پروتکل)",
            r"(?:برافراشته|برافراشتن|اهتزاز)\S*", r"签署.{0,10}(?:条约|协议|议定书)", r"批准.{0,6}条约", r"升旗", r"国旗.{0,6}升起",
            r"mkataba wa kujiunga", r"kusaini (?:\S+ ){0,2}mkataba", r"imesaini", r"bendera", r"beitrittsvertrag", r"traité d'adhésion", r"tratado de adhesión",
        ),
    },
    "transit": {  # the deal's talks (its draft finalised), its approval, the first shipment through
        "talks": (
            r"talks?\b", r"negotiat\w*", r"draft\w*", r"finali[sz]\w*", r"переговор\w*", r"проект\w*", r"(?:ال)?(?:مفاوضات|محادثات|مسودة)\S*",
            r"مذاکر\S*", r"پیش" + _SP + r"?نویس", r"谈判", r"磋商", r"草案", r"আলোচনা\S*", r"খসড়া\S*", r"verhandl\w*", r"négociation\w*",
        ),
        "approval": (
            r"approv\w*", r"clears?\b", r"cleared", r"green[- ]light\w*", r"authori[sz]\w*", r"allows?\b", r"allowed", r"permits?\b", r"permitted",
            r"одобрил\w*", r"утвердил\w*", r"разрешил\w*", r"(?:وافق|توافق|يوافق|موافقة|أقر|تقر|يقر|أقرت|سمح|تسمح|يسمح|سمحت)\S*",
            r"(?:تصویب|موافقت|اجازه)\S*", r"批准", r"通过", r"允许", r"同意", r"অনুমোদন\S*", r"অনুমতি\S*", r"genehmig\w*", r"approuv\w*", r"aprob\w*",
        ),
        "first": (
            r"first (?:\S+ ){0,2}(?:ship|vessel|consignment|cargo|shipment|convoy|truck|container)s?", r"trial run", r"maiden (?:voyage|shipment|run)",
            r"перв\w* (?:\S+ ){0,2}(?:судн|груз|парти|корабл|рейс|конво)\w*", r"(?:أول|اولى|أولى) (?:\S+ )?(?:سفينة|شحنة|قافلة|حمولة)",
            r"نخستین" + _SP + r"(?:\S+" + _SP + r")?(?:کشتی|محموله|کاروان)", r"(?:اولین|اوّلین)" + _SP + r"(?:\S+" + _SP + r")?(?:کشتی|محموله|کاروان)",
            r"首(?:艘|批|趟|次)", r"প্রথম (?:\S+ )?(?:জাহাজ|চালান)", r"erste\w* (?:\S+ )?(?:schiff|ladung|lieferung)", r"premier (?:navire|cargo)",
        ),
    },
    "works": {
        "start": (
            r"ground[- ]?breaking", r"break\w* ground", r"broke ground", r"ground (?:is |was )?broken",
            r"construction (?:begins|starts|began|started|work begins)\b",
            r"(?:begins?|began|starts?|started|launch\w*) (?:\w+ ){0,2}construction",
            r"works? (?:begins?|began|starts?|started) on", r"строительств\w* (?:\S+ ){0,6}?начал\w*",
            r"foundation stone", r"first stone", r"начал\w* строительств\w*",
            r"начало строительств\w*", r"старт\w* строительств\w*", r"заложил\w* (?:\w+ )?камень",
            r"закладк\w*", r"حجر (?:ال)?أساس", r"(?:بدء|يبدأ|تبدأ|بدأت|بدأ|انطلاق|انطلقت) (?:\S+ ){0,2}"
            r"(?:إنشاء|بناء|تنفيذ|أعمال)", r"کلنگ", r"آغاز" + _SP + r"(?:عملیات" + _SP + r")?ساخت",
            r"عملیات" + _SP + r"اجرایی", r"ساخت(?:[\s\u200c]+\S+){0,8}?" + _SP + r"آغاز" + _SP + r"(?:شد|کرد)", r"开工", r"(?<!劳)动工", r"奠基", r"破土", r"spatenstich",
            r"grundsteinlegung", r"baubeginn", r"baustart", r"premi[eè]re pierre",
            r"(?:début|lancement) des travaux", r"primera piedra", r"inicio de (?:las )?obras",
            r"temel atma", r"temeli atıldı",
        ),
        "opening": (
            r"opens\b", r"opened", r"opening", r"open (?:to|for) (?:passengers|traffic|the public)", r"inaugurat\w*", r"enters? service",
            r"(?:into|in) service", r"first passengers", r"(?:begins?|starts?) (?:passenger )?services?",
            r"открыл\w*", r"открыт\w*", r"открыти\w*", r"запустил\w* движени\w*",
            r"запуск\w* движени\w*", r"первых пассажиров", r"(?:يفتتح|تفتتح|افتتح\w*|افتتاح)",
            r"(?:تدشين|يدشن|تدشن|دشن\w*)", r"بدء (?:ال)?تشغيل", r"افتتاح", r"بهره" + _SP + r"برداری",
            r"开通", r"通车", r"投入运营", r"正式运营", r"eröffn\w*", r"in betrieb",
            r"inaugur\w*", r"ouvre", r"ouverture", r"mise en service", r"abre\b", r"apertura",
            r"açıl\w*", r"açılış",
        ),
    },
}  # fmt: skip
