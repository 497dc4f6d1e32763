"""Server-side chart geometry: the story-list sparkline and the story timeline.

The functions here only compute coordinates (numbers, dates, ids); the
templates draw them as inline SVG with autoescaping on, so article text
never reaches the markup unescaped and no script is needed in the browser.

Examples
--------
>>> s = sparkline(["2025-03-09", "2025-03-09T10:00:00+00:00", "2025-03-11"])
>>> [b.count for b in s.bars], s.first_day, s.last_day
([2, 0, 1], '2025-03-09', '2025-03-11')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from storyline.web.display import day_of

__all__ = ["Bar", "Dot", "Sparkline", "Timeline", "TimelineRow", "sparkline", "timeline"]

MAX_DAYS = 120
"""Longest span a sparkline draws day by day; older days are cut off."""


@dataclass(frozen=True)
class Bar:
    """One day of a sparkline: its date, count and rectangle."""

    day: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Sparkline:
    """Articles per day as bars in a ``width`` x ``height`` box."""

    width: int
    height: int
    bars: list[Bar]
    first_day: str | None
    last_day: str | None
    peak: int
    undated: int


def _parse_day(value: str | None) -> date | None:
    day = day_of(value)
    if day is None:
        return None
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


def sparkline(
    dates: list[str | None], width: int = 120, height: int = 24, max_bar: float = 8.0
) -> Sparkline:
    """Count articles per day from ISO dates and lay out one bar per day.

    Days without articles between the first and the last get an empty bar,
    so the shape shows how the story unfolded; undated articles are counted
    in ``undated`` only. Bars are at most ``max_bar`` wide and end at the
    right edge, so a short story is a short sparkline.

    Examples
    --------
    >>> s = sparkline(["2025-04-07", "2025-04-10", None], width=40, height=10)
    >>> len(s.bars), s.peak, s.undated, s.bars[0].height, s.bars[0].x
    (4, 1, 1, 10.0, 8.0)
    >>> sparkline([None]).bars
    []
    """
    days = [d for d in (_parse_day(v) for v in dates) if d is not None]
    undated = len(dates) - len(days)
    if not days:
        return Sparkline(width, height, [], None, None, 0, undated)
    counts = Counter(days)
    last = max(days)
    first = max(min(days), last - timedelta(days=MAX_DAYS - 1))
    n = (last - first).days + 1
    peak = max(counts.values())
    step = min(width / n, max_bar)
    left = width - step * n
    gap = min(1.0, step * 0.2)
    bars = []
    for i in range(n):
        day = first + timedelta(days=i)
        count = counts.get(day, 0)
        h = round(height * count / peak, 2) if count else 0.0
        bars.append(
            Bar(
                day.isoformat(),
                count,
                round(left + i * step, 2),
                round(height - h, 2),
                round(step - gap, 2),
                h,
            )
        )
    return Sparkline(width, height, bars, first.isoformat(), last.isoformat(), peak, undated)


@dataclass(frozen=True)
class Dot:
    """One article on the timeline."""

    article_id: str
    title: str
    lang: str
    when: str
    x: float
    y: float


@dataclass(frozen=True)
class TimelineRow:
    """One language lane of the timeline."""

    lang: str
    y: float


@dataclass(frozen=True)
class Timeline:
    """Articles over time, one lane per language (``width`` x ``height`` box)."""

    width: int
    height: int
    left: int
    rows: list[TimelineRow]
    dots: list[Dot]
    ticks: list[tuple[float, str]] = field(default_factory=list)
    undated: int = 0


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return moment


def timeline(
    articles: list[tuple[str, str, str | None, str | None]],
    width: int = 640,
    lane: int = 26,
    left: int = 44,
) -> Timeline:
    """Lay out ``(id, lang, published, title)`` articles: x = time, one lane per language.

    The axis spans the first to the last publication time (at least one
    day, centred on a single day); ticks mark the days in between (at most
    eight labels).

    Examples
    --------
    >>> t = timeline([("a", "en", "2025-03-09", "A"), ("b", "fa", "2025-03-10T12:00:00+00:00", "B"),
    ...               ("c", "fa", None, "C")])
    >>> [r.lang for r in t.rows], [d.article_id for d in t.dots], t.undated
    (['en', 'fa'], ['a', 'b'], 1)
    >>> t.dots[0].x < t.dots[1].x, [label for _, label in t.ticks]
    (True, ['2025-03-09', '2025-03-10', '2025-03-11'])
    """
    dated = [(i, lang, _parse_time(p), t) for i, lang, p, t in articles]
    langs = sorted({lang for _, lang, _, _ in articles})
    rows = [TimelineRow(lang, 14 + k * lane) for k, lang in enumerate(langs)]
    lane_y = {r.lang: r.y for r in rows}
    moments = [m for _, _, m, _ in dated if m is not None]
    height = 14 + max(1, len(rows)) * lane + 10
    if not moments:
        return Timeline(width, height, left, rows, [], [], len(articles))
    start = datetime.combine(min(moments).date(), datetime.min.time(), min(moments).tzinfo)
    end = max(max(moments), start + timedelta(days=1))
    if end.time() != datetime.min.time():
        end = datetime.combine(end.date() + timedelta(days=1), datetime.min.time(), end.tzinfo)
    span = (end - start).total_seconds()
    inner = width - left - 12

    def xpos(moment: datetime) -> float:
        return round(left + inner * (moment - start).total_seconds() / span, 2)

    dots = [
        Dot(i, t or "(untitled)", lang, m.isoformat(), xpos(m), lane_y[lang])
        for i, lang, m, t in dated
        if m is not None
    ]
    n_days = round(span / 86400)
    every = max(1, -(-n_days // 8))
    ticks = [
        (xpos(start + timedelta(days=k)), (start + timedelta(days=k)).date().isoformat())
        for k in range(0, n_days + 1, every)
    ]
    return Timeline(width, height, left, rows, dots, ticks, len(articles) - len(dots))
