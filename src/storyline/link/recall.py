"""Another occurrence a report recalls by a span of time, as typed facts (issue 14).

A report of a new occurrence often says how long ago the previous one was:
``a week after the big fire, a new one broke out``, ``Садыков неделю назад
завершил визит в Японию``, ``萨德科夫一周前刚刚结束对日本的访问``,
``بعد أسبوع من الحريق الكبير اندلع حريق جديد``. A careful reader then knows
that a report of that earlier day tells the other occurrence, even when it
carries no date. This module reads, from a headline and its lead:

- ``day:<MM-DD>`` (or ``day:<DD>`` when only the day of the month is stated,
  ``当地时间18日``): the day the report states for its own event (the latest
  it states, :func:`storyline.text.dates.evidence.stated_event_days`);
- ``dow:<N>`` (0 = Monday): the weekday a report without a day states for its
  event (``on Wednesday``), or, with ``rdow:<N>``, the weekday of its own day
  and of a day it recalls less than two weeks before (not a whole number of
  weeks: ``six days after``), so that a report naming only its weekday can be
  told to be the one recalled;
- ``recall:<MM-DD>``: that day minus a span (``a week``, ``две недели``,
  ``一周``, ``أسبوع``, ``یک هفته``, ``una semana``, ``bir hafta``) that a
  sentence of the lead puts before ``ago``/``after``/``назад``/``после``/
  ``前``/``قبل``/``بعد``/``پیش``/``hace``/``önce``, in a sentence that marks
  the recalled event as another one (``new``, ``again``, ``another``,
  ``ended``, ``вновь``, ``новый``, ``结束``, ``再次``, ``جديد``, ``مجددا``,
  ``جدید``, ``دوباره``, ``nuevo``, ``yeni``...).

:func:`recall_conflict` says whether one report recalls, as another
occurrence, the day the other states for its own event (and the two do not
state one day). Spans of a day or less are not read: a report of the
previous day's events is often the same event's.

Examples
--------
>>> later = recall_facts("New wildfire breaks out a week after the big fire",
...                      "UISEONG, March 27, 2027 - A new fire broke out on Saturday.")
>>> later
('day:03-27', 'recall:03-20')
>>> recall_conflict(later, recall_facts(None, "SEOUL, March 20 - A wildfire forced 3,000 out."))
True
>>> recall_conflict(later, recall_facts(None, "SEOUL, March 27 - Fire crews fought the blaze."))
False
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from storyline.text.dates.evidence import SAME_ACTOR

__all__ = [
    "RECALL_CHARS",
    "later_occurrence",
    "recall_conflict",
    "recall_facts",
    "same_day_occurrence",
]

RECALL_CHARS = 600
"""The headline and this many leading characters of the text are read."""

_N = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
    "одну": 1, "одна": 1, "две": 2, "два": 2, "три": 3, "четыре": 4,
    "двух": 2, "пару": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4,
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4,
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4,
    "una": 1, "un": 1, "uno": 1, "dos": 2, "tres": 3,
    "bir": 1, "iki": 2, "üç": 3, "dört": 4,
    "une": 1, "deux": 2, "trois": 3,
    "uma": 1, "duas": 2, "dois": 2, "três": 3, "quatro": 4,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
    "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "due": 2, "tre": 3, "quattro": 4,
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
}  # fmt: skip
#: Five to ten, by language (a span of "six days after" is a week's count too).
for _words in (
    "five six seven eight nine ten", "пять шесть семь восемь девять десять",
    "пяти шести семи восьми девяти десяти",
    "五 六 七 八 九 十", "پنج شش هفت هشت نه ده",
    "خمسة ستة سبعة ثمانية تسعة عشرة", "خمس ست سبع ثماني تسع عشر",
    "cinco seis siete ocho nueve diez", "beş altı yedi sekiz dokuz on",
    "cinq six sept huit neuf dix", "cinco seis sete oito nove dez",
    "lima enam tujuh delapan sembilan sepuluh", "fünf sechs sieben acht neun zehn",
    "cinque sei sette otto nove dieci",
):
    _N.update({w: i for i, w in enumerate(_words.split(), start=5)})
_NUM = (
    r"(?P<n>\d{1,2}|an?|one|two|three|four|одну|одна|две|два|три|четыре|двух|пару|тр[её]х|"
    r"четыр[её]х|一|两|二|三|四|یک|دو|سه|"
    r"چهار|una?|uno|dos|tres|bir|iki|üç|dört|une|deux|trois|uma|duas|dois|três|quatro|satu|"
    r"dua|tiga|empat|einer?|zwei|drei|vier|due|tre|quattro|ثلاثة|ثلاث|أربعة|أربع|"
    + "|".join(sorted((w for w in _N if _N[w] >= 5), key=len, reverse=True))
    + r")"
)

#: Units: days per unit, keyed by how the unit word starts.
_UNITS = (
    ("week", 7), ("недел", 7), ("неделю", 7), ("周", 7), ("星期", 7), ("週", 7), ("أسبوع", 7),
    ("اسبوع", 7), ("أسابيع", 7), ("هفته", 7), ("semana", 7), ("semaine", 7), ("hafta", 7),
    ("주", 7), ("month", 30), ("месяц", 30), ("个月", 30), ("月", 30), ("شهر", 30),
    ("ماه", 30), ("mes", 30), ("mois", 30), ("ay", 30), ("day", 1), ("дн", 1), ("дня", 1),
    ("天", 1), ("日", 1), ("أيام", 1), ("يوم", 1), ("روز", 1), ("día", 1), ("jour", 1),
    ("gün", 1), ("minggu", 7), ("pekan", 7), ("woche", 7), ("settiman", 7), ("bulan", 30),
    ("monat", 30), ("mês", 30), ("hari", 1), ("tag", 1), ("giorn", 1), ("dia", 1),
)  # fmt: skip
_UNIT = (
    r"(?P<u>weeks?|months?|days?|недел[юиь]\w*|месяц\w*|дн(?:я|ей)|周|星期|週間?|个月|天|أسبوع(?:ين)?|"
    r"اسبوع(?:ين)?|أسابيع|شهر(?:ين)?|أيام|يومين|هفته|ماه|روز|semanas?|mes(?:es)?|días?|semaines?|"
    r"mois|jours?|hafta|ay|gün|minggu|pekan|bulan|hari|wochen?|monat(?:e|en)?|tage?n?|"
    r"settiman[ae]|mesi|giorni|mês|dias?)"
)

#: A span before the reference point: ``a week ago``, ``a week after``, ``через неделю после``,
#: ``неделю назад``, ``一周前``, ``一周后``, ``قبل أسبوع``, ``بعد أسبوع من``, ``یک هفته پیش``,
#: ``hace una semana``, ``una semana después de``, ``bir hafta önce``, ``il y a une semaine``.
_SPANS = [
    re.compile(rf"(?<!\w){_NUM}\s+{_UNIT}\s+(?:ago|after|later|earlier|before)(?!\w)", re.I),
    re.compile(rf"(?<!\w)(?:через|спустя)\s+(?:{_NUM}\s+)?{_UNIT}\s+после", re.I),
    re.compile(rf"(?<!\w)(?:{_NUM}\s+)?{_UNIT}\s+(?:назад|ранее|спустя)(?!\w)", re.I),
    re.compile(rf"{_NUM}\s*(?:个)?{_UNIT}(?:以)?[前后]"),
    # "قبل أسبوعين", "بعد ثلاثة أيام", "قبل أقل من أسبوعين", "قبل نحو شهر" (not "منذ": also
    # "for", the span of what still goes on)
    re.compile(
        rf"(?<!\w)(?:قبل|بعد)\s+(?:(?:نحو|حوالي|حوالى|قرابة|زهاء|(?:أقل|أكثر)\s+من)\s+)?"
        rf"(?:{_NUM}\s+)?{_UNIT}"
    ),
    re.compile(rf"(?<!\w){_NUM}\s+{_UNIT}\s+(?:پیش|قبل|بعد|پس)(?!\w)"),
    re.compile(rf"(?<!\w)(?:hace|il y a)\s+{_NUM}\s+{_UNIT}", re.I),
    re.compile(rf"(?<!\w){_NUM}\s+{_UNIT}\s+(?:después|antes|más tarde|après|plus tard)", re.I),
    re.compile(rf"(?<!\w){_NUM}\s+{_UNIT}\s+(?:önce|sonra)(?!\w)", re.I),
    re.compile(  # Portuguese, Indonesian, German, Italian
        rf"(?<!\w){_NUM}\s+{_UNIT}\s+(?:após|depois|antes|atrás|setelah|sesudah|lalu|sebelum|"
        rf"kemudian|nach|später|zuvor|dopo|prima|fa)(?!\w)",
        re.I,
    ),
    re.compile(rf"(?<!\w)(?:vor|há)\s+{_NUM}\s+{_UNIT}(?!\w)", re.I),
]

#: Words that mark the recalled event as another occurrence (same sentence as the span).
_ANOTHER = re.compile(
    r"(?<!\w)(?:new|another|again|anew|second|previous|ended|concluded|wrapped up|similar|"
    r"аналогичн\w+|подобн\w+|مماثل\w*|مشابه\w*|similares|semelhante\w*|benzer\w*|"
    r"similaire\w*|ähnlich\w*|simil[ei]|serupa|"
    r"нов\w+|вновь|снова|ещё од\w+|повторн\w+|заверш\w+|предыдущ\w+|"
    r"جديد\w*|مجدد\w*|مرة أخرى|ثاني\w*|اختتم\w*|السابق\w*|"
    r"جدید|دوباره|مجدد\w*|پایان|قبلی|"
    r"nuev[oa]s?|de nuevo|otra vez|otr[oa]|conclu\w+|anterior|"
    r"nouvea\w*|nouvelle|à nouveau|"
    r"yeni\w*|yeniden|tekrar|önceki|tamamla\w*|"
    r"втор(?:ой|ая|ое|ую|ого|ом)|segund[oa]s?|zweite[nrs]?|deuxième|second[oa]|ikinci|kedua)(?!\w)"
    r"|新|再次|再度|又一|结束|此前|上一|类似|第二",
    re.IGNORECASE,
)
#: Words that on their own make a headline another occurrence of its kind (``Another hospital
#: fire``, ``又一医院起火``, ``又有23头领航鲸搁浅``, ``آتش‌سوزی دوباره``, ``ещё один мост``): not ``new``, which
#: also qualifies things (a new law, new details).
_AGAIN = re.compile(
    r"(?<![^\W\d_])(?:another|yet another|again|anew|once more|مجدد[اًا]*|مرة أخرى|من جديد|"
    r"دوباره|بار دیگر|باز هم|یک[\s\u200c]\S+(?:\s\S+)?\sدیگر|\S+\sدیگری|یکی دیگر|این بار|ещё од\w+|еще од\w+|вновь|снова|очередн\w+|ще од\w+|знову|"
    r"чергов\w+|erneut|wieder|weiterer|à nouveau|de nouveau|otra vez|de nuevo|nuevamente|"
    r"de novo|novamente|mais uma?|di nuovo|nuovamente|un altro|un'altra|yine|tekrar|"
    r"bir kez daha|yeniden|new (?:incident|accident|tragedy)|yeni bir (?:kaza|olay|facia)|"
    r"(?:nuevo|otro) (?:accidente|incidente|suceso)|(?:nouvel|autre) (?:accident|incident)|"
    r"нов(?:ый|ое|ая) (?:случай|инцидент|ЧП|трагеди\w+|авари\w+)|"
    r"حادث(?:ة)? (?:جديد|جديدة|آخر|أخرى)|مأساة جديدة|حادثه(?:\u200c?ای)? (?:تازه|جدید|دیگر))"
    r"(?![^\W\d_])|又一|新一起|再次|再度|再发|再遭|又遭|又发生|再出|又出|又有|再有|再现(?!辉煌|经典|风采|昔日|当年)|另一(?:条|座|家|起|架|艘|名|个|处|只|头|台)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?。！？؟\n]+")
#: A day of the month alone (Chinese, Japanese, Korean): ``当地时间18日``, ``18일``; not a span
#: or a count of days (``2日間の日程で``, ``3日目``, ``5日ぶり``, ``2일간``, ``3일째``).
_DAY_ONLY = re.compile(r"(?<![\d月])(\d{1,2})\s?[日일](?![\d]|間|间|目|ぶり|以内|간|째|동안)")


def _span_days(m: re.Match[str]) -> int:
    raw = (m.group("n") or "1").lower()
    n = int(raw) if raw.isdigit() else _N.get(raw, 1)
    unit = m.group("u").lower()
    if unit.endswith(("ين", "ين")) and not m.group("n"):
        n = 2  # أسبوعين: two weeks
    per = next((d for prefix, d in _UNITS if unit.startswith(prefix)), 1)
    return n * per


def _own_day(
    title: str | None, text: str, day: str | None = None
) -> tuple[str | None, int | None, str | None]:
    """The report's own day: (MM-DD, year or None, DD when only the day is stated).

    ``day``: its publication day (``YYYY-MM-DD``, or ``--MM-DD`` without a year) when
    known; else the latest day its headline and lead state.
    """
    from storyline.text.dates.evidence import stated_event_days

    if day and re.fullmatch(r"\d{4}-\d\d-\d\d", day[:10]):
        return day[5:10], int(day[:4]), None
    if day and re.fullmatch(r"--\d\d-\d\d", day):
        return day[2:], None, None
    days = stated_event_days(title, text)
    full = [d for d in days if not d.startswith("--")]
    if full:
        return full[-1][5:10], int(full[-1][:4]), None
    if days:
        return days[-1][2:7], None, None
    m = _DAY_ONLY.search(f"{title or ''}\n{text[:200]}")
    return None, None, (f"{int(m.group(1)):02d}" if m and 1 <= int(m.group(1)) <= 31 else None)


def recall_facts(title: str | None, text: str, day: str | None = None) -> tuple[str, ...]:
    """The ``day:`` and ``recall:`` facts of a headline and lead, sorted (see the module).

    ``day``: the report's publication day when known (its own day: the date line
    of a page is no longer in its text), ``YYYY-MM-DD`` or ``--MM-DD``.

    Examples
    --------
    >>> recall_facts("В уезде Ыйсон через неделю после крупного пожара вспыхнул новый",
    ...              "27 марта 2027, 18:10\\nВ уезде вновь загорелся лес.")
    ('day:03-27', 'recall:03-20')
    >>> recall_facts("哈萨克斯坦总统访问韩国", "2027年5月25日 20:16\\n萨德科夫一周前刚刚结束对日本的访问。")
    ('day:05-25', 'recall:05-18')
    >>> recall_facts("حريق جديد", "27 آذار 2027 - اندلع حريق جديد بعد أسبوع من الحريق الكبير.")
    ('day:03-27', 'recall:03-20')
    >>> recall_facts(None, "当地时间18日，两国领导人举行会谈。")
    ('day:18',)
    >>> recall_facts(None, "日本銀行はきょうから2日間の日程で金融政策決定会合を開く。")  # a span
    ()
    >>> recall_facts("Sadykov visits Seoul", "He ended his visit to Japan a week ago.", "2027-05-25")
    ('day:05-25', 'recall:05-18')
    >>> recall_facts(None, "A week after the quake, rescuers are still searching.")  # no day, no mark
    ()
    """
    from storyline.text.dates.evidence import stated_event_weekdays

    text = text[:RECALL_CHARS]
    month_day, year, dom = _own_day(title, text, day)
    out = set()
    if month_day:
        out.add(f"day:{month_day}")
    elif dom:
        out.add(f"day:{dom}")
    if not month_day:
        if not dom:  # "on Wednesday": the weekday is all it says of its day
            out.update(f"dow:{w}" for w in stated_event_weekdays(title, text, own_only=True))
        return tuple(sorted(out))
    own = dt.date(year or 2001, int(month_day[:2]), int(month_day[3:]))
    for sentence in _SENTENCE.findall(f"{title or ''}\n{text}"):
        if not _ANOTHER.search(sentence):
            continue
        for pattern in _SPANS:
            for m in pattern.finditer(sentence):
                days = _span_days(m)
                if days >= 3:  # a day or two before is often the same event's
                    recalled = own - dt.timedelta(days=days)
                    out.add(f"recall:{recalled.strftime('%m-%d')}")
                    if year and days < 14 and days % 7:  # a recent one's weekday, and its own
                        out.update((f"rdow:{recalled.weekday()}", f"dow:{own.weekday()}"))
    return tuple(sorted(out))


def _near(a: str, b: str, slack: int = 1) -> bool:
    """Two days ``MM-DD`` (or ``DD``: the day of the month only) within ``slack`` days."""
    if len(a) == 2 or len(b) == 2:
        x, y = int(a[-2:]), int(b[-2:])
        return min(abs(x - y), 31 - abs(x - y)) <= slack
    da, db = dt.date(2001, int(a[:2]), int(a[3:])), dt.date(2001, int(b[:2]), int(b[3:]))
    gap = abs((da - db).days)
    return min(gap, 365 - gap) <= slack


def _values(facts: Iterable[str], kind: str) -> list[str]:
    return [f.split(":", 1)[1] for f in facts if f.startswith(kind + ":")]


def recall_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether one side recalls, as another occurrence, the day the other states as its own.

    Examples
    --------
    >>> recall_conflict(("day:05-25", "recall:05-18"), ("day:18",))
    True
    >>> recall_conflict(("day:05-25", "recall:05-18"), ("day:25",))
    False
    >>> recall_conflict(("day:05-25", "recall:05-18"), ())
    False
    >>> tuesday = ("day:03-21", "dow:1", "rdow:2", "recall:03-15")  # six days after a Wednesday
    >>> recall_conflict(tuesday, ("dow:2",)), recall_conflict(tuesday, ("dow:1",))
    (True, False)
    """
    a, b = tuple(a), tuple(b)
    for x, y in ((a, b), (b, a)):
        recalled, own, other = _values(x, "recall"), _values(x, "day"), _values(y, "day")
        if not recalled:
            continue
        if not other:  # the other names only its weekday: the one this recalls, not its own
            named, back = set(_values(y, "dow")), set(_values(x, "rdow"))
            if named and named <= back and not named & set(_values(x, "dow")):
                return True
            continue
        if any(_near(o, d) for o in own for d in other):
            continue  # they state one day: the same occurrence, whatever it recalls
        if any(_near(r, d) for r in recalled for d in other):
            return True
    return False


