"""Readable linking doubles shared by the story tests: hand-made vectors and a cosine pair model."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from storyline.article import Article
from storyline.link.decide import LinkModel
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store


class TableEncoder:
    """Hand-made vectors: the first word of a text picks the vector."""

    name = "table"

    def __init__(self, table: dict[str, Sequence[float]]) -> None:
        self.table = {k: np.asarray(v, dtype=np.float32) for k, v in table.items()}
        self.dim = len(next(iter(self.table.values())))
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += len(texts)
        rows = [self.table[t.split()[0]] for t in texts]
        mat = np.stack(rows) if rows else np.zeros((0, self.dim), dtype=np.float32)
        return mat / np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-12)


class CosineModel(LinkModel):
    """A pair model whose probability is the raw cosine: the geometry decides, readably."""

    def __init__(self) -> None:
        super().__init__(LinkModel.load().params)

    def prior_mean(self, model: str, dim: int) -> np.ndarray | None:
        return None

    def probability(self, x: np.ndarray, gaps_days: list[float | None]) -> np.ndarray:
        return np.clip(np.asarray(x, dtype=np.float64).reshape(len(gaps_days), -1)[:, 1], 0, 1)


def add_report(
    store: Store,
    key: str,
    published: str | None = None,
    n: int = 0,
    *,
    text: str | None = None,
    sentences: Sequence[str] = (),
    title: str = "title",
    lang: str = "en",
) -> str:
    """Store a report (English by default) whose first word (``key``) picks its table vector.

    ``text`` defaults to one line; ``sentences`` are stored with it (what the
    second stage aligns); the stored title is ``key`` then ``title``. Returns
    the article id.
    """
    text = text if text is not None else f"{key} report number {n} about the event"
    aid = hashlib.sha1(repr((key, n, published, text)).encode()).hexdigest()[:16]  # stable
    store.add_article(
        Article(
            id=aid,
            text=text,
            text_original=text,
            lang=lang,
            lang_confidence=1.0,
            title=f"{key} {title}",
            published=published,
            sentences=tuple(sentences),
        )
    )
    return aid


def stories_of(store: Store, ids: dict[str, str], model: str) -> dict[str, str]:
    """The live story of each report, by its key (``ids``: key -> article id); ``""`` if none."""
    rows = {r.article_id: r.story_id for r in store.link_rows(ids=list(ids.values()), model=model)}
    return {k: store.resolve_story(rows[aid]) or "" for k, aid in ids.items()}


def link_in_order(
    vectors: dict[str, list[float]],
    langs: dict[str, str],
    published: dict[str, str],
    config: TrackerConfig,
    order: Sequence[str],
    texts: dict[str, str] | None = None,
) -> dict[str, str]:
    """Link the reports keyed in ``vectors`` in ``order``: settled in one call when
    ``config.settle``, else one ``link_pending`` call each; returns each key's story."""
    store = Store(":memory:")
    ids = {
        k: add_report(store, k, published[k], text=(texts or {}).get(k), lang=langs[k])
        for k in vectors
    }
    tracker = Tracker(store, TableEncoder(vectors), config, CosineModel())
    if config.settle:
        tracker.link_pending(ids=[ids[k] for k in order], batch=1)
    else:
        for key in order:
            tracker.link_pending(ids=[ids[key]], batch=1)
    return stories_of(store, ids, tracker.model_name)
