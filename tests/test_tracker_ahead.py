"""A report days ahead of every dated report of a story needs more (issue 14, session 34).

A union's warning after a small tremor, published three days before the
rockfall it warned of, agrees with the rockfall's reports on content (the same
mine, the same union, the same town): nothing but time tells it apart. A
sudden event is reported the day it happens, so a report ``ahead_days`` or
more before a story's first dated report needs ``ahead_margin`` more: arriving
after the event's reports it starts its own story; arriving first, it starts
the story the event's reports join, and leaves it once they are there
(:meth:`Tracker._evict`, time against it), in any arrival order and settled.
Settled, each pass may move a member out again: carried over from the
arrivals, one move per member had kept the warning where it started. A report
a day before the story's first is still news of it.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from storyline.link.timing import time_evidence
from storyline.link.tracker import TrackerConfig

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import link_in_order  # noqa: E402


def _at(degrees: float, z: float = 0.0) -> list[float]:
    a = math.radians(degrees)
    return [math.cos(a), math.sin(a), z]


# the event's reports near 60 degrees; the warning ~43 degrees away: cosine ~0.73 with them
VECTORS = {
    "WARN": _at(17.0),
    "EN": _at(60.0),
    "RU": _at(62.0),
    "FA": _at(58.0, 0.05),
    "ZH": _at(61.0, -0.05),
}
LANGS = {"WARN": "zh", "EN": "en", "RU": "ru", "FA": "fa", "ZH": "zh"}
PUBLISHED = {
    "WARN": "2031-05-11T09:05:00+00:00",
    "EN": "2031-05-14T17:40:00+00:00",
    "RU": "2031-05-14T19:05:00+00:00",
    "FA": "2031-05-14T21:30:00+00:00",
    "ZH": "2031-05-15T08:30:00+00:00",
}
EVENT = ("EN", "RU", "FA", "ZH")
BASE = dict(threshold=0.65, support=0.65, merge_threshold=0.65)


def _link(
    config: TrackerConfig, order: tuple[str, ...], published: dict[str, str] = PUBLISHED
) -> dict[str, str]:
    return link_in_order(VECTORS, LANGS, published, config, order)


ORDERS = [("WARN", *EVENT), (*EVENT, "WARN"), ("EN", "WARN", "RU", "FA", "ZH")]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("settle", [False, True])
def test_a_warning_days_ahead_stays_out_of_the_event_story(
    order: tuple[str, ...], settle: bool
) -> None:
    config = TrackerConfig(**BASE, settle=settle, batch_order="arrival")
    story = _link(config, order)
    assert len({story[k] for k in EVENT}) == 1
    assert story["WARN"] != story["EN"]


def test_without_the_ahead_margin_the_warning_joins() -> None:
    config = TrackerConfig(**BASE, settle=False, batch_order="arrival", ahead_margin=0.0)
    story = _link(config, (*EVENT, "WARN"))
    assert story["WARN"] == story["EN"] == story["ZH"]


def test_a_report_a_day_before_the_first_is_still_news_of_it() -> None:
    early = dict(PUBLISHED, WARN="2031-05-13T09:05:00+00:00")  # 1.4 days before EN
    config = TrackerConfig(**BASE, settle=False, batch_order="arrival")
    story = _link(config, (*EVENT, "WARN"), early)
    assert story["WARN"] == story["EN"] == story["ZH"]


def test_the_margin_applies_from_ahead_days_to_quiet_days() -> None:
    kw = dict(quiet_days=7, quiet_margin=0.35, unknown_margin=0.1, year_margin=0.25)
    kw.update(ahead_days=2.0, ahead_margin=0.15)
    span = ("2031-05-14", "2031-05-15")

    def margin(published: str) -> float:
        return time_evidence(published, [], *span, **kw).margin

    assert margin("2031-05-13") == 0.0  # a day before
    assert margin("2031-05-12T23:00") == 0.15  # 1.04 days by the clock, two by the calendar
    assert time_evidence("2031-05-13T01:00", [], "2031-05-14T23:00", "2031-05-15", **kw).margin == 0.0
    assert margin("2031-05-11") == 0.15  # three days ahead
    assert margin("2031-05-01") == 0.35  # more than quiet_days: quiet_margin
    assert margin("2031-05-17") == 0.0  # days after: still news of it
    off = dict(kw, ahead_days=0.0)
    assert time_evidence("2031-05-11", [], *span, **off).margin == 0.0
