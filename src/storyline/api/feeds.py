"""Followed sources, watches and their alerts (:mod:`storyline.feeds`, loaded on first use).

Part of :mod:`storyline.api` (import the names from there); the names of
:data:`FEEDS_API` are served by ``storyline.api`` itself.

Examples
--------
>>> with Store(":memory:") as store:
...     list_sources(store), list_watches(store)
([], [])
"""

from __future__ import annotations

from typing import Any

from storyline.store import Store

__all__ = ["FEEDS_API", "list_sources", "list_watches", "watch_alerts"]


FEEDS_API = (
    "FeedError",
    "FetchError",
    "SourceError",
    "add_sources",
    "import_opml",
    "parse_every",
    "poll",
    "remove_source",
    "EVENTS",
    "SIGNATURE_HEADER",
    "WatchError",
    "add_watch",
    "alert_payload",
    "deliver",
    "evaluate_pending",
    "remove_watch",
    "sign",
    "story_atom",
    "verify",
    "watch_atom",
)
"""Names of :mod:`storyline.feeds` that this module serves (``storyline.api.poll`` ...):
following sources (``sources``), one ``watch`` round, watches and their alerts."""


def list_watches(store: Store) -> list[dict[str, Any]]:
    """Every watch (its secret left out) with its number of alerts and its last one.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     list_watches(store)
    []
    """
    out = []
    for watch in store.list_watches():
        row = watch.to_dict()
        alerts = store.list_alerts(watch.name, limit=1)
        row["alerts"] = store.count_alerts(watch.name)
        row["last_alert"] = alerts[0].created_at if alerts else None
        out.append(row)
    return out


def watch_alerts(store: Store, name: str, limit: int = 50) -> list[dict[str, Any]]:
    """A watch's alerts, newest first, as its webhook receives them.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     watch_alerts(store, "nope")
    []
    """
    from storyline.feeds import alert_payload

    return [alert_payload(store, a) for a in store.list_alerts(name, limit=limit)]


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Every followed source with its last fetch, status, items stored and errors.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     _ = store.add_source("https://x.test/rss")
    ...     [(s["url"], s["status"], s["items"]) for s in list_sources(store)]
    [('https://x.test/rss', 'never fetched', 0)]
    """
    return [row.to_dict() for row in store.list_sources()]
