"""Sentence-level same-event evidence (headlines, aligned first sentences) and LinkModel.refine,
on the sample corpus: real reports of one event in several scripts, and reports of another
occurrence of the same kind of event (hard negatives)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.api import article_from, same_event
from storyline.encode import HashingEncoder, get_encoder
from storyline.link.align_evidence import (
    ALIGN_FEATURES,
    MAX_ALIGN_SENTENCES,
    AlignSide,
    encode_align_side,
    pair_alignment,
)
from storyline.link.decide import FEATURES, SIGNS, LinkModel, RunningMean

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "storyline" / "sample" / "articles"


def _side(name: str) -> tuple[AlignSide, object]:
    art = article_from(SAMPLE / name)
    return encode_align_side(get_encoder("e5-small"), art.lang, art.title, art.sentences), art


def _mean(model: LinkModel) -> np.ndarray:
    enc = get_encoder("e5-small")
    mean = model.prior_mean(enc.name, enc.dim)
    assert mean is not None
    return mean


def test_reports_of_one_event_align_across_scripts() -> None:
    model = LinkModel.load()
    en, _ = _side("en-meridian-elazig-quake.txt")
    fa, _ = _side("fa-parsnegar-zelzele-elazig.txt")
    de, _ = _side("de-suedwest-kurier-maschinenbau-umfrage.txt")
    mean = _mean(model)
    same = dict(zip(ALIGN_FEATURES, pair_alignment(en, fa, mean, mean).tolist(), strict=True))
    other = dict(zip(ALIGN_FEATURES, pair_alignment(en, de, mean, mean).tolist(), strict=True))
    assert same["aligned"] >= np.log1p(2) - 1e-9, "the quake reports share sentences (en / fa)"
    assert other["aligned"] == 0.0, "a machinery survey shares none with a quake report"
    assert same["head_c"] > other["head_c"] and same["sent_top3"] > other["sent_top3"]
    assert len(en.texts) <= MAX_ALIGN_SENTENCES and en.sentences.shape[0] == len(en.texts)
    lines = model.explain_alignment(pair_alignment(en, fa, mean, mean))
    assert any("aligned one to one" in line for line in lines)


def test_refine_raises_an_aligned_pair_and_lowers_an_unaligned_one() -> None:
    model = LinkModel.load()
    assert model.can_refine
    x = np.zeros((2, len(FEATURES)))
    x[:, 0], x[:, 1] = 0.35, 0.85  # an ambiguous title+lead match, the same for both pairs
    en, _ = _side("en-rafidain-post-shatt-dredging.txt")
    fa, _ = _side("fa-sepehr-news-arvand-layrobi.txt")
    zh, _ = _side("zh-huanqiu-zonglan-keduoposi-huoshan.txt")
    mean = _mean(model)
    align = np.array([pair_alignment(en, fa, mean, mean), pair_alignment(en, zh, mean, mean)])
    refined = model.refine(x, align)
    base = model.probability(x)
    assert refined[0] > base[0] > refined[1]
    assert model.refine(x, align, [400.0, 400.0])[0] < refined[0], "the time term still applies"


def test_refine_without_alignment_weights_is_the_title_lead_probability() -> None:
    params = dict(LinkModel.load().params)
    params.pop("aligned")
    params.pop("aligned_without_similarity", None)
    model = LinkModel(params)
    x = np.random.default_rng(0).normal(size=(3, len(FEATURES)))
    assert not model.can_refine
    assert np.allclose(model.refine(x, np.zeros((3, len(ALIGN_FEATURES)))), model.probability(x))
    bad = {**LinkModel.load().params, "aligned": {"features": ["x"]}}
    with pytest.raises(ValueError, match="alignment weights"):
        LinkModel(bad)


def test_shipped_alignment_weights_have_the_expected_signs() -> None:
    model = LinkModel.load()
    assert model.aligned is not None
    coef = model.aligned[0].coef_
    names = FEATURES + ALIGN_FEATURES
    assert len(coef) == len(names)
    for name, w in zip(names, coef, strict=True):
        assert SIGNS.get(name, 1) * w >= 0 or SIGNS.get(name, 1) == 0, name


def test_same_event_uses_sentence_evidence_and_keeps_one_number() -> None:
    a = article_from(SAMPLE / "en-meridian-elazig-quake.txt")
    b = article_from(SAMPLE / "ar-meridian-zilzal-turkia.txt")
    out = same_event(a, b)
    assert out["same_event"] and out["probability"] >= out["threshold"]
    assert any("aligned" in line or "headline" in line for line in out["evidence"])
    assert set(out) == {"probability", "threshold", "same_event", "evidence"}


def test_alignment_features_are_symmetric() -> None:
    enc = HashingEncoder(dim=64)
    a = encode_align_side(enc, "en", "Floods in Dhaka", ["Floods killed 12 in Dhaka.", "Rain."])
    b = encode_align_side(enc, "en", None, ["In Dhaka floods killed 12 people.", "More rain."])
    mean = RunningMean(64).value()
    assert np.allclose(
        pair_alignment(a, b, mean, mean), pair_alignment(b, a, mean, mean), equal_nan=True
    )
