"""The glue between the store and the web layer: plain functions returning plain dicts.

Every page and every API answer is built from one of these functions, so
whatever the web shows a Python user can get with one call (and the lead
can move this module to the public API unchanged). They take an open
:class:`~storyline.store.Store`, return JSON-ready ``dict`` objects and
raise :class:`NotFound` for unknown ids and :class:`BadRequest` for
arguments that make no sense; they know nothing of HTTP.

Examples
--------
>>> from storyline.store import Store
>>> with Store(":memory:") as store:
...     health(store)["articles"], story_list(store)["total"]
(0, 0)
"""

from __future__ import annotations

import hmac
import sqlite3
from collections import Counter
from typing import Any

import numpy as np

from storyline.article import RawDocument
from storyline.store import Store, StoreError
from storyline.web.display import day_of

__all__ = [
    "BadRequest",
    "NotFound",
    "article_detail",
    "compare",
    "health",
    "ingest_one",
    "search",
    "story_detail",
    "story_list",
    "tokens_match",
]

MODEL = "e5-small"
"""Encoder whose cached document vectors drive semantic search and similar articles."""

SNIPPET_CHARS = 280


class NotFound(LookupError):
    """An id that names no article or story (the message says which)."""


class BadRequest(ValueError):
    """Arguments that cannot be answered (the message says why, in one line)."""


