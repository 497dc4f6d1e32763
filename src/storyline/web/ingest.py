"""Writing through the web: one posted article in, cleaned, stored and linked.

Examples
--------
>>> tokens_match("s3cret", "s3cret")
True
"""

from __future__ import annotations

import hmac
from typing import Any

from storyline.api import Store, link_article, story_of
from storyline.article import RawDocument
from storyline.settings import Settings
from storyline.web.errors import BadRequest

__all__ = ["DECLARED_FIELDS", "ingest_one", "tokens_match"]


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
    settings: Settings | None = None,
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
        story_id = link_article(store, result.article_id, settings)
    elif result.status != "duplicate":
        story_id = story_of(store, result.article_id, settings)
    return {
        "status": result.status,
        "id": result.article_id,
        "original_id": result.original_id,
        "lang": prepared.article.lang,
        "title": prepared.article.title,
        "story_id": story_id,
    }
