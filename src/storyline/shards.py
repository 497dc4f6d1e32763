"""Sharded linking for back-fills: one exact linker per time shard, stitched through an overlap.

Engine-neutral pandas functions (the Spark shell calls them through
``applyInPandas``):

1. :func:`assign_shards`: each prepared article goes to the shard of its
   arrival time (``month`` or ``week``) as a ``core`` member, and, when it
   falls within ``overlap_days`` before the start of a later shard, to that
   shard too as ``overlap`` context. Articles with no time at all form one
   shard of their own (``undated``).
2. :func:`link_shard`: the exact sequential linker
   (:func:`storyline.pipeline.ingest_prepared`, the same one ``ingest``
   runs) over one shard, in arrival order, in a scratch store; nothing is
   encoded again.
3. :func:`stitch`: an article linked in two shards (core in one, overlap
   in the next) joins its two stories; the stories of each connected
   group become one. Each article keeps the story of its core shard; a
   story's id is ``s`` + its earliest member's id, as the sequential
   linker names it.

How wide the overlap must be follows from the linker's own time rules
(:func:`overlap_days_for`): past a certain gap the time term of the pair
model (:meth:`storyline.link.decide.LinkModel.time_logit`) takes away more
than the strongest text evidence gives, so an article cannot join a story
whose dates all lie further back than that.

Examples
--------
>>> import pandas as pd
>>> arts = pd.DataFrame({"id": ["a", "b", "c"], "arrival": [
...     "2025-03-30T00:00:00+00:00|a", "2025-04-02T00:00:00+00:00|b", "~|c"]})
>>> assign_shards(arts, "month", 5)[["id", "shard", "role"]].values.tolist()
[['a', '2025-03', 'core'], ['a', '2025-04', 'overlap'], ['b', '2025-04', 'core'], ['c', 'undated', 'core']]
>>> links = pd.DataFrame({"id": ["a", "a", "b", "c"], "shard": ["2025-03", "2025-04", "2025-04", "undated"],
...     "role": ["core", "overlap", "core", "core"], "story": ["x", "y", "y", "z"],
...     "arrival": ["1|a", "1|a", "2|b", "~|c"]})
>>> sorted(stitch(links).itertuples(index=False, name=None))
[('a', 'sa', '2025-03'), ('b', 'sa', '2025-04'), ('c', 'sc', 'undated')]
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import StorylineError
from storyline.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "SHARD_BY",
    "ShardError",
    "assign_shards",
    "link_shard",
    "overlap_days_for",
    "stitch",
    "story_groups",
]

SHARD_BY: tuple[str, ...] = ("month", "week")
UNDATED = "undated"
LINK_COLUMNS: dict[str, str] = {
    "id": "string", "shard": "string", "role": "string", "story": "string", "arrival": "string",
}


class ShardError(StorylineError, ValueError):
    """Bad sharding parameters (one-line reason)."""


def _time(arrival: str) -> dt.datetime | None:
    stamp = arrival.split("|", 1)[0]
    if not stamp or stamp == "~":
        return None
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        try:
            when = dt.datetime.fromisoformat(stamp[:10])
        except ValueError:
            return None
    return when.replace(tzinfo=None) if when.tzinfo is None else when.astimezone(
        dt.UTC
    ).replace(tzinfo=None)


def _shard_start(when: dt.datetime, shard_by: str) -> dt.datetime:
    if shard_by == "month":
        return dt.datetime(when.year, when.month, 1)
    day = dt.datetime(when.year, when.month, when.day)
    return day - dt.timedelta(days=day.weekday())


def _next_start(start: dt.datetime, shard_by: str) -> dt.datetime:
    if shard_by == "month":
        return dt.datetime(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + dt.timedelta(days=7)


def _name(start: dt.datetime, shard_by: str) -> str:
    if shard_by == "month":
        return start.strftime("%Y-%m")
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"


def assign_shards(frame: pd.DataFrame, shard_by: str, overlap_days: float) -> pd.DataFrame:
    """Rows ``id, shard, role, arrival``: each article in its shard, and as overlap in later ones.

    See the module docstring.
    """
    import pandas as pd

    if shard_by not in SHARD_BY:
        raise ShardError(f"unknown shard unit {shard_by!r} (known: {', '.join(SHARD_BY)})")
    if overlap_days < 0:
        raise ShardError("overlap days must be 0 or more")
    rows: list[tuple[str, str, str, str]] = []
    for aid, arrival in zip(frame["id"], frame["arrival"], strict=True):
        when = _time(str(arrival))
        if when is None:
            rows.append((aid, UNDATED, "core", arrival))
            continue
        start = _shard_start(when, shard_by)
        rows.append((aid, _name(start, shard_by), "core", arrival))
        nxt = _next_start(start, shard_by)
        while (nxt - when).total_seconds() <= overlap_days * 86400:
            rows.append((aid, _name(nxt, shard_by), "overlap", arrival))
            nxt = _next_start(nxt, shard_by)
    return pd.DataFrame(rows, columns=["id", "shard", "role", "arrival"])


def link_shard(
    frame: pd.DataFrame, settings: Settings | None = None, workdir: str | None = None
) -> pd.DataFrame:
    """Link one shard's prepared articles (in arrival order) with the exact linker.

    ``frame`` holds prepared rows (:data:`storyline.batch.PREPARED_COLUMNS`)
    plus ``shard`` and ``role``; the result has :data:`LINK_COLUMNS`, one
    row per article (its story within this shard; none for a near-duplicate
    copy, which the store keeps as a copy of its original).
    """
    import pandas as pd

    from storyline.batch import iter_prepared
    from storyline.pipeline import ingest_prepared
    from storyline.store import Store

    ordered = frame.sort_values("arrival", kind="stable").drop_duplicates("id")
    shard = str(ordered["shard"].iloc[0]) if len(ordered) else ""
    with tempfile.TemporaryDirectory(dir=workdir, prefix="storyline-shard-") as tmp:
        with Store(Path(tmp) / "shard.db") as store:
            ingest_prepared(iter_prepared(ordered), store, settings=settings)
            ids = ordered["id"].tolist()
            story = {
                r.article_id: store.resolve_story(r.story_id) or r.story_id
                for r in store.link_rows(ids=ids, model=_model(store, ordered, settings))
                if r.story_id is not None
            }
    out = ordered[["id", "role", "arrival"]].copy()
    out["shard"] = shard
    out["story"] = [story.get(i) for i in out["id"]]
    return pd.DataFrame(out, columns=list(LINK_COLUMNS))


def _model(store: Any, frame: pd.DataFrame, settings: Settings | None) -> str:
    keys = sorted({k for k in frame["vector_key"] if isinstance(k, str)})
    if keys:
        return str(keys[0])
    from storyline.encode import get_encoder
    from storyline.link.vectors import vector_key

    s = settings if settings is not None else Settings()
    return vector_key(get_encoder(s.encoder), s.tracker.lead_chars)


def story_groups(links: pd.DataFrame) -> dict[tuple[str, str], tuple[str, str]]:
    """``(shard, story)`` -> its group's root, joining the stories an article has in two shards.

    Only rows of articles linked in more than one shard matter; a node not
    in the result is its own group.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"id": ["a", "a"], "shard": ["1", "2"], "story": ["x", "y"]})
    >>> story_groups(rows)
    {('1', 'x'): ('1', 'x'), ('2', 'y'): ('1', 'x')}
    """
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen: dict[str, tuple[str, str]] = {}
    for aid, shard, story in zip(links["id"], links["shard"], links["story"], strict=True):
        if story is None or (isinstance(story, float) and story != story):
            continue  # a near-duplicate copy belongs to no story
        node = (str(shard), str(story))
        find(node)
        if aid in seen:
            a, b = find(seen[aid]), find(node)
            if a != b:
                parent[max(a, b)] = min(a, b)
        else:
            seen[aid] = node
    return {node: find(node) for node in parent}


def stitch(links: pd.DataFrame) -> pd.DataFrame:
    """Join the shards' stories through the articles they share: rows ``id, story_id, shard``.

    See the module docstring.
    """
    import pandas as pd

    links = links[links["story"].notna()]  # near-duplicate copies belong to no story
    groups = story_groups(links)
    core = links[links["role"] == "core"].sort_values("arrival", kind="stable")
    first: dict[tuple[str, str], str] = {}
    rows = []
    for aid, shard, story in zip(core["id"], core["shard"], core["story"], strict=True):
        node = (str(shard), str(story))
        root = groups.get(node, node)
        first.setdefault(root, str(aid))
        rows.append((aid, root, shard))
    return pd.DataFrame(
        [(aid, "s" + first[root], shard) for aid, root, shard in rows],
        columns=["id", "story_id", "shard"],
    )


def overlap_days_for(strongest: float = 0.99, settings: Settings | None = None) -> float:
    """Days beyond which the linker's time rule stops any join: the overlap a shard needs.

    The pair model adds :meth:`~storyline.link.decide.LinkModel.time_logit`
    of the gap (days) to a pair's calibrated logit; an article more than
    ``quiet_days`` after a story also needs ``quiet_margin`` more. With
    ``strongest`` the highest probability text evidence gives a pair (before
    time), the answer is the smallest gap (in half days) at which that pair
    falls below the join bar: an article further than this from every date
    of a story cannot join it, so a shard needs no older context than that.

    Examples
    --------
    >>> 7 < overlap_days_for(0.99) < overlap_days_for(0.999)
    True
    """
    from storyline.link.decide import LinkModel
    from storyline.link.tracker import join_threshold

    s = settings if settings is not None else Settings()
    model = LinkModel.load()
    base = join_threshold(s.tracker, model)
    have = math.log(strongest / (1 - strongest))
    gap = 0.0
    while gap < 3650:
        bar = min(base + (s.tracker.quiet_margin if gap > s.tracker.quiet_days else 0.0), 0.999999)
        if have + model.time_logit(gap) < math.log(bar / (1 - bar)):
            break
        gap += 0.5
    return gap
