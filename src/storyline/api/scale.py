"""At scale: prepared Parquet (:mod:`storyline.batch`), Spark (:mod:`storyline.spark`), export.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> is_prepared_dir("/no/such/dir"), "stories" in EXPORT_TABLES
(False, True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from storyline.api.common import _or_default, vector_model
from storyline.api.coverage import coverage_of
from storyline.encode import get_encoder
from storyline.settings import Settings
from storyline.store import Store

__all__ = [
    "EXPORT_TABLES",
    "export_store",
    "ingest_prepared_dir",
    "is_prepared_dir",
    "spark_link_shards",
    "spark_prepare",
    "spark_session",
]


def is_prepared_dir(path: str | Path) -> bool:
    """True when ``path`` is a directory ``storyline spark prepare`` wrote.

    Examples
    --------
    >>> is_prepared_dir("/no/such/dir")
    False
    """
    from storyline.batch import is_prepared_dir as check

    return check(path)


def ingest_prepared_dir(
    root: str | Path,
    store: Store,
    *,
    order: str = "arrival",
    settings: Settings | None = None,
    link: bool = True,
    progress: Callable[[str, Any], None] | None = None,
    stories: str | Path | None = None,
) -> Any:
    """Store and link a prepared directory with the exact sequential linker, in ``order``.

    Nothing is prepared or encoded again: the articles, signatures, link
    keys and vectors come from the Parquet, streamed
    (:class:`storyline.batch.PreparedReader`: a batch per file at a time when
    the files are sorted in ``order``, as ``spark prepare`` writes them for
    ``arrival``; else read whole and sorted). ``order`` is ``arrival``
    (publication time, else fetch time, then id) or ``input`` (the order a
    local ``ingest`` of the same inputs reads them: same order, same
    stories and ids). Returns the :class:`~storyline.pipeline.IngestReport`.

    ``stories``, a directory ``storyline spark link`` wrote, takes the
    stories from there instead of linking (:func:`storyline.shards.place_stories`:
    centroids, representatives, reasons and the running mean as the tracker
    keeps them); an article it does not place (a near-duplicate kept as
    the original here) is linked by the exact linker. Running it again adds
    nothing.

    Raises
    ------
    storyline.batch.PreparedDirError
        When ``root`` holds no prepared articles, or they were encoded with
        another encoder or lead length than ``settings`` links with.
    storyline.shards.ShardError
        When ``stories`` holds no sharded stories.
    """
    from storyline.batch import PreparedDirError, PreparedReader
    from storyline.pipeline import ingest_prepared

    s = _or_default(settings)
    reader = PreparedReader(root, order)
    wanted = vector_model(s)
    found = reader.vector_keys()
    if link and found and found != [wanted]:
        raise PreparedDirError(
            f"{root} holds vectors {', '.join(found)}, this store links with {wanted}: "
            "prepare again with the same encoder (--encoder) and lead length"
        )
    if stories is None or not link:
        return ingest_prepared(iter(reader), store, settings=s, link=link, progress=progress)
    from storyline.shards import place_stories, read_members

    members = read_members(stories)
    report = ingest_prepared(iter(reader), store, settings=s, link=False, progress=progress)
    placed = place_stories(store, members, wanted)
    report.linked, report.new_stories = placed.placed, placed.stories
    rest = [r.article_id for r in store.link_rows(ids=report.added_ids, model=wanted)
            if r.story_id is None]
    if rest:  # not placed by the shards: the exact linker takes them, as ingest would
        from storyline.link.tracker import Tracker

        tracker = Tracker(store, get_encoder(s.encoder), s.tracker)
        decisions = tracker.link_pending(rest)
        report.linked += len(decisions)
        report.new_stories += sum(d.action == "new" for d in decisions)
    return report


def spark_session(master: str | None = None, threads_per_task: int = 1) -> Any:
    """A Spark session for storyline (:func:`storyline.spark.session`; needs ``storyline[spark]``)."""
    from storyline.spark import session

    return session(master, threads_per_task=threads_per_task)


def spark_prepare(spark: Any, inputs: Sequence[str], out: str, **options: Any) -> Any:
    """Prepare and encode ``inputs`` on Spark into ``out`` (:func:`storyline.spark.prepare`)."""
    from storyline.spark import prepare

    return prepare(spark, inputs, out, **options)


EXPORT_TABLES: tuple[str, ...] = ("articles", "stories", "story_articles", "facts", "entities")
"""The tables :func:`export_store` writes (``storyline.export.TABLES``)."""


def export_store(
    store: Store,
    out: str | Path,
    *,
    coverage: bool = True,
    settings: Settings | None = None,
    **options: Any,
) -> dict[str, int]:
    """Export a store's articles, stories, members, facts and entities (:func:`storyline.export.export_store`).

    ``coverage`` computes the facts and entities of each story of two or
    more articles (:func:`coverage_of`, with ``settings``' encoder).

    Examples
    --------
    >>> import tempfile
    >>> with Store(":memory:") as store:
    ...     export_store(store, tempfile.mkdtemp(), fmt="csv", tables=["stories"])
    {'stories': 0}
    """
    from storyline.export import export_store as run

    def cover(ids: list[str]) -> dict[str, Any] | None:
        return coverage_of(store, ids, settings)

    return run(store, out, coverage=cover if coverage else None, **options)


def spark_link_shards(spark: Any, prepared: str, out: str, **options: Any) -> Any:
    """Link a prepared directory by time shard on Spark (:func:`storyline.spark.link_shards`)."""
    from storyline.spark import link_shards

    return link_shards(spark, prepared, out, **options)
