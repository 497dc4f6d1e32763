"""A consistency check of the story tables: what several writers or a crash must never break.

:meth:`CheckMixin.check_consistency` reads the store in one snapshot and
reports every broken invariant:

- ``count``: a live story's ``n_articles`` is not its number of members;
- ``orphan``: an article belongs to a story id with no story row;
- ``member_missing``: a story's member is no stored article (deleted behind the store's back);
- ``merged_members``: a merged story still has members or a count;
- ``merge_chain``: a merged story points at a missing story, or the chain loops;
- ``dates``: a story's ``first_seen`` / ``last_seen`` are not its members'
  earliest / latest publication dates;
- ``representative``: a story's representative article is not one of its members;
- ``mean``: the running mean counts another number of articles than the
  link counter (``meta`` ``mean:<model>`` vs ``linked:<model>``);
- ``linked``: the link counter is not the number of articles (with a
  ``<model>`` vector) in a story: one was counted twice, or left out of
  every story after it was counted;
- ``centroid`` (when a ``model`` is given): a story's centroid is not the
  mean of its members' ``model`` vectors.

A user's edits are checked too, as *warnings* (the linker weighs them but
cannot always keep them, e.g. a merge of two stories' cores): ``cannot``, a
pair split apart shares a story again; ``must``, a merged pair is in two
stories.

Examples
--------
>>> from storyline.store import Store
>>> from storyline.store.story_records import StoryState
>>> store = Store(":memory:")
>>> store.check_consistency().ok
True
>>> store.save_story(StoryState("s1", 1, None, None, 2, None, "T", None))
>>> report = store.check_consistency()
>>> report.ok, [p.kind for p in report.problems]
(False, ['count'])
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from storyline.store.blob import from_blob

__all__ = ["CheckMixin", "ConsistencyReport", "Problem"]

CENTROID_ATOL = 1e-3
"""Largest difference allowed between a stored centroid and its members' mean vector."""


@dataclass(frozen=True)
class Problem:
    """One broken invariant: its ``kind``, the story or key it is about, and what was found.

    Examples
    --------
    >>> Problem("count", "s1", "n_articles 6, 4 members").to_dict()["kind"]
    'count'
    """

    kind: str
    subject: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class ConsistencyReport:
    """What :meth:`CheckMixin.check_consistency` found.

    ``ok`` is true when there is no problem (warnings are allowed).

    Examples
    --------
    >>> r = ConsistencyReport(stories=1, members=2)
    >>> r.ok, r.to_dict()["problems"]
    (True, [])
    """

    stories: int
    members: int
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No broken invariant."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "ok": self.ok,
            "stories": self.stories,
            "members": self.members,
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [p.to_dict() for p in self.warnings],
        }


def _found(conn: sqlite3.Connection, kind: str, sql: str, detail: str) -> list[Problem]:
    """A ``kind`` problem for each row ``sql`` finds: about its first column, the others
    filling ``detail``'s ``{}`` in order.

    Examples
    --------
    >>> conn = sqlite3.connect(":memory:")
    >>> _found(conn, "count", "SELECT 's1', 6, 4", "n_articles {}, {} members")
    [Problem(kind='count', subject='s1', detail='n_articles 6, 4 members')]
    """
    return [Problem(kind, row[0], detail.format(*row[1:])) for row in conn.execute(sql)]


