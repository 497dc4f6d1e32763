"""Figures a report states only as those of an earlier event: ``two weeks after the blast that killed 14``.

A report of a follow-up (a ministry suspends a mine two weeks after its
blast, a feeder ship strikes a bulker three weeks after the collision that
spilled 180 tonnes, new duties "two weeks after Mexico's duties of up to
64.3%") restates the earlier event's figures in the sentence that places
it a span of time before its own: ``بعد أسبوعين من انفجار غاز الميثان الذي
قتل 14 عاملا``, ``三周前……造成14人死亡``, ``less than three weeks after ...
spilled some 180 tonnes``. Those figures are the earlier event's, not the
report's own:

- :func:`recalled_figures` reads them from a headline and lead: the
  specific numbers (10 or more, or with decimals; not years) of the
  sentences holding a span of :data:`RECALL_FIGURE_DAYS` days or more
  (the spans :mod:`storyline.link.recall` reads: ``two weeks after``,
  ``三周前``, ``через три недели после``, ``بعد أسبوعين``, ``سه هفته پس
  از``, ``duas semanas após``, ``dua minggu setelah``...), less those the
  report also states elsewhere; link keys ``"rf"``
  (:func:`storyline.link.decide.link_keys`), and they are left out of its
  typed facts (a percentage recalled is not the report's percentage);
- :func:`figure_recall_conflict` says whether one report recalls, as an
  event a week or more before its own, a figure the other states as its
  own (and does not recall itself), while the two share no figure of their
  own: the other tells the earlier event, the two are different occurrences.

Examples
--------
>>> recalled_figures("Indonesia suspends coal firm's mines",
...                  "The ministry suspended the mines two weeks after the blast that killed 14 miners.")
('14',)
>>> later = '{"n":["14"],"rf":["14"]}'
>>> figure_recall_conflict(later, '{"n":["14","180","31"]}')  # the blast's report
True
>>> figure_recall_conflict(later, '{"n":["14"],"rf":["14"]}')  # another report of the suspension
False
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from storyline.link.recall import _SPANS, _span_days
from storyline.link.textkeys import number_keys
from storyline.text.dates.tables import to_ascii_digits

__all__ = [
    "RECALL_FIGURE_DAYS",
    "specific_figure",
    "drop_recalled",
    "figure_recall_conflict",
    "figure_recall_line",
    "recalled_figures",
    "without_recalled_match",
]

RECALL_FIGURE_DAYS = 7
"""A span of this many days or more between the report's event and the one it recalls makes
them two occurrences (a day or two before is often the same event's own news)."""

#: Sentences; a point between digits (``64.3%``) does not end one.
_SENTENCE = re.compile(r"(?:[^.!?。！？؟\n]|\.(?=\d))+")


def specific_figure(value: str) -> bool:
    """A figure specific enough to tell an event: 10 or more, or with decimals, not a year.

    Examples
    --------
    >>> [specific_figure(v) for v in ("26", "2.5", "3", "2027", "x")]
    [True, True, False, False, False]
    """
    try:
        number = float(value)
    except ValueError:
        return False
    if number.is_integer() and 1950 <= number <= 2100:
        return False
    return number >= 10 or not number.is_integer()


def recalled_figures(
    title: str | None, text: str, own_day: str | None = None, lang: str | None = None
) -> tuple[str, ...]:
    """The specific figures a headline and lead state only in sentences recalling an earlier event.

    A sentence recalls one when it holds a span of :data:`RECALL_FIGURE_DAYS`
    days or more back (``two weeks after``, ``三周前``, ``بعد أسبوعين``): the
    figures after the span are the earlier event's, those before it the
    report's own (``duties of 18.3% to 47.9%, three weeks after duties of up
    to 64.3%``); the span's own number is not a figure. Figures the text
    also states in other sentences are the report's own. An "ago" span
    inside a sentence recalls only in a relative clause (``the kitchen that
    two weeks ago poisoned 512``, ``المطبخ الذي تسبب قبل أسبوعين في تسمم 512``).
    With ``own_day`` (the report's day, ``YYYY-MM-DD`` or ``--MM-DD``), a day
    the sentence states a week or more before it places an earlier event too
    (``СУКАБУМИ, 5 октября ... в Чианджуре, где 21 сентября отравились 512``).

    Examples
    --------
    >>> recalled_figures(None, "采矿作业暂停。三周前，该公司的煤矿发生瓦斯爆炸，造成14人死亡、9人受伤。")
    ('14',)
    >>> recalled_figures("Mexico adds duties of 18.3% to 47.9%",
    ...                  "The duties come two weeks after Mexico's duties of up to 64.3% on steel.")
    ('64.3',)
    >>> recalled_figures(None, "Duties of 18.3% to 47.9%, three weeks after duties of up to 64.3%.")
    ('64.3',)
    >>> recalled_figures(None, "A blast killed 14. Two days after the blast 14 bodies were found.")
    ()
    >>> recalled_figures(None, "Inflation slowed to 11.8% from 12.6% a month earlier.")  # a comparison
    ()
    >>> recalled_figures(None, "The government sworn in three weeks ago wants to annex 30%.")
    ()
    >>> recalled_figures(None, "143 fell ill, served by the kitchen that two weeks ago poisoned 512.")
    ('512',)
    >>> recalled_figures(None, "143 fell ill. In Cianjur, where on 21 September 512 fell ill, too.",
    ...                  own_day="--10-05", lang="en")
    ('512',)
    >>> recalled_figures(None, "On 3 October 143 fell ill in Sukabumi.", own_day="--10-05", lang="en")
    ()
    """
    recalled: set[str] = set()
    own: set[str] = set()
    full = f"{title or ''}\n{text}"
    blanked = _CJK_DAY.sub(lambda m: " " * len(m.group()), full)  # CJK days are not figures
    for found_sentence in _SENTENCE.finditer(blanked):
        sentence = found_sentence.group()
        original = full[found_sentence.start() : found_sentence.end()]  # its CJK days kept
        in_title = sentence in (title or "")  # a headline condenses: "halts mines after
        # the blast that killed 14" restates the blast the body recalls
        spans: list[re.Match[str] | _Point] = list(_back_spans(sentence, RECALL_FIGURE_DAYS))
        earlier = _earlier_day(original, own_day, lang) if own_day else None
        if earlier is not None:
            spans.append(earlier)
        if not spans:
            own |= set() if in_title else number_keys(sentence)
            continue
        start = min(m.start() for m in spans)  # the earlier event is told after its span
        found = number_keys(sentence[start:])
        for m in spans:
            found -= number_keys(m.group())
            found -= number_keys(to_ascii_digits(m.group()))
        recalled |= found
        own |= set() if in_title else number_keys(sentence[:start])
    return tuple(sorted(v for v in recalled - own if specific_figure(v)))


def _back_spans(sentence: str, days: int) -> list[re.Match[str]]:
    """The spans of ``days`` or more in ``sentence`` that place another event before its own
    (``two weeks after``, ``три дня назад``): not a comparison or a later day, and an "ago"
    span only where it opens the sentence or a relative clause.

    Examples
    --------
    >>> [m.group() for m in _back_spans("Spartak, who three days ago won 3-1, lost.", 1)]
    ['three days ago']
    >>> _back_spans("Spartak won 3-1 and three days later lost.", 1)
    []
    """
    return [
        m
        for p in _SPANS
        for m in p.finditer(sentence)
        if _span_days(m) >= days
        and _points_back(m.group())
        and (
            _opens(sentence, m.start())
            or _in_relative(sentence, m.start())
            or not _AGO.search(m.group())
        )
    ]


#: Days back a match a report recalls may lie: the previous round's, a title clinched three
#: days before a cup final.
RECALL_MATCH_DAYS = 1


def without_recalled_match(title: str | None, text: str) -> str:
    """The headline and lead with each sentence blanked from a span back on (``three days
    ago``, ``три дня назад``, ``سه روز پیش``, ``三天前``, ``a week after``): a match's score
    told there is an earlier match's (the league title clinched 3-1 three days before the
    cup final the report is about), not the report's own result.

    Spans as for :func:`recalled_figures`, of :data:`RECALL_MATCH_DAYS` day or more; the
    headline is never blanked (a headline states its own result).

    Examples
    --------
    >>> kept = without_recalled_match("CSKA win the cup", "CSKA beat Spartak 2-1. Spartak, who "
    ...                               "three days ago won the title 3-1 at Rubin, tired.")
    >>> "2-1" in kept, "3-1" in kept
    (True, False)
    >>> without_recalled_match(None, "Spartak beat Rubin 3-1 on Sunday.")
    '\\nSpartak beat Rubin 3-1 on Sunday.'
    """
    full = f"{title or ''}\n{text}"
    out = list(full)
    for found in _SENTENCE.finditer(full):
        sentence = found.group()
        if sentence in (title or ""):
            continue
        starts = [m.start() for m in _back_spans(sentence, RECALL_MATCH_DAYS)]
        if starts:
            out[found.start() + min(starts) : found.end()] = " " * (found.end() - found.start() - min(starts))
    return "".join(out)


#: A day of the month in CJK text (``当地时间15日``, ``15일``, ``15号``): a date, not a figure.
_CJK_DAY = re.compile(r"(?<!\d)\d{1,2}\s?[日일号](?!\d)")
#: A CJK day without its month (``本月16日``, ``上月28日``, ``16일``), not a month's (``11月16日``)
#: nor a number (``4号``: "No. 4").
_CJK_MONTH_DAY = re.compile(
    r"(?:(?P<last>上个?月|지난달\s?)|本月|이달\s?)?(?<!\d)(?<!\d月)(?P<d>\d{1,2})\s?[日일](?!\d)"
)


#: Spans that place the sentence's event later, or compare with an earlier value (``12.6% a
#: month earlier``, ``two weeks later``, ``一周后``): their figures are not an earlier event's.
_FORWARD = re.compile(
    r"earlier|later|before|ранее|спустя$|后|antes|avant|plus tard|más tarde|sebelum|kemudian|"
    r"später|zuvor|prima",
    re.IGNORECASE,
)


#: "Ago" spans: they recall an event only when they open the sentence (``Three weeks ago,
#: the mine...``, ``三周前，``); inside it they may qualify a noun (``die erst vor drei
#: Wochen vereidigte Regierung will 30 Prozent annektieren``: the 30 is the report's own).
_AGO = re.compile(r"ago|назад|前|پیش|قبل|hace|il y a|vor|há|fa$|lalu|önce|atrás", re.IGNORECASE)


#: Words that open a relative clause (``that``, ``which``, ``الذي``, ``که``, ``который``,
#: ``yang``): an "ago" span right after one tells what the noun did earlier.
_RELATIVE = frozenset(
    "that which who where الذي التي الذين اللذين حيث که كه which, welche welcher welches wo "
    "qui où que donde cuyo quale dove yang tempat".split()
)
_RELATIVE_STEM = re.compile(r"^(?:котор|где$|куда$)", re.IGNORECASE)


def _in_relative(sentence: str, start: int) -> bool:
    """Whether a span starting at ``start`` stands in a relative clause (a relative word at
    most three words before it).

    Examples
    --------
    >>> s = "المطبخ الذي تسبب قبل أسبوعين في تسمم 512"
    >>> _in_relative(s, s.index("قبل")), _in_relative("кухня, которая две недели назад", 14)
    (True, True)
    >>> _in_relative("Israels erst vor drei Wochen vereidigte Regierung", 13)
    False
    """
    words = [w.strip(",،;:()\"'«»") for w in sentence[:start].split()[-3:]]
    return any(w.casefold() in _RELATIVE or _RELATIVE_STEM.match(w) for w in words if w)


class _Point:
    """Where a stated day of an earlier event starts in a sentence (a span's stand-in)."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def group(self) -> str:
        return self._text


def _earlier_day(sentence: str, own_day: str, lang: str | None) -> _Point | None:
    """The first day ``sentence`` states :data:`RECALL_FIGURE_DAYS` to 366 days before
    ``own_day`` (``YYYY-MM-DD`` or ``--MM-DD``: a year-less day takes the latest year not
    after it), else ``None``.

    Examples
    --------
    >>> _earlier_day("где 21 сентября отравились 512", "--10-05", "ru").group()
    '21 сентября'
    >>> _earlier_day("5 октября отравились 143", "--10-05", "ru") is None
    True
    >>> _earlier_day("本月16日，146个航班被取消", "2027-11-27", "zh").group()
    '16日'
    >>> _earlier_day("27日，38个航班被取消", "2027-11-27", "zh") is None
    True
    >>> _earlier_day("自4月1日起将日产量提高至3.8万桶", "2046-03-03", "zh") is None  # ahead
    True
    """
    import datetime as dt

    from storyline.text.dates import match_date

    year = int(own_day[:4]) if own_day[:4].isdigit() else 2000
    try:
        own = dt.date(year, int(own_day[-5:-3]), int(own_day[-2:]))
    except ValueError:
        return None
    folded = to_ascii_digits(sentence)
    for m in _CJK_MONTH_DAY.finditer(folded):  # "本月16日", "上月28日", "16일": this month's or the last
        dom, back = int(m.group("d")), bool(m.group("last"))
        month = own.month - (1 if back or dom > own.day else 0)
        year_of = own.year - (1 if month == 0 else 0)
        try:
            day = dt.date(year_of, month or 12, dom)
        except ValueError:
            continue
        if RECALL_FIGURE_DAYS <= (own - day).days <= 366:
            return _Point(m.start("d"), sentence[m.start("d") : m.end()])
    pos = 0
    while pos < len(folded):
        found = match_date(folded[pos:], lang, year=year)
        if found is None:
            return None
        value, start, end = found
        if value.precision in ("day", "minute", "second", "hour"):
            day = dt.date.fromisoformat(value.iso[:10])
            if day > own + dt.timedelta(days=2) and not _states_year(folded[pos + start : pos + end]):
                year_before = day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else day
                # a year-less day nearer ahead than back is the day a change takes effect
                # ("from 1 April", "自4月1日起", a month on), not one eleven months before
                day = day if (day - own).days < (own - year_before).days else year_before
            if RECALL_FIGURE_DAYS <= (own - day).days <= 366:
                return _Point(pos + start, sentence[pos + start : pos + end])
        pos += max(end, 1)
    return None


def _states_year(text: str) -> bool:
    return bool(re.search(r"(?<!\d)(?:1[3-4]\d\d|19\d\d|20\d\d)(?!\d)", text))


def _opens(sentence: str, start: int) -> bool:
    """Whether a span starting at ``start`` opens ``sentence`` (one short word before it at most:
    ``Всего``, ``Just``).

    Examples
    --------
    >>> _opens("Всего три недели назад музей передал 27", 6), _opens("三周前，该公司", 0)
    (True, True)
    >>> _opens("Israels erst vor drei Wochen vereidigte Regierung", 13)
    False
    """
    before = sentence[:start].strip()
    return len(before) <= 8 and len(before.split()) <= 1


def _points_back(span: str) -> bool:
    """Whether a span places another event before the sentence's (``after``, ``ago``, ``назад``,
    ``前``, ``بعد``, ``پیش``, ``hace``, ``önce``...), not after it or as a comparison.

    Examples
    --------
    >>> _points_back("three weeks after"), _points_back("месяцем ранее"), _points_back("两周后")
    (True, False, False)
    """
    return not _FORWARD.search(span)


_FIGURE_FACTS = ("pct:", "amt:", "score:", "n.", "hn.")


def drop_recalled(facts: tuple[str, ...], recalled: tuple[str, ...]) -> tuple[str, ...]:
    """``facts`` less the figures (percentages, amounts, counts) whose value is recalled.

    Examples
    --------
    >>> drop_recalled(("pct:18.3", "pct:64.3", "day:11-24"), ("64.3",))
    ('pct:18.3', 'day:11-24')
    """
    if not recalled:
        return facts
    gone = set(recalled)
    return tuple(
        f for f in facts if not (f.startswith(_FIGURE_FACTS) and f.rpartition(":")[2] in gone)
    )


@lru_cache(maxsize=16384)
def _figures(keys: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(own specific figures, recalled figures) of an article's link keys."""
    if not keys or '"rf"' not in keys and '"n"' not in keys:
        return frozenset(), frozenset()
    try:
        data = json.loads(keys)
    except ValueError:
        return frozenset(), frozenset()
    recalled = frozenset(v for v in data.get("rf", []) if isinstance(v, str))
    own = frozenset(v for v in data.get("n", []) if isinstance(v, str) and specific_figure(v))
    return own - recalled, recalled


