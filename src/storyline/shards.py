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
...     "arrival": ["1|a", "1|a", "2|b", "~|c"], "core": [True, True, True, True]})
>>> sorted(stitch(links)[["id", "story_id", "shard"]].itertuples(index=False, name=None))
[('a', 'sa', '2025-03'), ('b', 'sa', '2025-04'), ('c', 'sc', 'undated')]
"""

from __future__ import annotations

import datetime as dt
import json
import math
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import StorylineError
from storyline.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "MEMBER_COLUMNS",
    "SHARD_BY",
    "PlaceReport",
    "ShardError",
    "assign_shards",
    "capped_overlap",
    "link_local",
    "link_shard",
    "overlap_days_for",
    "place_stories",
    "read_members",
    "stitch",
    "story_groups",
]

SHARD_BY: tuple[str, ...] = ("month", "week")
UNDATED = "undated"
LINK_COLUMNS: dict[str, str] = {
    "id": "string", "shard": "string", "role": "string", "story": "string", "arrival": "string",
    "probability": "double", "reason": "string", "core": "boolean",
}
"""One row per article and shard it was linked in: its story there, why it joined, whether
it is in that story's core (the ``core_size`` members nearest the centroid)."""
MEMBER_COLUMNS: dict[str, str] = {
    "id": "string", "story_id": "string", "shard": "string", "probability": "double",
    "reason": "string",
}
"""The stitched result, one row per article (``story_articles`` of ``spark link``)."""
SHARD_DAYS: dict[str, int] = {"month": 28, "week": 7}
"""The shortest shard of each unit, in days: the overlap is capped at it, so an article is
overlap context in one later shard at most."""


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


def capped_overlap(shard_by: str, overlap_days: float) -> float:
    """The overlap actually used: at most the shortest shard (:data:`SHARD_DAYS`).

    A wider overlap puts an article in two or more later shards; stitching
    through all of them chains stories (measured: week shards with 19 days
    of overlap, pairwise precision 0.80), and the linker's time rule leaves
    little to gain past a shard length (:func:`overlap_days_for`).

    Examples
    --------
    >>> capped_overlap("week", 19), capped_overlap("month", 19)
    (7.0, 19.0)
    """
    if shard_by not in SHARD_BY:
        raise ShardError(f"unknown shard unit {shard_by!r} (known: {', '.join(SHARD_BY)})")
    if overlap_days < 0:
        raise ShardError("overlap days must be 0 or more")
    return float(min(overlap_days, SHARD_DAYS[shard_by]))


def assign_shards(frame: pd.DataFrame, shard_by: str, overlap_days: float) -> pd.DataFrame:
    """Rows ``id, shard, role, arrival``: each article in its shard, and as overlap in later ones.

    See the module docstring.
    """
    import pandas as pd

    overlap_days = capped_overlap(shard_by, overlap_days)
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
    row per article: its story within this shard, the probability and
    reason it joined with, and whether it is in the story's core (none for
    a near-duplicate copy, which the store keeps as a copy of its original).
    """
    import pandas as pd

    from storyline.batch import iter_prepared
    from storyline.pipeline import ingest_prepared
    from storyline.store import Store

    s = settings if settings is not None else Settings()
    ordered = frame.sort_values("arrival", kind="stable").drop_duplicates("id")
    shard = str(ordered["shard"].iloc[0]) if len(ordered) else ""
    with tempfile.TemporaryDirectory(dir=workdir, prefix="storyline-shard-") as tmp:
        with Store(Path(tmp) / "shard.db") as store:
            ingest_prepared(iter_prepared(ordered), store, settings=s)
            model = _model(store, ordered, s)
            ids = ordered["id"].tolist()
            story = {
                r.article_id: store.resolve_story(r.story_id) or r.story_id
                for r in store.link_rows(ids=ids, model=model)
                if r.story_id is not None
            }
            joined: dict[str, tuple[float, str | None]] = {}
            core: set[str] = set()
            for sid in sorted(set(story.values())):
                detail = store.get_story(sid)
                if detail is None:
                    continue
                for m in detail.articles:
                    reason = None if m.reason is None else json.dumps(m.reason, ensure_ascii=False)
                    joined[m.id] = (float(m.probability), reason)
                core |= set(_core_ids(store, sid, model, s.tracker.core_size))
    out = ordered[["id", "role", "arrival"]].copy()
    out["shard"] = shard
    out["story"] = [story.get(i) for i in out["id"]]
    out["probability"] = [joined.get(i, (float("nan"), None))[0] for i in out["id"]]
    out["reason"] = [joined.get(i, (0.0, None))[1] for i in out["id"]]
    out["core"] = [i in core for i in out["id"]]
    return pd.DataFrame(out, columns=list(LINK_COLUMNS))


def _core_ids(store: Any, story_id: str, model: str, size: int) -> list[str]:
    """A story's core as the tracker takes it: up to ``size`` members nearest its centroid."""
    import numpy as np

    ids = store.story_member_ids(story_id)
    state = store.load_story(story_id)
    if len(ids) <= size or state is None or state.centroid is None:
        return list(ids)
    vecs = store.doc_vectors(ids, model)
    centroid = np.asarray(state.centroid, dtype=np.float64)
    order = {a: i for i, a in enumerate(ids)}
    return sorted(vecs, key=lambda a: (-float(vecs[a] @ centroid), order[a]))[:size]


