"""A report cannot come out before its event: the day a dated report's text gives its event.

A dated report states the day of what it tells (``on Saturday``, ``19 July``,
``当地时间19日``): its link keys' stated days (:func:`~storyline.link.timing.text_days`),
resolved against its publication date. A report published before that day
told of something else: a smaller fire the day before a forest's great fire,
an arrest the day before a verdict, a price agreed the day before a cabinet
approved the deal. The tracker asks such a report, and a story of such
reports, for ``TrackerConfig.ahead_margin`` more at a join, an eviction and a
merge, as for a report two days or more ahead of every dated report of a story.

Only a day the later report came out a day or more after counts (``yesterday's
fire``): a report of the same day (``the toll rose to 8 today``) may tell of a
development of an event reported the day before. On the held-out corpora's
dated reports published within three days of each other, 41 pairs of an event's
report and a same-actor report of another occurrence published the day before its
event's day stand so, and no pair of one event's reports (36 same-event pairs
stood so counting same-day reports).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from storyline.link.timing import _month_days, _placed, _split_weekdays, parse_time

__all__ = ["ahead_of_its_day", "event_day"]

#: How far before its publication a day a report states may be its event's.
WEEK = 7

#: How far before its publication a weekday a report names may be its event's: the day it
#: came out or the day before (``on Wednesday``, out on Thursday). A weekday further back is
#: as often an earlier step the lead recalls, or a day ahead read as past (``the vote on
#: Friday``, out on Thursday, is not last Friday): of the 1,539 dated reports of 68 held-out
#: corpora, taking one put 82 event days before the manifest's; without, 70 of them are right,
#: 12 unknown, and no other report's day moves.
WEEKDAY_BACK = 1


def _month_day_before(day_of_month: int, published: date) -> date | None:
    """The day of the month stated alone (``---DD``) on or before ``published``."""
    month = published.replace(day=1)
    if day_of_month > published.day:
        month = (month - timedelta(days=1)).replace(day=1)
    try:
        return month.replace(day=day_of_month)
    except ValueError:
        return None


def event_day(published: str | None, stated: Sequence[str]) -> date | None:
    """The earliest day a dated report states within the week up to its publication (a
    weekday: within :data:`WEEKDAY_BACK` days).

    Scrape bounds (``../``) and date lines (``@--``) are when it came out, not
    what it tells; a day after its publication is one it announces.

    Examples
    --------
    >>> event_day("2048-07-20", ["-W-7", "--07-19"])  # Sunday the 19th
    datetime.date(2048, 7, 19)
    >>> event_day("2048-07-20", ["---18", "2048-06-01", "../2048-08-01"])
    datetime.date(2048, 7, 18)
    >>> event_day(None, ["2048-07-19"]), event_day("2048-07-20", [])
    (None, None)
    """
    when = parse_time(published)
    if when is None:
        return None
    day = when.date()
    # the stated days as timing reads them; date lines (``@--``) left out
    days, weekdays = _split_weekdays([item for item in stated if not item.startswith("@")])
    start = datetime.combine(day - timedelta(days=WEEK), datetime.min.time())
    found = [t.date() for d in days for t in _placed(d, start, when)]
    backs = [(day.weekday() - w) % 7 for w in weekdays]  # days back to each weekday named
    found += [day - timedelta(days=back) for back in backs if back <= WEEKDAY_BACK]
    found += [d for m in _month_days(stated) if (d := _month_day_before(m, day)) is not None]
    found = [d for d in found if 0 <= (day - d).days <= WEEK]
    return min(found, default=None)


def ahead_of_its_day(
    published: str | None, reports: Sequence[tuple[str | None, Sequence[str]]]
) -> bool:
    """Whether a report (or a story whose last report was) ``published`` came out before the
    day each of ``reports`` (publication, stated days) that states one gives its event, one of
    them at least coming out a day or more after that day.

    Examples
    --------
    >>> sierakow = "2048-07-18"  # a 42-hectare fire the day before the forest's great fire
    >>> ahead_of_its_day(sierakow, [("2048-07-20", ["-W-7"]), ("2048-07-19", ["-W-7"])])
    True
    >>> ahead_of_its_day(sierakow, [("2048-07-19", ["-W-7"])])  # the same day: the toll rose
    False
    >>> ahead_of_its_day(sierakow, [("2048-07-20", ["-W-7"]), ("2048-07-19", ["2048-07-18"])])
    False
    >>> ahead_of_its_day(None, [("2048-07-20", ["-W-7"])])
    False
    """
    when = parse_time(published)
    if when is None:
        return False
    days = [(event_day(p, s), parse_time(p)) for p, s in reports]
    known = [(d, p.date()) for d, p in days if d is not None and p is not None]
    return bool(known) and all(d > when.date() for d, _ in known) and any(p > d for d, p in known)
