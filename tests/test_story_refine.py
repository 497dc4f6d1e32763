"""The second stage: near misses of dated articles are scored again with sentence-level evidence."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from storyline.article import Article
from storyline.link.decide import LinkModel
from storyline.link.support import describe_reason
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store

pytest.importorskip("storyline.link.align_evidence")  # sentence evidence (pairs, #14 item 4)


class TableEncoder:
    """First word picks the vector; any other text (sentences) gets a fixed one."""

    name = "table"
    dim = 4

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        table = {"A": [1.0, 0.0, 0.0, 0.0], "B": [0.55, 0.835, 0.0, 0.0]}
        return np.array([table.get(t.split()[0], [0.0, 0.0, 0.0, 1.0]) for t in texts], "f4")


class RefiningModel(LinkModel):
    """Probability = raw cosine; with sentence evidence, 0.3 more."""

    def __init__(self) -> None:
        super().__init__(LinkModel.load().params)
        self.refined = 0

    def prior_mean(self, model: str, dim: int) -> np.ndarray | None:
        return None

    @property
    def can_refine(self) -> bool:
        return True

    def probability(self, x: np.ndarray, gaps_days: Sequence[float | None]) -> np.ndarray:
        return np.clip(np.asarray(x, dtype=np.float64).reshape(len(gaps_days), -1)[:, 1], 0, 1)

    def refine(self, x: np.ndarray, align: np.ndarray, gaps_days=None) -> np.ndarray:  # type: ignore[override]
        assert len(align) == len(x)
        self.refined += len(x)
        return np.clip(self.probability(x, list(gaps_days or [None] * len(x))) + 0.3, 0, 1)


def _link(published_b: str | None, band: float) -> tuple[list[str], RefiningModel, Store]:
    store = Store(":memory:")
    for key, published in (("A", "2025-04-14"), ("B", published_b)):
        text = f"{key} sandstorm report. Flights were suspended at three airports."
        store.add_article(
            Article(
                id=f"{key.lower():0>16}",
                text=text,
                text_original=text,
                lang="en",
                lang_confidence=1.0,
                title=f"{key} title",
                published=published,
                sentences=(text,),
            )
        )
    model = RefiningModel()
    config = TrackerConfig(threshold=0.6, support=0.5, unknown_margin=0.1, refine_band=band)
    decisions = Tracker(store, TableEncoder(), config, model).link_pending()
    return [d.action for d in decisions], model, store


def test_a_dated_near_miss_joins_on_sentence_evidence() -> None:
    # B against A: cosine 0.55, short of 0.6; the sentences add 0.3
    actions, model, store = _link("2025-04-15", band=0.25)
    assert actions == ["new", "join"] and model.refined > 0
    reason = store.get_story(f"s{'a':0>16}").articles[1].reason
    assert reason is not None and reason.get("sentences") is True
    assert "headlines and first sentences compared" in describe_reason(reason)


def test_no_second_stage_when_off_or_the_date_is_unknown() -> None:
    for published, band in (("2025-04-15", 0.0), (None, 0.25)):
        actions, model, _ = _link(published, band)
        assert actions == ["new", "new"] and model.refined == 0, (published, band)