def _model(store: Any, frame: pd.DataFrame, settings: Settings | None) -> str:
    keys = sorted({k for k in frame["vector_key"] if isinstance(k, str)})
    if keys:
        return str(keys[0])
    from storyline.encode import get_encoder
    from storyline.link.vectors import vector_key

    s = settings if settings is not None else Settings()
    return vector_key(get_encoder(s.encoder), s.tracker.lead_chars)


def story_groups(links: pd.DataFrame) -> dict[tuple[str, str], tuple[str, str]]:
    """``(shard, story)`` -> its group's root: the stories stitched through overlap articles.

    A story of a later shard is joined to the story of an earlier shard its
    overlap articles came from, with two rules against chaining (the
    tracker's own: one bridging article never merges two stories):

    - only overlap articles in the *core* of the later story vote (``core``
      column; all members vote when it is absent);
    - a later story joins *one* earlier story: the one most of its voting
      overlap articles belong to (ties: the smallest ``(shard, story)``). So
      two stories the earlier shard kept apart stay apart, however the later
      shard (with less context) grouped their overlap copies.

    An earlier story may take several later ones. Only rows of articles
    linked in more than one shard matter; a node not in the result is its
    own group.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"id": ["a", "a", "b", "b"], "shard": ["1", "2", "1", "2"],
    ...     "role": ["core", "overlap", "core", "overlap"], "story": ["x", "y", "w", "y"],
    ...     "core": [True, True, True, True]})
    >>> story_groups(rows)
    {('1', 'w'): ('1', 'w'), ('2', 'y'): ('1', 'w')}
    """
    from collections import Counter

    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def known(story: Any) -> bool:  # a near-duplicate copy belongs to no story
        return story is not None and not (isinstance(story, float) and story != story)

    cores = links["core"] if "core" in links.columns else [True] * len(links)
    anchor: dict[str, tuple[str, str]] = {}
    overlaps: list[tuple[str, tuple[str, str]]] = []
    for aid, shard, role, story, in_core in zip(
        links["id"], links["shard"], links["role"], links["story"], cores, strict=True
    ):
        if not known(story):
            continue
        node = (str(shard), str(story))
        if role == "core":
            anchor[str(aid)] = node
        elif bool(in_core):
            overlaps.append((str(aid), node))
    votes: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for aid, node in overlaps:
        if aid in anchor:
            votes.setdefault(node, Counter())[anchor[aid]] += 1
    for node in sorted(votes):
        count = votes[node]
        older = min(count, key=lambda k: (-count[k], k))
        a, b = find(older), find(node)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {node: find(node) for node in parent}


def stitch(links: pd.DataFrame) -> pd.DataFrame:
    """Join the shards' stories through their overlap articles: rows :data:`MEMBER_COLUMNS`.

    See the module docstring and :func:`story_groups`.
    """
    import pandas as pd

    links = links[links["story"].notna()]  # near-duplicate copies belong to no story
    groups = story_groups(links)
    core = links[links["role"] == "core"].sort_values("arrival", kind="stable")
    first: dict[tuple[str, str], str] = {}
    rows = []
    n = len(core)
    probs = core["probability"] if "probability" in core.columns else [float("nan")] * n
    reasons = core["reason"] if "reason" in core.columns else [None] * n
    for aid, shard, story, prob, reason in zip(
        core["id"], core["shard"], core["story"], probs, reasons, strict=True
    ):
        node = (str(shard), str(story))
        root = groups.get(node, node)
        first.setdefault(root, str(aid))
        rows.append((aid, root, shard, prob, reason))
    return pd.DataFrame(
        [(aid, "s" + first[root], shard, prob, reason) for aid, root, shard, prob, reason in rows],
        columns=list(MEMBER_COLUMNS),
    )


def link_local(
    frame: pd.DataFrame,
    shard_by: str = "month",
    overlap_days: float | None = None,
    settings: Settings | None = None,
) -> pd.DataFrame:
    """Sharded linking in this process, shard after shard: what ``spark link`` computes.

    ``frame`` holds prepared rows; returns :data:`MEMBER_COLUMNS` (see
    :func:`assign_shards`, :func:`link_shard`, :func:`stitch`). For tests,
    benchmarks and small back-fills; :func:`storyline.spark.link_shards`
    runs the shards in parallel.
    """
    import pandas as pd

    overlap = overlap_days_for(settings=settings) if overlap_days is None else overlap_days
    arts = frame.drop_duplicates("id")
    keys = assign_shards(arts[["id", "arrival"]], shard_by, overlap)
    joined = arts.drop(columns=["arrival"]).merge(keys, on="id")
    parts = [link_shard(group, settings) for _, group in joined.groupby("shard", sort=True)]
    links = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=list(LINK_COLUMNS)
    )
    return stitch(links)


