"""Rule tables for relative dates: weekday names, patterns, unit words, keywords.

Data only; :mod:`storyline.text.dates.relative` compiles and applies them.
Patterns use ``@WD@`` where the language's weekday alternation goes.

Examples
--------
>>> sorted(RULES)[:3]
['ar', 'de', 'en']
>>> WD_INDEX["fa"]["جمعه"]
4
"""

from __future__ import annotations

from storyline.text.dates.tables import NUMBERS, alternation, fold_key

WD_NAMES = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag|sonnabend",
        "sonntag",
    ],
    "es": [
        "lunes",
        "martes",
        "miércoles|miercoles",
        "jueves",
        "viernes",
        "sábado|sabado",
        "domingo",
    ],
    "ru": [
        "понедельник",
        "вторник",
        "среду|среда",
        "четверг",
        "пятницу|пятница",
        "субботу|суббота",
        "воскресенье",
    ],
    "ar": [
        "الاثنين|الإثنين",
        "الثلاثاء",
        "الأربعاء|الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد|الاحد",
    ],
    "fa": [
        "دوشنبه",
        "سه شنبه|سهشنبه",
        "چهارشنبه",
        "پنجشنبه|پنج شنبه",
        "جمعه",
        "شنبه",
        "یکشنبه|یک شنبه",
    ],
    "it": [
        "lunedì|lunedi",
        "martedì|martedi",
        "mercoledì|mercoledi",
        "giovedì|giovedi",
        "venerdì|venerdi",
        "sabato",
        "domenica",
    ],
    "pl": [
        "poniedziałek|poniedzialek",
        "wtorek",
        "środę|środa|srode|sroda",
        "czwartek",
        "piątek|piatek",
        "sobotę|sobota|sobote",
        "niedzielę|niedziela|niedziele",
    ],
    "tr": [
        "pazartesi",
        "salı|sali",
        "çarşamba|carsamba",
        "perşembe|persembe",
        "cuma",
        "cumartesi",
        "pazar",
    ],
    "uk": [
        "понеділок",
        "вівторок",
        "середу|середа",
        "четвер",
        "п'ятницю|п'ятниця|п’ятницю|п’ятниця|пʼятницю|пʼятниця",
        "суботу|субота",
        "неділю|неділя",
    ],
    "pt": [
        "segunda-feira|segunda",
        "terça-feira|terca-feira|terça|terca",
        "quarta-feira|quarta",
        "quinta-feira|quinta",
        "sexta-feira|sexta",
        "sábado|sabado",
        "domingo",
    ],
    "ja": [
        "月曜日|月曜",
        "火曜日|火曜",
        "水曜日|水曜",
        "木曜日|木曜",
        "金曜日|金曜",
        "土曜日|土曜",
        "日曜日|日曜",
    ],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार|बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"],
    "zh": [
        "周一|星期一|礼拜一",
        "周二|星期二|礼拜二",
        "周三|星期三|礼拜三",
        "周四|星期四|礼拜四",
        "周五|星期五|礼拜五",
        "周六|星期六|礼拜六",
        "周日|周天|星期日|星期天|礼拜天|礼拜日",
    ],
}
WD_INDEX: dict[str, dict[str, int]] = {
    lang: {fold_key(n): i for i, group in enumerate(groups) for n in group.split("|")}
    for lang, groups in WD_NAMES.items()
}
FOLD = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يىك\u200c", "01234567890123456789ییک ")
_NUM = r"\d{1,3}|" + alternation(list(NUMBERS))
SAT_START = {"fa", "ar"}

