"""Time evidence: what the dates, years, days and weekdays of an article and a story say.

Most scraped reports carry no clean publication date, and "date unknown"
must not mean "date compatible". :func:`time_evidence` weighs an article's
publication date, or else what its text states (years, days, weekdays, a
scrape date that bounds publication from above, a yearless dateline),
against a story's date span or, for an undated story, against what its
core's texts state; it returns :class:`TimeEvidence`: the gap in days and
the margin of content evidence the join then needs, with the note that
"joined because ..." shows. The link keys (:func:`~storyline.link.decide.link_keys`)
carry the text's evidence; :func:`text_years` and :func:`text_days` read it.

Examples
--------
>>> text_years('{"n":["2019","400"]}', "en")
[2019]
>>> ev = time_evidence(None, [], "2025-03-09", "2025-03-11", stated=["2025-03-10"],
...                    quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)
>>> ev.margin, ev.note
(0.0, "date unknown; its text states 2025-03-10, inside the story's dates")
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = [
    "FAR_DAYS",
    "HISTORY_YEARS",
    "TARGET_YEARS",
    "WEEKDAY_WINDOW",
    "TimeEvidence",
    "ahead_of",
    "gap_days",
    "parse_time",
    "recalled_together",
    "recalled_years",
    "stated_gap",
    "text_days",
    "text_years",
    "time_evidence",
    "weekdays_recalled",
]


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 date or time as a naive UTC datetime, or ``None``.

    Examples
    --------
    >>> parse_time("2025-03-09T11:20:00+00:00").hour, parse_time("nope")
    (11, None)
    """
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.replace(tzinfo=None) if t.tzinfo is None else t.astimezone().replace(tzinfo=None)


def gap_days(a: str | None, b: str | None) -> float | None:
    """Days between two ISO times, ``None`` when either is unknown.

    Examples
    --------
    >>> gap_days("2025-03-09", "2025-03-12"), gap_days(None, "2025-03-12")
    (3.0, None)
    """
    ta, tb = parse_time(a), parse_time(b)
    if ta is None or tb is None:
        return None
    return abs((ta - tb).total_seconds()) / 86400.0


def text_years(keys: str | None, lang: str) -> list[int]:
    """Calendar years stated in an article's lead (from its link keys).

    The keys' ``"y"`` (years read as years, in any calendar, 1950-2100:
    ``2,000 marchers`` is a count); for keys computed before it was kept,
    the numbers ``"n"``: Gregorian years 1950-2100 and, in Persian,
    solar-hijri years 1330-1479 (as the Gregorian year they mostly fall
    in, +621).

    Examples
    --------
    >>> text_years('{"n":["1397","2018","30"]}', "fa")
    [2018]
    >>> text_years('{"n":["2000","2019"],"y":[2019]}', "en")  # 2000 marchers
    [2019]
    >>> text_years(None, "en")
    []
    """
    if not keys:
        return []
    try:
        data = json.loads(keys)
        numbers = data.get("n", [])
    except (ValueError, AttributeError):
        return []
    stated = data.get("y")
    if isinstance(stated, list) and all(isinstance(y, int) for y in stated):
        # years read as years ("2,000 marchers" is a count); keys of old stores held strings
        return sorted({y for y in stated if 1950 <= y <= 2100})
    years: set[int] = set()
    for raw in numbers:
        if not raw.isdigit():
            continue
        value = int(raw)
        if 1950 <= value <= 2100:
            years.add(value)
        elif lang.startswith("fa") and 1330 <= value <= 1479:
            years.add(value + 621)
    return sorted(years)


def recalled_years(keys: str | None) -> list[int]:
    """The years an article names only as another occurrence's (its link keys' ``"ry"``).

    Examples
    --------
    >>> recalled_years('{"y":[2027],"ry":[2024]}'), recalled_years('{"y":[2027]}'), recalled_years(None)
    ([2024], [], [])
    """
    if not keys or '"ry"' not in keys:  # most keys have none: no JSON to parse
        return []
    try:
        found = json.loads(keys).get("ry", [])
    except (ValueError, AttributeError):
        return []
    return sorted({y for y in found if isinstance(y, int) and 1950 <= y <= 2100})


def text_days(keys: str | None) -> list[str]:
    """The days an article's headline and first paragraphs state (its link keys' ``"d"``, ``"w"``).

    ``YYYY-MM-DD`` for full dates, ``--MM-DD`` for dates without a year,
    then the weekdays its first paragraph gives as the event's day as ISO
    8601 truncated week dates ``-W-D`` (``-W-1`` Monday ... ``-W-7``
    Sunday), then the scrape date as an interval open at the start
    (``../2024-11-07``: published that day or before), then the day and
    month a date-only line without a year gives (``@--11-20``: published
    that day of some year), then the day of the month a report states without
    its month (``---16``, ISO 8601's truncated day: ``当地时间16日``); empty for
    keys computed before days were kept.

    Examples
    --------
    >>> text_days('{"n":["2019"],"d":["--04-27","2019-03-12"]}')
    ['--04-27', '2019-03-12']
    >>> text_days('{"d":[],"w":[1]}')
    ['-W-2']
    >>> text_days('{"n":[]}'), text_days(None)
    ([], [])
    >>> text_days('{"d":[],"w":[],"s":"2024-11-07"}')
    ['../2024-11-07']
    >>> text_days('{"d":["--11-20"],"m":"--11-20"}')
    ['--11-20', '@--11-20']
    >>> text_days('{"d":[],"f":["day:16","n.个航:146"]}')  # the 16th of some month
    ['---16']
    """
    if not keys:
        return []
    try:
        data = json.loads(keys)
        days = data.get("d", [])
        weekdays = data.get("w", [])
    except (ValueError, AttributeError):
        return []
    out = [d for d in days if isinstance(d, str)]
    out += [f"-W-{w + 1}" for w in weekdays if isinstance(w, int) and 0 <= w <= 6]
    scraped = data.get("s")
    if isinstance(scraped, str) and len(scraped) == 10:
        out.append(f"../{scraped}")  # ISO 8601-2 open start: published on or before that day
    day = data.get("m")
    if isinstance(day, str) and len(day) == 7 and day.startswith("--"):
        out.append(f"@{day}")  # published on that day of some year
    facts = data.get("f", [])
    out += [  # "当地时间16日": the day of the month only (link/recall.py's "day:DD")
        f"---{f[4:]}" for f in facts if isinstance(f, str) and len(f) == 6 and f.startswith("day:")
    ]
    return out


#: A year this many years or more before the other side's is a historical reference
#: (the 1975 Algiers Agreement, the 2000 reform), not evidence of when the event was.
HISTORY_YEARS = 10


#: A stated day this many days or more from the other side's dates is another
#: occurrence, not a follow-up: it counts ``year_margin`` twice.
FAR_DAYS = 365.0


def _far(gap: float, year_margin: float) -> float:
    """The extra margin of a stated day a year or more away."""
    return year_margin if gap >= FAR_DAYS else 0.0


#: A year this many years or more after the other side's last is a plan or a target
#: (``by 2030``, ``until 2028``), not evidence of when the event was: a report of a 2026
#: meeting names the 2030 goal it set, one of a 2027 event seldom names 2027 itself.
TARGET_YEARS = 2


