"""The engine-neutral batch stages (storyline.batch, storyline.shards), without Spark.

The Spark shell only calls these; here they run on plain pandas frames, in
scrambled batches, and what they produce is stored and linked by the same
loop ``ingest`` runs.
"""

from __future__ import annotations

import dataclasses
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
from storyline.shards import assign_shards, link_shard, overlap_days_for, stitch
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
    assert report.added == 63 and report.duplicates == 1
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
