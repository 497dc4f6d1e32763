"""A report cannot come out before its event's day (issue 14, session 56).

A grass fire near Kazanlak put out on Friday, reported that day; the next
day a forest fire broke out in the hills above the town, reported that
evening and on Sunday: the same town, the same fire brigades, the same kind
of event, a day apart, so content and the two-day ``ahead_days`` rule cannot
tell them apart. The forest fire's reports give its day (``on Saturday``,
``в субботу``, ``samedi``), and those published a day after it say so: the
grass fire's report came out before that day, so it told of something else.
It needs ``ahead_margin`` more to join their story, and their story to take
it in (:mod:`storyline.link.event_day`). A report of the same day as its
event's reports' first (the toll rose that evening) is still news of it.
Lines written for these tests.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from storyline.link.event_day import ahead_of_its_day, event_day
from storyline.link.tracker import TrackerConfig

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import link_in_order  # noqa: E402


def _at(degrees: float, z: float = 0.0) -> list[float]:
    a = math.radians(degrees)
    return [math.cos(a), math.sin(a), z]


# the forest fire's reports near 60 degrees; the grass fire ~43 degrees away (cosine ~0.73)
VECTORS = {"GRASS": _at(17.0), "EN": _at(60.0), "RU": _at(62.0), "FR": _at(58.0, 0.05)}
LANGS = {"GRASS": "en", "EN": "en", "RU": "ru", "FR": "fr"}
PUBLISHED = {  # Friday 12, Saturday 13, Sunday 14 August 2033
    "GRASS": "2033-08-12T16:10:00+00:00",
    "EN": "2033-08-13T19:40:00+00:00",
    "RU": "2033-08-14T08:05:00+00:00",
    "FR": "2033-08-14T10:30:00+00:00",
}
TEXTS = {
    "GRASS": "GRASS Firefighters put out a grass fire near Kazanlak on Friday after it "
    "burned 40 hectares of pasture, the regional fire service said.",
    "EN": "EN A forest fire broke out in the hills above Kazanlak on Saturday, forcing "
    "the evacuation of two villages, the regional fire service said.",
    "RU": "RU Лесной пожар вспыхнул в субботу в горах над Казанлыком, жителей двух сел "
    "эвакуировали, сообщила региональная пожарная служба.",
    "FR": "FR Un incendie de forêt s'est déclaré samedi dans les collines au-dessus de "
    "Kazanlak; deux villages ont été évacués, selon les pompiers de la région.",
}
EVENT = ("EN", "RU", "FR")
BASE = dict(threshold=0.65, support=0.65, merge_threshold=0.65)


def _link(
    config: TrackerConfig, order: tuple[str, ...], published: dict[str, str] = PUBLISHED
) -> dict[str, str]:
    return link_in_order(VECTORS, LANGS, published, config, order, TEXTS)


ORDERS = [("GRASS", *EVENT), (*EVENT, "GRASS"), ("EN", "GRASS", "RU", "FR")]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("settle", [False, True])
def test_a_report_out_before_the_event_s_day_stays_out_of_its_story(
    order: tuple[str, ...], settle: bool
) -> None:
    config = TrackerConfig(**BASE, settle=settle, batch_order="arrival")
    story = _link(config, order)
    assert len({story[k] for k in EVENT}) == 1
    assert story["GRASS"] != story["EN"]


def test_without_the_margin_the_day_before_joins() -> None:
    config = TrackerConfig(**BASE, settle=False, batch_order="arrival", ahead_margin=0.0)
    story = _link(config, ("GRASS", *EVENT))
    assert story["GRASS"] == story["EN"] == story["FR"]


def test_a_report_of_the_event_s_first_day_is_news_of_it() -> None:
    """The same grass-fire line published on Saturday: the day the reports give, not before."""
    same_day = dict(PUBLISHED, GRASS="2033-08-13T12:00:00+00:00")
    config = TrackerConfig(**BASE, settle=False, batch_order="arrival")
    story = _link(config, ("GRASS", *EVENT), same_day)
    assert story["GRASS"] == story["EN"] == story["FR"]


def test_only_a_day_a_report_came_out_after_places_its_event() -> None:
    sunday = ("2033-08-14", ["-W-6"])  # out on Sunday, telling of Saturday
    saturday = ("2033-08-13", ["-W-6"])  # out on Saturday, telling of Saturday
    assert event_day(*sunday).isoformat() == "2033-08-13"
    assert ahead_of_its_day("2033-08-12", [sunday, saturday])
    assert not ahead_of_its_day("2033-08-12", [saturday])  # a same-day report: a development
    assert not ahead_of_its_day("2033-08-13", [sunday])  # out on the event's day
    assert not ahead_of_its_day("2033-08-12", [sunday, ("2033-08-13", ["2033-08-12"])])


def test_a_weekday_far_back_is_not_the_event_s_day() -> None:
    """A report out on Thursday names Wednesday's strike and Friday's vote (read as past, the
    Friday six days before) or Monday's earlier talks: its event's day is Wednesday; a weekday
    more than a day before it came out (:data:`~storyline.link.event_day.WEEKDAY_BACK`) is as
    often an earlier step or a day ahead, and a date it states still counts."""
    thursday = "2033-08-18"
    assert event_day(thursday, ["-W-3", "-W-5"]).isoformat() == "2033-08-17"
    assert event_day(thursday, ["-W-1", "-W-3"]).isoformat() == "2033-08-17"
    assert event_day(thursday, ["-W-1"]) is None
    assert event_day(thursday, ["--08-15", "-W-3"]).isoformat() == "2033-08-15"
    # the seamen's strike on Wednesday the 17th is ahead of the general strike's Thursday, told
    # by a report out on Friday that names Thursday and last Saturday's union congress
    assert ahead_of_its_day("2033-08-17", [("2033-08-19", ["-W-4", "-W-6"])])
    assert not ahead_of_its_day("2033-08-17", [("2033-08-19", ["-W-4", "--08-13"])])
