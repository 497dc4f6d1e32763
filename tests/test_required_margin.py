"""What a join requires: the threshold plus the margins, continued in logit beyond 0.99.

A cap at 0.99 let a pair scored 0.99 join whatever the evidence against it
(session 12: undated same-language reports of the same actors score
0.93-0.99); :func:`~storyline.link.tracker_config.required_probability` keeps
every requirement below 0.99 as it was and lets a larger margin stop such a pair.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.tracker_config import raise_required, required_probability
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder  # noqa: E402
from table_linking import add_report as _add  # noqa: E402

TABLE = {"A": [1.0, 0.0, 0.0, 0.0], "B": [0.995, 0.0999, 0.0, 0.0]}  # cosine 0.995


@pytest.mark.parametrize("margin", [0.0, 0.1, 0.2, 0.3, 0.39])
def test_below_the_knee_the_requirement_is_the_sum(margin: float) -> None:
    assert required_probability(0.6, margin) == pytest.approx(0.6 + margin)


def test_beyond_the_knee_margins_still_count() -> None:
    values = [required_probability(0.6, m) for m in (0.39, 0.4, 0.45, 0.5, 0.6)]
    assert values == sorted(values) and len(set(values)) == len(values)
    assert values[2] > 0.995  # what a cap at 0.99 could never ask
    assert raise_required(values[1], 0.05) == pytest.approx(values[2])


def _link(published_b: str, quiet_margin: float) -> str:
    store = Store(":memory:")
    _add(store, "A", "2025-03-01")
    _add(store, "B", published_b)
    cfg = TrackerConfig(
        threshold=0.6, support=0.45, quiet_margin=quiet_margin, batch_order="arrival"
    )
    decisions = Tracker(store, TableEncoder(TABLE), cfg, CosineModel()).link_pending()
    return decisions[1].action


def test_a_large_margin_stops_a_pair_scored_above_0_99() -> None:
    assert _link("2025-03-02", 0.5) == "join"  # within quiet_days: no margin, 0.995 joins
    # far apart: 0.6 + 0.5 is past 0.99; capped, 0.995 joined; now it is not enough
    assert _link("2025-09-01", 0.5) == "new"
    assert _link("2025-09-01", 0.3) == "join"  # 0.9 required: 0.995 still joins
