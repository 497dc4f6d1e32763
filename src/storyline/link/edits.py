"""A user's corrections to stories: split an article out, merge two stories.

Both are remembered as constraints between articles in the store
(:meth:`Store.add_link_constraint`), so later ``relink`` runs and online
linking keep them: a split article never joins a story holding one of the
members it was split from ("cannot"), and two merged stories are merged
again when their first articles are linked ("must").

Examples
--------
>>> import numpy as np
>>> from storyline.article import Article
>>> from storyline.store import Store
>>> store = Store(":memory:")
>>> for i in range(3):
...     _ = store.add_article(Article(id=f"{i:016x}", text=f"t{i}", text_original="t",
...                                   lang="en", lang_confidence=1.0))
>>> store.put_doc_vectors([(f"{i:016x}", np.eye(2)[i % 2]) for i in range(3)], "m")
>>> from storyline.store.story_records import StoryState
>>> store.save_story(StoryState("s1", 1, None, None, 3, None, None, None))
>>> for i in range(3):
...     store.assign_article(f"{i:016x}", "s1", 1.0, i + 1)
>>> result = split_article(store, "0000000000000001", "m")
>>> result.story_id, result.from_story, store.get_story("s1").n_articles
('s0000000000000001', 's1', 2)
>>> merge_stories(store, "s1", "s0000000000000001", "m").story_id
's1'
>>> store.get_story("s1").n_articles
3
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from storyline.errors import StorylineError
from storyline.link.ports import LinkStore
from storyline.store.story_records import StoryState

__all__ = ["EditError", "EditResult", "merge_stories", "recompute_story", "split_article"]


class EditError(StorylineError, ValueError):
    """A split or merge that cannot be done (one-line reason)."""


@dataclass(frozen=True)
class EditResult:
    """What a split or merge did.

    Examples
    --------
    >>> EditResult("split", "s2", "s1", ["a"]).to_dict()["action"]
    'split'
    """

    action: str
    story_id: str
    from_story: str
    articles: list[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return asdict(self)


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def recompute_story(store: LinkStore, story_id: str, model: str) -> StoryState | None:
    """Recompute a story's count, centroid, dates and title from its members in the store.

    Returns the saved state, or ``None`` when no such story exists.
    """
    story = store.load_story(story_id)
    if story is None:
        return None
    ids = store.story_member_ids(story_id)
    rows = store.link_rows(ids=ids, model=model)
    story.n_articles = len(ids)
    story.first_seen = story.last_seen = None
    for row in rows:
        story.first_seen = _min(story.first_seen, row.published)
        story.last_seen = _max(story.last_seen, row.published)
    best: str | None
    if rows:
        mat = np.array([r.doc for r in rows], dtype=np.float64)
        story.centroid = mat.mean(axis=0)
        best = rows[int(np.argmax(mat @ story.centroid))].article_id
    else:
        story.centroid, best = None, (ids[0] if ids else None)
    story.rep_article_id = best
    story.title = store.article_titles([best]).get(best) if best else None
    store.save_story(story)
    return story


def split_article(store: LinkStore, article_id: str, model: str) -> EditResult:
    """Move an article out of its story into a story of its own, and remember it.

    The article is kept apart from every other member of the story from then
    on (also by ``relink``). ``model`` is the vector key whose vectors give
    the stories' new centroids.

    Raises
    ------
    EditError
        Unknown article, an article in no story, or alone in its story.
    """
    article = store.get_article(article_id)
    if article is None:
        raise EditError(f"no article with id {article_id!r}")
    # read and write in one transaction: another writer may move the article or
    # merge its story meanwhile, and the story it left must be the one recounted
    with store.transaction():
        rows = store.link_rows(ids=[article.id], model=model)
        linked = [r for r in rows if r.story_id]
        if not linked:
            raise EditError(f"article {article.id} is in no story yet: run relink or ingest first")
        row = linked[0]
        current = row.story_id or ""
        old = store.resolve_story(current) or current
        others = [a for a in store.story_member_ids(old) if a != article.id]
        if not others:
            raise EditError(f"article {article.id} is already alone in story {old}")
        new_id = "s" + article.id
        n = 1
        while (existing := store.load_story(new_id)) is not None and existing.n_articles > 0:
            new_id = f"s{article.id}-{n}"  # the article's own id names a live story
            n += 1
        for other in others:
            store.add_link_constraint("cannot", article.id, other)
        # a merged stub of the same id is reused: the id names this article's story again
        store.save_story(StoryState(new_id, row.seq, None, None, 0, None, None, None))
        store.assign_article(
            article.id, new_id, 1.0, row.seq, {"action": "user", "note": f"split from {old}"}
        )
        recompute_story(store, old, model)
        recompute_story(store, new_id, model)
    return EditResult("split", new_id, old, [article.id])


def merge_stories(store: LinkStore, story_a: str, story_b: str, model: str) -> EditResult:
    """Move every article of ``story_b`` into ``story_a`` and remember it.

    ``story_b``'s id keeps resolving (to ``story_a``). The first articles of
    the two stories must share a story from then on (also after ``relink``).

    Raises
    ------
    EditError
        An unknown story, or both ids naming one story.
    """
    with store.transaction():  # read and write in one: another writer may merge them meanwhile
        a, b = store.resolve_story(story_a), store.resolve_story(story_b)
        if a is None:
            raise EditError(f"no story with id {story_a!r}")
        if b is None:
            raise EditError(f"no story with id {story_b!r}")
        if a == b:
            raise EditError(f"{story_a} and {story_b} are already one story ({a})")
        ids_a, ids_b = store.story_member_ids(a), store.story_member_ids(b)
        if ids_a and ids_b:
            store.add_link_constraint("must", ids_a[0], ids_b[0])
        for x in ids_a:
            for y in ids_b:
                if y in store.constrained_with(x, "cannot"):
                    store.add_link_constraint("must", x, y)
        store.move_story_members(b, a)
        recompute_story(store, a, model)
    return EditResult("merge", a, b, ids_b)
