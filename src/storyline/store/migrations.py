"""The store's schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Opening a
store applies the missing ones in order, each in its own transaction, so a
crash mid-upgrade leaves the database at the previous version. To change the
schema, append a :class:`Migration` to :data:`MIGRATIONS`; never edit one
that has shipped.

=======  ===============================================================
version  what it adds
=======  ===============================================================
1        ``articles`` (``seq`` = arrival order = rowid), ``sentences``,
         ``copies`` (near-duplicates recorded against their original)
2        ``signatures`` (MinHash, BLOB) and ``minhash_bands`` (LSH keys),
         filled in for articles already stored
3        ``articles_fts`` (FTS5, contentless, over the search-string form
         of title and text; rowid = ``articles.seq``), filled in too
4        linking: ``vectors`` (float16 document and sentence vectors per
         article and model, plus the cheap link keys), ``stories``,
         ``story_articles`` (one story per article) and ``meta``
         (key/value JSON: running mean vector, index state)
5        ``articles.sources``: the news agencies an article cites (JSON list)
6        ``articles.published_source`` (metadata, text, dateline, url,
         unknown), ``articles.years`` and ``articles.days`` (JSON lists of
         the years and days the text mentions); old rows get
         ``metadata``/``text`` by origin
7        ``story_articles.reason`` (JSON: why the article joined its
         story) and ``link_constraints`` (a user's ``split`` / ``merge``:
         pairs of articles that must not / must share a story)
8        feeds and watches: ``sources`` (followed feeds and sitemaps, their
         HTTP validators, back-off state), ``feed_items`` (what became of
         each item), ``watches``, ``watch_stories`` (what a watch last saw
         of each story), ``alerts`` (each firing) and ``deliveries``
         (webhook attempts)
9        ``align_vectors``: each article's headline and first sentences
         encoded for sentence-level linking evidence (float16, per encoder
         model; the sentence texts as JSON), so the tracker's second stage
         encodes an article at most once
=======  ===============================================================

Examples
--------
>>> import sqlite3
>>> conn = sqlite3.connect(":memory:", isolation_level=None)
>>> apply_migrations(conn) == len(MIGRATIONS)
True
>>> sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"
...     " AND name IN ('articles', 'copies', 'minhash_bands', 'articles_fts')"))
['articles', 'articles_fts', 'copies', 'minhash_bands']
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from storyline.dedup import band_keys, is_empty, signature
from storyline.text.fold import search_string

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "Migration", "apply_migrations"]

APPLICATION_ID = 0x53544C4E
"""``PRAGMA application_id`` of a storyline store ("STLN")."""

FTS_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
"""FTS5 tokenizer over pre-tokenised search strings; marks (M*) stay inside
words so that Devanagari, Thai and other scripts with vowel signs are not
cut apart."""


@dataclass(frozen=True)
class Migration:
    """One schema step: ``apply`` runs inside a transaction opened for it."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, statements: list[str]) -> None:
    # Not executescript(): it would COMMIT the migration's open transaction.
    for statement in statements:
        conn.execute(statement)


def _v1_core(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        [
            f"PRAGMA application_id = {APPLICATION_ID}",
            """CREATE TABLE articles (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                url TEXT UNIQUE,
                outlet TEXT,
                author TEXT,
                lang TEXT NOT NULL,
                lang_confidence REAL NOT NULL DEFAULT 0,
                mixed_language INTEGER NOT NULL DEFAULT 0,
                title TEXT,
                published TEXT,
                published_precision TEXT NOT NULL DEFAULT 'unknown',
                scraped_at TEXT,
                dateline_place TEXT,
                captions TEXT NOT NULL DEFAULT '[]',
                text TEXT NOT NULL,
                text_original TEXT NOT NULL,
                origin TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX articles_lang ON articles(lang, seq)",
            """CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, idx)
            ) WITHOUT ROWID""",
            """CREATE TABLE copies (
                article_id TEXT PRIMARY KEY,
                original_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                url TEXT UNIQUE,
                outlet TEXT,
                title TEXT,
                lang TEXT,
                published TEXT,
                origin TEXT NOT NULL DEFAULT '',
                similarity REAL NOT NULL,
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX copies_original ON copies(original_id)",
        ],
    )


def insert_signature(conn: sqlite3.Connection, article_id: str, sig: np.ndarray) -> None:
    """Store a MinHash signature and its LSH band keys for ``article_id``.

    Examples
    --------
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> insert_signature(conn, "abc", signature("some text here"))
    >>> conn.execute("SELECT count(*) FROM minhash_bands").fetchone()[0]
    32
    """
    blob = np.asarray(sig, dtype="<u8").tobytes()
    conn.execute(
        "INSERT OR REPLACE INTO signatures(article_id, minhash) VALUES (?, ?)", (article_id, blob)
    )
    if is_empty(sig):
        return
    conn.executemany(
        "INSERT OR IGNORE INTO minhash_bands(band, key, article_id) VALUES (?, ?, ?)",
        [(band, key, article_id) for band, key in enumerate(band_keys(sig))],
    )


