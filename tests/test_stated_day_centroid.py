"""An undated report that a day it states places on the story's days (issue 14, session 27).

Stated days move margins only: the pair model never sees them as a gap, so an undated report
scores as an undated pair does. Placed on the story's day, it needs of the story's centroid
no more than it needs of the core; undated twins of dated reports in another script had stayed
apart at 0.45-0.59 against a one-member story. Headlines written for this test.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState


def _row(i: int, title: str, lang: str, published: str | None = None) -> LinkRow:
    keys = link_keys(title, "Text of the report about the expulsion.", lang)
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), keys, None)


def test_an_undated_report_placed_on_the_story_s_day_needs_no_more_of_the_centroid() -> None:
    """A stated day of the month that is the story's (``当地时间14日``) places an undated report
    as a date would; the pair model does not see it, so the centroid asks no more than the core
    (session 27: undated twins of dated reports in another script stayed apart)."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2028-11-14", "2028-11-14", 1, None, None, None)
    core = [_row(0, "France expels Azerbaijan's ambassador over interference", "en", "2028-11-14")]

    def evidence(lead: str):  # type: ignore[no-untyped-def]
        keys = link_keys("法国驱逐阿塞拜疆驻法大使", lead, "zh")
        row = LinkRow(9, "a9", "zh", None, np.ones(8), keys, None)
        return t._first_stage(row, story, core)[0]

    placed = evidence("当地时间14日，法国外交部宣布驱逐阿塞拜疆驻法大使。")
    assert "the story's day" in placed.time
    assert placed.required == pytest.approx(placed.support_required)
    other = evidence("法国外交部宣布驱逐阿塞拜疆驻法大使。")  # no day stated: unknown
    assert other.required > other.support_required