# (pattern, kind, value). Kinds: "days" (fixed offset), "wd" (weekday with a
# mode), "ago" (number + unit), "unit" (one unit back).
_L = r"(?<![^\W\d_])"  # no letter before
_R = r"(?![^\W\d_])"  # no letter after
RULES: dict[str, list[tuple[str, str, object]]] = {
    "en": [
        (r"(?:the\s+)?day\s+before\s+yesterday", "days", -2),
        (r"yesterday", "days", -1),
        (r"today|tonight|this\s+morning", "days", 0),
        (r"tomorrow", "days", 1),
        (r"(?P<wd>@WD@)\s+of\s+last\s+week|last\s+week'?s\s+(?P<wd2>@WD@)", "wd", "lastweek"),
        (r"(?:on\s+)?last\s+(?P<wd>@WD@)|(?P<wd2>@WD@)\s+last", "wd", "before"),
        (r"(?:on\s+)?next\s+(?P<wd>@WD@)", "wd", "after"),
        (r"(?:on\s+)?(?P<wd>@WD@)", "wd", "on_or_before"),
        (rf"(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+ago", "ago", None),
        (r"last\s+(?P<u>week|month|year)", "unit", None),
    ],
    "fr": [
        (r"avant-hier", "days", -2),
        (r"hier", "days", -1),
        (r"aujourd['’]hui", "days", 0),
        (r"demain", "days", 1),
        (r"(?:le\s+)?(?P<wd>@WD@)\s+dernier", "wd", "before"),
        (r"(?:le\s+)?(?P<wd>@WD@)\s+prochain", "wd", "after"),
        (r"(?:ce\s+|le\s+)?(?P<wd>@WD@)", "wd", "on_or_before"),
        (rf"il\s+y\s+a\s+(?P<n>{_NUM})\s+(?P<u>jours?|semaines?|mois|ans?|années?)", "ago", None),
        (r"(?:la\s+)?(?P<u>semaine|mois|année)\s+derni[eè]re?", "unit", None),
    ],
    "de": [
        (r"vorgestern", "days", -2),
        (r"gestern", "days", -1),
        (r"heute", "days", 0),
        (r"(?:am\s+)?(?:letzten|vergangenen)\s+(?P<wd>@WD@)", "wd", "before"),
        (r"(?:am\s+)?(?:kommenden|nächsten)\s+(?P<wd>@WD@)", "wd", "after"),
        # "am Freitagabend", "Donnerstagmorgen": the weekday with a part of the day, one word
        (
            r"(?:am\s+)?(?P<wd>@WD@)(?:abend|morgen|vormittag|mittag|nachmittag|nacht)?",
            "wd",
            "on_or_before",
        ),
        (
            rf"vor\s+(?P<n>{_NUM})\s+(?P<u>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)",
            "ago",
            None,
        ),
        (r"(?:letzte|vergangene)[nr]?\s+(?P<u>woche|monat|jahr)", "unit", None),
    ],
    "es": [
        (r"anteayer|antier|antes\s+de\s+ayer", "days", -2),
        (r"ayer", "days", -1),
        (r"hoy", "days", 0),
        (r"(?:el\s+)?(?P<wd>@WD@)\s+pasado|(?:el\s+)?pasado\s+(?P<wd2>@WD@)", "wd", "before"),
        (r"(?:el\s+)?(?P<wd>@WD@)\s+próximo|(?:el\s+)?próximo\s+(?P<wd2>@WD@)", "wd", "after"),
        (r"(?:el\s+|este\s+)?(?P<wd>@WD@)", "wd", "on_or_before"),
        (rf"hace\s+(?P<n>{_NUM})\s+(?P<u>días?|dias?|semanas?|mes(?:es)?|años?)", "ago", None),
        (r"(?:la\s+|el\s+)?(?P<u>semana|mes|año)\s+pasad[oa]", "unit", None),
    ],
    "ru": [
        (r"позавчера", "days", -2),
        (r"вчера", "days", -1),
        (r"сегодня", "days", 0),
        (r"завтра", "days", 1),
        (r"(?:в|во)\s+прошл(?:ый|ое|ую|ую)\s+(?P<wd>@WD@)", "wd", "before"),
        (r"(?:в|во)\s+следующ(?:ий|ее|ую)\s+(?P<wd>@WD@)", "wd", "after"),
        (r"(?:в|во)\s+(?P<wd>@WD@)", "wd", "on_or_before"),
        (
            rf"(?P<n>{_NUM})?\s*(?P<u>дн(?:я|ей)|день|недел[иьюь]|недель|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад",
            "ago",
            None,
        ),
        (r"на\s+прошлой\s+(?P<u>неделе)|в\s+прошлом\s+(?P<u2>месяце|году)", "unit", None),
    ],
    "ar": [
        (r"أول\s+(?:من\s+)?أمس|اول\s+(?:من\s+)?امس", "days", -2),
        (r"أمس|امس|الأمس|البارحة", "days", -1),
        (r"اليوم", "days", 0),
        (r"غدا|غداً", "days", 1),
        (r"(?:يوم\s+)?(?P<wd>@WD@)\s+(?:الماضي|المنصرم|الفائت)", "wd", "before"),
        (r"(?:يوم\s+)?(?P<wd>@WD@)\s+(?:المقبل|القادم)", "wd", "after"),
        (r"(?:يوم\s+)?(?P<wd>@WD@)", "wd", "on_or_before"),
        (r"قبل\s+(?P<u>یومین|أسبوعین|اسبوعین|شهرین|عامین|سنتین)", "ago", 2),
        (
            rf"قبل\s+(?P<n>{_NUM})?\s*(?P<u>أیام|ایام|یوم|أسابیع|أسبوع|اسبوع|أشهر|شهور|شهر|سنوات|أعوام|عام|سنة)",
            "ago",
            None,
        ),
        (r"(?P<u>الأسبوع|الاسبوع|الشهر|العام)\s+(?:الماضي|المنصرم)", "unit", None),
    ],
    "fa": [
        (r"پریروز", "days", -2),
        (r"دیروز|دیشب|روز\s+گذشته|شب\s+گذشته", "days", -1),
        (r"امروز|امشب", "days", 0),
        (r"فردا", "days", 1),
        (r"(?:روز\s+)?\(?(?P<wd>@WD@)\)?\s+هفته\s+(?:گذشته|پیش|قبل)", "wd", "lastweek"),
        (r"(?:روز\s+)?\(?(?P<wd>@WD@)\)?\s+(?:گذشته|پیش)", "wd", "before"),
        (r"(?:روز\s+)?\(?(?P<wd>@WD@)\)?\s+(?:آینده|بعد)", "wd", "after"),
        (r"(?:روز\s+)?\(?(?P<wd>@WD@)\)?", "wd", "on_or_before"),
        (rf"(?P<n>{_NUM})\s+(?P<u>روز|هفته|ماه|سال)\s+(?:پیش|قبل)", "ago", None),
        (r"(?P<u>هفته|ماه|سال)\s+(?:گذشته|پیش)", "unit", None),
    ],
    "it": [
        (r"l['’]altro\s*ieri|altroieri|avantieri", "days", -2),
        (r"ieri", "days", -1),
        (r"oggi|stamattina|stamane|stasera", "days", 0),
        (r"domani", "days", 1),
        (
            r"(?:lo\s+|la\s+)?(?P<wd>@WD@)\s+scors[oa]|(?:lo\s+|la\s+)?scors[oa]\s+(?P<wd2>@WD@)",
            "wd",
            "before",
        ),
        (
            r"(?:il\s+|la\s+)?(?P<wd>@WD@)\s+prossim[oa]|(?:il\s+|la\s+)?prossim[oa]\s+(?P<wd2>@WD@)",
            "wd",
            "after",
        ),
        (r"(?:il\s+|la\s+)?(?P<wd>@WD@)", "wd", "on_or_before"),
        (
            rf"(?P<n>{_NUM})\s+(?P<u>giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa",
            "ago",
            None,
        ),
        (r"(?:la\s+|il\s+|l['’])?(?P<u>settimana|mese|anno)\s+scors[oa]", "unit", None),
    ],
    "pl": [
        (r"przedwczoraj", "days", -2),
        (r"wczoraj", "days", -1),
        (r"dzisiaj|dziś|dzis", "days", 0),
        (r"jutro", "days", 1),
        (
            r"(?:w|we)\s+(?:zeszł[yąa]|ubiegł[yąa]|zeszl[ya]|ubiegl[ya])\s+(?P<wd>@WD@)",
            "wd",
            "before",
        ),
        (r"(?:w|we)\s+(?:przyszł[yąa]|najbliższ[yąa]|przyszl[ya])\s+(?P<wd>@WD@)", "wd", "after"),
        (r"(?:w|we)\s+(?P<wd>@WD@)", "wd", "on_or_before"),
        (
            rf"(?P<n>{_NUM})\s+(?P<u>dni|dzień|dzien|tygodni|tygodnie|tydzień|miesięcy|miesiące|miesiąc|lat|lata|rok)\s+temu",
            "ago",
            None,
        ),
        (
            r"w\s+(?:zeszłym|ubiegłym|zeszlym|ubieglym)\s+(?P<u>tygodniu|miesiącu|miesiacu|roku)",
            "unit",
            None,
        ),
    ],
    "tr": [
        (r"evvelsi\s+gün|önceki\s+gün", "days", -2),
        (r"dün", "days", -1),
        (r"bugün", "days", 0),
        (r"yarın", "days", 1),
        (r"geçen\s+(?P<wd>@WD@)", "wd", "before"),
        (r"(?P<wd>@WD@)\s+günü", "wd", "on_or_before"),
        # "cuma akşamı", "salı sabahı": the weekday with a part of the day
        (
            r"(?P<wd>@WD@)\s+(?:akşamı|aksami|sabahı|sabahi|gecesi|öğleden\s+sonra"
            r"|ogleden\s+sonra|öğle|ogle)",
            "wd",
            "on_or_before",
        ),
        (rf"(?P<n>{_NUM})\s+(?P<u>gün|hafta|ay|yıl)\s+önce", "ago", None),
        (r"geçen\s+(?P<u>hafta|ay|yıl)", "unit", None),
    ],
    "uk": [
        (r"позавчора", "days", -2),
        (r"вчора|учора", "days", -1),
        (r"сьогодні", "days", 0),
        (r"завтра", "days", 1),
        (r"(?:у|в)\s+минул(?:ий|у|е|ого)\s+(?P<wd>@WD@)", "wd", "before"),
        (r"(?:у|в)\s+наступн(?:ий|у|е|ого)\s+(?P<wd>@WD@)", "wd", "after"),
        (r"(?:у|в|во)\s+(?P<wd>@WD@)", "wd", "on_or_before"),
        (
            rf"(?P<n>{_NUM})?\s*(?P<u>дн(?:і|ів)|день|тижн(?:і|ів)|тиждень|місяц(?:і|ів)|місяць|рок(?:и|ів)|рік)\s+тому",
            "ago",
            None,
        ),
        (r"минулого\s+(?P<u>тижня|місяця|року)", "unit", None),
    ],
    "pt": [
        (r"anteontem", "days", -2),
        (r"ontem", "days", -1),
        (r"hoje", "days", 0),
        (r"amanhã|amanha", "days", 1),
        (
            r"(?:na\s+|no\s+)?(?P<wd>@WD@)\s+passad[oa]|(?:na\s+|no\s+)?(?:últim[oa]|ultim[oa])\s+(?P<wd2>@WD@)",
            "wd",
            "before",
        ),
        (
            r"(?:na\s+|no\s+)?(?:próxim[oa]|proxim[oa])\s+(?P<wd>@WD@)|(?P<wd2>@WD@)\s+que\s+vem",
            "wd",
            "after",
        ),
        (r"(?:na\s+|no\s+|nesta\s+|neste\s+)?(?P<wd>@WD@)", "wd", "on_or_before"),
        (rf"há\s+(?P<n>{_NUM})\s+(?P<u>dias?|semanas?|meses|mês|anos?)", "ago", None),
        (r"(?:na\s+|no\s+)?(?P<u>semana|mês|ano)\s+passad[oa]", "unit", None),
    ],
    # Japanese, Korean and Hindi are searched in the whole text (no spaces between words, or
    # particles written on: "木曜日に", "목요일에"); Hindi "कल" (yesterday and tomorrow) is left out
    "ja": [
        (r"一昨日|おととい", "days", -2),
        (r"昨日|きのう", "days", -1),
        (r"今日|本日", "days", 0),
        (r"明日|あした", "days", 1),
        (r"先週の?(?P<wd>@WD@)", "wd", "lastweek"),
        (r"来週の?(?P<wd>@WD@)", "wd", "after"),
        (r"(?P<wd>@WD@)", "wd", "on_or_before"),
        (r"(?P<n>\d{1,3})\s*(?P<u>日|週間|か月|ヶ月|カ月|年)前", "ago", None),
    ],
    "ko": [
        (r"그저께|그제", "days", -2),
        (r"어제", "days", -1),
        (r"오늘", "days", 0),
        (r"내일", "days", 1),
        (r"지난\s*주\s*(?P<wd>@WD@)", "wd", "lastweek"),
        (r"지난\s+(?P<wd>@WD@)", "wd", "before"),
        (r"다음\s*주\s*(?P<wd>@WD@)|오는\s+(?P<wd2>@WD@)", "wd", "after"),
        (r"(?P<wd>@WD@)", "wd", "on_or_before"),
        (r"(?P<n>\d{1,3})\s*(?P<u>일|주|개월|달|년)\s*전", "ago", None),
    ],
    "hi": [
        (r"(?<![\u0900-\u097f])आज(?![\u0900-\u097f])", "days", 0),
        (r"पिछले\s+(?P<wd>@WD@)", "wd", "before"),
        (r"अगले\s+(?P<wd>@WD@)|आगामी\s+(?P<wd2>@WD@)", "wd", "after"),
        (r"(?P<wd>@WD@)", "wd", "on_or_before"),
        (
            r"(?P<n>\d{1,3})\s*(?P<u>दिन|सप्ताह|हफ्ते|हफ़्ते|महीने|साल|वर्ष)\s+(?:पहले|पूर्व)",
            "ago",
            None,
        ),
    ],
    "zh": [
        (r"前天", "days", -2),
        (r"昨天|昨日", "days", -1),
        (r"今天|今日", "days", 0),
        (r"明天", "days", 1),
        (r"(?:上周|上星期|上个星期)(?P<wd>[一二三四五六日天])", "wd", "lastweek"),
        (r"(?P<wd>@WD@)", "wd", "on_or_before"),
        (rf"(?P<n>{_NUM})\s*(?:个)?(?P<u>天|周|星期|月|年)(?:以)?前", "ago", None),
        (r"(?P<u>上周|上个月|去年)", "unit", None),
    ],
}
UNIT_DAYS = {"d": 1, "w": 7}
UNIT_PREFIX = {
    "d": (
        "giorn",
        "dni",
        "dzie",
        "day",
        "jour",
        "tag",
        "día",
        "dia",
        "дн",
        "день",
        "یوم",
        "أیام",
        "ایام",
        "روز",
        "gün",
        "天",
        "日",
        "일",
        "दिन",
    ),
    "w": (
        "settiman",
        "tydz",
        "tygod",
        "week",
        "semaine",
        "woche",
        "semana",
        "недел",
        "أسبوع",
        "اسبوع",
        "أساب",
        "هفته",
        "hafta",
        "周",
        "週",
        "주",
        "सप्ताह",
        "हफ",
        "тиж",
        "星期",
        "上周",
        "الأسبوع",
        "الاسبوع",
    ),
    "m": (
        "miesi",
        "month",
        "mois",
        "monat",
        "mes",
        "месяц",
        "شهر",
        "أشهر",
        "شهور",
        "ماه",
        "ay",
        "月",
        "か月",
        "ヶ月",
        "カ月",
        "개월",
        "달",
        "महीन",
        "місяц",
        "上个月",
        "الشهر",
    ),
    "y": (
        "lat",
        "rok",
        "year",
        "an",
        "année",
        "jahr",
        "año",
        "год",
        "лет",
        "عام",
        "سنة",
        "سنت",
        "سنوات",
        "أعوام",
        "سال",
        "yıl",
        "年",
        "년",
        "साल",
        "वर्ष",
        "рок",
        "рік",
        "去年",
        "العام",
    ),
}
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


