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

import numpy as np

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
    rows += fact_conflict_rows(csv_path, cv, elapsed)
    for row in rows:
        row["bench"] = "pairs"
        print(json.dumps(row), flush=True)
    return rows


def fact_conflict_rows(csv_path: Path, cv: dict, elapsed: float) -> list[dict]:
    """The same out-of-fold probabilities without and with the typed-fact conflict.

    The tracker, ``compare`` and ``eval pairs`` take ``tracker.fact_conflict``
    logit off a pair whose typed facts conflict (:mod:`storyline.link.facts`);
    the cross-validated model does not see it. ``..._fact_conflict`` rows give
    the figures of each stage's out-of-fold predictions (stage 1: refitted in
    this run, not the kept weights' recorded figures) at its join threshold,
    ``without`` and ``with`` the conflict: a same-run comparison.
    """
    from storyline.link.facts import conflict_shifts, penalise, typed_facts
    from storyline.link.tracker_config import TrackerConfig
    from storyline.training.linker import same_event_figures
    from storyline.training.metrics import read_pairs
    from storyline.training.scorer import pair_sides

    rows = read_pairs(csv_path)
    sides, ids = pair_sides(rows)
    facts = {k: typed_facts(s.title, s.text) for k, s in sides.items()}
    weight = TrackerConfig().fact_conflict
    shifts = np.array([conflict_shifts(facts[a], [facts[b]], weight)[0] for a, b in ids])
    stages = [("title_lead_refit", cv.get("predictions"), cv["all"]["threshold"])]
    if "aligned_predictions" in cv:
        stages.append(("stage2", cv["aligned_predictions"], cv["aligned"]["all"]["threshold"]))
    out = []
    for stage, preds, threshold in stages:
        if preds is None:
            continue
        prob = np.array([np.nan if v is None else v for v in preds], dtype=np.float64)
        for part, limit in (("all", len(rows)), ("first_796", 796)):
            idx = [i for i in range(min(limit, len(rows))) if not np.isnan(prob[i])]
            chosen = [rows[i] for i in idx]
            figures = {}
            for name, p in (("without", prob[idx]), ("with", penalise(prob[idx], shifts[idx]))):
                f = same_event_figures(chosen, p, threshold)
                figures[name] = {
                    "f1": f["f1"],
                    "precision": f["precision"],
                    "recall": f["recall"],
                    "f1_crosslingual": f["crosslingual"]["f1"],
                    "hard_negative_false_join_rate": f["hard_negative_false_join_rate"],
                    "brier": f["brier"],
                }
            out.append(
                {
                    "figure": f"pairs_cv_same_event_{stage}_{part}_fact_conflict",
                    "threshold": threshold,
                    "pairs_with_conflict": int((shifts[idx] != 0).sum()),
                    **figures,
                    "seconds": elapsed,
                }
            )
    return out


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
    from _help import exit_if_help

    exit_if_help(__doc__)
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "shared")
