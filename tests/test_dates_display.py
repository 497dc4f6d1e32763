"""Where each date came from, shown by `show`, `articles`, `story`, `stories` and the web article page."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.sample import sample_dir
from storyline.store import Store
from storyline.store.migrations import MIGRATIONS, apply_migrations

runner = CliRunner()
ARTICLES = sample_dir() / "articles"
# one event and its hard negatives: dated by the text, by a Jalali two-digit
# year, and not at all (only a scrape-date line)
FILES = [
    ARTICLES / "en-rafidain-post-shatt-dredging.txt",
    ARTICLES / "en-basra-times-shatt-memorandum.txt",
    ARTICLES / "fa-arvand-khabar-tafahomnameh-layrobi.txt",
    ARTICLES / "ar-dijla-press-mudhakkirat-shatt.txt",
]
URL_ONLY = {
    "url": "https://gulfledger.example/2022/05/16/iraq-eighth-sandstorm/",
    "title": "Iraq's eighth sandstorm in two months shuts airports",
    "text": "BAGHDAD (Gulf Ledger) - A thick sandstorm blanketed Iraq on Monday for the eighth "
    "time in two months, closing Baghdad and Najaf airports, the health ministry said.",
    "lang": "en",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dates-display")
    export = folder / "export.jsonl"
    export.write_text(json.dumps(URL_ONLY) + "\n", encoding="utf-8")
    path = folder / "dates.db"
    args = ["ingest", *map(str, [*FILES, export]), "--db", str(path), "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return path


def _json(args: list[str]) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _by_title(db: Path) -> dict[str, dict]:
    rows = _json(["articles", "--db", str(db)])
    assert isinstance(rows, list)
    return {r["title"]: r for r in rows}


def test_show_gives_the_date_source_and_years(db: Path) -> None:
    rows = _by_title(db)
    memo = rows["Iraq, Iran sign memorandum on dredging Shatt al-Arab during Rouhani visit"]
    data = _json(["show", memo["id"], "--db", str(db)])
    assert data["published"].startswith("2019-03-12") and data["published_source"] == "text"
    assert 1975 in data["years"]
    url_only = next(r for t, r in rows.items() if t.startswith("Iraq's eighth sandstorm"))
    shown = _json(["show", url_only["id"], "--db", str(db)])
    assert shown["published"].startswith("2022-05-16") and shown["published_source"] == "url"
    undated = next(r for r in rows.values() if r["lang"] == "ar")
    text = runner.invoke(app, ["show", undated["id"], "--db", str(db)]).output
    assert "unknown (no date in metadata, text, dateline, URL or lead)" in text
    assert "scraped_at" in text and "2025-11-09" in text
    assert "years in text" in text and "1975" in text


def test_articles_list_marks_sources_and_undated(db: Path) -> None:
    rows = _by_title(db)
    assert {r["published_source"] for r in rows.values()} == {"text", "url", "unknown"}
    text = runner.invoke(app, ["articles", "--db", str(db)], env={"COLUMNS": "200"}).output
    assert "2019-03-12 (text)" in text and "2022-05-16 (url)" in text and "undated" in text


def test_story_and_stories_never_hide_undated_articles(db: Path) -> None:
    stories = _json(["stories", "--db", str(db)])
    assert isinstance(stories, list)
    assert sum(s["undated"] for s in stories) == 1
    undated_story = next(s for s in stories if s["undated"])
    detail = _json(["story", undated_story["id"], "--db", str(db)])
    assert detail["undated"] == 1
    assert "undated" in [a["date"] for a in detail["articles"]]
    text = runner.invoke(app, ["story", undated_story["id"], "--db", str(db)]).output
    assert "undated" in text
    listing = runner.invoke(app, ["stories", "--db", str(db)], env={"COLUMNS": "200"}).output
    assert "undated" in listing


def test_web_article_page_says_where_the_date_came_from(db: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    rows = _by_title(db)
    client = TestClient(create_app(db, token=""))
    url_only = next(r for t, r in rows.items() if t.startswith("Iraq's eighth sandstorm"))
    page = client.get(f"/articles/{url_only['id']}").text
    assert "from the URL" in page
    undated = next(r for r in rows.values() if r["lang"] == "ar")
    page = client.get(f"/articles/{undated['id']}").text
    assert "unknown (no date in metadata, text, dateline, URL or lead)" in page
    assert "not a publication date" in page and "Years in text" in page
    api = client.get(f"/api/articles/{undated['id']}").json()
    assert api["published_source"] == "unknown" and api["years"] == [1975]


def test_migration_5_fills_sources_of_older_stores(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:4]:
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
    conn.execute(
        "INSERT INTO articles(id, lang, lang_confidence, title, published, text, text_original,"
        " origin, added_at) VALUES ('a1b2c3d4e5f6a7b8', 'en', 1.0, 'T', '2019-03-12T00:00:00+00:00',"
        " 'Signed in 2019, under the 1975 treaty.', '', 'scrape/x.txt', '2025-01-01')"
    )
    conn.close()
    with Store(path) as store:
        article = store.get_article("a1b2c3d4e5f6a7b8")
    assert article is not None
    assert article.published_source == "text" and article.years == (1975, 2019)
    again = sqlite3.connect(path, isolation_level=None)
    assert apply_migrations(again) == len(MIGRATIONS)
