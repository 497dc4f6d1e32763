"""An article is offered the stories its vector reaches once moved off its language's mean.

Multilingual vectors carry a language offset: in a store of thousands, a
report's nearest articles are its own language's reports of other events, and
the event's story, reached only through reports in other scripts, is no
candidate (``bench/story_orders.py --mixed``: a Chinese report of a coal-mine
blast had its event's reports at ranks 24 and 27 of its nearest articles).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.vectors import vector_key
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, add_report  # noqa: E402

DIM = 10
OFFSET = 9  # the Chinese reports' shared direction: their language, not their event


class _Dim:
    name = "table"
    dim = DIM

    def encode(self, texts):  # never called: every vector is stored beforehand
        raise AssertionError("nothing to encode")


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def _stored(store: Store, key: str, vec, lang: str, n: int) -> str:
    aid = add_report(store, key, None, n, lang=lang)
    store.put_doc_vectors([(aid, _unit(vec))], vector_key(_Dim()), [None])
    return aid


def _story_of(store: Store, aid: str) -> str:
    row = store.link_rows(ids=[aid], model=vector_key(_Dim()))[0]
    return store.resolve_story(row.story_id) or ""


def _setup(centred: int) -> tuple[Store, Tracker, dict[str, str]]:
    e = np.eye(DIM)
    store = Store(":memory:")
    ids = {}
    # forty Chinese reports of eight other events, all leaning on the language's direction
    for i in range(40):
        vec = e[1 + i % 8] * 0.5 + e[OFFSET] * 3 + e[0] * 0.3
        ids[f"zh{i}"] = _stored(store, f"zh{i}", vec, "zh", i)
    # the probe's event, reported in Arabic and Persian: far in raw cosine
    ids["ar"] = _stored(store, "ar", e[0] * 2 + e[5] * 0.1, "ar", 50)
    ids["fa"] = _stored(store, "fa", e[0] * 2 + e[5] * 0.12, "fa", 51)
    config = TrackerConfig(
        k=6, threshold=0.99, support=0.99, refine_band=0, centred_candidates=centred
    )
    tracker = Tracker(store, _Dim(), config, CosineModel())
    tracker.link_pending()
    return store, tracker, ids


def _probe() -> np.ndarray:
    e = np.eye(DIM)
    return _unit(e[0] * 2 + e[OFFSET] * 3)


def test_a_report_is_offered_its_event_in_another_script() -> None:
    store, tracker, ids = _setup(centred=2)
    event = _story_of(store, ids["ar"])
    assert event == _story_of(store, ids["fa"])
    hits = tracker.index.search(_probe(), 6)
    raw = store.link_rows(seqs=[s for s, _ in hits], model=vector_key(_Dim()))
    assert {r.lang for r in raw} == {"zh"}  # its nearest articles are all Chinese
    nearest = [store.resolve_story(r.story_id) for r in raw]
    offered = tracker._candidates(_probe(), None, "zh", None)
    assert event in offered and event not in nearest
    assert set(nearest) <= set(offered)  # one more place, not instead of the nearest


def test_zero_turns_it_off_and_no_language_asks_nothing_more() -> None:
    store, off, ids = _setup(centred=0)
    event = _story_of(store, ids["ar"])
    assert event not in off._candidates(_probe(), None, "zh", None)
    _, on, _ = _setup(centred=2)
    assert event not in on._candidates(_probe(), None, None, None)  # a merge's centroid query
