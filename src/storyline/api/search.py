"""Semantic search: the vector index of a store's cached document vectors.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> semantic_index() is semantic_index()
True
"""

from __future__ import annotations

import functools
import threading
from typing import Any

import numpy as np

from storyline.api.common import vector_model
from storyline.settings import Settings
from storyline.store import Store

__all__ = ["SemanticIndex", "semantic_index"]


class SemanticIndex:
    """The vector index of a store's cached document vectors, kept up to date.

    Wraps :class:`storyline.link.index.VectorIndex` (built with
    :meth:`~storyline.link.index.VectorIndex.for_store`); before each search
    it adds the vectors stored since (another process may be ingesting) and
    rebuilds when vectors changed under older arrival numbers.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     SemanticIndex().nearest(store, np.zeros(384, dtype=np.float32))
    []
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = model or vector_model()
        self._index: Any = None
        self._state: tuple[int, int] = (0, 0)
        self._lock = threading.Lock()

    def _refresh(self, store: Store, dim: int) -> Any:
        from storyline.link.index import VectorIndex

        state = store.vector_state(self.model)
        if self._index is None or self._index.dim != dim:
            self._index = VectorIndex.for_store(store, self.model, dim)
        elif state != self._state:
            for seqs, mat in store.iter_doc_vectors(self.model, after_seq=self._index.last_seq):
                self._index.add(seqs, mat)
            if len(self._index) != state[0]:
                self._index = VectorIndex.for_store(store, self.model, dim)
        self._state = state
        return self._index

    def nearest(
        self, store: Store, vector: np.ndarray, k: int = 20, exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` stored articles nearest to ``vector`` as ``(seq, cosine)``."""
        with self._lock:
            index = self._refresh(store, int(vector.shape[-1]))
            return list(index.search(vector, k=k, exclude=exclude))


@functools.cache
def _index_for(model: str) -> SemanticIndex:
    return SemanticIndex(model)


def semantic_index(
    index: SemanticIndex | None = None, settings: Settings | None = None
) -> SemanticIndex:
    """``index``, or the process-wide index of the :func:`vector_model` vectors of ``settings``.

    Examples
    --------
    >>> semantic_index() is semantic_index()
    True
    """
    if index is not None:
        return index
    return _index_for(vector_model(settings))
