"""Train and cross-validate the one same-event model, :class:`~storyline.link.decide.LinkModel`.

Labels come from the SemEval-2022 pairs: gold ``Overall <= 1.5`` is the same
event, ``>= 2.5`` a different one (the line of the hard-negative definition),
pairs in between are left out of training and of the F1 figures. Cross-validation splits by article (whole
connected groups of articles per fold, :func:`storyline.training.folds.cv_splits`);
each fold fits its own per-language centring means on its training
articles only, as the tracker centres each side on its own language's
running mean.

Calibration: the logistic model's cross-validated logits are mapped to
probabilities by a Platt fit (``sigmoid(a * logit + b)``) on those same
out-of-fold predictions; the join threshold is the calibrated probability
that maximises out-of-fold F1. The figures (F1, precision, recall,
monolingual and cross-language, Brier score, reliability curve and the
hard-negative false-join rate: gold ``Entities <= 2`` and ``Overall >= 2.5``
predicted as one event) are out-of-fold. Reproduce the shipped weights with
``storyline train PAIRS.csv --out DIR --cache CACHE.sqlite``.

Examples
--------
>>> import tempfile, os
>>> from storyline.encode import HashingEncoder
>>> d = tempfile.mkdtemp(); p = os.path.join(d, "p.csv")
>>> rows = "".join(f"{i}_{i + 100},en,en,Story {i} on Iraq {i}.,Story {i} about Iraq {i}.,"
...                f"{1 + 3 * (i % 2)}\\n" for i in range(20))
>>> _ = open(p, "w").write("pair_id,lang1,lang2,text1,text2,Overall\\n" + rows)
>>> params, cv = train_link_model(p, HashingEncoder(dim=64), folds=2)
>>> params["features"][0], cv["n"], 0.0 <= params["threshold"] <= 1.0
('cos_c', 20, True)
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storyline.encode import Encoder, doc_text_for_linking, encode_texts
from storyline.link.align_evidence import (
    ALIGN_CHARS,
    ALIGN_FEATURES,
    MAX_ALIGN_SENTENCES,
    AlignSide,
    align_texts,
    pair_alignment,
    similarity_of_overall,
)
from storyline.link.decide import FEATURES, SIGNS, RunningMean, link_keys, pair_link_features
from storyline.link.features import PairSide
from storyline.link.models import Logistic
from storyline.link.sentences import linking_sentences
from storyline.link.vectors import LEAD_CHARS
from storyline.training.folds import cv_splits
from storyline.training.metrics import (
    DIFFERENT_MIN,
    DIFFERENT_MIN_BEFORE,
    SAME_MAX,
    PairRow,
    file_sha256,
    read_pairs,
    same_event_f1,
)
from storyline.training.scorer import pair_sides

__all__ = [
    "HARD_NEGATIVE",
    "brier",
    "f_beta",
    "fit_signed",
    "hard_negative",
    "overall_as_same_event",
    "platt",
    "reliability",
    "same_event_figures",
    "train_link_model",
]

ALPHA = 1.0
"""L2 penalty of the logistic model (on standardised features)."""
TIME_PRIOR = {"free_days": 3.0, "logit_per_log_day": 2.0, "close_bonus": 0.5, "learned": False}
"""Publication-time term (see :class:`~storyline.link.decide.LinkModel`): a prior, not
learned, because the training pairs carry no publication dates."""
BETA = 0.5
"""The join threshold maximises out-of-fold F-beta with this beta: a wrong join
(an unrelated article inside a story) costs a reader more than a missed one
(two stories a reader can merge), so precision weighs twice recall."""
HARD_NEGATIVE = (2.0, 2.5)
"""A pair is a hard negative when gold ``Entities <= 2.0`` (same people and places)
and ``Overall >= 2.5`` (another story)."""


def hard_negative(gold: Mapping[str, float]) -> bool:
    """Same actors, another story: gold ``Entities <= 2`` and ``Overall >= 2.5``.

    Examples
    --------
    >>> hard_negative({"Entities": 1.5, "Overall": 3.0}), hard_negative({"Overall": 3.0})
    (True, False)
    """
    ent, overall = gold.get("Entities"), gold.get("Overall")
    return (
        ent is not None
        and overall is not None
        and ent <= HARD_NEGATIVE[0]
        and (overall >= HARD_NEGATIVE[1])
    )


def brier(y: Sequence[float] | np.ndarray, p: Sequence[float] | np.ndarray) -> float:
    """Mean squared error of probabilities ``p`` against 0/1 outcomes ``y``.

    Examples
    --------
    >>> brier([1, 0], [0.8, 0.4])
    0.1
    """
    a, b = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    return round(float(np.mean((a - b) ** 2)), 4) if len(a) else float("nan")


def reliability(
    y: Sequence[float] | np.ndarray, p: Sequence[float] | np.ndarray, bins: int = 10
) -> list[dict[str, Any]]:
    """Reliability curve: per probability bin, the mean prediction and the observed rate.

    Examples
    --------
    >>> reliability([0, 1, 1], [0.05, 0.95, 0.9], bins=2)
    [{'bin': '0.0-0.5', 'n': 1, 'predicted': 0.05, 'observed': 0.0}, {'bin': '0.5-1.0', 'n': 2, 'predicted': 0.925, 'observed': 1.0}]
    """
    a, b = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    out = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        idx = (b >= lo) & ((b < hi) if k < bins - 1 else (b <= hi))
        if idx.any():
            out.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": int(idx.sum()),
                    "predicted": round(float(b[idx].mean()), 3),
                    "observed": round(float(a[idx].mean()), 3),
                }
            )
    return out


def platt(logits: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: ``(a, b)`` so that ``sigmoid(a * logit + b)`` fits the labels ``y``.

    Examples
    --------
    >>> a, b = platt(np.array([-2.0, -1.0, 1.0, 2.0, 0.5, -0.5]), np.array([0, 0, 1, 1, 0, 1]))
    >>> a > 0
    True
    """
    z = np.column_stack([logits, np.ones(len(logits))])
    y = np.asarray(y, dtype=np.float64)

    def loss(beta: np.ndarray) -> float:
        t = z @ beta
        return float(np.sum(np.logaddexp(0.0, t) - y * t) + 5e-4 * beta @ beta)

    beta = np.zeros(2)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -40, 40)))
        grad = z.T @ (p - y) + 1e-3 * beta
        hess = (z * (p * (1 - p))[:, None]).T @ z + 1e-3 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        scale, current = 1.0, loss(beta)
        while scale > 1e-6 and loss(beta - scale * step) > current:
            scale /= 2
        beta = beta - scale * step
        if np.abs(scale * step).max() < 1e-10:
            break
    return float(beta[0]), float(beta[1])


