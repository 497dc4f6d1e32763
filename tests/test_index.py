"""The ANN index: add, search, persistence beside the store, catch-up and rebuild."""

from __future__ import annotations

import numpy as np

from storyline.article import Article
from storyline.link.index import VectorIndex, index_path
from storyline.store import Store


def _unit(rng: np.random.Generator, n: int, dim: int = 16) -> np.ndarray:
    mat = rng.normal(size=(n, dim)).astype(np.float32)
    return mat / np.linalg.norm(mat, axis=1, keepdims=True)


def _store_with_vectors(store: Store, vecs: np.ndarray, start: int = 0) -> None:
    items = []
    for i, vec in enumerate(vecs, start):
        aid = f"{i:016x}"
        store.add_article(
            Article(id=aid, text=f"t{i}", text_original="", lang="en", lang_confidence=1.0)
        )
        items.append((aid, vec))
    store.put_doc_vectors(items, "m")


def test_search_finds_the_nearest_and_excludes_the_query():
    rng = np.random.default_rng(0)
    vecs = _unit(rng, 200)
    index = VectorIndex(dim=16)
    index.add(np.arange(1, 201), vecs)
    for i in (0, 57, 199):
        hits = index.search(vecs[i], k=3)
        assert hits[0][0] == i + 1 and abs(hits[0][1] - 1.0) < 1e-2
        assert all(seq != i + 1 for seq, _ in index.search(vecs[i], k=3, exclude=i + 1))
    assert index.last_seq == 200 and len(index) == 200


def test_adding_a_key_again_replaces_its_vector():
    index = VectorIndex(dim=2)
    index.add([7], np.array([[1.0, 0.0]]))
    index.add([7], np.array([[0.0, 1.0]]))
    assert len(index) == 1
    [(seq, cos)] = index.search(np.array([0.0, 1.0]), k=1)
    assert seq == 7 and cos > 0.99


def test_wrong_dimension_is_refused():
    index = VectorIndex(dim=4)
    try:
        index.add([1], np.ones((1, 3)))
    except ValueError as exc:
        assert "3 dimensions" in str(exc)
    else:
        raise AssertionError("expected ValueError")


def test_persist_reload_catch_up_and_rebuild(tmp_path):
    rng = np.random.default_rng(1)
    vecs = _unit(rng, 60)
    db = tmp_path / "news.db"
    with Store(db) as store:
        _store_with_vectors(store, vecs[:40])
        index = VectorIndex.for_store(store, "m", 16)
        assert len(index) == 40
        index.persist(store, "m")
    path = index_path(db, "m")
    assert path is not None and path.is_file()
    with Store(db) as store:
        assert store.get_meta("index:m")["count"] == 40
        loaded = VectorIndex.for_store(store, "m", 16)
        assert len(loaded) == 40 and loaded.search(vecs[5], k=1)[0][0] == 6
        _store_with_vectors(store, vecs[40:], start=40)  # stored after the file was saved
        caught_up = VectorIndex.for_store(store, "m", 16)
        assert len(caught_up) == 60 and caught_up.search(vecs[55], k=1)[0][0] == 56
    path.write_bytes(b"not an index")
    with Store(db) as store:
        rebuilt = VectorIndex.for_store(store, "m", 16)
        assert len(rebuilt) == 60 and rebuilt.search(vecs[12], k=1)[0][0] == 13
    path.unlink()
    with Store(db) as store:
        assert len(VectorIndex.for_store(store, "m", 16)) == 60


def test_in_memory_store_keeps_the_index_in_memory():
    with Store(":memory:") as store:
        _store_with_vectors(store, _unit(np.random.default_rng(2), 5))
        index = VectorIndex.for_store(store, "m", 16)
        assert index.path is None and len(index) == 5
        index.persist(store, "m")
        assert store.get_meta("index:m")["count"] == 5


def test_near_neighbours_are_found_in_a_clustered_set():
    """Most neighbours with cosine > 0.5 come back among the 20 returned."""
    rng = np.random.default_rng(1)
    dim, n = 64, 3000
    centres = _unit(rng, n // 5, dim)
    labels = rng.integers(0, len(centres), size=n)
    vecs = centres[labels] + rng.normal(scale=0.35 / np.sqrt(dim), size=(n, dim))
    vecs = (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)
    index = VectorIndex(dim=dim)
    index.add(np.arange(1, n + 1), vecs)
    found = wanted = 0
    for i in range(0, n, 30):
        near = {int(j) + 1 for j in np.nonzero(vecs @ vecs[i] > 0.5)[0]} - {i + 1}
        hits = {seq for seq, _ in index.search(vecs[i], k=20, exclude=i + 1)}
        wanted += len(near)
        found += len(near & hits)
    assert wanted > 0 and found / wanted >= 0.95


def test_one_input_builds_one_index():
    """A rebuild from the store's vectors gives the same neighbours every time (one thread)."""
    rng = np.random.default_rng(3)
    vecs = _unit(rng, 3000, dim=32)
    store = Store(":memory:")
    _store_with_vectors(store, vecs)
    queries = _unit(rng, 100, dim=32)
    found = []
    for _ in range(3):
        index = VectorIndex.for_store(store, "m", 32)
        found.append([index.search(q, k=20) for q in queries])
    assert found[0] == found[1] == found[2]
