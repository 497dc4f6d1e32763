"""A lead that dates its own news days after another event, or puts a day ahead: the step
after it, or before it (issue 14).

Outlets place a follow-up in time against the event it follows, in the lead's
first sentence: ``Tanzania's aviation regulator on Thursday suspended ...,
two days after one of its balloons crashed``, ``через три дня после аварии``,
``بعد يومين من الحادث``, ``دو روز پس از سقوط``, ``事发两天后``, ``iki gün
sonra``, ``deux jours après``. A report of the event itself does not: it says
when the event happened (``on Tuesday``, ``yesterday``). The span must be two
days or more, or days or weeks without a count: a report of the day after
(``a day after the quake``) is often still the event's, and a span of months
is often the event's own past (``returned to flight eighteen months after a
failure``). :func:`days_after` says whether a headline or a lead's first
sentence has such a span, :func:`weekdays_apart` whether a dated lead names
its own weekday and an earlier one; the tracker reads either as a follow-up
action (``act.followup:after``, :mod:`storyline.link.facts`), evidence
against a story whose reports state none, where the two are a day or more
apart or time cannot tell. :func:`coming_weekday` says whether a headline or a
lead's first sentence puts a weekday ahead (``could open as early as
Saturday``, ``有望本周六开放``): a forecast, an announcement, a rehearsal, the
step before an event (``act.followup:ahead``). :func:`anniversary` says whether one looks
back on an event a year or more on (``one year on``, ``годовщина``, ``周年``, ``الذكرى``,
``سالگرد``): a report of the day it marks, a step after (``act.followup:after``).
:func:`drill` says whether a headline reports a drill, a rehearsal or a simulation
(``oil-spill drill``, ``генеральная репетиция``, ``演练``, ``مناورة``, ``رزمایش``,
``simulacro``): practice for an event, a step before it (``act.followup:ahead``).

Examples
--------
>>> days_after("Tanzania grounds balloons", "The regulator on Thursday grounded the six "
...            "balloons, two days after one of them crashed in the Serengeti.")
True
>>> days_after(None, "A balloon crashed on landing in the Serengeti on Tuesday, killing four.")
False
>>> days_after(None, "A day after the quake, rescuers pulled two people from the rubble.")
False
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.text.dates.relative import stated_weekdays

__all__ = [
    "anniversary",
    "coming_weekday",
    "days_after",
    "drill",
    "preview",
    "warning",
    "weekdays_apart",
]

# Counts of two or more (and "a few", "several"), by language; digits are read too.
_COUNTS = {
    "en": "two three four five six seven eight nine ten several few",
    "ru": "два две двое три трое четыре четверо пять шесть семь восемь девять десять несколько",
    "uk": "два дві три чотири п'ять шість сім вісім дев'ять десять кілька декілька",
    "bg": "два две три четири пет шест седем осем девет десет няколко",
    "fa": "دو سه چهار پنج شش هفت هشت نه ده چند",
    "tr": "iki üç dört beş altı yedi sekiz dokuz on birkaç",
    "fr": "deux trois quatre cinq six sept huit neuf dix quelques plusieurs",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez varios unos",
    "pt": "dois duas três quatro cinco seis sete oito nove dez vários alguns",
    "it": "due tre quattro cinque sei sette otto nove dieci alcuni pochi",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn einigen wenigen",
    "nl": "twee drie vier vijf zes zeven acht negen tien enkele",
    "pl": "dwa dwóch trzy cztery pięć sześć siedem kilka",
    "cs": "dva dvou tři čtyři pět šest sedm několik",
    "sk": "dva dvoch tri štyri päť šesť sedem niekoľko",
    "hr": "dva dvije tri četiri pet šest sedam nekoliko",
    "sv": "två tre fyra fem sex sju några",
    "ro": "două trei patru cinci șase câteva",
    "id": "dua tiga empat lima enam tujuh beberapa",
    "sw": "mbili tatu nne tano sita saba kadhaa",
}  # fmt: skip
_COUNT = (
    r"(?:\d{1,2}|"
    + "|".join(sorted({w for ws in _COUNTS.values() for w in ws.split()}, key=len, reverse=True))
    + r")"
)

_A = r"(?<![^\W\d_])"  # a word starts
_Z = r"(?![^\W\d_])"  # a word ends
#: Each language's span after another event: a count of days (two or more), or days,
#: weeks, months without one, then (or before) its word for "after".
_SPANS = [
    # English: "two days after", "days after", "a week after", "weeks after"
    rf"{_A}(?:(?:{_COUNT}\s+)?(?:days|weeks)|(?:a|one)\s+week)\s+after{_Z}",
    # Russian, Ukrainian, Bulgarian: "через два дня после", "спустя неделю после", "два дня след"
    rf"{_A}(?:через|спустя|після|след)\s+(?:{_COUNT}\s+)?"
    rf"(?:дн(?:я|ей|і|ів)|сут(?:ок|ки)|недел\w*|тижн\w*|тиждень|седмиц\w*|"
    rf"дни|дена)\s+(?:после|після|след){_Z}",
    rf"{_A}{_COUNT}\s+(?:дни|дена|седмици)\s+след{_Z}",
    # Arabic: "بعد يومين من", "بعد ثلاثة أيام من", "بعد أيام من", "بعد أسبوع من"
    # (also "بعد نحو أسبوعين من", "بعد أقل من ثلاثة أيام من": about, less or more than)
    r"(?<!\w)بعد\s+(?:(?:نحو|حوالي|حوالى|قرابة|زهاء|(?:أقل|أكثر)\s+من)\s+)?"
    r"(?:يومين|أسبوع(?:ين)?|أسابيع|أيام|(?:\S+\s+)?(?:أيام|أسابيع))"
    r"\s+(?:من|على)(?!\w)",
    # Persian: "دو روز پس از", "چند روز بعد از", "یک هفته پس از"
    rf"(?<!\w)(?:{_COUNT}\s+روز|(?:یک|{_COUNT})?\s*هفته|روزها)\s+(?:پس|بعد)\s+از(?!\w)",
    # Chinese, Japanese: "两天后", "事发三天后", "一周后" (not "两天后将", a day to come)
    r"(?<![于在])(?:[两二三四五六七八九十几数]|\d{1,2})\s*(?:天|日)(?:之|以)?后(?![将会要])",
    r"(?<![于在])(?:一|两|二|三|几|数|\d)\s*(?:周|个星期|星期)(?:之|以)?后(?![将会要])",
    r"(?:[二三四五六七八九十数]|\d{1,2})日後(?!に)",
    # "历时16天终被封堵": after sixteen days (of a fire, a search), finally capped, found
    r"(?:历时|歷時|经过|經過)\s*(?:[两二三四五六七八九十几数]+|\d{1,3})\s*(?:天|日|周|个星期|个月)"
    r"(?:之|以)?后?\s*(?:终于|終於|终|終|才)",
    # Turkish: "iki gün sonra", "bir hafta sonra", "günler sonra"
    rf"{_A}(?:{_COUNT}\s+gün|(?:bir|{_COUNT})\s+hafta|günler)\s+sonra{_Z}",
    # French, Spanish, Portuguese, Italian: "deux jours après", "dos días después de"
    rf"{_A}(?:{_COUNT}\s+)?(?:jours|semaines?|días|semanas?|dias|giorni|settimane?)\s+"
    rf"(?:après|después|depois|após|dopo){_Z}",
    rf"{_A}(?:une|una|uma)\s+(?:semaine|semana|settimana)\s+(?:après|después|depois|após|dopo){_Z}",
    # German, Dutch, Scandinavian: "zwei Tage nach", "twee dagen na", "två dagar efter"
    rf"{_A}(?:{_COUNT}\s+)?(?:Tage|Wochen|dagen|weken|dagar|veckor|dage|uger)\s+"
    rf"(?:nach|na|efter){_Z}",
    # Polish, Czech, Slovak, Croatian: "dwa dni po", "tři dny po", "dva dana nakon"
    rf"{_A}{_COUNT}\s+(?:dni|dny|dní|dana|tjedna|týdny|tygodnie)\s+(?:po|nakon|poslije){_Z}",
    # Romanian, Indonesian, Swahili: "la două zile după", "dua hari setelah", "siku mbili baada ya"
    rf"{_A}(?:{_COUNT}\s+zile|zile)\s+după{_Z}",
    rf"{_A}(?:{_COUNT}\s+)?(?:hari|minggu|pekan)\s+(?:setelah|sesudah|selepas|pasca){_Z}",
    rf"{_A}siku\s+(?:{_COUNT}\s+)?baada\s+ya{_Z}",
]


def _any_of(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns``, each a group of its own."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_SPAN_RE = _any_of(_SPANS)


def days_after(title: str | None, lead: str) -> bool:
    """Whether a headline or ``lead`` (the lead's first sentence) dates its news so many days
    (two or more), or weeks, after another event: a report of the step after it.

    Examples
    --------
    >>> days_after(None, "Власти приостановили полёты через два дня после крушения шара.")
    True
    >>> days_after(None, "علقت الهيئة رخصة الشركة بعد يومين من تحطم المنطاد في سيرينغيتي.")
    True
    >>> days_after(None, "سازمان هواپیمایی دو روز پس از سقوط بالن مجوز شرکت را تعلیق کرد.")
    True
    >>> days_after("坦桑尼亚暂停热气球公司运营", "事发两天后，坦桑尼亚民航局暂停了该公司的运营许可证。")
    True
    >>> days_after(None, "会议将于两天后在北京举行，各方代表已陆续抵达会场。")  # a day to come
    False
    >>> days_after(None, "Le régulateur a suspendu la licence deux jours après l'accident du ballon.")
    True
    >>> days_after("Landslide kills driver, days after deadly Nagano slide", "")
    True
    >>> days_after("印度阿萨姆邦起火气井历时16天终被封堵", "")
    True
    >>> days_after("工人历时16天的罢工结束", "")  # a strike of sixteen days, no "finally"
    False
    """
    return bool(_SPAN_RE.search(title or "") or _SPAN_RE.search(lead))


def weekdays_apart(lead: str, day: str | None, lang: str | None = None) -> bool:
    """Whether a dated report's lead (its first sentence) names the weekday of its news, its
    publication day or the day before, and another weekday two to four days before it:
    ``Захваченный во вторник ... балкер в четверг встал на якорь`` published on Thursday.

    A report of the event names the event's day; one of the step after it names both. Read
    for dated reports only (``day``, ``YYYY-MM-DD``): which weekday is its own, only the
    date can tell (a strike "that began on Friday ended on Monday" is the end's own report).

    Examples
    --------
    >>> lead = "The carrier hijacked on Tuesday dropped anchor off Garacad on Thursday."
    >>> weekdays_apart(lead, "2031-03-13"), weekdays_apart(lead, "2031-03-11"), weekdays_apart(lead, None)
    (True, False, False)
    >>> weekdays_apart("Rescuers on Wednesday searched for the missing after Tuesday's flood.",
    ...                "2031-03-12")
    False
    """
    if not day or not re.fullmatch(r"\d{4}-\d\d-\d\d", day[:10]):
        return False
    named = stated_weekdays(lead, lang)
    if len(named) < 2:
        return False
    own = dt.date.fromisoformat(day[:10]).weekday()
    news = [w for w in named if (own - w) % 7 <= 1]
    return any(2 <= (w - other) % 7 <= 4 for w in news for other in named)


#: Words that put what follows in time to come: a future, a plan, an expectation, a
#: possibility (``will``, ``could``, ``expected to``, ``должна``, ``将``, ``有望``, ``سوف``,
#: ``من المقرر``, ``قرار است``, ``podría``, ``pourrait``, ``soll``). Not the Arabic future
#: prefix ``س`` alone (``سيول``, ``سنوات``), ``may`` (a month too), German ``wird`` (a
#: passive too: ``wird überrollt``) or Chinese ``将其`` (what is done to it).
_COMING = _any_of(
    (
        rf"{_A}(?:will|would|could|might|shall|(?:is|are|set|due|expected|ready|going|"
        rf"hoping|planning|scheduled|poised) to|plans? to|aims? to|hopes? to|as early as|"
        rf"scheduled for){_Z}",
        rf"{_A}(?:будет|будут|буде|будуть|может|могут|може|можуть|должн(?:а|о|ы|ен)|"
        rf"намер\w+|планиру\w+|собира\w+|готов\w*|ожида\w+|ще|ће|треба да|планира\w*){_Z}",
        r"将(?![其该此这那他她它之])|要在|有望|可望|最快|计划|拟于|准备|预计|打算|预定",
        rf"{_A}(?:سوف|من المقرر|من المتوقع|يعتزم|تعتزم|يستعد|تستعد|قد\s+[يت]\w+){_Z}",
        r"قرار است|احتمالا|می[\s\u200c]?تواند|قصد دارد",
        rf"{_A}(?:podría|podrá|prevé|van? a|se espera|pourrait|pourra|devrait|prévoit|"
        rf"poderá|deverá|potrebbe|potrà|dovrebbe|soll|sollen|könnte|"
        rf"akan|bakal|dijangka|dijadualkan|zal|ska|kommer att|będzie|może|bude|"
        rf"va fi|ar putea|võib|hakkab|peaks){_Z}",
    )
)
#: Words of time to come after the day they put ahead (a verb's ending, a Chinese adverb
#: after the day): ``روز شنبه باز خواهد شد``, ``Cumartesi günü açılacak``, ``周六要在``.
_COMING_AFTER_DAY = re.compile(r"خواه(?:د|ند)(?!\w)|\w+(?:ecek|acak|eceğ|acağ)\w*")
#: An agreement or a decision to do something, the action named right after it: the weekday
#: of that clause is the action's, to come (``agreed to reopen the crossing on Thursday``,
#: ``تتفق على إعادة فتح المعبر صباح الخميس``, ``договорились об открытии КПП в четверг``,
#: ``同意周四重新开放``). Not ``agreed on Monday to ...``: that weekday is the agreement's.
_AGREED_TO = _any_of(
    (
        rf"{_A}(?:agree[sd]?|decided?|decides|votes?|voted) to \w+",
        rf"{_A}to be (?:\w+(?:ed|en)|held|shut|cut|set|put|run|built|sent|hit){_Z}",
        rf"{_A}(?:set for|slated for){_Z}",
        rf"{_A}(?:اتفق|اتفقت|اتفقوا|تتفق|يتفق|يتفقون|اتفاق) على \w+",
        rf"{_A}(?:بعد غد|غدا|غداً){_Z}",
        rf"{_A}(?:договорил\w*|условил\w*|решил\w*|согласил\w*) (?:об?|на) \w+",
        rf"{_A}(?:состоится|пройд[её]т|начн[её]тся|откроется|закроется){_Z}",
        r"(?:同意|商定|决定|约定|定于)",
    )
)
#: A Russian verb of time to come (or a plain present, which a headline with a weekday puts
#: ahead) beside the weekday it is for: ``в воскресенье проведут эвакуацию``,
#: ``эвакуируют жителей в субботу``; not a past (``в пятницу обнаружили``).
_RU_WEEKDAY = r"во? (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_RU_NONPAST = r"[а-яё]{3,}(?:ут|ют|ят|ат|ится|ется|ются|ятся|утся|[её]тся)"
_RU_COMING = re.compile(
    rf"(?<![а-яё]){_RU_WEEKDAY}\s+(?:[а-яё]+\s+)?(?P<a>{_RU_NONPAST})(?![а-яё])|"
    rf"(?<![а-яё])(?P<b>{_RU_NONPAST})\s+(?:[^\s,.;:]+\s+){{0,3}}{_RU_WEEKDAY}(?![а-яё])",
    re.IGNORECASE,
)
#: An imperfective present (``продолжают поиски в воскресенье``: still under way, not ahead).
_RU_IMPERFECTIVE = re.compile(r"(?:а|я|ива|ыва)(?:ют|ется|ются)$")
#: Russian words with a verb's ending that are not verbs (nouns, a count of minutes).
_RU_NOT_VERBS = frozenset(
    "минут маршрут институт валют салют парашют атрибут абсолют статут результат депутат "
    "кандидат адресат формат аппарат комбинат плакат солдат зарплат ребят "
    "автомат дипломат агрегат магнат сенат концентрат препарат".split()
)
_HAN_DAY_AHEAD = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天](?:将|要)(?![其该此这那他她它之])")
_CLAUSE = re.compile(r"[,;:，；：。、!?！？\"“”«»()]|\s[-–—]\s|\n")
_COMING_SPAN = 140
"""Characters of a clause after a word of time to come in which a weekday is the day it puts
ahead."""
_DAY_BEFORE_SPAN = 40
"""Characters before a verb of time to come in which a weekday is its day (the day it was
said often opens the same clause: ``روز سه‌شنبه اعلام کرد ... خواهد بست``)."""


def _weekday_after(words: re.Pattern[str], text: str) -> bool:
    """Whether a weekday follows one of ``words`` in its clause (within :data:`_COMING_SPAN`)."""
    for m in words.finditer(text):
        tail = text[m.end() : m.end() + _COMING_SPAN]
        clause = _CLAUSE.search(tail)
        if stated_weekdays(tail[: clause.start()] if clause else tail, None):
            return True
    return False


def coming_weekday(title: str | None, lead: str) -> bool:
    """Whether a headline or ``lead`` (the lead's first sentence) puts a weekday ahead: the
    news is what is to come on that day, a step before an event (a forecast, an
    announcement, a rehearsal), not its report.

    A report of the step before names the day of the event to come in the clause of
    a word of time to come (``could open as early as Saturday``, ``которая должна
    заработать в понедельник``, ``有望本周六开放``, ``روز شنبه باز خواهد شد``); a report of
    the event says it happened (``opened on Saturday``), and the day it was said is
    another clause's (``will resume ..., the exchange said on Wednesday``).

    Examples
    --------
    >>> coming_weekday("Estonia says ice road could open on Saturday if frost holds", "")
    True
    >>> coming_weekday(None, "Биржа в субботу провела репетицию запуска системы, которая "
    ...                "должна заработать в понедельник.")
    True
    >>> coming_weekday("爱沙尼亚欧洲最长冰上公路有望本周六开放", "")
    True
    >>> coming_weekday("Europe's longest ice road opens", "The road opened on Saturday.")
    False
    >>> coming_weekday(None, "Trading will resume once the fault is fixed, the exchange said on Monday.")
    False

    An agreement or decision to act on a weekday, and a Russian verb of time to come beside
    its weekday, put that day ahead too; the day of the agreement itself does not:

    >>> coming_weekday("Elders agree to reopen Torkham crossing on Thursday", "")
    True
    >>> coming_weekday("В Риге нашли авиабомбу, в воскресенье проведут эвакуацию", "")
    True
    >>> coming_weekday("Elders agreed on Tuesday to reopen the crossing", "")
    False
    >>> coming_weekday("Саперы в воскресенье обезвредили авиабомбу", "")
    False
    >>> coming_weekday("Спасатели в воскресенье продолжают поиски", "")
    False
    """
    for text in (title or "", lead):
        if _weekday_after(_COMING, text) or _weekday_after(_AGREED_TO, text):
            return True
        for piece in _CLAUSE.split(text):
            for m in _COMING_AFTER_DAY.finditer(piece):
                if stated_weekdays(piece[max(0, m.start() - _DAY_BEFORE_SPAN) : m.start()], None):
                    return True
        if _HAN_DAY_AHEAD.search(text):  # "周六要在贝尔格莱德冲击世界纪录"
            return True
        for m in _RU_COMING.finditer(text):
            verb = (m.group("a") or m.group("b")).lower()
            if verb not in _RU_NOT_VERBS and not _RU_IMPERFECTIVE.search(verb):
                return True
    return False


#: A headline that reports a warning of what may come: forecasters warning of a storm, an
#: alert issued (``warn of``, ``issues ... warning``, ``предупредили о``, ``发布...预警``,
#: ``تحذر ... من``, ``هشدار``, ``uyardı``, ``advierte``, ``met en garde``, ``warnt vor``).
_WARNING = _any_of(
    (
        rf"{_A}warn(?:s|ed|ing)? (?:\S+ ){{0,3}}(?:of|about|that|against){_Z}",
        rf"{_A}(?:issues?|issued|raises?|raised) (?:\S+ ){{0,3}}(?:warning|alert)s?{_Z}",
        rf"{_A}(?:warning|alert) (?:issued|raised){_Z}",
        r"предупредил\w* о|предупрежда\w* о|объявил\w* (?:\S+ ){0,2}предупреждени\w*",
        r"штормов\w+ предупреждени\w*|попереджа\w* про|попередил\w* про",
        r"发布.{0,10}(?:预警|警示)|预警|警示|提醒.{0,6}防范",
        r"ແຈ້ງເຕືອນ|ເຕືອນ",  # Lao: "notifies, warns"
        r"(?<!\w)(?:تحذر|يحذر|حذر\S*|تحذير\S*) (?:\S+ ){0,3}(?:من|بشأن)(?!\w)",
        r"(?<!\w)هشدار",
        rf"{_A}uyar(?:ı|dı|ıyor|ısı)\w*",
        rf"{_A}(?:advierte|alerta de|met en garde|alerte (?:aux|à la|au)|warnt vor|allerta){_Z}",
        # Norwegian, Danish, Swedish, Dutch, Polish, Somali, Hindi, Odia: "warns", "a warning",
        # "sounds the alarm" ("Brannvesenet slår alarm", "NADFOR oo digniin ka bixisay")
        rf"{_A}(?:advar(?:er|te|et|sel|sler|slen)|varsl(?:er|et|ar|ade)|slår alarm|"
        rf"varn(?:ar|ade|ing|ingen)|waarschuw\w*|ostrzega\w*|ostrzeżeni\w*|digniin\w*|"
        rf"ka digay|ka digtay){_Z}",
        r"चेतावनी|ଚେତାବନୀ|ସତର୍କ",
        # Uyghur, Tatar, Malagasy: "a warning" (``قويۇق تۇمان ئاگاھلاندۇرۇشى``, ``кисәтү``)
        rf"ئاگاھلاندۇر\w*|{_A}(?:кисәт\w*|nampitandrina|fampitandremana|duýduryş\w*){_Z}",
        # a weather forecast: hail, storms, frost expected (``ожидаются град и сильный ветер``)
        r"ожида(?:ется|ются) (?:\S+ ){0,2}(?:град|гроз|ливн|дожд|снег|метел|ветер|шторм|жар|"
        r"мороз|туман|паводк|наводнен)\w*",
        rf"{_A}(?:hail|hailstorms?|storms?|snow|heavy rain|frost|heatwave|fog|gales?|floods?) "
        rf"(?:is |are )?(?:expected|forecast){_Z}",
        # an inspection that found hazards or violations (``检查发现...存在消防隐患``,
        # ``inspectors found faulty wiring``, ``проверка выявила нарушения``)
        r"检查.{0,20}(?:发现|存在).{0,12}隐患",
        rf"{_A}(?:inspection|inspectors?|safety (?:check|audit))s? (?:\S+ ){{0,5}}"
        rf"(?:found|finds?|uncover(?:s|ed)?|flag(?:s|ged)?|reveal(?:s|ed)?){_Z}",
        r"проверк\w* (?:\S+ ){0,4}выявил\w*|выявил\w* (?:\S+ ){0,3}нарушени\w*",
        r"(?<!\w)(?:تفتيش|المفتشين|مفتشون|مفتشو) (?:\S+ ){0,5}(?:كشف|يكشف|رصد|وجد)\S*(?!\w)",
    )
)


def warning(title: str | None, lead: str) -> bool:
    """Whether a headline (or, with none, the lead's first sentence) reports a warning of what
    may come: the step before an event (forecasters warning of the dust storm a day before
    it killed four), not its report.

    Examples
    --------
    >>> warning("Синоптики Монголии предупредили о сильной пыльной буре в Гоби", "")
    True
    >>> warning("هشدار سازمان هواشناسی مغولستان درباره طوفان گرد و خاک", "")
    True
    >>> warning("Gobi dust storm kills at least four in Mongolia", "Forecasters had warned of it.")
    False
    >>> warning("Inspectors found faulty wiring at the market days before", "")
    True
    """
    return bool(_WARNING.search(title if title else lead))


#: What a preview waits for: a decision, a vote, a meeting's outcome, an election, a launch, a
#: final, a verdict (``ahead of the vote``, ``накануне заседания``, ``قبيل القرار``), not a
#: holiday (``قبيل حفل``, ``عشية عيد النوروز``, ``در آستانه نوروز``: an event timed to one).
_AWAITED = (
    r"(?:the |a |an |its |this |next )?(?:(?!(?:in|on|at|by|for|to|and|with) )\S+ ){0,3}(?:decision|meeting|vote|voting|talks|summit|"
    r"election|elections|polls?|ruling|verdict|launch|final|match|announcement|hearing|session)"
)
_AWAITED_RU = (
    r"(?:заседани|решени|выбор|голосовани|саммит|запуск|переговор|засідан|рішенн|виборів)\w*"
)
_AWAITED_AR = r"(?:ال)?(?:اجتماع|قرار|انتخابات|تصويت|اقتراع|إطلاق|قمة|محادثات|مفاوضات|جلسة)\S*"
_AWAITED_FA = r"(?:نشست|انتخابات|تصمیم|رأی[\s\u200c]?گیری|رای[\s\u200c]?گیری|پرتاب|اجلاس|مذاکرات)"
#: A headline that names the step it waits for (``expected to raise``, ``рынок ждет повышения``,
#: ``накануне заседания``, ``من المتوقع أن``, ``قبيل القرار``, ``در انتظار``, ``利上げへ``,
#: ``faiz artırımı bekleniyor``): a preview even beside the step's own word, which it does not
#: tell as done. Not a count expected to rise (``toll expected to rise``).
_PREVIEW_AWAITED = _any_of(
    (
        rf"{_A}(?:is|are)\s+(?:widely\s+|largely\s+)?expected\s+to\s+"
        rf"(?!(?:rise|climb|grow|increase|mount|continue|worsen|reopen|resume){_Z})",
        rf"{_A}(?:set|poised|likely)\s+to\s+(?:raise|cut|hike|hold|lift|lower|announce|decide|"
        rf"approve|name|unveil|sign|vote|rule|launch|meet){_Z}",
        rf"{_A}ahead\s+of\s+{_AWAITED}{_Z}",
        r"(?<!\w)(?:ожида\w*|жд[её]т|ждут|очіку\w+) (?:\S+ ){0,2}(?:повышени|снижени|решени|"
        r"объявлени|сохранени|итог|запуск|голосовани|підвищенн|зниженн|рішенн)\w*",
        rf"(?<!\w)(?:в ожидании|в преддверии|накануне|напередодні|в очікуванні) {_AWAITED_RU}",
        r"(?<!\w)(?:من المتوقع|المتوقع أن|يتوقع أن|يترقب|تترقب|وسط ترقب)(?!\w)",
        rf"(?<!\w)(?:قبيل|عشية)\s+{_AWAITED_AR}",
        rf"(?<!\w)(?:در\s+انتظار|انتظار\s+(?:برای\s+)?(?:افزایش|کاهش|تصمیم)|در\s+آستانه(?:\u200cی)?\s+"
        rf"{_AWAITED_FA})",
        r"(?:预计|料将|有望|市场押注|市场预期)(?:将)?(?:加息|降息|上调|下调|维持|批准|公布)",
        r"(?:利上げ|利下げ|決定|発表|承認|採決|打ち上げ)へ|議論へ|検討へ",
        rf"{_A}(?:\S+\s+)?(?:artırımı|indirimi|kararı)\s+bekleniyor{_Z}",
        # a countdown begun: the launch (or vote, or deadline) it counts down to is still ahead
        rf"{_A}count\s?down\s+(?:begins|began|has\s+begun|starts|started|is\s+on|under\s?way|to|for|"
        rf"clock){_Z}", rf"{_A}(?:begins?|began|starts?|started|enters?)\s+(?:the\s+|final\s+)*count\s?down{_Z}",
        r"(?<!\w)(?:начал\w*|начат\w*|стартовал\w*|пош[её]л|идет|идёт) (?:\S+ )?(?:обратн\w*|предстартов\w*) "
        r"отсч[её]т\w*", r"(?<!\w)(?:обратн\w*|предстартов\w*) отсч[её]т\w* (?:до|перед|к)(?!\w)",
        r"(?<!\w)(?:بدء|بدأ|انطلاق|انطلق)\S*\s+(?:ال)?عد\s+(?:ال)?تنازلي",
        r"(?<!\w)(?:ال)?عد\s+(?:ال)?تنازلي\s+(?:ل|على)", r"(?:آغاز|شروع)[\s\u200c]+شمارش[\s\u200c]+معکوس",
        r"شمارش[\s\u200c]+معکوس[\s\u200c]+(?:برای|تا)", r"(?:进入|开始|启动)\S{0,4}倒计时|倒计时\d|カウントダウン開始",
        rf"{_A}(?:cuenta\s+(?:atrás|regresiva)|compte\s+à\s+rebours|conto\s+alla\s+rovescia|"
        rf"contagem\s+regressiva|geri\s+sayım|odliczanie|odpočet|aftellen|numărătoare\s+inversă)\s+"
        rf"(?:para|pour|avant|per|de|başladı|do|před|voor|pentru|a\s+început){_Z}",
    )
)
#: A headline that reports what is being prepared or is about to begin: a policy meeting
#: opening, an election body reviewing its preparations, a rocket on its pad to fly tomorrow
#: (``meeting opens``, ``poll readiness``, ``начал заседание``, ``استعدادات``, ``آمادگی``,
#: ``筹备``, ``计划14日发射``, ``きょうから``, ``앞두고``, ``내일``, ``तैयारी``): a preview where
#: the headline tells no step.
_PREVIEW = _any_of(
    (
        rf"{_A}(?:begins?|opens?|starts?|kicks?\s+off)\s+(?:\S+\s+){{0,4}}(?:meeting|talks|session|"
        rf"summit|review){_Z}",
        rf"{_A}(?:meeting|talks|session)\s+(?:begins?|opens?|gets?\s+under\s?way){_Z}",
        rf"{_A}(?:preparations?\s+for|preparedness|readiness){_Z}",
        rf"{_A}markets?\s+(?:expects?|brace[sd]?|bets?\s+on|eyes?){_Z}",
        r"(?<!\w)(?:начал\w*|начина\w*|открыл\w*|розпоча\w*) (?:\S+ ){0,2}(?:заседани|засідан|"
        r"совещани|саммит|переговор)\w*",
        r"(?<!\w)(?:подготовк\w*|готовност\w*|підготовк\w*|готовніст\w*) (?:\S+ ){0,2}(?:к|до)(?!\w)",
        r"(?<!\w)(?:يبدأ|تبدأ|بدء|انطلاق|يفتتح|تفتتح)\s+(?:\S+\s+){0,2}(?:اجتماع|اجتماعات|جلسة|"
        r"قمة|محادثات)\S*(?!\w)",
        r"(?<!\w)(?:ال)?(?:استعدادات|جاهزية)(?!\w)|(?<!\w)(?:ال)?استعداد\s+ل",
        r"(?<!\w)(?:آمادگی|آماده[\s\u200c]?سازی)(?!\w)|(?<!\w)آغاز\s+(?:\S+\s+){0,2}"
        r"(?:نشست|جلسه|اجلاس|مذاکرات)(?!\w)",
        r"预计|有望|料将|或将|前瞻|筹备|准备工作|备战|开始.{0,8}会议|会议.{0,2}开幕",
        # a day to come: tomorrow, or a day of this month set for it (``定于15日举行``,
        # ``计划14日发射``; not ``计划12月2日着陆``, a later step's date with its month)
        r"(?:计划|定于|将于|拟于)\d{1,2}日|明天|明日|내일",
        rf"{_A}(?:tomorrow|завтра|yarın|demain|mañana|domani|amanhã|jutro|zítra|holnap|αύριο){_Z}",
        r"(?<!\w)(?:غدا|غداً|فردا)(?!\w)",
        r"見通し|観測|きょうから|あすから|準備",
        r"전망|앞두고|준비",
        rf"{_A}(?:bekleniyor|beklentisi\w*|öncesinde|hazırlık(?!\s+maç)\w*){_Z}",
        r"उम्मीद|संभावना|तैयारी|तैयारियों",
        rf"{_A}(?:se\s+espera|a\s+la\s+espera|en\s+vísperas|a\s+la\s+veille|dans\s+l'attente|"
        rf"in\s+attesa|alla\s+vigilia|in\s+Erwartung|vor\s+der\s+Entscheidung|"
        rf"preparativos|préparatifs|preparativi|Vorbereitungen){_Z}",
    )
)


#: Readiness declared is willingness, no preparation (``اعلام آمادگی ایران برای میزبانی``,
#: ``أعلن استعداده``, ``declares readiness to``): blanked before a headline is read.
_DECLARED = _any_of(
    (
        r"(?<!\w)(?:اعلام|ابراز)\s+(?:\S+\s+)?آمادگی",
        r"(?<!\w)(?:أعلن|أبدى|يبدي|تبدي|يعلن|تعلن|أكد|يؤكد)\S*\s+(?:\S+\s+)?(?:ال)?استعداد\S*",
        rf"{_A}(?:declares?|declared|signals?|signalled|expresses?|expressed)\s+(?:its\s+|his\s+|her\s+|their\s+)?readiness{_Z}",
    )
)


def preview(title: str | None, told: bool = False) -> bool:
    """Whether a headline reports what is expected, prepared or about to begin: the step
    before an event (a policy meeting opening a day before its decision, a poll body
    reviewing its preparations), not its report. Where the headline ``told`` a step (a
    hike, a vote), only words naming the step as awaited count. A headline only: a lead's
    first sentence says what is expected next as often as not (read there, on 2,703 real
    shared articles, 24 without a headline took the step from their lead, and five
    same-event SemEval pairs fell apart).

    Examples
    --------
    >>> preview("Банк Японии начал заседание, рынок ждет повышения ставки", told=True)
    True
    >>> preview("Election Commission reviews Bihar poll readiness in Patna")
    True
    >>> preview("日銀、きょうから金融政策決定会合 追加利上げ議論へ")
    True
    >>> preview("Fireworks factory blast kills 8; toll expected to rise")
    False
    >>> preview("Bank of Japan raises rates, markets expect more", told=True)
    False
    >>> preview("مقتل تسعة أشخاص في تدافع أمام ملعب قبيل حفل موسيقي")
    False
    >>> preview("В Индии начался предстартовый отсчёт для ракеты"), preview("发射进入倒计时")
    (True, True)
    >>> preview("PSLV lifts off after a smooth countdown")
    False
    """
    text = _DECLARED.sub(" ", title or "")
    return bool(_PREVIEW_AWAITED.search(text) or (not told and _PREVIEW.search(text)))


_Y = r"(?:one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
#: A report looking back on an event a year or years on: an anniversary, a commemoration,
#: "one year on" (``anniversary``, ``годовщина``, ``周年``, ``الذكرى``, ``سالگرد``, ``yıl
#: dönümü``, ``aniversario``, ``Jahrestag``, ``a year after``, ``год спустя``, ``بعد عام
#: على``, ``یک سال پس از``). Not ``years on the job`` nor ``turned 30 years on Sunday``;
#: not the Arabic ``بعد عام ونصف من`` (a new launch "a year and a half after" a failure).
_ANNIVERSARY = _any_of(
    (
        rf"{_A}anniversary{_Z}",
        rf"{_A}{_Y}\s+years?\s+(?:on(?=\s*(?:[,:;.!?—–-]|(?:from|since|after){_Z}|$))|since{_Z})",
        rf"{_A}(?:a|one)\s+year\s+(?:after|later){_Z}",
        r"годовщин\w*|річниц\w*|(?<!\w)(?:год|два года|\d+ (?:лет|года))\s+спустя(?!\w)",
        r"(?<!\w)спустя\s+(?:год|\S+\s+(?:года|лет))(?!\w)|(?<!\w)через (?:год|рік) після(?!\w)",
        r"(?<!\w)рік потому(?!\w)|^(?:год|рік)\s+(?:пасля|після|после)(?!\w)",
        r"周年|(?:事发|灾后|事故)(?:一|两|二|三|\d)\s*年",
        r"(?<!\w)(?:ال)?ذكرى(?!\w)|(?<!\w)بعد\s+(?:عام|سنة|عامين|سنتين)\s+(?:على|من)(?!\w)",
        r"(?<!\w)مرور\s+(?:عام|سنة|عامين|سنتين)(?!\w)|^(?:عام|عامان|سنة)\s+على(?!\w)",
        r"سالگرد|(?<!\w)(?:یک|دو|سه|\d+)\s+سال\s+(?:پس|بعد)\s+از(?!\w)",
        rf"{_A}(?:yıl\s?dönümü\w*|(?:bir|iki|üç|\d+)\s+yıl\s+sonra){_Z}",
        rf"{_A}(?:aniversario|aniversário|anniversaire|anniversario|jahrestag\w*|rocznic\w*|"
        rf"výročí|obletnic\w*|godišnjic\w*|годишњиц\w*|годишнин\w*|évforduló\w*|"
        rf"gadadien\w*|aastapäev\w*|vuosipäiv\w*|επέτει\w*|ildönümü\w*){_Z}",
        rf"{_A}(?:a\s+un\s+año\s+del?|un\s+año\s+(?:después|más\s+tarde)|um\s+ano\s+"
        rf"(?:depois|após)|un\s+an\s+(?:après|plus\s+tard)|(?:a\s+)?un\s+anno\s+(?:dopo|da)|"
        rf"ein\s+jahr\s+(?:nach|danach|später)){_Z}",
    )
)


#: What a national occasion's anniversary is of: a national day, independence, a founding, a
#: revolution, a liberation (``to mark the 102nd anniversary of National Day``, ``بمناسبة
#: الذكرى ... لإعلان الاستقلال``, ``سالگرد روز ملی``, ``годовщиной ... независимости``,
#: ``国庆102周年``): the occasion an event is timed to, no look back on an event.
_OCCASION = re.compile(
    r"national day|independence|founding|foundation|revolution|liberation|republic day|victory day|"
    r"constitution day|(?:ال)?عيد (?:ال)?وطني|(?:ال)?يوم (?:ال)?وطني|(?:ال)?استقلال|(?:ال)?تأسيس|(?:ال)?ثورة|"
    r"روز[\s\u200c]+ملی|استقلال|تأسیس|انقلاب|независимост\w*|основани\w*|революци\w*|освобождени\w*|"
    r"дн\w* (?:победы|республики|конституции)|国庆|建国|独立|建党|解放|成立|quốc khánh|độc lập",
    re.IGNORECASE,
)


def _occasion(text: str) -> bool:
    """Whether every anniversary ``text`` names is a national occasion's (:data:`_OCCASION`)."""
    found = list(_ANNIVERSARY.finditer(text))
    return bool(found) and all(
        _OCCASION.search(text[max(0, m.start() - 12) : m.end() + 60]) for m in found
    )


def anniversary(title: str | None, lead: str) -> bool:
    """Whether a headline or ``lead`` (the lead's first sentence) looks back on an event a year
    or more on: an anniversary, a commemoration, "one year on". Such a report recounts the
    event, often with its figures, but it is a report of the day it marks, not of the event.

    Examples
    --------
    >>> anniversary("One year on, Vrhnika landslide survivors still wait for new homes", "")
    True
    >>> anniversary(None, "В годовщину обрушения моста жители возложили цветы.")
    True
    >>> anniversary("斯洛文尼亚山体滑坡一周年 幸存者仍住在临时房屋", "")
    True
    >>> anniversary(None, "في الذكرى الأولى للانهيار الأرضي، تجمع السكان في القرية.")
    True
    >>> anniversary("Landslide buries road near Vrhnika, two missing", "")
    False
    >>> anniversary(None, "The nurse retired after 44 years on the job.")
    False
    >>> anniversary(None, "The president pardoned 3,512 prisoners to mark the 102nd anniversary of National Day.")
    False
    >>> anniversary("越南国家主席签署特赦令", "以庆祝越南国庆102周年。"), anniversary(None, "在地震十周年之际，居民举行悼念活动。")
    (False, True)
    """
    return any(
        _ANNIVERSARY.search(text) and not _occasion(text) for text in (title or "", lead)
    )


#: A headline that reports practice for an event: a drill, a rehearsal, a simulation, a
#: trial run (``oil-spill drill``, ``dress rehearsal``, ``учения``, ``генеральная
#: репетиция``, ``演练``, ``演习``, ``彩排``, ``مناورة``, ``محاكاة``, ``رزمایش``, ``مانور``,
#: ``tatbikat``, ``simulacro``, ``exercice de sécurité civile``, ``esercitazione``,
#: ``Übung``, ``मॉक ड्रिल``, ``రిహార్సల్``, ``ஒத்திகை``, ``মহড়া``, ``simulasi``). Not a bare
#: ``exercise`` (``exercise caution``) nor ``drilling`` (for oil).
_DRILL = _any_of(
    (
        rf"{_A}(?:drills?|rehearsals?|dry runs?|trial runs?|test runs?|test (?:trips?|journeys?|rides?)|"
        rf"simulation exercises?|"
        rf"(?:emergency|evacuation|rescue|safety|response|disaster|spill|fire|civil defen[cs]e|"
        rf"joint|full-scale|mock)\s+(?:exercises?|drills?)|mock\s+(?:attack|disaster|rescue|evacuation)s?){_Z}",
        r"(?<!\w)(?:учени[ея]|учениях|репетици\w+|отработал\w* (?:\S+ ){0,2}(?:ликвидаци|эвакуаци|спасени|действи)\w*)(?!\w)",
        r"(?<!\w)(?:пробн|тестов)\w* (?:рейс|поездк|прогон|запуск\w* (?:поезд|трамва|метро))\w*|(?<!\w)обкатк\w*",
        r"演练|演习|彩排|预演|訓練|予行演習|リハーサル|리허설|모의\s?훈련|试运行|试跑|热滑|冷滑",
        r"(?<!\w)(?:مناور[ةه]|مناورات|محاكاة|بروفة|بروفه|تمرين\s+(?:على|لمواجهة|للطوارئ|ميداني))(?!\w)",
        r"(?<!\w)(?:رحل[ةه]|رحلات|جول[ةه]|تشغيل|ال(?:رحل[ةه]|رحلات|جول[ةه]|تشغيل)) (?:ال)?تجريبي\w*",
        r"رزمایش|(?<!\w)مانور(?!\w)|شبیه[\s\u200c]?سازی|تمرین\s+(?:امداد|مقابله|تخلیه)",
        r"(?:اجرای|حرکت|سفر|تست)[\s\u200c]+آزمایشی",
        rf"{_A}(?:tatbikat\w*|simülasyon\w*|simulacros?|simulaci[oó]n|simulação|simulado|"
        rf"ensayo general|exercice (?:de|d'|d’)\s*(?:sécurité|évacuation|crise|secours)\w*|"
        rf"répétition générale|esercitazion[ei]|prova generale|generalprobe|probelauf|"
        rf"\w*übung(?:en)?|testfahrt\w*|probebetrieb\w*|marche à blanc|marcha blanca|test sürüş\w*|deneme sefer\w*|oefening|generale repetitie|ćwiczeni[ae]|próba generalna|cvičení|"
        rf"simulasi|gladi(?:\s+bersih)?|øvelse[nr]?|øvelsen[e]?|övning(?:en|ar)?){_Z}",
        r"मॉक\s?ड्रिल|रिहर्सल|पूर्वाभ्यास|రిహార్సల్|మాక్\s?డ్రిల్|ஒத்திகை|মহড়া|ಅಣಕು|ಪೂರ್ವಾಭ್ಯಾಸ|ਰਿਹਰਸਲ|રિહર્સલ|മോക്ക്\s?ഡ്രിൽ",
    )
)


def drill(title: str | None, lead: str) -> bool:
    """Whether a headline (or, with none, the lead's first sentence) reports practice for an
    event: a drill, a rehearsal, a simulation, a trial run. Nothing has happened yet; the
    same operator, the same place and often the event's own scenario and figures, but the
    step before an event, not its report.

    Examples
    --------
    >>> drill("Galicia stages oil-spill drill off Fisterra with a fictional tanker", "")
    True
    >>> drill("В Шрихарикоте прошла генеральная репетиция запуска Aruna-1", "")
    True
    >>> drill("加利西亚海域举行溢油应急演练", ""), drill("رزمایش امداد و نجات در بندر", "")
    (True, True)
    >>> drill("ترام المدينة يجري أول رحلة تجريبية كاملة", ""), drill("新有轨电车线完成全线试运行", "")
    (True, True)
    >>> drill("На новой линии прошёл пробный рейс трамвая", ""), drill("地铁4号线开通试运营", "")
    (True, False)
    >>> drill("Tanker runs aground off Fisterra, spilling oil", "A drill had been held weeks before.")
    False
    >>> drill("Police urge drivers to exercise caution", ""), drill("Oil drilling resumes", "")
    (False, False)
    """
    return bool(_DRILL.search(title if title else lead))
