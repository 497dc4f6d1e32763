"""Approximate nearest-neighbour index over article document vectors (usearch, HNSW).

The index holds one vector per *article* (not per story): a story's
candidates are the stories of the new article's nearest articles, so a
story is found through its closest member even when its centroid has
drifted, and the index never needs updating when stories merge. Keys are
``articles.seq`` (the arrival number), so a hit maps back to a row with
one primary-key lookup. Search cost grows with ``log n``: linking cost per
article stays flat as the store grows.

Persistence: beside a store file ``news.db`` the index lives in
``news.db.<model>.usearch``; the store's ``meta`` table records how many
vectors it holds and the last ``seq``. When the file is missing, unreadable
or behind the store, :meth:`VectorIndex.for_store` adds what is missing, or
rebuilds from the cached vectors. An in-memory store keeps its index in memory.

Examples
--------
>>> import numpy as np
>>> index = VectorIndex(dim=4)
>>> index.add([1, 2], np.array([[1, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float32))
>>> [seq for seq, _ in index.search(np.array([0.9, 0.1, 0, 0], dtype=np.float32), k=1)]
[1]
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

import storyline.e5.ort_first  # noqa: F401  (onnxruntime must load before usearch)

# isort: split
from usearch.index import Index

from storyline.link.ports import LinkStore

__all__ = ["VectorIndex", "index_path"]

logger = logging.getLogger(__name__)

_SAVES = itertools.count()
"""Numbers the temporary files of this process's index saves (one file per save)."""

DTYPE = "i8"
"""Vectors are stored quantised to 8 bits in the index (a quarter of float32): the
index only proposes candidates; the tracker scores them from the cached float16
vectors (measured: ``bench/baseline.json``, ``recorded``: ``link.index.dtype_i8``)."""
CONNECTIVITY = 32
EXPANSION_ADD = 64
EXPANSION_SEARCH = 64
"""Graph degree and beam widths: the denser graph finds more true neighbours for
more index memory and slower inserts (measured on the ``bench/linking.py`` scale
set: ``bench/baseline.json``, ``recorded``: ``link.index.graph``)."""


def index_path(store_path: str | Path, model: str) -> Path | None:
    """Where the index of ``model`` lives beside a store file (``None`` for ``:memory:``).

    Examples
    --------
    >>> index_path("/data/news.db", "e5-small").name
    'news.db.e5-small.usearch'
    >>> index_path(":memory:", "e5-small") is None
    True
    """
    if str(store_path) == ":memory:":
        return None
    store_path = Path(store_path)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model)
    return store_path.with_name(f"{store_path.name}.{safe}.usearch")


