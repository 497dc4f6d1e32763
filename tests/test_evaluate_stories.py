"""Story clustering metrics on hand-computed examples, and the eval-stories run."""

from __future__ import annotations

import json

import pytest

from storyline.encode import HashingEncoder
from storyline.evaluate.stories import (
    StoryEvalError,
    bcubed_scores,
    evaluate_clustering,
    evaluate_stories_file,
    pairwise_scores,
    read_story_records,
)

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2}
PRED = {"a": "x", "b": "x", "c": "y", "d": "y"}
LANGS = {"a": "en", "b": "fa", "c": "en", "d": "en"}


def test_pairwise_by_hand():
    # predicted pairs ab, cd; gold pairs ab, ac, bc; correct: ab
    scores = pairwise_scores(PRED, GOLD)
    assert (scores["pairs_predicted"], scores["pairs_gold"], scores["pairs_correct"]) == (2, 3, 1)
    assert scores["precision"] == 0.5 and scores["recall"] == 0.3333 and scores["f1"] == 0.4


def test_pairwise_cross_and_monolingual_by_hand():
    # cross-lingual gold pairs: ab, bc; predicted: ab (correct)
    cross = pairwise_scores(PRED, GOLD, LANGS, "cross")
    assert (cross["precision"], cross["recall"], cross["f1"]) == (1.0, 0.5, 0.6667)
    # monolingual gold pairs: ac; predicted: cd (wrong)
    mono = pairwise_scores(PRED, GOLD, LANGS, "mono")
    assert (mono["precision"], mono["recall"]) == (0.0, 0.0)


def test_bcubed_by_hand():
    # precision per item 1, 1, 1/2, 1/2; recall 2/3, 2/3, 1/3, 1
    scores = bcubed_scores(PRED, GOLD)
    assert scores == {"precision": 0.75, "recall": 0.6667, "f1": 0.7059}


def test_perfect_and_items_missing_from_one_side():
    assert bcubed_scores(GOLD, GOLD)["f1"] == 1.0
    result = evaluate_clustering({**PRED, "z": "q"}, GOLD, {**LANGS, "z": "de"})
    assert result["n_articles"] == 4 and result["n_predicted_stories"] == 2


def test_cross_needs_languages():
    with pytest.raises(ValueError):
        pairwise_scores(PRED, GOLD, None, "cross")


def _write(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    return path


def test_evaluate_file_with_a_stand_in_encoder(tmp_path):
    flood = "Heavy rain flooded the streets of Porto Alegre and closed schools across the city."
    chess = "The chess champion won the final game in Madrid after six hours of play."
    records = [
        {"id": "1", "text": flood, "lang": "en", "published": "2025-03-01", "story": "flood"},
        {"id": "2", "text": flood + " Rivers rose.", "lang": "en", "story": "flood"},
        {"id": "3", "text": chess, "lang": "en", "published": "2025-03-02", "story": "chess"},
    ]
    result = evaluate_stories_file(_write(tmp_path / "g.jsonl", records), encoder=HashingEncoder())
    assert result["n_records"] == 3 and result["failed"] == []
    assert result["n_articles"] == 3 and result["n_gold_stories"] == 2
    assert result["pairwise"]["f1"] == 1.0 and result["bcubed"]["f1"] == 1.0
    assert set(result) >= {"pairwise_crosslingual", "pairwise_monolingual", "bcubed"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "1", "text": "x"}\n', "line 1: missing field(s) story"),
        ("not json\n", "line 1: invalid JSON"),
        (
            '{"id": 1, "text": "x", "story": "a"}\n{"id": 1, "text": "y", "story": "a"}\n',
            "line 2: duplicate id '1'",
        ),
        ("\n", "no records"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(StoryEvalError) as info:
        read_story_records(path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(StoryEvalError, match="cannot read"):
        read_story_records(tmp_path / "nope.jsonl")
