"""A member its story's core now rejects, with evidence against it, leaves (issue 14, session 20).

One at a time, a same-actor report of another occurrence that arrives first
starts the story the event's reports then join. When a later report states a
typed fact the first one contradicts (another turnout) and the first one has
no date to place it, the core no longer supports it: it leaves and is linked
again like a new arrival (``TrackerConfig.evict``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from storyline.link.support import describe_reason
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder, add_report, stories_of  # noqa: E402

VECTORS = {
    "H": [1.0, 0.30, 0.0],
    "E1": [1.0, 0.25, 0.05],
    "E2": [1.0, 0.25, -0.05],
    "E3": [1.0, 0.20, 0.0],
    "E4": [1.0, 0.22, 0.02],
}


def _link(config: TrackerConfig) -> dict[str, str]:
    store = Store(":memory:")
    ids = {
        # the other strike, undated: its turnout was 48%
        "H": add_report(
            store, "H", None, text="H report: the strike's turnout was 48% on the railways."
        ),
        **{
            k: add_report(store, k, "2027-05-14T10:00:00+00:00", n)
            for n, k in enumerate(("E1", "E2", "E3"), 1)
        },
        # the event's turnout: 61%, against the first report's 48%
        "E4": add_report(
            store,
            "E4",
            "2027-05-14T12:00:00+00:00",
            text="E4 report: turnout was 61% on the railways.",
        ),
    }
    tracker = Tracker(store, TableEncoder(VECTORS), config, CosineModel())
    for key in ("H", "E1", "E2", "E3", "E4"):  # one at a time, as a feed watcher links them
        tracker.link_pending(ids=[ids[key]], batch=1)
    stories = stories_of(store, ids, tracker.model_name)
    for k, aid in ids.items():
        detail = store.get_story(stories[k])
        _REASONS[k] = next(a.reason for a in detail.articles if a.id == aid)
    return stories


_REASONS: dict[str, dict] = {}


# online decisions (settle=False): linked again at the batch's end, the core never took H in
BASE = dict(
    threshold=0.65, support=0.65, merge_threshold=0.65, batch_order="arrival", settle=False
)


def test_a_first_report_the_core_now_contradicts_leaves_the_story() -> None:
    story = _link(TrackerConfig(**BASE))
    assert story["E1"] == story["E2"] == story["E3"] == story["E4"]
    assert story["H"] != story["E1"]
    # "joined because" says why it left (storyline story, the web story page)
    assert "moved out of" in describe_reason(_REASONS["H"])
    assert "typed facts conflict" in describe_reason(_REASONS["H"])


def test_without_evict_it_stays_where_it_started() -> None:
    story = _link(TrackerConfig(**BASE, evict=0.0, evict_content=0.0))
    assert story["H"] == story["E1"] == story["E4"]
