"""The linking commands: stories, story, similar, relink, eval stories (with --json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.sample import sample_dir

runner = CliRunner()
ARTICLES = sample_dir() / "articles"
E1 = [
    ARTICLES / "en-rafidain-post-shatt-dredging.txt",
    ARTICLES / "fa-sepehr-news-arvand-layrobi.txt",
]
OTHER = ARTICLES / "es-deportes-ribera-ascenso-baloncesto.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("linking") / "cli.db"
    result = runner.invoke(app, ["ingest", *map(str, [*E1, OTHER]), "--db", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["added"] == 3 and report["linked"] == 3
    return path


def _json(args: list[str]) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_stories_json_shape(db: Path) -> None:
    stories = _json(["stories", "--db", str(db)])
    assert isinstance(stories, list) and len(stories) == 2
    for story in stories:
        assert set(story) >= {"id", "title", "languages", "article_ids", "first_seen", "last_seen"}
    e1 = next(s for s in stories if s["n_articles"] == 2)
    assert e1["languages"] == ["en", "fa"] and e1["first_seen"].startswith("2025-03-09")
    assert _json(["stories", "--db", str(db), "--lang", "es"])[0]["n_articles"] == 1
    assert _json(["stories", "--db", str(db), "--since", "2100-01-01"]) == []


def test_story_groups_articles_by_language(db: Path) -> None:
    e1 = next(s for s in _json(["stories", "--db", str(db)]) if s["n_articles"] == 2)
    detail = _json(["story", e1["id"], "--db", str(db)])
    assert sorted(detail["by_language"]) == ["en", "fa"]
    assert sorted(detail["article_ids"]) == sorted(e1["article_ids"])
    text = runner.invoke(app, ["story", e1["id"], "--db", str(db)])
    assert text.exit_code == 0 and "fa" in text.output


def test_similar_by_id_and_by_file(db: Path) -> None:
    e1 = next(s for s in _json(["stories", "--db", str(db)]) if s["n_articles"] == 2)
    first = e1["article_ids"][0]
    hits = _json(["similar", first, "--db", str(db)])
    assert hits[0]["article_id"] == e1["article_ids"][1] and first not in [
        h["article_id"] for h in hits
    ]
    arabic = ARTICLES / "ar-alofoq-shatt-alarab.txt"  # not stored: read without storing
    by_file = _json(["similar", str(arabic), "--db", str(db), "--limit", "2"])
    assert len(by_file) == 2 and by_file[0]["story_id"] == e1["id"]
    # the one same-event probability, sentence-level for the nearest hits, with its bar
    for hit in (hits[0], by_file[0]):
        assert hit["same_event_stage"] == "sentences"
        assert hit["same_event"] == (hit["same_event_probability"] >= hit["joins_at"])
    table = runner.invoke(app, ["similar", first, "--db", str(db)])
    assert table.exit_code == 0 and "stage" in table.output and "sentences" in table.output
    assert len(_json(["stories", "--db", str(db)])) == 2  # nothing was stored


def test_relink_json_keeps_the_stories(db: Path) -> None:
    before = {s["id"]: s["article_ids"] for s in _json(["stories", "--db", str(db)])}
    report = _json(["relink", "--db", str(db)])
    assert report["articles"] == 3 and report["encoded"] == 0
    assert {s["id"]: s["article_ids"] for s in _json(["stories", "--db", str(db)])} == before


def test_errors_are_one_line(db: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["story", "snope000000", "--db", str(db)])
    assert missing.exit_code == 1 and "no story" in missing.output
    bad_date = runner.invoke(app, ["stories", "--db", str(db), "--since", "yesterday"])
    assert bad_date.exit_code == 2 and "bad --since" in bad_date.output
    no_store = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert no_store.exit_code == 2 and "no store" in no_store.output
    unknown = runner.invoke(app, ["similar", "ffffffffffff", "--db", str(db)])
    assert unknown.exit_code == 1 and "no article" in unknown.output


def test_eval_stories_json(tmp_path: Path) -> None:
    flood = "Heavy rain flooded the streets of Porto Alegre and closed schools across the city."
    records = [
        {"id": "1", "text": flood, "lang": "en", "published": "2025-03-01", "story": "f"},
        {"id": "2", "text": flood + " Rivers rose.", "lang": "en", "story": "f"},
        {
            "id": "3",
            "text": "Chess final in Madrid ends after six hours.",
            "lang": "en",
            "story": "c",
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    result = _json(["eval", "stories", str(path), "--encoder", "hashing"])
    assert result["pairwise"]["f1"] == 1.0 and result["n_gold_stories"] == 2
    assert {"bcubed", "pairwise_crosslingual"} <= set(result)
    text = runner.invoke(app, ["eval", "stories", str(path), "--encoder", "hashing"])
    assert text.exit_code == 0 and "BCubed" in text.output
    bad = runner.invoke(app, ["eval", "stories", str(tmp_path / "none.jsonl")])
    assert bad.exit_code == 2 and "cannot read" in bad.output


def test_stories_min_languages_filter(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.sample import data_files

    runner = CliRunner()
    db = str(tmp_path / "m.db")
    files = [str(p) for p in data_files() if p.suffix == ".txt"][:12]
    assert runner.invoke(app, ["ingest", *files, "--db", db]).exit_code in (0, 1)
    every = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output)
    multi = json.loads(
        runner.invoke(app, ["stories", "--db", db, "--json", "--min-languages", "2"]).output
    )
    assert {s["id"] for s in multi} == {s["id"] for s in every if len(s["languages"]) >= 2}
