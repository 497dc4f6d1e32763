"""Stories: the story of an article, linking, relinking, similar articles and edits.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> with Store(":memory:") as store:
...     story_of(store, "0" * 16) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.api.common import _or_default, vector_model
from storyline.article import Article
from storyline.encode import get_encoder
from storyline.settings import Settings
from storyline.store import Store

__all__ = [
    "check_store",
    "describe_reason",
    "link_article",
    "merge_stories",
    "relink",
    "similar_articles",
    "similar_to_text",
    "split_article",
    "story_of",
]


def story_of(store: Store, article_id: str, settings: Settings | None = None) -> str | None:
    """The live id of the story ``article_id`` belongs to (merged ids resolved), or ``None``.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     story_of(store, "0" * 16) is None
    True
    """
    rows = store.link_rows(ids=[article_id], model=vector_model(settings))
    if not rows or not rows[0].story_id:
        return None
    return store.resolve_story(rows[0].story_id)


def check_store(store: Store, settings: Settings | None = None) -> Any:
    """Check the store's story invariants (:meth:`Store.check_consistency`) and its centroids.

    The centroids are compared with the linking vectors of ``settings.encoder``.
    Returns a :class:`storyline.store.check.ConsistencyReport`.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     check_store(store).to_dict()["ok"]
    True
    """
    return store.check_consistency(model=vector_model(settings))


def link_article(store: Store, article_id: str, settings: Settings | None = None) -> str | None:
    """Encode and link one stored article with the tracker ``storyline ingest`` uses.

    Returns the (live) id of the article's story, ``None`` when it has none.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     link_article(store, "0" * 16) is None
    True
    """
    from storyline.link.tracker import Tracker

    s = _or_default(settings)
    Tracker(store, get_encoder(s.encoder), s.tracker).link_pending([article_id])
    return story_of(store, article_id, s)


def relink(
    store: Store,
    settings: Settings | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    recent_days: float | None = None,
) -> Any:
    """Re-cluster every stored article in arrival order (:func:`storyline.link.stories.relink`).

    ``recent_days``: only the articles of the last days, in publication
    order (:func:`storyline.link.stories.relink_recent`).

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     relink(store, Settings(encoder="hashing")).articles
    0
    """
    from storyline.link.stories import relink as run
    from storyline.link.stories import relink_recent

    s = _or_default(settings)
    if recent_days is not None:
        return relink_recent(
            store, get_encoder(s.encoder), recent_days, s.tracker, progress=progress
        )
    return run(store, get_encoder(s.encoder), s.tracker, progress=progress)


def similar_articles(
    store: Store, article_id: str, limit: int = 10, settings: Settings | None = None
) -> list[Any]:
    """Stored articles nearest to a stored one, any language (``KeyError`` for an unknown id).

    Each hit (:class:`~storyline.link.stories.SimilarHit`) carries the one
    same-event probability ``compare`` gives the pair: sentence-level for the
    nearest :data:`~storyline.link.stories.SIMILAR_REFINED`, title+lead for
    the others (``same_event_stage``), with its bar (``joins_at``).

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     similar_articles(store, "0" * 16, settings=Settings(encoder="hashing"))
    Traceback (most recent call last):
    ...
    KeyError: '0000000000000000'
    """
    from storyline.link.stories import similar_articles as run

    s = _or_default(settings)
    return run(store, article_id, get_encoder(s.encoder), limit, s.tracker)


def similar_to_text(
    store: Store, article: Article, limit: int = 10, settings: Settings | None = None
) -> list[Any]:
    """Stored articles nearest to an article that is not stored (read from a file).

    The hits carry the same-event probability as :func:`similar_articles`'s do.

    Examples
    --------
    >>> a = Article(id="a" * 16, text="Rain fell.", text_original="", lang="en", lang_confidence=1.0)
    >>> with Store(":memory:") as store:
    ...     similar_to_text(store, a, settings=Settings(encoder="hashing"))
    []
    """
    from storyline.link.stories import similar_to_text as run

    s = _or_default(settings)
    return run(
        store,
        article.title,
        article.text,
        get_encoder(s.encoder),
        limit,
        s.tracker,
        lang=article.lang,
        published=article.published,
        sentences=article.sentences or None,
    )


def split_article(store: Store, article_id: str, settings: Settings | None = None) -> Any:
    """Move an article out of its story, remembered by later relinks (:mod:`storyline.link.edits`).

    Returns the edit's result (``story_id``, ``from_story``, ``articles``;
    ``to_dict()`` for JSON); raises :class:`EditError` (one line) when it
    cannot be done.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     split_article(store, "0" * 16, Settings(encoder="hashing"))
    Traceback (most recent call last):
    ...
    storyline.link.edits.EditError: no article with id '0000000000000000'
    """
    from storyline.link.edits import split_article as run

    return run(store, article_id, vector_model(settings))


def merge_stories(
    store: Store, story_a: str, story_b: str, settings: Settings | None = None
) -> Any:
    """Move every article of ``story_b`` into ``story_a``, remembered by later relinks.

    Raises :class:`EditError` (one line) when it cannot be done.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     merge_stories(store, "s1", "s2", Settings(encoder="hashing"))
    Traceback (most recent call last):
    ...
    storyline.link.edits.EditError: no story with id 's1'
    """
    from storyline.link.edits import merge_stories as run

    return run(store, story_a, story_b, vector_model(settings))


def describe_reason(reason: dict[str, Any] | None, short: dict[str, str] | None = None) -> str:
    """One line of "joined because ..." from a stored reason record (:mod:`storyline.link.support`).

    Examples
    --------
    >>> describe_reason(None)
    'no reason recorded (linked before reasons were kept)'
    """
    from storyline.link.support import describe_reason as run

    return run(reason, short)
