"""The glue between the store and the web layer: plain functions returning plain dicts.

Every page and every API answer is built from one of these functions, so
whatever the web shows a Python user can get with one call (and the lead
can move this module to the public API unchanged). They take an open
:class:`~storyline.api.Store`, return JSON-ready ``dict`` objects and
raise :class:`NotFound` for unknown ids and :class:`BadRequest` for
arguments that make no sense; they know nothing of HTTP.

Examples
--------
>>> from storyline.api import Store
>>> with Store(":memory:") as store:
...     health(store)["articles"], story_list(store)["total"]
(0, 0)
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from storyline.api import (
    SemanticIndex,
    Store,
    StoreError,
    article_card,
    compare_articles,
    coverage_of,
    describe_reason,
    semantic_index,
    vector_model,
)
from storyline.encode import get_encoder
from storyline.settings import Settings
from storyline.text.dates.evidence import estimate_event_date
from storyline.web.display import day_of
from storyline.web.errors import BadRequest, NotFound

__all__ = [
    "article_detail",
    "compare",
    "health",
    "search",
    "story_detail",
    "story_list",
]

logger = logging.getLogger(__name__)

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
        except StoreError as exc:
            logger.info("story search for %r fell back to titles: %s", q, exc)
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
    return None if article is None else article_card(article)


def story_detail(
    store: Store, story_id: str, *, settings: Settings | None = None
) -> dict[str, Any]:
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
    storyline.web.errors.NotFound: no story with id 'nope'
    """
    try:
        detail = store.get_story(story_id)
    except StoreError as exc:
        raise BadRequest(str(exc)) from exc
    if detail is None:
        raise NotFound(f"no story with id {story_id!r}")
    short = {a.id: f"{a.lang} {a.id[:8]}" for a in detail.articles}
    cards = []
    for member in detail.articles:
        card = _article_card(store, member.id)
        if card is not None:
            card["probability"] = member.probability
            card["reason"] = member.reason
            card["joined_because"] = describe_reason(member.reason, short)
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
        "coverage": coverage_of(store, [c["id"] for c in cards], settings),
    }


def _cards_for_seqs(
    store: Store,
    hits: list[tuple[int, float]],
    *,
    skip_lang: str | None = None,
    settings: Settings | None = None,
) -> list[dict[str, Any]]:
    model = vector_model(settings)
    rows = {r.seq: r for r in store.link_rows(seqs=[s for s, _ in hits], model=model)}
    out = []
    for seq, cosine in hits:
        row = rows.get(seq)
        if row is None or (skip_lang and row.lang == skip_lang):
            continue
        card = _article_card(store, row.article_id)
        if card is not None:
            card["story_id"] = store.resolve_story(row.story_id) if row.story_id else None
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
    settings: Settings | None = None,
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
    storyline.web.errors.BadRequest: empty search query
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
    if semantic and store.vector_state(vector_model(settings))[0]:
        vector = get_encoder((settings or Settings()).encoder).encode([q.strip()])[0]
        want = limit * 4 if lang else limit
        near = semantic_index(index, settings).nearest(store, vector, k=want)
        cards = _cards_for_seqs(store, near, settings=settings)
        found = [c for c in cards if not lang or c["lang"] == lang][:limit]
    return {"query": q, "keyword": keyword, "semantic": found}


def article_detail(
    store: Store,
    article_id: str,
    *,
    similar: int = 6,
    index: SemanticIndex | None = None,
    settings: Settings | None = None,
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
    data["estimated_date"] = (
        None
        if article.published
        else estimate_event_date(article.title, article.text, article.lang)
    )
    data["story"] = None
    data["similar"] = []
    rows = store.link_rows(ids=[article.id], model=vector_model(settings))
    if rows:
        row = rows[0]
        if row.story_id:
            story = store.get_story(row.story_id)
            if story is not None:
                data["story"] = {"id": story.id, "title": story.title}
        if similar > 0:
            near = semantic_index(index, settings).nearest(
                store, row.doc, k=similar * 4, exclude=row.seq
            )
            cards = _cards_for_seqs(store, near, skip_lang=article.lang, settings=settings)
            data["similar"] = cards[:similar]
    return data


# -- comparing ---------------------------------------------------------------


def compare(
    store: Store, a: str, b: str, *, settings: Settings | None = None
) -> dict[str, Any]:
    """Compare two stored articles: :func:`storyline.api.compare_articles`, the one compare shape.

    Returns
    -------
    dict
        ``a`` and ``b`` (article cards), ``score`` (the similarity:
        ``overall`` 1 = very similar ... 4 = very dissimilar and the six
        ``dimensions`` on the same scale; the one calibrated
        ``same_event_probability`` that linking uses, ``same_event``,
        ``joins_at`` and ``evidence``) and ``coverage`` (the facts both
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
    storyline.web.errors.NotFound: no article with id 'abcdef01'
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
    return compare_articles(first, second, store, settings)
