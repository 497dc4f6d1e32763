"""Vectors behind the web pages: semantic search, similar articles, coverage, linking.

The web layer reuses what ``storyline ingest`` caches: the linking document
vectors (title + lead, one multilingual encoder for every language) in an
ANN index for semantic search and similar articles, and per-sentence
vectors (encoded on first use, then cached in the store) for a story's
coverage and for comparing two articles.

Examples
--------
>>> from storyline.store import Store
>>> with Store(":memory:") as store:
...     SemanticIndex().nearest(store, np.zeros(384, dtype=np.float32))
[]
"""

from __future__ import annotations

import functools
import threading
from typing import Any

import numpy as np

from storyline.api import (
    ENCODER,
    coverage_of,
    pair_score,
    sentence_vectors,
    two_article_coverage,
    vector_model,
)
from storyline.encode import get_encoder
from storyline.settings import Settings
from storyline.store import Store

__all__ = [
    "ENCODER",
    "SemanticIndex",
    "coverage_of",
    "link_article",
    "pair_score",
    "semantic_index",
    "sentence_vectors",
    "two_article_coverage",
    "vector_model",
]


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
            return index.search(vector, k=k, exclude=exclude)


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


def link_article(store: Store, article_id: str, settings: Settings | None = None) -> str | None:
    """Encode and link one stored article with the tracker ``storyline ingest`` uses.

    Returns the (live) id of the article's story, ``None`` when it has none.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     link_article(store, "0" * 16) is None
    True
    """
    from storyline.link.tracker import Tracker

    s = settings if settings is not None else Settings()
    Tracker(store, get_encoder(s.encoder), s.tracker).link_pending([article_id])
    rows = store.link_rows(ids=[article_id], model=vector_model(s))
    return store.resolve_story(rows[0].story_id) if rows and rows[0].story_id else None
