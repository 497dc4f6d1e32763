"""A story of one report: an undated twin stating two of its figures is spared the unknown
margin (issue 14, session 28).

``shared_figures`` asks at least half of a story's core, two members or more,
to state one of the article's figures. A story of one dated report has no
second member, so an undated report of the same vote in another script,
stating the same 69 votes for, 45 against and 118 present, needed the whole
unknown margin and stayed a story of its own. Two shared figures stand in for
the second member; one (a report of another occurrence restating the
event's count) does not.
"""

from __future__ import annotations

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.tracker_evidence import shared_figures
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState

DATED = (
    "en",
    "Parliament backs Daher cabinet with 69 votes",
    "Lawmakers gave the new cabinet 69 votes of confidence, with 45 against, of the 118 present.",
)
TWIN = (
    "ar",
    "حكومة ضاهر تنال الثقة بـ69 صوتاً",
    "نالت الحكومة ثقة 69 نائباً وحجبها 45 من أصل 118 نائباً حضروا الجلسة.",
)
ONE_FIGURE = (
    "ar",
    "حكومة ضاهر أمام البرلمان",
    "قال النواب الـ69 الذين منحوا الثقة إن الحكومة ستقدم موازنتها.",
)
TWIN_ZH = ("zh", "达希尔内阁获得议会信任", "118名出席议员中69票赞成、45票反对。")


def _row(i: int, lang: str, title: str, text: str, published: str | None = None) -> LinkRow:
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), link_keys(title, text, lang), None)


def test_two_figures_of_a_one_report_story_are_shared_figures() -> None:
    twin = [_row(1, *DATED, published="2026-02-19")]
    assert shared_figures(_row(9, *TWIN), twin)
    assert shared_figures(_row(9, *TWIN_ZH), twin)  # another script, no noun after the count
    assert not shared_figures(_row(9, *ONE_FIGURE), twin)  # one figure restated


def test_an_undated_twin_is_spared_the_unknown_margin_and_a_single_figure_is_not() -> None:
    # lone_report off: since session 37 a story of one dated report in another language
    # spares any undated article the margin (tests/test_lone_report_across.py)
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(lone_report=0.0))
    story = StoryState("s", 0, "2026-02-19", "2026-02-19", 1, None, None, None)
    twin = [_row(1, *DATED, published="2026-02-19")]
    spared = t._first_stage(_row(9, *TWIN), story, twin)[0]
    plain = t._first_stage(_row(9, *ONE_FIGURE), story, twin)[0]
    assert spared.required < plain.required
    assert spared.support_required < plain.support_required
    assert "figures most of the core states" in spared.time
    assert "figures" not in plain.time
