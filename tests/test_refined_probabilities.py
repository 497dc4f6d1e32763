"""Tracker.pair_probabilities / refined_probabilities: the two stages of one pair, as `similar` asks."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from storyline.errors import StorylineError
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.vectors import encode_missing
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_story_refine import (  # noqa: E402
    RefiningModel,
    StrictRefiningModel,
    TableEncoder,
    _store,
)

pytest.importorskip("storyline.link.align_evidence")


class NotRefining(RefiningModel):
    @property
    def can_refine(self) -> bool:
        return False


def _rows(tracker: Tracker, store: Store, ids: list[str]) -> list:
    encode_missing(store, tracker.encoder, ids)
    found = {r.article_id: r for r in store.link_rows(ids=ids, model=tracker.model_name)}
    return [found[a] for a in ids]


def test_refined_probability_adds_the_sentence_evidence_and_holds_it_to_the_models_bar() -> None:
    store, ids = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
    for config, bar in ((TrackerConfig(), 0.9), (TrackerConfig(threshold=0.6), 0.6)):
        model = StrictRefiningModel()
        tracker = Tracker(store, TableEncoder(), config, model)
        a, b = _rows(tracker, store, ids)
        first = tracker.pair_probabilities(b, [a])
        probs, bars = tracker.refined_probabilities(b, [a])
        assert model.refined == 1
        assert probs == pytest.approx(np.clip(first + 0.3, 0, 1))  # RefiningModel: +0.3 refined
        assert first[0] < probs[0] < 1.0
        assert bars.tolist() == [bar]
    assert tracker.refined_probabilities(b, [])[0].size == 0


def test_refined_probabilities_need_a_model_with_a_second_stage() -> None:
    store, ids = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
    tracker = Tracker(store, TableEncoder(), TrackerConfig(), NotRefining())
    a, b = _rows(tracker, store, ids)
    with pytest.raises(StorylineError, match="no second stage"):
        tracker.refined_probabilities(b, [a])
