"""RSS and Atom feeds: one document per entry.

Each entry's content (or its summary, when it has no content) becomes plain
text with paragraph breaks kept. ``declared`` gets the entry's title, link
(``url``), published or updated date (the raw string), author, the feed's
title (``outlet``) and the feed's language (``lang``) when stated.
Origins are ``file.xml#entry 3`` (1-based).

Examples
--------
>>> rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title>'
...        b'<item><title>Floods</title><link>https://x.org/1</link>'
...        b'<description>&lt;p&gt;Rivers rose.&lt;/p&gt;&lt;p&gt;Towns flooded.&lt;/p&gt;'
...        b'</description></item></channel></rss>')
>>> doc = next(parse_feed(rss, "daily.rss"))
>>> doc.origin, doc.content, doc.declared["outlet"]
('daily.rss#entry 1', 'Rivers rose.\\n\\nTowns flooded.', 'Daily')
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import (
    FEED_ROOTS,
    Reader,
    declared_value,
    read_and_parse,
    whole,
    xml_root,
)
from storyline.text.html import html_to_text

__all__ = ["READER", "looks_like_feed", "parse_feed", "read_feed"]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def parse_feed(data: bytes, origin: str) -> Iterator[RawDocument | ReadFailure]:
    """Documents from the bytes of an RSS/Atom feed.

    Examples
    --------
    >>> next(parse_feed(b"not a feed at all", "x.xml")).reason
    'not an RSS/Atom feed (no entries found)'
    """
    if not data.strip():
        yield ReadFailure(origin, "empty file")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("version"):
            yield ReadFailure(origin, "feed has no entries")
        else:
            yield ReadFailure(origin, "not an RSS/Atom feed (no entries found)")
        return
    feed = parsed.get("feed") or {}
    outlet = declared_value(feed.get("title"))
    feed_lang = declared_value(feed.get("language"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(entry, f"{origin}#entry {number}", outlet, feed_lang)


def read_feed(
    path: Path, *, max_bytes: int, origin: str | None = None
) -> Iterator[RawDocument | ReadFailure]:
    """Read a feed file (refused above ``10 * max_bytes``).

    Examples
    --------
    >>> next(read_feed(Path("/no/such.rss"), max_bytes=10)).reason
    'no such file or directory'
    """
    yield from read_and_parse(path, 10 * max_bytes, origin, parse_feed)


def _entry_document(
    entry: Any, origin: str, outlet: str | None, feed_lang: str | None
) -> RawDocument | ReadFailure:
    text = ""
    for part in entry.get("content") or []:
        text = _as_text(part.get("value") or "", part.get("type") or "")
        if text:
            break
    if not text:
        detail = entry.get("summary_detail") or {}
        text = _as_text(entry.get("summary") or "", detail.get("type") or "text/html")
    if not text:
        return ReadFailure(origin, "entry has no content or summary")
    declared: dict[str, str] = {}
    values = {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "date": entry.get("published") or entry.get("updated"),
        "author": entry.get("author"),
        "outlet": outlet,
        "lang": (entry.get("content") or [{}])[0].get("language") or feed_lang,
    }
    for key, value in values.items():
        clean = declared_value(value)
        if clean is not None:
            declared[key] = clean
    return RawDocument(origin=origin, content=text, kind="text", declared=declared)


def _as_text(value: str, content_type: str) -> str:
    if content_type.lower() in _HTML_TYPES or "<" in value:
        return html_to_text(value)
    return value.strip()


def looks_like_feed(head: bytes) -> bool:
    """XML whose first element is an RSS, Atom or RDF root.

    Examples
    --------
    >>> looks_like_feed(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    True
    >>> looks_like_feed(b"<html><body>")
    False
    """
    return head.startswith(b"<") and xml_root(head) in FEED_ROOTS


READER = Reader(
    format="feed",
    extensions=(".rss", ".atom"),  # .xml: a feed only when its content says so
    looks_like=looks_like_feed,
    read_file=lambda path, fields, max_bytes, origin: read_feed(
        path, max_bytes=max_bytes, origin=origin
    ),
    read_stream=whole(lambda data, origin, fields, max_bytes: parse_feed(data, origin), 10),
)
"""An RSS/Atom feed: one document per entry (refused above ``10 * max_bytes``)."""
