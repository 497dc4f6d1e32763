"""`storyline compare`, `storyline eval pairs` and `storyline train` from the command line."""

from __future__ import annotations

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
    result = json.loads(same.output)
    assert 1.0 <= result["overall"] <= 4.0
    assert 0.0 <= result["same_event_probability"] <= 1.0
    assert 0.0 <= result["link_probability"] <= 1.0
    assert result["a"]["lang"] == "en" and result["b"]["lang"] == "fa"
    assert result["shared"], "the English and Persian reports share sentences"
    other = json.loads(runner.invoke(app, ["compare", str(en), str(de), "--db", db, "--json"]).output)
    assert other["overall"] > result["overall"]
    assert other["link_probability"] < result["link_probability"]
    assert other["same_event_probability"] < result["same_event_probability"] or not other["shared"]
    human = runner.invoke(app, ["compare", str(en), str(fa), "--db", db])
    assert "Shared" in human.output and "same event" in human.output


def test_compare_stored_articles_and_bad_references(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    files = [_write(tmp_path / f"{lang}.txt", EVENT[lang]) for lang in ("en", "ru")]
    ingest = runner.invoke(app, ["ingest", *map(str, files), "--db", str(db), "--no-link", "--json"])
    assert ingest.exit_code == 0, ingest.output
    ids = [a["id"] for a in json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).output)]
    result = runner.invoke(app, ["compare", ids[0][:8], ids[1], "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert {json.loads(result.output)["b"]["lang"], json.loads(result.output)["a"]["lang"]} == {"en", "ru"}
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
    missing = runner.invoke(app, ["eval", "pairs", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2
