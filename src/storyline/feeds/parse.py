"""What a fetched feed says: its items (RSS 0.9x/1.0/2.0, Atom, JSON Feed, sitemaps).

XML never has an entity expanded: every XML body is first checked by
:mod:`defusedxml` (an entity declaration, internal or external, is refused
with an error, so ``<!ENTITY x SYSTEM "file:///etc/passwd">`` is never
resolved); feeds are then read by feedparser, sitemaps (``<urlset>``,
``<sitemapindex>``, Google News ``<news:news>``) by defusedxml's
ElementTree. JSON Feed 1.0/1.1 is read with :mod:`json`.

Examples
--------
>>> rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title>'
...        b'<language>fr</language><item><title>Crue</title><link>https://x.test/1</link>'
...        b'<guid>x-1</guid><description>La Seine monte.</description></item></channel></rss>')
>>> feed = parse_feed_bytes(rss, "https://x.test/rss")
>>> feed.kind, feed.title, feed.lang, [(i.key, i.url, i.title, i.content) for i in feed.items]
('rss20', 'Daily', 'fr', [('x-1', 'https://x.test/1', 'Crue', 'La Seine monte.')])
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from storyline.errors import StorylineError
from storyline.text.html import html_to_text

__all__ = ["FeedError", "FeedItem", "ParsedFeed", "parse_feed_bytes", "parse_opml"]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class FeedError(StorylineError, ValueError):
    """A fetched body that is not a usable feed or sitemap (one-line reason)."""


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: where its page is, and what the feed itself says of it.

    ``key`` identifies the item within its source (the guid / id, else the
    URL); ``content`` is the feed's own text for it (plain text, may be
    empty), the fall-back when the page cannot be had.
    """

    key: str
    url: str | None
    title: str | None = None
    content: str = ""
    published: str | None = None
    author: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its kind (``rss20``, ``atom10``, ``json``, ``sitemap``, ...), title,
    language, items, and (for a sitemap index) the sitemaps it lists."""

    kind: str
    title: str | None
    lang: str | None
    items: list[FeedItem]
    sitemaps: list[str] = field(default_factory=list)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _as_text(value: str, content_type: str) -> str:
    if not value:
        return ""
    if content_type.lower() in _HTML_TYPES or "<" in value:
        return html_to_text(value)
    return value.strip()


def _check_xml(data: bytes) -> None:
    """Refuse XML that declares entities (never expanded) or is not well-formed."""
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedError(
            f"XML declares an entity ({type(exc).__name__}); refused, entities are never expanded"
        ) from exc
    except SafeET.ParseError as exc:
        raise FeedError(f"not well-formed XML ({exc})") from exc


def _looks_json(data: bytes, content_type: str) -> bool:
    return "json" in content_type.lower() or data.lstrip()[:1] in (b"{", b"[")


def parse_feed_bytes(data: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Parse a fetched body as JSON Feed, sitemap or RSS/Atom.

    Raises
    ------
    FeedError
        When the body is empty, not a feed or sitemap, not well-formed XML,
        or declares an XML entity.

    Examples
    --------
    >>> parse_feed_bytes(b"<html><body>hello</body></html>", "https://x.test/")
    Traceback (most recent call last):
    ...
    storyline.feeds.parse.FeedError: not an RSS, Atom, JSON Feed or sitemap (html)
    >>> sm = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    ...       b'<url><loc>https://x.test/a</loc><lastmod>2025-01-02</lastmod></url></urlset>')
    >>> [(i.url, i.published) for i in parse_feed_bytes(sm, "https://x.test/sitemap.xml").items]
    [('https://x.test/a', '2025-01-02')]
    """
    if not data.strip():
        raise FeedError("empty body")
    if _looks_json(data, content_type):
        return _parse_json_feed(data, url)
    _check_xml(data)
    head = data[:2048].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _parse_sitemap(data, url)
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not version:
        root = SafeET.fromstring(data).tag
        root = root.rsplit("}", 1)[-1] if isinstance(root, str) else "?"
        raise FeedError(f"not an RSS, Atom, JSON Feed or sitemap ({root})")
    feed = parsed.get("feed") or {}
    feed_lang = _clean(feed.get("language"))
    items = [item for entry in entries if (item := _entry(entry, url, feed_lang)) is not None]
    return ParsedFeed(version, _clean(feed.get("title")), feed_lang, items)