def _recent(years: Sequence[int], reference: int, last: int | None = None) -> list[int]:
    """The years not ``HISTORY_YEARS`` or more before ``reference`` nor targets after ``last``.

    ``last``: the latest year of the other side's dates; a year
    :data:`TARGET_YEARS` or more after it is a target (``None``: no year is).

    Examples
    --------
    >>> _recent([1975, 2019, 2026, 2030], 2026, 2026)
    [2019, 2026]
    """
    until = 10_000 if last is None else last + TARGET_YEARS
    return [y for y in years if reference - HISTORY_YEARS < y < until]


#: Years named by an undated report that all lie fewer than this many years before the
#: other side's first year are background (``in October 2024 five died at the same mine``
#: in a 2027 report); from this many years on they still count against it (a 2022 report
#: of a quake naming the 2020 one is not of a 2025 quake).
BACKGROUND_YEARS = 5


def _later(years: Sequence[int], first: int) -> list[int]:
    """The years that tell when an undated report was: none when all it names lie fewer
    than :data:`BACKGROUND_YEARS` years before the other side's first year (background).

    An undated report names earlier years as background (``in October 2024 five died at
    the same mine``), seldom as its own event's: in the ten fixture corpora (session 19)
    no undated report named its own event's year alone, 9 undated reports of events
    named only earlier years (each asked ``year_margin`` more by its own story for
    it), and the undated same-actor reports of other occurrences named earlier years
    than their own too. A named year *after* the other side's is still evidence
    against it: the report was written in that year or later. So are years all five or
    more before it: on top of the shared corpus, a sample report of a 2022 quake naming
    only the 2020 one joined a 2025 quake's story without it; the years a report names as
    background lie one to five years before its own in the fixture corpora.

    Examples
    --------
    >>> _later([2023, 2024], 2027), _later([2024, 2028], 2027), _later([2027], 2027)
    ([], [2024, 2028], [2027])
    >>> _later([2020], 2025), _later([2019, 2024], 2027)
    ([2020], [])
    """
    if any(y >= first for y in years) or all(y <= first - BACKGROUND_YEARS for y in years):
        return list(years)
    return []


def _placed(day: str, first: datetime, last: datetime) -> list[datetime]:
    """``day`` as datetimes: itself, or a year-less day in each year around the span."""
    if not day.startswith("--"):
        t = parse_time(day)
        return [] if t is None else [t]
    out = []
    for year in range(first.year - 1, last.year + 2):
        try:
            out.append(datetime(year, int(day[2:4]), int(day[5:7])))
        except ValueError:  # 29 February, or a malformed value
            continue
    return out


def stated_gap(days: Sequence[str], first: datetime, last: datetime) -> tuple[float, str] | None:
    """Smallest distance in days from stated days to the span ``[first, last]``, and that day.

    A stated day covers its whole calendar day; a day without a year
    (``--04-27``) is placed in whichever year puts it nearest the span.
    ``None`` when no day is given.

    Examples
    --------
    >>> span = datetime(2025, 3, 9, 10), datetime(2025, 3, 11)
    >>> stated_gap(["2019-03-12", "2025-03-09"], *span)
    (0.0, '2025-03-09')
    >>> stated_gap(["--04-27"], *span)
    (47.0, '--04-27')
    >>> stated_gap([], *span) is None
    True
    """
    best: tuple[float, str] | None = None
    for day in days:
        for start in _placed(day, first, last):
            end = start + timedelta(days=1)
            if end <= first:
                gap = (first - end).total_seconds() / 86400.0
            elif start > last:
                gap = (start - last).total_seconds() / 86400.0
            else:
                gap = 0.0
            if best is None or gap < best[0]:
                best = (round(gap, 3), day)
    return best


def recalled_together(
    days: Sequence[str], other: Sequence[str], first: datetime, last: datetime, quiet_days: float
) -> list[str]:
    """``days`` without those more than ``quiet_days`` from ``[first, last]`` that ``other``
    states too (the same month and day; the same year where both give one).

    Two reports that state the same day far from the dated side's dates both
    recall it (the day of an accident, in two reports of the arrests ten
    days on): a day they share is no distance between them, while a day only
    the undated report states may be its own.

    Examples
    --------
    >>> span = datetime(2027, 3, 17, 9), datetime(2027, 3, 17, 9)
    >>> recalled_together(["--03-07"], ["2027-03-07", "--03-17"], *span, quiet_days=7)
    []
    >>> recalled_together(["--03-07", "--03-01"], ["2027-03-07"], *span, quiet_days=7)
    ['--03-01']
    >>> recalled_together(["2026-03-07"], ["2027-03-07"], *span, quiet_days=7)  # other years
    ['2026-03-07']
    >>> recalled_together(["--03-16"], ["--03-16"], *span, quiet_days=7)  # near: kept
    ['--03-16']
    """
    theirs = {d[-5:]: d for d in other if len(d) >= 7 and not d.startswith("---")}

    def shared(day: str) -> bool:
        mine = theirs.get(day[-5:])
        if mine is None or day.startswith("---"):
            return False
        if not day.startswith("--") and not mine.startswith("--") and day[:4] != mine[:4]:
            return False
        found = stated_gap([day], first, last)
        return found is not None and found[0] > quiet_days

    return [d for d in days if not shared(d)]


def ahead_of(last: str | None, first: str | None, days: float) -> bool:
    """Whether ``last`` lies ``days`` calendar days or more before ``first`` (hours and time
    zones aside): a report, or a story whose last report is, that far ahead of a story tells
    of what came before its event (a stop-work notice two days before a building's collapse;
    ``TrackerConfig.ahead_days``, at a join as at a merge).

    Examples
    --------
    >>> ahead_of("2034-07-10T14:40", "2034-07-12T07:55", 2.0)
    True
    >>> ahead_of("2034-07-10T23:40", "2034-07-11T20:00", 2.0), ahead_of(None, "2034-07-12", 2.0)
    (False, False)
    >>> ahead_of("2034-07-10", "2034-07-12", 0.0)  # off
    False
    """
    before, after = parse_time(last), parse_time(first)
    return before is not None and after is not None and _calendar_ahead(before, after, days)


def _calendar_ahead(before: datetime, after: datetime, days: float) -> bool:
    """Whether ``before``'s calendar day is ``days`` or more before ``after``'s (0: never)."""
    return bool(days) and (after.date() - before.date()).days >= days


def _recent_days(days: Sequence[str], reference: int) -> list[str]:
    """Full days not ``HISTORY_YEARS`` or more before ``reference`` (year-less ones kept)."""
    return [d for d in days if d.startswith("--") or int(d[:4]) > reference - HISTORY_YEARS]


def _span(days: Sequence[str]) -> tuple[datetime, datetime] | None:
    """The span of the full days among ``days`` (year-less ones left out)."""
    times = [t for t in (parse_time(d) for d in days if not d.startswith("--")) if t is not None]
    if not times:
        return None
    return min(times), max(times) + timedelta(hours=23, minutes=59)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _split_weekdays(stated: Sequence[str]) -> tuple[list[str], set[int]]:
    """Stated days and stated weekdays (``-W-D`` items, as 0 = Monday ... 6 = Sunday) apart
    (days of the month alone, ``---DD``, are read by :func:`_month_days`)."""
    days = [d for d in stated if not d.startswith(("-W-", "../", "@", "---"))]
    days += [d[1:] for d in stated if d.startswith("@") and d[1:] not in days]
    weekdays = {int(d[3:]) - 1 for d in stated if d.startswith("-W-") and d[3:] in "1234567"}
    return days, weekdays


#: An undated report naming the day of the month of a story's dates counts as dated inside
#: them only when it was scraped within this many days after the story's last date (or has no
#: scrape date): a day of the month recurs every month, and a page scraped years later may
#: tell another year's occurrence (the fixture corpora's event reports: 20 to 37 days).
MONTH_DAY_SCRAPE = 62


