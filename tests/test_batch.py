"""The engine-neutral batch stages (storyline.batch, storyline.shards), without Spark.

The Spark shell only calls these; here they run on plain pandas frames, in
scrambled batches, and what they produce is stored and linked by the same
loop ``ingest`` runs.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from storyline import api
from storyline.batch import (
    PREPARED_COLUMNS,
    PreparedDirError,
    iter_prepared,
    list_inputs,
    prepare_batch,
    read_batch,
    read_prepared_dir,
)
from storyline.pipeline import ingest, prepare
from storyline.read import read_path
from storyline.sample import data_files
from storyline.settings import Settings
from storyline.shards import (
    ShardError,
    assign_shards,
    link_local,
    link_shard,
    overlap_days_for,
    stitch,
)
from storyline.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
HASHING = dataclasses.replace(Settings(), encoder="hashing")


def _prepared_dir(paths: list[str], out: Path, batches: int = 3, seed: int = 7) -> pd.DataFrame:
    """What `spark prepare` does, by hand: read files, scramble, prepare in batches, Parquet."""
    files, failed = list_inputs(paths)
    assert not failed
    raw = read_batch(pd.DataFrame(files))
    order = list(range(len(raw)))
    random.Random(seed).shuffle(order)
    raw = raw.iloc[order].reset_index(drop=True)
    parts = [prepare_batch(raw.iloc[i::batches], encoder="hashing") for i in range(batches)]
    table = pd.concat(parts, ignore_index=True)
    good = table[table["failure"].isna()].drop(columns=["stage", "failure"])
    (out / "articles").mkdir(parents=True)
    good.to_parquet(out / "articles" / "part-0.parquet")
    return table


def test_prepared_rows_are_the_pipeline_articles_with_their_vectors() -> None:
    paths = [str(FIXTURES / "pipeline" / n) for n in ("en-scrape.txt", "fa-stripped.txt")]
    files, _ = list_inputs(paths)
    out = prepare_batch(read_batch(pd.DataFrame(files)), encoder="hashing")
    assert list(out.columns) == list(PREPARED_COLUMNS)
    got = list(iter_prepared(out))
    want = [prepare(d, with_link_keys=True) for p in paths for d in read_path(p)]
    assert [g.article for g in got] == [w.article for w in want]
    for g, w in zip(got, want, strict=True):
        assert np.array_equal(g.signature, w.signature) and g.link_keys == w.link_keys
        assert g.vector is not None and g.vector.dtype == np.float16
    assert all(a.endswith("|" + i) for a, i in zip(out["arrival"], out["id"], strict=True))


def test_bad_records_become_failure_rows_with_the_stage(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "Snow in Moscow today"}\n{broken\n{"x": 1}\n')
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 4)
    files, _ = list_inputs([str(tmp_path)])
    out = prepare_batch(read_batch(pd.DataFrame(files)), encoder="hashing")
    failed = out[out["failure"].notna()]
    assert len(out) == 4 and len(failed) == 3
    assert set(failed["stage"]) == {"read"}
    assert (out["record_no"].tolist()[:3]) == [0, 1, 2]


def test_prepared_parquet_linked_in_input_order_is_the_local_ingest(tmp_path: Path) -> None:
    paths = [str(p) for p in data_files()]
    _prepared_dir(paths, tmp_path / "prep")
    with Store(tmp_path / "local.db") as local:
        ingest(paths, local, settings=HASHING)
        want = local.list_stories(limit=1000)
    with Store(tmp_path / "prep.db") as store:
        report = api.ingest_prepared_dir(tmp_path / "prep", store, order="input", settings=HASHING)
        got = store.list_stories(limit=1000)
    assert report.added == 67 and report.duplicates == 1
    assert [(s.id, s.n_articles) for s in got] == [(s.id, s.n_articles) for s in want]


def test_a_prepared_dir_for_another_encoder_is_refused(tmp_path: Path) -> None:
    _prepared_dir([str(FIXTURES / "pipeline" / "en-scrape.txt")], tmp_path / "prep")
    with Store(tmp_path / "s.db") as store, pytest.raises(PreparedDirError, match="hashing"):
        api.ingest_prepared_dir(tmp_path / "prep", store, settings=Settings())
    with pytest.raises(PreparedDirError, match="not a prepared directory"):
        read_prepared_dir(tmp_path)


def test_shards_stitched_through_the_overlap_keep_a_story_across_the_boundary() -> None:
    frame = pd.DataFrame(
        {"id": ["a", "b", "c", "d"],
         "arrival": ["2025-03-29T00:00:00|a", "2025-04-01T00:00:00|b", "2025-04-20|c", "~|d"]}
    )
    shards = assign_shards(frame, "month", 7)
    assert shards[shards["id"] == "a"]["shard"].tolist() == ["2025-03", "2025-04"]
    assert shards[shards["id"] == "c"]["shard"].tolist() == ["2025-04"]
    # shard 2025-04 put the overlap copy of a with b: a and b share a story after stitching
    links = shards.assign(story=["x", "y", "y", "z", "u"])
    got = dict(zip(*stitch(links)[["id", "story_id"]].T.values, strict=True))
    assert got == {"a": "sa", "b": "sa", "c": "sc", "d": "sd"}
    assert 7 < overlap_days_for(0.99) < 120


def test_one_shard_linked_alone_is_the_sequential_result(tmp_path: Path) -> None:
    table = _prepared_dir([str(p) for p in data_files()], tmp_path / "prep")
    good = table[table["failure"].isna()].sort_values("arrival").drop_duplicates("id")
    links = link_shard(good.assign(shard="all", role="core"), HASHING)
    with Store(tmp_path / "seq.db") as store:
        api.ingest_prepared_dir(tmp_path / "prep", store, order="arrival", settings=HASHING)
        want = {m: s.id for s in store.list_stories(limit=1000)
                for m in store.story_member_ids(s.id)}
    got = dict(zip(*stitch(links)[["id", "story_id"]].T.values, strict=True))
    assert got == want


def _members_dir(members: pd.DataFrame, out: Path) -> Path:
    (out / "story_articles").mkdir(parents=True)
    members.to_parquet(out / "story_articles" / "part-0.parquet")
    return out


def _dump(path: Path) -> dict[str, list]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return {
            "stories": conn.execute(
                "SELECT id, created_seq, first_seen, last_seen, n_articles, merged_into "
                "FROM stories WHERE merged_into IS NULL ORDER BY id").fetchall(),
            "members": conn.execute(
                "SELECT article_id, story_id FROM story_articles ORDER BY 1").fetchall(),
            "meta": conn.execute(
                "SELECT key, value FROM meta WHERE key LIKE 'mean:%' OR key LIKE 'linked:%' "
                "ORDER BY 1").fetchall(),
        }


def test_one_shard_placed_in_a_store_is_the_tracker_state(tmp_path: Path) -> None:
    """place_stories builds what the tracker keeps: same stories, sizes, dates, mean, reasons."""
    table = _prepared_dir([str(p) for p in data_files()], tmp_path / "prep")
    good = table[table["failure"].isna()].sort_values("arrival").drop_duplicates("id")
    members = stitch(link_shard(good.assign(shard="all", role="core"), HASHING))
    links = _members_dir(members, tmp_path / "links")
    with Store(tmp_path / "seq.db") as store:
        api.ingest_prepared_dir(tmp_path / "prep", store, order="arrival", settings=HASHING)
        model = api.vector_model(HASHING)
        want_states = {s.id: store.load_story(s.id) for s in store.list_stories(limit=None)}
    with Store(tmp_path / "placed.db") as store:
        report = api.ingest_prepared_dir(tmp_path / "prep", store, settings=HASHING, stories=links)
        states = {s.id: store.load_story(s.id) for s in store.list_stories(limit=None)}
        detail = store.get_story(max(states, key=lambda k: states[k].n_articles))
    assert report.added == 67 and report.linked == 67 and report.new_stories == len(want_states)
    got, want = _dump(tmp_path / "placed.db"), _dump(tmp_path / "seq.db")
    assert got["members"] == want["members"] and got["stories"] == want["stories"]
    mean, want_mean = (json.loads(dict(d["meta"])[f"mean:{model}"]) for d in (got, want))
    assert mean["n"] == want_mean["n"] == 67 and mean["langs"].keys() == want_mean["langs"].keys()
    assert np.allclose(mean["total"], want_mean["total"], atol=1e-4)
    assert dict(got["meta"])[f"linked:{model}"] == dict(want["meta"])[f"linked:{model}"]
    for sid, state in states.items():
        assert np.allclose(state.centroid, want_states[sid].centroid, atol=1e-5)
        assert state.rep_article_id in {a for a, _ in got["members"] if _ == sid}
        assert state.title is not None
    assert detail is not None and all(m.reason and m.reason["shard"] == "all"
                                      for m in detail.articles)


def test_sharded_stories_merge_into_a_store_once(tmp_path: Path) -> None:
    table = _prepared_dir([str(p) for p in data_files()], tmp_path / "prep")
    good = table[table["failure"].isna()]
    members = link_local(good, "month", 14, HASHING)
    links = _members_dir(members, tmp_path / "links")
    db = tmp_path / "x.db"
    with Store(db) as store:
        first = api.ingest_prepared_dir(tmp_path / "prep", store, settings=HASHING, stories=links)
        stories = store.list_stories(limit=None)
        got = {m: s.id for s in stories for m in store.story_member_ids(s.id)}
    assert first.added == 67 and first.linked == 67
    # every stored article is in the story the shards gave it (a copy's original may differ)
    placed = dict(zip(members["id"], members["story_id"], strict=True))
    assert sum(got.get(a) == s for a, s in placed.items()) >= 66
    before = _dump(db)
    with Store(db) as store:  # again: nothing is added, nothing moves
        again = api.ingest_prepared_dir(tmp_path / "prep", store, settings=HASHING, stories=links)
    assert (again.added, again.linked, again.new_stories) == (0, 0, 0)
    assert _dump(db) == before
    with Store(db) as store:  # and a later local ingest links on from the placed state
        report = ingest([str(FIXTURES / "pipeline" / "en-scrape.txt")], store, settings=HASHING)
    assert report.linked == report.added


def test_sharded_stories_missing_are_one_line_errors(tmp_path: Path) -> None:
    _prepared_dir([str(FIXTURES / "pipeline" / "en-scrape.txt")], tmp_path / "prep")
    with Store(tmp_path / "s.db") as store, pytest.raises(ShardError, match="no sharded stories"):
        api.ingest_prepared_dir(tmp_path / "prep", store, settings=HASHING,
                                stories=tmp_path / "nothing")


def test_the_overlap_is_capped_at_the_shard_and_stitches_only_through_core_members() -> None:
    frame = pd.DataFrame({"id": ["a"], "arrival": ["2025-03-01T00:00:00|a"]})  # a Saturday
    assert assign_shards(frame, "week", 19)["shard"].tolist() == ["2025-W09", "2025-W10"]
    assert len(assign_shards(frame, "month", 60)) == 1
    # a and b (two stories in shard 1) met in one story of shard 2: only a is in its core
    links = pd.DataFrame({
        "id": ["a", "b", "a", "b", "c"], "shard": ["1", "1", "2", "2", "2"],
        "role": ["core", "core", "overlap", "overlap", "core"], "story": ["x", "w", "y", "y", "y"],
        "arrival": ["1|a", "1|b", "1|a", "1|b", "2|c"], "core": [True, True, True, False, True],
    })
    got = dict(zip(*stitch(links)[["id", "story_id"]].T.values, strict=True))
    assert got == {"a": "sa", "b": "sb", "c": "sa"}


def test_cli_stories_needs_a_prepared_directory(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    result = CliRunner().invoke(app, ["ingest", str(FIXTURES / "pipeline" / "en-scrape.txt"),
                                      "--stories", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--stories goes with a directory" in result.output


def test_a_sorted_prepared_dir_streams_a_batch_per_file(tmp_path: Path) -> None:
    """Memory does not grow with the table: at most one batch of each file is held."""
    from storyline.batch import PreparedReader

    table = _prepared_dir([str(p) for p in data_files()], tmp_path / "scrambled")
    good = table[table["failure"].isna()].drop(columns=["stage", "failure"])
    ordered = good.sort_values("arrival", kind="stable")
    (tmp_path / "sorted" / "articles").mkdir(parents=True)
    for k in range(3):  # each file sorted, the files interleaved: the reader merges them
        ordered.iloc[k::3].to_parquet(tmp_path / "sorted" / "articles" / f"part-{k}.parquet")
    reader = PreparedReader(tmp_path / "sorted", "arrival", batch_rows=4)
    got = [p.article.id for p in reader]
    assert reader.streamed and len(got) == len(good) == 68
    assert got == read_prepared_dir(tmp_path / "sorted", "arrival")["id"].tolist()
    assert 0 < reader.peak_rows <= 3 * 4
    # a directory in no order is read whole (same order), and says so
    scrambled = PreparedReader(tmp_path / "scrambled", "arrival", batch_rows=4)
    assert [p.article.id for p in scrambled] == got
    assert not scrambled.streamed and scrambled.peak_rows == 68
    assert scrambled.vector_keys() == ["hashing-256-3@400"]
    # and it is what ingest links: the same store either way
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        api.ingest_prepared_dir(tmp_path / "sorted", a, settings=HASHING)
        api.ingest_prepared_dir(tmp_path / "scrambled", b, settings=HASHING)
        assert [(s.id, s.n_articles) for s in a.list_stories(limit=None)] == [
            (s.id, s.n_articles) for s in b.list_stories(limit=None)]
