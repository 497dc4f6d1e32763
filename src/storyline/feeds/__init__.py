"""Following sources as they publish: feeds, sitemaps, polling, watches and alerts.

- :mod:`storyline.feeds.parse` -- RSS/Atom/JSON Feed/sitemap bodies to items, OPML;
- :mod:`storyline.feeds.http` -- the polite HTTP client (:class:`Fetcher`);
- :mod:`storyline.feeds.sources` -- add, import, remove sources; intervals;
- :mod:`storyline.feeds.poll` -- one ``storyline watch`` round (:func:`poll`);
- :mod:`storyline.feeds.watches` -- watches: matching articles and stories, firing alerts;
- :mod:`storyline.feeds.alerts` -- signed webhook deliveries, Atom feeds of alerts and stories.

Fetching comes before ``read`` in the data flow: a fetched page is a
:class:`~storyline.article.RawDocument` handed to :func:`storyline.pipeline.ingest`.

Examples
--------
>>> parse_every("15m")
900
"""

from storyline.feeds.alerts import (
    SIGNATURE_HEADER,
    alert_payload,
    deliver,
    sign,
    story_atom,
    verify,
    watch_atom,
)
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
from storyline.feeds.watches import (
    EVENTS,
    WatchError,
    add_watch,
    evaluate_pending,
    remove_watch,
)

__all__ = [
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