def _days_between(earlier: datetime | None, later: datetime | None) -> float | None:
    """Days from ``earlier`` to ``later`` (negative when it comes first); ``None`` if either is."""
    if earlier is None or later is None:
        return None
    return (later - earlier).total_seconds() / 86400.0


def _month_days(stated: Sequence[str]) -> list[int]:
    """The days of the month stated without their month (``---DD`` items)."""
    return [int(d[3:]) for d in stated if d.startswith("---") and d[3:].isdigit()]


def month_day_gap(days: Sequence[int], first: datetime, last: datetime) -> float | None:
    """Smallest distance in days from days of the month (in any month) to ``[first, last]``.

    Examples
    --------
    >>> month_day_gap([16], datetime(2027, 11, 16), datetime(2027, 11, 16, 23))
    0.0
    >>> month_day_gap([27], datetime(2027, 11, 16), datetime(2027, 11, 17))
    10.0
    >>> month_day_gap([1], datetime(2027, 11, 30), datetime(2027, 12, 1))  # the next month's
    0.0
    >>> month_day_gap([], datetime(2027, 11, 16), datetime(2027, 11, 16)) is None
    True
    """
    found = stated_gap(
        [f"--{m:02d}-{d:02d}" for d in days for m in range(1, 13) if 1 <= d <= 31], first, last
    )
    return None if found is None else found[0]


def _published_gap(
    stated: Sequence[str], first: datetime, last: datetime
) -> tuple[float, str] | None:
    """The smallest distance from a year-less publication day (``@--MM-DD`` items) to a span.

    The page came out on that day of some year: in every year it lies at
    least this far from ``[first, last]``, so the distance is a lower bound
    of the true publication gap. ``None`` when ``stated`` gives no such day.

    Examples
    --------
    >>> _published_gap(["@--11-20"], datetime(2023, 12, 17), datetime(2023, 12, 17))
    (26.0, '--11-20')
    >>> _published_gap(["--11-20"], datetime(2023, 12, 17), datetime(2023, 12, 17)) is None
    True
    """
    days = _own_days(stated)
    return stated_gap(days, first, last) if days else None


def _own_days(stated: Sequence[str]) -> list[str]:
    """The year-less days a report came out on (``@--MM-DD`` items), as ``--MM-DD``."""
    return [d[1:] for d in stated if d.startswith("@--")]


def _scrape_bound(stated: Sequence[str], latest: bool = False) -> datetime | None:
    """The end of the earliest scrape day among ``stated`` (``../YYYY-MM-DD`` items), if any;
    of the latest with ``latest``.

    A page scraped on a day was published that day or before: an undated
    report scraped weeks before a story's first report cannot tell its event.
    """
    days = [parse_time(d[3:]) for d in stated if d.startswith("../")]
    known = [d for d in days if d is not None]
    if not known:
        return None
    return (max(known) if latest else min(known)) + timedelta(days=1)


#: An undated report scraped this many days or more after every report of a dated story
#: was scraped, and after the story's last date, tells, most likely, of a later occurrence:
#: the store's scrapes of that story followed the news, and this page was kept in another
#: round of scraping years later. Only then: a scrape date bounds publication from above
#: only, and pages scraped at once from an archive (the seeds, scraped in 2024 for a 2018
#: event) say nothing of their years; a story with no scrape dates says nothing of how its
#: pages were kept. The report needs ``unknown_margin + year_margin``, as one whose stated
#: day lies outside the story's weeks.
SCRAPED_LATE_DAYS = 366.0


def _scraped_late(
    scraped: datetime | None, story_scraped: datetime | None, last: datetime | None
) -> str | None:
    """Why a page scraped :data:`SCRAPED_LATE_DAYS` or more after both the latest scrape of a
    story's reports and its ``last`` date tells of another occurrence, else ``None``
    (``scraped``, ``story_scraped``: ends of scrape days).

    Examples
    --------
    >>> _scraped_late(datetime(2037, 12, 3), datetime(2034, 7, 1), datetime(2034, 6, 2))
    "scraped 2037-12-02, about 3 years after the story's reports were"
    >>> _scraped_late(datetime(2037, 12, 3), None, datetime(2034, 6, 2)) is None
    True
    >>> _scraped_late(datetime(2037, 12, 3), datetime(2037, 11, 1), datetime(2034, 6, 2)) is None
    True
    """
    after = _days_between(story_scraped, scraped)
    since = _days_between(last, scraped)
    if scraped is None or after is None or since is None:
        return None
    if min(after, since - 1) < SCRAPED_LATE_DAYS:
        return None
    day = (scraped - timedelta(days=1)).date().isoformat()
    return f"scraped {day}, {_days(after)} after the story's reports were"


def _states_day_of(
    stated: Sequence[str], first: datetime | None, last: datetime | None, quiet_days: float
) -> bool:
    """Whether ``stated`` holds a full day (with its year) within ``quiet_days`` of the span.

    Examples
    --------
    >>> _states_day_of(["2034-06-02"], datetime(2034, 6, 2), datetime(2034, 6, 3), 7)
    True
    >>> _states_day_of(["--06-02", "-W-3"], datetime(2034, 6, 2), datetime(2034, 6, 3), 7)
    False
    """
    if first is None or last is None:
        return False
    days = [d for d in _split_weekdays(stated)[0] if d[:4].isdigit()]
    found = stated_gap(days, first, last) if days else None
    return found is not None and found[0] <= quiet_days


#: Days before and after a dated story's dates whose weekdays an undated report of it may
#: name: reports name their event's weekday and come out that day or a day or two later
#: (over a weekend), or announce it a day ahead. On 37 undated Fars reports naming only a
#: weekday, 33 name one within this window of their own publication day (24 the day or
#: the day before); see ``bench/dates.py``.
WEEKDAY_WINDOW = (2, 1)


def _dated_weekdays(first: datetime, last: datetime) -> set[int] | None:
    """The weekdays an undated report of a story dated ``first``..``last`` may name."""
    before, after = WEEKDAY_WINDOW
    return _weekdays_between(first - timedelta(days=before), last + timedelta(days=after))


def _event_weekdays(
    story_stated: Sequence[str], first: datetime, last: datetime
) -> set[int] | None:
    """The weekdays of the full days a dated story's reports state as their event's, if any,
    and of the day before the first of them.

    Only days from :data:`WEEKDAY_WINDOW` before the story's first date to its
    last count (the days its reports say their event happened; a day recalled
    from another month is not one); ``None`` when there are none, or when they
    span a week or more. A stated day may be the report's own (a byline or a
    dateline, ``5 de diciembre de 2027 - 08:40``, ``12月5日电``) and its event the
    night before: an undated report of a crush "on Saturday evening" is not
    another day than a story whose one stated day is the Sunday it was reported.

    Examples
    --------
    >>> sorted(_event_weekdays(["2021-01-04", "2019-03-12"], datetime(2021, 1, 4), datetime(2021, 1, 4)))
    [0, 6]
    >>> _event_weekdays(["--01-04"], datetime(2021, 1, 4), datetime(2021, 1, 4)) is None
    True
    """
    start = first.replace(hour=0, minute=0, second=0, microsecond=0)
    start -= timedelta(days=WEEKDAY_WINDOW[0])
    days = [t for t in (parse_time(d) for d in story_stated if not d.startswith("--")) if t]
    days = [t for t in days if start <= t <= last]
    return _weekdays_between(min(days) - timedelta(days=1), max(days)) if days else None


