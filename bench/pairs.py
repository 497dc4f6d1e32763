"""SemEval dev pairs, cross-validated by article: the similarity scorer (Pearson with gold
``Overall``), then the same-event model (F1 at the join threshold, monolingual and
cross-language, Brier score, hard-negative false joins; all pairs and the first 796), its
title+lead stage and its sentence-level stage that stacks the scorer's predicted Overall
(nested out-of-fold, so the figures stay out of fold; the seconds include the nested fits).

Vectors are cached under ``bench/.cache/`` so a second run only re-fits (the same-event
model needs title + lead vectors only; the similarity scorer encodes every sentence).
Usage: ``python bench/pairs.py [SHARED_DIR]``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from storyline.encode import CachedEncoder, get_encoder
from storyline.link.decide import LinkModel
from storyline.training.linker import train_link_model
from storyline.training.scorer import train_from_pairs

HERE = Path(__file__).resolve().parent


def _same_event_row(figure: str, f: dict, elapsed: float) -> dict:
    return {
        "figure": figure,
        "f1": f["f1"],
        "precision": f["precision"],
        "recall": f["recall"],
        "f1_monolingual": f["monolingual"]["f1"],
        "f1_crosslingual": f["crosslingual"]["f1"],
        "brier": f["brier"],
        "hard_negative_false_join_rate": f["hard_negative_false_join_rate"],
        "threshold": f["threshold"],
        "n": f["n"],
        "target": {"f1": 0.90, "f1_crosslingual": 0.88, "hard_negative": 0.05},
        "seconds": elapsed,
    }


def same_event_rows(csv_path: Path, similarity: tuple | None = None) -> list[dict]:
    """Same-event figures of :func:`train_link_model` (5-fold CV by article).

    ``pairs_cv_same_event_*``: the title+lead stage (every candidate pair;
    the shipped weights' recorded figures: that stage is kept, not refitted);
    ``pairs_cv_same_event_stage2_*``: the sentence-level stage with the
    similarity's predicted Overall (``similarity``: the scorer's out-of-fold
    and nested predictions) at its own join threshold, the decision
    ``compare`` and ``eval pairs`` show.
    """
    start = time.perf_counter()
    encoder = CachedEncoder(get_encoder("e5-small"), HERE / ".cache" / "vectors.sqlite")
    # the shipped title+lead stage is kept (as `storyline train --keep-title-lead` does)
    shipped = LinkModel.load().params
    _, cv = train_link_model(
        csv_path, encoder, folds=5, seed=0, similarity=similarity, stage1=shipped
    )
    elapsed = round(time.perf_counter() - start, 1)
    rows = [
        _same_event_row(f"pairs_cv_same_event_{p}", cv[p], elapsed) for p in ("all", "first_796")
    ]
    if "aligned" in cv:
        rows += [
            _same_event_row(f"pairs_cv_same_event_stage2_{p}", cv["aligned"][p], elapsed)
            for p in ("all", "first_796")
        ]
    for row in rows:
        row["bench"] = "pairs"
        print(json.dumps(row), flush=True)
    return rows


def run(shared_dir: Path) -> list[dict]:
    """Train with 5-fold CV by article; one JSON line per figure (printed and returned)."""
    csv_path = Path(shared_dir) / "data" / "semeval2022-task8-dev" / "pairs.csv"
    start = time.perf_counter()
    report = train_from_pairs(csv_path, cache_dir=HERE / ".cache", folds=5, seed=0, nested=True)
    elapsed = round(time.perf_counter() - start, 1)
    similarity = None
    if report.oof_overall is not None and report.nested_overall is not None:
        similarity = (report.oof_overall, report.nested_overall)
    same_event = same_event_rows(csv_path, similarity)
    cv = report.cv
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
            {
                "figure": "pairs_cv_pearson_overall_first_796",
                "value": cv["first_796"]["pearson"],
                "n": cv["first_796"]["n"],
                "target": 0.80,
            }
            for _ in [0]
            if "first_796" in cv
        ),
        *(
            {
                "figure": "pairs_cv_same_event_from_overall",
                "f1": f["f1"],
                "precision": f["precision"],
                "recall": f["recall"],
                "f1_crosslingual": f["crosslingual"]["f1"],
                "brier": f["brier"],
                "hard_negative_false_join_rate": f["hard_negative_false_join_rate"],
                "threshold": f["threshold"],
                "f1_first_796": f.get("first_796", {}).get("f1"),
                "note": "the similarity's predicted Overall alone, Platt-calibrated: not used to link",
            }
            for f in [cv.get("same_event_from_overall")]
            if f
        ),
        *(
            {"figure": f"pairs_cv_pearson_{lp}", "value": v["pearson"], "n": v["n"]}
            for lp, v in cv["by_language_pair"].items()
        ),
        *({"figure": f"pairs_cv_pearson_dim_{k}", "value": v} for k, v in cv["dimensions"].items()),
    ]
    for row in rows:
        row["bench"] = "pairs"
        print(json.dumps(row), flush=True)
    return same_event + rows


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "shared")
