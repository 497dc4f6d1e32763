"""Row-level reads and writes behind :class:`~storyline.store.core.Store`.

Plain functions over an open connection; the caller holds the lock and the
transaction.

Examples
--------
>>> from storyline.store.migrations import apply_migrations
>>> conn = sqlite3.connect(":memory:", isolation_level=None)
>>> _ = apply_migrations(conn)
>>> a = Article(id="0123456789abcdef", text="Text.", text_original="Text.", lang="en",
...             lang_confidence=1.0, url="https://x.test/a")
>>> insert_article(conn, a, None)
>>> find_existing(conn, Article(id="f" * 16, text="", text_original="", lang="en",
...                             lang_confidence=1.0, url="https://x.test/a"))
AddResult(status='exists', article_id='0123456789abcdef', original_id=None)
>>> load_article(conn, resolve_id(conn, "0123456")) == a
True
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import numpy as np

from storyline.article import Article
from storyline.dedup import DUPLICATE_THRESHOLD, band_keys, jaccard
from storyline.store.migrations import index_article, insert_signature
from storyline.store.records import AddResult, StoreError

__all__ = [
    "MIN_PREFIX",
    "find_existing",
    "find_near_duplicate",
    "insert_article",
    "insert_copy",
    "load_article",
    "now",
    "resolve_id",
]

MIN_PREFIX = 6
"""Shortest id prefix :func:`resolve_id` accepts."""

ARTICLE_COLUMNS = (
    "id, url, outlet, author, lang, lang_confidence, mixed_language, title, published, "
    "published_precision, scraped_at, dateline_place, captions, text, text_original, origin, "
    "sources, published_source, years, days"
)


def now() -> str:
    """Return the current UTC time, ISO-8601 to the second.

    Examples
    --------
    >>> now().endswith("+00:00")
    True
    """
    return datetime.now(UTC).isoformat(timespec="seconds")


def find_existing(conn: sqlite3.Connection, article: Article) -> AddResult | None:
    """Return ``"exists"`` when the article's id or URL is stored (as an article or a copy).

    Examples
    --------
    >>> from storyline.store.migrations import apply_migrations
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> find_existing(conn, Article(id="x", text="", text_original="", lang="en",
    ...                             lang_confidence=1.0)) is None
    True
    """
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
        return AddResult("exists", article.id, None)
    row = conn.execute(
        "SELECT original_id FROM copies WHERE article_id = ?", (article.id,)
    ).fetchone()
    if row:
        return AddResult("exists", article.id, row[0])
    if article.url:
        row = conn.execute("SELECT id FROM articles WHERE url = ?", (article.url,)).fetchone()
        if row:
            return AddResult("exists", row[0], None)
        row = conn.execute(
            "SELECT article_id, original_id FROM copies WHERE url = ?", (article.url,)
        ).fetchone()
        if row:
            return AddResult("exists", row[0], row[1])
    return None


def find_near_duplicate(
    conn: sqlite3.Connection, sig: np.ndarray, threshold: float = DUPLICATE_THRESHOLD
) -> tuple[str, float] | None:
    """Return ``(original id, estimated Jaccard)`` of the earliest stored near-duplicate.

    Candidates come from the LSH bands; each is verified on its stored
    signature. ``None`` when no candidate reaches ``threshold``.

    Examples
    --------
    >>> from storyline.dedup import signature
    >>> from storyline.store.migrations import apply_migrations
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> find_near_duplicate(conn, signature("anything at all")) is None
    True
    """
    candidates: set[str] = set()
    for band, key in enumerate(band_keys(sig)):
        candidates.update(
            r[0]
            for r in conn.execute(
                "SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?", (band, key)
            )
        )
    best: tuple[int, str, float] | None = None
    for candidate in candidates:
        row = conn.execute(
            "SELECT a.seq, s.minhash FROM signatures s JOIN articles a ON a.id = s.article_id "
            "WHERE s.article_id = ?",
            (candidate,),
        ).fetchone()
        if row is None:
            continue
        similarity = jaccard(sig, np.frombuffer(row[1], dtype="<u8"))
        if similarity >= threshold and (best is None or row[0] < best[0]):
            best = (row[0], candidate, similarity)
    return None if best is None else (best[1], best[2])


def insert_copy(
    conn: sqlite3.Connection, article: Article, original_id: str, similarity: float
) -> None:
    """Record ``article`` as a near-duplicate copy of ``original_id``.

    Examples
    --------
    >>> from storyline.store.migrations import apply_migrations
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> a = Article(id="a" * 16, text="t", text_original="t", lang="en", lang_confidence=1.0)
    >>> insert_article(conn, a, None)
    >>> insert_copy(conn, Article(id="b" * 16, text="t.", text_original="", lang="en",
    ...                           lang_confidence=1.0), "a" * 16, 0.9)
    >>> conn.execute("SELECT original_id, similarity FROM copies").fetchall()
    [('aaaaaaaaaaaaaaaa', 0.9)]
    """
    conn.execute(
        "INSERT INTO copies(article_id, original_id, url, outlet, title, lang, published, "
        "origin, similarity, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id, original_id, article.url, article.outlet, article.title, article.lang,
            article.published, article.origin, float(similarity), now(),
        ),
    )  # fmt: skip


def insert_article(conn: sqlite3.Connection, article: Article, sig: np.ndarray | None) -> None:
    """Insert an article, its sentences, its full-text entry and (if given) its signature.

    Examples
    --------
    >>> from storyline.store.migrations import apply_migrations
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> insert_article(conn, Article(id="c" * 16, text="One. Two.", text_original="",
    ...     lang="en", lang_confidence=1.0, sentences=("One.", "Two.")), None)
    >>> conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    2
    """
    cursor = conn.execute(
        f"INSERT INTO articles({ARTICLE_COLUMNS}, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id, article.url, article.outlet, article.author, article.lang,
            float(article.lang_confidence), int(article.mixed_language), article.title,
            article.published, article.published_precision, article.scraped_at,
            article.dateline_place, json.dumps(list(article.captions), ensure_ascii=False),
            article.text, article.text_original, article.origin,
            json.dumps(list(article.sources), ensure_ascii=False),
            article.published_source, json.dumps(list(article.years)),
            json.dumps(list(article.days)), now(),
        ),
    )  # fmt: skip
    seq = cursor.lastrowid
    if seq is None:  # pragma: no cover - sqlite always sets it after an INSERT
        raise StoreError("article insert returned no row id")
    conn.executemany(
        "INSERT INTO sentences(article_id, idx, text) VALUES (?, ?, ?)",
        ((article.id, i, s) for i, s in enumerate(article.sentences)),
    )
    index_article(conn, seq, article.title, article.text)
    if sig is not None:
        insert_signature(conn, article.id, sig)


def resolve_id(conn: sqlite3.Connection, id_or_prefix: str) -> str | None:
    """Return the stored article id that ``id_or_prefix`` names, or ``None``.

    A copy's id resolves to its original. A prefix needs :data:`MIN_PREFIX`
    characters and must fit one article.

    Raises
    ------
    StoreError
        For a too-short or ambiguous prefix.

    Examples
    --------
    >>> from storyline.store.migrations import apply_migrations
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> resolve_id(conn, "abc")
    Traceback (most recent call last):
    ...
    storyline.store.records.StoreError: id prefix 'abc' is too short (give at least 6 characters)
    """
    key = id_or_prefix.strip().lower()
    if not key:
        return None
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (key,)).fetchone():
        return key
    row = conn.execute("SELECT original_id FROM copies WHERE article_id = ?", (key,)).fetchone()
    if row:
        return str(row[0])
    if len(key) < MIN_PREFIX:
        raise StoreError(f"id prefix {key!r} is too short (give at least {MIN_PREFIX} characters)")
    upper = key + "\U0010ffff"
    found = {
        r[0] for r in conn.execute("SELECT id FROM articles WHERE id > ? AND id < ?", (key, upper))
    }
    found.update(
        r[0]
        for r in conn.execute(
            "SELECT original_id FROM copies WHERE article_id > ? AND article_id < ?", (key, upper)
        )
    )
    if len(found) > 1:
        raise StoreError(f"ambiguous id prefix {key!r} ({len(found)} articles)")
    return found.pop() if found else None


def load_article(conn: sqlite3.Connection, article_id: str | None) -> Article | None:
    """Return the stored article with exactly this id, sentences included.

    Examples
    --------
    >>> from storyline.store.migrations import apply_migrations
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> load_article(conn, "nothing") is None
    True
    """
    if article_id is None:
        return None
    row = conn.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    sentences = tuple(
        r[0]
        for r in conn.execute(
            "SELECT text FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,)
        )
    )
    (id_, url, outlet, author, lang, conf, mixed, title, published, precision,
     scraped, place, captions, text, original, origin, sources, source, years,
     days) = row  # fmt: skip
    return Article(
        id=id_, text=text, text_original=original, lang=lang, lang_confidence=conf,
        title=title, url=url, outlet=outlet, author=author, published=published,
        published_precision=precision, scraped_at=scraped, dateline_place=place,
        mixed_language=bool(mixed), captions=tuple(json.loads(captions or "[]")),
        sentences=sentences, origin=origin, sources=tuple(json.loads(sources or "[]")),
        published_source=source or "unknown",
        years=tuple(json.loads(years or "[]")), days=tuple(json.loads(days or "[]")),
    )  # fmt: skip
