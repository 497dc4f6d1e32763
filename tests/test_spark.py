"""storyline on Apache Spark (local[2], started here, 127.0.0.1 only, stopped at the end).

One Spark session for the module; one prepare job over the sample corpus
(with a bad file and a Parquet table of records beside it), whose output
both tests use. Needs the ``storyline[spark]`` extra (``make install``) and
Java: when it runs as root and no ``java`` is found, the set-up installs
Debian's ``openjdk-17-jre-headless``; otherwise these tests skip with the
reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.sample import data_files, sample_dir

pytest.importorskip("pyspark", reason="PySpark is not installed: pip install 'storyline[spark]'")
pd = pytest.importorskip("pandas")


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").exists():
        return str(Path(home, "bin", "java"))
    return shutil.which("java")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if _java() is None:
        root = hasattr(os, "geteuid") and os.geteuid() == 0
        if not (root and shutil.which("apt-get")):
            pytest.skip("no Java runtime (java) and cannot apt-get install one (not root)")
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "openjdk-17-jre-headless"],
            check=False, capture_output=True, timeout=600,
        )
        if _java() is None:
            pytest.skip("no Java runtime: apt-get install openjdk-17-jre-headless failed")
    from storyline.spark import session

    spark = session("local[2]")
    assert spark.conf.get("spark.driver.bindAddress") == "127.0.0.1"
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def prepared(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The sample corpus (+ a bad file + a Parquet table) through `spark prepare`, 3 partitions."""
    from storyline.spark import prepare

    extra = tmp_path_factory.mktemp("extra") / "in[1]"  # [ ] is a Hadoop glob: read literally
    extra.mkdir()
    (extra / "broken.txt").write_bytes(b"")
    # a Parquet table of records: one is an article the corpus holds already (same record as
    # in the sample's JSONL export), one has no text
    line = (sample_dir() / "feeds" / "export-newsdesk.jsonl").read_text("utf-8").splitlines()[0]
    pd.DataFrame([json.loads(line), {"text": None, "title": "nothing"}]).to_parquet(
        extra / "records.parquet"
    )
    out = tmp_path_factory.mktemp("prepared") / "out[2]"
    inputs = [str(p) for p in data_files()] + [str(extra / "broken.txt"),
                                               str(extra / "records.parquet")]
    summary = prepare(spark, inputs, out, partitions=3)
    return out, summary


def test_spark_prepare_then_link_is_the_local_ingest(
    prepared: tuple[Path, Any], sample_db: Path, tmp_path: Path
) -> None:
    from storyline import api
    from storyline.batch import PreparedReader
    from storyline.store import Store

    out, summary = prepared
    assert (summary.prepared, summary.failed) == (69, 2)
    failures = pd.read_parquet(out / "failures")
    assert sorted(failures["failure"]) == ["empty 'text' field", "empty file"]
    assert (out / "_storyline.json").is_file()
    # written range-partitioned by arrival, sorted in each file: `ingest` streams it
    assert PreparedReader(out, "arrival").streamed
    with Store(tmp_path / "spark.db") as store:
        report = api.ingest_prepared_dir(out, store, order="input")
    assert (report.added, report.duplicates, report.existing) == (67, 1, 1)

    def dump(path: Path) -> tuple[list[Any], list[Any], list[Any]]:
        with sqlite3.connect(path) as conn:
            return (
                conn.execute("SELECT id, title, n_articles, merged_into FROM stories "
                             "ORDER BY id").fetchall(),
                conn.execute("SELECT article_id, story_id FROM story_articles "
                             "ORDER BY article_id").fetchall(),
                conn.execute("SELECT article_id, model, doc FROM vectors ORDER BY 1, 2").fetchall(),
            )

    stories, members, vectors = dump(tmp_path / "spark.db")
    want_stories, want_members, want_vectors = dump(sample_db)
    assert stories == want_stories and members == want_members
    assert len(vectors) == 67 and vectors == want_vectors  # bit-identical float16 vectors


def test_sharded_link_agrees_with_the_sequential_linker_and_merges_into_a_store(
    spark: Any, prepared: tuple[Path, Any], sample_db: Path, tmp_path: Path
) -> None:
    from storyline import api
    from storyline.batch import read_prepared_dir
    from storyline.evaluate.stories import bcubed_scores
    from storyline.shards import link_local
    from storyline.spark import link_shards
    from storyline.store import Store

    out, _ = prepared
    links = tmp_path / "links[3]"
    summary = link_shards(spark, out, links, shard_by="month", overlap_days=14)
    members = pd.read_parquet(links / "story_articles")
    assert summary.articles == len(members) == 67 and summary.shards > 2
    # the Spark shell computes what the engine-neutral functions compute in one process
    local = link_local(read_prepared_dir(out), "month", 14)
    got = dict(zip(members["id"], members["story_id"], strict=True))
    assert got == dict(zip(local["id"], local["story_id"], strict=True))
    with Store(sample_db) as store:  # the sequential linker's stories (input order)
        want = {a: s.id for s in store.list_stories(limit=None)
                for a in store.story_member_ids(s.id)}
    # which of two near-duplicates is stored (the other is its copy) depends on the order
    assert len(got) == len(want) == 67 and len(set(got) & set(want)) >= 66
    assert bcubed_scores(got, want)["f1"] >= 0.8
    # and into a store: the shards' stories, with the tracker's state; twice adds nothing
    with Store(tmp_path / "back.db") as store:
        report = api.ingest_prepared_dir(out, store, stories=links)
        stored = {a: s.id for s in store.list_stories(limit=None)
                  for a in store.story_member_ids(s.id)}
        again = api.ingest_prepared_dir(out, store, stories=links)
    assert report.added == 67 and (again.added, again.linked) == (0, 0)
    assert sum(stored.get(a) == s for a, s in got.items()) >= 66
