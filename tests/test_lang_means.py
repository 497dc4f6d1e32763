"""Per-language centring priors: shipped in linker.json, used by every RunningMean."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from storyline.article import Article
from storyline.link.decide import LinkModel, RunningMean
from storyline.store import Store
from storyline.training.lang_means import language_means, main, write_into


def test_shipped_model_has_priors_for_the_core_languages() -> None:
    model = LinkModel.load()
    priors = model.running_mean("e5-small", 384).lang_priors
    assert {"en", "ar", "fa", "ru", "zh", "tr", "es", "de", "fr"} <= set(priors)
    overall = model.prior_mean("e5-small", 384)
    assert overall is not None
    for lang, vec in priors.items():
        assert vec.shape == (384,)
        # a mean of unit vectors: shorter than one, close to (not equal to) the overall mean
        assert 0.5 < float(np.linalg.norm(vec)) < 1.0, lang
        cos = float(vec @ overall / np.linalg.norm(vec) / np.linalg.norm(overall))
        assert 0.9 < cos < 0.9999, lang


def test_a_language_mean_starts_at_its_prior_and_moves_with_its_articles() -> None:
    zh = np.array([0.0, 1.0])
    mean = RunningMean(dim=2, prior=np.array([1.0, 0.0]), lang_priors={"zh": zh})
    assert mean.value("zh").tolist() == [0.0, 1.0]
    assert mean.value("fa").tolist() == [1.0, 0.0]  # no prior: the overall mean
    mean.add(np.array([[1.0, 1.0]] * 20), ["zh"] * 20)
    # twenty articles weigh as much as the prior
    assert mean.value("zh").round(3).tolist() == [0.5, 1.0]
    mean.add(np.array([[1.0, 1.0]]), ["fa"])
    assert mean.value("fa")[1] > 0.0  # without a prior it shrinks toward the overall mean


def test_a_prior_of_another_dimension_is_ignored() -> None:
    mean = RunningMean(dim=2, lang_priors={"zh": np.ones(3)})
    assert mean.value("zh").tolist() == mean.value().tolist()
    assert LinkModel.load().running_mean("e5-small", 8).lang_priors == {}


SHIPPED = Path(str(resources.files("storyline") / "data" / "linker.json"))


def _store_with(langs: list[str], vectors: np.ndarray) -> Store:
    store = Store(":memory:")
    for i, (lang, vec) in enumerate(zip(langs, vectors, strict=True)):
        article = Article(
            id=f"a{i:015d}", text=f"text {i}", text_original="", lang=lang, lang_confidence=1.0
        )
        store.add_article(article)
        store.put_doc_vectors([(article.id, vec)], "m@400")
    return store


def test_language_means_keep_languages_with_enough_articles() -> None:
    store = _store_with(["fa", "fa", "fa", "ko"], np.eye(4)[[0, 1, 1, 3]])
    means, counts = language_means(store, "m@400", min_articles=3)
    assert counts == {"fa": 3, "ko": 1}
    assert list(means) == ["fa"]
    assert means["fa"].round(3).tolist() == [0.333, 0.667, 0.0, 0.0]
    assert language_means(store, "other@400", min_articles=1) == ({}, {"fa": 0, "ko": 0})


def test_write_into_keeps_the_rest_of_the_model(tmp_path: Path) -> None:
    path = tmp_path / "linker.json"
    shutil.copy(SHIPPED, path)
    before = json.loads(path.read_text(encoding="utf-8"))
    write_into(path, "m", {"fa": np.array([0.5, 0.25])}, {"store": "s.db"})
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["lang_means"]["m"] == {"fa": [0.5, 0.25]}
    assert after["lang_means"]["source"] == {"store": "s.db"}
    assert {k: v for k, v in after.items() if k != "lang_means"} == {
        k: v for k, v in before.items() if k != "lang_means"
    }
    model = LinkModel.load(path)
    assert model.running_mean("m", 2).lang_priors["fa"].tolist() == [0.5, 0.25]


def test_command_line_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    model = tmp_path / "linker.json"
    shutil.copy(SHIPPED, model)
    assert main([str(tmp_path / "missing.db"), "--into", str(model)]) == 2
    assert capsys.readouterr().err.strip() == f"error: no store at {tmp_path / 'missing.db'}"
    db = tmp_path / "s.db"
    with Store(db):
        pass
    assert main([str(db), "--into", str(model)]) == 1
    assert "no language has 50 articles" in capsys.readouterr().err
    assert json.loads(model.read_text(encoding="utf-8")) == json.loads(
        SHIPPED.read_text(encoding="utf-8")
    )


@pytest.mark.parametrize("settle", [False, True])
def test_a_batch_s_merges_are_scored_with_its_final_running_mean(
    monkeypatch: pytest.MonkeyPatch, settle: bool
) -> None:
    """Pairs scored early in a batch used a running mean that lacked the later articles;
    consolidation at the batch's end scores them again (the sample's Persian corridor report
    stayed alone on a stale 0.47 where the batch's own means give 0.51), also when ``settle``
    finds nothing older to link again."""
    from storyline.encode import HashingEncoder
    from storyline.link.tracker import Tracker
    from storyline.link.tracker_config import TrackerConfig

    store = Store(":memory:")
    texts = {
        "en": "Russia, Iran and Azerbaijan sign a corridor deal in Baku on Tuesday.",
        "ru": "Россия, Иран и Азербайджан подписали в Баку соглашение о коридоре.",
        "fa": "ایران، روسیه و جمهوری آذربایجان در باکو توافق کریدور را امضا کردند.",
    }
    for lang, text in texts.items():
        article = Article(
            id=f"{lang}{'0' * 14}", text=text, text_original=text, lang=lang, lang_confidence=1.0
        )
        store.add_article(article)
    tracker = Tracker(store, HashingEncoder(dim=32), TrackerConfig(settle=settle))
    seen: list[int] = []
    original = tracker.consolidate

    def consolidate(story_ids=None):  # type: ignore[no-untyped-def]
        seen.append(len(tracker._pairs))
        return original(story_ids)

    monkeypatch.setattr(tracker, "consolidate", consolidate)
    tracker.link_pending()
    assert seen == [0]


def test_a_story_s_centroid_is_centred_on_its_members_language_means() -> None:
    """A story of one English report: its centroid is that report, and against it a Persian
    report scores as against the report itself (before, the centroid was centred on the
    overall mean and kept English's own direction: the seeds' pair fell to 0.59 < 0.60)."""
    from storyline.encode import HashingEncoder
    from storyline.link.ports import LinkRow
    from storyline.link.tracker import Tracker

    rng = np.random.default_rng(0)
    tracker = Tracker(Store(":memory:"), HashingEncoder(dim=16))
    tracker.mean.add(rng.normal(size=(30, 16)) + 2.0, ["en"] * 30)
    tracker.mean.add(rng.normal(size=(30, 16)) - 2.0, ["fa"] * 30)
    unit = [v / np.linalg.norm(v) for v in rng.normal(size=(2, 16))]
    en = LinkRow(1, "a" * 16, "en", None, unit[0], None, None)
    fa = LinkRow(2, "b" * 16, "fa", None, unit[1], None, None)
    pair = tracker._pair_probs(fa, [en])
    centroid = tracker._pair_probs(fa, [en], en.doc, None, ["en"])
    overall = tracker._pair_probs(fa, [en], en.doc, None)
    assert centroid == pytest.approx(pair)
    assert overall != pytest.approx(pair)


def test_a_retrained_model_keeps_the_priors_measured_apart(tmp_path: Path) -> None:
    """Training on pairs cannot measure the priors: the new file keeps the old file's,
    else the shipped ones (``python -m storyline.training.linker`` and ``storyline train``)."""
    from storyline.training.lang_means import carried_priors

    old = tmp_path / "linker.json"
    old.write_text(json.dumps({"lang_means": {"m": {"xx": [1.0, 0.0]}}}), encoding="utf-8")
    assert carried_priors(old, None) == {"m": {"xx": [1.0, 0.0]}}
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({"threshold": 0.6}), encoding="utf-8")
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))["lang_means"]
    assert carried_priors(bare, None) == shipped
    assert carried_priors(tmp_path / "missing.json", None) == shipped
    assert carried_priors(bare) is None
