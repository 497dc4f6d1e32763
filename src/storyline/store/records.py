"""Records the store returns, its error type, article ids and the default path.

Examples
--------
>>> article_id("Hello,   world") == article_id("hello world!")
True
>>> len(article_id("Hello world"))
16
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from storyline.errors import StorylineError
from storyline.text.fold import fold_for_matching

__all__ = [
    "AddResult",
    "ArticleSummary",
    "SearchHit",
    "StoreError",
    "article_id",
    "default_db_path",
]


class StoreError(StorylineError):
    """A store problem explained in one line (bad file, newer schema, bad query)."""


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_article` did.

    ``status`` is ``"added"`` (a new article), ``"exists"`` (this id or URL
    was already stored, as an article or as a copy; ``article_id`` is the
    stored one) or ``"duplicate"`` (a near-duplicate of ``original_id``,
    recorded as a copy of it).
    """

    status: Literal["added", "exists", "duplicate"]
    article_id: str
    original_id: str | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """One line of an article listing."""

    id: str
    title: str | None
    lang: str
    outlet: str | None
    published: str | None
    url: str | None
    origin: str
    published_source: str = "unknown"
    published_precision: str = "unknown"


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result; ``score`` is the negated BM25 (higher is better)."""

    article_id: str
    title: str | None
    lang: str
    snippet: str
    score: float


def article_id(normalised_text: str) -> str:
    """Return the stable id of an article: a hash of its normalised text.

    The text is folded for matching (:func:`~storyline.text.fold.fold_for_matching`:
    case, accents, Arabic-script variants, ZWNJ, punctuation and runs of
    whitespace do not count), hashed with SHA-256, and the first 16 hex
    digits are kept. The same article read twice, from any source, gets the
    same id, which is what makes re-running an interrupted ingest safe.

    Examples
    --------
    >>> article_id("کتاب‌ها را خواندند") == article_id("كتابها را خواندند.")
    True
    >>> article_id("Rain in Lima")
    '14dae92509c83eb5'
    """
    return hashlib.sha256(fold_for_matching(normalised_text).encode("utf-8")).hexdigest()[:16]


def default_db_path() -> Path:
    """Return the store path: ``$STORYLINE_DB`` if set, else ``./storyline.db``.

    Examples
    --------
    >>> saved = os.environ.pop("STORYLINE_DB", None)
    >>> str(default_db_path())
    'storyline.db'
    >>> os.environ["STORYLINE_DB"] = "/data/news.db"
    >>> str(default_db_path())
    '/data/news.db'
    >>> _ = os.environ.pop("STORYLINE_DB") if saved is None else os.environ.update(STORYLINE_DB=saved)
    """
    value = os.environ.get("STORYLINE_DB", "").strip()
    return Path(value).expanduser() if value else Path("storyline.db")
