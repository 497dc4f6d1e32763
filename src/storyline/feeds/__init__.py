"""Following sources as they publish: feeds, sitemaps, polling, watches and alerts.

- :mod:`storyline.feeds.parse` -- RSS/Atom/JSON Feed/sitemap bodies to items, OPML;
- :mod:`storyline.feeds.http` -- the polite HTTP client (:class:`Fetcher`);
- :mod:`storyline.feeds.sources` -- add, import, remove sources; intervals;
- :mod:`storyline.feeds.poll` -- one ``storyline watch`` round (:func:`poll`).

Fetching comes before ``read`` in the data flow: a fetched page is a
:class:`~storyline.article.RawDocument` handed to :func:`storyline.pipeline.ingest`.

Examples
--------
>>> parse_every("15m")
900
"""

from storyline.feeds.http import Fetcher, FetchError
from storyline.feeds.parse import FeedError, FeedItem, ParsedFeed, parse_feed_bytes, parse_opml
from storyline.feeds.poll import PollReport, poll
from storyline.feeds.sources import (
    SourceError,
    add_sources,
    import_opml,
    parse_every,
    remove_source,
)

__all__ = [
    "FeedError",
    "FeedItem",
    "FetchError",
    "Fetcher",
    "ParsedFeed",
    "PollReport",
    "SourceError",
    "add_sources",
    "import_opml",
    "parse_every",
    "parse_feed_bytes",
    "parse_opml",
    "poll",
    "remove_source",
]