class CheckMixin:
    """The consistency check of :class:`~storyline.store.Store`.

    Examples
    --------
    >>> from storyline.store import Store
    >>> Store(":memory:").check_consistency(model="m").problems
    []
    """

    _conn: sqlite3.Connection
    _lock: threading.RLock
    _depth: int

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read snapshot for every query (a concurrent writer's commit is not half seen)."""
        with self._lock:
            if self._depth or self._conn.in_transaction:
                yield
                return
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                self._conn.execute("COMMIT")

    def check_consistency(self, model: str | None = None) -> ConsistencyReport:
        """Check the story tables' invariants (see :mod:`storyline.store.check`).

        Parameters
        ----------
        model
            A vector key (e.g. ``"e5-small@400"``): also compare each
            story's centroid with its members' vectors under that key.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").check_consistency().to_dict()["ok"]
        True
        """
        problems: list[Problem] = []
        warnings: list[Problem] = []
        with self._snapshot():
            conn = self._conn
            n_stories = conn.execute(
                "SELECT count(*) FROM stories WHERE merged_into IS NULL AND n_articles > 0"
            ).fetchone()[0]
            n_members = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
            problems += self._check_counts(conn)
            problems += self._check_merges(conn)
            problems += self._check_dates_and_representatives(conn)
            problems += self._check_mean(conn)
            if model is not None:
                problems += self._check_centroids(conn, model)
            warnings += self._check_constraints(conn)
        return ConsistencyReport(int(n_stories), int(n_members), problems, warnings)

    @staticmethod
    def _check_counts(conn: sqlite3.Connection) -> list[Problem]:
        return [
            *_found(
                conn,
                "count",
                "SELECT s.id, s.n_articles, "
                "(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS m "
                "FROM stories s WHERE s.merged_into IS NULL AND s.n_articles != m ORDER BY s.id",
                "n_articles {}, {} members",
            ),
            *_found(
                conn,
                "orphan",
                "SELECT sa.story_id, count(*) FROM story_articles sa "
                "WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sa.story_id) "
                "GROUP BY sa.story_id ORDER BY sa.story_id",
                "{} articles in a story with no row",
            ),
            *_found(
                conn,
                "member_missing",
                "SELECT sa.story_id, sa.article_id FROM story_articles sa "
                "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sa.article_id) "
                "ORDER BY sa.story_id, sa.article_id",
                "member {} is no stored article",
            ),
        ]

    @staticmethod
    def _check_merges(conn: sqlite3.Connection) -> list[Problem]:
        out = _found(
            conn,
            "merged_members",
            "SELECT s.id, s.n_articles, "
            "(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS m "
            "FROM stories s WHERE s.merged_into IS NOT NULL AND (s.n_articles != 0 OR m > 0) "
            "ORDER BY s.id",
            "merged, yet n_articles {} and {} members",
        )
        target = dict(conn.execute("SELECT id, merged_into FROM stories").fetchall())
        for sid in sorted(s for s, into in target.items() if into is not None):
            seen = {sid}
            current = target[sid]
            while current is not None:
                if current not in target:
                    out.append(Problem("merge_chain", sid, f"merged into missing story {current}"))
                    break
                if current in seen:
                    out.append(Problem("merge_chain", sid, "merge chain loops"))
                    break
                seen.add(current)
                current = target[current]
        return out

    @staticmethod
    def _check_dates_and_representatives(conn: sqlite3.Connection) -> list[Problem]:
        out = []
        rows = conn.execute(
            "SELECT s.id, s.first_seen, s.last_seen, s.rep_article_id, "
            "(SELECT min(a.published) FROM story_articles sa JOIN articles a "
            " ON a.id = sa.article_id WHERE sa.story_id = s.id), "
            "(SELECT max(a.published) FROM story_articles sa JOIN articles a "
            " ON a.id = sa.article_id WHERE sa.story_id = s.id), "
            "EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id "
            " AND sa.article_id = s.rep_article_id) "
            "FROM stories s WHERE s.merged_into IS NULL AND s.n_articles > 0 "
            "AND EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id) ORDER BY s.id"
        ).fetchall()
        for sid, first, last, rep, low, high, rep_is_member in rows:
            if (first, last) != (low, high):
                out.append(
                    Problem(
                        "dates", sid, f"first/last seen {first}/{last}, members' dates {low}/{high}"
                    )
                )
            if rep is not None and not rep_is_member:
                out.append(Problem("representative", sid, f"representative {rep} is no member"))
        return out

    @staticmethod
    def _check_mean(conn: sqlite3.Connection) -> list[Problem]:
        out = []
        rows = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key LIKE 'mean:%' OR key LIKE 'linked:%'"
            ).fetchall()
        )
        for key in sorted(k for k in rows if k.startswith("linked:")):
            model = key.split(":", 1)[1]
            mean = json.loads(rows.get(f"mean:{model}", "null"))
            linked = json.loads(rows[key])
            n = mean.get("n", 0) if isinstance(mean, dict) else 0
            if mean is not None and int(n) != int(linked or 0):
                out.append(Problem("mean", model, f"running mean of {n} articles, {linked} linked"))
            members = conn.execute(
                "SELECT count(*) FROM story_articles sa JOIN vectors v "
                "ON v.article_id = sa.article_id AND v.model = ?",
                (model,),
            ).fetchone()[0]
            if int(linked or 0) != int(members):
                out.append(
                    Problem("linked", model, f"{linked} linked, {members} articles in a story")
                )
        return out

    @staticmethod
    def _check_centroids(conn: sqlite3.Connection, model: str) -> list[Problem]:
        out = []
        stories = conn.execute(
            "SELECT id, centroid FROM stories WHERE merged_into IS NULL AND n_articles > 0 "
            "AND centroid IS NOT NULL ORDER BY id"
        ).fetchall()
        for sid, blob in stories:
            rows = conn.execute(
                "SELECT v.dim, v.doc FROM story_articles sa JOIN vectors v "
                "ON v.article_id = sa.article_id AND v.model = ? WHERE sa.story_id = ?",
                (model, sid),
            ).fetchall()
            if not rows:
                continue
            centroid = np.frombuffer(blob, "<f4")
            mean = np.mean([from_blob(doc, dim) for dim, doc in rows], axis=0)
            if mean.shape != centroid.shape:
                out.append(Problem("centroid", sid, f"centroid of {centroid.size} dimensions"))
                continue
            gap = float(np.max(np.abs(mean - centroid)))
            if gap > CENTROID_ATOL:
                out.append(
                    Problem(
                        "centroid", sid, f"centroid {gap:.4f} from its {len(rows)} members' mean"
                    )
                )
        return out

    @staticmethod
    def _check_constraints(conn: sqlite3.Connection) -> list[Problem]:
        out = []
        rows = conn.execute(
            "SELECT c.kind, c.a, c.b, x.story_id, y.story_id FROM link_constraints c "
            "JOIN story_articles x ON x.article_id = c.a "
            "JOIN story_articles y ON y.article_id = c.b ORDER BY c.kind, c.a, c.b"
        ).fetchall()
        for kind, a, b, story_a, story_b in rows:
            if kind == "cannot" and story_a == story_b:
                out.append(Problem("cannot", story_a, f"{a} and {b} were split, share it again"))
            elif kind == "must" and story_a != story_b:
                out.append(
                    Problem("must", story_a, f"{a} and {b} were merged, {b} is in {story_b}")
                )
        return out
