"""Two articles side by side: similarity, the one same-event probability, compare.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> a = Article(id="a" * 16, text="Rain fell.", text_original="", lang="en", lang_confidence=1.0)
>>> compare_articles(a, a, settings=Settings(encoder="hashing"))["same_article"]
True
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from storyline.api.articles import article_card
from storyline.api.common import _or_default
from storyline.api.coverage import two_article_coverage
from storyline.article import Article
from storyline.encode import get_encoder
from storyline.settings import Settings
from storyline.store import Store

__all__ = ["compare_articles", "link_probability", "pair_score", "same_event"]


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


def same_event(
    a: Article, b: Article, store: Store | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """The one calibrated same-event probability of ``a`` and ``b``, the decision and why.

    The model ``storyline ingest`` joins stories with
    (:class:`~storyline.link.decide.LinkModel`): title + lead vectors
    centred on each language's running mean (the store's when given, else
    the training mean), number/name/country/people/place/year keys and the
    publication gap (an unknown date counts as neither close nor far), and
    the sentence-level evidence the tracker adds for its top candidates
    (headlines and the first sentences aligned, and the similarity
    scorer's predicted ``Overall`` of the pair,
    :func:`~storyline.link.align_evidence.pair_alignment`,
    :meth:`~storyline.link.decide.LinkModel.refine`).

    Returns
    -------
    dict
        ``probability``, ``threshold`` (the join threshold of the decision:
        :meth:`~storyline.link.decide.LinkModel.decision_threshold` when the
        sentence-level stage decided), ``same_event`` (``probability >=
        threshold``) and ``evidence`` (short lines, the strongest first, see
        :meth:`~storyline.link.decide.LinkModel.explain`).

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Floods hit Dhaka.", text_original="", lang="en",
    ...             lang_confidence=1.0, title="Floods in Bangladesh")
    >>> out = same_event(a, a)
    >>> 0.0 <= out["probability"] <= 1.0, out["evidence"][-1]
    (True, 'date unknown')
    """
    from storyline.encode import doc_text_for_linking
    from storyline.link.decide import fact_keys, link_keys, pair_link_features
    from storyline.link.facts import conflict_line, penalise
    from storyline.link.recalled_figures import figure_recall_line
    from storyline.link.tracker import _gap_days
    from storyline.link.vectors import vector_key

    s = _or_default(settings)
    encoder = get_encoder(s.encoder)
    config = s.tracker
    model = _link_model()
    mean = model.running_mean(encoder.name, encoder.dim)
    key = vector_key(encoder, config.lead_chars)
    stored: dict[str, np.ndarray] = {}
    if store is not None:
        mean.load(store.get_meta(f"mean:{key}"))
        stored = store.doc_vectors([a.id, b.id], key)  # the linking vectors, when linked
    todo = [x for x in (a, b) if x.id not in stored]
    if todo:
        fresh = encoder.encode(
            [doc_text_for_linking(x.title, x.text, config.lead_chars) for x in todo]
        )
        stored = {**stored, **{x.id: v for x, v in zip(todo, fresh, strict=True)}}
    va, vb = stored[a.id], stored[b.id]
    keys_a, keys_b = link_keys(a.title, a.text, a.lang), link_keys(b.title, b.text, b.lang)
    features = pair_link_features(
        va,
        vb,
        keys_a,
        keys_b,
        a.lang,
        b.lang,
        mean.value(a.lang),
        mean.value(b.lang),
    )
    gap = _gap_days(a.published, b.published)
    prob = float(model.probability(features[None, :], [gap])[0])
    threshold = model.threshold
    evidence = model.explain(features, gap)
    if model.can_refine:
        from storyline.link.align_evidence import encode_align_side, pair_alignment
        from storyline.link.vectors import LEAD_CHARS

        # the title+lead vector above is the similarity scorer's document at the default lead
        docs = (va, vb) if config.lead_chars == LEAD_CHARS else (None, None)
        side_a, side_b = (
            encode_align_side(encoder, x.lang, x.title, x.sentences, text=x.text, doc=d)
            for x, d in zip((a, b), docs, strict=True)
        )
        align = pair_alignment(side_a, side_b, mean.value(a.lang), mean.value(b.lang))
        prob = float(model.refine(features[None, :], align[None, :], [gap])[0])
        threshold = model.decision_threshold(align)  # refined decisions' bar
        evidence = model.explain_alignment(align) + model.explain(
            features, gap, refined=True, align_row=align
        )
    # typed facts stated otherwise (a score, rates): another occurrence, as the tracker weighs it
    facts_a, facts_b = fact_keys(keys_a), fact_keys(keys_b)  # as link_keys read them
    line = conflict_line(facts_a, facts_b, config.fact_conflict) or figure_recall_line(
        keys_a, keys_b, config.fact_conflict
    )
    if line:
        prob = float(penalise(np.array([prob]), np.array([-config.fact_conflict]))[0])
        evidence = [line, *evidence]
    return {
        "probability": round(prob, 4),
        "threshold": threshold,
        "same_event": prob >= threshold,
        "evidence": evidence,
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
    """Everything known about two articles, stored or not: the one compare shape.

    ``storyline compare --json`` prints it and ``GET /api/compare`` answers it.

    Returns
    -------
    dict
        ``a`` and ``b`` (:func:`article_card`), ``same_article``, ``score``
        -- the similarity, ``overall`` (SemEval scale: 1 very similar ... 4
        very dissimilar) and ``dimensions``, and the one same-event answer,
        ``same_event_probability``, ``same_event``, ``joins_at`` (the join
        threshold) and ``evidence`` (see :func:`same_event`) -- and
        ``coverage``: the ``shared`` / ``only_a`` / ``only_b`` aligned
        sentences (:func:`two_article_coverage`). Sentence vectors come from
        the store's cache when ``store`` holds the articles.

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Rain fell.", text_original="", lang="en", lang_confidence=1.0)
    >>> sorted(compare_articles(a, a, settings=Settings(encoder="hashing")))
    ['a', 'b', 'coverage', 'same_article', 'score']
    """
    event = same_event(a, b, store, settings)
    return {
        "a": article_card(a),
        "b": article_card(b),
        "same_article": a.id == b.id,
        "score": {
            **pair_score(a, b),
            "same_event_probability": event["probability"],
            "same_event": event["same_event"],
            "joins_at": event["threshold"],
            "evidence": event["evidence"],
        },
        "coverage": two_article_coverage(a, b, store, settings),
    }