def _named_weekdays(weekdays: set[int], first: datetime, last: datetime) -> set[int] | None:
    """The weekdays a dated story's reports name as their event's, a day either side (an
    overnight event, another time zone), among those its dates allow (:func:`_dated_weekdays`);
    ``None`` when they name none of those, or the story spans a week or more.

    A report published on a Friday that says its ship ran aground "yesterday, Thursday"
    tells the story's event day more closely than its date: an undated report of a
    collision "at dawn on Saturday", in the same outlet and the same port, is another day
    (session 19). Naming none of these weekdays counts ``year_margin`` twice, as a stated
    day a year away does: the same outlet's report of another accident in the same port
    scored 0.95 against the story's one report.

    Examples
    --------
    >>> friday = datetime(2025, 6, 13)
    >>> sorted(_named_weekdays({3}, friday, friday))  # Thursday named: Wednesday-Friday
    [2, 3, 4]
    >>> _named_weekdays(set(), friday, friday) is None, _named_weekdays({0}, friday, friday)
    (True, None)
    """
    dated = _dated_weekdays(first, last)
    if not weekdays or dated is None:
        return None
    around = {(w + d) % 7 for w in weekdays for d in (-1, 0, 1)} & dated
    return around or None


def _weekday_distance(
    weekdays: set[int], story_weekdays: set[int], first: datetime, last: datetime
) -> float | None:
    """Days from the weekday an undated report names to its nearest fit in a dated story.

    The fit is a weekday the story's reports name for their event (0 when it is one,
    else the days to the nearest), or else a day of the story's dates on or after it
    (a report comes out the day of its event or the next: 0 or 1; two days later, 2).
    ``None`` when the report names no weekday. Between two stories that both pass,
    the tracker takes the one the weekday falls on (:func:`~storyline.link.tracker.off_its_day`):
    an undated report of a Friday final, passing both that final's story (dated that
    Friday) and the same fixture's final three years before (dated a Sunday), chose the
    older one on its one same-language member.

    Examples
    --------
    >>> friday, sunday = datetime(2026, 11, 20), datetime(2023, 12, 17)
    >>> _weekday_distance({4}, set(), friday, friday), _weekday_distance({4}, set(), sunday, sunday)
    (0.0, 2.0)
    >>> _weekday_distance({4}, {3}, sunday, sunday), _weekday_distance(set(), set(), friday, friday)
    (1.0, None)
    """
    if not weekdays:
        return None
    if story_weekdays:
        return float(min(min((w - s) % 7, (s - w) % 7) for w in weekdays for s in story_weekdays))
    days = _weekdays_between(first, last)
    if days is None:
        return None
    return float(min((d - w) % 7 for w in weekdays for d in days))


def _weekdays_between(first: datetime, last: datetime) -> set[int] | None:
    """The weekdays of the calendar days from ``first`` to ``last``; ``None`` for a week or more."""
    n = (last.date() - first.date()).days
    if n >= 6:
        return None
    return {(first + timedelta(days=i)).weekday() for i in range(n + 1)}


def weekdays_recalled(
    weekdays: set[int], month_days: Sequence[int], first: datetime, last: datetime
) -> bool:
    """Whether the weekdays an undated text names all fall just before the day of the month
    it states, read on the story's days: days it recalls, its own news being of that later day.

    A report tells of its latest day and recalls earlier ones ("the 30th" the arrests were
    announced, "this Monday" the exam was cancelled). Each weekday is read as its nearest
    date to the stated day (one to three days before it); one nearer after it (the 28th
    stated beside "Wednesday") is the text's own later day, and the stated day the recalled
    one. ``False`` when it states no day of the story's days (a day before ``first`` or after
    ``last`` counts) or names no weekday.

    Examples
    --------
    >>> week = datetime(2033, 3, 30, 19, 40), datetime(2033, 3, 30, 19, 40)  # a Wednesday
    >>> weekdays_recalled({0}, [30], *week)  # Monday, two days before the 30th
    True
    >>> weekdays_recalled({4}, [30], *week)  # Friday: nearer after the 30th than before
    False
    >>> weekdays_recalled({2}, [28], *week)  # the 28th (a Monday) and Wednesday: its own day
    False
    >>> weekdays_recalled({0}, [12], *week), weekdays_recalled(set(), [30], *week)
    (False, False)
    """
    if not weekdays or not month_days:
        return False
    day = (first - timedelta(days=1)).date()
    while day <= (last + timedelta(days=1)).date():
        if day.day in month_days and all(
            1 <= (day.weekday() - w) % 7 <= 3 for w in weekdays
        ):
            return True
        day += timedelta(days=1)
    return False


def _weekday_conflict(weekdays: set[int], days: set[int] | None) -> tuple[str, str] | None:
    """``("Tuesday", "Monday")`` when ``weekdays`` name none of ``days``' weekdays.

    ``None`` when either side names no weekday (silent: no evidence either
    way) or they share one.

    Examples
    --------
    >>> _weekday_conflict({1}, {0}), _weekday_conflict({6}, set()), _weekday_conflict(set(), {0})
    (('Tuesday', 'Monday'), None, None)
    """
    if not weekdays or not days or weekdays & days:
        return None
    mine = " or ".join(_WEEKDAY_NAMES[w] for w in sorted(weekdays))
    theirs = " or ".join(_WEEKDAY_NAMES[w] for w in sorted(days))
    return mine, theirs


@dataclass(frozen=True)
class TimeEvidence:
    """What the dates say about an article and a story.

    ``gap`` is the distance in days from the article's date to the story's
    date span (0 inside it; ``None`` when either side has no date);
    ``margin`` is added to the probability the article needs; ``note`` says
    why, in words.
    """

    gap: float | None
    margin: float
    note: str
    stated: float | None = None
    """Days from the days an undated article's text states to the story's dates, when those
    days placed it (``None``: they did not, or it is dated): how the tracker chooses between
    stories that both pass (:meth:`~storyline.link.tracker.Tracker.link_row`)."""
    named_years: bool = False
    """Undated, whose margin comes from the years its text names alone (all before, or all
    after, the story's): a year a report may name as background (``applied in 2041``), where
    the specific figures it shares with the story's core can speak for it
    (:meth:`~storyline.link.tracker_evidence.EvidenceTracker._first_stage`)."""


