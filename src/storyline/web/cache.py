"""Read responses cached until the store changes.

Under many concurrent readers, the story list was rebuilt for every
request, one at a time on the app's one reading connection: 200 readers
queued behind each other. :class:`ReadCache` keeps the encoded JSON of
recent answers, keyed by the request's parameters and valid while the
store's ``PRAGMA data_version`` is unchanged: any commit by another
connection (the app's writer, an ``ingest`` or ``watch`` in another
process) changes it, and the next request rebuilds its answer.

Examples
--------
>>> import sqlite3, tempfile, pathlib
>>> db = pathlib.Path(tempfile.mkdtemp()) / "c.db"
>>> sqlite3.connect(db).execute("CREATE TABLE t(x)").connection.commit()
>>> cache = ReadCache(db)
>>> calls = []
>>> build = lambda: calls.append(1) or b"[1]"
>>> cache.get(("k",)) is None
True
>>> cache.put(("k",), cache.version(), build())
>>> cache.get(("k",)), len(calls)
(b'[1]', 1)
>>> with sqlite3.connect(db) as other:
...     _ = other.execute("INSERT INTO t VALUES (1)")
>>> cache.get(("k",)) is None
True
>>> cache.close()
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from pathlib import Path
from typing import Any

__all__ = ["CACHED_PATHS", "ReadCache", "ReadCacheMiddleware"]


class ReadCache:
    """Encoded answers keyed by request, valid for one ``data_version`` of the store.

    Parameters
    ----------
    db_path
        The SQLite store; a private read-only connection watches its
        ``data_version``.
    max_entries
        Answers kept (least recently used dropped first).
    """

    def __init__(self, db_path: str | Path, max_entries: int = 256) -> None:
        self._conn = sqlite3.connect(
            f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._max = max_entries

    def version(self) -> int:
        """The store's current ``data_version`` as this cache's connection sees it."""
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def get(self, key: Hashable) -> Any:
        """The cached answer for ``key``, or ``None`` when missing or out of date."""
        version = self.version()
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: Hashable, version: int, body: Any) -> None:
        """Keep ``body`` for ``key``, built from the store as it was at ``version``.

        Take ``version`` *before* building the answer: a commit during the
        build then makes the entry stale at once instead of hiding the change.
        """
        with self._lock:
            self._entries[key] = (version, body)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)

    def close(self) -> None:
        """Close the watching connection."""
        with self._lock:
            self._conn.close()


Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CACHED_PATHS: frozenset[str] = frozenset({"/api/stories"})
"""GET paths whose whole responses are cached (their answer depends only on the store)."""


class ReadCacheMiddleware:
    """Serve repeated ``GET`` requests of :data:`CACHED_PATHS` from a :class:`ReadCache`.

    Outermost layer of the app: a hit is answered without routing,
    validation or serialisation (a dictionary lookup and one
    ``data_version`` probe); a miss goes through the app and its ``200``
    answer is kept, keyed by path and raw query string. Concurrent misses
    of one key wait for a single build instead of all building it.
    """

    def __init__(
        self, app: ASGIApp, cache: ReadCache, paths: frozenset[str] = CACHED_PATHS
    ) -> None:
        self.app = app
        self.cache = cache
        self.paths = paths
        self._building: dict[Hashable, asyncio.Event] = {}  # one build per key at a time

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        hit = self.cache.get(key)
        building = self._building.get(key)
        if hit is None and building is not None:  # the same answer is being built: wait for it
            await building.wait()
            hit = self.cache.get(key)
        if hit is not None:
            start, body = _unpack(hit)
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        done = self._building.setdefault(key, asyncio.Event())
        try:
            version = self.cache.version()
            captured: list[Message] = []

            async def capture(message: Message) -> None:
                captured.append(message)
                await send(message)

            await self.app(scope, receive, capture)
            if (
                len(captured) == 2
                and captured[0].get("status") == 200
                and not captured[1].get("more_body", False)
            ):
                self.cache.put(key, version, _pack(captured[0], captured[1].get("body", b"")))
        finally:
            if self._building.get(key) is done:
                del self._building[key]
            done.set()


def _pack(start: Message, body: bytes) -> Any:
    return (
        {"type": start["type"], "status": start["status"], "headers": list(start["headers"])},
        body,
    )


def _unpack(entry: Any) -> tuple[Message, bytes]:
    start, body = entry
    return dict(start), body
