"""Ingest throughput on the shared real articles.

(a) Without vectors (~1,750 documents): each run ingests the seeds, the Fars
News CSV and the SemEval article texts into a fresh temporary store; the
figure is the median over runs.

(b) With encoding and linking, ``Settings.encode_ahead`` off and on, in
alternating runs in one process on the first ``--overlap N`` documents
(default 600): wall and CPU (this process and its workers) per run, then
the medians and the ratio, and whether both gave the same stories.
``python bench/ingest.py ../shared --overlap 800 --pairs 3``.
"""

from __future__ import annotations

import dataclasses
import resource
import statistics
import tempfile
import time
from pathlib import Path

from shared_corpus import ingest_targets

from storyline.article import RawDocument
from storyline.encode import get_encoder
from storyline.pipeline import default_workers, ingest, iter_documents
from storyline.settings import Settings
from storyline.store import Store

RUNS = 3  # median of three fresh stores per configuration


def _one_run(targets: list[Path], workers: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()
            report = ingest(targets, store, workers=workers, link=False)
            elapsed = time.perf_counter() - start
    return elapsed, report.read, report.added


def _cpu() -> float:
    return sum(
        getattr(resource.getrusage(who), f)
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        for f in ("ru_utime", "ru_stime")
    )


def _linked_run(docs: list[RawDocument], ahead: bool) -> dict:
    settings = dataclasses.replace(Settings(), encode_ahead=ahead)
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            cpu, start = _cpu(), time.perf_counter()
            report = ingest(docs, store, workers=default_workers(), settings=settings)
            wall, cpu = time.perf_counter() - start, _cpu() - cpu
            stories = sorted(sorted(s.article_ids) for s in store.list_stories(limit=None))
    return {
        "encode_ahead": ahead,
        "documents": report.read,
        "linked": report.linked,
        "wall_s": round(wall, 2),
        "articles_per_s": round(report.read / wall, 2),
        "cpu_ms_per_article": round(1000 * cpu / max(report.read, 1), 1),
        "stories": stories,
    }


def overlap(shared: Path, n: int = 600, pairs: int = 3) -> list[dict]:
    """Ingest + encode + link of the first ``n`` documents, encode_ahead off/on alternating."""
    docs: list[RawDocument] = []
    for path, _ in ingest_targets(shared):
        docs.extend(d for d in iter_documents([path]) if isinstance(d, RawDocument))
    docs = docs[:n]
    get_encoder(Settings().encoder).encode(["warm up"])  # the model loads before any timing
    runs: list[dict] = []
    for i in range(pairs):
        for ahead in ((False, True) if i % 2 == 0 else (True, False)):
            runs.append(_linked_run(docs, ahead))
            print({k: v for k, v in runs[-1].items() if k != "stories"}, flush=True)
    rows = []
    for ahead in (False, True):
        mine = [r for r in runs if r["encode_ahead"] is ahead]
        rows.append(
            {
                "figure": "ingest_link_overlap",
                "encode_ahead": ahead,
                "documents": mine[0]["documents"],
                "workers": default_workers(),
                "runs": len(mine),
                "wall_s": [r["wall_s"] for r in mine],
                "median_articles_per_s": statistics.median(r["articles_per_s"] for r in mine),
                "median_cpu_ms_per_article": statistics.median(
                    r["cpu_ms_per_article"] for r in mine
                ),
            }
        )
    rows.append(
        {
            "figure": "ingest_link_overlap_ratio",
            "wall_ratio_off_over_on": round(
                statistics.median(r["wall_s"] for r in runs if not r["encode_ahead"])
                / statistics.median(r["wall_s"] for r in runs if r["encode_ahead"]),
                3,
            ),
            "same_stories": all(r["stories"] == runs[0]["stories"] for r in runs),
        }
    )
    return rows


def run(shared: Path) -> list[dict]:
    targets = [path for path, _ in ingest_targets(shared)]
    rows = []
    for workers in sorted({1, default_workers()}):
        runs = [_one_run(targets, workers) for _ in range(RUNS)]
        median = statistics.median(r[0] for r in runs)
        read, added = runs[0][1], runs[0][2]
        rows.append(
            {
                "figure": "ingest_articles_per_s",
                "workers": workers,
                "documents": read,
                "added": added,
                "median_s": round(median, 3),
                "articles_per_s": round(read / median, 1),
                "runs": RUNS,
                "target": 200,
            }
        )
    return rows


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    import json
    import sys

    args = sys.argv[1:]
    options = {}
    for flag in ("--overlap", "--pairs"):
        if flag in args:
            at = args.index(flag)
            options[flag] = int(args[at + 1])
            del args[at : at + 2]
    shared = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
    if "--overlap" in options:
        rows = overlap(shared, options["--overlap"], options.get("--pairs", 3))
    else:
        rows = run(shared)
    for row in rows:
        print(json.dumps(row))
