"""The :class:`Store`: one SQLite file holding every article, copy and index.

This package is the only code that talks SQL. The file runs in WAL mode
with ``synchronous=NORMAL``: readers never block the writer, and a killed
process leaves the last committed transaction intact. Writes happen inside
:meth:`Store.transaction` (``BEGIN IMMEDIATE`` ... ``COMMIT``); article ids
are content hashes, so repeating an interrupted batch adds nothing twice.

Examples
--------
>>> from storyline.article import Article
>>> from storyline.store import article_id
>>> store = Store(":memory:")
>>> text = "Heavy rain closed schools across Porto Alegre on Monday."
>>> a = Article(id=article_id(text), text=text, text_original=text, lang="en",
...             lang_confidence=0.99, title="Floods close schools", url="https://x.test/1")
>>> store.add_article(a).status, store.add_article(a).status
('added', 'exists')
>>> [h.title for h in store.search("SCHOOLS")]
['Floods close schools']
>>> store.close()
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import numpy as np

from storyline.article import Article
from storyline.dedup import NUM_PERM, is_empty
from storyline.store.check import CheckMixin
from storyline.store.feeds import FeedsMixin
from storyline.store.guard import sqlite_errors_as_store_errors
from storyline.store.linking import LinkingMixin
from storyline.store.migrations import APPLICATION_ID, SCHEMA_VERSION, apply_migrations
from storyline.store.queries import fts_query, make_snippet, query_terms
from storyline.store.records import AddResult, ArticleSummary, SearchHit, StoreError
from storyline.store.rows import (
    find_existing,
    find_near_duplicate,
    insert_article,
    insert_copy,
    load_article,
    resolve_id,
)
from storyline.store.stories import StoryMixin

__all__ = ["MIN_FREE_BYTES", "Store", "describe_error"]

logger = logging.getLogger(__name__)

_LARGE_ARTICLE_CHARS = 2_000_000
"""Articles longer than this (text + original) are written through an 8 MiB page cache."""

BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another process's transaction before failing."""


