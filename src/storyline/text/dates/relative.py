"""Relative date references ("on Sunday", "two weeks ago", "دیروز", "أمس").

Conventions, all relative to the anchor's calendar day (the publication
date, never the scrape date):

- a bare weekday ("on Sunday", "روز شنبه", "в воскресенье") is the most
  recent such day on or before the anchor day (news report past events);
- "last Sunday" / "Sunday last" / "جمعه گذشته" / "الأحد الماضي" is the most
  recent such day strictly before the anchor day;
- "next Sunday" is the first such day strictly after it;
- "Monday of last week" (``دوشنبه هفته گذشته``, ``上周一``) is that weekday in
  the calendar week before the anchor's week (weeks start on Saturday for
  fa and ar, on Monday for every other language);
- "last week" is seven days before the anchor; "N days/weeks/months/years
  ago" subtracts (months and years clamp the day to the month's end).

Examples
--------
>>> import datetime as dt
>>> anchor = dt.datetime(2018, 12, 31, 9, 0)  # a Monday
>>> resolve_relative("on Sunday", anchor)
datetime.date(2018, 12, 30)
>>> [r.resolved for r in find_relative_dates("Il a parlé hier.", "fr", anchor)]
['2018-12-30']
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from storyline.text.dates.relative_rules import (
    FOLD,
    KEYWORDS,
    RULES,
    SAT_START,
    SEARCH_SCRIPTS,
    UNIT_DAYS,
    UNIT_PREFIX,
    WD_INDEX,
    ZH_WD,
)
from storyline.text.dates.tables import (
    NUMBERS,
    alternation,
    fold_key,
    lower_case_weekdays,
    whole_weekday_names,
)

_L = r"(?<![^\W\d_])"  # no letter before
_R = r"(?![^\W\d_])"  # no letter after


@dataclass(frozen=True)
class RelativeDate:
    """A relative date reference found in a text.

    ``resolved`` is the ISO calendar date, or ``None`` when there was no anchor.
    """

    text: str
    start: int
    end: int
    resolved: str | None


def _compile(rules: list[tuple[str, str, object]], cjk: bool) -> re.Pattern[str]:
    body = "|".join(f"(?:{pattern})" for pattern, _, _ in rules)
    body = re.sub(r"\(\?P<\w+>", "(?:", body)  # groups matter only in _RULE_RES
    return re.compile(body if cjk else f"{_L}(?:{body}){_R}", re.IGNORECASE)


def _expand(lang: str) -> list[tuple[str, str, object]]:
    wd = alternation(list(WD_INDEX[lang]))
    rules = [(p.replace("@WD@", wd), k, v) for p, k, v in RULES[lang]]
    if lang == "ar":  # Arabic rules match folded text (Persian letter forms)
        rules = [(p.translate(FOLD), k, v) for p, k, v in rules]
    return rules


_EXPANDED = {lang: _expand(lang) for lang in RULES}
# Words that can open a rule: matching is tried only where one of them starts.
_TRIGGERS: dict[str, set[str]] = {}
for _lang, _words in KEYWORDS.items():  # search languages have none: they need none
    _first = {k.split()[0] for k in WD_INDEX[_lang]} | {k.split()[0] for k in NUMBERS}
    for _word in {fold_key(w) for w in _words.split()} | _first:
        _TRIGGERS.setdefault(_word, set()).add(_lang)
_WORD_RE = re.compile(r"[^\W_]+")
_SCRIPT_RES = {lang: re.compile(script) for lang, script in SEARCH_SCRIPTS.items()}
_RULE_RES = {
    lang: [(re.compile(p, re.I), k, v) for p, k, v in rules] for lang, rules in _EXPANDED.items()
}
_SEARCH_RES = {lang: _compile(rules, lang in SEARCH_SCRIPTS) for lang, rules in _EXPANDED.items()}


def _unit_of(word: str) -> str | None:
    word = fold_key(word)
    for unit in ("w", "m", "y", "d"):
        if any(word.startswith(fold_key(p)) for p in UNIT_PREFIX[unit]):
            return unit
    return None


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit in UNIT_DAYS:
        return day - dt.timedelta(days=n * UNIT_DAYS[unit])
    months = n * (12 if unit == "y" else 1)
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _weekday(day: dt.date, wd: int, mode: str, lang: str) -> dt.date:
    back = (day.weekday() - wd) % 7
    if mode == "on_or_before":
        return day - dt.timedelta(days=back)
    if mode == "before":
        return day - dt.timedelta(days=back or 7)
    if mode == "after":
        return day + dt.timedelta(days=(wd - day.weekday()) % 7 or 7)
    start_wd = 5 if lang in SAT_START else 0
    week_start = day - dt.timedelta(days=(day.weekday() - start_wd) % 7)
    return week_start - dt.timedelta(days=7) + dt.timedelta(days=(wd - start_wd) % 7)


def _resolve_match(snippet: str, day: dt.date, lang: str) -> dt.date | None:
    for rule_re, kind, value in _RULE_RES[lang]:
        m = rule_re.fullmatch(snippet)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v}
        if kind == "days":
            return day + dt.timedelta(days=int(value))  # type: ignore[call-overload]
        if kind == "wd":
            name = groups.get("wd") or groups.get("wd2") or ""
            wd = ZH_WD.get(name) if name in ZH_WD else WD_INDEX[lang].get(fold_key(name))
            return None if wd is None else _weekday(day, wd, str(value), lang)
        unit = _unit_of(groups.get("u") or groups.get("u2") or "")
        if unit is None:
            return None
        if kind == "unit":
            return _shift(day, unit, 1)
        raw = groups.get("n")
        n = int(value) if isinstance(value, int) else 1
        if raw:
            n = int(raw) if raw.isdigit() else NUMBERS.get(fold_key(raw), 1)
        return _shift(day, unit, n)
    return None


@lru_cache(maxsize=64)
def _langs(lang: str | None) -> tuple[str, ...]:
    base = (lang or "").split("-")[0].lower()
    return (base,) if base in RULES else tuple(RULES)


def find_relative_dates(
    text: str, lang: str | None, anchor: dt.datetime | None
) -> list[RelativeDate]:
    """Find relative date references; resolve them against ``anchor`` if given.

    ``resolved`` is always ``None`` without an anchor: relative references are
    resolved only against a known publication date, never the scrape date.
    With an unknown ``lang`` every language's rules are tried.

    Examples
    --------
    >>> import datetime as dt
    >>> found = find_relative_dates("Assad said on Sunday, two weeks ago.", "en", None)
    >>> [(r.text, r.resolved) for r in found]
    [('on Sunday', None), ('two weeks ago', None)]
    >>> anchor = dt.datetime(2018, 12, 31)
    >>> [r.resolved for r in find_relative_dates("روز جمعه گذشته", "fa", anchor)]
    ['2018-12-28']
    """
    folded = text.translate(FOLD)
    day = anchor.date() if anchor is not None else None
    out: list[RelativeDate] = []
    langs = _langs(lang)
    matches: list[tuple[re.Match[str], str]] = []
    for code, script_re in _SCRIPT_RES.items():
        if code in langs and script_re.search(folded):
            matches.extend((m, code) for m in _SEARCH_RES[code].finditer(folded))
    end = cursor = 0
    for word in _WORD_RE.findall(folded):
        start = folded.find(word, cursor)  # only non-word characters lie in between
        cursor = start + len(word)
        if start < end:
            continue
        codes = langs if word.isdigit() else _TRIGGERS.get(word.lower(), ())
        for code in codes:
            if code not in langs:
                continue
            m = _SEARCH_RES[code].match(folded, start)
            if m is not None:
                matches.append((m, code))
                end = m.end()
                break
    for m, code in sorted(matches, key=lambda pair: pair[0].start()):
        start, stop = m.span()
        if out and start < out[-1].end:
            continue
        resolved = _resolve_match(m.group(0), day, code) if day is not None else None
        out.append(
            RelativeDate(text[start:stop], start, stop, resolved.isoformat() if resolved else None)
        )
    return out


def stated_weekdays(text: str, lang: str | None, *, own_only: bool = False) -> tuple[int, ...]:
    """The weekdays ``text`` names as days that have come (0 = Monday ... 6 = Sunday), sorted.

    A bare weekday (``on Sunday``, ``اليوم الثلاثاء``, ``روز دوشنبه``,
    ``в среду``), ``last Sunday`` and ``Sunday of last week`` count: news
    reports say on which weekday their event happened. ``next Sunday`` (a
    day to come) does not; neither do ``today`` or ``yesterday``, which
    name no weekday. With ``own_only``, beside a bare weekday ``last Friday``
    is another event's day (``on Tuesday downgraded 14 banks, following last
    Friday's cut``): only the bare one counts.

    Examples
    --------
    >>> stated_weekdays("وقّع العراق وإيران، اليوم الثلاثاء، مذكرة تفاهم", "ar")
    (1,)
    >>> stated_weekdays("Ministers met on Sunday and will meet again next Friday.", "en")
    (6,)
    >>> stated_weekdays("وزیران روز دوشنبه دیدار کردند", "fa"), stated_weekdays("Talks yesterday.", "en")
    ((0,), ())
    >>> text = "On Tuesday it cut 14 banks, following last Friday's cut."
    >>> stated_weekdays(text, "en"), stated_weekdays(text, "en", own_only=True)
    ((1, 4), (1,))
    >>> stated_weekdays("The final was played last Sunday in Basra.", "en", own_only=True)
    (6,)
    """
    found: set[int] = set()
    earlier: set[int] = set()  # "last Friday": the event's day, or another event's before it
    for ref in find_relative_dates(text, lang, None):
        folded = ref.text.translate(FOLD)
        for code in _langs(lang):
            for rule_re, kind, value in _RULE_RES[code]:
                m = rule_re.fullmatch(folded)
                if m is None:
                    continue
                if kind == "wd" and value != "after":
                    name = m.groupdict().get("wd") or m.groupdict().get("wd2") or ""
                    wd = ZH_WD.get(name) if name in ZH_WD else WD_INDEX[code].get(fold_key(name))
                    if wd is not None:
                        (earlier if value in ("before", "lastweek") else found).add(wd)
                break
            else:
                continue
            break
    base = (lang or "").split("-")[0].lower()
    if base and base not in RULES:  # no rules: a bare whole weekday name is the event's day
        found |= _whole_weekdays(text, base)
    return tuple(sorted((found or earlier) if own_only else (found | earlier)))


#: A weekday name this long may run on into a suffix or a word for "day" (Tamil
#: ``வெள்ளிக்கிழமை``, Finnish ``lauantaina``, Dutch ``zondagavond``); a shorter one must
#: stand alone (Malay ``Rabu``, Hungarian ``kedd``).
_SUFFIXED_NAME_CHARS = 5


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


#: Arabic letter forms unified as the names' lookup keys are, one character for one.
_NAME_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " "})


@lru_cache(maxsize=64)
def _whole_weekday_re(lang: str) -> re.Pattern[str] | None:
    names = whole_weekday_names(lang)
    return re.compile(alternation(list(names)), re.IGNORECASE) if names else None


def _capital_is_a_name(name: str, lang: str) -> bool:
    """Whether a capitalised ``name`` is another word (the city of Dushanbe, not Tajik
    ``душанбе``, Monday): in Cyrillic script, and in languages whose CLDR names are lower
    case (Dutch ``dinsdag``), weekdays are written in lower case (a sentence seldom opens
    with one; a dateline's city often does)."""
    if "\u0400" <= name[:1] <= "\u04ff":
        return True
    return lower_case_weekdays(lang)


def _whole_weekdays(text: str, lang: str) -> set[int]:
    """The weekdays ``text`` names by their whole CLDR names, in a language the rules above
    do not cover (Sinhala ``අද (අඟහරුවාදා)``, Swahili ``siku ya Jumanne``): reports say on
    which weekday their event happened. Without rules for ``last`` or ``next`` every
    whole name counts; a capitalised one only where weekdays are capitalised
    (:func:`_capital_is_a_name`).

    Examples
    --------
    >>> sorted(_whole_weekdays("Watu watatu walikufa Jumanne usiku.", "sw"))
    [1]
    >>> sorted(_whole_weekdays("de brand van zondagavond", "nl")), _whole_weekdays("kedden", "hu")
    ([6], set())
    >>> sorted(_whole_weekdays("Душанбе, 15 октябр. Рӯзи якшанбе дар Душанбе", "tg"))
    [6]
    """
    pattern = _whole_weekday_re(lang)
    if pattern is None:
        return set()
    names = whole_weekday_names(lang)
    folded = text.translate(_NAME_FOLD)
    out: set[int] = set()
    for m in pattern.finditer(folded):
        before, after = folded[m.start() - 1 : m.start()], folded[m.end() : m.end() + 1]
        name = m.group(0)
        if before and _letter(before):
            continue
        if after and _letter(after) and len(name) < _SUFFIXED_NAME_CHARS:
            continue
        if name[:1].isupper() and _capital_is_a_name(name, lang):
            continue
        number = names.get(fold_key(name))
        if number is not None:
            out.add(number)
    return out


def resolve_relative(
    expression: str, anchor: dt.datetime, lang: str | None = None
) -> dt.date | None:
    """Resolve one relative expression against ``anchor`` (publication time).

    Examples
    --------
    >>> import datetime as dt
    >>> a = dt.datetime(2018, 12, 31)  # Monday
    >>> resolve_relative("two weeks ago", a), resolve_relative("last Monday", a)
    (datetime.date(2018, 12, 17), datetime.date(2018, 12, 24))
    >>> resolve_relative("دوشنبه هفته گذشته", a, "fa"), resolve_relative("أمس", a)
    (datetime.date(2018, 12, 24), datetime.date(2018, 12, 30))
    >>> resolve_relative("в воскресенье", a, "ru") is not None
    True
    """
    found = find_relative_dates(expression, lang, anchor)
    if not found:
        return None
    return dt.date.fromisoformat(found[0].resolved) if found[0].resolved else None