def same_event_figures(
    rows: Sequence[PairRow], prob: Sequence[float] | np.ndarray, threshold: float
) -> dict[str, Any]:
    """F1/precision/recall (all, monolingual, cross-language), Brier, reliability, hard negatives.

    Labels: gold ``Overall <= SAME_MAX`` same, ``>= DIFFERENT_MIN`` different
    (``labels`` says so, with how many pairs fall in between and are left
    out); ``labels_before`` repeats F1/precision/recall under the label line
    used before (``DIFFERENT_MIN_BEFORE``), so figures stay comparable.

    Examples
    --------
    >>> r = [PairRow("a", "b", "en", "de", "", "", {"Overall": 1.0}),
    ...      PairRow("c", "d", "en", "en", "", "", {"Overall": 2.5, "Entities": 1.5})]
    >>> f = same_event_figures(r, [0.9, 0.6], 0.5)
    >>> f["crosslingual"]["f1"], f["hard_negative_false_join_rate"], f["n_hard_negatives"]
    (1.0, 1.0, 1)
    >>> f["precision"], f["labels_before"]["precision"], f["labels_before"]["n_left_out"]
    (0.5, 1.0, 1)
    """
    gold = np.array([r.gold["Overall"] for r in rows], dtype=np.float64)
    p = np.asarray(prob, dtype=np.float64)
    cross = np.array([r.lang1.split("-")[0] != r.lang2.split("-")[0] for r in rows], dtype=bool)
    out: dict[str, Any] = {**same_event_f1(gold, p, threshold), "threshold": round(threshold, 3)}
    out["monolingual"] = same_event_f1(gold[~cross], p[~cross], threshold)
    out["crosslingual"] = same_event_f1(gold[cross], p[cross], threshold)
    labelled = (gold <= SAME_MAX) | (gold >= DIFFERENT_MIN)
    out["labels"] = {
        "same": f"Overall <= {SAME_MAX}",
        "different": f"Overall >= {DIFFERENT_MIN}",
        "n_left_out": int((~labelled).sum()),
    }
    before = DIFFERENT_MIN_BEFORE
    out["labels_before"] = {
        **same_event_f1(gold, p, threshold, different_min=before),
        "different": f"Overall >= {before}",
        "n_left_out": int(((gold > SAME_MAX) & (gold < before)).sum()),
        "monolingual": same_event_f1(gold[~cross], p[~cross], threshold, different_min=before),
        "crosslingual": same_event_f1(gold[cross], p[cross], threshold, different_min=before),
    }
    y = (gold[labelled] <= SAME_MAX).astype(np.float64)
    out["brier"] = brier(y, p[labelled])
    out["reliability"] = reliability(y, p[labelled])
    hard = np.array([hard_negative(r.gold) for r in rows], dtype=bool)
    out["n_hard_negatives"] = int(hard.sum())
    out["hard_negative_false_join_rate"] = (
        round(float((p[hard] >= threshold).mean()), 4) if hard.any() else None
    )
    return out