def _entry(entry: Any, base: str, feed_lang: str | None) -> FeedItem | None:
    text = ""
    for part in entry.get("content") or []:
        text = _as_text(part.get("value") or "", part.get("type") or "")
        if text:
            break
    if not text:
        detail = entry.get("summary_detail") or {}
        text = _as_text(entry.get("summary") or "", detail.get("type") or "text/html")
    link = _clean(entry.get("link"))
    url = urljoin(base, link) if link else None
    key = _clean(entry.get("id")) or url or _clean(entry.get("title"))
    if key is None:
        return None
    lang = (entry.get("content") or [{}])[0].get("language") or feed_lang
    return FeedItem(
        key=key,
        url=url,
        title=_clean(entry.get("title")),
        content=text,
        published=_clean(entry.get("published") or entry.get("updated")),
        author=_clean(entry.get("author")),
        lang=_clean(lang),
    )


def _parse_json_feed(data: bytes, url: str) -> ParsedFeed:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedError(f"not valid JSON ({exc})") from exc
    if not isinstance(doc, dict) or "jsonfeed.org" not in str(doc.get("version", "")):
        raise FeedError("JSON but not a JSON Feed (no jsonfeed.org version)")
    feed_lang = _clean(doc.get("language"))
    items: list[FeedItem] = []
    for raw in doc.get("items") or []:
        if not isinstance(raw, dict):
            continue
        link = _clean(raw.get("url")) or _clean(raw.get("external_url"))
        item_url = urljoin(url, link) if link else None
        key = _clean(str(raw.get("id", "") or "")) or item_url
        if key is None:
            continue
        text = _clean_block(raw.get("content_text")) or _as_text(
            str(raw.get("content_html") or raw.get("summary") or ""), "text/html"
        )
        authors = raw.get("authors") or (
            [raw["author"]] if isinstance(raw.get("author"), dict) else []
        )
        author = next((_clean(a.get("name")) for a in authors if isinstance(a, dict)), None)
        items.append(
            FeedItem(
                key=key,
                url=item_url,
                title=_clean(raw.get("title")),
                content=text,
                published=_clean(raw.get("date_published") or raw.get("date_modified")),
                author=author,
                lang=_clean(raw.get("language")) or feed_lang,
            )
        )
    return ParsedFeed("json", _clean(doc.get("title")), feed_lang, items)


def _clean_block(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _parse_sitemap(data: bytes, url: str) -> ParsedFeed:
    root = SafeET.fromstring(data, forbid_dtd=True)
    tag = root.tag.rsplit("}", 1)[-1]
    if tag == "sitemapindex":
        maps = [
            urljoin(url, loc.text.strip())
            for loc in root.iter(f"{_SITEMAP_NS}loc")
            if loc.text and loc.text.strip()
        ]
        return ParsedFeed("sitemapindex", None, None, [], maps)
    items: list[FeedItem] = []
    for node in root.iter(f"{_SITEMAP_NS}url"):
        loc = node.findtext(f"{_SITEMAP_NS}loc")
        if not loc or not loc.strip():
            continue
        page = urljoin(url, loc.strip())
        news = node.find(f"{_NEWS_NS}news")
        title = published = lang = None
        if news is not None:
            title = _clean(news.findtext(f"{_NEWS_NS}title"))
            published = _clean(news.findtext(f"{_NEWS_NS}publication_date"))
            lang = _clean(news.findtext(f"{_NEWS_NS}publication/{_NEWS_NS}language"))
        published = published or _clean(node.findtext(f"{_SITEMAP_NS}lastmod"))
        items.append(FeedItem(key=page, url=page, title=title, published=published, lang=lang))
    return ParsedFeed(
        "sitemap-news" if any(i.title for i in items) else "sitemap", None, None, items
    )


def parse_opml(data: bytes) -> list[tuple[str, str | None, str | None]]:
    """The feeds an OPML file lists, as ``(url, title, language)``.

    Raises
    ------
    FeedError
        When the file is not well-formed XML, declares entities, or is not OPML.

    Examples
    --------
    >>> opml = (b'<opml version="2.0"><body><outline text="News">'
    ...         b'<outline type="rss" text="Le Monde" xmlUrl="https://x.test/rss" language="fr"/>'
    ...         b'</outline></body></opml>')
    >>> parse_opml(opml)
    [('https://x.test/rss', 'Le Monde', 'fr')]
    """
    _check_xml(data)
    root = SafeET.fromstring(data, forbid_dtd=True)
    if root.tag.lower() != "opml":
        raise FeedError(f"not an OPML file (root <{root.tag}>)")
    out: list[tuple[str, str | None, str | None]] = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl") or node.get("xmlurl")
        if url and url.strip():
            title = _clean(node.get("title") or node.get("text"))
            out.append((url.strip(), title, _clean(node.get("language"))))
    return out