#: "Within" spans a headline counts another occurrence in (``11天内再次喷发``, ``second accident
#: in under three weeks``, ``вторая авария за неделю``).
_WITHIN = [
    re.compile(rf"{_NUM}\s*(?:个)?{_UNIT}内"),
    re.compile(rf"(?<!\w)(?:within|in under|in less than)\s+{_NUM}\s+{_UNIT}", re.I),
    re.compile(rf"(?<!\w)(?:за|в течение)\s+(?:{_NUM}\s+)?{_UNIT}(?!\w)", re.I),
    re.compile(rf"(?<!\w)(?:خلال|في غضون)\s+(?:{_NUM}\s+)?{_UNIT}"),
    re.compile(rf"(?<!\w)(?:در کمتر از|ظرف)\s+(?:{_NUM}\s+)?{_UNIT}"),
]


#: "In a month" counts only beside an ordinal (``second strike in a month``): "new talks in
#: two weeks" is a day to come.
_IN_SPAN = re.compile(rf"(?<!\w)in\s+(?:{_NUM}\s+)?(?:weeks?|months?)(?!\w)", re.I)
_ORDINAL = re.compile(r"(?<!\w)(?:second|third|fourth|another)(?!\w)", re.I)
#: The same day, beside an ordinal or "another" (``second blaze in a day``, ``второй за день
#: пожар``, ``ثاني حريق في يوم واحد``, ``一天内第二起``): another occurrence of the kind that
#: day, not the first one a story reports, whatever its date (:func:`same_day_occurrence`).
_SAME_DAY = re.compile(
    r"(?<!\w)(?:in (?:a|one|the same) day|within (?:a day|24 hours|hours)|the same day|that day|"
    r"hours later|за (?:день|сутки)|в тот же день|в течение (?:дня|суток)|"
    r"(?:في|خلال) (?:يوم واحد|اليوم نفسه|نفس اليوم|ساعات)|"
    r"(?:در|طی) (?:یک روز|همان روز|چند ساعت)|همان روز|"
    r"(?:en|el) (?:un|el mismo) día|le même jour|en une journée|am selben tag|"
    r"an einem tag|aynı gün)(?!\w)|同一天|同日|一天之?内|当天|当日",
    re.IGNORECASE,
)


