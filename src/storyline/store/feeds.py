"""Store methods for followed sources, their items, watches and alerts.

:class:`FeedsMixin` is mixed into :class:`storyline.store.Store`; the tables
come from migration 8 (``sources``, ``feed_items``, ``watches``,
``watch_stories``, ``alerts``, ``deliveries``). Nothing here fetches or
matches: that is :mod:`storyline.feeds`.

Examples
--------
>>> from storyline.store import Store
>>> s = Store(":memory:")
>>> s.add_source("https://example.org/feed.xml", lang="fr", every_s=900)
(1, True)
>>> [(r.id, r.url, r.lang, r.status) for r in s.list_sources()]
[(1, 'https://example.org/feed.xml', 'fr', 'never fetched')]
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from typing import Any

from storyline.store.linking import _chunks, _marks

__all__ = ["AlertRow", "FeedsMixin", "ItemRecord", "SourceRow", "WatchRow"]


@dataclass(frozen=True)
class SourceRow:
    """A followed feed or sitemap and what its last fetch did.

    ``status`` is the last outcome (``ok``, ``not modified``, ``error``,
    ``never fetched``); ``errors`` counts consecutive failures (the
    back-off); ``items`` the items stored from it.
    """

    id: int
    url: str
    title: str | None
    lang: str | None
    every_s: int
    kind: str | None
    etag: str | None
    last_modified: str | None
    last_fetch: str | None
    status: str
    last_error: str | None
    errors: int
    fetches: int
    next_due: float
    items: int = 0
    failed_items: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields.

        Examples
        --------
        >>> SourceRow(1, "u", None, None, 60, None, None, None, None, "ok", None, 0, 1, 0.0).to_dict()["url"]
        'u'
        """
        return asdict(self)


@dataclass(frozen=True)
class ItemRecord:
    """What became of one feed item: ``stored``, ``duplicate``, ``exists`` or ``failed``."""

    key: str
    url: str | None
    status: str
    article_id: str | None = None
    via: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class WatchRow:
    """A watch: what it matches and on which changes it fires."""

    name: str
    query: str | None
    entity: str | None
    lang: str | None
    min_languages: int
    events: list[str]
    webhook: str | None
    secret: str
    created_at: str

    def to_dict(self, *, secret: bool = False) -> dict[str, Any]:
        """JSON-ready fields; the secret only when asked for.

        Examples
        --------
        >>> w = WatchRow("w", "q", None, None, 1, ["new-story"], None, "k", "t")
        >>> "secret" in w.to_dict(), w.to_dict(secret=True)["secret"]
        (False, 'k')
        """
        out = asdict(self)
        if not secret:
            out.pop("secret")
        return out


