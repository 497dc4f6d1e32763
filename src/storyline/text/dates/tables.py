"""Word tables for date parsing: month names, weekdays, digits, number words.

Plain data plus two tiny helpers. Keys are lower-cased; Arabic-script keys
are stored with Persian letter forms unified (see :func:`fold_key`).

Examples
--------
>>> to_ascii_digits("۱۳۹۷/۱۰/۰۹")
'1397/10/09'
>>> MONTHS[fold_key("دی")]
(10, 'jalali')
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache

#: Every decimal digit Unicode knows (Persian, Arabic-Indic, Devanagari, Bengali, Thai, Khmer,
#: Myanmar, fullwidth...) to its ASCII digit: one character for one, so offsets hold.
_DIGITS = {
    cp: str(unicodedata.digit(chr(cp)))
    for cp in range(0x80, 0x1FC00)
    if unicodedata.category(chr(cp)) == "Nd"
}
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "\u0640": ""})


def to_ascii_digits(text: str) -> str:
    """Replace every non-ASCII decimal digit (Persian, Arabic-Indic, Khmer...) by its ASCII digit.

    Examples
    --------
    >>> to_ascii_digits("٢٣ ربيع الآخر ١٤٤٠")
    '23 ربيع الآخر 1440'
    >>> to_ascii_digits("ទាញយកនៅ៖ ២០៣២-០៣-២៦ ១០:៤០")
    'ទាញយកនៅ៖ 2032-03-26 10:40'
    """
    return text.translate(_DIGITS)


def fold_letters(text: str) -> str:
    """Arabic and Persian letters unified (``ي`` as ``ی``, ``ك`` as ``ک``), a zero-width
    non-joiner as a space, the tatweel dropped; nothing else changes.

    Examples
    --------
    >>> fold_letters("تورم ماه مارس") == fold_letters("تورم ماه مارس".replace("ی", "ي"))
    True
    """
    return text.translate(_FOLD)


def fold_key(word: str) -> str:
    """Return the lookup key of a word: lower case, Arabic/Persian letters unified.

    Examples
    --------
    >>> fold_key("يكشنبه") == fold_key("یک‌شنبه".replace("\u200c", ""))
    True
    """
    return " ".join(fold_letters(word).lower().replace(".", "").split())


def _months(calendar: str, names: list[str]) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for number, group in enumerate(names, start=1):
        for name in group.split("|"):
            out[fold_key(name)] = (number, calendar)
    return out


# Gregorian month names: en, fr, de, es, it, pt, pl, ru and uk (nominative and genitive),
# tr, hi, nl, id, el (nominative, genitive, accusative; with and without accents), ro, cs
# (genitive), sv/da/no where they differ, Arabic (Egyptian and Levantine) and Persian
# transliterations, Tajik (``15 октябри 2034``: the izafa form, and the bare stem), Gujarati
# (``10 ઓગસ્ટ, 2027``). Polish
# abbreviations (sie, lip, gru...) are left out: they are common words.
_GREG = [
    "january|જાન્યુઆરી|январ|январи|jan|janvier|janv|januar|jän|enero|ene|январь|января|янв|ocak|يناير|كانون الثاني|ژانویه|ژانویهٔ|gennaio|genn|styczeń|stycznia|січень|січня|janeiro|जनवरी|januari|ιανουάριος|ιανουαρίου|ιανουάριο|ιανουαριου|ιαν|ianuarie|ledna|január|มกราคม|มค",
    "february|ફેબ્રુઆરી|феврал|feb|février|fevrier|févr|fév|februar|febrero|феврали|февраль|февраля|фев|şubat|subat|فبراير|شباط|فوریه|febbraio|febbr|luty|lutego|лютий|лютого|fevereiro|फ़रवरी|फरवरी|februari|φεβρουάριος|φεβρουαρίου|φεβρουάριο|φεβρουαριου|φεβ|februarie|února|unora|únor|február|febr|กุมภาพันธ์|กพ",
    "march|માર્ચ|марти|mar|mars|märz|maerz|marzo|март|марта|mart|مارس|آذار|مارچ|marzec|marca|березень|березня|março|मार्च|maart|mrt|maret|marts|μάρτιος|μαρτίου|μάρτιο|μαρτιου|μαρ|martie|března|brezna|březen|március|márc|มีนาคม|มีค",
    "april|એપ્રિલ|апрел|апрели|apr|avril|avr|abril|abr|апрель|апреля|апр|nisan|أبريل|ابريل|إبريل|نيسان|آوریل|آپریل|aprile|kwiecień|kwietnia|квітень|квітня|अप्रैल|अप्रेल|απρίλιος|απριλίου|απρίλιο|απριλιου|απρ|aprilie|dubna|duben|április|ápr|เมษายน|เมย",
    "may|મે|майи|mai|mayo|май|мая|mayıs|mayis|مايو|أيار|ایار|مه|می|maggio|maj|maja|травень|травня|maio|मई|mei|μάιος|μαΐου|μαϊου|μαίου|μαιου|μάιο|května|kvetna|květen|május|máj|พฤษภาคม|พค",
    "june|જૂન|જુન|июни|jun|juin|juni|junio|июнь|июня|haziran|يونيو|يونيه|حزيران|ژوئن|giugno|czerwiec|czerwca|червень|червня|junho|जून|ιούνιος|ιουνίου|ιούνιο|ιουνιου|ιουν|iunie|června|cervna|červen|június|jún|มิถุนายน|มิย",
    "july|જુલાઈ|જુલાઇ|июли|jul|juillet|juil|juli|julio|июль|июля|temmuz|يوليو|يوليه|تموز|ژوئیه|جولای|luglio|lipiec|lipca|липень|липня|julho|जुलाई|ιούλιος|ιουλίου|ιούλιο|ιουλιου|ιουλ|iulie|července|cervence|červenec|július|júl|กรกฎาคม|กค",
    "august|ઓગસ્ટ|ઑગસ્ટ|августи|aug|août|aout|agosto|ago|август|августа|авг|ağustos|agustos|أغسطس|اغسطس|آب|اوت|آگوست|sierpień|sierpnia|серпень|серпня|अगस्त|augustus|augusti|agustus|agt|αύγουστος|αυγούστου|αύγουστο|αυγουστου|αυγ|srpna|srpen|augusztus|สิงหาคม|สค",
    "september|સપ્ટેમ્બર|сентябр|сентябри|sep|sept|septembre|septiembre|setiembre|сентябрь|сентября|сен|eylül|eylul|سبتمبر|أيلول|سپتامبر|settembre|sett|wrzesień|września|вересень|вересня|setembro|सितंबर|सितम्बर|σεπτέμβριος|σεπτεμβρίου|σεπτέμβριο|σεπτεμβριου|σεπ|septembrie|září|zari|szeptember|szept|กันยายน|กย",
    "october|ઓક્ટોબર|ઑક્ટોબર|октябр|октябри|oct|octobre|oktober|okt|octubre|октябрь|октября|ekim|أكتوبر|اكتوبر|تشرين الأول|اکتبر|ottobre|ott|październik|października|жовтень|жовтня|outubro|अक्टूबर|अक्तूबर|οκτώβριος|οκτωβρίου|οκτώβριο|οκτωβριου|οκτ|octombrie|října|rijna|říjen|október|ตุลาคม|ตค",
    "november|નવેમ્બર|ноябр|ноябри|nov|novembre|noviembre|ноябрь|ноября|ноя|kasım|kasim|نوفمبر|تشرين الثاني|نوامبر|listopad|listopada|листопад|листопада|novembro|नवंबर|नवम्बर|νοέμβριος|νοεμβρίου|νοέμβριο|νοεμβριου|νοε|noiembrie|listopadu|พฤศจิกายน|พย",
    "december|ડિસેમ્બર|декабр|декабри|dec|décembre|decembre|déc|dezember|dez|diciembre|dic|декабрь|декабря|дек|aralık|aralik|ديسمبر|كانون الأول|دسامبر|dicembre|grudzień|grudnia|грудень|грудня|dezembro|दिसंबर|दिसम्बर|desember|δεκέμβριος|δεκεμβρίου|δεκέμβριο|δεκεμβριου|δεκ|decembrie|prosince|prosinec|ธันวาคม|ธค",
]
_JALALI = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد|امرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
_HIJRI = [
    "محرم|المحرم",
    "صفر",
    "ربيع الأول|ربيع الاول|ربیع الاول|ربیع‌الاول",
    "ربيع الآخر|ربيع الثاني|ربیع الثانی|ربيع الاخر",
    "جمادى الأولى|جمادى الاولى|جمادی الاول|جمادی الاولی",
    "جمادى الآخرة|جمادى الثانية|جمادی الثانی|جمادی الثانیه|جمادى الاخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة|ذي القعدة|ذیقعده|ذی‌القعده|ذی القعده",
    "ذو الحجة|ذي الحجة|ذیحجه|ذی‌الحجه|ذی الحجه",
]

#: Nepali months of the Bikram Sambat calendar (``भदौ २६, २०९०`` = 11 September 2033), as
#: Nepali outlets date their pages; read only in Nepali texts (several are Hindu lunar months
#: in Hindi too).
_BIKRAM = [
    "बैशाख|वैशाख|बैसाख",
    "जेठ|जेष्ठ|ज्येष्ठ",
    "असार|आषाढ|अषाढ",
    "साउन|श्रावण",
    "भदौ|भाद्र|भाद्रपद",
    "असोज|आश्विन|असौज",
    "कात्तिक|कार्तिक",
    "मंसिर|मङ्सिर|मार्ग|मार्गशीर्ष",
    "पुस|पौष",
    "माघ",
    "फागुन|फाल्गुन",
    "चैत|चैत्र",
]

#: Amharic months of the Ethiopian calendar (``የካቲት 30 ቀን 2024 ዓ.ም.`` = 9 March 2032), as
#: Ethiopian outlets date their pages; the thirteenth, ጳጉሜ, has five or six days.
_ETHIOPIAN = [
    "መስከረም",
    "ጥቅምት",
    "ኅዳር|ህዳር",
    "ታኅሣሥ|ታህሳስ|ታኅሳስ",
    "ጥር",
    "የካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰኔ",
    "ሐምሌ|ሃምሌ",
    "ነሐሴ|ነሃሴ",
    "ጳጉሜ|ጳጉሜን",
]

#: Thai month abbreviations as written, with their dots (``16 ก.ย. 2574``): the keys of
#: :data:`MONTHS` lose their dots (:func:`fold_key`), so the pattern takes these as they are.
DOTTED_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

MONTHS: dict[str, tuple[int, str]] = {}
MONTHS.update(_months("hijri", _HIJRI))
MONTHS.update(_months("gregorian", _GREG))
# Persian month names win over Levantine homographs (آذار vs آذر differ; مهر is Persian).
MONTHS.update(_months("jalali", _JALALI))
MONTHS.update(_months("bikram", _BIKRAM))
MONTHS.update(_months("ethiopian", _ETHIOPIAN))

# Weekdays, Monday = 0 (Python convention). Not Greek, Vietnamese or Hebrew: their weekday
# names are ordinals too (Τρίτη "third", thứ hai "second", שלישי "third"); Dutch by full names
# only; Czech, Swedish, Danish and Norwegian ones since session 28.
_WEEKDAY_GROUPS = [
    "monday|mon|lundi|montag|lunes|понедельник|пн|pazartesi|الاثنين|الإثنين|الأثنين|اثنين|دوشنبه|周一|星期一|礼拜一|lunedì|lunedi|poniedziałek|понеділок|понеділка|segunda-feira|月曜日|月曜|월요일|सोमवार|maandag|pondělí|pondeli|måndag|mandag|hétfő|hetfo",
    "tuesday|tue|tues|mardi|dienstag|martes|вторник|вт|salı|sali|الثلاثاء|ثلاثاء|سه شنبه|سهشنبه|周二|星期二|礼拜二|martedì|martedi|wtorek|вівторок|вівторка|terça-feira|terca-feira|火曜日|火曜|화요일|मंगलवार|dinsdag|úterý|utery|tisdag|tirsdag|kedd",
    "wednesday|wed|mercredi|mittwoch|miércoles|miercoles|среда|среду|ср|çarşamba|carsamba|الأربعاء|الاربعاء|أربعاء|چهارشنبه|周三|星期三|礼拜三|mercoledì|mercoledi|środa|środę|середа|середу|середи|quarta-feira|水曜日|水曜|수요일|बुधवार|woensdag|středa|streda|středu|onsdag|szerda",
    "thursday|thu|thur|thurs|jeudi|donnerstag|jueves|четверг|чт|perşembe|persembe|الخميس|خميس|پنجشنبه|پنج شنبه|周四|星期四|礼拜四|giovedì|giovedi|czwartek|четвер|четверга|quinta-feira|木曜日|木曜|목요일|गुरुवार|बृहस्पतिवार|donderdag|čtvrtek|ctvrtek|torsdag|csütörtök|csutortok",
    "friday|fri|vendredi|freitag|viernes|пятница|пятницу|пт|cuma|الجمعة|جمعة|جمعه|周五|星期五|礼拜五|venerdì|venerdi|piątek|п'ятниця|п'ятницю|п’ятниця|п’ятницю|пʼятниця|пʼятницю|sexta-feira|金曜日|金曜|금요일|शुक्रवार|vrijdag|pátek|patek|fredag|péntek|pentek",
    "saturday|sat|samedi|samstag|sonnabend|sábado|sabado|суббота|субботу|сб|cumartesi|السبت|سبت|شنبه|周六|星期六|礼拜六|sabato|sobota|sobotę|субота|суботу|土曜日|土曜|토요일|शनिवार|zaterdag|lördag|lordag|lørdag|szombat",
    "sunday|sun|dimanche|sonntag|domingo|воскресенье|вс|pazar|الأحد|الاحد|أحد|یکشنبه|يك شنبه|یک شنبه|周日|周天|星期日|星期天|礼拜天|礼拜日|domenica|niedziela|niedzielę|неділя|неділю|日曜日|日曜|일요일|रविवार|zondag|neděle|nedele|neděli|söndag|sondag|søndag|vasárnap|vasarnap",
]
WEEKDAYS: dict[str, int] = {}
for _i, _group in enumerate(_WEEKDAY_GROUPS):
    for _name in _group.split("|"):
        WEEKDAYS[fold_key(_name)] = _i

# Small number words for "two weeks ago" and friends.
_NUMBER_GROUPS = {
    1: "a|an|one|un|une|ein|eine|einem|einer|uno|una|один|одну|одна|одного|واحد|یک|bir|一",
    2: "two|deux|zwei|dos|два|две|دو|iki|两|二|couple of|a couple of|due|dwa|dwie",
    3: "three|trois|drei|tres|три|ثلاثة|ثلاث|سه|üç|三|tre|trzy",
    4: "four|quatre|vier|cuatro|четыре|أربعة|أربع|چهار|dört|四|quattro|cztery",
    5: "five|cinq|fünf|cinco|пять|خمسة|خمس|پنج|beş|五|cinque|pięć|piec",
    6: "six|sechs|seis|шесть|ستة|ست|شش|altı|六|sei|sześć|szesc",
    7: "seven|sept|sieben|siete|семь|سبعة|سبع|هفت|yedi|七|sette|siedem",
    8: "eight|huit|acht|ocho|восемь|ثمانية|ثماني|هشت|sekiz|八|otto|osiem",
    9: "nine|neuf|neun|nueve|девять|تسعة|تسع|نه|dokuz|九|nove|dziewięć|dziewiec",
    10: "ten|dix|zehn|diez|десять|عشرة|عشر|ده|on|十|dieci|dziesięć|dziesiec",
}
NUMBERS: dict[str, int] = {}
for _n, _group in _NUMBER_GROUPS.items():
    for _name in _group.split("|"):
        NUMBERS[fold_key(_name)] = _n

# Time-zone abbreviations seen in news pages, as offsets in minutes.
TZ_OFFSETS: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ast": 180,
    "irst": 210,
    "irdt": 270,
    "ist": 330,
    "cst": -360,
    "cdt": -300,
    "est": -300,
    "edt": -240,
    "et": -300,
    "pt": -480,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
}


def alternation(words: list[str] | dict[str, object]) -> str:
    """Return a regex alternation of ``words``, longest first, each escaped.

    Spaces inside a word match any run of spaces or a zero-width non-joiner.

    Examples
    --------
    >>> alternation(["ab", "abc"])
    'abc|ab'
    """
    import re

    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", "[\\s\u200c]*") for w in ordered)


#: Languages whose month names the tables above list by hand (with the Chinese, Japanese,
#: Korean and Vietnamese numeric forms the date patterns read). Any other language's names
#: come from dateparser's data, for texts in that language only: :func:`language_months`.
HAND_MONTH_LANGS = frozenset(
    "en fr de es it pt pl ru uk tr hi nl id el ro cs sv da no nb nn hu th ar fa zh ja ko vi".split()
)
# Weekday names that are ordinals too (Greek, Vietnamese, Hebrew: see _WEEKDAY_GROUPS).
_ORDINAL_WEEKDAY_LANGS = frozenset({"el", "vi", "he"})
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LANG_CODE = re.compile(r"[a-z]{2,3}")
# Shorter names are words or letters too often: "ma", "ян", "пн"; in Latin and Cyrillic
# script also three-letter abbreviations ("svi", "pro", "lis", "elo"; "пон").
_MIN_NAME_LETTERS = 3
_MIN_LATIN_CYRILLIC_LETTERS = 4


#: Month and weekday names of languages neither dateparser nor CLDR names (CLDR gives
#: Dhivehi only the root's ``M01``, ``Mon``): the Gregorian months as Maldivian papers
#: spell them, with and without the final vowel sign (``ނޮވެމްބަރު``, ``ނޮވެމްބަރ``).
_HAND_NAMES: dict[str, dict[str, list[str]]] = {
    "dv": {
        "january": ["ޖަނަވަރީ"],
        "february": ["ފެބުރުއަރީ", "ފެބްރުއަރީ"],
        "march": ["މާރިޗު", "މާރިޗް", "މާޗް"],
        "april": ["އޭޕްރީލް", "އެޕްރީލް", "އޭޕްރިލް"],
        "may": ["މެއި", "މޭ"],
        "june": ["ޖޫން"],
        "july": ["ޖުލައި"],
        "august": ["އޮގަސްޓު", "އޮގަސްޓް", "އޯގަސްޓު"],
        "september": ["ސެޕްޓެމްބަރު", "ސެޕްޓެމްބަރ"],
        "october": ["އޮކްޓޫބަރު", "އޮކްޓޫބަރ", "އޮކްޓޯބަރު"],
        "november": ["ނޮވެމްބަރު", "ނޮވެމްބަރ"],
        "december": ["ޑިސެމްބަރު", "ޑިސެމްބަރ"],
        "monday": ["ހޯމަ"],
        "tuesday": ["އަންގާރަ"],
        "wednesday": ["ބުދަ"],
        "thursday": ["ބުރާސްފަތި"],
        "friday": ["ހުކުރު"],
        "saturday": ["ހޮނިހިރު"],
        "sunday": ["އާދިއްތަ"],
    },
    # Quechua weekdays (CLDR gives Spanish ones, which Quechua papers use too: kept)
    "qu": {
        "monday": ["Killachaw"],
        "tuesday": ["Atichaw"],
        "wednesday": ["Quyllurchaw"],
        "thursday": ["Illapachaw"],
        "friday": ["Ch'askachaw"],
        "saturday": ["K'uychichaw"],
        "sunday": ["Intichaw"],
    },
    # Chuvash: May (``ҫу``, two letters, read only as a month between a day and a year or in
    # ``ҫу уйӑхӗн``, "of the month of May") and the weekdays as papers write them, one word
    # (CLDR: ``кӗҫнерни кун``; papers: ``кӗҫнерникун``, Thursday)
    "cv": {
        "may": ["ҫу"],
        "monday": ["тунтикун"],
        "tuesday": ["ытларикун"],
        "wednesday": ["юнкун"],
        "thursday": ["кӗҫнерникун"],
        "friday": ["эрнекун"],
        "saturday": ["шӑматкун"],
        "sunday": ["вырсарникун"],
    },
    # Maori: the months and weekdays papers print besides CLDR's loanwords (``Oketopa``,
    # ``Tāite``): ``Whiringa-ā-nuku`` (October), ``Rāpare`` (Thursday), with and without
    # hyphens and macrons
    "mi": {
        "january": ["Kohitātea", "Kohi-tātea", "Kohitatea", "Kohi-tatea"],
        "february": ["Huitanguru", "Hui-tanguru"],
        "march": ["Poutūterangi", "Poutū-te-rangi", "Poututerangi", "Poutu-te-rangi"],
        "april": ["Paengawhāwhā", "Paenga-whāwhā", "Paengawhawha", "Paenga-whawha"],
        "may": ["Haratua"],
        "june": ["Pipiri"],
        "july": ["Hōngongoi", "Hongongoi"],
        "august": ["Hereturikōkā", "Here-turi-kōkā", "Hereturikoka", "Here-turi-koka"],
        "september": ["Mahuru"],
        "october": ["Whiringa-ā-nuku", "Whiringaānuku", "Whiringa-a-nuku", "Whiringaanuku"],
        "november": ["Whiringa-ā-rangi", "Whiringaārangi", "Whiringa-a-rangi", "Whiringaarangi"],
        "december": ["Hakihea"],
        "monday": ["Rāhina", "Rahina"],
        "tuesday": ["Rātū", "Ratu"],
        "wednesday": ["Rāapa", "Raapa"],
        "thursday": ["Rāpare", "Rapare"],
        "friday": ["Rāmere", "Ramere"],
        "saturday": ["Rāhoroi", "Rahoroi"],
        "sunday": ["Rātapu", "Ratapu"],
    },
    # Sotho in Lesotho's spelling (CLDR spells South Africa's: ``Lwetse``, ``Labobedi``,
    # ``Tshitwe``): ``Loetse`` (September), ``Labobeli`` (Tuesday), ``Tšitoe`` (December)
    "st": {
        "january": ["Pherekhong"],
        "march": ["Tlhakubele"],
        "may": ["Motšeanong", "Motseanong"],
        "june": ["Phuptjane"],
        "september": ["Loetse"],
        "november": ["Pulungoana"],
        "december": ["Tšitoe", "Tsitoe"],
        "tuesday": ["Labobeli"],
        "saturday": ["Mokibelo"],
    },
    # Chechen Sunday, "the day of the week" (CLDR: ``кӀира``, too short to read alone)
    "ce": {"sunday": ["кӀиранде"]},
    # Yiddish weekdays in the Hasidic press's spelling (CLDR: ``זונטיק``, ``מאָנטיק``;
    # Williamsburg and Antwerp papers: ``זונטאג``, ``מאנטאג``); CLDR's pointed names are
    # read without their points too (:func:`_unpointed`)
    "yi": {
        "monday": ["מאנטאג"],
        "tuesday": ["דינסטאג"],
        "wednesday": ["מיטוואך"],
        "thursday": ["דאנערשטאג"],
        "friday": ["פרייטאג"],
        "sunday": ["זונטאג"],
    },
}


def _unpointed(name: str) -> str:
    """``name`` without Hebrew points (Yiddish ``יאַנואַר`` as most papers print it, ``יאנואר``).

    Examples
    --------
    >>> _unpointed("יאַנואַר") == "יאנואר", _unpointed("פֿרײַטיק") == "פרייטיק"
    (True, True)
    """
    return "".join(
        ch for ch in name.replace("\u05f2", "\u05d9\u05d9").replace("\u05f0", "\u05d5\u05d5")
        if not "\u0591" <= ch <= "\u05c7" or ch in "\u05be\u05c0\u05c3\u05c6"
    )


def _babel_names(lang: str, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """``lang``'s month or weekday names in CLDR (Babel), keyed as dateparser's data, for the
    languages dateparser does not know (Sindhi ``جولاءِ``, Turkmen ``maý``, Tatar ``гыйнвар``);
    empty when Babel does not know the language either.

    Examples
    --------
    >>> _babel_names("tk", _MONTH_KEYS)["may"][:1], _babel_names("sd", _WEEKDAY_KEYS)["monday"][:1]
    (['maý'], ['سومر'])
    >>> _babel_names("xx", _MONTH_KEYS)
    {}
    >>> _babel_names("oc", _MONTH_KEYS)["october"]
    ['d’octòbre', 'oct.', 'octòbre']
    """
    from babel import Locale, UnknownLocaleError

    hand = _HAND_NAMES.get(lang, {})
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return {key: hand[key] for key in keys if key in hand}
    months = keys == _MONTH_KEYS
    table = locale.months if months else locale.days
    out: dict[str, list[str]] = {}
    for number, key in enumerate(keys):
        index = number + 1 if months else number  # months 1-12; days 0 = Monday
        names = [
            table[context][width].get(index)
            for context in ("format", "stand-alone")
            for width in ("wide", "abbreviated")
        ]
        written = [str(n) for n in names if n]
        written += [bare for n in written if (bare := _CLDR_OF.sub("", n)) != n and len(bare) >= 3]
        out[key] = list(dict.fromkeys([*written, *hand.get(key, [])]))
    return out


#: The preposition CLDR writes before a month's name in some Romance languages (Occitan
#: ``d’octòbre``, Aragonese ``de chinero``, Corsican ``di ghjennaghju``): dates write it
#: after the day, which the date patterns read on their own (``15 d'octòbre de 2047``).
_CLDR_OF = re.compile(r"^(?:de|di|del|do|da)\s+|^d['’]\s*", re.IGNORECASE)


def _dateparser_names(
    lang: str | None, keys: tuple[str, ...], whole_names: bool = False
) -> dict[str, int]:
    """``lang``'s names of ``keys`` (months or weekdays) in dateparser's data, folded.

    Short names are words or letters too often; a name needs :data:`_MIN_NAME_LETTERS`
    letters (:data:`_MIN_LATIN_CYRILLIC_LETTERS` in Latin, Greek and Cyrillic script),
    vowel signs and viramas counting for a whole name (one no longer name of the same key
    starts with). With ``whole_names`` (months, which a date reads between a day and a
    year), a whole name needs one letter less: Bulgarian ``юни``, Serbian ``јун``,
    Icelandic ``maí``, Bengali ``মে``, Telugu ``మే`` (May), but not the abbreviation
    ``юн``.
    """
    if not lang or not _LANG_CODE.fullmatch(lang):
        return {}
    try:
        known = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except ImportError:
        info = _babel_names(lang, keys)  # Sindhi, Turkmen, Tatar...: CLDR's names (and ours)
        if not info:
            return {}
    else:  # Quechua "Intichaw" beside dateparser's "domingo"
        hand = _HAND_NAMES.get(lang, {})
        info = {key: [*known.get(key, []), *hand.get(key, [])] for key in keys}
    out: dict[str, int] = {}
    by_hand = {fold_key(n) for names in _HAND_NAMES.get(lang, {}).values() for n in names}
    for number, key in enumerate(keys):
        written = [str(name) for name in info.get(key, [])]
        written += [u for n in written if (u := _unpointed(n)) != n]  # Yiddish ``יאנואר``
        names = list(dict.fromkeys(fold_key(name) for name in written))
        for folded in names:
            if folded in by_hand:  # listed by hand: read whatever its length (Chuvash ``ҫу``)
                out.setdefault(folded, number)
                continue
            letters = sum(ch.isalpha() for ch in folded)
            alphabetic = "a" <= folded[:1] <= "\u04ff"  # Latin, Greek or Cyrillic
            least = _MIN_LATIN_CYRILLIC_LETTERS if alphabetic else _MIN_NAME_LETTERS
            # vowel signs and viramas count for a whole name (Malayalam "മേയ്", May: four
            # characters, two letters), not for an abbreviation of a longer one (Tamil "மார்"
            # of "மார்ச்", March, is also the end of "சுமார்", "about")
            marks = sum(unicodedata.category(ch)[0] == "M" for ch in folded)
            whole = not any(other != folded and other.startswith(folded) for other in names)
            if whole and whole_names:
                least -= 1
            if (letters >= least or (whole and letters + marks >= least)) and not any(
                ch.isdigit() for ch in folded
            ):
                out.setdefault(folded, number)
    return out


#: Languages with no calendar data of their own (neither dateparser's nor CLDR's) whose papers
#: write a neighbour's month names, in the same script: Mingrelian and Svan pages date their
#: news in Georgian months (``თუთაშხა, 8 აპრილი 2047``), which never name anything else.
MONTHS_WRITTEN_AS = {"xmf": "ka", "sva": "ka"}


@cache
def language_months(lang: str | None) -> dict[str, int]:
    """Month names (lookup keys) of a language the tables do not list by hand, 1-12.

    Read from dateparser's data for that language; empty for the languages of
    :data:`HAND_MONTH_LANGS` and for those dateparser does not know. A name the
    tables give another month (Croatian ``listopad`` is October, Czech November)
    takes this language's month in its texts.

    Examples
    --------
    >>> language_months("fi")[fold_key("joulukuuta")], language_months("bg")[fold_key("декември")]
    (12, 12)
    >>> language_months("en"), language_months("xx")
    ({}, {})
    >>> language_months("xmf")[fold_key("აპრილი")]  # Mingrelian: Georgian months
    4
    """
    lang = MONTHS_WRITTEN_AS.get(lang or "", lang)
    if lang in HAND_MONTH_LANGS:
        return {}
    return {
        name: number + 1
        for name, number in _dateparser_names(lang, _MONTH_KEYS, whole_names=True).items()
        if MONTHS.get(name) != (number + 1, "gregorian")
    }


@cache
def language_weekdays(lang: str | None) -> dict[str, int]:
    """Weekday names (lookup keys, Monday = 0) of a language the tables do not list.

    From dateparser's data, as :func:`language_months`; none for languages whose
    weekday names are ordinals too (Greek, Vietnamese, Hebrew).

    Examples
    --------
    >>> language_weekdays("fi")[fold_key("torstaina")], language_weekdays("ur")[fold_key("جمعرات")]
    (3, 3)
    >>> language_weekdays("he")
    {}
    """
    if lang in HAND_MONTH_LANGS or lang in _ORDINAL_WEEKDAY_LANGS:
        return {}
    return {
        name: number
        for name, number in _dateparser_names(lang, _WEEKDAY_KEYS).items()
        if WEEKDAYS.get(name) != number
    }


#: dateparser's words for units of time (a weekday name that is also one of them is not read
#: alone: Urdu ``ہفتہ``, Saturday and "week"; Indonesian ``Minggu``; Georgian ``კვირა``).
_UNIT_KEYS = ("week", "day", "month", "year")


@cache
def whole_weekday_names(lang: str | None) -> dict[str, int]:
    """Whole weekday names (lookup keys, Monday = 0) of ``lang`` in CLDR (Babel's wide names).

    For reading a weekday in the languages the relative-date rules do not cover (Sinhala
    ``අඟහරුවාදා``, Swahili ``Jumanne``, Dutch ``dinsdag``). Abbreviations never count (the
    Georgian ``სამ`` of Tuesday is also "three"); neither does a name that is also the
    language's word for a week or a day, nor any name in a language whose weekday names
    are ordinals (Greek, Vietnamese, Hebrew). Empty when CLDR does not know ``lang``.

    Examples
    --------
    >>> whole_weekday_names("sw")[fold_key("Jumanne")], whole_weekday_names("si")[fold_key("ඉරිදා")]
    (1, 6)
    >>> fold_key("ہفتہ") in whole_weekday_names("ur"), whole_weekday_names("he")
    (False, {})
    """
    if not lang or not _LANG_CODE.fullmatch(lang) or lang in _ORDINAL_WEEKDAY_LANGS:
        return {}
    names = _babel_names(lang, _WEEKDAY_KEYS)
    if not names:
        return {}
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except ImportError:
        info = {}
    units = {fold_key(str(word)) for key in _UNIT_KEYS for word in info.get(key, [])}
    hand = {name for key in _WEEKDAY_KEYS for name in _HAND_NAMES.get(lang, {}).get(key, [])}
    hand_keys = {fold_key(name) for name in hand}
    wide = _babel_wide_weekdays(lang) | hand
    wide |= {_unpointed(name) for name in wide}  # Yiddish ``מאָנטיק`` as ``מאנטיק``
    names = {key: [*found, *(_unpointed(n) for n in found)] for key, found in names.items()}
    return {
        key: number
        for number, weekday in enumerate(_WEEKDAY_KEYS)
        # a Tibetan name ends on a syllable mark (``གཟའ་ཟླ་བ་``) a suffix replaces (``བའི``)
        for key in (
            fold_key(name).rstrip("\u0f0b") for name in names.get(weekday, []) if name in wide
        )
        if key not in units
        and (key in hand_keys or sum(ch.isalpha() for ch in key) >= _MIN_NAME_LETTERS)
    }


def _babel_wide_weekdays(lang: str) -> set[str]:
    """``lang``'s wide (whole) weekday names in CLDR, both contexts."""
    from babel import Locale, UnknownLocaleError

    def wide(locale: Locale) -> set[str]:
        days = locale.days
        return {
            str(n) for context in ("format", "stand-alone") for n in days[context]["wide"].values()
        }

    # a language CLDR knows only by name takes the root's "Mon", "Tue"... (Dhivehi)
    try:
        return wide(Locale.parse(lang)) - wide(Locale("root"))
    except (UnknownLocaleError, ValueError):
        return set()


@cache
def lower_case_weekdays(lang: str) -> bool:
    """Whether CLDR writes ``lang``'s weekday names in lower case (Dutch ``dinsdag``; not
    Swahili ``Jumanne``).

    Examples
    --------
    >>> lower_case_weekdays("nl"), lower_case_weekdays("sw")
    (True, False)
    """
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(lang).days["format"]["wide"].values()
    except (UnknownLocaleError, ValueError):
        return False
    return all(str(n)[:1].islower() for n in names)
