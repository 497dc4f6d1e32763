"""Sentence alignment: logic on hand-made vectors, and the real encoder on fixtures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.coverage import align_sentences, corpus_mean
from storyline.evaluate.coverage import gold_pairs, load_aligned_reports

FIXTURES = Path(__file__).parent / "fixtures" / "alignment"


def _basis(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    return q[:n]


def test_reordered_and_dropped_sentences_align_to_their_counterparts() -> None:
    base = _basis(6)
    rng = np.random.default_rng(1)
    order = [4, 0, 2, 5, 1]  # sentence 3 dropped, the rest shuffled
    vb = base[order] + 0.05 * rng.normal(size=(5, 32))
    al = align_sentences(["s"] * 6, base, ["t"] * 5, vb)
    assert sorted((i, j) for i, j, _ in al.pairs()) == sorted(
        (src, pos) for pos, src in enumerate(order)
    )
    assert al.unaligned_a == [3]
    assert al.unaligned_b == []


def test_added_sentence_stays_unaligned() -> None:
    base = _basis(6)
    vb = np.vstack([base[:4], _basis(8, seed=9)[7]])  # an unrelated extra sentence
    al = align_sentences(["s"] * 4, base[:4], ["t"] * 5, vb)
    assert al.unaligned_b == [4]
    assert [(g.a_idx, g.b_idx) for g in al.groups] == [((k,), (k,)) for k in range(4)]


def test_merged_sentence_aligns_one_to_many_in_both_directions() -> None:
    base = _basis(5)
    merged = np.vstack([base[0], base[1] + base[2], base[3], base[4]])
    al = align_sentences(["s"] * 5, base, ["t"] * 4, merged)
    assert ((1, 2), (1,)) in [(g.a_idx, g.b_idx) for g in al.groups]
    rev = align_sentences(["t"] * 4, merged, ["s"] * 5, base)
    assert ((1,), (1, 2)) in [(g.a_idx, g.b_idx) for g in rev.groups]


def test_shape_mismatch_and_empty_inputs() -> None:
    with pytest.raises(ValueError):
        align_sentences(["a", "b"], np.zeros((1, 4)), ["c"], np.zeros((1, 4)))
    al = align_sentences([], np.zeros((0, 4)), ["c"], np.ones((1, 4)))
    assert al.groups == [] and al.unaligned_b == [0]


def test_fixture_gold_marks_merged_sentences_twice() -> None:
    reports = load_aligned_reports(FIXTURES)
    assert len(reports) >= 6
    en, fa = reports["r1-mosul-flood"][0], reports["r1-mosul-flood"][1]
    gold = gold_pairs(en, fa)
    merged_fa = next(j for j, s in enumerate(fa["sentences"]) if len(s["facts"]) == 2)
    assert sum(1 for _, j in gold if j == merged_fa) == 2


@pytest.fixture(scope="module")
def encoder():  # noqa: ANN201
    from storyline.encode import get_encoder

    return get_encoder("e5-small")


@pytest.mark.parametrize(
    ("report", "la", "lb"), [("r3-geneva-talks", "fa", "en"), ("r1-mosul-flood", "ar", "ru")]
)
def test_real_encoder_aligns_fixture_pair(encoder, report: str, la: str, lb: str) -> None:  # noqa: ANN001
    versions = {d["lang"]: d for d in load_aligned_reports(FIXTURES)[report]}
    x, y = versions[la], versions[lb]
    sx = [s["text"] for s in x["sentences"]]
    sy = [s["text"] for s in y["sentences"]]
    al = align_sentences(
        sx, encoder.encode(sx), sy, encoder.encode(sy), mean=corpus_mean(encoder.name)
    )
    pred = {(i, j) for i, j, _ in al.pairs()}
    gold = gold_pairs(x, y)
    assert len(pred & gold) / len(pred) >= 0.85
    assert len(pred & gold) / len(gold) >= 0.8


def test_real_encoder_finds_little_between_unrelated_reports(encoder) -> None:  # noqa: ANN001
    reports = load_aligned_reports(FIXTURES)
    x = reports["r2-turkey-rates"][0]["sentences"]
    y = reports["r5-herat-quake"][2]["sentences"]  # Persian, another event
    sx, sy = [s["text"] for s in x], [s["text"] for s in y]
    al = align_sentences(
        sx, encoder.encode(sx), sy, encoder.encode(sy), mean=corpus_mean(encoder.name)
    )
    assert len(al.groups) <= 1
