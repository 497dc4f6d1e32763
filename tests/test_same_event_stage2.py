"""Stage 2 of the one same-event probability: the similarity scorer's predicted Overall stacked
with the title+lead and sentence-alignment evidence (LinkModel.refine), trained on out-of-fold
and cross-validated on nested out-of-fold predictions."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.evaluate.pairs import same_event_probabilities, score_pairs
from storyline.link.align_evidence import (
    ALIGN_FEATURES,
    AlignSide,
    encode_align_side,
    pair_alignment,
    pair_similarity,
    similarity_of_overall,
)
from storyline.link.decide import FEATURES, LinkModel
from storyline.link.features import FEATURE_NAMES, PairSide, SideVectors
from storyline.link.scorer import PairScorer
from storyline.training.folds import cv_splits
from storyline.training.linker import train_link_model
from storyline.training.metrics import read_pairs
from storyline.training.scorer import BOOSTED, nested_overall, train_from_pairs

TEXTS = {
    "en": [
        "Syria allows Iraq to strike Islamic State inside its territory. Damascus said on Sunday "
        "that Baghdad may bomb 40 positions near Albu Kamal.",
        "Floods kill 12 in Dhaka as monsoon rains swamp Bangladesh. Rescuers searched all night.",
        "Lyon museum robbed of 3 paintings overnight. Police said the thieves broke a window.",
    ],
    "fa": [
        "سوریه به عراق اجازه داد مواضع داعش را در خاک این کشور بمباران کند. دمشق روز یکشنبه گفت.",
        "سیل در داکا ۱۲ کشته بر جای گذاشت. امدادگران تمام شب جست‌وجو کردند.",
        "سه تابلو از موزه لیون به سرقت رفت. پلیس گفت سارقان پنجره را شکستند.",
    ],
    "ru": [
        "Сирия разрешила Ираку наносить удары по ИГ на своей территории. Дамаск заявил в воскресенье.",
        "Наводнение в Дакке унесло 12 жизней. Спасатели работали всю ночь.",
        "Из музея в Лионе украли три картины. Полиция сообщила, что воры разбили окно.",
    ],
}


def _csv(path: Path) -> Path:
    """Pairs of three stories in three languages (same story: Overall 1, else 4)."""
    arts = [
        (f"{lang}{i}", lang, i, text) for lang, ts in TEXTS.items() for i, text in enumerate(ts)
    ]
    lines = ["pair_id,lang1,lang2,text1,text2,Overall,Entities"]
    for n, (a, la, ia, ta) in enumerate(arts):
        for b, lb, ib, tb in arts[n + 1 :]:
            overall = 1.0 if ia == ib else 4.0
            lines.append(f'{a}_{b},{la},{lb},"{ta}","{tb}",{overall},{1.5 if ia == ib else 3.0}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_nested_overall_never_uses_the_held_out_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BOOSTED, "n_trees", 30)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(60, len(FEATURE_NAMES)))
    gold = np.clip(2.5 + x[:, 0] + 0.3 * rng.normal(size=60), 1, 4)
    ids = [(f"a{i}", f"b{i}") for i in range(60)]
    train, test = list(range(45)), list(range(45, 60))
    first = nested_overall(x, gold, ids, train, np.full(15, 2.0), test)
    changed = gold.copy()
    changed[test] = 4.0 - changed[test]  # other gold on the held-out rows only
    second = nested_overall(x, changed, ids, train, np.full(15, 2.0), test)
    assert np.allclose(first[:45], second[:45]), "training rows' values saw the held-out gold"
    assert not np.isnan(first).any() and np.allclose(first[45:], 2.0)
    # and each training row's value comes from a model that did not see that row
    changed = gold.copy()
    changed[0] = 4.0 - changed[0]
    third = nested_overall(x, changed, ids, train, np.full(15, 2.0), test)
    assert third[0] == pytest.approx(first[0])


def test_training_stacks_the_similarity_and_keeps_weights_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(BOOSTED, "n_trees", 20)  # the same code path, fewer trees: a quick test
    csv_path = _csv(tmp_path / "pairs.csv")
    enc = HashingEncoder(dim=384)
    report = train_from_pairs(csv_path, encoder=enc, folds=3, nested=True)
    rows = [r for r in read_pairs(csv_path) if "Overall" in r.gold]
    assert report.oof_overall is not None and report.nested_overall is not None
    assert report.nested_overall.shape == (3, len(rows))
    # in each outer fold the test rows carry the plain out-of-fold predictions
    splits, _ = cv_splits([(r.id1, r.id2) for r in rows], folds=3, seed=0)
    for k, (_, test) in enumerate(splits):
        assert np.allclose(report.nested_overall[k, test], report.oof_overall[test])
    params, cv = train_link_model(
        csv_path, enc, folds=3, similarity=(report.oof_overall, report.nested_overall)
    )
    assert params["aligned"]["features"] == list(FEATURES + ALIGN_FEATURES)
    assert params["aligned_without_similarity"]["features"] == list(FEATURES + ALIGN_FEATURES[:-1])
    assert {"aligned", "aligned_without_similarity"} <= set(cv)
    assert cv["aligned"]["all"]["n"] == cv["all"]["n"]
    path = tmp_path / "linker.json"
    path.write_text(json.dumps(params), encoding="utf-8")
    model = LinkModel.load(path)
    assert model.aligned is not None and model.aligned_plain is not None
    with pytest.raises(ValueError, match="similarity predictions"):
        train_link_model(csv_path, enc, folds=3, similarity=(report.oof_overall[:3], np.zeros(3)))
    plain, _ = train_link_model(csv_path, enc, folds=3)
    assert "aligned" not in plain and "aligned_without_similarity" in plain
    # a kept title+lead stage: its weights, threshold and figures; stage 2 reported at its threshold
    kept = {**plain, "threshold": 0.73, "cv": {**plain["cv"], "all": {"f1": 0.123}}}
    again, cv2 = train_link_model(
        csv_path,
        enc,
        folds=3,
        similarity=(report.oof_overall, report.nested_overall),
        stage1=kept,
    )
    assert again["logistic"] == plain["logistic"] and again["threshold"] == 0.73
    assert cv2["all"] == {"f1": 0.123} and cv2["aligned"]["all"]["threshold"] == 0.73
    assert again["aligned"]["logistic"] == params["aligned"]["logistic"]
    with pytest.raises(ValueError, match="other features"):
        train_link_model(csv_path, enc, folds=3, stage1={**plain, "features": ["x"]})


def test_refine_rises_with_the_similarity_and_falls_back_without_it() -> None:
    model = LinkModel.load()
    assert model.aligned is not None and model.aligned_plain is not None
    # refined decisions let no more hard negatives in than the title+lead stage: a higher bar
    recorded = model.params["cv"]
    assert model.refine_threshold >= model.threshold
    assert (
        recorded["aligned"]["all"]["hard_negative_false_join_rate"]
        <= recorded["all"]["hard_negative_false_join_rate"]
    )
    x = np.zeros((3, len(FEATURES)))
    x[:, :2] = 0.4, 0.86
    align = np.zeros((3, len(ALIGN_FEATURES)))
    align[:, :4] = 0.5, 0.55, 0.6, 0.5
    align[:, -1] = (
        similarity_of_overall(3.5),
        similarity_of_overall(2.0),
        similarity_of_overall(1.2),
    )
    low, mid, high = model.refine(x, align)
    assert low < mid < high
    align[:, -1] = np.nan
    without = model.refine(x, align)
    params = dict(model.params)
    params.pop("aligned")
    only_plain = LinkModel(params)
    assert np.allclose(without, only_plain.refine(x, align))
    assert np.allclose(without, only_plain.refine(x, align[:, :-1]))  # rows without the column


def test_pair_similarity_is_the_scorers_predicted_overall() -> None:
    enc = HashingEncoder(dim=384)
    text_a, text_b = TEXTS["en"][0], TEXTS["ru"][0]
    a = encode_align_side(enc, "en", "Iraq strikes", text_a.split(". "), text=text_a)
    b = encode_align_side(enc, "ru", None, text_b.split(". "), text=text_b)
    scorer = PairScorer.load()
    expected = scorer.score(
        PairSide(text_a, "en", "Iraq strikes"),
        PairSide(text_b, "ru"),
        SideVectors(a.doc, a.head, a.sentences),  # type: ignore[arg-type]
        SideVectors(b.doc, b.head, b.sentences),  # type: ignore[arg-type]
    ).overall
    assert pair_similarity(a, b) == pytest.approx(similarity_of_overall(expected))
    assert pair_alignment(a, b)[-1] == pytest.approx(pair_similarity(a, b))
    bare = AlignSide("en", a.head, a.sentences, a.texts)  # no title+lead vector
    assert math.isnan(pair_similarity(a, bare)) and math.isnan(float(pair_alignment(a, bare)[-1]))


def test_eval_pairs_reports_the_sentence_level_decision(tmp_path: Path) -> None:
    csv_path = _csv(tmp_path / "pairs.csv")
    rows = read_pairs(csv_path)
    enc = HashingEncoder(dim=384)
    full = score_pairs(rows, encoder=enc)
    first = score_pairs(rows, encoder=enc, similarity=False)
    model = LinkModel.load()
    stage1 = same_event_probabilities(rows, model, enc)
    assert np.allclose([p["same_event_probability"] for p in first], stage1.round(4), atol=1e-4)
    got = np.array([p["same_event_probability"] for p in full])
    assert not np.allclose(got, stage1, atol=1e-3), "with sentences the decision is stage 2"
    # stage-2 decisions join at the refined bar, stage-1 ones at the title+lead threshold
    assert all(p["joins_at"] == model.refine_threshold for p in full)
    assert all(
        p["same_event"] == (p["same_event_probability"] >= model.refine_threshold) for p in full
    )
    assert all(p["same_event"] == (p["same_event_probability"] >= model.threshold) for p in first)
