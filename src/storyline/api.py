"""The public Python API: the one door of the CLI and the web app.

Functions here take a :class:`~storyline.store.Store` (or plain articles) and
a :class:`~storyline.settings.Settings`, and return plain data, so that
anything the command line or a web page shows, a Python user gets with one
call. ``cli/`` and ``web/`` reach ``link/``, ``store/`` and ``coverage/`` only
through this module (``tests/test_import_graph.py`` reads the import graph
to keep it so): the store (:class:`Store`, :class:`StoreError`,
:func:`default_db_path`), loading an article from a file or an id
(:func:`article_from`), the story of an article (:func:`story_of`),
linking one article (:func:`link_article`), similar articles, relinking,
semantic search (:class:`SemanticIndex`), compare, coverage and training.

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
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.article import Article, RawDocument
from storyline.encode import get_encoder
from storyline.errors import StorylineError
from storyline.settings import DEFAULT_ENCODER, Settings
from storyline.store import Store, StoreError, default_db_path

if TYPE_CHECKING:
    from storyline.coverage.facts import Coverage
    from storyline.link.edits import EditError

__all__ = [
    "ENCODER",
    "ArticleNotFound",
    "Coverage",
    "EditError",
    "SemanticIndex",
    "Store",
    "StoreError",
    "article_card",
    "article_from",
    "describe_reason",
    "default_db_path",
    "lead_of",
    "link_article",
    "merge_stories",
    "relink",
    "semantic_index",
    "similar_articles",
    "similar_to_text",
    "split_article",
    "story_of",
    "train_models",
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
    "check_store",
    "list_sources",
    "list_watches",
    "watch_alerts",
    "ingest_prepared_dir",
    "is_prepared_dir",
    "spark_session",
    "spark_prepare",
    "spark_link_shards",
    "export_store",
    "EXPORT_TABLES",
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
    from storyline.link.decide import RunningMean, link_keys, pair_link_features
    from storyline.link.tracker import _gap_days
    from storyline.link.vectors import vector_key

    s = _or_default(settings)
    encoder = get_encoder(s.encoder)
    config = s.tracker
    model = _link_model()
    mean = RunningMean(encoder.dim, model.prior_mean(encoder.name, encoder.dim))
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


CARD_LEAD_CHARS = 280
"""Characters of an article's text shown as the ``lead`` of its card."""


