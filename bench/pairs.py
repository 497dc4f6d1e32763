"""Pair scorer: cross-validated (by article) Pearson and same-event F1 on the SemEval dev pairs.

Vectors are cached under ``bench/.cache/`` so a second run only re-fits.
Usage: ``python bench/pairs.py [SHARED_DIR]``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from storyline.link.train import train_from_pairs

HERE = Path(__file__).resolve().parent


def run(shared_dir: Path) -> list[dict]:
    """Train with 5-fold CV by article; one JSON line per figure (printed and returned)."""
    csv_path = Path(shared_dir) / "data" / "semeval2022-task8-dev" / "pairs.csv"
    start = time.perf_counter()
    report = train_from_pairs(csv_path, cache_dir=HERE / ".cache", folds=5, seed=0)
    elapsed = round(time.perf_counter() - start, 1)
    cv = report.cv
    same = cv["same_event"]
    rows = [
        {
            "figure": "pairs_cv_pearson_overall",
            "value": cv["pearson"],
            "n": cv["n"],
            "target": 0.80,
            "baseline_raw_cosine": cv["pearson_raw_cosine"],
            "seconds": elapsed,
        },
        *(
            {"figure": f"pairs_cv_pearson_{lp}", "value": v["pearson"], "n": v["n"]}
            for lp, v in cv["by_language_pair"].items()
        ),
        *({"figure": f"pairs_cv_pearson_dim_{k}", "value": v} for k, v in cv["dimensions"].items()),
        *(
            {
                "figure": f"pairs_cv_same_event_f1_{k}",
                "value": v["f1"],
                "precision": v["precision"],
                "recall": v["recall"],
                "n": v["n"],
                "target": 0.90,
            }
            for k, v in same.items()
        ),
    ]
    for row in rows:
        row["bench"] = "pairs"
        print(json.dumps(row), flush=True)
    return rows


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "shared")
