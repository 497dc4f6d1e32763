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

import sqlite3
import threading
from typing import Any

import numpy as np

from storyline.encode import get_encoder
from storyline.store import Store, StoreError

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

ENCODER = "e5-small"
"""The multilingual encoder behind linking, semantic search, similar articles and coverage."""


def vector_model() -> str:
    """The key the linking vectors of :data:`ENCODER` are cached under in the store.

    Examples
    --------
    >>> vector_model().startswith("e5-small")
    True
    """
    from storyline.link.tracker import TrackerConfig, vector_key

    return vector_key(get_encoder(ENCODER), TrackerConfig().lead_chars)


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


_DEFAULT_INDEX: dict[str, SemanticIndex] = {}


def semantic_index(index: SemanticIndex | None = None) -> SemanticIndex:
    """``index``, or the process-wide index of :func:`vector_model` vectors.

    Examples
    --------
    >>> semantic_index() is semantic_index()
    True
    """
    if index is not None:
        return index
    model = vector_model()
    if model not in _DEFAULT_INDEX:
        _DEFAULT_INDEX[model] = SemanticIndex(model)
    return _DEFAULT_INDEX[model]


def link_article(store: Store, article_id: str) -> str | None:
    """Encode and link one stored article with the tracker ``storyline ingest`` uses.

    Returns the (live) id of the article's story, ``None`` when it has none.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     link_article(store, "0" * 16) is None
    True
    """
    from storyline.link.tracker import Tracker

    Tracker(store, get_encoder(ENCODER)).link_pending([article_id])
    rows = store.link_rows(ids=[article_id], model=vector_model())
    return store.resolve_story(rows[0].story_id) if rows and rows[0].story_id else None


def _pair_side(article: Any) -> Any:
    from storyline.link.features import PairSide

    return PairSide(
        text=article.text,
        lang=article.lang,
        title=article.title,
        published=article.published,
        sentences=article.sentences or None,
    )


_SCORER: list[Any] = []


def _scorer() -> Any:
    from storyline.link.scorer import PairScorer

    if not _SCORER:
        _SCORER.append(PairScorer.load())
    return _SCORER[0]


def pair_score(a: Any, b: Any) -> dict[str, Any]:
    """The pair scorer's view of two articles: SemEval scale and same-event probability.

    ``overall`` and the six ``dimensions`` run from 1 (very similar) to 4
    (very dissimilar).
    """
    from storyline.link.features import encode_sides

    scorer = _scorer()
    sides = [_pair_side(a), _pair_side(b)]
    va, vb = encode_sides(sides, get_encoder(scorer.encoder_name))
    score = scorer.score(sides[0], sides[1], va, vb)
    return {
        "overall": round(score.overall, 3),
        "dimensions": {k: round(v, 3) for k, v in score.dimensions.items()},
        "same_event_probability": round(score.same_event_probability, 4),
    }


def sentence_vectors(store: Store, article: Any) -> np.ndarray:
    """Vectors of ``article.sentences`` (one row each): from the store's cache, else encoded.

    Freshly encoded vectors are cached in the store when the article has a
    document vector (it was linked); a store that cannot be written to just
    does not cache.

    Examples
    --------
    >>> from storyline.article import Article
    >>> a = Article(id="a" * 16, text="", text_original="", lang="en", lang_confidence=1.0)
    >>> with Store(":memory:") as store:
    ...     sentence_vectors(store, a).shape
    (0, 384)
    """

    encoder = get_encoder(ENCODER)
    if not article.sentences:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    cached = store.sentence_vectors(article.id, vector_model())
    if cached is not None and cached.shape == (len(article.sentences), encoder.dim):
        return cached
    fresh = encoder.encode(list(article.sentences))
    try:
        store.put_sentence_vectors(article.id, fresh, vector_model())
    except (StoreError, sqlite3.Error):
        pass
    return fresh


def coverage_of(store: Store, ids: list[str]) -> dict[str, Any] | None:
    """The coverage (facts, unique facts, entities, conflicts) of the articles ``ids``.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     coverage_of(store, ["nope00"]) is None
    True
    """
    from storyline.coverage import corpus_mean, story_coverage

    articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
    if not articles:
        return None
    cov = story_coverage(articles, lambda a: sentence_vectors(store, a), mean=corpus_mean(ENCODER))
    return cov.to_dict()


def two_article_coverage(a: Any, b: Any, store: Store) -> dict[str, Any]:
    """What two stored articles both report, and what each adds (aligned sentences)."""
    from storyline.coverage import compare_coverage, corpus_mean

    return compare_coverage(
        a, b, sentence_vectors(store, a), sentence_vectors(store, b), mean=corpus_mean(ENCODER)
    )