def lead_of(text: str, limit: int = CARD_LEAD_CHARS) -> str:
    """The first ``limit`` characters of ``text`` on one line, cut at a word.

    Examples
    --------
    >>> lead_of("Rain  fell\\n on Dhaka.")
    'Rain fell on Dhaka.'
    >>> lead_of("one two three four", limit=10)
    'one two...'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "..."


def article_card(article: Article) -> dict[str, Any]:
    """An article as lists and comparisons show it: id, title, language, outlet, date, url, lead.

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Rain.", text_original="", lang="en", lang_confidence=1.0)
    >>> sorted(article_card(a))
    ['id', 'lang', 'lead', 'outlet', 'published', 'title', 'url']
    """
    return {
        "id": article.id,
        "title": article.title,
        "lang": article.lang,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "lead": lead_of(article.text),
    }


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


# -- loading articles ---------------------------------------------------------


class ArticleNotFound(StorylineError, LookupError):
    """A reference that is neither a readable file nor a stored article (one-line reason)."""


def article_from(ref: str | Path, store: Store | None = None) -> Article:
    """The article ``ref`` names: a file (read and prepared, not stored), else a stored id.

    The first document of the file counts; an id may be a unique prefix.

    Raises
    ------
    ArticleNotFound
        When ``ref`` is no file, or a file with no article, and no stored id.
    StoreError
        When the store cannot be read.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     article_from("nope00", store)
    Traceback (most recent call last):
    ...
    storyline.api.ArticleNotFound: 'nope00' is neither a file nor a stored article id
    """
    from storyline.pipeline import DocumentError, prepare
    from storyline.read import read_path

    path = Path(ref)
    if path.is_file():
        for item in read_path(path):
            if not isinstance(item, RawDocument):
                raise ArticleNotFound(f"{ref}: {item.reason}")
            try:
                return prepare(item).article
            except DocumentError as exc:
                raise ArticleNotFound(f"{ref}: {exc}") from exc
        raise ArticleNotFound(f"{ref}: no document in file")
    if store is None:
        raise ArticleNotFound(f"{str(ref)!r} is neither a file nor an article id (no store)")
    found = store.get_article(str(ref))
    if found is None:
        raise ArticleNotFound(f"{str(ref)!r} is neither a file nor a stored article id")
    return found


# -- stories --------------------------------------------------------------------


def story_of(store: Store, article_id: str, settings: Settings | None = None) -> str | None:
    """The live id of the story ``article_id`` belongs to (merged ids resolved), or ``None``.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     story_of(store, "0" * 16) is None
    True
    """
    rows = store.link_rows(ids=[article_id], model=vector_model(settings))
    if not rows or not rows[0].story_id:
        return None
    return store.resolve_story(rows[0].story_id)


def check_store(store: Store, settings: Settings | None = None) -> Any:
    """Check the store's story invariants (:meth:`Store.check_consistency`) and its centroids.

    The centroids are compared with the linking vectors of ``settings.encoder``.
    Returns a :class:`storyline.store.check.ConsistencyReport`.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     check_store(store).to_dict()["ok"]
    True
    """
    return store.check_consistency(model=vector_model(settings))


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

    s = _or_default(settings)
    Tracker(store, get_encoder(s.encoder), s.tracker).link_pending([article_id])
    return story_of(store, article_id, s)


def relink(
    store: Store,
    settings: Settings | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    recent_days: float | None = None,
) -> Any:
    """Re-cluster every stored article in arrival order (:func:`storyline.link.stories.relink`).

    ``recent_days``: only the articles of the last days, in publication
    order (:func:`storyline.link.stories.relink_recent`).
    """
    from storyline.link.stories import relink as run
    from storyline.link.stories import relink_recent

    s = _or_default(settings)
    if recent_days is not None:
        return relink_recent(
            store, get_encoder(s.encoder), recent_days, s.tracker, progress=progress
        )
    return run(store, get_encoder(s.encoder), s.tracker, progress=progress)


def similar_articles(
    store: Store, article_id: str, limit: int = 10, settings: Settings | None = None
) -> list[Any]:
    """Stored articles nearest to a stored one, any language (``KeyError`` for an unknown id).

    Each hit (:class:`~storyline.link.stories.SimilarHit`) carries the one
    same-event probability ``compare`` gives the pair: sentence-level for the
    nearest :data:`~storyline.link.stories.SIMILAR_REFINED`, title+lead for
    the others (``same_event_stage``), with its bar (``joins_at``).
    """
    from storyline.link.stories import similar_articles as run

    s = _or_default(settings)
    return run(store, article_id, get_encoder(s.encoder), limit, s.tracker)


def similar_to_text(
    store: Store, article: Article, limit: int = 10, settings: Settings | None = None
) -> list[Any]:
    """Stored articles nearest to an article that is not stored (read from a file).

    The hits carry the same-event probability as :func:`similar_articles`'s do.
    """
    from storyline.link.stories import similar_to_text as run

    s = _or_default(settings)
    return run(
        store,
        article.title,
        article.text,
        get_encoder(s.encoder),
        limit,
        s.tracker,
        lang=article.lang,
        published=article.published,
        sentences=article.sentences or None,
    )


def split_article(store: Store, article_id: str, settings: Settings | None = None) -> Any:
    """Move an article out of its story, remembered by later relinks (:mod:`storyline.link.edits`).

    Returns the edit's result (``story_id``, ``from_story``, ``articles``;
    ``to_dict()`` for JSON); raises :class:`EditError` (one line) when it
    cannot be done.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     split_article(store, "0" * 16, Settings(encoder="hashing"))
    Traceback (most recent call last):
    ...
    storyline.link.edits.EditError: no article with id '0000000000000000'
    """
    from storyline.link.edits import split_article as run

    return run(store, article_id, vector_model(settings))


def merge_stories(
    store: Store, story_a: str, story_b: str, settings: Settings | None = None
) -> Any:
    """Move every article of ``story_b`` into ``story_a``, remembered by later relinks.

    Raises :class:`EditError` (one line) when it cannot be done.
    """
    from storyline.link.edits import merge_stories as run

    return run(store, story_a, story_b, vector_model(settings))


def describe_reason(reason: dict[str, Any] | None, short: dict[str, str] | None = None) -> str:
    """One line of "joined because ..." from a stored reason record (:mod:`storyline.link.support`).

    Examples
    --------
    >>> describe_reason(None)
    'no reason recorded (linked before reasons were kept)'
    """
    from storyline.link.support import describe_reason as run

    return run(reason, short)


# -- semantic search --------------------------------------------------------------


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


# -- training ---------------------------------------------------------------------


def train_models(
    csv_path: Path,
    out: Path,
    *,
    folds: int = 5,
    cache: Path | None = None,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    keep_title_lead: Path | None = None,
) -> dict[str, Any]:
    """Re-train the similarity scorer and the same-event model from a SemEval pairs CSV.

    Cross-validated by article; the same-event probability is calibrated on
    out-of-fold predictions. The scorer comes first: its out-of-fold
    predicted ``Overall`` is the same-event model's ``similarity`` feature
    (nested out-of-fold predictions for its figures). ``keep_title_lead``: a
    ``linker.json`` whose title+lead stage (weights, threshold, figures) is
    kept; the shipped file is made with ``storyline train PAIRS.csv
    --keep-title-lead src/storyline/data/linker.json``. Writes ``out/linker.json`` and
    ``out/scorer.json`` (both record the encoder they were trained with;
    copy them over ``storyline/data/`` to use them) and returns what
    ``storyline train --json`` prints.

    Raises
    ------
    ValueError
        When ``settings.encoder`` names no known encoder.
    """
    import json

    from storyline.encode import CachedEncoder
    from storyline.training.linker import train_link_model
    from storyline.training.scorer import train_from_pairs

    say = progress or (lambda _msg: None)
    out.mkdir(parents=True, exist_ok=True)
    encoder: Any = get_encoder(_or_default(settings).encoder)
    if cache is not None:
        encoder = CachedEncoder(encoder, cache)
    say("training the similarity scorer…")
    report = train_from_pairs(
        csv_path,
        encoder=encoder,
        folds=folds,
        out_path=out / "scorer.json",
        progress=say,
        nested=True,
    )
    # the same-event model's sentence-level stage stacks the scorer's predicted Overall
    similarity = None
    if report.oof_overall is not None and report.nested_overall is not None:
        similarity = (report.oof_overall, report.nested_overall)
    stage1 = None
    if keep_title_lead is not None:
        stage1 = json.loads(Path(keep_title_lead).read_text(encoding="utf-8"))
    params, link_cv = train_link_model(
        csv_path, encoder, folds=folds, progress=say, similarity=similarity, stage1=stage1
    )
    (out / "linker.json").write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
    link_cv.pop("predictions", None)
    return {
        "encoder": encoder.name,
        "scorer": str(out / "scorer.json"),
        "linker": str(out / "linker.json"),
        "pairs": report.n_pairs,
        "evaluated": report.n_evaluated,
        "scorer_cv": report.cv,
        "linker_cv": link_cv,
    }


# -- feeds, watches and alerts (storyline.feeds; loaded on first use) ------------

FEEDS_API = (
    "FeedError",
    "FetchError",
    "SourceError",
    "add_sources",
    "import_opml",
    "parse_every",
    "poll",
    "remove_source",
    "EVENTS",
    "SIGNATURE_HEADER",
    "WatchError",
    "add_watch",
    "alert_payload",
    "deliver",
    "evaluate_pending",
    "remove_watch",
    "sign",
    "story_atom",
    "verify",
    "watch_atom",
)
"""Names of :mod:`storyline.feeds` that this module serves (``storyline.api.poll`` ...):
following sources (``sources``), one ``watch`` round, watches and their alerts."""


def list_watches(store: Store) -> list[dict[str, Any]]:
    """Every watch (its secret left out) with its number of alerts and its last one.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     list_watches(store)
    []
    """
    out = []
    for watch in store.list_watches():
        row = watch.to_dict()
        alerts = store.list_alerts(watch.name, limit=1)
        row["alerts"] = store.count_alerts(watch.name)
        row["last_alert"] = alerts[0].created_at if alerts else None
        out.append(row)
    return out


def watch_alerts(store: Store, name: str, limit: int = 50) -> list[dict[str, Any]]:
    """A watch's alerts, newest first, as its webhook receives them.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     watch_alerts(store, "nope")
    []
    """
    from storyline.feeds import alert_payload

    return [alert_payload(store, a) for a in store.list_alerts(name, limit=limit)]


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Every followed source with its last fetch, status, items stored and errors.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     _ = store.add_source("https://x.test/rss")
    ...     [(s["url"], s["status"], s["items"]) for s in list_sources(store)]
    [('https://x.test/rss', 'never fetched', 0)]
    """
    return [row.to_dict() for row in store.list_sources()]


