"""A tracker check shared by the typed-fact tests (tests/test_fact_conflicts.py, tests/test_recall.py)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store
from storyline.store.story_records import LinkRow


def probabilities_with_and_without_facts(keys: Sequence[str]) -> tuple[list[float], list[float]]:
    """The tracker's pair probabilities of the first article's ``keys`` against the others',
    with the typed-fact conflict on (the default) and off; every article has the same vector."""
    vec = np.ones(8) / 8**0.5
    rows = [LinkRow(i, f"a{i}", "en", None, vec, k, None) for i, k in enumerate(keys)]
    on = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    off = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(fact_conflict=0.0))
    return (
        list(on.pair_probabilities(rows[0], rows[1:])),
        list(off.pair_probabilities(rows[0], rows[1:])),
    )
