"""Plain records the store returns for vectors and stories.

Examples
--------
>>> s = StorySummary("s1", "Floods", ["en", "fa"], ["a", "b"], 2, "2025-03-09", "2025-03-10")
>>> s.to_dict()["languages"]
['en', 'fa']
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

__all__ = ["LinkRow", "StoryArticle", "StoryDetail", "StoryState", "StorySummary"]


@dataclass(frozen=True)
class StorySummary:
    """One story as listed by :meth:`Store.list_stories`.

    ``first_seen`` / ``last_seen`` are the earliest and latest publication
    dates of its articles (ISO 8601), ``None`` when none is known.

    Examples
    --------
    >>> StorySummary("s1", None, [], [], 0, None, None).n_articles
    0
    """

    id: str
    title: str | None
    languages: list[str]
    article_ids: list[str]
    n_articles: int
    first_seen: str | None
    last_seen: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict.

        Examples
        --------
        >>> StorySummary("s1", "T", ["en"], ["a"], 1, None, None).to_dict()["id"]
        's1'
        """
        return asdict(self)


@dataclass(frozen=True)
class StoryArticle:
    """One member of a story: article metadata, its link probability and why it joined.

    ``reason`` is the evidence recorded when it was linked (see
    :func:`storyline.link.support.describe_reason`), ``None`` for articles
    linked before reasons were kept.

    Examples
    --------
    >>> StoryArticle("a", "T", "en", None, None, None, 1.0).lang
    'en'
    """

    id: str
    title: str | None
    lang: str
    outlet: str | None
    published: str | None
    url: str | None
    probability: float
    reason: dict[str, Any] | None = None


@dataclass(frozen=True)
class StoryDetail:
    """A story with its articles (arrival order) and the ids merged into it.

    Examples
    --------
    >>> d = StoryDetail("s1", "T", ["en", "fa"], 2, None, None,
    ...                 [StoryArticle("a", "T", "en", None, None, None, 1.0),
    ...                  StoryArticle("b", "U", "fa", None, None, None, 0.9)], [])
    >>> {k: [a.id for a in v] for k, v in d.by_language().items()}
    {'en': ['a'], 'fa': ['b']}
    """

    id: str
    title: str | None
    languages: list[str]
    n_articles: int
    first_seen: str | None
    last_seen: str | None
    articles: list[StoryArticle]
    merged_ids: list[str] = field(default_factory=list)

    def by_language(self) -> dict[str, list[StoryArticle]]:
        """Articles grouped by language (languages sorted, arrival order inside)."""
        out: dict[str, list[StoryArticle]] = {}
        for art in self.articles:
            out.setdefault(art.lang, []).append(art)
        return dict(sorted(out.items()))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with ``articles`` and ``by_language`` (ids per language).

        Examples
        --------
        >>> StoryDetail("s1", None, [], 0, None, None, []).to_dict()["by_language"]
        {}
        """
        data = asdict(self)
        data["article_ids"] = [a.id for a in self.articles]
        data["by_language"] = {k: [a.id for a in v] for k, v in self.by_language().items()}
        return data


@dataclass
class StoryState:
    """The mutable state of a story while linking (one ``stories`` row).

    ``centroid`` is the mean of the members' document vectors (not
    normalised); ``rep_article_id`` / ``rep_score`` track the member closest
    to the centroid, whose title is the story's title.

    Examples
    --------
    >>> StoryState("s1", 1, None, None, 0, None, None, None).merged_into is None
    True
    """

    id: str
    created_seq: int
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    centroid: np.ndarray | None
    title: str | None
    rep_article_id: str | None
    merged_into: str | None = None


@dataclass(frozen=True)
class LinkRow:
    """What linking needs of one stored article: ids, time, vector, keys, story.

    Examples
    --------
    >>> LinkRow(1, "a", "en", None, np.zeros(2), "{}", None).story_id is None
    True
    """

    seq: int
    article_id: str
    lang: str
    published: str | None
    doc: np.ndarray
    keys: str | None
    story_id: str | None