def tokens_match(given: str | None, expected: str) -> bool:
    """Compare a bearer token with the configured one in constant time.

    Examples
    --------
    >>> tokens_match("s3cret", "s3cret"), tokens_match("nope", "s3cret"), tokens_match(None, "x")
    (True, False, False)
    """
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _lead(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "..."


def health(store: Store, *, read_only: bool = True) -> dict[str, Any]:
    """Counts that show the store is readable, and whether writes are enabled.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     sorted(health(store))
    ['articles', 'languages', 'read_only', 'status', 'stories']
    """
    return {
        "status": "ok",
        "articles": store.count_articles(),
        "stories": len(store.list_stories()),
        "languages": store.languages(),
        "read_only": read_only,
    }


def _per_day(dates: list[str | None]) -> tuple[dict[str, int], int]:
    days = [day_of(d) for d in dates]
    counts = Counter(d for d in days if d)
    return dict(sorted(counts.items())), sum(1 for d in days if d is None)


def _story_row(store: Store, story_id: str) -> dict[str, Any] | None:
    detail = store.get_story(story_id)
    if detail is None:
        return None
    outlets = sorted({a.outlet for a in detail.articles if a.outlet})
    per_day, undated = _per_day([a.published for a in detail.articles])
    return {
        "id": detail.id,
        "title": detail.title,
        "title_lang": next((a.lang for a in detail.articles if a.title == detail.title), None),
        "languages": detail.languages,
        "n_languages": len(detail.languages),
        "n_articles": detail.n_articles,
        "first_seen": detail.first_seen,
        "last_seen": detail.last_seen,
        "outlets": outlets,
        "n_outlets": len(outlets),
        "per_day": per_day,
        "undated": undated,
        "article_ids": [a.id for a in detail.articles],
    }


def story_list(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    q: str | None = None,
    min_languages: int = 1,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Stories, most recent first and, on the same last day, most active first.

    Parameters
    ----------
    since, until
        ISO dates: keep stories seen on or after ``since`` and first seen on
        or before ``until``.
    lang
        Keep stories with an article in this language.
    q
        Keep stories whose title contains ``q`` or whose articles match it
        in the full-text index.
    min_languages
        Keep stories reported in at least this many languages.
    limit, offset
        The page; ``total`` counts every story that passed the filters.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     story_list(store, limit=5, offset=10)
    {'total': 0, 'limit': 5, 'offset': 10, 'stories': []}
    """
    if limit < 0 or offset < 0:
        raise BadRequest("limit and offset must not be negative")
    summaries = store.list_stories(since=since, until=until, lang=lang or None)
    if min_languages > 1:
        summaries = [s for s in summaries if len(s.languages) >= min_languages]
    if q and q.strip():
        try:
            hits = {h.article_id for h in store.search(q, limit=1000)}
        except StoreError:
            hits = set()
        needle = q.strip().casefold()
        summaries = [
            s
            for s in summaries
            if needle in (s.title or "").casefold() or hits.intersection(s.article_ids)
        ]
    ranked = sorted(
        summaries,
        key=lambda s: (day_of(s.last_seen) or "", s.n_articles, len(s.languages)),
        reverse=True,
    )
    page = ranked[offset : offset + limit]
    rows = [row for row in (_story_row(store, s.id) for s in page) if row is not None]
    return {"total": len(ranked), "limit": limit, "offset": offset, "stories": rows}


def _article_card(store: Store, article_id: str) -> dict[str, Any] | None:
    article = store.get_article(article_id)
    if article is None:
        return None
    return {
        "id": article.id,
        "title": article.title,
        "lang": article.lang,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "lead": _lead(article.text),
    }


def story_detail(store: Store, story_id: str) -> dict[str, Any]:
    """One story: its articles (grouped by language too), timeline counts and coverage.

    Raises
    ------
    NotFound
        When no story has this id (merged stories resolve to the live one).

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     story_detail(store, "nope")
    Traceback (most recent call last):
    ...
    storyline.web.service.NotFound: no story with id 'nope'
    """
    try:
        detail = store.get_story(story_id)
    except StoreError as exc:
        raise BadRequest(str(exc)) from exc
    if detail is None:
        raise NotFound(f"no story with id {story_id!r}")
    cards = []
    for member in detail.articles:
        card = _article_card(store, member.id)
        if card is not None:
            card["probability"] = member.probability
            cards.append(card)
    by_language: dict[str, list[str]] = {}
    for card in cards:
        by_language.setdefault(card["lang"], []).append(card["id"])
    per_day, undated = _per_day([c["published"] for c in cards])
    outlets = sorted({c["outlet"] for c in cards if c["outlet"]})
    return {
        "id": detail.id,
        "requested_id": story_id,
        "title": detail.title,
        "languages": detail.languages,
        "n_articles": detail.n_articles,
        "first_seen": detail.first_seen,
        "last_seen": detail.last_seen,
        "merged_ids": detail.merged_ids,
        "outlets": outlets,
        "per_day": per_day,
        "undated": undated,
        "article_ids": [c["id"] for c in cards],
        "articles": cards,
        "by_language": dict(sorted(by_language.items())),
        "coverage": _coverage(store, [c["id"] for c in cards]),
    }


# -- semantic search ---------------------------------------------------------


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

    def __init__(self, model: str = MODEL) -> None:
        import threading

        self.model = model
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


def _semantic_index(index: SemanticIndex | None) -> SemanticIndex:
    if index is not None:
        return index
    return _DEFAULT_INDEX.setdefault(MODEL, SemanticIndex(MODEL))


def _cards_for_seqs(
    store: Store, hits: list[tuple[int, float]], *, skip_lang: str | None = None
) -> list[dict[str, Any]]:
    rows = {r.seq: r for r in store.link_rows(seqs=[s for s, _ in hits], model=MODEL)}
    out = []
    for seq, cosine in hits:
        row = rows.get(seq)
        if row is None or (skip_lang and row.lang == skip_lang):
            continue
        card = _article_card(store, row.article_id)
        if card is not None:
            card["story_id"] = row.story_id
            card["similarity"] = round(float(cosine), 4)
            out.append(card)
    return out


def search(
    store: Store,
    q: str,
    *,
    lang: str | None = None,
    limit: int = 10,
    semantic: bool = True,
    index: SemanticIndex | None = None,
) -> dict[str, Any]:
    """Keyword (full-text) and cross-lingual semantic search over the articles.

    ``keyword`` hits match every word of ``q`` through the FTS5 index;
    ``semantic`` hits are the articles whose document vectors are nearest to
    the query encoded by the same multilingual encoder as the articles (so
    an English query finds Persian and Arabic reports), whatever their
    wording. ``lang`` keeps results in one language.

    Raises
    ------
    BadRequest
        When the query has no words.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     search(store, "flood", semantic=False)
    {'query': 'flood', 'keyword': [], 'semantic': []}
    >>> with Store(":memory:") as store:
    ...     search(store, " ?! ")
    Traceback (most recent call last):
    ...
    storyline.web.service.BadRequest: empty search query
    """
    if limit < 1:
        raise BadRequest("limit must be at least 1")
    try:
        hits = store.search(q, limit=limit, lang=lang or None)
    except StoreError as exc:
        raise BadRequest(str(exc)) from exc
    keyword = []
    for hit in hits:
        card = _article_card(store, hit.article_id)
        if card is not None:
            card["snippet"] = hit.snippet
            card["score"] = hit.score
            keyword.append(card)
    found: list[dict[str, Any]] = []
    if semantic and store.vector_state(MODEL)[0]:
        from storyline.encode import get_encoder

        vector = get_encoder(MODEL).encode([q.strip()])[0]
        want = limit * 4 if lang else limit
        near = _semantic_index(index).nearest(store, vector, k=want)
        found = [c for c in _cards_for_seqs(store, near) if not lang or c["lang"] == lang][:limit]
    return {"query": q, "keyword": keyword, "semantic": found}


def article_detail(
    store: Store, article_id: str, *, similar: int = 6, index: SemanticIndex | None = None
) -> dict[str, Any]:
    """One article: every field, its story, and the most similar articles in other languages.

    Raises
    ------
    NotFound
        When no article (or near-duplicate copy) has this id or unique prefix.

    Examples
    --------
    >>> from storyline.article import Article
    >>> with Store(":memory:") as store:
    ...     _ = store.add_article(Article(id="0123456789abcdef", text="Rain.", text_original="Rain.",
    ...                                   lang="en", lang_confidence=1.0))
    ...     d = article_detail(store, "0123456789ab")
    >>> d["id"], d["story"], d["similar"]
    ('0123456789abcdef', None, [])
    """
    try:
        article = store.get_article(article_id)
    except StoreError as exc:
        raise BadRequest(str(exc)) from exc
    if article is None:
        raise NotFound(f"no article with id {article_id!r}")
    data = article.to_dict()
    data["story"] = None
    data["similar"] = []
    rows = store.link_rows(ids=[article.id], model=MODEL)
    if rows:
        row = rows[0]
        if row.story_id:
            story = store.get_story(row.story_id)
            if story is not None:
                data["story"] = {"id": story.id, "title": story.title}
        if similar > 0:
            near = _semantic_index(index).nearest(store, row.doc, k=similar * 4, exclude=row.seq)
            data["similar"] = _cards_for_seqs(store, near, skip_lang=article.lang)[:similar]
    return data


# -- writing -----------------------------------------------------------------

DECLARED_FIELDS = ("title", "url", "lang", "outlet", "published", "author")
"""Metadata a client may declare with an article (``published`` is stored as ``date``)."""


def ingest_one(
    store: Store,
    content: str,
    *,
    kind: str = "text",
    declared: dict[str, str | None] | None = None,
    origin: str = "api",
    link: bool = True,
) -> dict[str, Any]:
    """Clean one posted article, store it and (when ``link``) put it in a story.

    Parameters
    ----------
    content
        Plain text (``kind="text"``) or an HTML page (``kind="html"``).
    declared
        Metadata the client states: ``title``, ``url``, ``lang``, ``outlet``,
        ``published`` (any date the date parser reads), ``author``.
    origin
        Recorded as the article's origin.

    Returns
    -------
    dict
        ``status`` (``added``, ``exists`` or ``duplicate``), ``id``,
        ``original_id`` (for a duplicate), ``lang``, ``title`` and
        ``story_id`` (``None`` until linked).

    Raises
    ------
    BadRequest
        When the document holds no article text.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     r = ingest_one(store, "Floods close schools\\n\\nHeavy rain closed schools in "
    ...                    "Porto Alegre on Monday as rivers rose.", declared={"lang": "en"},
    ...                    link=False)
    ...     again = ingest_one(store, "Floods close schools\\n\\nHeavy rain closed schools in "
    ...                        "Porto Alegre on Monday as rivers rose.", link=False)
    >>> r["status"], r["lang"], again["status"], again["id"] == r["id"]
    ('added', 'en', 'exists', True)
    """
    from storyline.pipeline import DocumentError, prepare

    if kind not in ("text", "html"):
        raise BadRequest(f"unknown document kind {kind!r}: use text or html")
    meta = {k: v.strip() for k, v in (declared or {}).items() if isinstance(v, str) and v.strip()}
    unknown = sorted(set(meta) - set(DECLARED_FIELDS))
    if unknown:
        raise BadRequest(f"unknown field(s): {', '.join(unknown)}")
    if "published" in meta:
        meta["date"] = meta.pop("published")
    doc = RawDocument(origin=origin, content=content, kind=kind, declared=meta)  # type: ignore[arg-type]
    try:
        prepared = prepare(doc)
    except DocumentError as exc:
        raise BadRequest(f"no article in the document: {exc}") from exc
    result = store.add_article(prepared.article, prepared.signature)
    story_id = None
    if link and result.status == "added":
        story_id = _link_new(store, result.article_id)
    elif result.status != "duplicate":
        rows = store.link_rows(ids=[result.article_id], model=MODEL)
        story_id = rows[0].story_id if rows else None
    return {
        "status": result.status,
        "id": result.article_id,
        "original_id": result.original_id,
        "lang": prepared.article.lang,
        "title": prepared.article.title,
        "story_id": story_id,
    }


def _link_new(store: Store, article_id: str) -> str | None:
    """Encode and link one stored article with the same tracker ``storyline ingest`` uses."""
    from storyline.encode import get_encoder
    from storyline.link.tracker import Tracker

    decisions = Tracker(store, get_encoder(MODEL)).link_pending([article_id])
    if decisions:
        return decisions[0].story_id
    rows = store.link_rows(ids=[article_id], model=MODEL)
    return rows[0].story_id if rows else None


# -- comparing ---------------------------------------------------------------


def _pair_side(article: Any) -> Any:
    from storyline.link.features import PairSide

    return PairSide(
        text=article.text,
        lang=article.lang,
        title=article.title,
        published=article.published,
        sentences=article.sentences or None,
    )


def compare(store: Store, a: str, b: str) -> dict[str, Any]:
    """Compare two articles: similarity on the SemEval scale and shared/unique facts.

    Returns
    -------
    dict
        ``a`` and ``b`` (article cards), ``score`` (``overall`` 1 = very
        similar ... 4 = very dissimilar, the six ``dimensions`` on the same
        scale, ``same_event_probability``) and ``coverage`` (the facts both
        report and those only one reports).

    Raises
    ------
    NotFound
        When either id names no article.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     compare(store, "abcdef01", "abcdef02")
    Traceback (most recent call last):
    ...
    storyline.web.service.NotFound: no article with id 'abcdef01'
    """
    articles = []
    for ident in (a, b):
        try:
            found = store.get_article(ident)
        except StoreError as exc:
            raise BadRequest(str(exc)) from exc
        if found is None:
            raise NotFound(f"no article with id {ident!r}")
        articles.append(found)
    first, second = articles
    from storyline.encode import get_encoder
    from storyline.link.features import encode_sides
    scorer = _scorer()
    sides = [_pair_side(first), _pair_side(second)]
    va, vb = encode_sides(sides, get_encoder(scorer.encoder_name))
    score = scorer.score(sides[0], sides[1], va, vb)
    return {
        "a": _article_card(store, first.id),
        "b": _article_card(store, second.id),
        "same_article": first.id == second.id,
        "score": {
            "overall": round(score.overall, 3),
            "dimensions": {k: round(v, 3) for k, v in score.dimensions.items()},
            "same_event_probability": round(score.same_event_probability, 4),
        },
        "coverage": _compare_coverage(first, second, store),
    }


_SCORER: list[Any] = []


def _scorer() -> Any:
    from storyline.link.scorer import PairScorer

    if not _SCORER:
        _SCORER.append(PairScorer.load())
    return _SCORER[0]



# -- coverage ----------------------------------------------------------------


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
    from storyline.encode import get_encoder

    encoder = get_encoder(MODEL)
    if not article.sentences:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    cached = store.sentence_vectors(article.id, MODEL)
    if cached is not None and cached.shape == (len(article.sentences), encoder.dim):
        return cached
    fresh = encoder.encode(list(article.sentences))
    try:
        store.put_sentence_vectors(article.id, fresh, MODEL)
    except (StoreError, sqlite3.Error):
        pass
    return fresh


def _coverage(store: Store, ids: list[str]) -> dict[str, Any] | None:
    from storyline.coverage import corpus_mean, story_coverage

    articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
    if not articles:
        return None
    cov = story_coverage(
        articles, lambda a: sentence_vectors(store, a), mean=corpus_mean(MODEL)
    )
    return cov.to_dict()


def _compare_coverage(a: Any, b: Any, store: Store) -> dict[str, Any]:
    from storyline.coverage import compare_coverage, corpus_mean

    return compare_coverage(
        a, b, sentence_vectors(store, a), sentence_vectors(store, b), mean=corpus_mean(MODEL)
    )
