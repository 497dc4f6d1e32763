"""Loading articles (from a file or the store) and the card lists show of one.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> lead_of("Rain  fell\\n on Dhaka.")
'Rain fell on Dhaka.'
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.article import Article, RawDocument
from storyline.errors import StorylineError
from storyline.store import Store

__all__ = [
    "CARD_LEAD_CHARS",
    "ArticleNotFound",
    "article_card",
    "article_from",
    "articles_of",
    "lead_of",
]


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


class ArticleNotFound(StorylineError, LookupError):
    """A reference that is neither a readable file nor a stored article (one-line reason)."""

    __module__ = "storyline.api"  # its public name, as before api.py became a package


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
