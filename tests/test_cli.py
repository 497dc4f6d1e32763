"""The command line, through typer's runner and a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def test_ingest_summary_and_exit_code(db: Path) -> None:
    result = runner.invoke(app, ["ingest", str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 1, result.output  # the broken JSONL line is a failure
    assert "added 6" in result.output
    assert "failed 1" in result.output
    assert "records.jsonl:4" in result.output


def test_ingest_json_and_idempotence(db: Path) -> None:
    result = runner.invoke(app, ["ingest", str(FIXTURES / "en-scrape.txt"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["added"] == 1
    again = runner.invoke(app, ["ingest", str(FIXTURES / "en-scrape.txt"), "--db", str(db), "--json"])
    data = json.loads(again.output)
    assert (data["added"], data["existing"], data["failed"]) == (0, 1, [])


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["ingest", str(FIXTURES / "en-scrape.txt")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()


def test_articles_show_search(db: Path) -> None:
    runner.invoke(app, ["ingest", str(FIXTURES), "--db", str(db)])
    listing = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).output)
    assert len(listing) == 6
    fa = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--lang", "fa", "--json"]).output)
    assert len(fa) == 1
    shown = runner.invoke(app, ["show", fa[0]["id"][:8], "--db", str(db), "--json"])
    assert shown.exit_code == 0, shown.output
    article = json.loads(shown.output)
    required = {
        "id", "url", "outlet", "lang", "lang_confidence", "title", "published",
        "published_precision", "scraped_at", "dateline_place", "captions", "text",
        "text_original", "sentences",
    }
    assert required <= set(article)
    assert article["lang"] == "fa"
    hits = json.loads(runner.invoke(app, ["search", "دانوب", "--db", str(db), "--json"]).output)
    assert {h["lang"] for h in hits} >= {"fa", "ar"}
    zh = json.loads(runner.invoke(app, ["search", "洪水", "--db", str(db), "--json"]).output)
    assert [h["lang"] for h in zh] == ["zh"]
    human = runner.invoke(app, ["articles", "--db", str(db)])
    assert "6 article(s)" in human.output


def test_errors_are_one_line(db: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["show", "deadbeefdeadbeef", "--db", str(db)])
    assert missing.exit_code != 0
    bad_format = runner.invoke(app, ["ingest", str(FIXTURES), "--db", str(db), "--format", "docx"])
    assert bad_format.exit_code == 2
    assert "unknown format" in bad_format.output
    not_a_db = tmp_path / "junk.db"
    not_a_db.write_bytes(b"this is not a database" * 100)
    broken = runner.invoke(app, ["articles", "--db", str(not_a_db)])
    assert broken.exit_code == 2
    assert len(broken.output.strip().splitlines()) == 1
    assert not_a_db.read_bytes() == b"this is not a database" * 100


def test_show_gives_outlet_and_cited_sources(db: Path, tmp_path: Path) -> None:
    page = Path(__file__).parent / "fixtures" / "clean" / "page_en.txt"
    result = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--json", "--no-link"])
    assert result.exit_code == 0, result.output
    listing = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).output)
    shown = json.loads(runner.invoke(app, ["show", listing[0]["id"], "--db", str(db), "--json"]).output)
    assert (shown["outlet"], shown["sources"]) == ("Harbour Daily", ["Reuters"])
    human = runner.invoke(app, ["show", listing[0]["id"], "--db", str(db)])
    assert "sources" in human.output and "Reuters" in human.output
