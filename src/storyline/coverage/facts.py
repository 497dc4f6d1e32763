"""Story coverage: the facts of a story, who reports each, and what only some say.

Every pair of articles of the story is aligned (:func:`.align.align_centred`,
on vectors centred once on the story's own mean or on a corpus mean). The
aligned pairs are then merged into facts by union-find, strongest pairs
first, with two guards against chaining unrelated sentences:

- a fact never holds two sentences of one article, unless one alignment
  group put them there (a sentence of another article condenses both);
- two partial facts merge only when their sentences are close on average
  (mean centred cosine across the two sides at least ``link_min``: average
  linkage).

Sentences that align with nothing are facts of their own (reported by one
article). Facts are ordered by when they were first reported (the earliest
``published`` of their articles; articles without a date come after dated
ones, in arrival order), then by how many articles report them.

Examples
--------
>>> from storyline.article import Article
>>> def art(i, lang, sents, day):
...     return Article(id=i, text=" ".join(sents), text_original="", lang=lang,
...                    lang_confidence=1.0, outlet=f"{i}-news", published=day,
...                    sentences=tuple(sents))
>>> a = art("a", "en", ["Rain hit Mosul.", "Schools closed."], "2025-01-02")
>>> b = art("b", "fa", ["باران در موصل.", "سد در خطر نیست."], "2025-01-01")
>>> vecs = {"a": np.eye(3, 6)[[0, 1]], "b": np.eye(3, 6)[[0, 2]]}
>>> cov = story_coverage([a, b], lambda x: vecs[x.id], with_entities=False)
>>> [(f.text, f.languages) for f in cov.facts]
[('باران در موصل.', ['fa', 'en']), ('سد در خطر نیست.', ['fa']), ('Schools closed.', ['en'])]
>>> sorted(cov.unique_by_language)
['en', 'fa']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from storyline.article import Article
from storyline.coverage.align import (
    CORPUS_MARGIN,
    CORPUS_MIN_COS,
    DEFAULT_MARGIN,
    UNION_MIN_COS,
    align_centred,
    centre,
)

__all__ = ["CORPUS_LINK_MIN", "LINK_MIN", "Coverage", "Fact", "FactSentence", "story_coverage"]

LINK_MIN = 0.2
"""Least mean centred cosine between two partial facts for them to merge
(vectors centred on the story's own mean)."""

CORPUS_LINK_MIN = 0.3
"""The same with vectors centred on a corpus mean (cosines run higher)."""


@dataclass(frozen=True)
class FactSentence:
    """One sentence of one article, as part of a fact.

    Examples
    --------
    >>> FactSentence("a1", "en", "Rain.", 0, "Daily").to_dict()["idx"]
    0
    """

    article_id: str
    lang: str
    text: str
    idx: int
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        Examples
        --------
        >>> sorted(FactSentence("a1", "en", "Rain.", 0).to_dict())
        ['article_id', 'idx', 'lang', 'outlet', 'text']
        """
        return {
            "article_id": self.article_id,
            "lang": self.lang,
            "text": self.text,
            "idx": self.idx,
            "outlet": self.outlet,
        }


@dataclass
class Fact:
    """Sentences of one or more articles that report the same thing.

    ``first_seen`` is the earliest ``published`` of its articles (``None``
    when none of them is dated); ``languages`` and ``outlets`` are in order
    of first report. The representative ``text`` is the sentence of the
    article that reported it first.

    Examples
    --------
    >>> f = Fact([FactSentence("a", "en", "Rain.", 0, "X"), FactSentence("b", "en", "Rain!", 3, "Y")])
    >>> f.text, f.languages, f.single_language, f.single_outlet, f.article_ids
    ('Rain.', ['en'], True, False, ['a', 'b'])
    """

    sentences: list[FactSentence]
    first_seen: str | None = None
    score: float = 0.0

    @property
    def text(self) -> str:
        """The sentence of the first report."""
        return self.sentences[0].text

    @property
    def article_ids(self) -> list[str]:
        """The articles that report it, in order of report."""
        return list(dict.fromkeys(s.article_id for s in self.sentences))

    @property
    def languages(self) -> list[str]:
        """Its languages, in order of report."""
        return list(dict.fromkeys(s.lang for s in self.sentences))

    @property
    def outlets(self) -> list[str]:
        """Its outlets (known ones), in order of report."""
        return list(dict.fromkeys(s.outlet for s in self.sentences if s.outlet))

    @property
    def single_language(self) -> bool:
        """Reported in one language only."""
        return len(self.languages) == 1

    @property
    def single_outlet(self) -> bool:
        """Reported by one outlet only (or by articles of unknown outlet, one article)."""
        return len(self.outlets) <= 1 and (bool(self.outlets) or len(self.article_ids) == 1)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        Examples
        --------
        >>> Fact([FactSentence("a", "fa", "باران", 0)]).to_dict()["languages"]
        ['fa']
        """
        return {
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "languages": self.languages,
            "outlets": self.outlets,
            "article_ids": self.article_ids,
            "first_seen": self.first_seen,
            "single_language": self.single_language,
            "single_outlet": self.single_outlet,
            "score": round(self.score, 4),
        }


@dataclass
class Coverage:
    """The coverage of one story: facts, language-unique facts, entities, conflicts.

    ``unique_by_language`` maps a language to the indices (into ``facts``)
    of facts reported only in it; it is empty when the story has a single
    language. ``entities`` and ``conflicts`` are filled by
    :mod:`.entities` and :mod:`.conflicts`.

    Examples
    --------
    >>> Coverage().to_dict()["facts"]
    []
    """

    facts: list[Fact] = field(default_factory=list)
    unique_by_language: dict[str, list[int]] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[Any] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The complete JSON form (what ``storyline coverage --json`` prints).

        Examples
        --------
        >>> sorted(Coverage().to_dict())
        ['articles', 'conflicts', 'entities', 'facts', 'unique_by_language']
        """
        return {
            "articles": self.articles,
            "facts": [f.to_dict() for f in self.facts],
            "unique_by_language": {
                lang: [{"fact": i, "text": self.facts[i].text} for i in idx]
                for lang, idx in self.unique_by_language.items()
            },
            "entities": self.entities,
            "conflicts": [c.to_dict() if hasattr(c, "to_dict") else c for c in self.conflicts],
        }


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return
        if len(self.members[rx]) < len(self.members[ry]):
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.members[rx].extend(self.members.pop(ry))


def _article_order(articles: Sequence[Article]) -> list[int]:
    """Rank of each article: dated ones by date, then undated in arrival order."""
    keys = sorted(
        range(len(articles)),
        key=lambda i: (articles[i].published is None, articles[i].published or "", i),
    )
    rank = [0] * len(articles)
    for r, i in enumerate(keys):
        rank[i] = r
    return rank


def story_coverage(
    articles: Sequence[Article],
    sentence_vectors: Callable[[Article], np.ndarray],
    *,
    outlets: dict[str, str] | None = None,
    mean: np.ndarray | None = None,
    margin: float | None = None,
    link_min: float | None = None,
    with_entities: bool = True,
    with_conflicts: bool = True,
) -> Coverage:
    """Group the sentences of a story's articles into facts, across languages.

    Parameters
    ----------
    articles
        The story's articles, in arrival order.
    sentence_vectors
        Returns the vectors of ``article.sentences`` (one row per sentence,
        one encoder for all), e.g. from the store's cache.
    outlets
        Article id to outlet name, overriding ``article.outlet``.
    mean
        A corpus mean to centre on (see :func:`.means.corpus_mean`);
        default: the mean of all the story's sentence vectors.
    margin
        Alignment threshold; default :data:`.align.DEFAULT_MARGIN`, or
        :data:`.align.CORPUS_MARGIN` with ``mean``.
    link_min
        Average-linkage guard when merging partial facts; default
        :data:`LINK_MIN`, or :data:`CORPUS_LINK_MIN` with ``mean``.
    with_entities, with_conflicts
        Also collect entities (:func:`.entities.story_entities`) and
        conflicts (:func:`.conflicts.find_conflicts`).

    Returns
    -------
    Coverage
    """
    outlets = outlets or {}
    vecs = [np.asarray(sentence_vectors(a), dtype=np.float32) for a in articles]
    for a, v in zip(articles, vecs, strict=True):
        if len(v) != len(a.sentences):
            raise ValueError(f"article {a.id}: {len(v)} vectors for {len(a.sentences)} sentences")
    own_mean = mean is None
    if margin is None:
        margin = DEFAULT_MARGIN if own_mean else CORPUS_MARGIN
    if link_min is None:
        link_min = LINK_MIN if own_mean else CORPUS_LINK_MIN
    floor = UNION_MIN_COS if own_mean else CORPUS_MIN_COS
    stacked = np.vstack(vecs) if any(len(v) for v in vecs) else np.zeros((0, 1), np.float32)
    if mean is None and len(stacked):
        mean = stacked.mean(axis=0)
    cent = centre(stacked, mean) if len(stacked) else stacked
    offsets = np.cumsum([0] + [len(v) for v in vecs])
    node_article = np.repeat(np.arange(len(articles)), [len(v) for v in vecs])

    # candidate links: every aligned pair of every article pair, strongest first
    edges: list[tuple[float, int, int, int]] = []  # score, node, node, group id
    siblings: set[tuple[int, int]] = set()
    gid = 0
    for i, j in combinations(range(len(articles)), 2):
        ca, cb = cent[offsets[i] : offsets[i + 1]], cent[offsets[j] : offsets[j + 1]]
        for g in align_centred(ca, cb, margin=margin, min_cos=floor).groups:
            na = [int(offsets[i]) + x for x in g.a_idx]
            nb = [int(offsets[j]) + y for y in g.b_idx]
            for side in (na, nb):
                siblings.update((x, y) for x in side for y in side if x != y)
            edges.extend((g.score, x, y, gid) for x in na for y in nb)
            gid += 1
    edges.sort(key=lambda e: -e[0])
    uf = _UnionFind(len(stacked))
    for _, x, y, _ in edges:
        rx, ry = uf.find(x), uf.find(y)
        if rx == ry:
            continue
        mx, my = uf.members[rx], uf.members[ry]
        clash = {int(node_article[u]) for u in mx} & {int(node_article[v]) for v in my}
        if clash and any(
            node_article[u] == node_article[v] and (u, v) not in siblings for u in mx for v in my
        ):
            continue
        if float((cent[mx] @ cent[my].T).mean()) < link_min:
            continue
        uf.union(rx, ry)

    rank = _article_order(articles)
    facts: list[tuple[tuple[int, int, int], Fact]] = []
    for members in uf.members.values():
        members = sorted(members, key=lambda u: (rank[int(node_article[u])], u))
        sents = []
        for u in members:
            art = articles[int(node_article[u])]
            idx = int(u - offsets[int(node_article[u])])
            outlet = outlets.get(art.id, art.outlet)
            sents.append(FactSentence(art.id, art.lang, art.sentences[idx], idx, outlet))
        dated = [articles[int(node_article[u])].published for u in members]
        first = min((d for d in dated if d), default=None)
        score = float((cent[members] @ cent[members].T).mean()) if len(members) > 1 else 0.0
        fact = Fact(sents, first, score)
        head = members[0]
        key = (rank[int(node_article[head])], -len(fact.article_ids), head)
        facts.append((key, fact))
    facts.sort(key=lambda kf: kf[0])
    cov = Coverage(facts=[f for _, f in facts])
    langs = {a.lang for a in articles}
    if len(langs) > 1:
        for n, f in enumerate(cov.facts):
            if f.single_language:
                cov.unique_by_language.setdefault(f.languages[0], []).append(n)
    cov.articles = [
        {
            "id": a.id,
            "lang": a.lang,
            "outlet": outlets.get(a.id, a.outlet),
            "published": a.published,
            "title": a.title,
        }
        for a in articles
    ]
    if with_entities:
        from storyline.coverage.entities import story_entities

        cov.entities = story_entities(articles, cov.facts)
    if with_conflicts:
        from storyline.coverage.conflicts import find_conflicts

        cov.conflicts = find_conflicts(cov.facts, articles)
    return cov
