"""Store.check_consistency: the story tables' invariants, and `storyline check`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from storyline.article import Article
from storyline.link.edits import merge_stories, split_article
from storyline.store import Store
from storyline.store.story_records import StoryState

MODEL = "m"


def _article(i: int, published: str | None) -> Article:
    return Article(
        id=f"{i:016x}",
        text=f"text {i}",
        text_original=f"text {i}",
        lang="en",
        lang_confidence=1.0,
        title=f"Title {i}",
        published=published,
    )


def _store(path: Path) -> Store:
    """Two consistent stories: s1 = articles 0, 1, 2; s2 = article 3."""
    store = Store(path)
    dates = ["2025-03-09", "2025-03-11", None, "2025-04-01"]
    vecs = [np.eye(4)[i] for i in range(4)]
    for i, day in enumerate(dates):
        store.add_article(_article(i, day))
    store.put_doc_vectors([(f"{i:016x}", v) for i, v in enumerate(vecs)], MODEL)
    c1 = np.mean(vecs[:3], axis=0)
    store.save_story(StoryState("s1", 1, "2025-03-09", "2025-03-11", 3, c1, "Title 0", f"{0:016x}"))
    store.save_story(StoryState("s2", 4, "2025-04-01", "2025-04-01", 1, vecs[3], "T", f"{3:016x}"))
    for i in range(3):
        store.assign_article(f"{i:016x}", "s1", 1.0, i + 1)
    store.assign_article(f"{3:016x}", "s2", 1.0, 4)
    store.set_meta(f"mean:{MODEL}", {"n": 4})
    store.set_meta(f"linked:{MODEL}", 4)
    return store


def _kinds(store: Store) -> list[str]:
    return [p.kind for p in store.check_consistency(model=MODEL).problems]


def test_a_consistent_store_passes(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db") as store:
        report = store.check_consistency(model=MODEL)
        assert report.ok and report.stories == 2 and report.members == 4
        assert report.to_dict()["problems"] == []


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        ("UPDATE stories SET n_articles = 5 WHERE id = 's1'", "count"),
        # an article deleted: its membership goes with it (foreign keys on) or stays behind
        ("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = '0000000000000001'", "count"),
        ("DELETE FROM articles WHERE id = '0000000000000001'", "member_missing"),
        ("UPDATE story_articles SET story_id = 'gone' WHERE story_id = 's2'", "orphan"),
        ("UPDATE stories SET merged_into = 's1' WHERE id = 's2'", "merged_members"),
        ("UPDATE stories SET merged_into = 'nope', n_articles = 0 WHERE id = 's2'", "merge_chain"),
        ("UPDATE stories SET last_seen = '2025-03-10' WHERE id = 's1'", "dates"),
        (
            "UPDATE stories SET rep_article_id = '0000000000000003' WHERE id = 's1'",
            "representative",
        ),
        ("UPDATE meta SET value = '{\"n\": 6}' WHERE key = 'mean:m'", "mean"),
        ("UPDATE meta SET value = '5' WHERE key = 'linked:m'", "linked"),
    ],
)
def test_each_broken_invariant_is_reported(tmp_path: Path, sql: str, kind: str) -> None:
    path = tmp_path / "s.db"
    _store(path).close()
    with sqlite3.connect(path) as conn:
        conn.executescript(sql)
    with Store(path) as store:
        assert kind in _kinds(store)


def test_a_centroid_that_lost_an_update_is_reported(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db") as store:
        state = store.load_story("s1")
        assert state is not None and state.centroid is not None
        state.centroid = np.mean([np.eye(4)[0], np.eye(4)[1]], axis=0)  # article 2 not counted
        store.save_story(state)
        assert _kinds(store) == ["centroid"]
        assert store.check_consistency().ok  # centroids only with a model


def test_a_merge_loop_is_reported(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db") as store:
        store.save_story(StoryState("x", 9, None, None, 0, None, None, None, "y"))
        store.save_story(StoryState("y", 9, None, None, 0, None, None, None, "x"))
        details = [p.detail for p in store.check_consistency().problems]
        assert details == ["merge chain loops", "merge chain loops"]


def test_edits_kept_and_broken(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db") as store:
        split = split_article(store, f"{1:016x}", MODEL)
        merged = merge_stories(store, "s1", "s2", MODEL)
        report = store.check_consistency(model=MODEL)
        assert report.ok and report.warnings == [], report
        assert store.get_story(merged.story_id) is not None
        # a split article put back by hand: the user's "cannot" is broken, a warning
        store.assign_article(f"{1:016x}", "s1", 1.0, 2)
        store.move_story_members(split.story_id, "s1")
        report = store.check_consistency(model=MODEL)
        assert [w.kind for w in report.warnings] == ["cannot", "cannot"]  # with 0 and with 2
        # moved without a recount: the count and centroid are stale
        assert [p.kind for p in report.problems] == ["count", "centroid"]


def test_the_linked_sample_store_is_consistent(sample_db: Path) -> None:
    from storyline.api import vector_model

    with Store(sample_db) as store:
        report = store.check_consistency(model=vector_model())
        assert report.ok, report.problems
        assert report.stories > 5 and report.members == store.count_articles()


def test_storyline_check_reports_and_exits_1_on_a_problem(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.pipeline import ingest
    from storyline.sample import data_files
    from storyline.settings import Settings

    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(data_files()[:12], store, settings=Settings(encoder="hashing"))
    runner = CliRunner()
    ok = runner.invoke(app, ["check", "--db", str(db), "--encoder", "hashing", "--json"])
    assert ok.exit_code == 0, ok.output
    report = json.loads(ok.output)
    assert report["ok"] and report["members"] == 12 and report["problems"] == []
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE stories SET n_articles = n_articles + 2 WHERE merged_into IS NULL")
    bad = runner.invoke(app, ["check", "--db", str(db), "--encoder", "hashing"])
    assert bad.exit_code == 1
    assert "problem: count" in bad.output and "problem(s)" in bad.output
    missing = runner.invoke(app, ["check", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2


def test_every_write_path_keeps_the_store_consistent(tmp_path: Path) -> None:
    """Ingest (small batches, settle), relink --recent, a split, a merge, a full relink."""
    from dataclasses import replace

    from storyline.encode import HashingEncoder
    from storyline.link.stories import relink, relink_recent
    from storyline.link.tracker import TrackerConfig
    from storyline.pipeline import ingest
    from storyline.sample import data_files
    from storyline.settings import Settings

    config = TrackerConfig(settle=True, threshold=0.3, support=0.2, merge_threshold=0.2)
    settings = replace(Settings(), encoder="hashing", link_batch=4, batch_size=4, tracker=config)
    model = "hashing-256-3@400"
    with Store(tmp_path / "s.db") as store:

        def consistent() -> None:
            report = store.check_consistency(model=model)
            assert report.ok, report.problems
            assert report.members == store.count_articles()

        ingest(data_files(), store, settings=settings, encoder=HashingEncoder(), workers=1)
        consistent()
        relink_recent(store, HashingEncoder(), 100_000, config=config, refine_band=0.0)
        consistent()
        pairs = [s for s in store.list_stories() if len(s.article_ids) >= 2]
        assert len(pairs) >= 2
        split_article(store, pairs[0].article_ids[1], model)
        merge_stories(store, pairs[0].id, pairs[1].id, model)
        consistent()
        relink(store, HashingEncoder(), config)
        consistent()
