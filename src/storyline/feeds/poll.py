"""One round of ``storyline watch``: fetch the due sources, ingest their new items.

A round, in order:

1. every due source is fetched (conditional GET; several at once, per-host
   limits in :class:`~storyline.feeds.http.Fetcher`) and parsed
   (:func:`~storyline.feeds.parse.parse_feed_bytes`; a sitemap index's
   sitemaps are fetched too). Each outcome is recorded on the source: an
   error there counts towards its back-off (the wait doubles per
   consecutive error, up to ``max_backoff_s``) and the other sources go on;
2. an item is new unless its URL is stored (as an article or a copy) or
   the source's item record says it was stored (or failed
   ``item_attempts`` times): a stored item is never fetched again;
3. each new item's page is fetched and handed to the ingest pipeline as
   HTML (:func:`storyline.pipeline.ingest`: trafilatura extraction, the same
   cleanup, language, dates, dedup, store and linking); when the page
   cannot be had or holds no article, the feed's own text for the item is
   ingested instead;
4. what became of each item is recorded (``stored``, ``duplicate``,
   ``exists``, ``failed`` with the reason).

A kill at any point loses nothing: articles are committed in batches
before their items are recorded, and an item whose URL is stored is never
fetched again, so a restart fetches exactly the items not yet stored.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from storyline.article import RawDocument
from storyline.feeds.http import Fetched, Fetcher, FetchError
from storyline.feeds.parse import FeedError, FeedItem, ParsedFeed, parse_feed_bytes
from storyline.pipeline import IngestReport, ingest
from storyline.read.html import parse_html
from storyline.settings import Settings
from storyline.store import Store
from storyline.store.feeds import ItemRecord, SourceRow

__all__ = ["PollReport", "SourceOutcome", "next_due", "poll"]

logger = logging.getLogger(__name__)

MAX_CHILD_SITEMAPS = 20
"""Sitemaps of a sitemap index fetched per round."""

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)

Progress = Callable[[str, int, int], None]


@dataclass
class SourceOutcome:
    """What one source gave this round."""

    id: int
    url: str
    status: str
    error: str | None = None
    items: int = 0
    new: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return dict(self.__dict__)


@dataclass
class PollReport:
    """What a round did: per source, items, pages, and the ingest report."""

    sources: list[SourceOutcome] = field(default_factory=list)
    new_items: int = 0
    pages: int = 0
    fallbacks: int = 0
    stored: int = 0
    duplicates: int = 0
    existing: int = 0
    failed_items: list[tuple[str, str]] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    alerts: list[int] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage: ``feeds`` (fetch + parse), ``pages``, ``ingest``, ``watches``."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary.

        Examples
        --------
        >>> PollReport().to_dict()["new_items"]
        0
        """
        return {
            "sources": [s.to_dict() for s in self.sources],
            "new_items": self.new_items,
            "pages": self.pages,
            "fallbacks": self.fallbacks,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "existing": self.existing,
            "failed_items": [{"url": u, "reason": r} for u, r in self.failed_items],
            "linked": self.ingest.linked,
            "new_stories": self.ingest.new_stories,
            "alerts": len(self.alerts),
            "seconds": round(self.seconds, 3),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_due(now: float, every_s: int, errors: int, max_backoff_s: int) -> float:
    """When a source is due again: ``every_s`` after a success; after the n-th
    consecutive error ``every_s * 2**(n-1)``, at most ``max_backoff_s``.

    Examples
    --------
    >>> [next_due(0, 60, n, 600) for n in range(6)]
    [60, 60, 120, 240, 480, 600]
    """
    if errors <= 0:
        return now + every_s
    return now + min(every_s * 2 ** (errors - 1), max(max_backoff_s, every_s))


@dataclass
class _Fetched:
    source: SourceRow
    feed: ParsedFeed | None = None
    response: Fetched | None = None
    error: str | None = None


def _fetch_source(fetcher: Fetcher, source: SourceRow) -> _Fetched:
    try:
        got = fetcher.get(
            source.url, etag=source.etag, last_modified=source.last_modified, accept=FEED_ACCEPT
        )
        if got.not_modified:
            return _Fetched(source, response=got)
        feed = parse_feed_bytes(got.body, got.url, got.content_type)
        if feed.sitemaps:
            items: list[FeedItem] = []
            for child in feed.sitemaps[:MAX_CHILD_SITEMAPS]:
                sub = fetcher.get(child, accept=FEED_ACCEPT)
                items += parse_feed_bytes(sub.body, sub.url, sub.content_type).items
            feed = ParsedFeed(feed.kind, feed.title, feed.lang, items, feed.sitemaps)
        return _Fetched(source, feed=feed, response=got)
    except (FetchError, FeedError) as exc:
        return _Fetched(source, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad source never stops the round
        logger.warning("internal error polling %s", source.url, exc_info=True)
        return _Fetched(source, error=f"internal error: {type(exc).__name__}: {exc}")


@dataclass
class _Item:
    source: SourceRow
    feed: ParsedFeed
    item: FeedItem
    page: RawDocument | None = None
    page_error: str | None = None


def _declared(entry: _Item) -> dict[str, str]:
    item, source, feed = entry.item, entry.source, entry.feed
    values = {
        "url": item.url,
        "title": item.title,
        "date": item.published,
        "author": item.author,
        "lang": item.lang or source.lang or feed.lang,
        "outlet": feed.title or source.title,
    }
    return {k: v for k, v in values.items() if v}


def _fetch_page(fetcher: Fetcher, entry: _Item) -> None:
    if not entry.item.url:
        entry.page_error = "item has no URL"
        return
    try:
        got = fetcher.get(
            entry.item.url, accept="text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
        )
    except FetchError as exc:
        entry.page_error = str(exc)
        return
    except Exception as exc:  # noqa: BLE001
        logger.warning("internal error fetching %s", entry.item.url, exc_info=True)
        entry.page_error = f"internal error: {type(exc).__name__}: {exc}"
        return
    doc = parse_html(got.body, entry.item.url)
    if isinstance(doc, RawDocument):
        entry.page = RawDocument(doc.origin, doc.content, "html", _declared(entry))
    else:
        entry.page_error = doc.reason


def _fallback(entry: _Item) -> RawDocument | None:
    text = entry.item.content.strip()
    if not text:
        return None
    return RawDocument(
        f"{entry.item.url or entry.item.key} (feed text)", text, "text", _declared(entry)
    )


def poll(
    store: Store,
    settings: Settings | None = None,
    *,
    now: float | None = None,
    every_source: bool = False,
    link: bool = True,
    quiet_backfill: bool = False,
    progress: Progress | None = None,
    transport: httpx.BaseTransport | None = None,
    webhook_backoff_s: float = 1.0,
) -> PollReport:
    """Run one round over the sources due at ``now`` (all of them with ``every_source``).

    Then, when linking, the watches are evaluated on every article stored
    since their last evaluation (:func:`storyline.feeds.watches.evaluate_pending`)
    and the new alerts delivered to their webhooks; ``quiet_backfill``
    records what the watches see without firing. ``progress(stage, done,
    total)`` is called as feeds and pages arrive.
    """
    settings = settings if settings is not None else Settings()
    config = settings.feeds
    started = time.monotonic()
    now = time.time() if now is None else now
    report = PollReport()
    say = progress or (lambda _stage, _done, _total: None)
    sources = store.list_sources(due_before=None if every_source else now)
    with Fetcher(config, max_bytes=settings.max_file_bytes, transport=transport) as fetcher:
        threads = max(1, min(config.concurrency, len(sources)))
        fetched: list[_Fetched] = []
        mark = time.monotonic()
        with ThreadPoolExecutor(threads) as pool:
            for n, result in enumerate(pool.map(lambda s: _fetch_source(fetcher, s), sources), 1):
                fetched.append(result)
                say("feeds", n, len(sources))
        entries = _new_items(store, fetched, report, now, settings)
        report.new_items = len(entries)
        report.timings["feeds"] = time.monotonic() - mark
        if entries:
            mark = time.monotonic()
            with ThreadPoolExecutor(max(1, min(config.concurrency, len(entries)))) as pool:
                for n, _ in enumerate(pool.map(lambda e: _fetch_page(fetcher, e), entries), 1):
                    say("pages", n, len(entries))
            report.timings["pages"] = time.monotonic() - mark
            mark = time.monotonic()
            _ingest_items(store, entries, report, settings, link, say)
            report.timings["ingest"] = time.monotonic() - mark
    if link:
        mark = time.monotonic()
        from storyline.feeds.alerts import deliver
        from storyline.feeds.watches import evaluate_pending

        report.alerts = evaluate_pending(store, settings, quiet=quiet_backfill)
        if report.alerts:
            deliver(
                store, report.alerts, settings, transport=transport, backoff_s=webhook_backoff_s
            )
        report.timings["watches"] = time.monotonic() - mark
    report.seconds = time.monotonic() - started
    return report


def _new_items(
    store: Store, fetched: list[_Fetched], report: PollReport, now: float, settings: Settings
) -> list[_Item]:
    config = settings.feeds
    at = _now_iso()
    entries: list[_Item] = []
    seen_urls: set[str] = set()
    for result in fetched:
        source = result.source
        outcome = SourceOutcome(source.id, source.url, "ok")
        report.sources.append(outcome)
        if result.error is not None:
            errors = source.errors + 1
            outcome.status, outcome.error = "error", result.error
            store.record_fetch(
                source.id,
                at=at,
                status="error",
                error=result.error,
                next_due=next_due(now, source.every_s, errors, config.max_backoff_s),
            )
            logger.info("source %s: %s", source.url, result.error)
            continue
        got = result.response
        assert got is not None
        due = next_due(now, source.every_s, 0, config.max_backoff_s)
        if result.feed is None:
            outcome.status = "not modified"
            store.record_fetch(source.id, at=at, status="not modified", next_due=due)
            continue
        feed = result.feed
        outcome.items = len(feed.items)
        records = store.item_records(source.id, [i.key for i in feed.items])
        known = store.known_urls([i.url for i in feed.items if i.url])
        already: list[ItemRecord] = []
        for item in feed.items:
            status, attempts = records.get(item.key, ("", 0))
            if status in ("stored", "duplicate", "exists"):
                continue
            if status == "failed" and attempts >= config.item_attempts:
                continue
            if item.url and item.url in known:
                already.append(ItemRecord(item.key, item.url, "exists", known[item.url]))
                continue
            if item.url in seen_urls:
                continue
            if item.url:
                seen_urls.add(item.url)
            entries.append(_Item(source, feed, item))
            outcome.new += 1
        if already:
            store.record_items(source.id, already)
        store.record_fetch(
            source.id,
            at=at,
            status="ok",
            next_due=due,
            etag=got.etag,
            last_modified=got.last_modified,
            kind=feed.kind,
            title=feed.title,
        )
    return entries


def _ingest_items(
    store: Store,
    entries: list[_Item],
    report: PollReport,
    settings: Settings,
    link: bool,
    say: Progress,
) -> None:
    workers = 1 if len(entries) < 64 else settings.resolved_workers()
    total = len(entries)

    def on_doc(_origin: str, ingest_report: IngestReport) -> None:
        say("ingest", ingest_report.read, total)

    pages = [e.page for e in entries if e.page is not None]
    report.pages = len(pages)
    first = ingest(pages, store, workers=workers, link=link, settings=settings, progress=on_doc)
    page_failures = dict(first.failed)
    fallback_docs: list[RawDocument] = []
    for e in entries:
        if e.page is not None and e.page.origin in page_failures:
            e.page_error = f"page: {page_failures[e.page.origin]}"
            e.page = None
        if e.page is None and (doc := _fallback(e)) is not None:
            fallback_docs.append(doc)
    report.fallbacks = len(fallback_docs)
    second = (
        ingest(fallback_docs, store, workers=1, link=link, settings=settings)
        if fallback_docs
        else IngestReport()
    )
    merged = report.ingest
    for part in (first, second):
        merged.read += part.read
        merged.added += part.added
        merged.duplicates += part.duplicates
        merged.existing += part.existing
        merged.failed += part.failed
        merged.added_ids += part.added_ids
        merged.linked += part.linked
        merged.new_stories += part.new_stories
        merged.merges += part.merges
    report.added_ids = list(merged.added_ids)
    fallback_failures = dict(second.failed)
    known = store.known_urls([e.item.url for e in entries if e.item.url])
    stored_ids = set(merged.added_ids)
    by_source: dict[int, list[ItemRecord]] = {}
    for e in entries:
        via = "page" if e.page is not None else "feed"
        url = e.item.url
        if url and url in known:
            aid = known[url]
            status = "stored" if aid in stored_ids else "duplicate"
            record = ItemRecord(e.item.key, url, status, aid, via)
        else:
            reason = fallback_failures.get(f"{url or e.item.key} (feed text)")
            if e.page is None and (reason is not None or not e.item.content.strip()):
                why = e.page_error or "no page"
                if reason:
                    why += f"; feed text: {reason}"
                elif not e.item.content.strip():
                    why += "; the feed gives no text for it"
                record = ItemRecord(e.item.key, url, "failed", None, None, why)
                report.failed_items.append((url or e.item.key, why))
            elif not url:  # an item without a URL (JSON Feed, sitemap-less): its feed text
                record = ItemRecord(e.item.key, url, "stored", None, via)
            else:  # its text is stored already under another URL (same content id)
                record = ItemRecord(e.item.key, url, "exists", None, via)
        by_source.setdefault(e.source.id, []).append(record)
        if record.status == "stored":
            report.stored += 1
        elif record.status == "duplicate":
            report.duplicates += 1
        elif record.status == "exists":
            report.existing += 1
    for source_id, records in by_source.items():
        store.record_items(source_id, records)
