"""The port between linking and storage: what ``link/`` needs from a store.

:class:`LinkStore` is a :class:`typing.Protocol` listing exactly the store
methods the tracker, the vector cache, the ANN index and the story
functions call. :class:`storyline.store.Store` satisfies it (checked by
mypy wherever a ``Store`` is passed, and at run time by
``isinstance(store, LinkStore)``); another backend (a Spark job, a test
double) implements these methods and nothing else. Code in ``link/`` types
its store as ``LinkStore``, never as ``Any``, so a type checker sees every
call across the boundary.

Examples
--------
>>> from storyline.store import Store
>>> isinstance(Store(":memory:"), LinkStore)
True
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from storyline.article import Article
from storyline.store.story_records import LinkRow, StoryState, StorySummary

__all__ = ["LinkStore"]


@runtime_checkable
class LinkStore(Protocol):
    """The store as ``link/`` sees it: vectors, link rows, stories, metadata."""

    path: Path

    def transaction(self) -> AbstractContextManager[None]:
        """Group writes atomically (nested calls join the outer transaction)."""
        ...

    # -- metadata (running means, index state) -------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """A JSON value stored under ``key`` (``default`` when absent)."""
        ...

    def set_meta(self, key: str, value: Any) -> None:
        """Store a JSON value under ``key``."""
        ...

    # -- articles and their vectors ------------------------------------------

    def get_article(self, id_or_prefix: str) -> Article | None:
        """An article by id or unique id prefix."""
        ...

    def count_articles(self, lang: str | None = None) -> int:
        """How many articles are stored (in ``lang``)."""
        ...

    def article_titles(self, ids: Sequence[str]) -> dict[str, str | None]:
        """Titles of the articles ``ids``."""
        ...

    def linking_texts(self, ids: Sequence[str]) -> list[tuple[str, str | None, str, str]]:
        """``(id, title, text, lang)`` of the articles ``ids``, for encoding."""
        ...

    def articles_without_vectors(self, model: str) -> list[str]:
        """Ids of articles with no ``model`` document vector yet, arrival order."""
        ...

    def doc_vectors(self, ids: Sequence[str], model: str) -> dict[str, np.ndarray]:
        """Cached ``model`` document vectors of ``ids``."""
        ...

    def put_doc_vectors(
        self,
        items: Sequence[tuple[str, np.ndarray]],
        model: str,
        keys: Sequence[str | None] | None = None,
    ) -> None:
        """Cache document vectors (and link keys) of ``model``."""
        ...

    def put_align_sides(
        self,
        items: Sequence[tuple[str, np.ndarray, np.ndarray, Sequence[str]]],
        model: str,
    ) -> None:
        """Cache encoded headlines and first sentences (the second stage's input)."""
        ...

    def align_sides(
        self, ids: Sequence[str], model: str
    ) -> dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]:
        """Cached ``(head, sentences, texts)`` of ``ids`` under ``model``."""
        ...

    def iter_doc_vectors(
        self, model: str, after_seq: int = 0, batch: int = 20_000
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """``(seqs, matrix)`` batches of cached vectors, arrival order."""
        ...

    def vector_state(self, model: str) -> tuple[int, int]:
        """``(count, max seq)`` of the cached ``model`` vectors."""
        ...

    def link_rows(
        self, *, seqs: Sequence[int] = (), ids: Sequence[str] = (), model: str
    ) -> list[LinkRow]:
        """What linking needs of each article: seq, vector, keys, language, date, story."""
        ...

    # -- stories ---------------------------------------------------------------

    def articles_without_story(self) -> list[str]:
        """Ids of stored articles not yet in a story, arrival order."""
        ...

    def load_story(self, story_id: str) -> StoryState | None:
        """A story's linking state."""
        ...

    def save_story(self, story: StoryState) -> None:
        """Write a story's linking state."""
        ...

    def assign_article(
        self,
        article_id: str,
        story_id: str,
        probability: float,
        joined_seq: int,
        reason: dict[str, Any] | None = None,
    ) -> None:
        """Put an article in a story, with why (the evidence, or a user's decision)."""
        ...

    def add_link_constraint(self, kind: str, a: str, b: str) -> None:
        """Remember that articles ``a`` and ``b`` ``"must"`` / ``"cannot"`` share a story."""
        ...

    def constrained_with(self, article_id: str, kind: str) -> set[str]:
        """The articles a user said ``article_id`` must / cannot share a story with."""
        ...

    def linked_seqs(self, model: str) -> list[int]:
        """Arrival numbers of the articles in a story that have a ``model`` vector."""
        ...

    def stories_between(
        self, since: str, until: str, limit: int = 1000
    ) -> list[tuple[str, np.ndarray]]:
        """Live dated stories whose span meets ``[since, until]``, with centroids."""
        ...

    def story_member_ids(self, story_id: str) -> list[str]:
        """The article ids of a story."""
        ...

    def move_story_members(self, from_id: str, to_id: str) -> None:
        """Move every member of one story into another (a merge)."""
        ...

    def unassign_articles(self, ids: Sequence[str]) -> list[str]:
        """Take articles out of their stories; returns the stories they left."""
        ...

    def articles_since(self, since: str) -> list[str]:
        """Articles published (or, undated, stored) on or after ``since``, arrival order."""
        ...

    def clear_stories(self) -> list[tuple[str, int]]:
        """Drop every story (before a relink); returns the old ``(id, first seq)``."""
        ...

    def list_stories(
        self,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        limit: int | None = None,
    ) -> list[StorySummary]:
        """Live stories, most recently seen first."""
        ...

    def story_of_seq(self, seq: int) -> str | None:
        """The story of the article with arrival number ``seq``."""
        ...

    def resolve_story(self, story_id: str) -> str | None:
        """The live id of a story (merged ids resolve to the story they joined)."""
        ...
