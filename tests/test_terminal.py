"""Article data and file names are printed as text: never as Rich markup or raw control codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.terminal import safe, visible

runner = CliRunner()

HOSTILE_TITLE = "Markets [/] fall [link=https://evil.test/x]click here[/link] [bold red]"
BODY = (
    "Stock markets fell sharply on Tuesday in Frankfurt and Paris after the central bank "
    "raised interest rates again. Traders said the [/] move surprised the markets [red]. "
    "The DAX index lost three percent in the first hour of trading."
)
FRENCH = (
    "Les marchés boursiers ont fortement chuté mardi à Francfort et à Paris après une "
    "nouvelle hausse des taux de la banque centrale. Le DAX a perdu trois pour cent."
)
HOSTILE_NAME = "evil\x1b[2J\u202etxt.exe\rforged line"


def test_safe_escapes_markup_and_controls() -> None:
    assert safe("Markets [/] fall") == "Markets \\[/] fall"
    assert "\x1b" not in safe("a\x1b[31mb") and "\\x1b" in safe("a\x1b[31mb")
    for char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\x85":
        assert char not in visible(f"x{char}y")
    assert visible("line\nnext") == "line\\nnext"
    assert visible("line\nnext", multiline=True) == "line\nnext"
    # Persian zero-width non-joiner and joiner are letters' business: kept.
    assert visible("می\u200cرود \u200d") == "می\u200cرود \u200d"
    assert visible("bad\udcffname") == "bad\\udcffname"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from storyline.encode import get_encoder
    from storyline.pipeline import ingest
    from storyline.store import Store

    tmp = tmp_path_factory.mktemp("hostile")
    records = tmp / f"{HOSTILE_NAME}.jsonl"
    records.write_text(
        json.dumps({"title": HOSTILE_TITLE, "text": BODY, "lang": "en", "outlet": "[i]Wire"})
        + "\n"
        + json.dumps({"title": "Les marchés chutent [/]", "text": FRENCH, "lang": "fr"})
        + "\n",
        encoding="utf-8",
    )
    db = tmp / "hostile.db"
    with Store(db) as store:
        report = ingest([records], store, encoder=get_encoder("hashing"))
    assert report.added == 2, report.failed
    return db


def _run(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, (args, result.output, result.exception)
    assert "\x1b" not in result.output and "\u202e" not in result.output
    return result.output


def test_every_listing_command_prints_hostile_titles(hostile_db: Path) -> None:
    db = ["--db", str(hostile_db)]
    articles = _run(["articles", *db])
    assert "Markets [/] fall" in articles.replace("\n", " ") or "[/]" in articles
    listing = json.loads(_run(["articles", *db, "--json"]))
    en = next(a for a in listing if a["lang"] == "en")
    shown = _run(["show", en["id"], *db])
    assert "[link=https://evil.test/x]" in shown  # shown literally, not turned into a link
    assert "\\u202e" in shown  # the origin's file name, escaped
    assert "[i]Wire" in shown
    stories = _run(["stories", *db])
    assert "[/]" in stories
    story_id = json.loads(_run(["stories", *db, "--json"]))[0]["id"]
    story = _run(["story", story_id, *db])
    assert "[/]" in story
    search = _run(["search", "markets", *db])
    assert "[/]" in search or "Markets" in search
    coverage = _run(["coverage", story_id, *db])
    assert "[/]" in coverage or "Facts" in coverage


def test_failure_line_escapes_a_hostile_file_name(tmp_path: Path) -> None:
    bad = tmp_path / f"{HOSTILE_NAME}.json"
    bad.write_text("[" * 50 + "]" * 49, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "s.db"), "--no-link"])
    assert result.exit_code == 1, result.output
    assert (
        "\x1b" not in result.output and "\u202e" not in result.output and "\r" not in result.output
    )
    failed = [line for line in result.output.splitlines() if "failed " in line and "json" in line]
    assert len(failed) == 1 and "\\x1b[2J\\u202etxt.exe\\rforged line" in failed[0]
