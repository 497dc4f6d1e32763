"""A member its story's core rejects on content alone leaves (issue 14, session 33).

Another incident of the same actors the same day (a police unit's drug raid that
morning, before its bank rescue), published first, starts a story; the rescue's
report in the same language joins it (same unit, same city, same outlet's
wording), and the rescue's reports in other languages follow that report. No
date tells the raid apart. Once the core holds two or more reports in other
languages, none agreeing with the raid at even odds, and the raid falls
``evict_content`` short of the support it would need arriving now, it leaves
and is linked again like a new arrival (``TrackerConfig.evict_content``). A
low-resource report that agrees with another language's report stays, however
short it falls (``Tracker._apart_in_content``'s examples).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from storyline.link.support import describe_reason
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder, add_report, stories_of  # noqa: E402


def _at(degrees: float, z: float = 0.0) -> list[float]:
    a = math.radians(degrees)
    return [math.cos(a), math.sin(a), z]


# the raid at 0 degrees; the rescue's Russian report between it and the rescue's other reports
VECTORS = {
    "RAID": _at(0.0),
    "RU": _at(34.0),
    "FA": _at(60.0, 0.08),
    "AR": _at(60.0, -0.08),
    "ZH": _at(62.0),
}
LANGS = {"RAID": "ru", "RU": "ru", "FA": "fa", "AR": "ar", "ZH": "zh"}
DAY = "2029-08-16T{}:00+00:00"
TIMES = {"RAID": "09:10", "RU": "15:40", "FA": "17:50", "AR": "19:30", "ZH": "21:00"}

# online decisions (settle=False), in arrival order: the raid first
BASE = dict(
    threshold=0.65, support=0.65, merge_threshold=0.65, batch_order="arrival", settle=False
)


def _link(config: TrackerConfig) -> tuple[dict[str, str], dict[str, dict]]:
    store = Store(":memory:")
    ids = {
        k: add_report(store, k, DAY.format(TIMES[k]), lang=LANGS[k]) for k in VECTORS
    }
    tracker = Tracker(store, TableEncoder(VECTORS), config, CosineModel())
    for key in VECTORS:
        tracker.link_pending(ids=[ids[key]], batch=1)
    stories = stories_of(store, ids, tracker.model_name)
    reasons = {}
    for k, aid in ids.items():
        detail = store.get_story(stories[k])
        reasons[k] = next(a.reason for a in detail.articles if a.id == aid)
    return stories, reasons


def test_the_same_actors_other_incident_published_first_leaves_the_story() -> None:
    story, reasons = _link(TrackerConfig(**BASE))
    assert story["RU"] == story["FA"] == story["AR"] == story["ZH"]
    assert story["RAID"] != story["RU"]
    assert "moved out of" in describe_reason(reasons["RAID"])


def test_without_evict_content_it_stays_where_it_started() -> None:
    story, _ = _link(TrackerConfig(**BASE, evict_content=0.0))
    assert story["RAID"] == story["RU"] == story["FA"]
