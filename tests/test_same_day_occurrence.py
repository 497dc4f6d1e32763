"""Another occurrence the same day, and a Chinese launch failure (issue 14, session 36).

A report of the second fire a city's brigade fought the same day ("second
blaze in a day", ``второй за день пожар``) was dated the same day as the
market fire's reports, so no date kept it apart and its headline's "second"
counted only with a span of a week or more: it joined the market fire's
story. A Chinese report of a rocket's failed first flight (``首次入轨飞行中失利``)
read as a success (``入轨``, reaching orbit), against the other reports. Lines
written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.facts import SAME_DAY, typed_facts
from storyline.link.occurrence import occurrence_facts
from storyline.link.recall import later_occurrence, same_day_occurrence
from storyline.link.timing import TimeEvidence
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow


@pytest.mark.parametrize(
    ("title", "same_day"),
    [
        ("Firefighters tackle second blaze in a day at furniture workshop", True),
        ("В Батамбанге пожарные потушили второй за день пожар", True),
        ("ثاني حريق في يوم واحد في سوق المدينة", True),
        ("同一天内第二起火灾 家具作坊起火", True),
        ("Fire guts Battambang market, one dead", False),
        ("Second day of talks ends without a deal", False),
        ("Market fire: traders return the same day to salvage goods", False),
    ],
)
def test_same_day_occurrence(title: str, same_day: bool) -> None:
    assert same_day_occurrence(title) is same_day
    if same_day:
        assert later_occurrence(title)
        assert SAME_DAY in typed_facts(title, "", "en")


def _row(i: int, published: str, facts: list[str]) -> LinkRow:
    keys = '{"f": [' + ", ".join(f'"{f}"' for f in facts) + "]}"
    return LinkRow(i, f"a{i}", "en", published, np.ones(8), keys, None)


def test_a_dated_second_fire_the_same_day_needs_more() -> None:
    tracker = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    core = [_row(1, "2032-02-18T08:00", []), _row(2, "2032-02-18T12:00", [])]
    inside = TimeEvidence(0.0, 0.0, "inside the story's dates")
    second = _row(9, "2032-02-18T19:40", [SAME_DAY])
    first_again = _row(8, "2032-02-18T19:40", [])
    assert tracker._conflict_margin(second, core, inside) == tracker.config.year_margin
    assert tracker._conflict_margin(first_again, core, inside) == 0.0


@pytest.mark.parametrize(
    ("title", "lead", "outcome"),
    [
        ("印度私营火箭首飞失利", "火箭周二在首次入轨飞行中失利。", "stage.launch:failure"),
        ("日本火箭复飞成功 雷达卫星入轨", "", "stage.launch:success"),
        ("火箭二次发射成功将两颗卫星送入轨道", "", "stage.launch:success"),
    ],
)
def test_chinese_launch_outcome(title: str, lead: str, outcome: str) -> None:
    facts = occurrence_facts(title, lead)
    assert outcome in facts
    other = {"stage.launch:failure", "stage.launch:success"} - {outcome}
    assert not other & set(facts)
