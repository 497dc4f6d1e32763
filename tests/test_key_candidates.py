"""Candidate stories beyond the nearest: ones reached through an article naming the same place or person."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

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


def _stored(store: Store, key: str, vec, entities=(), n: int = 0) -> str:
    aid = add_report(store, key, "2025-03-10", n)
    keys = json.dumps({"e": list(entities)}) if entities else None
    store.put_doc_vectors([(aid, _unit(vec))], vector_key(_Dim()), [keys])
    return aid


def _story_of(store: Store, aid: str) -> str:
    row = store.link_rows(ids=[aid], model=vector_key(_Dim()))[0]
    return store.resolve_story(row.story_id) or ""


def _setup(config: TrackerConfig) -> tuple[Store, Tracker, list[str], str]:
    store = Store(":memory:")
    # five stories of one article each, along one direction: the nearest four to the probe,
    # then a farther one whose report names the probe's city
    base = np.eye(8)
    ids = [_stored(store, f"s{i}", base[0] * (5 - i) + base[i + 1], n=i) for i in range(4)]
    far = _stored(store, "far", base[0] + base[5] * 1.5, entities=["geonames:323786"], n=9)
    tracker = Tracker(store, _Dim(), config, CosineModel())
    tracker.link_pending()
    return store, tracker, [*ids, far], far


def test_a_story_naming_the_same_place_is_a_candidate_beyond_the_nearest():
    store, tracker, ids, far = _setup(TrackerConfig(threshold=0.99, support=0.99, refine_band=0))
    assert len({_story_of(store, a) for a in ids}) == 5
    probe = _unit(np.eye(8)[0] * 6 + np.eye(8)[6])
    keys = json.dumps({"e": ["geonames:323786", "person:x"]})
    nearest = tracker._candidates(probe, None, "en", None)
    assert len(nearest) == 4 and _story_of(store, far) not in nearest
    with_keys = tracker._candidates(probe, None, "en", keys)
    assert with_keys[:4] == nearest and with_keys[4:] == [_story_of(store, far)]
    other = json.dumps({"e": ["geonames:1"]})
    assert tracker._candidates(probe, None, "en", other) == nearest


def test_key_candidates_zero_keeps_the_nearest_only():
    store, tracker, ids, far = _setup(
        TrackerConfig(threshold=0.99, support=0.99, refine_band=0, key_candidates=0)
    )
    probe = _unit(np.eye(8)[0] * 6 + np.eye(8)[6])
    keys = json.dumps({"e": ["geonames:323786"]})
    assert _story_of(store, far) not in tracker._candidates(probe, None, "en", keys)