KEYWORDS = {
    "en": "yesterday today tonight this tomorrow day last next on",
    "fr": "avant hier aujourd demain le ce il la semaine mois année annee",
    "de": "vorgestern gestern heute am letzten vergangenen kommenden nächsten vor letzte letzter "
    "vergangene vergangener "
    + " ".join(  # "Freitagabend" opens a rule by itself
        d + part
        for d in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
        for part in ("abend", "morgen", "vormittag", "mittag", "nachmittag", "nacht")
    ),
    "es": "anteayer antier antes ayer hoy el este pasado próximo hace la semana mes año",
    "ru": "позавчера вчера сегодня завтра в во на дня дней день недели недель неделю месяц месяца "
    "месяцев год года лет",
    "ar": "أول اول أمس امس الأمس البارحة اليوم غدا غداً يوم قبل الأسبوع الاسبوع الشهر العام",
    "fa": "پریروز دیروز دیشب روز شب امروز امشب فردا هفته ماه سال",
    "tr": "evvelsi önceki dün bugün yarın geçen",
    "it": "l altroieri avantieri ieri oggi stamattina stamane stasera domani lo la il scorso scorsa "
    "prossimo prossima settimana mese anno",
    "pl": "przedwczoraj wczoraj dzisiaj dziś dzis jutro w we",
    "uk": "позавчора вчора учора сьогодні завтра у в во днів дні день тижні тижнів тиждень місяці "
    "місяців місяць роки років рік минулого",
    "pt": "anteontem ontem hoje amanhã amanha na no nesta neste há ha passado passada próximo "
    "próxima proximo proxima último última ultimo ultima semana mês ano",
}
#: Languages whose rules are searched in the whole text when it holds their script (no
#: word boundaries to start a rule at), with that script.
SEARCH_SCRIPTS = {
    "zh": "[\u4e00-\u9fff]",
    "ja": "[\u3040-\u30ff\u4e00-\u9fff]",
    "ko": "[\uac00-\ud7af]",
    "hi": "[\u0900-\u097f]",
}
