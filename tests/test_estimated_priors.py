"""Estimated centring priors for languages no store of news measures (issue 14, session 28).

The shipped model file carries measured priors for 11 languages and estimated
ones for others (Hebrew, Swedish, Czech...), from babel's country and language
names: the measured priors' mean plus each language's names direction.
"""

from __future__ import annotations

import json
from importlib import resources

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import RunningMean
from storyline.training.estimated_means import (
    ENCODER_LANGUAGES,
    MIN_OWN_NAMES,
    estimated_languages,
    estimated_priors,
    leave_one_out,
    main,
    own_names,
    parallel_names,
)


def _shipped() -> dict:
    text = resources.files("storyline.data").joinpath("linker.json").read_text("utf-8")
    return json.loads(text)["lang_means"]


def test_the_names_are_parallel_and_in_each_language() -> None:
    he, en, cs = parallel_names("he"), parallel_names("en"), parallel_names("cs")
    assert len(he) == len(en) == len(cs)
    assert "ישראל" in " ".join(he) and "Česko" in " ".join(cs) and "Israel" in " ".join(en)
    assert parallel_names("no") == parallel_names("nb")  # storyline's code, babel's


def test_an_estimate_is_only_made_where_no_prior_is_measured() -> None:
    enc = HashingEncoder(dim=16)
    measured = {"en": np.full(16, 0.25), "ru": np.zeros(16), "zh": np.full(16, -0.5)}
    out = estimated_priors(enc, measured, ["he", "sv", "ru"])
    assert sorted(out) == ["he", "sv"]
    assert all(v.shape == (16,) and np.isfinite(v).all() for v in out.values())
    assert estimated_priors(enc, {}, ["he"]) == {}
    check = leave_one_out(enc, measured)
    assert sorted(check) == ["en", "ru", "zh"] and all(v["mean"] > 0 for v in check.values())


def test_the_shipped_model_has_measured_and_estimated_priors_apart() -> None:
    block = _shipped()
    source, priors = block["source"], block["e5-small"]
    measured = set(priors) - set(source["estimated"])
    assert {"en", "ar", "fa", "zh"} <= measured
    assert all(source["articles"].get(lang, 0) < 50 for lang in source["estimated"])
    assert {"he", "sv", "cs", "ja", "el"} <= set(source["estimated"]) <= set(priors)
    est = source["estimate"]
    assert est["leave_one_out_mean_distance"] < est["measured_mean_distance"]


def test_a_language_with_an_estimated_prior_is_centred_on_it() -> None:
    priors = {k: np.asarray(v) for k, v in _shipped()["e5-small"].items()}
    mean = RunningMean(dim=len(priors["en"]), lang_priors=priors)
    assert np.allclose(mean.value("he"), priors["he"])
    assert not np.allclose(mean.value("he"), mean.value())


def test_every_language_of_the_encoder_with_its_own_names_gets_an_estimate() -> None:
    langs = set(estimated_languages())
    # languages of the held-out corpora that session 28's hand-made list left out
    assert {"is", "eu", "am", "gu", "gl", "mn", "cy", "mk", "sq", "be", "ne", "af", "pa"} <= langs
    assert {"te", "si", "ky", "kn", "ml", "km", "my"} <= langs
    assert langs <= set(ENCODER_LANGUAGES) and "en" not in langs
    # a locale whose names are mostly English's would give English's direction
    assert own_names("sa") < MIN_OWN_NAMES and "sa" not in langs
    assert own_names("tl") < MIN_OWN_NAMES and own_names("fil") == own_names("tl")
    assert own_names("xx-not-a-locale") == 0


def test_the_shipped_model_carries_every_estimate() -> None:
    block = _shipped()
    priors, estimated = block["e5-small"], set(block["source"]["estimated"])
    measured = set(priors) - estimated
    assert estimated == set(estimated_languages()) - measured
    assert {"is", "eu", "am", "gu", "te", "si", "ky"} <= estimated
    assert "tg" not in priors  # Tajik is not among the encoder's languages


def test_the_command_refuses_a_missing_model_file(tmp_path, capsys) -> None:
    assert main(["--into", str(tmp_path / "none.json")]) == 2
    assert "no model file" in capsys.readouterr().err