def _v2_minhash(conn: sqlite3.Connection) -> None:
    # No foreign key on minhash_bands: candidates are verified against
    # `signatures` (which cascades), and an index on article_id just for
    # cascading deletes would double the table's size.
    _run(
        conn,
        [
            """CREATE TABLE signatures (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                minhash BLOB NOT NULL
            ) WITHOUT ROWID""",
            """CREATE TABLE minhash_bands (
                band INTEGER NOT NULL,
                key INTEGER NOT NULL,
                article_id TEXT NOT NULL,
                PRIMARY KEY (band, key, article_id)
            ) WITHOUT ROWID""",
        ],
    )
    for article_id, text in conn.execute("SELECT id, text FROM articles ORDER BY seq").fetchall():
        insert_signature(conn, article_id, signature(text))


def index_article(conn: sqlite3.Connection, seq: int, title: str | None, text: str) -> None:
    """Add one article to the full-text index (rowid = its ``seq``).

    Examples
    --------
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> _ = apply_migrations(conn)
    >>> index_article(conn, 1, "Title", "Body text")
    >>> conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'body'").fetchall()
    [(1,)]
    """
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
        (seq, search_string(title or ""), search_string(text)),
    )


def _v3_fts(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        f"title, body, content='', tokenize=\"{FTS_TOKENIZER}\")"
    )
    for seq, title, text in conn.execute(
        "SELECT seq, title, text FROM articles ORDER BY seq"
    ).fetchall():
        index_article(conn, seq, title, text)


def _v4_linking(conn: sqlite3.Connection) -> None:
    # Vectors are keyed by (article, model): a model change re-encodes
    # without losing the old vectors. `keys` is JSON of the cheap link keys
    # (numbers, names, countries) of the article, computed once at linking.
    _run(
        conn,
        [
            """CREATE TABLE vectors (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                model TEXT NOT NULL,
                dim INTEGER NOT NULL,
                doc BLOB NOT NULL,
                sentences BLOB,
                keys TEXT,
                PRIMARY KEY (article_id, model)
            ) WITHOUT ROWID""",
            """CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                created_seq INTEGER NOT NULL,
                first_seen TEXT,
                last_seen TEXT,
                n_articles INTEGER NOT NULL DEFAULT 0,
                centroid BLOB,
                title TEXT,
                rep_article_id TEXT,
                merged_into TEXT
            ) WITHOUT ROWID""",
            "CREATE INDEX stories_last_seen ON stories(last_seen)",
            """CREATE TABLE story_articles (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                story_id TEXT NOT NULL,
                probability REAL NOT NULL,
                joined_seq INTEGER NOT NULL
            ) WITHOUT ROWID""",
            "CREATE INDEX story_articles_story ON story_articles(story_id, joined_seq)",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        ],
    )


def _v5_sources(conn: sqlite3.Connection) -> None:
    """The news agencies an article cites (JSON list), apart from its outlet."""
    conn.execute("ALTER TABLE articles ADD COLUMN sources TEXT")


def _v6_dates(conn: sqlite3.Connection) -> None:
    # Rows stored before this step were dated by the declared date field
    # (HTML meta tags, export/feed fields) or else by the text: the closest
    # the old rows allow is "metadata" for documents from a structured
    # origin and "text" for plain-text files. Years are computed anew.
    from storyline.text.dates.evidence import mentioned_dates, mentioned_years

    _run(
        conn,
        [
            "ALTER TABLE articles ADD COLUMN published_source TEXT NOT NULL DEFAULT 'unknown'",
            "ALTER TABLE articles ADD COLUMN years TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE articles ADD COLUMN days TEXT NOT NULL DEFAULT '[]'",
            "UPDATE articles SET published_source = CASE WHEN origin LIKE '%.txt' "
            "THEN 'text' ELSE 'metadata' END WHERE published IS NOT NULL",
        ],
    )
    rows = conn.execute("SELECT id, title, text, lang, published FROM articles").fetchall()
    for article_id, title, text, lang, published in rows:
        full = f"{title or ''}\n{text}"
        years = json.dumps(mentioned_years(full, lang))
        days = json.dumps(mentioned_dates(full, lang, published))
        conn.execute("UPDATE articles SET years = ?, days = ? WHERE id = ?", (years, days, article_id))


def _v7_link_reasons(conn: sqlite3.Connection) -> None:
    # `kind` is 'cannot' (split: a must not share a story with b) or 'must'
    # (merge: a and b share a story); kept across relink, keyed by article.
    _run(
        conn,
        [
            "ALTER TABLE story_articles ADD COLUMN reason TEXT",
            """CREATE TABLE link_constraints (
                kind TEXT NOT NULL CHECK (kind IN ('must', 'cannot')),
                a TEXT NOT NULL,
                b TEXT NOT NULL,
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                PRIMARY KEY (kind, a, b)
            ) WITHOUT ROWID""",
            "CREATE INDEX link_constraints_b ON link_constraints(b, kind)",
        ],
    )