def time_evidence(
    published: str | None,
    years: list[int],
    first_seen: str | None,
    last_seen: str | None,
    *,
    quiet_days: float,
    quiet_margin: float,
    unknown_margin: float,
    year_margin: float,
    story_years: list[int] | None = None,
    stated: Sequence[str] = (),
    story_stated: Sequence[str] = (),
    recalled: Sequence[int] = (),
    story_recalled: Sequence[int] = (),
    ahead_days: float = 0.0,
    ahead_margin: float = 0.0,
    shared_recalled: bool = False,
) -> TimeEvidence:
    """Time evidence of an article against a story's date span ``[first_seen, last_seen]``.

    ``years`` and ``stated`` are the years and days the article's headline
    and first paragraphs state; ``story_years`` and ``story_stated`` the
    same for the story's core. Stated days are an estimate of when an
    undated report's event happened: they never replace a publication
    date, and they are trusted less (they move a margin, never the gap
    the pair model sees).

    - article dated, story dated: the gap to the span (it lowers the pair
      probabilities through the model's time prior); an article more than
      ``quiet_days`` after the story's last date, or before its first (a
      report of something earlier: the inflation figures a rate cut
      follows), needs ``quiet_margin`` more (the tracker's default is
      ``unknown_margin + year_margin`` and more: a date that far tells of
      another occurrence at least as surely as a day an undated text states);
      ``ahead_days`` calendar days or more before its first date (a lorry ban
      at 16:30 two days before a landslide reported at 14:02 is 1.9 days
      ahead by the clock, two by the calendar), but within ``quiet_days``,
      it needs ``ahead_margin`` more (0: off): a sudden event is reported the
      day it happens, so a report days ahead of every dated report of a
      story tells of what came before it (a warning, a precaution, an earlier
      tremor), while a report days after the story's first is still news of it;
    - article undated, story dated, with a date-only line without a year
      (``@--MM-DD`` in ``stated``: :func:`text_days`) more than
      ``quiet_days`` from the story's dates in every year: that distance
      is returned as the gap (a lower bound of the true one, for the pair
      model's time prior) with ``unknown_margin + year_margin``; the same
      for a dated article against an undated story whose reports give one;
    - article undated, story dated: scraped (``../YYYY-MM-DD`` in
      ``stated``, the date-only first line of a scrape) more than
      ``quiet_days`` before the story's first date, it cannot report the
      story's event: the gap is returned (the pair model's time prior weighs
      it as a publication that far before) with ``unknown_margin +
      year_margin``; otherwise a full day its text states within
      ``quiet_days`` of the span counts as a date (no margin); otherwise
      unknown is not compatible: it needs ``unknown_margin`` more, and
      ``year_margin`` more again when its stated days all lie more than
      ``quiet_days`` from the span (a year-less day in any year; a full
      day :data:`FAR_DAYS` or more away counts ``year_margin`` twice: it is
      another occurrence, not a follow-up), or when
      the years its lead states all fall outside the story's years (a
      year-less day near the span does not clear that: ``27 апреля`` next
      to "in 2021" is not a 2025 day);
    - article dated, story undated: the same, the other way round (the
      story's scrape date more than ``quiet_days`` before the article's, the
      story's stated days, then ``story_years``);
    - neither dated: ``year_margin`` when the days both state lie more than
      ``quiet_days`` apart, or, without such days, when both state years
      and share none; otherwise no time evidence (one side silent on time
      is no evidence either way: it would split reports of one event that
      only one of them dates); a day of the month stated alone (``当地时间21日``)
      more than ``quiet_days`` from the other side's day (of the month, in the
      shortest month, or full) counts ``unknown_margin + 2 * year_margin``.

    Weekdays (``-W-D`` items of ``stated`` / ``story_stated``, from the
    first paragraph: :func:`text_days`) place a report that states no day:
    when none is the weekday of the other side's stated day, or within
    :data:`WEEKDAY_WINDOW` of a dated side's dates (a dated span of a week
    or more covers them all), it is another day in an unknown year:
    ``unknown_margin + year_margin``; so do two undated reports naming only
    different weekdays (session 17: in the six development corpora no two
    undated reports of one event name different weekdays, 197 pairs of
    different events do, among them same-outlet reports of the same carmaker's
    recalls a month apart that scored 0.83 and joined on ``unknown_margin``).
    Against a dated story whose reports name their event's weekday, the window
    narrows to those weekdays and a day either side (:func:`_named_weekdays`), and
    naming none of them counts ``year_margin`` twice.

    ``shared_recalled``: a day the undated side states more than ``quiet_days``
    from the dated side's dates is no distance when the other side states it
    too (:func:`recalled_together`: two reports of arrests both recall the
    accident's day ten days before their own).

    ``recalled``: the years the article names only in sentences recalling
    another occurrence (:func:`recalled_years`); an undated article that
    recalls the year of every date of the story, and names none of them as
    its own, tells of another occurrence than the story's:
    ``unknown_margin + year_margin``; so does one recalling a year against an
    undated story whose reports were scraped in that year or before (the
    story happened by then; the article's event came after the one it recalls);
    ``story_recalled``, the same the other way round: the story's undated reports
    recall a year as another occurrence's, the article is dated in it, or, undated,
    was scraped by then.

    A year (or a stated day) :data:`HISTORY_YEARS` or more before the other
    side's is a historical reference and never counts (a 2019 report that recalls the
    1975 Algiers Agreement is not evidence against a 2019 story); nor do the
    years of an undated side that all lie before the other side's first year
    within :data:`BACKGROUND_YEARS` (background: :func:`_later`). A year :data:`TARGET_YEARS` or more
    after the other side's is a plan or a target (``by 2030``) and never
    counts either; the next year does (a report of next year's occurrence).
    An undated article that states the story's day of the month alone (within a
    day, scraped within :data:`MONTH_DAY_SCRAPE` days of the story, no weekday
    against it) is placed on that day, and the earlier years it names are then
    background too (``当地时间13日`` beside a town's 2019 UNESCO listing).

    Examples
    --------
    >>> kw = dict(quiet_days=7, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.15)
    >>> time_evidence("2025-03-10", [], "2025-03-09", "2025-03-11", **kw).note
    "inside the story's dates"
    >>> time_evidence(None, [2026], "2025-03-09", "2025-03-11", **kw).margin
    0.25
    >>> time_evidence(None, [2022], "2025-03-09", "2025-03-11", **kw).margin  # background
    0.1
    >>> time_evidence(None, [2019], "2025-03-09", "2025-03-11", **kw).margin  # six years before
    0.25
    >>> time_evidence("2025-05-01", [], "2025-03-09", "2025-03-11", **kw).note
    '51 days after the story, quiet for more than 7 days'
    >>> time_evidence("2025-03-08T20:00", [], "2025-03-09", "2025-03-11", **kw).note
    'within a day before the story'
    >>> ev = time_evidence("2025-02-27", [], "2025-03-09", "2025-03-11", **kw)
    >>> ev.margin, ev.note
    (0.2, '10 days before the story, more than 7 days')
    >>> ev = time_evidence("2025-03-06", [], "2025-03-09", "2025-03-11", ahead_days=2,
    ...                    ahead_margin=0.15, **kw)
    >>> ev.margin, ev.note
    (0.15, '3 days before the story, 2 days or more ahead of its reports')
    >>> time_evidence("2025-03-08", [], None, None, story_years=[2026], **kw).margin
    0.25
    >>> ev = time_evidence(None, [2019], "2025-03-09", "2025-03-11", stated=["2019-03-12"], **kw)
    >>> round(ev.margin, 2), ev.note
    (0.4, 'date unknown; its text states 2019-03-12, about 6 years from the story')
    >>> time_evidence(None, [], "2025-03-09", "2025-03-11", stated=["2025-03-09"], **kw).margin
    0.0
    >>> time_evidence(None, [2019], None, None, story_years=[2025], **kw).note
    'neither has a date; the article names 2019, the story 2025'
    >>> time_evidence(None, [1975], "2019-03-12", "2019-03-12", **kw).margin  # history
    0.1
    >>> time_evidence(None, [2030], "2026-10-14", "2026-10-14", **kw).margin  # a target
    0.1
    >>> time_evidence(None, [2027], "2026-10-14", "2026-10-14", **kw).margin  # next year's
    0.25
    >>> ev = time_evidence(None, [], "2024-10-03", "2024-10-03", recalled=[2024], **kw)
    >>> ev.margin, ev.note
    (0.25, "date unknown; its text recalls 2024 as another occurrence's year, the story is 2024")
    >>> time_evidence(None, [], "2025-03-09", "2025-03-11", stated=["../2025-01-20"], **kw).note
    'date unknown; scraped 2025-01-20, 47 days before the story began'
    >>> time_evidence("2026-08-09", [], None, None, story_stated=["../2021-07-05"], **kw).note
    "the story has no dates; its reports were scraped 2021-07-05, about 5 years before the article's date"
    >>> ev = time_evidence(None, [], None, None, story_stated=["../2027-08-03"], recalled=[2027], **kw)
    >>> ev.margin, ev.note
    (0.25, "neither has a date; the article recalls 2027 as another occurrence's year, the story's reports were scraped 2027-08-03")
    >>> time_evidence("2029-03-14", [], None, None, story_recalled=[2029], **kw).note
    "the story has no dates; its reports recall 2029 as another occurrence's year, the article is 2029"
    >>> ev = time_evidence(None, [], None, None, stated=["../2029-04-05"], story_recalled=[2029], **kw)
    >>> ev.margin, ev.note
    (0.25, "neither has a date; the story's reports recall 2029 as another occurrence's year, the article was scraped 2029-04-05")
    >>> ev = time_evidence(None, [], "2023-12-17", "2023-12-17", stated=["@--11-20"], **kw)
    >>> ev.gap, ev.note
    (26.0, 'date unknown; published on 11-20 (no year), at least 26 days from the story in any year')
    """
    first, last = parse_time(first_seen), parse_time(last_seen or first_seen)
    when = parse_time(published)
    scraped = _scrape_bound(stated)
    if when is None and first is not None and scraped is not None:
        gap = (first - scraped).total_seconds() / 86400.0
        if gap > quiet_days:  # it existed before the story's first report, and not days before
            return TimeEvidence(
                gap,
                unknown_margin + year_margin,
                f"date unknown; scraped {(scraped - timedelta(days=1)).date().isoformat()}, "
                f"{_days(gap)} before the story began",
            )
    if when is None and scraped is not None and last is not None:
        late = _scraped_late(scraped, _scrape_bound(story_stated, latest=True), last)
        if late is not None and not _states_day_of(stated, first, last, quiet_days):
            return TimeEvidence(None, unknown_margin + year_margin, f"date unknown; {late}")
    if when is None and first is not None and last is not None:
        found = _published_gap(stated, first, last)
        if found is not None and found[0] > quiet_days:  # came out that far away in any year
            return TimeEvidence(
                found[0],
                unknown_margin + year_margin,
                f"date unknown; published on {_shown(found[1])}, at least {_days(found[0])} "
                "from the story in any year",
            )
    if when is not None and first is None:
        story_scraped = _scrape_bound(story_stated)
        before = _days_between(story_scraped, when)
        if story_scraped is not None and before is not None and before > quiet_days:  # existed
            return TimeEvidence(  # before the article's event, not days before
                before,
                unknown_margin + year_margin,
                f"the story has no dates; its reports were scraped "
                f"{(story_scraped - timedelta(days=1)).date().isoformat()}, "
                f"{_days(before)} before the article's date",
            )
        found = _published_gap(story_stated, when, when)
        if found is not None and found[0] > quiet_days:
            return TimeEvidence(
                found[0],
                unknown_margin + year_margin,
                f"the story has no dates; its reports came out on {_shown(found[1])}, at least "
                f"{_days(found[0])} from the article's date in any year",
            )
        if when.year in story_recalled and when.year not in (story_years or []):
            return TimeEvidence(  # "fined in 2029 after an escalator stopped": the 2029 one
                None,
                unknown_margin + year_margin,
                f"the story has no dates; its reports recall {when.year} as another "
                f"occurrence's year, the article is {when.year}",
            )
    if when is None and first is None:  # one side came out by the year the other recalls
        sides = (
            ("the article recalls", "the story's reports were",
             _recalled_by(recalled, years, _scrape_bound(story_stated))),
            ("the story's reports recall", "the article was",
             _recalled_by(story_recalled, story_years or [], _scrape_bound(stated))),
        )  # fmt: skip
        for who, other, past in sides:
            if past is not None:
                return TimeEvidence(
                    None,
                    unknown_margin + year_margin,
                    f"neither has a date; {who} {past[0]} as another occurrence's year, "
                    f"{other} scraped {past[1]}",
                )
    month_days, story_month_days = _month_days(stated), _month_days(story_stated)
    own_days = (_own_days(stated), _own_days(story_stated))
    stated, weekdays = _split_weekdays(stated)
    story_stated, story_weekdays = _split_weekdays(story_stated)
    if first is None or last is None:
        if when is None:
            return _undated_pair(
                years,
                stated,
                story_years or [],
                story_stated,
                quiet_days,
                year_margin,
                unknown_margin,
                (weekdays, story_weekdays),
                (month_days, story_month_days),
                own_days,
            )
        story_stated = _recent_days(story_stated, when.year)
        if shared_recalled:
            story_stated = recalled_together(story_stated, stated, when, when, quiet_days)
        story_span = _span(story_stated)
        if story_span is not None:
            found = stated_gap([when.date().isoformat()], *story_span)
            if found is not None and found[0] > quiet_days:
                return TimeEvidence(
                    None,
                    unknown_margin + year_margin + _far(found[0], year_margin),
                    f"the story has no dates; its text states {story_span[0].date().isoformat()}"
                    f", the article is {_days(found[0])} from it",
                )
        elif story_stated:  # only days without a year: near the article's date in some year?
            found = stated_gap(story_stated, when, when)
            if found is not None and found[0] > quiet_days:
                return TimeEvidence(
                    None,
                    unknown_margin + year_margin,
                    f"the story has no dates; its text states {_shown(found[1])}, "
                    f"{_days(found[0])} from the article's date in any year",
                )
        recent = _later(_recent(story_years or [], when.year, when.year), when.year)
        if recent and when.year not in recent:
            shown = ", ".join(str(y) for y in sorted(recent)[-3:])
            return TimeEvidence(
                None,
                unknown_margin + year_margin,
                f"the story has no dates; its text names {shown}, the article is {when.year}",
            )
        dom_gap = month_day_gap(story_month_days, when, when) if not story_stated else None
        if dom_gap is not None and dom_gap > quiet_days:
            return TimeEvidence(
                None,
                unknown_margin + year_margin,
                f"the story has no dates; its text states the {_ordinal(story_month_days)} "
                f"(no month), {_days(dom_gap)} from the article's date in any month",
            )
        if not story_stated:  # a report's weekday is its event's, near its publication day
            event_days = _event_weekdays(stated, when, when)  # or the day the article states
            named = None if event_days else _named_weekdays(weekdays, when, when)
            clash = _weekday_conflict(
                story_weekdays, event_days or named or _dated_weekdays(when, when)
            )
            if clash:
                what = "the article states" if event_days or named else "the article's date"
                return TimeEvidence(
                    None,
                    unknown_margin + year_margin + (year_margin if named else 0.0),
                    f"the story has no dates; its text names {clash[0]}, {what} {clash[1]}",
                )
        scraped_after = _days_between(when, story_scraped)
        lately = scraped_after is None or scraped_after <= MONTH_DAY_SCRAPE
        if dom_gap is not None and dom_gap <= 1.0 and lately:
            return TimeEvidence(
                None,
                0.0,
                f"the story has no dates; its text states the {_ordinal(story_month_days)} "
                "(no month), the article's day",
            )
        return TimeEvidence(None, unknown_margin, "the story has no dates: needs stronger content")
    if when is None:
        stated = _recent_days(stated, first.year)
        if shared_recalled:
            stated = recalled_together(stated, story_stated, first, last, quiet_days)
        full = [d for d in stated if not d.startswith("--")]
        found = stated_gap(full, first, last) if full else None
        if found is not None and found[0] <= quiet_days:
            where = "inside the story's dates" if found[0] == 0 else f"{_days(found[0])} from them"
            return TimeEvidence(
                None, 0.0, f"date unknown; its text states {found[1]}, {where}", found[0]
            )
        far = _far(found[0], year_margin) if found is not None else 0.0  # full days only
        found = found or stated_gap(stated, first, last)
        if found is not None and found[0] > quiet_days:
            return TimeEvidence(
                None,
                unknown_margin + year_margin + far,
                f"date unknown; its text states {_shown(found[1])}, {_days(found[0])} from the story",
            )
        dom_gap = month_day_gap(month_days, first, last) if found is None else None
        if dom_gap is not None and dom_gap > quiet_days:
            return TimeEvidence(
                None,
                unknown_margin + year_margin,
                f"date unknown; its text states the {_ordinal(month_days)} (no month), "
                f"{_days(dom_gap)} from the story in any month",
            )
        span = set(range(first.year, last.year + 1))
        # a report's weekday is its event's; the story's reports came out near that day,
        # and those that state their event's day name it exactly
        event_days = _event_weekdays(story_stated, first, last)
        named = None if event_days else _named_weekdays(story_weekdays, first, last)
        clash = _weekday_conflict(weekdays, event_days or named or _dated_weekdays(first, last))
        other_day = f"; it names {clash[0]}, its reports state {clash[1]}" if clash else ""
        also = year_margin if clash else 0.0  # two lines of evidence against: both count
        if recalled and span <= set(recalled) and not span.intersection(years):
            return TimeEvidence(  # "its second return, after nine objects went back in 2024"
                None,
                unknown_margin + year_margin + also,
                f"date unknown; its text recalls {min(span)} as another occurrence's year, "
                f"the story is {min(span)}{other_day}",
            )
        scraped_after = _days_between(last, scraped)
        lately = scraped_after is None or scraped_after <= MONTH_DAY_SCRAPE
        its_day = (
            dom_gap is not None
            and dom_gap <= 1.0
            and lately
            and (not clash or weekdays_recalled(weekdays, month_days, first, last))
        )
        if its_day and clash:  # "本周一的数学考试" beside "当地时间30日下午通报": recalled
            clash, other_day, also = None, "", 0.0
        recent = _later(_recent(years, first.year, last.year), first.year)
        if its_day:  # "当地时间13日" of the story's day, beside "listed in 2019": background
            recent = [y for y in recent if y > last.year]
        if recent and not span.intersection(recent):  # a year-less day near it does not clear it
            shown = ", ".join(str(y) for y in recent[-3:])
            return TimeEvidence(
                None,
                unknown_margin + year_margin + also,
                f"date unknown; its text names {shown}, the story is {min(span)}{other_day}",
                named_years=not clash,
            )
        if found is not None and clash:  # "15 May" near the story, "on Saturday" against its
            return TimeEvidence(  # reports' Tuesday: a day it recalls, its own is another
                None,
                unknown_margin + year_margin,
                f"date unknown; its text states {_shown(found[1])}, {_days(found[0])} from the "
                f"story in some year, but names {clash[0]}, its reports state {clash[1]}",
                found[0],
            )
        if found is not None:
            return TimeEvidence(
                None,
                unknown_margin,
                f"date unknown; its text states {_shown(found[1])}, {_days(found[0])} from the "
                "story in some year: needs stronger content",
                found[0],
            )
        if its_day:  # "当地时间16日"
            return TimeEvidence(  # the story's day. Of 20 undated reports in the fixture
                None,  # corpora naming a day of the month alone, all 11 event reports named
                0.0,  # their event's, none of 9 same-actor reports of other events did
                f"date unknown; its text states the {_ordinal(month_days)} (no month), "
                "the story's day",
                dom_gap,
            )
        if clash:
            what = "its reports state" if event_days or named else "the story's dates are"
            return TimeEvidence(  # another day than the one its reports name: counted twice
                None,
                unknown_margin + year_margin + (year_margin if named else 0.0),
                f"date unknown; its text names {clash[0]}, {what} {clash[1]}",
            )
        return TimeEvidence(
            None,
            unknown_margin,
            "date unknown: needs stronger content",
            _weekday_distance(weekdays, story_weekdays, first, last),
        )
    if first <= when <= last:
        return TimeEvidence(0.0, 0.0, "inside the story's dates")
    if when < first:
        gap = (first - when).total_seconds() / 86400.0
        if gap > quiet_days:  # published before the story's event, not days before: another one
            return TimeEvidence(
                gap,
                quiet_margin,
                f"{_days(gap)} before the story, more than {quiet_days:g} days",
            )
        # calendar days ahead of every dated report (hours and time zones aside): a step before
        if _calendar_ahead(when, first, ahead_days):
            return TimeEvidence(
                gap,
                ahead_margin,
                f"{_days(gap)} before the story, {ahead_days:g} days or more ahead of its reports",
            )
        return TimeEvidence(gap, 0.0, f"{_days(gap)} before the story")
    gap = (when - last).total_seconds() / 86400.0
    if gap > quiet_days:
        return TimeEvidence(
            gap,
            quiet_margin,
            f"{_days(gap)} after the story, quiet for more than {quiet_days:g} days",
        )
    return TimeEvidence(gap, 0.0, f"{_days(gap)} after the story")


