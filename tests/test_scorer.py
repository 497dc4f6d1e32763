"""Pair scorer with the shipped weights; training and evaluation on tiny synthetic pairs."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from storyline.encode import E5Encoder, HashingEncoder, doc_text_for_linking
from storyline.evaluate.pairs import evaluate_pairs, same_event_probabilities, score_pairs
from storyline.link.align_evidence import ALIGN_CHARS, MAX_ALIGN_SENTENCES
from storyline.link.decide import LinkModel
from storyline.link.features import FEATURE_NAMES, MAX_SENTENCES, PairSide, side_texts
from storyline.link.scorer import DIMENSIONS, PairScorer
from storyline.link.vectors import LEAD_CHARS
from storyline.training.folds import fold_of_pairs
from storyline.training.metrics import read_pairs
from storyline.training.scorer import train_from_pairs

EVENT = {
    "en": (
        "Syria allows Iraq to strike Islamic State inside its territory",
        "Syrian President Bashar al-Assad has authorised the Iraqi army to strike Islamic "
        "State positions inside Syria without asking Damascus first. Iraqi officials in "
        "Baghdad said about 500 fighters are hiding near Albu Kamal on the border.",
    ),
    "fa": (
        "سوریه به عراق اجازه حمله به داعش در خاک خود را داد",
        "بشار اسد، رئیس‌جمهور سوریه، به ارتش عراق اجازه داد بدون کسب اجازه از دمشق مواضع "
        "داعش را در خاک سوریه هدف قرار دهد. مقام‌های عراقی در بغداد گفتند حدود ۵۰۰ جنگجو "
        "در نزدیکی البوکمال در مرز پنهان شده‌اند.",
    ),
    "ar": (
        "سوريا تسمح للعراق بضرب داعش داخل أراضيها",
        "أذن الرئيس السوري بشار الأسد للجيش العراقي بضرب مواقع تنظيم الدولة الإسلامية داخل "
        "سوريا دون الرجوع إلى دمشق. وقال مسؤولون عراقيون في بغداد إن نحو ٥٠٠ مقاتل يختبئون "
        "قرب البوكمال على الحدود.",
    ),
    "ru": (
        "Сирия разрешила Ираку бить по ИГ на своей территории",
        "Президент Сирии Башар Асад разрешил иракской армии наносить удары по позициям "
        "ИГ в Сирии без согласования с Дамаском. Иракские чиновники в Багдаде заявили, что "
        "около 500 боевиков скрываются у Абу-Кемаля на границе.",
    ),
}
UNRELATED = {
    "de": (
        "Bayern gewinnt den Pokal",
        "Der FC Bayern München hat das Pokalfinale in Berlin gegen RB Leipzig mit 3:1 "
        "gewonnen. Trainer Thomas Tuchel lobte die Mannschaft vor 75.000 Zuschauern.",
    ),
    "fa": (
        "افزایش قیمت گوجه‌فرنگی در بازار تهران",
        "قیمت گوجه‌فرنگی در میادین میوه و تره‌بار تهران در هفته گذشته دو برابر شد و "
        "فروشندگان کمبود عرضه از جنوب کشور را دلیل آن دانستند.",
    ),
}


def side(lang: str, item: tuple[str, str]) -> PairSide:
    return PairSide(text=item[1], lang=lang, title=item[0])


@pytest.fixture(scope="module")
def scorer() -> PairScorer:
    return PairScorer.load()


def test_shipped_weights_describe_themselves(scorer: PairScorer) -> None:
    assert scorer.feature_names == FEATURE_NAMES
    assert scorer.encoder_name == "e5-small"
    assert set(DIMENSIONS) <= set(scorer.regressors)
    cv = scorer.params["cv"]
    assert cv["n"] > 0 and -1.0 <= cv["pearson"] <= 1.0
    assert len(scorer.params["training"]["sha256"]) == 64


def test_same_event_ranks_above_unrelated_across_languages(scorer: PairScorer) -> None:
    enc = E5Encoder()
    en = side("en", EVENT["en"])
    for lang in ("fa", "ar", "ru"):
        same = scorer.score(en, side(lang, EVENT[lang]), encoder=enc)
        for other_lang, item in UNRELATED.items():
            other = scorer.score(side(lang, EVENT[lang]), side(other_lang, item), encoder=enc)
            assert same.overall < other.overall, (lang, other_lang)
        assert 1.0 <= same.overall <= 4.0
        assert set(same.dimensions) == set(DIMENSIONS)
        # cross-script pairs score lower than monolingual ones (see the report), but
        # a translation of the same story is still rated on the "similar" side
        assert same.overall < 2.5, (lang, same.overall)


def test_an_old_article_is_rated_less_similar_in_time(scorer: PairScorer) -> None:
    enc = E5Encoder()
    a = PairSide(EVENT["en"][1], "en", EVENT["en"][0], published="2018-12-30T10:00:00+00:00")
    near = PairSide(EVENT["ru"][1], "ru", EVENT["ru"][0], published="2018-12-31T10:00:00+00:00")
    far = PairSide(EVENT["ru"][1], "ru", EVENT["ru"][0], published="2019-06-30T10:00:00+00:00")
    s_near, s_far = (scorer.score(a, x, encoder=enc) for x in (near, far))
    assert s_far.overall > s_near.overall
    assert s_far.dimensions["Time"] > s_near.dimensions["Time"]


def test_the_scorer_gives_no_same_event_probability_and_reads_old_files(
    scorer: PairScorer, tmp_path: Path
) -> None:
    # the same-event probability is LinkModel's alone (issue 14 item 1); weights files
    # written before carry an unused same_event block: still loadable, the block ignored
    assert "same_event_probability" not in scorer.score_features({}).to_dict()
    old = tmp_path / "old-scorer.json"
    legacy = {"kind": "logistic", "coef": [1.0], "intercept": 0.0, "threshold": 0.34}
    old.write_text(json.dumps({**scorer.params, "same_event": legacy}), encoding="utf-8")
    f = {**dict.fromkeys(scorer.feature_names, 0.0), "cos_doc": 0.9}
    assert PairScorer.load(old).score_features(f) == scorer.score_features(f)


def test_folds_never_share_an_article() -> None:
    pairs = [("a", "b"), ("b", "c"), ("d", "e"), ("f", "g"), ("g", "a"), ("h", "i")]
    folds = fold_of_pairs(pairs, folds=3, seed=1)
    for k in set(folds):
        inside = {x for p, f in zip(pairs, folds, strict=True) if f == k for x in p}
        outside = {x for p, f in zip(pairs, folds, strict=True) if f != k for x in p}
        assert not inside & outside


def _tiny_csv(path: Path) -> Path:
    items = list(EVENT.items()) + list(UNRELATED.items())
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["pair_id", "lang1", "lang2", "text1", "text2", "Overall", "Geography"])
        n = 0
        for i, (la, a) in enumerate(items):
            for j, (lb, b) in enumerate(items):
                if i < j:
                    same = i < 4 and j < 4
                    gold = 1.0 + (i + j) % 2 * 0.25 if same else 3.5 + (i * j) % 3 * 0.25
                    out.writerow(
                        [f"{i}_{j}", la, lb, f"{a[0]}\n{a[1]}", f"{b[0]}\n{b[1]}", gold, gold]
                    )
                    n += 1
    return path


def test_training_on_tiny_csv_writes_loadable_weights(tmp_path: Path) -> None:
    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    out = tmp_path / "w" / "scorer.json"
    report = train_from_pairs(
        csv_path,
        encoder=HashingEncoder(dim=384),
        cache_dir=tmp_path / "cache",
        folds=3,
        out_path=out,
    )
    # six articles all linked to each other: CV deals articles to folds
    assert report.n_pairs == 15 and 0 < report.n_evaluated < 15
    assert report.cv["split"] == "by article (articles)" and report.cv["n"] == report.n_evaluated
    from_overall = report.cv["same_event_from_overall"]  # the predicted Overall as evidence
    assert 0.0 <= from_overall["f1"] <= 1.0 and from_overall["calibration"]["a"] != 0.0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["feature_names"] == list(FEATURE_NAMES)
    assert len(saved["doc_mean"]) == 384 and saved["cv"]["folds"] == 3
    assert "same_event" not in saved and "same_event" not in saved["cv"]
    assert (tmp_path / "cache" / "vectors.sqlite").exists()
    trained = PairScorer.load(out)
    assert set(trained.regressors) == {"Overall", "Geography"}
    res = trained.score(
        side("en", EVENT["en"]), side("de", UNRELATED["de"]), encoder=HashingEncoder(dim=384)
    )
    assert 1.0 <= res.overall <= 4.0 and set(res.dimensions) == {"Geography"}
    evaluated = evaluate_pairs(csv_path, scorer=trained, encoder=HashingEncoder(dim=384))
    assert evaluated["in_sample"] is True and evaluated["n"] == 15
    # six articles: each one's lead, headline and sentences, encoded once for both models
    assert evaluated["encoding"]["articles"] == 6 and evaluated["encoding"]["texts"] > 12
    assert evaluated["encoding"]["seconds"] >= 0.0
    assert {"fa-fa", "de-en", "en-fa"} <= set(evaluated["by_language_pair"])
    assert evaluated["dimensions"]["Geography"]["n"] == 15
    assert set(evaluated["same_event"]) >= {"f1", "precision", "recall", "n"}


class _Counting:
    """An encoder that records every text it is asked to encode."""

    def __init__(self) -> None:
        self.inner = HashingEncoder(dim=384)
        self.name, self.dim = self.inner.name, self.inner.dim
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return self.inner.encode(texts)


def test_scorer_document_text_is_the_linking_lead() -> None:
    long_sentence = "Palabra " * 80 + "final."
    art = PairSide(EVENT["fa"][1] + " " + long_sentence * 20, "fa", EVENT["fa"][0])
    doc, head, sents = side_texts(art)
    assert doc == doc_text_for_linking(art.title, art.text, LEAD_CHARS)
    assert head == EVENT["fa"][0]
    assert 0 < len(sents) <= MAX_SENTENCES == MAX_ALIGN_SENTENCES
    assert max(len(s) for s in sents) == ALIGN_CHARS


def test_eval_pairs_encodes_each_text_once_and_shares_the_leads(tmp_path: Path) -> None:
    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    enc = _Counting()
    rows = read_pairs(csv_path)
    preds = score_pairs(rows, encoder=enc)
    assert len(enc.seen) == len(set(enc.seen))  # the leads were not encoded a second time
    assert all(1.0 <= p["overall_pred"] <= 4.0 for p in preds)
    # without the similarity, the title+lead stage alone (the sentence-level stage, with the
    # predicted Overall among its evidence: tests/test_same_event_stage2.py)
    alone = same_event_probabilities(rows, LinkModel.load(), HashingEncoder(dim=384))
    first = score_pairs(rows, encoder=HashingEncoder(dim=384), similarity=False)
    got = np.array([p["same_event_probability"] for p in first])
    assert np.allclose(got, alone.round(4), atol=1e-4)
