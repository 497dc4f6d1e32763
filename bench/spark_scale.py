"""storyline on Spark: prepare throughput on local[1] and local[2], sharded vs exact linking.

1. Prepare + encode (e5-small) the dated real articles -- the two seeds and
   the Fars News CSV (247 documents) -- with ``storyline.spark.prepare`` on
   ``local[1]`` and ``local[2]`` (a fresh session each, model loading
   included, as a job would pay it); articles/s and the local[2]/local[1]
   ratio (target >= 1.7: it scales with cores).
2. Link the prepared articles with the exact sequential linker (arrival
   order), and by time shard (``storyline.spark.link_shards``, week and
   month shards, overlap from the linker's own time rule,
   :func:`storyline.shards.overlap_days_for`), on the Fars News articles plus
   the sample corpus (dated 2019-2025); pairwise and BCubed F1 of the sharded
   stories against the exact ones.

Needs the ``storyline[spark]`` extra and Java. Timings on a shared 2-core
machine are noisy: the ratio is measured in one run, back to back.
Usage: ``python bench/spark_scale.py [SHARED] [--quick] [--docs=N] [--local] [--no-speed]``
(``--quick``: only the sharded-linking agreement, on the sample corpus
alone; ``--docs=N``: only the first N Fars News rows; ``--local``: the
sharded linking in this process, :func:`storyline.shards.link_local`, which
gives what Spark gives, at a fraction of the cost on a small machine;
``--no-speed``: leave out the local[1]/local[2] prepare timing).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from storyline.sample import data_files

NEEDS_SHARED = True


def _targets(shared: Path, tmp: Path, docs: int | None = None) -> list[str]:
    fars = shared / "data" / "fa-farsnews" / "farsnews.csv"
    if docs is not None:  # the first `docs` rows of the Fars News CSV (header kept)
        import csv

        csv.field_size_limit(1 << 30)
        with fars.open(encoding="utf-8", newline="") as src:
            rows = list(csv.reader(src))
        fars = tmp / "farsnews-head.csv"
        with fars.open("w", encoding="utf-8", newline="") as dst:
            csv.writer(dst).writerows(rows[: docs + 1])
    return [str(shared / "data" / "seeds"), str(fars)]


def _prepare(master: str, inputs: list[str], out: Path, partitions: int) -> tuple[float, int]:
    from storyline.spark import prepare, session

    start = time.perf_counter()
    spark = session(master)
    try:
        summary = prepare(spark, inputs, out, partitions=partitions, mode="overwrite")
    finally:
        spark.stop()
    return time.perf_counter() - start, summary.prepared


def _exact(prepared: Path, tmp: Path) -> dict[str, str]:
    from storyline.api import ingest_prepared_dir
    from storyline.store import Store

    with Store(tmp / "exact.db") as store:
        ingest_prepared_dir(prepared, store, order="arrival")
        return {a: s.id for s in store.list_stories(limit=None)
                for a in store.story_member_ids(s.id)}


def agreement(prepared: Path, tmp: Path, engine: str = "spark") -> list[dict]:
    """Sharded vs exact; ``engine`` ``spark`` (link_shards on local[2]) or ``local``
    (storyline.shards.link_local in this process: the same result, tests/test_spark.py)."""
    import pandas as pd

    from storyline.batch import read_prepared_dir
    from storyline.evaluate.stories import bcubed_scores, pairwise_scores
    from storyline.shards import capped_overlap, link_local, overlap_days_for
    from storyline.spark import link_shards, session

    exact = _exact(prepared, tmp)
    overlap = overlap_days_for(0.99)
    rows = []
    spark = session("local[2]") if engine == "spark" else None
    frame = read_prepared_dir(prepared) if spark is None else None
    try:
        for shard_by in ("month", "week"):
            for days in sorted({0.0, overlap}):
                out = tmp / f"links-{shard_by}-{days}"
                start = time.perf_counter()
                if spark is not None:
                    shards = link_shards(spark, prepared, out, shard_by=shard_by,
                                         overlap_days=days).shards
                    m = pd.read_parquet(out / "story_articles")
                else:
                    m = link_local(frame, shard_by, days)
                    shards = int(m["shard"].nunique())
                wall = time.perf_counter() - start
                got = dict(zip(m["id"], m["story_id"], strict=True))
                pw, b3 = pairwise_scores(got, exact), bcubed_scores(got, exact)
                rows.append({
                    "figure": "sharded_vs_exact", "engine": engine, "shard_by": shard_by,
                    "overlap_days": days, "overlap_used": capped_overlap(shard_by, days),
                    "shards": shards, "articles": len(got),
                    "stories_exact": len(set(exact.values())),
                    "stories_sharded": len(set(got.values())),
                    "pairwise_f1": pw["f1"], "pairwise_precision": pw["precision"],
                    "pairwise_recall": pw["recall"], "bcubed_f1": b3["f1"],
                    "same_story_ids": sum(got.get(a) == s for a, s in exact.items()),
                    "wall_s": round(wall, 1),
                })
    finally:
        if spark is not None:
            spark.stop()
    return rows


def run(
    shared: Path, quick: bool = False, docs: int | None = None, engine: str = "spark",
    speed_too: bool = True,
) -> list[dict]:
    rows: list[dict] = []
    tmp = Path(tempfile.mkdtemp(prefix="storyline-bench-spark-"))
    try:
        if not quick:
            inputs = _targets(shared, tmp, docs)
        if not quick and speed_too:
            speed = {}
            for master in ("local[1]", "local[2]"):
                wall, n = _prepare(master, inputs, tmp / f"prep-{master.replace('[', '').replace(']', '')}", partitions=4)
                speed[master] = n / wall
                rows.append({"figure": "spark_prepare_articles_per_s", "master": master,
                             "articles": n, "wall_s": round(wall, 1),
                             "articles_per_s": round(n / wall, 2)})
            rows.append({"figure": "spark_prepare_scaling", "ratio_local2_local1":
                         round(speed["local[2]"] / speed["local[1]"], 2), "target": 1.7})
        if not quick:
            linked = [*inputs, *(str(p) for p in data_files())]
        else:
            linked = [str(p) for p in data_files()]
        _prepare("local[2]", linked, tmp / "prep-all", partitions=4)
        rows += agreement(tmp / "prep-all", tmp, engine)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    import json

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
    docs = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--docs=")), None)
    engine = "local" if "--local" in sys.argv else "spark"
    for row in run(shared, quick="--quick" in sys.argv, docs=docs, engine=engine,
                   speed_too="--no-speed" not in sys.argv):
        print(json.dumps(row))
