"""The one same-event model: evidence features, calibration, time, training, explanations."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import (
    FEATURES,
    LinkModel,
    SameEventModel,
    link_keys,
    pair_link_features,
)
from storyline.training.linker import (
    hard_negative,
    platt,
    reliability,
    same_event_figures,
    train_link_model,
)
from storyline.training.metrics import PairRow
from tests.test_scorer import _tiny_csv

V = np.array([1.0, 0.0, 0.0])


def _features(a: tuple[str | None, str, str], b: tuple[str | None, str, str]) -> dict[str, float]:
    ka, kb = link_keys(*a), link_keys(*b)
    x = pair_link_features(V, V, ka, kb, a[2], b[2], None)
    return {k: float(v) for k, v in zip(FEATURES, x, strict=True)}


def test_another_office_holder_and_year_is_evidence_against() -> None:
    """Same actors, another prime minister and another year: the features say so."""
    seed = (
        "Syria lets Iraq strike IS",
        "In December 2018 Iraqi Prime Minister Adel Abdul Mahdi said Bashar al-Assad "
        "allowed strikes on Islamic State inside Syria.",
        "en",
    )
    earlier = (
        "بغداد و دمشق",
        "در سال ۲۰۱۷ حیدر العبادی نخست وزیر عراق گفت بشار اسد حمله به داعش را مجاز کرد.",
        "fa",
    )
    same = (
        "عراق و سوریه",
        "عادل عبدالمهدی نخست وزیر عراق در سال ۲۰۱۸ گفت بشار اسد اجازه حمله به داعش را داد.",
        "fa",
    )
    other = _features(seed, earlier)
    match = _features(seed, same)
    assert other["year_conflict"] > 0 and match["year_conflict"] == 0
    assert match["year_shared"] > 0
    assert match["person_shared"] > other["person_shared"] or match["person_shared"] > 0
    assert other["cos_c_cross"] == other["cos_c"] and match["same_lang"] == 0.0


def test_different_counts_and_people_in_latin_script() -> None:
    a = (None, "Chancellor Angela Merkel said 35 people died in the floods.", "en")
    b = (None, "Chancellor Olaf Scholz said 120 people died in the floods.", "en")
    f = _features(a, b)
    assert f["person_disjoint"] == 1.0 and f["num_disjoint"] == 1.0
    assert f["num_cover"] == 0.0


def test_shipped_model_is_calibrated_and_time_aware() -> None:
    model = SameEventModel.load()
    assert model is not None and isinstance(model, LinkModel)
    assert 0.0 < model.threshold < 1.0 and model.encoder
    x = np.zeros((4, len(FEATURES)))
    x[:, 0] = [0.1, 0.8, 0.8, 0.8]
    x[:, 1] = [0.80, 0.93, 0.93, 0.93]
    x[:, -2:] = 1.0
    low, high = model.probability(x[:2])
    assert low < model.threshold <= high or low < high
    near, unknown, far = model.probability(x[1:], [1.0, None, 700.0])
    assert far < unknown < near, "an unknown date is neither close nor far"
    lines = model.explain(x[3], 700.0)
    assert lines[-1].endswith("published 700 days apart") and lines[-1].startswith("-")


def test_old_weights_fail_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"features": ["cos_c"], "logistic": {}}), encoding="utf-8")
    try:
        LinkModel.load(path)
    except ValueError as exc:
        assert "retrain" in str(exc)
    else:  # pragma: no cover - the test fails here
        raise AssertionError("old weights must be refused")


def test_platt_and_reliability() -> None:
    rng = np.random.default_rng(0)
    logits = rng.normal(size=400) * 3
    truth = (rng.random(400) < 1 / (1 + np.exp(-logits / 3))).astype(float)
    a, b = platt(logits, truth)
    assert 0.15 < a < 0.6 and abs(b) < 0.5  # the true slope is 1/3
    curve = reliability(truth, 1 / (1 + np.exp(-(a * logits + b))), bins=5)
    assert sum(c["n"] for c in curve) == 400
    assert all(abs(c["predicted"] - c["observed"]) < 0.2 for c in curve if c["n"] > 40)


def test_figures_count_hard_negatives_and_languages() -> None:
    rows = [
        PairRow("a", "b", "en", "en", "", "", {"Overall": 1.0, "Entities": 1.0}),
        PairRow("c", "d", "en", "zh", "", "", {"Overall": 1.25}),
        PairRow("e", "f", "de", "de", "", "", {"Overall": 3.5, "Entities": 1.5}),
        PairRow("g", "h", "es", "it", "", "", {"Overall": 4.0, "Entities": 4.0}),
    ]
    assert [hard_negative(r.gold) for r in rows] == [False, False, True, False]
    out = same_event_figures(rows, [0.9, 0.4, 0.7, 0.1], 0.5)
    assert out["hard_negative_false_join_rate"] == 1.0 and out["n_hard_negatives"] == 1
    assert out["crosslingual"]["recall"] == 0.0 and out["monolingual"]["recall"] == 1.0
    assert out["precision"] == 0.5 and out["brier"] > 0


def test_training_on_tiny_csv_gives_a_loadable_calibrated_model(tmp_path: Path) -> None:
    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    params, cv = train_link_model(csv_path, HashingEncoder(dim=64), folds=3)
    assert params["features"] == list(FEATURES) and params["encoder"] == "hashing-64-3"
    assert params["calibration"]["fitted_on"] == "out-of-fold logits"
    assert len(cv["predictions"]) == 15 and "first_796" in cv
    path = tmp_path / "linker.json"
    path.write_text(json.dumps(params), encoding="utf-8")
    model = LinkModel.load(path)
    assert model.encoder == "hashing-64-3" and model.prior_mean("hashing-64-3", 64) is not None
