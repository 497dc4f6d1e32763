"""A dated article is offered the stories of its days, not only those its nearest articles reach.

In a store of thousands of articles, a report's nearest articles are its own
language's reports of other events: the event's story, reached through reports
in other scripts, is no candidate (bench/story_orders.py --mixed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from storyline.link.support import StoryEvidence
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.vectors import vector_key
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, add_report  # noqa: E402


class _Dim:
    name = "table"
    dim = 8

    def encode(self, texts):  # never called: every vector is stored beforehand
        raise AssertionError("nothing to encode")


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def _stored(store: Store, key: str, vec, published: str | None, lang: str, n: int) -> str:
    aid = add_report(store, key, published, n, lang=lang)
    store.put_doc_vectors([(aid, _unit(vec))], vector_key(_Dim()), [None])
    return aid


def _story_of(store: Store, aid: str) -> str:
    row = store.link_rows(ids=[aid], model=vector_key(_Dim()))[0]
    return store.resolve_story(row.story_id) or ""


def _setup(time_candidates: int) -> tuple[Store, Tracker, dict[str, str]]:
    e = np.eye(8)
    store = Store(":memory:")
    ids = {}
    # four undated Chinese reports of other events, nearest to the probe
    for i in range(4):
        ids[f"zh{i}"] = _stored(store, f"zh{i}", e[0] * (5 - i) + e[i + 1], None, "zh", i)
    # the probe's event, reported in Arabic and Persian on its day: farther in raw cosine
    ids["ar"] = _stored(store, "ar", e[0] + e[6], "2026-11-20T09:00:00", "ar", 10)
    ids["fa"] = _stored(store, "fa", e[0] + e[6] * 1.2, "2026-11-20T11:00:00", "fa", 11)
    # the same kind of event a month earlier, and another event of the probe's days
    ids["month"] = _stored(store, "month", e[0] + e[6], "2026-10-15T10:00:00", "ru", 12)
    ids["other"] = _stored(store, "other", e[7], "2026-11-19T10:00:00", "tr", 13)
    config = TrackerConfig(
        k=4, threshold=0.99, support=0.99, refine_band=0, time_candidates=time_candidates
    )
    tracker = Tracker(store, _Dim(), config, CosineModel())
    tracker.link_pending()
    return store, tracker, ids


def test_a_dated_article_is_offered_the_nearest_stories_of_its_days() -> None:
    store, tracker, ids = _setup(time_candidates=1)
    assert _story_of(store, ids["ar"]) == _story_of(store, ids["fa"])
    probe = _unit(np.eye(8)[0] * 6 + np.eye(8)[6])
    undated = tracker._candidates(probe, None, "zh", None)  # no date: the nearest only
    assert undated == [_story_of(store, ids[f"zh{i}"]) for i in range(4)]
    dated = tracker._candidates(probe, None, "zh", None, "2026-11-20T08:12:00")
    assert dated[:4] == undated
    assert dated[4:] == [_story_of(store, ids["ar"])]  # not the other event of its days


def test_stories_of_other_days_are_never_offered_and_zero_turns_it_off() -> None:
    store, tracker, ids = _setup(time_candidates=5)
    probe = _unit(np.eye(8)[0] * 6 + np.eye(8)[6])
    dated = tracker._candidates(probe, None, "zh", None, "2026-11-20T08:12:00")
    extra = set(dated[4:])
    assert extra == {_story_of(store, ids[k]) for k in ("ar", "other")}
    assert _story_of(store, ids["month"]) not in dated  # a month away: not of its days
    _, off, _ = _setup(time_candidates=0)
    assert len(off._candidates(probe, None, "zh", None, "2026-11-20T08:12:00")) == 4


def test_the_story_passed_by_the_widest_margin_is_joined() -> None:
    """A story the time evidence argues against must do better than one it does not."""
    store, _, ids = _setup(time_candidates=0)
    config = TrackerConfig(
        threshold=0.9, support=0.45, merge_threshold=0.99, refine_band=0, time_candidates=0
    )
    tracker = Tracker(store, _Dim(), config, CosineModel())
    event, other = _story_of(store, ids["ar"]), _story_of(store, ids["zh0"])
    aid = _stored(store, "probe", np.eye(8)[0], None, "en", 20)
    evidence = [
        # another weekday than its reports state: passes at 0.964 of 0.80 required
        StoryEvidence(other, 0.999, 0.964, 1, (ids["zh0"],), 0.95, 0.80, "another weekday"),
        # an unknown date against a dated story: passes at 0.958 of 0.55
        StoryEvidence(event, 0.997, 0.958, 2, (ids["ar"],), 0.70, 0.55, "date unknown"),
    ]
    tracker.story_evidence = lambda row: evidence  # type: ignore[method-assign]
    row = store.link_rows(ids=[aid], model=vector_key(_Dim()))[0]
    decision = tracker.link_row(row)
    assert decision.action == "join" and _story_of(store, aid) == event


def test_an_unknown_date_is_no_evidence_against_a_story() -> None:
    """A dated story asks an undated article for more than an undated story does; that is
    no evidence against it, so the better-supported story is joined."""
    store, _, ids = _setup(time_candidates=0)
    config = TrackerConfig(
        threshold=0.9, support=0.45, merge_threshold=0.99, refine_band=0, time_candidates=0
    )
    tracker = Tracker(store, _Dim(), config, CosineModel())
    dated, undated = _story_of(store, ids["ar"]), _story_of(store, ids["zh0"])
    aid = _stored(store, "probe", np.eye(8)[0], None, "en", 21)
    evidence = [
        StoryEvidence(undated, 0.95, 0.90, 1, (ids["zh0"],), 0.60, 0.45, "neither dated"),
        StoryEvidence(dated, 0.97, 0.93, 2, (ids["ar"],), 0.70, 0.55, "date unknown"),
    ]
    tracker.story_evidence = lambda row: evidence  # type: ignore[method-assign]
    row = store.link_rows(ids=[aid], model=vector_key(_Dim()))[0]
    assert tracker.link_row(row).action == "join" and _story_of(store, aid) == dated