# -- at scale: prepared Parquet (storyline.batch) and Spark (storyline.spark) -------------


def is_prepared_dir(path: str | Path) -> bool:
    """True when ``path`` is a directory ``storyline spark prepare`` wrote.

    Examples
    --------
    >>> is_prepared_dir("/no/such/dir")
    False
    """
    from storyline.batch import is_prepared_dir as check

    return check(path)


def ingest_prepared_dir(
    root: str | Path,
    store: Store,
    *,
    order: str = "arrival",
    settings: Settings | None = None,
    link: bool = True,
    progress: Callable[[str, Any], None] | None = None,
    stories: str | Path | None = None,
) -> Any:
    """Store and link a prepared directory with the exact sequential linker, in ``order``.

    Nothing is prepared or encoded again: the articles, signatures, link
    keys and vectors come from the Parquet, streamed
    (:class:`storyline.batch.PreparedReader`: a batch per file at a time when
    the files are sorted in ``order``, as ``spark prepare`` writes them for
    ``arrival``; else read whole and sorted). ``order`` is ``arrival``
    (publication time, else fetch time, then id) or ``input`` (the order a
    local ``ingest`` of the same inputs reads them: same order, same
    stories and ids). Returns the :class:`~storyline.pipeline.IngestReport`.

    ``stories``, a directory ``storyline spark link`` wrote, takes the
    stories from there instead of linking (:func:`storyline.shards.place_stories`:
    centroids, representatives, reasons and the running mean as the tracker
    keeps them); an article it does not place (a near-duplicate kept as
    the original here) is linked by the exact linker. Running it again adds
    nothing.

    Raises
    ------
    storyline.batch.PreparedDirError
        When ``root`` holds no prepared articles, or they were encoded with
        another encoder or lead length than ``settings`` links with.
    storyline.shards.ShardError
        When ``stories`` holds no sharded stories.
    """
    from storyline.batch import PreparedDirError, PreparedReader
    from storyline.pipeline import ingest_prepared

    s = _or_default(settings)
    reader = PreparedReader(root, order)
    wanted = vector_model(s)
    found = reader.vector_keys()
    if link and found and found != [wanted]:
        raise PreparedDirError(
            f"{root} holds vectors {', '.join(found)}, this store links with {wanted}: "
            "prepare again with the same encoder (--encoder) and lead length"
        )
    if stories is None or not link:
        return ingest_prepared(iter(reader), store, settings=s, link=link, progress=progress)
    from storyline.shards import place_stories, read_members

    members = read_members(stories)
    report = ingest_prepared(iter(reader), store, settings=s, link=False, progress=progress)
    placed = place_stories(store, members, wanted)
    report.linked, report.new_stories = placed.placed, placed.stories
    rest = [r.article_id for r in store.link_rows(ids=report.added_ids, model=wanted)
            if r.story_id is None]
    if rest:  # not placed by the shards: the exact linker takes them, as ingest would
        from storyline.link.tracker import Tracker

        tracker = Tracker(store, get_encoder(s.encoder), s.tracker)
        decisions = tracker.link_pending(rest)
        report.linked += len(decisions)
        report.new_stories += sum(d.action == "new" for d in decisions)
    return report


