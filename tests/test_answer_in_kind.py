"""A dated answer in kind days after a story is the other side's event (issue 14, session 27).

A report of suspects arrested two days after a theft may still be the theft's story, so a
dated follow-up action days outside the story's reports needs ``year_margin`` more, no
further. A retaliation (Baku expelling France's ambassador three days after Paris expelled
Azerbaijan's) is never the act it answers, however much of it it restates: it needs twice
that. Headlines written for these tests, in five languages and four scripts.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.decide import fact_keys, link_keys
from storyline.link.facts import ANSWER, answer_conflict
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState

EXPULSION = [
    ("en", "France expels Azerbaijan's ambassador over interference"),
    ("fr", "La France expulse l'ambassadeur d'Azerbaïdjan"),
    ("ru", "Франция выслала посла Азербайджана"),
]


def _row(i: int, title: str, lang: str, published: str | None = None) -> LinkRow:
    keys = link_keys(title, "Text of the report about the expulsion.", lang)
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), keys, None)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Azerbaijan expels French ambassador in retaliation"),
        ("zh", "阿塞拜疆宣布驱逐法国驻阿大使 作为对等回应"),
        ("ru", "Баку в ответ выслал посла Франции"),
        ("ar", "أذربيجان تطرد السفير الفرنسي في خطوة بالمثل"),
        ("fa", "جمهوری آذربایجان در اقدام متقابل سفیر فرانسه را اخراج کرد"),
    ],
)
def test_a_retaliation_headline_is_an_answer_in_kind(lang: str, title: str) -> None:
    assert ANSWER in fact_keys(link_keys(title, "", lang))
    assert answer_conflict(fact_keys(link_keys(title, "", lang)), [])


def test_an_arrest_is_no_answer_in_kind() -> None:
    arrest = fact_keys(link_keys("Police arrest two over Lyon museum theft", "", "en"))
    assert not answer_conflict(arrest, [])


def _required(t: Tracker, title: str, lang: str, published: str) -> float:
    story = StoryState("s", 0, "2028-11-14", "2028-11-14", 3, None, None, None)
    core = [_row(i, title_, lang_, "2028-11-14") for i, (lang_, title_) in enumerate(EXPULSION)]
    return t._first_stage(_row(9, title, lang, published), story, core)[0].support_required


def test_a_dated_retaliation_days_later_needs_twice_the_follow_up_margin() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    plain = _required(t, "Франция выслала посла Азербайджана", "ru", "2028-11-17")
    answer = _required(t, "Баку в ответ выслал посла Франции", "ru", "2028-11-17")
    arrest = _required(t, "Полиция задержала двух дипломатов", "ru", "2028-11-17")
    assert arrest == pytest.approx(plain + t.config.year_margin)
    assert answer == pytest.approx(plain + 2 * t.config.year_margin)


def test_a_retaliation_the_next_day_is_left_to_the_date() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    plain = _required(t, "Франция выслала посла Азербайджана", "ru", "2028-11-15")
    assert _required(t, "Баку в ответ выслал посла Франции", "ru", "2028-11-15") == plain

