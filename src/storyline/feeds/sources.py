"""Following sources: add (one by one or from OPML), list, remove; poll intervals.

Examples
--------
>>> from storyline.store import Store
>>> with Store(":memory:") as store:
...     add_sources(store, ["https://x.test/rss", "https://x.test/rss", "nope"], every="1h")
[('https://x.test/rss', 'added'), ('https://x.test/rss', 'already followed'), ('nope', 'not an http(s) URL')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from storyline.errors import StorylineError
from storyline.feeds.parse import FeedError, parse_opml
from storyline.settings import Settings
from storyline.store import Store

__all__ = ["SourceError", "add_sources", "import_opml", "parse_every", "remove_source"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)


class SourceError(StorylineError, ValueError):
    """A bad source argument (interval, URL, OPML file) -- one line."""


def parse_every(value: str | int) -> int:
    """An interval like ``15m``, ``2h``, ``1d``, ``90s`` or ``600`` (seconds) in seconds.

    Raises
    ------
    SourceError
        For anything else, or less than a minute.

    Examples
    --------
    >>> parse_every("15m"), parse_every("2h"), parse_every(600)
    (900, 7200, 600)
    >>> parse_every("soon")
    Traceback (most recent call last):
    ...
    storyline.feeds.sources.SourceError: bad interval 'soon' (use e.g. 15m, 2h, 1d)
    """
    match = _EVERY.match(str(value))
    if not match:
        raise SourceError(f"bad interval {value!r} (use e.g. 15m, 2h, 1d)")
    seconds = int(float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()])
    if seconds < 60:
        raise SourceError(f"interval {value!r} is under a minute")
    return seconds


def _check_url(url: str) -> str | None:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "not an http(s) URL"
    return None


def add_sources(
    store: Store,
    urls: Sequence[str],
    *,
    lang: str | None = None,
    every: str | int | None = None,
    settings: Settings | None = None,
    titles: Sequence[str | None] | None = None,
) -> list[tuple[str, str]]:
    """Follow each URL; returns ``(url, outcome)`` per URL (``added``, ``already followed``, or why not)."""
    seconds = parse_every(every) if every is not None else (settings or Settings()).feeds.every_s
    out: list[tuple[str, str]] = []
    for n, url in enumerate(urls):
        problem = _check_url(url)
        if problem:
            out.append((url, problem))
            continue
        title = titles[n] if titles else None
        _, added = store.add_source(url.strip(), lang=lang, every_s=seconds, title=title)
        out.append((url, "added" if added else "already followed"))
    return out


def import_opml(
    store: Store,
    path: Path,
    *,
    every: str | int | None = None,
    settings: Settings | None = None,
) -> list[tuple[str, str]]:
    """Follow every feed an OPML file lists (its ``language`` attribute kept).

    Raises
    ------
    SourceError
        When the file cannot be read or is not OPML.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        feeds = parse_opml(data)
    except FeedError as exc:
        raise SourceError(f"{path}: {exc}") from exc
    out: list[tuple[str, str]] = []
    for url, title, lang in feeds:
        out += add_sources(store, [url], lang=lang, every=every, settings=settings, titles=[title])
    return out


def remove_source(store: Store, ref: str) -> str:
    """Stop following the source with this id or URL; returns its URL.

    Raises
    ------
    SourceError
        When no source has that id or URL.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     remove_source(store, "3")
    Traceback (most recent call last):
    ...
    storyline.feeds.sources.SourceError: no source '3' (see `storyline sources list`)
    """
    row = store.get_source(ref)
    if row is None:
        raise SourceError(f"no source {ref!r} (see `storyline sources list`)")
    store.remove_source(row.id)
    return row.url
