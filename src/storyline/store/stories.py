"""Store methods for stories: create, assign, merge, resolve, list.

:class:`StoryMixin` is mixed into :class:`storyline.store.Store` beside
:class:`~storyline.store.linking.LinkingMixin`. A story merged into another
keeps its row with ``merged_into`` set, so its id keeps resolving.

Examples
--------
>>> from storyline.store import Store
>>> s = Store(":memory:")
>>> s.save_story(StoryState("s1", 1, None, None, 0, None, "T", None))
>>> s.resolve_story("s1"), s.list_stories()
('s1', [])
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

import numpy as np

from storyline.store.linking import _chunks, _marks
from storyline.store.records import StoreError
from storyline.store.story_records import StoryArticle, StoryDetail, StoryState, StorySummary

__all__ = ["StoryMixin"]


class StoryMixin:
    """Story methods of :class:`~storyline.store.Store`.

    Examples
    --------
    >>> from storyline.store import Store
    >>> Store(":memory:").get_story("nope") is None
    True
    """

    _conn: sqlite3.Connection
    _lock: threading.RLock
    transaction: Callable[[], AbstractContextManager[None]]

    # -- stories: writing ------------------------------------------------

    def save_story(self, story: StoryState) -> None:
        """Insert or update a story row.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> s.save_story(StoryState("s1", 1, None, None, 0, np.ones(2), "T", None))
        >>> s.load_story("s1").title
        'T'
        """
        centroid = None if story.centroid is None else np.asarray(story.centroid, "<f4").tobytes()
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO stories(id, created_seq, first_seen, last_seen, "
                "n_articles, centroid, title, rep_article_id, merged_into) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    story.id,
                    story.created_seq,
                    story.first_seen,
                    story.last_seen,
                    story.n_articles,
                    centroid,
                    story.title,
                    story.rep_article_id,
                    story.merged_into,
                ),
            )

    def load_story(self, story_id: str) -> StoryState | None:
        """The state of one story row (merged ones included), or ``None``."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, created_seq, first_seen, last_seen, n_articles, centroid, title, "
                "rep_article_id, merged_into FROM stories WHERE id = ?",
                (story_id,),
            ).fetchone()
        if row is None:
            return None
        centroid = None if row[5] is None else np.frombuffer(row[5], "<f4").copy()
        return StoryState(row[0], row[1], row[2], row[3], row[4], centroid, *row[6:])

    def stories_between(
        self, since: str, until: str, limit: int = 1000
    ) -> list[tuple[str, np.ndarray]]:
        """Live stories whose date span meets ``[since, until]``, with their centroids.

        Most recently seen first, at most ``limit``; undated stories and
        stories without a centroid are left out.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").stories_between("2025-01-01", "2025-01-15")
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, centroid FROM stories WHERE merged_into IS NULL AND n_articles > 0 "
                "AND centroid IS NOT NULL AND last_seen >= ? AND first_seen <= ? "
                "ORDER BY last_seen DESC, created_seq DESC LIMIT ?",
                (since, until if len(until) > 10 else until + "T99", max(0, limit)),
            ).fetchall()
        return [(sid, np.frombuffer(blob, "<f4").copy()) for sid, blob in rows]

    def assign_article(
        self,
        article_id: str,
        story_id: str,
        probability: float,
        joined_seq: int,
        reason: dict[str, Any] | None = None,
    ) -> None:
        """Put an article in a story (replacing any previous assignment).

        ``reason`` (JSON-ready) records why: the evidence the linker used, or
        a user's decision.
        """
        text = None if reason is None else json.dumps(reason, ensure_ascii=False)
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO story_articles(article_id, story_id, probability, "
                "joined_seq, reason) VALUES (?, ?, ?, ?, ?)",
                (article_id, story_id, float(probability), int(joined_seq), text),
            )

    def add_link_constraint(self, kind: str, a: str, b: str) -> None:
        """Remember a user's decision: articles ``a`` and ``b`` ``"must"`` / ``"cannot"`` share a story.

        A new constraint replaces the opposite one on the same pair.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> s.add_link_constraint("cannot", "a", "b"); s.constrained_with("b", "cannot")
        {'a'}
        >>> s.add_link_constraint("must", "b", "a"); s.constrained_with("a", "cannot")
        set()
        """
        if kind not in ("must", "cannot"):
            raise ValueError(f"constraint kind must be 'must' or 'cannot', not {kind!r}")
        if a == b:
            return
        a, b = min(a, b), max(a, b)
        with self.transaction():
            self._conn.execute("DELETE FROM link_constraints WHERE a = ? AND b = ?", (a, b))
            self._conn.execute(
                "INSERT INTO link_constraints(kind, a, b) VALUES (?, ?, ?)", (kind, a, b)
            )

    def constrained_with(self, article_id: str, kind: str) -> set[str]:
        """Articles a user said ``article_id`` ``"must"`` / ``"cannot"`` share a story with.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").constrained_with("a", "must")
        set()
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT b FROM link_constraints WHERE kind = ? AND a = ? "
                "UNION SELECT a FROM link_constraints WHERE kind = ? AND b = ?",
                (kind, article_id, kind, article_id),
            ).fetchall()
        return {r[0] for r in rows}

    def story_member_ids(self, story_id: str) -> list[str]:
        """Article ids of a story in the order they joined.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").story_member_ids("s1")
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY joined_seq",
                (story_id,),
            ).fetchall()
        return [r[0] for r in rows]

    def move_story_members(self, from_id: str, to_id: str) -> None:
        """Move every article of story ``from_id`` into ``to_id`` and mark ``from_id`` merged.

        Stories merged into ``from_id`` earlier are re-pointed at ``to_id``.
        """
        with self.transaction():
            self._conn.execute(
                "UPDATE story_articles SET story_id = ? WHERE story_id = ?", (to_id, from_id)
            )
            self._conn.execute(
                "UPDATE stories SET merged_into = ?, n_articles = 0, centroid = NULL "
                "WHERE id = ? OR merged_into = ?",
                (to_id, from_id, from_id),
            )

    def unassign_articles(self, ids: Sequence[str]) -> list[str]:
        """Take articles out of their stories; return the ids of the stories they left.

        The stories' own state (count, centroid, dates) is not recomputed
        here (:func:`storyline.link.edits.recompute_story` does it).

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> s.unassign_articles(["a"])
        []
        """
        left: set[str] = set()
        with self.transaction():
            for chunk in _chunks(list(ids)):
                marks = _marks(len(chunk))
                rows = self._conn.execute(
                    f"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({marks})",
                    list(chunk),
                ).fetchall()
                left.update(r[0] for r in rows)
                self._conn.execute(
                    f"DELETE FROM story_articles WHERE article_id IN ({marks})", list(chunk)
                )
        return sorted(left)

    def clear_stories(self) -> list[tuple[str, int]]:
        """Delete every story and assignment; return the old ``(id, created_seq)`` pairs."""
        with self.transaction():
            old = self._conn.execute("SELECT id, created_seq FROM stories").fetchall()
            self._conn.execute("DELETE FROM story_articles")
            self._conn.execute("DELETE FROM stories")
        return [(r[0], int(r[1])) for r in old]

    def story_of_seq(self, seq: int) -> str | None:
        """The story of the article with arrival number ``seq``, if any."""
        with self._lock:
            row = self._conn.execute(
                "SELECT s.story_id FROM articles a JOIN story_articles s ON s.article_id = a.id "
                "WHERE a.seq = ?",
                (seq,),
            ).fetchone()
        return None if row is None else row[0]

    # -- stories: reading ------------------------------------------------

    def resolve_story(self, story_id: str) -> str | None:
        """The live story id for ``story_id`` (following merges), or ``None``.

        A unique prefix of at least 6 characters also resolves.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:")
        >>> for sid in ("sold", "syoung"):
        ...     s.save_story(StoryState(sid, 1, None, None, 1, None, None, None))
        >>> s.move_story_members("syoung", "sold")
        >>> s.resolve_story("syoung"), s.resolve_story("nope")
        ('sold', None)
        """
        with self._lock:
            current = story_id
            row = self._conn.execute(
                "SELECT id, merged_into FROM stories WHERE id = ?", (current,)
            ).fetchone()
            if row is None and len(story_id) >= 6:
                rows = self._conn.execute(
                    "SELECT id, merged_into FROM stories WHERE id >= ? AND id < ? LIMIT 2",
                    (story_id, story_id + "\U0010ffff"),
                ).fetchall()
                if len(rows) > 1:
                    raise StoreError(f"ambiguous story id prefix {story_id!r}")
                row = rows[0] if rows else None
            for _ in range(1000):
                if row is None:
                    return None
                if row[1] is None:
                    return str(row[0])
                row = self._conn.execute(
                    "SELECT id, merged_into FROM stories WHERE id = ?", (row[1],)
                ).fetchone()
        raise StoreError(f"story {story_id!r}: merge chain too long")

    def list_stories(
        self,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        limit: int | None = None,
    ) -> list[StorySummary]:
        """Live stories, most recently seen first (stories with no known date last).

        ``since`` / ``until`` (ISO dates) keep stories whose ``last_seen`` /
        ``first_seen`` fall inside; stories without dates are then left out.
        ``lang`` keeps stories with at least one article in that language.
        """
        sql = (
            "SELECT id, title, n_articles, first_seen, last_seen FROM stories st "
            "WHERE merged_into IS NULL AND n_articles > 0"
        )
        params: list[Any] = []
        if since:
            sql += " AND last_seen >= ?"
            params.append(since)
        if until:
            sql += " AND first_seen <= ?"
            params.append(until if len(until) > 10 else until + "T99")
        if lang:
            sql += (
                " AND EXISTS (SELECT 1 FROM story_articles sa JOIN articles a "
                "ON a.id = sa.article_id WHERE sa.story_id = st.id AND a.lang = ?)"
            )
            params.append(lang)
        sql += " ORDER BY last_seen IS NULL, last_seen DESC, created_seq DESC LIMIT ?"
        params.append(-1 if limit is None else max(0, limit))
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
            members = self._members([r[0] for r in rows])
        out = []
        for sid, title, n, first, last in rows:
            arts = members.get(sid, [])
            langs = sorted({lang_ for _, lang_ in arts})
            out.append(StorySummary(sid, title, langs, [a for a, _ in arts], n, first, last))
        return out

    def _members(self, story_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for chunk in _chunks(list(story_ids)):
            rows = self._conn.execute(
                "SELECT sa.story_id, a.id, a.lang FROM story_articles sa JOIN articles a "
                f"ON a.id = sa.article_id WHERE sa.story_id IN ({_marks(len(chunk))}) "
                "ORDER BY sa.joined_seq",
                list(chunk),
            ).fetchall()
            for sid, aid, lang in rows:
                out.setdefault(sid, []).append((aid, lang))
        return out

    def get_story(self, story_id: str) -> StoryDetail | None:
        """A story with its articles, or ``None``; merged ids resolve to the live story."""
        live = self.resolve_story(story_id)
        if live is None:
            return None
        with self._lock:
            sid, title, n, first, last = self._conn.execute(
                "SELECT id, title, n_articles, first_seen, last_seen FROM stories WHERE id = ?",
                (live,),
            ).fetchone()
            rows = self._conn.execute(
                "SELECT a.id, a.title, a.lang, a.outlet, a.published, a.url, sa.probability, "
                "sa.reason "
                "FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                "WHERE sa.story_id = ? ORDER BY sa.joined_seq",
                (live,),
            ).fetchall()
            merged = [
                r[0]
                for r in self._conn.execute(
                    "SELECT id FROM stories WHERE merged_into = ? ORDER BY created_seq", (live,)
                )
            ]
        articles = [
            StoryArticle(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                round(float(r[6]), 4),
                json.loads(r[7]) if r[7] else None,
            )
            for r in rows
        ]
        langs = sorted({a.lang for a in articles})
        return StoryDetail(sid, title, langs, n, first, last, articles, merged)
