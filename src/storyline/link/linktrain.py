"""Train :class:`~storyline.link.decide.LinkModel` on SemEval-format pairs.

Same-event labels as the pair scorer (gold ``Overall <= 1.5`` same,
``>= 3.0`` different, the rest left out); cross-validation splits by
article (:func:`storyline.link.train.fold_of_pairs`), with the centring mean
fitted inside each fold. (Training centres on the overall mean; the
tracker centres each side on its own language's running mean, see
:class:`~storyline.link.tracker.TrackerConfig`.) Reproduce the shipped weights with::

    python -m storyline.link.linktrain ../shared/data/semeval2022-task8-dev/pairs.csv \
        src/storyline/data/linker.json

Examples
--------
>>> import tempfile, os
>>> from storyline.encode import HashingEncoder
>>> d = tempfile.mkdtemp(); p = os.path.join(d, "p.csv")
>>> rows = "".join(f"{i}_{i + 100},en,en,Story {i} on Iraq {i}.,Story {i} about Iraq {i}.,"
...                f"{1 + 3 * (i % 2)}\\n" for i in range(20))
>>> _ = open(p, "w").write("pair_id,lang1,lang2,text1,text2,Overall\\n" + rows)
>>> params, cv = train_link_model(p, HashingEncoder(dim=64), folds=2)
>>> params["features"][0], cv["n"]
('cos_c', 20)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storyline.encode import Encoder, doc_text_for_linking
from storyline.link.decide import FEATURES, RunningMean, link_keys, pair_link_features
from storyline.link.metrics import DIFFERENT_MIN, SAME_MAX, read_pairs, same_event_f1
from storyline.link.models import Logistic
from storyline.link.train import fold_of_pairs, pair_sides
from storyline.link.vectors import LEAD_CHARS

__all__ = ["LEAD_CHARS", "train_link_model"]


ALPHA = 1.0


def _means(
    articles: Sequence[str], vecs: dict[str, np.ndarray], langs: dict[str, str]
) -> RunningMean:
    mean = RunningMean(len(next(iter(vecs.values()))), prior_weight=0.0)
    mean.add(np.array([vecs[a] for a in articles]), [langs[a] for a in articles])
    return mean


def _features(
    ids: Sequence[tuple[str, str]],
    vecs: dict[str, np.ndarray],
    keys: dict[str, str],
    langs: dict[str, str],
    mean: RunningMean,
) -> np.ndarray:
    return np.array(
        [
            pair_link_features(
                vecs[a],
                vecs[b],
                keys[a],
                keys[b],
                langs[a],
                langs[b],
                mean.value(),
            )
            for a, b in ids
        ]
    )


def train_link_model(
    csv_path: str | Path,
    encoder: Encoder,
    *,
    max_chars: int = LEAD_CHARS,
    folds: int = 5,
    seed: int = 0,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit the link model; return ``(params, cross-validation figures)``.

    ``params`` also carries the training mean vector under
    ``means[encoder.name]``, the prior the tracker's running mean starts from.
    """
    rows = [r for r in read_pairs(csv_path) if "Overall" in r.gold]
    rows = [r for r in rows if r.gold["Overall"] <= SAME_MAX or r.gold["Overall"] >= DIFFERENT_MIN]
    sides, ids = pair_sides(rows)
    names = list(sides)
    texts = [doc_text_for_linking(sides[k].title, sides[k].text, max_chars) for k in names]
    mat = np.vstack([encoder.encode(texts[i : i + 128]) for i in range(0, len(texts), 128)])
    vecs = dict(zip(names, mat, strict=True))
    keys = {k: link_keys(s.title, s.text, s.lang) for k, s in sides.items()}
    langs = {k: s.lang for k, s in sides.items()}
    gold = np.array([r.gold["Overall"] for r in rows])
    y = (gold <= SAME_MAX).astype(np.float64)
    prob = np.zeros(len(rows))
    cv: dict[str, Any] = {"n": len(rows), "folds": folds, "max_chars": max_chars}
    if folds >= 2:
        fold = fold_of_pairs(ids, folds=folds, seed=seed)
        for k in range(folds):
            train = [i for i, f in enumerate(fold) if f != k]
            test = [i for i, f in enumerate(fold) if f == k]
            if not train or not test:
                continue
            mean = _means(sorted({a for i in train for a in ids[i]}), vecs, langs)
            x = _features(ids, vecs, keys, langs, mean)
            model = Logistic(alpha=ALPHA).fit(x[train], y[train])
            prob[test] = model.predict_proba(x[test])
        cross = np.array([r.lang1 != r.lang2 for r in rows])
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            cv[f"t{t}"] = {
                "all": same_event_f1(gold, prob, t),
                "monolingual": same_event_f1(gold[~cross], prob[~cross], t),
                "crosslingual": same_event_f1(gold[cross], prob[cross], t),
            }
    running = _means(names, vecs, langs)
    model = Logistic(alpha=ALPHA).fit(_features(ids, vecs, keys, langs, running), y)
    overall = running.value()
    params = {
        "version": 1,
        "encoder": encoder.name,
        "features": list(FEATURES),
        "logistic": model.to_dict(),
        "means": {encoder.name: [round(float(v), 6) for v in overall]},
        "time_prior": {"free_days": 3.0, "logit_per_log_day": 2.0, "learned": False},
        "training": {"file": Path(csv_path).name, "n_pairs": len(rows), "max_chars": max_chars},
        "cv": cv,
    }
    return params, cv


def main(argv: list[str] | None = None) -> int:
    """``python -m storyline.link.linktrain PAIRS.csv OUT.json [CACHE.sqlite]``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: python -m storyline.link.linktrain PAIRS.csv OUT.json [CACHE.sqlite]")
        return 2
    from storyline.encode import CachedEncoder, get_encoder

    encoder: Encoder = get_encoder("e5-small")
    if len(args) > 2:
        encoder = CachedEncoder(encoder, args[2])
    params, cv = train_link_model(args[0], encoder)
    Path(args[1]).write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(cv, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
