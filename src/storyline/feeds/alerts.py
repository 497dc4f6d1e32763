"""Delivering alerts: webhooks (signed JSON POSTs) and Atom feeds.

A webhook gets one POST per alert: a JSON body (:func:`alert_payload`)
with the header ``X-Storyline-Signature: sha256=<hex>``, the HMAC-SHA256
of the exact body bytes under the watch's secret (:func:`sign`; a receiver
recomputes it and compares with :func:`hmac.compare_digest`). A failed POST
(a network error or a status outside 2xx) is retried after 1, 2, 4 ... s
(``feeds.webhook_attempts`` tries in all); every attempt is logged in
``deliveries``.

Examples
--------
>>> sign(b'{"a":1}', "secret")
'sha256=...'
>>> verify(b'{"a":1}', "secret", sign(b'{"a":1}', "secret"))
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import httpx

from storyline.settings import Settings
from storyline.store import Store
from storyline.store.feeds import AlertRow, WatchRow

__all__ = [
    "SIGNATURE_HEADER",
    "alert_payload",
    "deliver",
    "sign",
    "story_atom",
    "verify",
    "watch_atom",
]

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Storyline-Signature"
"""The header carrying ``sha256=<hex HMAC of the body>``."""


def sign(body: bytes, secret: str) -> str:
    """``sha256=<hex>``: the HMAC-SHA256 of ``body`` under ``secret``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, signature: str) -> bool:
    """Whether ``signature`` is :func:`sign` of ``body`` (constant-time comparison)."""
    return hmac.compare_digest(sign(body, secret), signature)


def _describe_kind(kind: str, detail: dict[str, Any]) -> str:
    if kind == "new-language":
        return f"new language: {', '.join(detail.get('languages', []))}"
    if kind == "new-outlet":
        return f"new outlet: {', '.join(detail.get('outlets', []))}"
    if kind == "conflict":
        return f"reports disagree ({detail.get('conflicts', 0)} conflict(s))"
    langs = ", ".join(detail.get("languages", []))
    return f"new story ({langs})" if langs else "new story"


def _describe(alert: AlertRow) -> str:
    kinds = alert.detail.get("kinds") or [alert.kind]
    return "; ".join(_describe_kind(k, alert.detail) for k in kinds)


def alert_payload(store: Store, alert: AlertRow) -> dict[str, Any]:
    """The JSON a webhook receives for ``alert`` (also the web API's alert form).

    Examples
    --------
    >>> a = AlertRow(3, "w", "s1", "new-language", "fr", "T", {"languages": ["fr"]}, [], "t")
    >>> alert_payload(Store(":memory:"), a)["summary"]
    'new language: fr'
    """
    story = store.get_story(alert.story_id)
    by_id = {a.id: a for a in story.articles} if story else {}
    articles = []
    for aid in alert.articles:
        a = by_id.get(aid)
        if a is not None:
            articles.append(
                {"id": a.id, "title": a.title, "lang": a.lang, "outlet": a.outlet, "url": a.url}
            )
    return {
        "watch": alert.watch,
        "alert": alert.id,
        "kind": alert.kind,
        "change": alert.change,
        "summary": _describe(alert),
        "created_at": alert.created_at,
        "story": {
            "id": story.id if story else alert.story_id,
            "title": story.title if story else alert.title,
            "languages": story.languages if story else [],
            "articles": story.n_articles if story else 0,
            "path": f"/stories/{story.id if story else alert.story_id}",
        },
        "articles": articles,
        "detail": alert.detail,
    }


def deliver(
    store: Store,
    alert_ids: Sequence[int],
    settings: Settings | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    backoff_s: float = 1.0,
) -> dict[str, int]:
    """POST each alert to its watch's webhook; returns ``{"delivered": n, "failed": m}``.

    Alerts of watches without a webhook are skipped (their Atom feed and
    page have them).
    """
    settings = settings if settings is not None else Settings()
    config = settings.feeds
    out = {"delivered": 0, "failed": 0}
    if not alert_ids:
        return out
    watches: dict[str, WatchRow] = {w.name: w for w in store.list_watches()}
    alerts = store.list_alerts(ids=list(alert_ids), limit=len(alert_ids))
    pending = [a for a in reversed(alerts) if watches.get(a.watch) and watches[a.watch].webhook]
    if not pending:
        return out
    with httpx.Client(
        timeout=httpx.Timeout(config.timeout_s),
        headers={"User-Agent": config.user_agent},
        follow_redirects=False,
        transport=transport,
    ) as client:
        for alert in pending:
            watch = watches[alert.watch]
            body = json.dumps(alert_payload(store, alert), ensure_ascii=False).encode()
            headers = {
                "Content-Type": "application/json",
                SIGNATURE_HEADER: sign(body, watch.secret),
                "X-Storyline-Alert": str(alert.id),
            }
            ok = False
            for attempt in range(1, max(1, config.webhook_attempts) + 1):
                status: int | None = None
                error: str | None = None
                try:
                    response = client.post(str(watch.webhook), content=body, headers=headers)
                    status = response.status_code
                    ok = 200 <= status < 300
                    if not ok:
                        error = f"HTTP {status}"
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__}: {' '.join(str(exc).split())}"
                store.record_delivery(alert.id, str(watch.webhook), attempt, status, error)
                if ok:
                    break
                if attempt < config.webhook_attempts:
                    time.sleep(backoff_s * 2 ** (attempt - 1))
            out["delivered" if ok else "failed"] += 1
            if not ok:
                logger.warning("alert %d of watch %s not delivered", alert.id, alert.watch)
    return out