class VectorIndex:
    """A cosine HNSW index (8-bit quantised vectors) keyed by article ``seq``.

    Parameters
    ----------
    dim
        Vector length.
    path
        File to save to and load from; ``None`` keeps it in memory only.

    Examples
    --------
    >>> idx = VectorIndex(dim=2)
    >>> len(idx), idx.last_seq
    (0, 0)
    """

    def __init__(self, dim: int, path: str | Path | None = None) -> None:
        self.dim = int(dim)
        self.path = Path(path) if path is not None else None
        self.last_seq = 0
        self._index = self._new()

    def _new(self) -> Index:
        return Index(
            ndim=self.dim,
            metric="cos",
            dtype=DTYPE,
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, seq: object) -> bool:
        """Whether an article (by ``seq``) is in the index.

        Examples
        --------
        >>> idx = VectorIndex(dim=2); idx.add([3], np.array([[1.0, 0.0]]))
        >>> 3 in idx, 4 in idx
        (True, False)
        """
        return isinstance(seq, int | np.integer) and int(seq) in self._index

    def add(self, seqs: Sequence[int] | np.ndarray, vectors: np.ndarray, threads: int = 1) -> None:
        """Add vectors (rows) under keys ``seqs``; a key already present is replaced.

        ``threads``: insert with this many threads (0: all cores). The graph
        an HNSW index builds depends on the order its vectors are inserted
        in, and several threads insert in an order that changes run to run:
        the nearest neighbours found, hence the candidate stories and the
        stories, would too. The default, one thread, gives one input one
        index (and one result); a rebuild costs ~0.6 ms per vector.

        Examples
        --------
        >>> idx = VectorIndex(dim=2)
        >>> idx.add([5], np.array([[1.0, 0.0]])); idx.add([5], np.array([[0.0, 1.0]]))
        >>> len(idx), idx.last_seq
        (1, 5)
        """
        keys = np.asarray(seqs, dtype=np.uint64).reshape(-1)
        if keys.size == 0:
            return
        mat = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(keys.size, -1))
        if mat.shape[1] != self.dim:
            raise ValueError(f"vectors have {mat.shape[1]} dimensions, the index {self.dim}")
        present = [int(k) for k in keys if int(k) in self._index]
        if present:
            self._index.remove(np.asarray(present, dtype=np.uint64))
        self._index.add(keys, mat, threads=max(int(threads), 0))
        self.last_seq = max(self.last_seq, int(keys.max()))

    def search(
        self, vector: np.ndarray, k: int = 20, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` nearest articles as ``(seq, cosine)``, most similar first.

        Examples
        --------
        >>> idx = VectorIndex(dim=2)
        >>> idx.add([1, 2], np.array([[1.0, 0.0], [0.6, 0.8]]))
        >>> [(s, round(c, 2)) for s, c in idx.search(np.array([1.0, 0.0]), k=5, exclude=1)]
        [(2, 0.6)]
        """
        if len(self._index) == 0 or k <= 0:
            return []
        want = min(len(self._index), k + (exclude is not None))
        matches = self._index.search(np.asarray(vector, dtype=np.float32).reshape(-1), want)
        out = [
            (int(key), 1.0 - float(dist))
            for key, dist in zip(matches.keys, matches.distances, strict=True)
            if exclude is None or int(key) != exclude
        ]
        return out[:k]

    def save(self) -> None:
        """Write the index to :attr:`path` atomically (no-op in memory).

        Examples
        --------
        >>> VectorIndex(dim=2).save()
        """
        if self.path is None:
            return
        # a temporary file of this writer's own: two writers (two ingests, the web app)
        # saving at once must not write into, or rename away, one shared file
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}-{next(_SAVES)}.tmp")
        try:
            self._index.save(str(tmp))
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def state(self) -> dict[str, Any]:
        """What the store's ``meta`` records about this index.

        Examples
        --------
        >>> VectorIndex(dim=3).state()
        {'count': 0, 'last_seq': 0, 'dim': 3}
        """
        return {"count": len(self), "last_seq": self.last_seq, "dim": self.dim}

    def _load(self, state: dict[str, Any]) -> bool:
        if self.path is None or not self.path.is_file():
            return False
        try:
            index = Index.restore(str(self.path), view=False)
        except Exception as exc:  # noqa: BLE001 - unreadable: rebuild
            logger.warning("vector index %s unreadable, rebuilding it: %s", self.path, exc)
            return False
        if index is None or index.ndim != self.dim or len(index) != state.get("count"):
            return False
        self._index = index
        self.last_seq = int(state.get("last_seq", 0))
        return True

    @classmethod
    def for_store(cls, store: LinkStore, model: str, dim: int) -> VectorIndex:
        """The index of ``store``'s cached ``model`` vectors: loaded, caught up or rebuilt.

        Examples
        --------
        >>> from storyline.store import Store
        >>> VectorIndex.for_store(Store(":memory:"), "m", 8).state()
        {'count': 0, 'last_seq': 0, 'dim': 8}
        """
        index = cls(dim, index_path(store.path, model))
        key = f"index:{model}"
        saved = store.get_meta(key) or {}
        count, last_seq = store.vector_state(model)
        if not index._load(saved) or index.last_seq > last_seq:
            index = cls(dim, index.path)
        start = index.last_seq
        if len(index) != count:
            for seqs, mat in store.iter_doc_vectors(model, after_seq=start):
                index.add(seqs, mat)
            if len(index) != count:  # vectors changed under an older seq: full rebuild
                index = cls(dim, index.path)
                for seqs, mat in store.iter_doc_vectors(model):
                    index.add(seqs, mat)
        return index

    def persist(self, store: LinkStore, model: str) -> None:
        """Save the file, then record its state in the store's ``meta``.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:"); VectorIndex(dim=2).persist(s, "m"); s.get_meta("index:m")
        {'count': 0, 'last_seq': 0, 'dim': 2}
        """
        self.save()
        store.set_meta(f"index:{model}", self.state())