def _lang_means(
    articles: Sequence[str], vecs: Mapping[str, np.ndarray], langs: Mapping[str, str]
) -> RunningMean:
    mean = RunningMean(len(next(iter(vecs.values()))), prior_weight=0.0)
    mean.add(np.array([vecs[a] for a in articles]), [langs[a] for a in articles])
    return mean


def pair_matrix(
    ids: Sequence[tuple[str, str]],
    vecs: Mapping[str, np.ndarray],
    keys: Mapping[str, str],
    langs: Mapping[str, str],
    mean: RunningMean,
) -> np.ndarray:
    """:data:`~storyline.link.decide.FEATURES` rows of the pairs ``ids``, each side centred
    on its language's mean in ``mean`` (as the tracker does).

    Examples
    --------
    >>> v = {"a": np.array([1.0, 0.0]), "b": np.array([0.0, 1.0])}
    >>> m = _lang_means(["a", "b"], v, {"a": "en", "b": "en"})
    >>> pair_matrix([("a", "b")], v, {"a": "", "b": ""}, {"a": "en", "b": "en"}, m).shape
    (1, 16)
    """
    return np.array(
        [
            pair_link_features(
                vecs[a],
                vecs[b],
                keys[a],
                keys[b],
                langs[a],
                langs[b],
                mean.value(langs[a]),
                mean.value(langs[b]),
            )
            for a, b in ids
        ],
        dtype=np.float64,
    ).reshape(len(ids), len(FEATURES))


def fit_signed(
    x: np.ndarray, y: np.ndarray, alpha: float = ALPHA, names: Sequence[str] = FEATURES
) -> Logistic:
    """Logistic fit in which every weight has the sign :data:`~storyline.link.decide.SIGNS` says.

    A feature whose weight comes out with the wrong sign is held at zero
    (its column blanked) and the model refitted, until every sign agrees.
    ``names`` are the columns' feature names (default :data:`FEATURES`).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x = rng.normal(size=(200, len(FEATURES)))
    >>> y = (x[:, 0] + 0.5 * rng.normal(size=200) > 0).astype(float)
    >>> m = fit_signed(x, y)
    >>> bool(m.coef_[0] > 0), all(m.coef_[i] * SIGNS.get(f, 1) >= 0 for i, f in enumerate(FEATURES))
    (True, True)
    """
    blank: set[int] = set()
    while True:
        xx = x.copy()
        for j in blank:
            xx[:, j] = 0.0
        model = Logistic(alpha=alpha).fit(xx, y)
        wrong = [
            j
            for j, name in enumerate(names)
            if j not in blank and SIGNS.get(name, 1) * model.coef_[j] < 0
        ]
        if not wrong:
            for j in blank:
                model.coef_[j] = 0.0
            return model
        blank.add(max(wrong, key=lambda j: abs(model.coef_[j] * SIGNS.get(names[j], 1))))


