"""``storyline eval pairs CSV``: score labelled pairs and compare with the gold.

Examples
--------
>>> import tempfile, os
>>> from storyline.encode import HashingEncoder
>>> p = os.path.join(tempfile.mkdtemp(), "pairs.csv")
>>> rows = ["pair_id,lang1,lang2,text1,text2,Overall"]
>>> rows += [f"{i}_{i + 50},en,de,Iraq hit IS {i} times.,Irak traf den IS {i} Mal.,{1 + i % 4}"
...          for i in range(6)]
>>> _ = open(p, "w").write("\\n".join(rows) + "\\n")
>>> out = evaluate_pairs(p, encoder=HashingEncoder(dim=384))
>>> out["n"], sorted(out["by_language_pair"]), out["in_sample"]
(6, ['de-en'], False)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from storyline.encode import Encoder, get_encoder
from storyline.link.features import encode_sides, pair_features
from storyline.link.metrics import file_sha256, pearson, read_pairs, same_event_f1
from storyline.link.scorer import PairScorer
from storyline.link.train import pair_sides

__all__ = ["evaluate_pairs"]


def _lang_pair(a: str, b: str) -> str:
    return "-".join(sorted((a or "?", b or "?")))


def evaluate_pairs(
    csv_path: str | Path,
    scorer: PairScorer | None = None,
    encoder: Encoder | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Pearson of predicted vs gold ``Overall`` (overall, per language pair, per dimension).

    Parameters
    ----------
    csv_path
        SemEval-format CSV: ``pair_id, lang1, lang2, text1, text2, Overall`` and
        optionally ``Geography, Entities, Time, Narrative, Style, Tone``.
    scorer
        Default: the shipped weights.
    encoder
        Default: the scorer's encoder (``e5-small``).
    progress
        Called with one-line messages.

    Returns
    -------
    dict
        ``pearson``, ``n``, ``by_language_pair`` (``{"de-en": {"pearson", "n"}}``,
        languages sorted), ``dimensions`` (Pearson per gold dimension present),
        ``same_event`` (``f1, precision, recall, n`` at the scorer's
        ``same_event_threshold``, with
        gold ``Overall <= 1.5`` same and ``>= 3.0`` different; also
        ``monolingual`` / ``crosslingual``), ``in_sample`` (true when the file
        is the scorer's own training file: the figures are then not a test).

    Examples
    --------
    >>> evaluate_pairs.__name__
    'evaluate_pairs'
    """
    say = progress or (lambda _msg: None)
    scorer = scorer or PairScorer.load()
    enc = encoder or get_encoder(scorer.encoder_name)
    rows = [r for r in read_pairs(csv_path) if "Overall" in r.gold]
    sides, ids = pair_sides(rows)
    keys = list(sides)
    vecs: dict[Any, Any] = {}
    for i in range(0, len(keys), 64):
        chunk = keys[i : i + 64]
        vecs.update(zip(chunk, encode_sides([sides[k] for k in chunk], enc), strict=True))
        say(f"encoded {len(vecs)}/{len(keys)} articles")
    scores = [
        scorer.score_features(
            pair_features(
                sides[a],
                sides[b],
                vecs[a],
                vecs[b],
                scorer.doc_mean,
                scorer.sent_mean,
                scorer.doc_components,
                scorer.sent_components,
                scorer.lang_means,
            )
        )
        for a, b in ids
    ]
    pred = np.array([s.overall for s in scores])
    prob = np.array([s.same_event_probability for s in scores])
    gold = np.array([r.gold["Overall"] for r in rows])
    pairs = [_lang_pair(r.lang1, r.lang2) for r in rows]
    out: dict[str, Any] = {"pearson": round(pearson(pred, gold), 4), "n": len(rows)}
    out["by_language_pair"] = {
        lp: {
            "pearson": round(pearson(pred[idx], gold[idx]), 4),
            "n": len(idx),
        }
        for lp in sorted(set(pairs))
        for idx in [[i for i, p in enumerate(pairs) if p == lp]]
    }
    dims: dict[str, Any] = {}
    for key in ("Geography", "Entities", "Time", "Narrative", "Style", "Tone"):
        idx = [i for i, r in enumerate(rows) if key in r.gold and key in scores[i].dimensions]
        if idx:
            dims[key] = {
                "pearson": round(
                    pearson(
                        [scores[i].dimensions[key] for i in idx], [rows[i].gold[key] for i in idx]
                    ),
                    4,
                ),
                "n": len(idx),
            }
    out["dimensions"] = dims
    thr = scorer.same_event_threshold
    same: dict[str, Any] = {**same_event_f1(gold, prob, thr), "threshold": thr}
    for name, cross in (("monolingual", False), ("crosslingual", True)):
        idx = [i for i, r in enumerate(rows) if (r.lang1 != r.lang2) == cross]
        same[name] = same_event_f1(gold[idx], prob[idx], thr)
    out["same_event"] = same
    trained_on = scorer.params.get("training", {}).get("sha256")
    out["in_sample"] = bool(trained_on) and trained_on == file_sha256(csv_path)
    if out["in_sample"]:
        out["note"] = "this file is the scorer's training data: in-sample figures, not a test"
    return out