def spark_session(master: str | None = None, threads_per_task: int = 1) -> Any:
    """A Spark session for storyline (:func:`storyline.spark.session`; needs ``storyline[spark]``)."""
    from storyline.spark import session

    return session(master, threads_per_task=threads_per_task)


def spark_prepare(spark: Any, inputs: Sequence[str], out: str, **options: Any) -> Any:
    """Prepare and encode ``inputs`` on Spark into ``out`` (:func:`storyline.spark.prepare`)."""
    from storyline.spark import prepare

    return prepare(spark, inputs, out, **options)


EXPORT_TABLES: tuple[str, ...] = ("articles", "stories", "story_articles", "facts", "entities")
"""The tables :func:`export_store` writes (``storyline.export.TABLES``)."""


def export_store(
    store: Store,
    out: str | Path,
    *,
    coverage: bool = True,
    settings: Settings | None = None,
    **options: Any,
) -> dict[str, int]:
    """Export a store's articles, stories, members, facts and entities (:func:`storyline.export.export_store`).

    ``coverage`` computes the facts and entities of each story of two or
    more articles (:func:`coverage_of`, with ``settings``' encoder).

    Examples
    --------
    >>> import tempfile
    >>> with Store(":memory:") as store:
    ...     export_store(store, tempfile.mkdtemp(), fmt="csv", tables=["stories"])
    {'stories': 0}
    """
    from storyline.export import export_store as run

    def cover(ids: list[str]) -> dict[str, Any] | None:
        return coverage_of(store, ids, settings)

    return run(store, out, coverage=cover if coverage else None, **options)


def spark_link_shards(spark: Any, prepared: str, out: str, **options: Any) -> Any:
    """Link a prepared directory by time shard on Spark (:func:`storyline.spark.link_shards`)."""
    from storyline.spark import link_shards

    return link_shards(spark, prepared, out, **options)


def __getattr__(name: str) -> Any:
    """``Coverage`` and ``EditError`` load on first use (opening a store needs neither),
    and so do the names of :data:`FEEDS_API` (the HTTP client is not needed to read a store)."""
    if name == "Coverage":
        from storyline.coverage.facts import Coverage

        return Coverage
    if name in FEEDS_API:
        import storyline.feeds

        return getattr(storyline.feeds, name)
    if name == "EditError":
        from storyline.link.edits import EditError

        return EditError
    raise AttributeError(f"module 'storyline.api' has no attribute {name!r}")
