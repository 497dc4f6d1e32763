"""storyline export: articles, stories with members, facts and entities to Parquet, JSONL, CSV."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.api import EXPORT_TABLES
from storyline.api import export_store as api_export
from storyline.cli import app
from storyline.export import TABLES, ExportError, export_store
from storyline.settings import Settings
from storyline.store import Store

runner = CliRunner()


def _members(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT sa.story_id, sa.article_id FROM story_articles sa "
            "JOIN stories s ON s.id = sa.story_id WHERE s.merged_into IS NULL"
        ).fetchall()
    return {(s, a) for s, a in rows}


def test_export_jsonl_and_csv_hold_every_article_and_story_member(
    sample_db_copy: Path, tmp_path: Path
) -> None:
    for fmt in ("jsonl", "csv"):
        out = tmp_path / fmt
        result = runner.invoke(
            app, ["export", "--db", str(sample_db_copy), "--out", str(out), "--format", fmt,
                  "--no-coverage", "--json"],
        )
        assert result.exit_code == 0, result.output
        rows = json.loads(result.output)["rows"]
        assert rows["articles"] == 67 and rows["facts"] == 0
        if fmt == "jsonl":
            lines = (out / "story_articles.jsonl").read_text("utf-8").splitlines()
            members = {(r["story_id"], r["article_id"]) for r in map(json.loads, lines)}
            first = json.loads((out / "articles.jsonl").read_text("utf-8").splitlines()[0])
            assert isinstance(first["sentences"], list) and first["id"]
        else:
            with (out / "story_articles.csv").open(encoding="utf-8", newline="") as handle:
                members = {(r["story_id"], r["article_id"]) for r in csv.DictReader(handle)}
            with (out / "stories.csv").open(encoding="utf-8", newline="") as handle:
                story = next(csv.DictReader(handle))
            assert isinstance(json.loads(story["languages"]), list)
        assert members == _members(sample_db_copy)


def test_export_parquet_facts_and_entities_of_multi_article_stories(
    sample_db_copy: Path, tmp_path: Path
) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    with Store(sample_db_copy) as store:
        counts = api_export(
            store, tmp_path, fmt="parquet", tables=["stories", "facts", "entities"],
            settings=Settings(encoder="hashing"),
        )
    stories = pd.read_parquet(tmp_path / "stories.parquet")
    facts = pd.read_parquet(tmp_path / "facts.parquet")
    entities = pd.read_parquet(tmp_path / "entities.parquet")
    assert counts == {"stories": len(stories), "facts": len(facts), "entities": len(entities)}
    multi = set(stories.loc[stories["n_articles"] >= 2, "story_id"])
    assert set(facts["story_id"]) <= multi and set(entities["story_id"]) <= multi
    assert facts["text"].str.len().gt(0).all() and len(entities) > 0
    assert not (tmp_path / "articles.parquet").exists()


def test_export_refuses_an_unknown_format_or_table(tmp_path: Path) -> None:
    assert EXPORT_TABLES == TABLES
    with Store(":memory:") as store:
        with pytest.raises(ExportError, match="unknown format"):
            export_store(store, tmp_path, fmt="xlsx")
        with pytest.raises(ExportError, match="unknown table"):
            export_store(store, tmp_path, tables=["nope"])


def test_export_parquet_writes_a_column_mixing_lists_and_text_as_json(tmp_path: Path) -> None:
    """A fact column that is a list in one row and text in another (seen once a story
    gained a member through the second stage) must not fail the Parquet export."""
    pq = pytest.importorskip("pyarrow.parquet")
    from storyline.export import _write

    rows = [
        {"story_id": "s1", "members": ["a", "b"], "note": "x"},
        {"story_id": "s2", "members": '[{"id": "c"}]', "note": None},
        {"story_id": "s3", "members": None, "note": "z"},
    ]
    assert _write(rows, tmp_path / "facts.parquet", "parquet") == 3
    table = pq.read_table(tmp_path / "facts.parquet").to_pylist()
    assert [r["members"] for r in table] == ['["a", "b"]', '[{"id": "c"}]', None]
    assert [r["note"] for r in table] == ["x", None, "z"]
    # a column of plain lists only stays a list column
    assert _write([{"m": ["a"]}, {"m": None}], tmp_path / "lists.parquet", "parquet") == 2
    assert pq.read_table(tmp_path / "lists.parquet").to_pylist()[0]["m"] == ["a"]
