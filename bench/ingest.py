"""Ingest throughput without vectors on the shared real articles (~1,750).

Each run ingests the seeds, the Fars News CSV and the SemEval article texts
into a fresh temporary store; the figure is the median over runs.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from shared_corpus import ingest_targets

from storyline.pipeline import default_workers, ingest
from storyline.store import Store

RUNS = 3  # median of three fresh stores per configuration


def _one_run(targets: list[Path], workers: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()
            report = ingest(targets, store, workers=workers, link=False)
            elapsed = time.perf_counter() - start
    return elapsed, report.read, report.added


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
    import json
    import sys

    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared"
    for row in run(shared):
        print(json.dumps(row))
