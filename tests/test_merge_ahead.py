"""A story days ahead of another's reports needs ``ahead_margin`` more to merge with it (issue 14, session 38).

A report published two calendar days or more before every dated report of a
story tells of what came before its event (a stop-work notice two days
before a building collapsed) and needs ``ahead_margin`` more to join it
(session 34). Two reports of the notice, a story of their own, met the
collapse's story at a merge with no such margin: the same evidence, in two
reports instead of one, now counts the same.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from storyline.link.timing import ahead_of
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder, add_report, stories_of  # noqa: E402


def _at(degrees: float) -> list[float]:
    a = math.radians(degrees)
    return [math.cos(a), math.sin(a), 0.0]


VECTORS = {"E1": _at(60.0), "E2": _at(60.5), "E3": _at(61.0), "N1": _at(20.0), "N2": _at(21.0)}
PUBLISHED = {"E1": "2034-07-12T07:55:00+00:00", "E2": "2034-07-12T09:50:00+00:00",
             "E3": "2034-07-12T21:40:00+00:00", "N1": "2034-07-10T14:40:00+00:00",
             "N2": "2034-07-10T18:05:00+00:00"}  # fmt: skip
LANGS = {"E1": "mr", "E2": "en", "E3": "ru", "N1": "en", "N2": "fr"}
BASE = dict(threshold=0.65, support=0.65, merge_threshold=0.65, settle=False)


def _stories(config: TrackerConfig) -> tuple[Store, dict[str, str]]:
    store = Store(":memory:")
    ids = {k: add_report(store, k, PUBLISHED[k], lang=LANGS[k]) for k in VECTORS}
    tracker = Tracker(store, TableEncoder(VECTORS), config, CosineModel())
    for key in VECTORS:  # the collapse's reports first, then the notice's
        tracker.link_pending(ids=[ids[key]], batch=1)
    return store, stories_of(store, ids, tracker.model_name)


def test_the_notice_story_does_not_merge_with_the_collapse() -> None:
    config = TrackerConfig(**BASE)
    store, story = _stories(config)
    assert story["E1"] == story["E2"] == story["E3"]
    assert story["N1"] == story["N2"] != story["E1"]
    tracker = Tracker(store, TableEncoder(VECTORS), config, CosineModel())
    agree, mean = tracker.cores_agree(tracker._story(story["N1"]), tracker._story(story["E1"]))
    assert not agree and 0.65 < mean < 0.65 + config.ahead_margin
    # the same two stories, the margin off: their cores agree (what merged them before)
    off = Tracker(store, TableEncoder(VECTORS), TrackerConfig(**BASE, ahead_margin=0.0),
                  CosineModel())  # fmt: skip
    assert off.cores_agree(off._story(story["N1"]), off._story(story["E1"]))[0]


def test_ahead_counts_calendar_days() -> None:
    assert ahead_of("2034-07-10T23:50", "2034-07-12T00:10", 2.0)  # 1.01 days, two calendar days
    assert not ahead_of("2034-07-11T00:10", "2034-07-12T23:50", 2.0)