def _recalled_by(
    recalled: Sequence[int], own: Sequence[int], scraped: datetime | None
) -> tuple[int, str] | None:
    """The latest year one side names only as another occurrence's (not among ``own``, its
    own years) and the day the other side was scraped, when that was in that year or before
    (``scraped``: the scrape bound, the day after), else ``None``.

    Examples
    --------
    >>> _recalled_by([2029], [], datetime(2029, 4, 6))
    (2029, '2029-04-05')
    >>> _recalled_by([2029], [], datetime(2033, 1, 7)), _recalled_by([2029], [2029], datetime(2029, 4, 6))
    (None, None)
    """
    past = [y for y in recalled if y not in own]
    if scraped is None or not past:
        return None
    day = scraped - timedelta(days=1)
    return (max(past), day.date().isoformat()) if day.year <= max(past) else None


def _undated_pair(
    years: Sequence[int],
    stated: Sequence[str],
    story_years: Sequence[int],
    story_stated: Sequence[str],
    quiet_days: float,
    year_margin: float,
    unknown_margin: float = 0.0,
    weekdays: tuple[set[int], set[int]] = (set(), set()),
    month_days: tuple[list[int], list[int]] = ([], []),
    own_days: tuple[list[str], list[str]] = ([], []),
) -> TimeEvidence:
    """Neither the article nor the story has a date: compare what their texts state.

    ``weekdays``: the weekdays the article's and the story's first
    paragraphs give as their event's day (0 = Monday); ``month_days``: the
    days of the month they state without a month (``当地时间21日``);
    ``own_days``: the days and months (``--05-15``) they came out on in a year
    they do not give (a date-only line, an agency dateline ``БРАЗИЛИА, 15 мая.``).
    """
    story_span = _span(story_stated)
    full = [d for d in stated if not d.startswith("--")]
    if story_span is not None and full:  # a day ten years before the other side's is history
        full = _recent_days(full, story_span[1].year)
        story_span = _span(_recent_days(story_stated, max(int(d[:4]) for d in full or ["0"])))
    one_sided = _one_sided_day(
        full, stated, story_span, story_stated, weekdays, unknown_margin, year_margin
    )
    if one_sided is not None:
        return one_sided
    if story_span is not None and full:
        found = stated_gap(full, *story_span)
        if found is not None and found[0] > quiet_days:
            return TimeEvidence(
                None,
                year_margin + _far(found[0], year_margin),
                f"neither has a date; the article states {found[1]}, the story "
                f"{story_span[0].date().isoformat()}, {_days(found[0])} apart",
            )
        if found is not None:
            return TimeEvidence(None, 0.0, f"neither has a date; both state days near {found[1]}")
    yearless = _own_days_apart(own_days[0], own_days[1], full, story_stated)
    if yearless is not None and yearless[0] > quiet_days:  # "БРАЗИЛИА, 15 мая." / "11 августа."
        return TimeEvidence(
            None,
            unknown_margin + 2 * year_margin,
            f"neither has a date; the article states {yearless[1]}, the story {yearless[2]}, "
            f"at least {_days(yearless[0])} apart in any year",
        )
    apart = _month_days_apart(*month_days, full, story_stated, story_span)
    if apart is not None and apart[0] > quiet_days:  # each states its event's day: counted
        return TimeEvidence(  # twice, as a day more precise than a weekday
            None,
            unknown_margin + 2 * year_margin,
            f"neither has a date; the article states {apart[1]}, the story {apart[2]}, "
            f"at least {_days(apart[0])} apart in any month",
        )
    mine = _recent(years, max(story_years)) if story_years else []
    theirs_recent = _recent(story_years, max(years)) if years else []
    if mine and theirs_recent and not set(mine).intersection(theirs_recent):
        shown = ", ".join(str(y) for y in sorted(mine)[-3:])
        theirs = ", ".join(str(y) for y in sorted(theirs_recent)[-3:])
        return TimeEvidence(
            None, year_margin, f"neither has a date; the article names {shown}, the story {theirs}"
        )
    clash = None if stated or story_stated else _weekday_conflict(*weekdays)
    if clash:
        return TimeEvidence(
            None,
            unknown_margin + year_margin,
            f"neither has a date; the article names {clash[0]}, the story {clash[1]}",
        )
    return TimeEvidence(None, 0.0, "neither the article nor the story has a date")