@dataclass(frozen=True)
class AlertRow:
    """One firing of a watch: which story, what changed, which articles."""

    id: int
    watch: str
    story_id: str
    kind: str
    change: str
    title: str | None
    detail: dict[str, Any]
    articles: list[str]
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields.

        Examples
        --------
        >>> AlertRow(1, "w", "s1", "new-story", "", "T", {}, ["a"], "t").to_dict()["kind"]
        'new-story'
        """
        return asdict(self)


_SOURCE_COLUMNS = (
    "s.id, s.url, s.title, s.lang, s.every_s, s.kind, s.etag, s.last_modified, s.last_fetch, "
    "coalesce(s.last_status, 'never fetched'), s.last_error, s.errors, s.fetches, s.next_due"
)


class FeedsMixin:
    """Source, item, watch and alert methods of :class:`~storyline.store.Store`.

    Examples
    --------
    >>> from storyline.store import Store
    >>> Store(":memory:").list_watches()
    []
    """

    _conn: sqlite3.Connection
    _lock: threading.RLock
    transaction: Callable[[], AbstractContextManager[None]]

    # -- sources ---------------------------------------------------------

    def add_source(
        self, url: str, *, lang: str | None = None, every_s: int = 900, title: str | None = None
    ) -> tuple[int, bool]:
        """Follow ``url``; returns ``(id, added)`` (``added`` is False when it was followed already).

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> s.add_source("https://a.test/rss"), s.add_source("https://a.test/rss")
        ((1, True), (1, False))
        """
        with self.transaction():
            row = self._conn.execute("SELECT id FROM sources WHERE url = ?", (url,)).fetchone()
            if row:
                return int(row[0]), False
            cur = self._conn.execute(
                "INSERT INTO sources (url, lang, every_s, title) VALUES (?, ?, ?, ?)",
                (url, lang, int(every_s), title),
            )
            return int(cur.lastrowid or 0), True

    def list_sources(self, *, due_before: float | None = None) -> list[SourceRow]:
        """Every followed source (those due at ``due_before`` only, when given), by id.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_source("https://a.test/rss")
        >>> len(s.list_sources(due_before=0.0)), len(s.list_sources(due_before=1.0))
        (1, 1)
        """
        sql = (
            f"SELECT {_SOURCE_COLUMNS}, "
            "(SELECT count(*) FROM feed_items f WHERE f.source_id = s.id "
            "AND f.status IN ('stored', 'duplicate')), "
            "(SELECT count(*) FROM feed_items f WHERE f.source_id = s.id AND f.status = 'failed') "
            "FROM sources s"
        )
        params: list[Any] = []
        if due_before is not None:
            sql += " WHERE s.next_due <= ?"
            params.append(due_before)
        sql += " ORDER BY s.id"
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [SourceRow(*r) for r in rows]

    def get_source(self, ref: str | int) -> SourceRow | None:
        """The source with this id or URL, or ``None``.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_source("https://a.test/rss")
        >>> s.get_source("1").url, s.get_source("https://a.test/rss").id, s.get_source(7)
        ('https://a.test/rss', 1, None)
        """
        text = str(ref)
        for row in self.list_sources():
            if (text.isdigit() and row.id == int(text)) or row.url == text:
                return row
        return None

    def remove_source(self, source_id: int) -> bool:
        """Stop following a source (its stored articles stay); True when it existed.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_source("https://a.test/rss")
        >>> s.remove_source(1), s.remove_source(1)
        (True, False)
        """
        with self.transaction():
            cur = self._conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            return cur.rowcount > 0

    def record_fetch(
        self,
        source_id: int,
        *,
        at: str,
        status: str,
        next_due: float,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        kind: str | None = None,
        title: str | None = None,
    ) -> None:
        """Record a fetch of a source: outcome, validators, back-off and when it is due again.

        ``status == "error"`` counts one more consecutive error; any other
        status resets the count. Validators and kind are kept when ``None``.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_source("https://a.test/rss")
        >>> s.record_fetch(1, at="t", status="error", next_due=5.0, error="HTTP 500")
        >>> s.record_fetch(1, at="t", status="error", next_due=9.0, error="HTTP 500")
        >>> r = s.get_source(1); r.errors, r.last_error, r.next_due, r.fetches
        (2, 'HTTP 500', 9.0, 2)
        """
        failed = status == "error"
        with self.transaction():
            self._conn.execute(
                "UPDATE sources SET last_fetch = ?, last_status = ?, last_error = ?, "
                "errors = CASE WHEN ? THEN errors + 1 ELSE 0 END, fetches = fetches + 1, "
                "next_due = ?, etag = coalesce(?, etag), "
                "last_modified = coalesce(?, last_modified), kind = coalesce(?, kind), "
                "title = coalesce(title, ?) WHERE id = ?",
                (at, status, error, failed, next_due, etag, last_modified, kind, title, source_id),
            )

    # -- items -----------------------------------------------------------

    def item_records(self, source_id: int, keys: Sequence[str]) -> dict[str, tuple[str, int]]:
        """``key -> (status, attempts)`` for the items of a source already seen.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_source("https://a.test/rss")
        >>> s.record_items(1, [ItemRecord("k1", "https://a.test/1", "failed", error="HTTP 404")])
        >>> s.record_items(1, [ItemRecord("k1", "https://a.test/1", "failed", error="HTTP 404")])
        >>> s.item_records(1, ["k1", "k2"])
        {'k1': ('failed', 2)}
        """
        out: dict[str, tuple[str, int]] = {}
        with self._lock:
            for chunk in _chunks(list(keys)):
                rows = self._conn.execute(
                    f"SELECT key, status, attempts FROM feed_items WHERE source_id = ? "
                    f"AND key IN ({_marks(len(chunk))})",
                    [source_id, *chunk],
                ).fetchall()
                out.update({k: (st, int(n)) for k, st, n in rows})
        return out

    def record_items(self, source_id: int, records: Sequence[ItemRecord]) -> None:
        """Record what became of items (a failed item counts one more attempt).

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_source("https://a.test/rss")
        >>> s.record_items(1, [ItemRecord("k", None, "stored", "a" * 16, "page")])
        >>> s.item_records(1, ["k"])
        {'k': ('stored', 1)}
        """
        with self.transaction():
            for r in records:
                self._conn.execute(
                    "INSERT INTO feed_items (source_id, key, url, article_id, status, via, error) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, key) DO UPDATE SET "
                    "url = excluded.url, article_id = excluded.article_id, "
                    "status = excluded.status, via = excluded.via, error = excluded.error, "
                    "attempts = feed_items.attempts + 1, "
                    "seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                    (source_id, r.key, r.url, r.article_id, r.status, r.via, r.error),
                )

    def source_items(self, source_id: int, limit: int = 50) -> list[ItemRecord]:
        """The latest item records of a source, newest first.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").source_items(1)
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT key, url, status, article_id, via, error FROM feed_items "
                "WHERE source_id = ? ORDER BY seen_at DESC LIMIT ?",
                (source_id, limit),
            ).fetchall()
        return [ItemRecord(*r) for r in rows]

    def known_urls(self, urls: Sequence[str]) -> dict[str, str]:
        """``url -> article id`` for the URLs stored as an article or a near-duplicate copy.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").known_urls(["https://a.test/1"])
        {}
        """
        out: dict[str, str] = {}
        with self._lock:
            for chunk in _chunks([u for u in urls if u]):
                marks = _marks(len(chunk))
                for url, aid in self._conn.execute(
                    f"SELECT url, id FROM articles WHERE url IN ({marks}) UNION ALL "
                    f"SELECT url, original_id FROM copies WHERE url IN ({marks})",
                    [*chunk, *chunk],
                ):
                    out.setdefault(url, aid)
        return out

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """The ids among ``ids`` stored as an article or a copy.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").known_ids(["x"])
        set()
        """
        out: set[str] = set()
        with self._lock:
            for chunk in _chunks(list(ids)):
                marks = _marks(len(chunk))
                out.update(
                    r[0]
                    for r in self._conn.execute(
                        f"SELECT id FROM articles WHERE id IN ({marks}) UNION ALL "
                        f"SELECT article_id FROM copies WHERE article_id IN ({marks})",
                        [*chunk, *chunk],
                    )
                )
        return out

    def articles_after(self, seq: int, limit: int = 10_000) -> list[tuple[int, str]]:
        """``(seq, id)`` of the articles stored after arrival number ``seq``, in order.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").articles_after(0)
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit)
            ).fetchall()
        return [(int(a), b) for a, b in rows]

    # -- watches ---------------------------------------------------------

    def add_watch(self, watch: WatchRow) -> bool:
        """Store a watch; False when one of that name exists (nothing is changed).

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> w = WatchRow("iraq", "Iraq Syria", None, None, 3, ["new-story"], None, "k", "")
        >>> s.add_watch(w), s.add_watch(w), s.get_watch("iraq").min_languages
        (True, False, 3)
        """
        with self.transaction():
            if self._conn.execute("SELECT 1 FROM watches WHERE name = ?", (watch.name,)).fetchone():
                return False
            self._conn.execute(
                "INSERT INTO watches (name, query, entity, lang, min_languages, events, webhook, "
                "secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    watch.name,
                    watch.query,
                    watch.entity,
                    watch.lang,
                    watch.min_languages,
                    json.dumps(watch.events),
                    watch.webhook,
                    watch.secret,
                ),
            )
            return True

    def list_watches(self) -> list[WatchRow]:
        """Every watch, by name.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").list_watches()
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT name, query, entity, lang, min_languages, events, webhook, secret, "
                "created_at FROM watches ORDER BY name"
            ).fetchall()
        return [WatchRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), *r[6:]) for r in rows]

    def get_watch(self, name: str) -> WatchRow | None:
        """The watch called ``name``, or ``None``.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").get_watch("x") is None
        True
        """
        return next((w for w in self.list_watches() if w.name == name), None)

    def remove_watch(self, name: str) -> bool:
        """Delete a watch with its state and alerts; True when it existed.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").remove_watch("x")
        False
        """
        with self.transaction():
            return self._conn.execute("DELETE FROM watches WHERE name = ?", (name,)).rowcount > 0

    def watch_states(self, watch: str, story_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """What ``watch`` last saw of each story (JSON state), for the stories it has seen.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").watch_states("w", ["s1"])
        {}
        """
        out: dict[str, dict[str, Any]] = {}
        with self._lock:
            for chunk in _chunks(list(story_ids)):
                rows = self._conn.execute(
                    f"SELECT story_id, state FROM watch_stories WHERE watch = ? "
                    f"AND story_id IN ({_marks(len(chunk))})",
                    [watch, *chunk],
                ).fetchall()
                out.update({sid: json.loads(state) for sid, state in rows})
        return out

    def put_watch_state(self, watch: str, story_id: str, state: dict[str, Any]) -> None:
        """Remember what ``watch`` saw of a story.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_watch(WatchRow("w", "q", None, None, 1, ["new-story"], None, "k", ""))
        >>> s.put_watch_state("w", "s1", {"languages": ["en"]})
        >>> s.watch_states("w", ["s1"])
        {'s1': {'languages': ['en']}}
        """
        with self.transaction():
            self._conn.execute(
                "INSERT INTO watch_stories (watch, story_id, state) VALUES (?, ?, ?) "
                "ON CONFLICT (watch, story_id) DO UPDATE SET state = excluded.state",
                (watch, story_id, json.dumps(state, ensure_ascii=False, sort_keys=True)),
            )

    # -- alerts ----------------------------------------------------------

    def add_alert(
        self,
        watch: str,
        story_id: str,
        kind: str,
        change: str,
        *,
        title: str | None,
        detail: dict[str, Any],
        articles: Sequence[str],
    ) -> int | None:
        """Store a firing; ``None`` when this very change of this story already fired.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_watch(WatchRow("w", "q", None, None, 1, ["new-language"], None, "k", ""))
        >>> s.add_alert("w", "s1", "new-language", "fr", title="T", detail={}, articles=["a"])
        1
        >>> s.add_alert("w", "s1", "new-language", "fr", title="T", detail={}, articles=["a"]) is None
        True
        """
        with self.transaction():
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO alerts (watch, story_id, kind, change, title, detail, "
                "articles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    watch,
                    story_id,
                    kind,
                    change,
                    title,
                    json.dumps(detail, ensure_ascii=False),
                    json.dumps(list(articles)),
                ),
            )
            return int(cur.lastrowid) if cur.rowcount and cur.lastrowid else None

    def list_alerts(
        self, watch: str | None = None, *, limit: int = 50, ids: Sequence[int] = ()
    ) -> list[AlertRow]:
        """Alerts, newest first (of one watch, or the given ids).

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").list_alerts("w")
        []
        """
        sql = (
            "SELECT id, watch, story_id, kind, change, title, detail, articles, created_at "
            "FROM alerts"
        )
        where: list[str] = []
        params: list[Any] = []
        if watch is not None:
            where.append("watch = ?")
            params.append(watch)
        if ids:
            where.append(f"id IN ({_marks(len(ids))})")
            params.extend(ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [
            AlertRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), json.loads(r[7]), r[8])
            for r in rows
        ]

    def count_alerts(self, watch: str) -> int:
        """How many alerts ``watch`` has fired.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").count_alerts("w")
        0
        """
        with self._lock:
            row = self._conn.execute("SELECT count(*) FROM alerts WHERE watch = ?", (watch,))
            return int(row.fetchone()[0])

    def record_delivery(
        self, alert_id: int, target: str, attempt: int, status: int | None, error: str | None
    ) -> None:
        """Log one webhook delivery attempt.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> _ = s.add_watch(WatchRow("w", "q", None, None, 1, ["new-story"], None, "k", ""))
        >>> aid = s.add_alert("w", "s1", "new-story", "", title=None, detail={}, articles=[])
        >>> s.record_delivery(aid, "http://127.0.0.1:9/hook", 1, None, "connection refused")
        >>> s.deliveries(aid)[0]["error"]
        'connection refused'
        """
        with self.transaction():
            self._conn.execute(
                "INSERT INTO deliveries (alert_id, target, attempt, status, error) "
                "VALUES (?, ?, ?, ?, ?)",
                (alert_id, target, attempt, status, error),
            )

    def deliveries(
        self, alert_id: int | None = None, *, watch: str | None = None
    ) -> list[dict[str, Any]]:
        """The delivery log (of one alert, or of one watch's alerts), oldest first.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").deliveries(1)
        []
        """
        sql = (
            "SELECT d.alert_id, d.target, d.attempt, d.status, d.error, d.at FROM deliveries d "
            "JOIN alerts a ON a.id = d.alert_id"
        )
        params: list[Any] = []
        if alert_id is not None:
            sql += " WHERE d.alert_id = ?"
            params.append(alert_id)
        elif watch is not None:
            sql += " WHERE a.watch = ?"
            params.append(watch)
        sql += " ORDER BY d.id"
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        keys = ("alert_id", "target", "attempt", "status", "error", "at")
        return [dict(zip(keys, r, strict=True)) for r in rows]
