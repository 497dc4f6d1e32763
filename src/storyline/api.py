"""The public Python API behind the CLI and the web app.

Functions here take a :class:`~storyline.store.Store` (or plain articles) and
return plain data, so that anything the command line or a web page shows, a
Python user gets with one call.

Examples
--------
>>> from storyline.store import Store
>>> with Store(":memory:") as store:
...     coverage_of(store, ["nope00"]) is None
True
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import Any

import numpy as np

from storyline.article import Article
from storyline.encode import get_encoder
from storyline.settings import DEFAULT_ENCODER, Settings
from storyline.store import Store, StoreError

__all__ = [
    "ENCODER",
    "articles_of",
    "compare_articles",
    "coverage_for",
    "link_probability",
    "same_event",
    "coverage_of",
    "pair_score",
    "sentence_vectors",
    "two_article_coverage",
    "vector_model",
]

logger = logging.getLogger(__name__)

ENCODER = DEFAULT_ENCODER
"""The default encoder (``Settings().encoder``); pass a :class:`Settings` to use another."""


def _or_default(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings()


def vector_model(settings: Settings | None = None) -> str:
    """The key the linking vectors of ``settings.encoder`` are cached under in the store.

    Examples
    --------
    >>> vector_model().startswith("e5-small")
    True
    >>> vector_model(Settings(encoder="hashing")).startswith("hashing")
    True
    """
    from storyline.link.vectors import vector_key

    s = _or_default(settings)
    return vector_key(get_encoder(s.encoder), s.tracker.lead_chars)


def _pair_side(article: Any) -> Any:
    from storyline.link.features import PairSide

    return PairSide(
        text=article.text,
        lang=article.lang,
        title=article.title,
        published=article.published,
        sentences=article.sentences or None,
    )


@functools.cache
def _scorer() -> Any:
    from storyline.link.scorer import PairScorer

    return PairScorer.load()


@functools.cache
def _link_model() -> Any:
    from storyline.link.decide import LinkModel

    return LinkModel.load()


def pair_score(a: Any, b: Any) -> dict[str, Any]:
    """The *similarity* of two articles: predicted SemEval ``overall`` and ``dimensions``.

    Both run from 1 (very similar) to 4 (very dissimilar). Whether the two
    report the same event is :func:`same_event`'s answer, not this one's.
    """
    from storyline.link.features import encode_sides

    scorer = _scorer()
    sides = [_pair_side(a), _pair_side(b)]
    va, vb = encode_sides(sides, get_encoder(scorer.encoder_name))
    score = scorer.score(sides[0], sides[1], va, vb)
    return {
        "overall": round(score.overall, 3),
        "dimensions": {k: round(v, 3) for k, v in score.dimensions.items()},
    }


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
) -> Any:
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
    """What two stored articles both report, and what each adds (aligned sentences)."""
    from storyline.coverage import compare_coverage, corpus_mean

    return compare_coverage(
        a,
        b,
        sentence_vectors(store, a, settings),
        sentence_vectors(store, b, settings),
        mean=corpus_mean(_or_default(settings).encoder),
    )


def same_event(
    a: Article, b: Article, store: Store | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """The one calibrated same-event probability of ``a`` and ``b``, the decision and why.

    The model ``storyline ingest`` joins stories with
    (:class:`~storyline.link.decide.LinkModel`): title + lead vectors
    centred on each language's running mean (the store's when given, else
    the training mean), number/name/country/people/place/year keys and the
    publication gap (an unknown date counts as neither close nor far).

    Returns
    -------
    dict
        ``probability``, ``threshold`` (the join threshold), ``same_event``
        (``probability >= threshold``) and ``evidence`` (short lines, the
        strongest first, see :meth:`~storyline.link.decide.LinkModel.explain`).

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Floods hit Dhaka.", text_original="", lang="en",
    ...             lang_confidence=1.0, title="Floods in Bangladesh")
    >>> out = same_event(a, a)
    >>> 0.0 <= out["probability"] <= 1.0, out["evidence"][-1]
    (True, 'date unknown')
    """
    from storyline.encode import doc_text_for_linking
    from storyline.link.decide import RunningMean, link_keys, pair_link_features
    from storyline.link.tracker import _gap_days
    from storyline.link.vectors import vector_key

    s = _or_default(settings)
    encoder = get_encoder(s.encoder)
    config = s.tracker
    model = _link_model()
    mean = RunningMean(encoder.dim, model.prior_mean(encoder.name, encoder.dim))
    if store is not None:
        mean.load(store.get_meta(f"mean:{vector_key(encoder, config.lead_chars)}"))
    va, vb = encoder.encode(
        [doc_text_for_linking(x.title, x.text, config.lead_chars) for x in (a, b)]
    )
    features = pair_link_features(
        va,
        vb,
        link_keys(a.title, a.text, a.lang),
        link_keys(b.title, b.text, b.lang),
        a.lang,
        b.lang,
        mean.value(a.lang),
        mean.value(b.lang),
    )
    gap = _gap_days(a.published, b.published)
    prob = float(model.probability(features[None, :], [gap])[0])
    return {
        "probability": round(prob, 4),
        "threshold": model.threshold,
        "same_event": prob >= model.threshold,
        "evidence": model.explain(features, gap),
    }


def link_probability(
    a: Article, b: Article, store: Store | None = None, settings: Settings | None = None
) -> float:
    """Just the probability of :func:`same_event`.

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Floods hit Dhaka.", text_original="", lang="en",
    ...             lang_confidence=1.0, title="Floods in Bangladesh")
    >>> 0.0 <= link_probability(a, a) <= 1.0
    True
    """
    return float(same_event(a, b, store, settings)["probability"])


def compare_articles(
    a: Article, b: Article, store: Store | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Everything ``storyline compare`` shows about two articles, stored or not.

    Returns
    -------
    dict
        The similarity: ``overall`` (SemEval scale: 1 very similar ... 4 very
        dissimilar) and ``dimensions``; the one same-event answer:
        ``same_event_probability``, ``same_event``, ``joins_at`` (the join
        threshold) and ``evidence`` (see :func:`same_event`); and
        ``shared`` / ``only_a`` / ``only_b`` aligned sentences. Sentence
        vectors come from the store's cache when ``store`` holds the articles.
    """
    score = pair_score(a, b)
    cov = two_article_coverage(a, b, store, settings)
    event = same_event(a, b, store, settings)
    return {
        **cov,
        **score,
        "same_event_probability": event["probability"],
        "same_event": event["same_event"],
        "joins_at": event["threshold"],
        "evidence": event["evidence"],
        "a": {"id": a.id, "lang": a.lang, "title": a.title, "outlet": a.outlet},
        "b": {"id": b.id, "lang": b.lang, "title": b.title, "outlet": b.outlet},
    }


def articles_of(store: Store, ids: Sequence[str]) -> list[Article]:
    """The stored articles ``ids`` (unique prefixes accepted), skipping unknown ones.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     articles_of(store, ["abcdef"])
    []
    """
    found = (store.get_article(i) for i in ids)
    return [a for a in found if a is not None]
