"""What articles report: sentence vectors (cached in the store) and coverage.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> with Store(":memory:") as store:
...     coverage_of(store, ["nope00"]) is None
True
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.api.articles import articles_of
from storyline.api.common import _or_default, vector_model
from storyline.article import Article
from storyline.encode import get_encoder
from storyline.settings import Settings
from storyline.store import Store, StoreError

if TYPE_CHECKING:
    from storyline.coverage.facts import Coverage

__all__ = ["coverage_for", "coverage_of", "sentence_vectors", "two_article_coverage"]

logger = logging.getLogger(__name__)


def sentence_vectors(
    store: Store | None, article: Any, settings: Settings | None = None
) -> np.ndarray:
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

    encoder = get_encoder(_or_default(settings).encoder)
    if not article.sentences:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    if store is None:
        return encoder.encode(list(article.sentences))
    model = vector_model(settings)
    cached = store.sentence_vectors(article.id, model)
    if cached is not None and cached.shape == (len(article.sentences), encoder.dim):
        return cached
    fresh = encoder.encode(list(article.sentences))
    try:
        store.put_sentence_vectors(article.id, fresh, model)
    except StoreError as exc:
        logger.debug("sentence vectors of %s not cached: %s", article.id, exc)
    return fresh


def coverage_for(
    store: Store | None, articles: Sequence[Article], settings: Settings | None = None
) -> Coverage:
    """The :class:`~storyline.coverage.Coverage` of ``articles`` (what ``storyline coverage`` renders).

    Sentence vectors of ``settings.encoder`` come from the store's cache
    (filled on first use, shared with the web pages) when ``store`` is given.

    Examples
    --------
    >>> coverage_for(None, [], Settings(encoder="hashing")).to_dict()["facts"]
    []
    """
    from storyline.coverage import corpus_mean, story_coverage

    encoder = _or_default(settings).encoder
    return story_coverage(
        articles, lambda a: sentence_vectors(store, a, settings), mean=corpus_mean(encoder)
    )


def coverage_of(
    store: Store, ids: list[str], settings: Settings | None = None
) -> dict[str, Any] | None:
    """The coverage (facts, unique facts, entities, conflicts) of the stored articles ``ids``.

    Unknown ids are skipped; ``None`` when none is known.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     coverage_of(store, ["nope00"]) is None
    True
    """
    articles = articles_of(store, ids)
    if not articles:
        return None
    return dict(coverage_for(store, articles, settings).to_dict())


def two_article_coverage(
    a: Any, b: Any, store: Store | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """What two stored articles both report, and what each adds (aligned sentences).

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Rain fell.", text_original="", lang="en", lang_confidence=1.0)
    >>> sorted(two_article_coverage(a, a, settings=Settings(encoder="hashing")))
    ['a', 'a_lang', 'b', 'b_lang', 'only_a', 'only_b', 'shared']
    """
    from storyline.coverage import compare_coverage, corpus_mean

    return compare_coverage(
        a,
        b,
        sentence_vectors(store, a, settings),
        sentence_vectors(store, b, settings),
        mean=corpus_mean(_or_default(settings).encoder),
    )