def _own_days_apart(
    mine: Sequence[str], theirs: Sequence[str], full: Sequence[str], story_stated: Sequence[str]
) -> tuple[float, str, str] | None:
    """Least days, in any year, between the day and month one undated side came out on
    (``mine``, ``theirs``: ``--05-15``, from a date-only line or an agency dateline) and the
    other side's: its own, else the full days it states (``full``, ``story_stated``);
    (days, the article's, the story's), ``None`` when neither side has its own day or the
    other side states none. The days a text recalls (``after the outage of 15 May``) are
    not compared: only the day a report came out on is its own.

    Examples
    --------
    >>> _own_days_apart(["--05-15"], ["--08-11"], [], [])
    (88.0, '--05-15', '--08-11')
    >>> _own_days_apart(["--12-30"], [], [], ["2027-01-02", "--08-11"])[0]
    3.0
    >>> _own_days_apart([], [], ["2027-05-15"], ["--08-11"]) is None  # a day it only states
    True
    """
    pairs: list[tuple[str, str]] = []
    if mine:
        other = theirs or [d for d in story_stated if not d.startswith("--")]
        pairs += [(a, b) for a in mine for b in other]
    if theirs:
        pairs += [(a, b) for a in (full if not mine else []) for b in theirs]
    best: tuple[float, str, str] | None = None
    for a, b in pairs:
        try:  # a leap year: every day of the month exists
            x = datetime(2000, int(a[-5:-3]), int(a[-2:]))
            y = datetime(2000, int(b[-5:-3]), int(b[-2:]))
        except ValueError:
            continue
        diff = abs((x - y).days)
        gap = float(min(diff, 366 - diff))
        if best is None or gap < best[0]:
            best = (gap, a, b)
    return best