@dataclass
class PlaceReport:
    """What :func:`place_stories` did: members placed, already in a story, not in the store."""

    placed: int = 0
    stories: int = 0
    already: int = 0
    missing: int = 0

    def to_dict(self) -> dict[str, int]:
        """JSON-ready counts.

        Examples
        --------
        >>> PlaceReport(3, 1).to_dict()
        {'placed': 3, 'stories': 1, 'already': 0, 'missing': 0}
        """
        return {"placed": self.placed, "stories": self.stories, "already": self.already,
                "missing": self.missing}


def read_members(root: str | Path) -> pd.DataFrame:
    """The stitched members ``spark link`` wrote (``root/story_articles``, or ``root`` itself).

    Examples
    --------
    >>> read_members("/no/such/links")
    Traceback (most recent call last):
    ...
    storyline.shards.ShardError: no sharded stories (story_articles) in /no/such/links
    """
    import pyarrow.parquet as pq

    base = Path(root)
    for candidate in (base / "story_articles", base):
        if candidate.is_dir() and any(candidate.glob("*.parquet")):
            frame = pq.read_table(candidate).to_pandas()
            missing = [c for c in ("id", "story_id") if c not in frame.columns]
            if missing:
                raise ShardError(f"{root}: not sharded stories (no {', '.join(missing)} column)")
            return frame
    raise ShardError(f"no sharded stories (story_articles) in {root}")


def place_stories(store: Any, members: pd.DataFrame, model: str) -> PlaceReport:
    """Write stitched stories into a store that holds their articles and ``model`` vectors.

    The state the tracker would keep is built from the members: each
    story's centroid (mean of its members' vectors), dates, size and
    representative (the member nearest the centroid, whose title is the
    story's), each member's probability and reason (the one its shard's
    linker recorded, with the shard named), and the running per-language
    mean and linked count in ``meta``, so later ``ingest`` runs link on
    from it. Articles already in a story are left as they are, so running
    it again adds nothing; members whose article is not stored (or has no
    ``model`` vector) are counted as ``missing``.
    """
    import numpy as np

    from storyline.link.decide import RunningMean
    from storyline.store.story_records import StoryState

    report = PlaceReport()
    members = members[members["story_id"].notna()].drop_duplicates("id")
    rows = {r.article_id: r for r in store.link_rows(ids=members["id"].tolist(), model=model)}
    n = len(members)
    probs = members["probability"] if "probability" in members.columns else [1.0] * n
    reasons = members["reason"] if "reason" in members.columns else [None] * n
    shards = members["shard"] if "shard" in members.columns else [None] * n
    by_story: dict[str, list[tuple[Any, float, dict[str, Any] | None]]] = {}
    for aid, sid, prob, reason, shard in zip(
        members["id"], members["story_id"], probs, reasons, shards, strict=True
    ):
        row = rows.get(aid)
        if row is None:
            report.missing += 1
            continue
        if row.story_id is not None:
            report.already += 1
            continue
        why = json.loads(reason) if isinstance(reason, str) and reason else {}
        if isinstance(shard, str):
            why["shard"] = shard
        p = 1.0 if prob is None or prob != prob else float(prob)
        by_story.setdefault(str(sid), []).append((row, p, why or None))
    if not by_story:
        return report
    with store.transaction():
        mean = RunningMean(len(next(iter(rows.values())).doc))
        mean.load(store.get_meta(f"mean:{model}"))
        for sid in sorted(by_story, key=lambda k: min(r.seq for r, _, _ in by_story[k])):
            items = sorted(by_story[sid], key=lambda t: t[0].seq)
            live = store.resolve_story(sid)
            state = store.load_story(live) if live is not None else None
            if state is None:
                state = StoryState(sid, items[0][0].seq, None, None, 0, None, None, None)
                store.save_story(state)
                report.stories += 1
            for row, prob, why in items:
                count, vec = state.n_articles, row.doc.astype(np.float64)
                state.centroid = (
                    vec if state.centroid is None or count == 0
                    else (np.asarray(state.centroid, np.float64) * count + vec) / (count + 1)
                )
                state.n_articles = count + 1
                if row.published:
                    state.first_seen = min(filter(None, (state.first_seen, row.published)))
                    state.last_seen = max(filter(None, (state.last_seen, row.published)))
                store.assign_article(row.article_id, state.id, prob, row.seq, why)
            ids = store.story_member_ids(state.id)
            vecs = store.doc_vectors(ids, model)
            centroid = np.asarray(state.centroid, np.float64)
            order = {a: i for i, a in enumerate(ids)}
            best = max(vecs, key=lambda a: (float(vecs[a] @ centroid), -order.get(a, len(ids))))
            state.rep_article_id = best
            state.title = store.article_titles([best]).get(best)
            store.save_story(state)
            mean.add(np.array([r.doc for r, _, _ in items]), [r.lang for r, _, _ in items])
            report.placed += len(items)
        store.set_meta(f"mean:{model}", mean.to_dict())
        linked = int(store.get_meta(f"linked:{model}", 0) or 0)
        store.set_meta(f"linked:{model}", linked + report.placed)
    return report


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