def same_day_occurrence(title: str | None) -> bool:
    """Whether a headline reports another occurrence of its kind the same day: the second
    fire "in a day" the same brigade fought, not the first one a story reports.

    Examples
    --------
    >>> same_day_occurrence("Siem Reap firefighters tackle second blaze in a day")
    True
    >>> same_day_occurrence("В Сиемреапе пожарные потушили второй за день пожар")
    True
    >>> same_day_occurrence("同一天内第二起火灾"), same_day_occurrence("Fire guts market, one dead")
    (True, False)
    >>> same_day_occurrence("Second day of talks ends without a deal")
    False
    """
    return bool(title) and bool(_ANOTHER.search(title or "")) and bool(_SAME_DAY.search(title or ""))


def later_occurrence(title: str | None) -> bool:
    """Whether a headline reports a later occurrence of what it recalls: a span of a week or
    more back, or a "within" span, beside a word that marks another occurrence (``new``,
    ``second``, ``again``, ``再次``, ``جديد``, ``вновь``); or a word that says so on its own
    (``another``, ``again``, ``又一``, ``再发``, ``دوباره``, ``ещё один``: :data:`_AGAIN`), or an
    actor named as an earlier occurrence's (``the same company``, ``للشركة نفسها``: :data:`SAME_ACTOR`).

    A report of the first occurrence says nothing of the kind; where time cannot tell, a
    headline that does is evidence of another event than a story whose reports do not
    (the tracker reads it as a follow-up: ``act.followup:later``, :mod:`storyline.link.facts`).

    Examples
    --------
    >>> later_occurrence("إعصار جديد يضرب جنوب اليابان بعد أسبوعين من بيلو")
    True
    >>> later_occurrence("埃特纳火山11天内再次喷发"), later_occurrence("Second train derails in a week")
    (True, True)
    >>> later_occurrence("Train derails near Kutno, line to reopen in a week")
    False
    >>> later_occurrence("Second Costeira ship in Santos accident in under three weeks")
    True
    >>> later_occurrence("Italian union's second strike in a month halts trains")
    True
    >>> later_occurrence("New talks in two weeks, ministers say")  # a day to come
    False
    >>> later_occurrence("A week after the quake, rescuers still search")  # no other occurrence
    False
    >>> later_occurrence("Typhoon Peilou slams into southern Japan")
    False
    >>> later_occurrence("乌克兰文尼察州又一医院起火 2人死亡"), later_occurrence("Another hospital fire kills two")
    (True, True)
    >>> later_occurrence("芬兰爱沙尼亚另一条海底电缆又出故障"), later_occurrence("动物园再出状况 3只鸵鸟跑上公路")
    (True, True)
    >>> later_occurrence("New law caps delivery fees")  # "new" alone qualifies a thing
    False
    >>> later_occurrence("انفجار في مصنع ثان للشركة نفسها شرقي إسبانيا"), later_occurrence("日本岐阜县国道再发山体滑坡")
    (True, True)
    >>> later_occurrence("Blast at a plant of the same company"), later_occurrence("Two quakes on the same day")
    (True, False)
    >>> later_occurrence("یک رآکتور دیگر در چک از مدار خارج شد؛ این بار دوکووانی")
    True
    """
    if not title:
        return False
    if _AGAIN.search(title) or SAME_ACTOR.search(title):  # "Another hospital fire", "又一医院起火"
        return True
    if not _ANOTHER.search(title):
        return False
    if same_day_occurrence(title):  # "second blaze in a day"
        return True
    if any(_span_days(m) >= 7 for p in _SPANS for m in p.finditer(title)):
        return True
    if _ORDINAL.search(title) and _IN_SPAN.search(title):
        return True
    return any(p.search(title) for p in _WITHIN)