def _v8_feeds(conn: sqlite3.Connection) -> None:
    # Times are ISO-8601 UTC text; ``next_due`` is a Unix time (float) so that
    # "which sources are due" is one comparison.
    _run(
        conn,
        [
            """CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                url TEXT NOT NULL UNIQUE,
                title TEXT,
                lang TEXT,
                every_s INTEGER NOT NULL DEFAULT 900,
                added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                kind TEXT,
                etag TEXT,
                last_modified TEXT,
                last_fetch TEXT,
                last_status TEXT,
                last_error TEXT,
                errors INTEGER NOT NULL DEFAULT 0,
                fetches INTEGER NOT NULL DEFAULT 0,
                next_due REAL NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE feed_items (
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                url TEXT,
                article_id TEXT,
                status TEXT NOT NULL,
                via TEXT,
                error TEXT,
                attempts INTEGER NOT NULL DEFAULT 1,
                seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                PRIMARY KEY (source_id, key)
            ) WITHOUT ROWID""",
            "CREATE INDEX feed_items_url ON feed_items(url)",
            """CREATE TABLE watches (
                name TEXT PRIMARY KEY,
                query TEXT,
                entity TEXT,
                lang TEXT,
                min_languages INTEGER NOT NULL DEFAULT 1,
                events TEXT NOT NULL,
                webhook TEXT,
                secret TEXT NOT NULL,
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            )""",
            """CREATE TABLE watch_stories (
                watch TEXT NOT NULL REFERENCES watches(name) ON DELETE CASCADE,
                story_id TEXT NOT NULL,
                state TEXT NOT NULL,
                PRIMARY KEY (watch, story_id)
            ) WITHOUT ROWID""",
            """CREATE TABLE alerts (
                id INTEGER PRIMARY KEY,
                watch TEXT NOT NULL REFERENCES watches(name) ON DELETE CASCADE,
                story_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                change TEXT NOT NULL,
                title TEXT,
                detail TEXT NOT NULL,
                articles TEXT NOT NULL,
                created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                UNIQUE (watch, story_id, kind, change)
            )""",
            """CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY,
                alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
                target TEXT NOT NULL,
                attempt INTEGER NOT NULL,
                status INTEGER,
                error TEXT,
                at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            )""",
            "CREATE INDEX deliveries_alert ON deliveries(alert_id)",
        ],
    )


def _v9_align_vectors(conn: sqlite3.Connection) -> None:
    # The tracker's second stage (headline + first sentences aligned) runs
    # online for near misses: each article's side is encoded once and kept
    # here, keyed like `vectors` by article and encoder model.
    _run(
        conn,
        [
            """CREATE TABLE align_vectors (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                model TEXT NOT NULL,
                dim INTEGER NOT NULL,
                head BLOB NOT NULL,
                sentences BLOB NOT NULL,
                texts TEXT NOT NULL,
                PRIMARY KEY (article_id, model)
            ) WITHOUT ROWID""",
        ],
    )


MIGRATIONS: list[Migration] = [
    Migration(1, "articles, sentences and copies", _v1_core),
    Migration(2, "MinHash signatures and LSH bands", _v2_minhash),
    Migration(3, "full-text index", _v3_fts),
    Migration(4, "vectors, stories and meta for linking", _v4_linking),
    Migration(5, "cited news agencies (sources)", _v5_sources),
    Migration(6, "where each publication date came from; years the text mentions", _v6_dates),
    Migration(7, "link reasons and user link constraints", _v7_link_reasons),
    Migration(8, "feed sources, watches and alerts", _v8_feeds),
    Migration(9, "headline and first-sentence vectors for the second stage", _v9_align_vectors),
]
"""Every schema step, in order; ``MIGRATIONS[i].version == i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this code writes."""


def apply_migrations(conn: sqlite3.Connection) -> int:
    """Bring ``conn`` (in autocommit mode) up to :data:`SCHEMA_VERSION`.

    Each missing migration runs in its own ``BEGIN IMMEDIATE`` transaction
    together with the ``user_version`` bump; the version is re-read inside
    the transaction, so two processes opening the same new file do not both
    migrate it. Returns the final version. The caller checks first that the
    file is not newer than this code.

    Examples
    --------
    >>> conn = sqlite3.connect(":memory:", isolation_level=None)
    >>> apply_migrations(conn) == apply_migrations(conn) == SCHEMA_VERSION
    True
    """
    for migration in MIGRATIONS:
        if conn.execute("PRAGMA user_version").fetchone()[0] >= migration.version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] < migration.version:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