def figure_recall_conflict(a: str | None, b: str | None) -> bool:
    """Whether one side recalls, as an event a week or more before its own, a figure the other
    states as its own and does not recall (link keys ``"rf"`` against ``"n"``), and the two
    state no specific figure of their own in common.

    Examples
    --------
    >>> figure_recall_conflict('{"n":["64.3"],"rf":["64.3"]}', '{"n":["21.6","64.3"]}')
    True
    >>> figure_recall_conflict('{"n":["64.3"],"rf":["64.3"]}', '{"n":["21.6"]}')
    False
    >>> figure_recall_conflict(None, '{"n":["14"]}')
    False
    >>> # another report of the later event, restating the earlier figure without a span
    >>> figure_recall_conflict('{"n":["35","68"],"rf":["68"]}', '{"n":["35","68"]}')
    False
    """
    if not a or not b or ('"rf"' not in a and '"rf"' not in b):
        return False
    own_a, recalled_a = _figures(a)
    own_b, recalled_b = _figures(b)
    if own_a & own_b:  # they state one figure as their own: one event, restating another's
        return False
    return bool(recalled_a & own_b) or bool(recalled_b & own_a)


def figure_recall_line(a: str | None, b: str | None, weight: float) -> str:
    """An evidence line for a pair where one recalls the other's figures as an earlier event's
    (``""`` when it does not: :func:`figure_recall_conflict`).

    Examples
    --------
    >>> figure_recall_line('{"n":["14"],"rf":["14"]}', '{"n":["14","31"]}', 5.0)
    "-5.0 one recalls as an earlier occurrence's (a week or more before its own, or the value before its change) a figure the other states (14): another occurrence?"
    """
    if weight <= 0 or not figure_recall_conflict(a, b):
        return ""
    own_a, recalled_a = _figures(a)
    own_b, recalled_b = _figures(b)
    shown = ", ".join(sorted((recalled_a & own_b) | (recalled_b & own_a)))
    return (
        f"-{weight:.1f} one recalls as an earlier occurrence's (a week or more before its own, "
        f"or the value before its change) a figure the other states ({shown}): another occurrence?"
    )