def _logit(model: Logistic, x: np.ndarray) -> np.ndarray:
    return model._scale(x) @ model.coef_ + model.intercept_


def f_beta(precision: float, recall: float, beta: float = BETA) -> float:
    """F-beta of precision and recall (beta < 1 weighs precision more).

    Examples
    --------
    >>> round(f_beta(0.9, 0.6, 0.5), 3), round(f_beta(0.6, 0.9, 0.5), 3)
    (0.818, 0.643)
    """
    b2 = beta * beta
    den = b2 * precision + recall
    return (1 + b2) * precision * recall / den if den > 0 else 0.0


def _best_threshold(rows: Sequence[PairRow], prob: np.ndarray, beta: float = BETA) -> float:
    gold = np.array([r.gold["Overall"] for r in rows])
    scored = []
    for t in np.arange(0.2, 0.91, 0.01):
        f = same_event_f1(gold, prob, float(t))
        scored.append(
            (round(f_beta(f["precision"], f["recall"], beta), 4), -abs(t - 0.5), float(t))
        )
    return round(max(scored)[2], 2)


def train_link_model(
    csv_path: str | Path,
    encoder: Encoder,
    *,
    max_chars: int = LEAD_CHARS,
    folds: int = 5,
    seed: int = 0,
    keys: Mapping[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
    alignment: bool = True,
    similarity: tuple[np.ndarray, np.ndarray] | None = None,
    stage1: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit the same-event model; return ``(params, cross-validated figures)``.

    Parameters
    ----------
    csv_path
        SemEval-format pairs CSV.
    encoder
        Encodes each article's title + first ``max_chars`` characters
        (wrap it in a :class:`~storyline.encode.CachedEncoder` to encode once).
    folds, seed
        Cross-validation by article (``folds < 2``: no CV, no calibration).
    keys
        Link keys already computed, by article id (else computed here).
    progress
        Called with one-line messages.
    alignment
        Also fit the model with sentence-level evidence
        (:data:`ALIGNED` columns, for ``LinkModel.refine``): every article's
        headline and first sentences are encoded too.
    similarity
        ``(oof, nested)``: the similarity scorer's predicted ``Overall`` per
        row, out of fold (``TrainReport.oof_overall``, the shipped weights'
        ``similarity`` input), and per outer fold with the training rows'
        values from an inner CV (``TrainReport.nested_overall``, ``(folds,
        rows)``, the same folds: :func:`~storyline.training.folds.cv_splits`
        of the same rows and seed), so the stacked model's figures are
        out of fold. Without it the sentence-level model has no
        ``similarity`` feature.
    stage1
        Weights of a :class:`~storyline.link.decide.LinkModel` file whose
        title+lead stage to keep (``logistic``, ``calibration``,
        ``threshold`` and their recorded CV figures) instead of the one
        fitted here; the sentence-level stage is still fitted and reported
        at that threshold. The shipped file keeps the session-9 title+lead
        weights this way (refitted on today's link keys they join more hard
        negatives at every threshold with the same F1).

    Returns
    -------
    tuple
        ``params`` (what :class:`~storyline.link.decide.LinkModel` loads; the
        training mean vector under ``means[encoder.name]``; ``aligned``: the
        weights with sentence-level evidence) and the CV figures: ``all``,
        ``at_best_f1`` and ``first_796`` (the rows the folder held before),
        each from :func:`same_event_figures`, the same under ``aligned`` for
        the model with sentence-level evidence (with the similarity when
        given; at its own threshold -- the best F0.5 among those joining no
        larger share of hard negatives than the title+lead stage, recorded
        as the block's ``threshold`` -- with ``at_join_threshold`` and
        ``at_own_f05`` beside) and under
        ``aligned_without_similarity``, plus the out-of-fold ``predictions`` /
        ``aligned_predictions`` (one probability per row).
    """
    say = progress or (lambda _msg: None)
    if stage1 is not None and tuple(stage1.get("features", ())) != FEATURES:
        raise ValueError("the title+lead weights to keep are for other features")
    rows = [r for r in read_pairs(csv_path) if "Overall" in r.gold]
    sides, ids = pair_sides(rows)
    names = list(sides)
    texts = [doc_text_for_linking(sides[k].title, sides[k].text, max_chars) for k in names]
    mat = encode_texts(encoder, texts, progress=lambda d, n: say(f"encoded {d}/{n} leads"))
    vecs = dict(zip(names, mat, strict=True))
    given = keys or {}
    all_keys = {
        k: given[k] if k in given else link_keys(s.title, s.text, s.lang) for k, s in sides.items()
    }
    langs = {k: s.lang for k, s in sides.items()}
    aligned_sides = _align_sides(sides, encoder, say) if alignment else None
    gold = np.array([r.gold["Overall"] for r in rows])
    labelled = (gold <= SAME_MAX) | (gold >= DIFFERENT_MIN)
    y = (gold <= SAME_MAX).astype(np.float64)
    cv: dict[str, Any] = {"n": len(rows), "folds": folds, "max_chars": max_chars}
    calibration: dict[str, Any] = {"a": 1.0, "b": 0.0}
    aligned_calibration: dict[str, Any] = {"a": 1.0, "b": 0.0}
    sim_calibration: dict[str, Any] = {"a": 1.0, "b": 0.0}
    threshold = 0.5
    plain_threshold = sim_threshold = None

    plain_align = len(FEATURES) + len(ALIGN_FEATURES) - 1

    def matrix(
        pairs: Sequence[int], mean: RunningMean, with_align: bool, sim: np.ndarray | None = None
    ) -> np.ndarray:
        """FEATURES (+ ALIGN_FEATURES; the similarity column from ``sim``, else dropped)."""
        x = pair_matrix([ids[i] for i in pairs], vecs, all_keys, langs, mean)
        if not with_align or aligned_sides is None:
            return x
        extra = [
            pair_alignment(
                aligned_sides[ids[i][0]],
                aligned_sides[ids[i][1]],
                mean.value(langs[ids[i][0]]),
                mean.value(langs[ids[i][1]]),
            )
            for i in pairs
        ]
        z = np.column_stack([x, np.array(extra).reshape(len(pairs), len(ALIGN_FEATURES))])
        if sim is None:
            return z[:, :plain_align]
        z[:, -1] = [similarity_of_overall(sim[i]) for i in pairs]
        return z

    if similarity is not None:
        oof, nested = (np.asarray(v, dtype=np.float64) for v in similarity)
        if oof.shape != (len(rows),) or nested.shape != (folds, len(rows)):
            raise ValueError(
                f"similarity predictions are for {oof.shape} rows / {nested.shape} folds, "
                f"not {len(rows)} rows in {folds} folds"
            )
    with_sim = similarity is not None and aligned_sides is not None
    if folds >= 2:
        splits, how = cv_splits(ids, folds=folds, seed=seed)
        logits = np.full(len(rows), np.nan)
        logits_al = np.full(len(rows), np.nan)
        logits_sim = np.full(len(rows), np.nan)
        for k, (train, test) in enumerate(splits):
            train = [i for i in train if labelled[i]]
            if not train or not test:
                continue
            mean = _lang_means(sorted({a for i in train for a in ids[i]}), vecs, langs)
            model = fit_signed(matrix(train, mean, False), y[train])
            logits[test] = _logit(model, matrix(test, mean, False))
            if aligned_sides is not None:
                model = fit_signed(matrix(train, mean, True), y[train], names=ALIGNED_PLAIN)
                logits_al[test] = _logit(model, matrix(test, mean, True))
            if with_sim:
                # the training rows' similarity never comes from a model that saw the test rows
                model = fit_signed(matrix(train, mean, True, nested[k]), y[train], names=ALIGNED)
                logits_sim[test] = _logit(model, matrix(test, mean, True, nested[k]))
            say(f"fold {k + 1}/{folds}: {len(test)} test pairs")
        tested = ~np.isnan(logits)
        idx = [i for i in range(len(rows)) if tested[i]]
        calibration, prob = _calibrate(logits, y, tested & labelled)
        threshold = _best_threshold([rows[i] for i in idx], prob[idx])
        cv["split"] = f"by article ({how})"
        cv.update(_cv_parts(rows, idx, prob, threshold))
        if stage1 is not None:  # kept title+lead stage: its threshold, its recorded figures
            threshold = float(stage1["threshold"])
            kept = stage1.get("cv", {})
            cv.update({k: kept[k] for k in ("all", "at_best_f1", "first_796") if k in kept})
            cv["title_lead_kept"] = "weights and figures of the kept title+lead stage"
        cv["predictions"] = [None if math.isnan(v) else round(float(v), 4) for v in prob]
        if aligned_sides is not None:
            # refined decisions join no more hard negatives than the title+lead stage does
            hn_cap = float(cv["all"].get("hard_negative_false_join_rate") or 0.0)
            chosen = [rows[i] for i in idx]
            aligned_calibration, prob_al = _calibrate(logits_al, y, tested & labelled)
            plain_threshold = _capped_threshold(chosen, prob_al[idx], hn_cap, threshold)
            cv["aligned_without_similarity"] = _staged_parts(
                rows, idx, prob_al, plain_threshold, threshold
            )
            if with_sim:
                sim_calibration, prob_al = _calibrate(logits_sim, y, tested & labelled)
                sim_threshold = _capped_threshold(chosen, prob_al[idx], hn_cap, threshold)
                cv["aligned"] = _staged_parts(rows, idx, prob_al, sim_threshold, threshold)
            else:
                cv["aligned"] = cv["aligned_without_similarity"]
            own = _best_threshold([rows[i] for i in idx], prob_al[idx])
            cv["aligned"]["at_own_f05"] = same_event_figures(
                [rows[i] for i in idx], prob_al[idx], own
            )
            cv["aligned"]["at_own_f05"].pop("reliability", None)
            cv["aligned_predictions"] = [
                None if math.isnan(v) else round(float(v), 4) for v in prob_al
            ]
    running = _lang_means(names, vecs, langs)
    train_all = [i for i in range(len(rows)) if labelled[i]]
    model = fit_signed(matrix(train_all, running, False), y[train_all])
    if stage1 is not None:
        model = Logistic.from_dict(stage1["logistic"])
        calibration = dict(stage1["calibration"])
        threshold = float(stage1["threshold"])
    params: dict[str, Any] = {
        "version": 2,
        "encoder": encoder.name,
        "features": list(FEATURES),
        "logistic": model.to_dict(),
        "calibration": calibration,
        "threshold": threshold,
        "means": {encoder.name: [round(float(v), 6) for v in running.value()]},
        "time_prior": TIME_PRIOR,
        "training": {
            "file": Path(csv_path).name,
            "sha256": file_sha256(csv_path),
            "n_pairs": len(rows),
            "n_labelled": int(labelled.sum()),
            "max_chars": max_chars,
            "labels": f"same: Overall <= {SAME_MAX}; different: Overall >= {DIFFERENT_MIN}",
        },
        "cv": {k: v for k, v in cv.items() if not k.endswith("predictions")},
    }
    if aligned_sides is not None:
        sentences = {"max": MAX_ALIGN_SENTENCES, "chars": ALIGN_CHARS}
        model = fit_signed(matrix(train_all, running, True), y[train_all], names=ALIGNED_PLAIN)
        params["aligned_without_similarity"] = {
            "features": list(ALIGNED_PLAIN),
            "logistic": model.to_dict(),
            "calibration": aligned_calibration,
            "threshold": threshold if plain_threshold is None else plain_threshold,
            "sentences": sentences,
        }
    if with_sim:
        # the shipped weights see the scorer's out-of-fold predictions, as a new pair's
        # similarity comes from a scorer that never saw it
        z = matrix(train_all, running, True, oof)
        model = fit_signed(z, y[train_all], names=ALIGNED)
        params["aligned"] = {
            "features": list(ALIGNED),
            "logistic": model.to_dict(),
            "calibration": sim_calibration,
            "threshold": threshold if sim_threshold is None else sim_threshold,
            "sentences": sentences,
            "similarity": "similarity scorer's predicted Overall, (4 - Overall) / 3; trained on "
            "out-of-fold predictions, cross-validated with nested ones",
        }
    return params, cv


ALIGNED = FEATURES + ALIGN_FEATURES
"""Columns of the model with sentence-level evidence and the similarity (``LinkModel.refine``)."""
ALIGNED_PLAIN = ALIGNED[:-1]
"""The same without the ``similarity`` column (pairs whose sides have no title+lead vector)."""


def _align_sides(
    sides: Mapping[str, PairSide], encoder: Encoder, say: Callable[[str], None]
) -> dict[str, AlignSide]:
    """Headline and first sentences of every article, encoded once (each distinct text once)."""
    texts = {k: align_texts(s.title, linking_sentences(s.text, s.lang)) for k, s in sides.items()}
    flat = [t for head, sents in texts.values() for t in (head, *sents)]
    mat = encode_texts(encoder, flat, progress=lambda d, n: say(f"encoded {d}/{n} sentences"))
    out: dict[str, AlignSide] = {}
    at = 0
    for k, (_, sents) in texts.items():
        block = np.asarray(mat[at : at + 1 + len(sents)], dtype=np.float64)
        out[k] = AlignSide(
            sides[k].lang, block[0], block[1:].reshape(len(sents), block.shape[1]), sents
        )
        at += 1 + len(sents)
    return out


def overall_as_same_event(rows: Sequence[PairRow], overall: np.ndarray) -> dict[str, Any]:
    """Same-event figures of a predicted SemEval ``Overall`` used alone as the evidence.

    ``overall`` are out-of-fold predictions (1 = very similar ... 4); they
    are Platt-calibrated against the same-event labels and thresholded at
    the best F0.5, the protocol of :func:`train_link_model`, so the
    figures compare with the same-event model's (``first_796`` too).

    Examples
    --------
    >>> r = [PairRow(str(i), str(i + 9), "en", "de", "", "", {"Overall": o})
    ...      for i, o in enumerate([1.0, 1.2, 1.4, 3.0, 3.5, 4.0])]
    >>> f = overall_as_same_event(r, np.array([1.1, 1.3, 2.9, 3.1, 3.4, 3.9]))
    >>> f["precision"], f["calibration"]["a"] > 0
    (1.0, True)
    """
    gold = np.array([r.gold["Overall"] for r in rows], dtype=np.float64)
    labelled = (gold <= SAME_MAX) | (gold >= DIFFERENT_MIN)
    y = (gold <= SAME_MAX).astype(np.float64)
    score = -np.asarray(overall, dtype=np.float64)
    a, b = platt(score[labelled], y[labelled])
    prob = 1.0 / (1.0 + np.exp(-np.clip(a * score + b, -40, 40)))
    threshold = _best_threshold(rows, prob)
    out = same_event_figures(rows, prob, threshold)
    out.pop("reliability", None)
    out["calibration"] = {"a": round(a, 6), "b": round(b, 6)}
    first = [i for i in range(len(rows)) if i < 796]
    if len(rows) > 796:
        part = same_event_figures([rows[i] for i in first], prob[first], threshold)
        out["first_796"] = {k: part[k] for k in ("f1", "precision", "recall", "n")}
    return out


def _calibrate(
    logits: np.ndarray, y: np.ndarray, fit_on: np.ndarray
) -> tuple[dict[str, Any], np.ndarray]:
    """Platt fit on the out-of-fold logits ``fit_on`` selects; the calibrated probabilities."""
    a, b = platt(logits[fit_on], y[fit_on])
    prob = np.full(len(logits), np.nan)
    ok = ~np.isnan(logits)
    prob[ok] = 1.0 / (1.0 + np.exp(-np.clip(a * logits[ok] + b, -40, 40)))
    return {"a": round(a, 6), "b": round(b, 6), "fitted_on": "out-of-fold logits"}, prob


def _capped_threshold(
    rows: Sequence[PairRow], prob: np.ndarray, hn_cap: float, floor: float
) -> float:
    """The refined decisions' join threshold: best F0.5 among thresholds >= ``floor`` whose
    hard-negative false-join rate is at most ``hn_cap`` (the highest tried when none is).

    Examples
    --------
    >>> r = [PairRow("a", "b", "en", "en", "", "", {"Overall": 1.0}),
    ...      PairRow("c", "d", "en", "en", "", "", {"Overall": 3.0, "Entities": 1.0})]
    >>> _capped_threshold(r, np.array([0.9, 0.7]), 0.0, 0.5)
    0.71
    """
    gold = np.array([r.gold["Overall"] for r in rows])
    hard = np.array([hard_negative(r.gold) for r in rows], dtype=bool)
    scored = []
    for t in (round(float(v), 2) for v in np.arange(round(floor, 2), 0.91, 0.01)):
        if hard.any() and round(float((prob[hard] >= t).mean()), 4) > hn_cap:
            continue
        f = same_event_f1(gold, prob, float(t))
        scored.append((round(f_beta(f["precision"], f["recall"]), 4), -float(t), float(t)))
    return round(max(scored)[2], 2) if scored else 0.91


def _staged_parts(
    rows: Sequence[PairRow], idx: Sequence[int], prob: np.ndarray, own: float, join: float
) -> dict[str, Any]:
    """:func:`_cv_parts` at the refined decisions' threshold ``own``; ``at_join_threshold``:
    ``all`` / ``first_796`` at the title+lead stage's ``join`` threshold."""
    out = _cv_parts(rows, idx, prob, own)
    at_join = _cv_parts(rows, idx, prob, join)
    out["at_join_threshold"] = {k: at_join[k] for k in ("all", "first_796")}
    for part in out["at_join_threshold"].values():
        part.pop("reliability", None)
    return out


def _cv_parts(
    rows: Sequence[PairRow], idx: Sequence[int], prob: np.ndarray, threshold: float
) -> dict[str, Any]:
    """``all``, ``at_best_f1`` and ``first_796`` figures of out-of-fold probabilities."""
    chosen = [rows[i] for i in idx]
    out = {"all": same_event_figures(chosen, prob[list(idx)], threshold)}
    best_f1 = _best_threshold(chosen, prob[list(idx)], beta=1.0)
    out["at_best_f1"] = same_event_figures(chosen, prob[list(idx)], best_f1)
    out["at_best_f1"].pop("reliability", None)
    first = [i for i in idx if i < 796]
    out["first_796"] = same_event_figures([rows[i] for i in first], prob[first], threshold)
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m storyline.training.linker PAIRS.csv OUT.json [CACHE.sqlite]``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: python -m storyline.training.linker PAIRS.csv OUT.json [CACHE.sqlite]")
        return 2
    from storyline.encode import CachedEncoder, get_encoder

    encoder: Encoder = get_encoder("e5-small")
    if len(args) > 2:
        encoder = CachedEncoder(encoder, args[2])
    params, cv = train_link_model(args[0], encoder)
    from storyline.training.lang_means import carried_priors

    priors = carried_priors(Path(args[1]), None)  # measured apart: training.lang_means
    if priors is not None:
        params["lang_means"] = priors
    Path(args[1]).write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in cv.items() if k != "predictions"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