MIN_FREE_BYTES = 64 * 1024 * 1024
"""Free space :meth:`Store.check_writable` asks for before a batch (64 MiB)."""


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def describe_error(exc: BaseException, path: Path) -> str:
    """One line for an SQLite error, naming the usual causes plainly.

    Examples
    --------
    >>> describe_error(sqlite3.OperationalError("database or disk is full"), Path("/x/s.db"))
    'disk full (database or disk is full)'
    >>> describe_error(sqlite3.OperationalError("database is locked"), Path("s.db"))
    'another process held the store locked for more than 10 s (database is locked)'
    """
    text = _one_line(exc)
    lowered = text.lower()
    if "disk is full" in lowered or "no space" in lowered:
        return f"disk full ({text})"
    if "locked" in lowered or "busy" in lowered:
        return (
            f"another process held the store locked for more than "
            f"{BUSY_TIMEOUT_MS / 1000:g} s ({text})"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return f"the store is read-only ({text})"
    return text


def _read_only_reason(path: Path) -> str | None:
    """Why ``path`` (an existing store) cannot be written, or ``None``."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
    except OSError:
        return None
    if path.exists() and not os.access(path, os.W_OK):
        return "no permission to write it"
    if not os.access(folder, os.W_OK):
        return f"no permission to write in {folder} (SQLite keeps its journal beside the store)"
    return None


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MiB"


@sqlite_errors_as_store_errors
class Store(LinkingMixin, StoryMixin, FeedsMixin, CheckMixin):
    """A storyline database: articles, near-duplicate copies and search.

    Parameters
    ----------
    path
        The SQLite file; created (with its schema) when missing. ``":memory:"``
        gives a throw-away in-memory store.

    Raises
    ------
    StoreError
        When the file is not an SQLite database, is another program's
        database, was written by a newer storyline, or cannot be opened;
        and from any method when SQLite fails (locked, disk full, corrupt):
        no raw ``sqlite3.Error`` leaves a store.

    Notes
    -----
    One store may be shared by threads; its methods are serialised by a lock.
    Open one per process (SQLite handles concurrent processes).

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     store.schema_version >= 5, store.count_articles()
    (True, 0)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0
        target = str(path)
        if target != ":memory:":
            if self.path.is_dir():
                raise StoreError(f"cannot open store {self.path}: it is a directory")
            if not self.path.parent.is_dir():
                raise StoreError(
                    f"cannot open store {self.path}: directory {self.path.parent} does not exist"
                )
        try:
            self._conn = sqlite3.connect(
                target,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {_one_line(exc)}") from exc
        try:
            self._setup()
        except BaseException:
            self._conn.close()
            raise
        logger.debug("opened store %s (schema %d)", self.path, self.schema_version)

    def _setup(self) -> None:
        conn = self._conn
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            read_only = _read_only_reason(self.path) if str(self.path) != ":memory:" else None
            if read_only is not None:
                raise StoreError(f"cannot open store {self.path}: {read_only}") from exc
            raise StoreError(
                f"{self.path} is not a storyline store (not an SQLite database: {_one_line(exc)})"
            ) from exc
        if app_id != APPLICATION_ID and (app_id or version or tables):
            raise StoreError(f"{self.path} is an SQLite database but not a storyline store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"database schema version {version} is newer than this storyline "
                f"({SCHEMA_VERSION}); upgrade storyline"
            )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: lookups stay flat as the store grows
            conn.execute("PRAGMA temp_store = MEMORY")
            apply_migrations(conn)
        except sqlite3.Error as exc:
            read_only = _read_only_reason(self.path) if str(self.path) != ":memory:" else None
            reason = read_only or describe_error(exc, self.path)
            raise StoreError(f"cannot prepare store {self.path}: {reason}") from exc

    # -- lifecycle -------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The schema version of the open database (``PRAGMA user_version``).

        Examples
        --------
        >>> Store(":memory:").schema_version == SCHEMA_VERSION
        True
        """
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the database (idempotent).

        Examples
        --------
        >>> s = Store(":memory:"); s.close(); s.close()
        """
        with self._lock:
            try:
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error as exc:  # an optimisation hint only: closing goes on
                logger.debug("PRAGMA optimize failed on %s: %s", self.path, exc)
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes atomically: ``BEGIN IMMEDIATE`` ... ``COMMIT``.

        An exception rolls everything back and propagates. Inside an open
        transaction, a nested ``transaction()`` is a no-op (the outer one
        decides).

        Examples
        --------
        >>> store = Store(":memory:")
        >>> with store.transaction():
        ...     with store.transaction():
        ...         pass
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(
                    f"cannot write to store {self.path}: {describe_error(exc, self.path)}"
                ) from exc
            self._depth = 1
            try:
                yield
            except sqlite3.OperationalError as exc:  # disk full, locked, read-only, I/O
                self._depth = 0
                self._rollback()
                raise StoreError(
                    f"cannot write to store {self.path}: {describe_error(exc, self.path)}"
                ) from exc
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StoreError(
                    f"cannot commit to store {self.path}: {describe_error(exc, self.path)}"
                ) from exc

    def _rollback(self) -> None:
        """Roll back the open transaction, if SQLite has not already done so."""
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolls back by itself after some errors (disk full, I/O)

    def check_writable(self, min_free_bytes: int = MIN_FREE_BYTES) -> None:
        """Fail early, before any costly work, when a write would fail.

        Checks that the file system is writable, that at least
        ``min_free_bytes`` are free beside the store, and that a write
        transaction can start within the busy timeout (no other process
        holds the store locked).

        Raises
        ------
        StoreError
            With the one-line reason.

        Examples
        --------
        >>> Store(":memory:").check_writable()
        >>> import tempfile
        >>> with Store(Path(tempfile.mkdtemp()) / "s.db") as store:
        ...     store.check_writable(min_free_bytes=1 << 62)
        Traceback (most recent call last):
        ...
        storyline.store.records.StoreError: cannot write to store ...: disk nearly full (... free, ... needed)
        """
        if str(self.path) == ":memory:":
            return
        read_only = _read_only_reason(self.path)
        if read_only is not None:
            raise StoreError(f"cannot write to store {self.path}: {read_only}")
        try:
            free = shutil.disk_usage(self.path.parent if str(self.path.parent) else ".").free
        except OSError:
            free = None
        if free is not None and free < min_free_bytes:
            raise StoreError(
                f"cannot write to store {self.path}: disk nearly full "
                f"({_mib(free)} free, {_mib(min_free_bytes)} needed)"
            )
        with self.transaction():
            pass

    # -- writing ---------------------------------------------------------

    def add_article(self, article: Article, signature: np.ndarray | None = None) -> AddResult:
        """Store ``article`` unless it is already here or is a near-duplicate.

        In order: an id already stored (as an article or a copy) or a URL
        already stored gives ``"exists"`` with the stored id; then, when a
        ``signature`` (:func:`storyline.dedup.signature` of ``article.text``)
        is given, an LSH candidate with estimated Jaccard at or above
        :data:`storyline.dedup.DUPLICATE_THRESHOLD` (0.7) makes the article a
        ``"duplicate"``: it is recorded in ``copies`` against the
        earliest-stored such original and not stored as an article. Otherwise
        the article, its sentences, its full-text entry and its signature are
        stored: ``"added"``. Without a signature there is no near-duplicate
        check, and the article cannot be found as an original later.

        Runs inside the current transaction, or its own.

        Examples
        --------
        >>> from storyline.dedup import signature
        >>> store = Store(":memory:")
        >>> body = " ".join(f"w{i}" for i in range(120))
        >>> first = Article(id="a1" * 8, text=body, text_original=body, lang="en", lang_confidence=1.0)
        >>> copy = Article(id="b2" * 8, text=body + " Read more", text_original="", lang="en",
        ...                lang_confidence=1.0)
        >>> store.add_article(first, signature(first.text)).status
        'added'
        >>> store.add_article(copy, signature(copy.text))
        AddResult(status='duplicate', article_id='b2b2b2b2b2b2b2b2', original_id='a1a1a1a1a1a1a1a1')
        """
        if signature is not None:
            signature = np.asarray(signature)
            if signature.shape != (NUM_PERM,):
                raise ValueError(f"signature must have shape ({NUM_PERM},), got {signature.shape}")
        with self.transaction():
            existing = find_existing(self._conn, article)
            if existing is not None:
                return existing
            if signature is not None and not is_empty(signature):
                original = find_near_duplicate(self._conn, signature)
                if original is not None:
                    insert_copy(self._conn, article, *original)
                    return AddResult("duplicate", article.id, original[0])
            if len(article.text) + len(article.text_original) > _LARGE_ARTICLE_CHARS:
                with self._small_cache():
                    insert_article(self._conn, article, signature)
            else:
                insert_article(self._conn, article, signature)
            return AddResult("added", article.id, None)

    @contextmanager
    def _small_cache(self) -> Iterator[None]:
        """Write a very long article through a small page cache (its pages are no use to
        later lookups, and at 64 MiB they would double its cost in memory)."""
        size = self._conn.execute("PRAGMA cache_size").fetchone()[0]
        self._conn.execute("PRAGMA cache_size = -8192")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA cache_size = {int(size)}")

    # -- reading ---------------------------------------------------------

    def get_article(self, id_or_prefix: str) -> Article | None:
        """Return the article with this id, or with this unique id prefix.

        A prefix needs at least 6 characters. The id (or prefix) of a
        near-duplicate copy gives its original article, the one stored.

        Raises
        ------
        StoreError
            When the prefix is shorter than 6 characters or fits several
            articles: ``ambiguous id prefix 'abc123' (3 articles)``.

        Examples
        --------
        >>> store = Store(":memory:")
        >>> a = Article(id="0123456789abcdef", text="Text.", text_original="Text.", lang="en",
        ...             lang_confidence=1.0, sentences=("Text.",))
        >>> _ = store.add_article(a)
        >>> store.get_article("0123456789ab") == a
        True
        >>> store.get_article("ffffff") is None
        True
        """
        with self._lock:
            return load_article(self._conn, resolve_id(self._conn, id_or_prefix))

    def list_articles(
        self, lang: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[ArticleSummary]:
        """Return stored articles in arrival order (copies excluded).

        Examples
        --------
        >>> store = Store(":memory:")
        >>> for i, lang in enumerate(["en", "fa", "en"]):
        ...     _ = store.add_article(Article(id=f"{i:016x}", text=f"t{i}", text_original="",
        ...                                   lang=lang, lang_confidence=1.0))
        >>> [s.id[-1] for s in store.list_articles()], [s.id[-1] for s in store.list_articles("en", 1, 1)]
        (['0', '1', '2'], ['2'])
        """
        sql = (
            "SELECT id, title, lang, outlet, published, url, origin, published_source, "
            "published_precision FROM articles"
        )
        params: list[object] = []
        if lang:
            sql += " WHERE lang = ?"
            params.append(lang)
        sql += " ORDER BY seq LIMIT ? OFFSET ?"
        params += [-1 if limit is None else max(0, limit), max(0, offset)]
        with self._lock:
            return [ArticleSummary(*row) for row in self._conn.execute(sql, params)]

    def count_undated(self, groups: dict[str, list[str]]) -> dict[str, int]:
        """How many articles of each group have no publication date.

        ``groups`` maps a key (a story id) to article ids; the result maps
        each key to its count of undated articles (0 included).

        Examples
        --------
        >>> from storyline.article import Article
        >>> with Store(":memory:") as store:
        ...     _ = store.add_article(Article(id="a" * 16, text="Un.", text_original="Un.", lang="fr",
        ...                                   lang_confidence=1.0))
        ...     store.count_undated({"s1": ["a" * 16, "missing"], "s2": []})
        {'s1': 1, 's2': 0}
        """
        out: dict[str, int] = {}
        with self._lock:
            for key, ids in groups.items():
                n = 0
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    n += self._conn.execute(
                        f"SELECT count(*) FROM articles WHERE published IS NULL AND id IN ({marks})",
                        chunk,
                    ).fetchone()[0]
                out[key] = n
        return out

    def count_articles(self, lang: str | None = None) -> int:
        """Return how many articles are stored (in ``lang``, if given).

        Examples
        --------
        >>> Store(":memory:").count_articles("fa")
        0
        """
        with self._lock:
            if lang:
                row = self._conn.execute("SELECT count(*) FROM articles WHERE lang = ?", (lang,))
            else:
                row = self._conn.execute("SELECT count(*) FROM articles")
            return int(row.fetchone()[0])

    def count_copies(self) -> int:
        """Return how many near-duplicate copies are recorded.

        Examples
        --------
        >>> Store(":memory:").count_copies()
        0
        """
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM copies").fetchone()[0])

    def languages(self) -> dict[str, int]:
        """Return article counts per language, most frequent first.

        Examples
        --------
        >>> Store(":memory:").languages()
        {}
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC, lang"
            ).fetchall()
        return {lang: int(n) for lang, n in rows}

    def search(self, query: str, limit: int = 20, lang: str | None = None) -> list[SearchHit]:
        """Full-text search over titles and texts, best first.

        The query is folded and tokenised like the index (case, accents,
        ZWNJ, Arabic/Persian letter variants do not matter; Chinese and
        Japanese match by character bigrams). Every word must occur; title
        matches weigh twice as much (BM25).

        Raises
        ------
        StoreError
            ``empty search query`` when the query has no words.

        Examples
        --------
        >>> from storyline.store import article_id
        >>> store = Store(":memory:")
        >>> t = "Глава МИД России прибыл в Багдад."
        >>> _ = store.add_article(Article(id=article_id(t), text=t, text_original=t,
        ...                               lang="ru", lang_confidence=1.0))
        >>> [h.lang for h in store.search("багдад")], store.search("багдад", lang="en")
        (['ru'], [])
        """
        match = fts_query(query)
        if not match:
            raise StoreError("empty search query")
        sql = (
            "SELECT a.id, a.title, a.lang, a.text, bm25(articles_fts, 2.0, 1.0) AS rank "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ?"
        )
        params: list[object] = [match]
        if lang:
            sql += " AND a.lang = ?"
            params.append(lang)
        sql += " ORDER BY rank LIMIT ?"
        params.append(max(0, limit))
        with self._lock:
            try:
                rows = self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:  # should not happen: every term is quoted
                raise StoreError(f"search failed for {query!r}: {_one_line(exc)}") from exc
        terms = query_terms(query)
        return [
            SearchHit(id_, title, lang_, make_snippet(text, terms), round(-float(rank), 6))
            for id_, title, lang_, text, rank in rows
        ]