# -- Atom -----------------------------------------------------------------------------


def _atom_time(value: str | None) -> str:
    if not value:
        return "1970-01-01T00:00:00Z"
    value = value.strip()
    if len(value) == 10:
        return value + "T00:00:00Z"
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return "1970-01-01T00:00:00Z"
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _feed(feed_id: str, title: str, self_url: str, updated: str, entries: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"<id>{escape(feed_id)}</id>\n<title>{escape(title)}</title>\n"
        f"<link rel=\"self\" href={quoteattr(self_url)}/>\n<updated>{updated}</updated>\n"
        "<generator>storyline</generator>\n" + "".join(entries) + "</feed>\n"
    )


def watch_atom(store: Store, watch: str, base_url: str, limit: int = 50) -> str:
    """The Atom feed of a watch's alerts, newest first (``/watches/{name}.atom``).

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     "<title>storyline watch: w</title>" in watch_atom(store, "w", "http://127.0.0.1:8000")
    True
    """
    base = base_url.rstrip("/")
    entries = []
    alerts = store.list_alerts(watch, limit=limit)
    for alert in alerts:
        payload = alert_payload(store, alert)
        items = "".join(
            f"<li>[{escape(a['lang'])}] {escape(a['title'] or a['id'])}"
            + (f" ({escape(a['outlet'])})" if a["outlet"] else "")
            + "</li>"
            for a in payload["articles"]
        )
        html = f"<p>{escape(payload['summary'])}</p>" + (f"<ul>{items}</ul>" if items else "")
        title = f"{payload['summary']}: {payload['story']['title'] or alert.story_id}"
        entries.append(
            "<entry>\n"
            f"<id>urn:storyline:alert:{escape(watch)}:{alert.id}</id>\n"
            f"<title>{escape(title)}</title>\n"
            f"<link href={quoteattr(base + payload['story']['path'])}/>\n"
            f"<updated>{_atom_time(alert.created_at)}</updated>\n"
            f"<content type=\"html\">{escape(html)}</content>\n"
            "</entry>\n"
        )
    updated = _atom_time(alerts[0].created_at) if alerts else _atom_time(None)
    return _feed(
        f"urn:storyline:watch:{watch}",
        f"storyline watch: {watch}",
        f"{base}/watches/{watch}.atom",
        updated,
        entries,
    )


def story_atom(store: Store, story_id: str, base_url: str) -> str | None:
    """The Atom feed of a story's articles, newest report first; ``None`` for no such story.

    Examples
    --------
    >>> story_atom(Store(":memory:"), "s0", "http://127.0.0.1:8000") is None
    True
    """
    story = store.get_story(story_id)
    if story is None:
        return None
    base = base_url.rstrip("/")
    entries = []
    for a in sorted(story.articles, key=lambda a: a.published or "", reverse=True):
        link = a.url or f"{base}/articles/{a.id}"
        entries.append(
            "<entry>\n"
            f"<id>urn:storyline:article:{a.id}</id>\n"
            f"<title>{escape(a.title or a.id)}</title>\n"
            f"<link href={quoteattr(link)}/>\n"
            f"<updated>{_atom_time(a.published)}</updated>\n"
            + (f"<author><name>{escape(a.outlet)}</name></author>\n" if a.outlet else "")
            + f"<category term={quoteattr(a.lang)}/>\n"
            "</entry>\n"
        )
    updated = _atom_time(max((a.published or "" for a in story.articles), default=None))
    return _feed(
        f"urn:storyline:story:{story.id}",
        f"storyline story: {story.title or story.id}",
        f"{base}/stories/{story.id}.atom",
        updated,
        entries,
    )
