"""`storyline compare`, `storyline eval pairs` and `storyline train` from the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from tests.test_scorer import EVENT, UNRELATED, _tiny_csv

runner = CliRunner()


def _write(path: Path, item: tuple[str, str]) -> Path:
    path.write_text(f"{item[0]}\n\n{item[1]}\n", encoding="utf-8")
    return path


def test_compare_two_files_across_scripts(tmp_path: Path) -> None:
    en = _write(tmp_path / "en.txt", EVENT["en"])
    fa = _write(tmp_path / "fa.txt", EVENT["fa"])
    de = _write(tmp_path / "de.txt", UNRELATED["de"])
    db = str(tmp_path / "none.db")
    same = runner.invoke(app, ["compare", str(en), str(fa), "--db", db, "--json"])
    assert same.exit_code == 0, same.output
    full = json.loads(same.output)
    # one compare shape for the CLI and GET /api/compare (storyline.api.compare_articles)
    assert sorted(full) == ["a", "b", "coverage", "same_article", "score"]
    result = full["score"]
    assert 1.0 <= result["overall"] <= 4.0
    assert 0.0 <= result["same_event_probability"] <= 1.0
    assert "link_probability" not in result, "one same-event probability, not two"
    assert result["same_event"] == (result["same_event_probability"] >= result["joins_at"])
    assert result["evidence"] and result["evidence"][-1] == "date unknown"
    assert full["a"]["lang"] == "en" and full["b"]["lang"] == "fa"
    assert full["coverage"]["shared"], "the English and Persian reports share sentences"
    other = json.loads(
        runner.invoke(app, ["compare", str(en), str(de), "--db", db, "--json"]).output
    )["score"]
    assert other["overall"] > result["overall"]
    assert other["same_event_probability"] < result["same_event_probability"]
    assert not other["same_event"]
    human = runner.invoke(app, ["compare", str(en), str(fa), "--db", db])
    assert "Shared" in human.output and "same event" in human.output


def test_compare_stored_articles_and_bad_references(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    files = [_write(tmp_path / f"{lang}.txt", EVENT[lang]) for lang in ("en", "ru")]
    ingest = runner.invoke(
        app, ["ingest", *map(str, files), "--db", str(db), "--no-link", "--json"]
    )
    assert ingest.exit_code == 0, ingest.output
    ids = [
        a["id"]
        for a in json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).output)
    ]
    result = runner.invoke(app, ["compare", ids[0][:8], ids[1], "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert {json.loads(result.output)["b"]["lang"], json.loads(result.output)["a"]["lang"]} == {
        "en",
        "ru",
    }
    missing = runner.invoke(app, ["compare", "nosuchthing", ids[0], "--db", str(db)])
    assert missing.exit_code == 2
    assert "neither a file nor a stored article id" in missing.output


def test_eval_pairs_json(tmp_path: Path) -> None:
    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    result = runner.invoke(app, ["eval", "pairs", str(csv_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["n"] == 15 and -1.0 <= data["pearson"] <= 1.0
    assert {"en-fa", "de-en"} <= set(data["by_language_pair"])
    assert data["pearson"] > 0.5  # same-event pairs (gold 1-1.25) vs unrelated (3.5-4)
    same = data["same_event"]
    assert {"monolingual", "crosslingual", "brier", "hard_negative_false_join_rate"} <= set(same)
    assert 0.0 <= same["threshold"] <= 1.0 and same["crosslingual"]["n"] > 0
    missing = runner.invoke(app, ["eval", "pairs", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2


def test_eval_pairs_writes_predictions(tmp_path: Path) -> None:
    from storyline.link.decide import LinkModel

    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    out = tmp_path / "pred.csv"
    result = runner.invoke(app, ["eval", "pairs", str(csv_path), "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    assert "same event at" in result.output and "wrote" in result.output
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 15
    head = ["pair_id", "lang1", "lang2", "overall_pred", "same_event_probability", "same_event"]
    assert list(rows[0])[:6] == head and "Overall" in rows[0]
    threshold = LinkModel.load().threshold
    for row in rows:
        prob = float(row["same_event_probability"])
        assert row["same_event"] == ("true" if prob >= threshold else "false")
        assert row["gold_same_event"] == ("true" if float(row["Overall"]) <= 1.5 else "false")
    same = [float(r["same_event_probability"]) for r in rows if r["gold_same_event"] == "true"]
    other = [float(r["same_event_probability"]) for r in rows if r["gold_same_event"] == "false"]
    assert min(same) > max(other), "the four reports of one event beat every unrelated pair"
    bad = runner.invoke(
        app, ["eval", "pairs", str(csv_path), "--predictions", str(tmp_path / "no" / "p.csv")]
    )
    assert bad.exit_code == 2


def test_eval_pairs_same_event_only(tmp_path: Path) -> None:
    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    out = tmp_path / "pred.csv"
    args = ["eval", "pairs", str(csv_path), "--no-similarity", "--json", "--predictions", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["pearson"] is None and data["same_event"]["n"] == 15
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["overall_pred"] for r in rows} == {""} and len(rows) == 15
    labels = data["same_event"]["labels"]
    assert labels["different"] == "Overall >= 2.5" and labels["n_left_out"] >= 0
    before = data["same_event"]["labels_before"]
    assert before["different"] == "Overall >= 3.0" and before["n"] <= data["same_event"]["n"]


def test_eval_pairs_cache_makes_a_rerun_encode_nothing(tmp_path: Path) -> None:
    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    cache = tmp_path / "vectors.sqlite"
    args = ["eval", "pairs", str(csv_path), "--no-similarity", "--json", "--cache", str(cache)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output and cache.is_file()
    size = cache.stat().st_size
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert json.loads(second.output)["same_event"] == json.loads(first.output)["same_event"]
    assert cache.stat().st_size == size, "every vector came from the cache"


def test_train_declares_its_encoder_and_writes_both_models(tmp_path: Path) -> None:
    from storyline.link.decide import LinkModel

    csv_path = _tiny_csv(tmp_path / "pairs.csv")
    out = tmp_path / "w"
    args = ["train", str(csv_path), "--out", str(out), "--folds", "3", "--encoder", "hashing"]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["encoder"] == "hashing-256-3"
    assert {"all", "first_796", "at_best_f1"} <= set(summary["linker_cv"])
    model = LinkModel.load(out / "linker.json")
    assert model.encoder == "hashing-256-3" and 0.0 < model.threshold < 1.0
    saved = json.loads((out / "scorer.json").read_text(encoding="utf-8"))
    assert saved["encoder"] == "hashing-256-3"
    bad = runner.invoke(app, [*args[:-1], "no-such-encoder"])
    assert bad.exit_code == 2 and "unknown encoder" in bad.output