def _month_days_apart(
    mine: Sequence[int],
    theirs: Sequence[int],
    full: Sequence[str],
    story_stated: Sequence[str],
    story_span: tuple[datetime, datetime] | None,
) -> tuple[float, str, str] | None:
    """Least days between what two undated sides state when one states a day of the month
    alone (``mine``, ``theirs``: ``当地时间21日``) and the other a day of the month or full
    days (``full``, the story's ``story_stated``): (days, the article's, the story's);
    ``None`` when either is silent.

    Two days of the month alone are compared in the shortest month (the 1st and the 30th
    are a day apart); a day of the month against the other side's full days, in any month.

    Examples
    --------
    >>> _month_days_apart([21], [5], [], [], None)
    (12.0, 'the 21st (no month)', 'the 5th (no month)')
    >>> _month_days_apart([30], [1], [], [], None)[0]
    0.0
    >>> _month_days_apart([21], [], [], ["2027-03-05"], _span(["2027-03-05"]))[:2]
    (11.0, 'the 21st (no month)')
    >>> _month_days_apart([], [], ["2027-03-05"], [], None) is None
    True
    """
    if mine and theirs and not full and story_span is None:
        gap = min(float(min(abs(a - b), max(0, 28 - abs(a - b)))) for a in mine for b in theirs)
        return gap, f"the {_ordinal(mine)} (no month)", f"the {_ordinal(theirs)} (no month)"
    if mine and not full and story_span is not None:
        found = month_day_gap(mine, *story_span)
        if found is not None:
            return found, f"the {_ordinal(mine)} (no month)", story_span[0].date().isoformat()
    span = _span(full) if theirs and full and not _span(story_stated) else None
    if span is not None and (found := month_day_gap(theirs, *span)) is not None:
        return found, span[0].date().isoformat(), f"the {_ordinal(theirs)} (no month)"
    return None


def _one_sided_day(
    full: Sequence[str],
    stated: Sequence[str],
    story_span: tuple[datetime, datetime] | None,
    story_stated: Sequence[str],
    weekdays: tuple[set[int], set[int]],
    unknown_margin: float,
    year_margin: float,
) -> TimeEvidence | None:
    """One undated side states a full day, the other only a weekday that is not that day's.

    A report's weekday is its event's: a different one, and nothing else
    saying when, is another day in an unknown year (``unknown_margin`` +
    ``year_margin``, as a dated story's report of another day would need).
    """
    mine, theirs = weekdays
    sides = (
        ("the article", mine, "the story", story_span if not stated else None),
        ("the story", theirs, "the article", _span(full) if full and not story_stated else None),
    )
    for named, days, other, span in sides:
        if span is None:
            continue
        clash = _weekday_conflict(days, _weekdays_between(*span))
        if clash:
            return TimeEvidence(
                None,
                unknown_margin + year_margin,
                f"neither has a date; {named} names {clash[0]}, {other} states "
                f"{span[0].date().isoformat()} ({clash[1]})",
            )
    return None


def _ordinal(days: Sequence[int]) -> str:
    """Days of the month in words: ``16th``, ``1st or 2nd``."""
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
    return " or ".join(f"{d}{suffix.get(d, 'th')}" for d in sorted(set(days)))


def _shown(day: str) -> str:
    """A stated day for a reason line: ``2019-03-12``, ``04-27 (no year)``."""
    return f"{day[2:]} (no year)" if day.startswith("--") else day


def _days(gap: float) -> str:
    """``"within a day"``, ``"1 day"``, ``"12 days"``."""
    if gap < 1:
        return "within a day"
    if gap >= 700:
        return f"about {gap / 365.25:.0f} years"
    return "1 day" if round(gap) == 1 else f"{gap:.0f} days"
