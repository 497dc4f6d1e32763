"""Train the pair scorer from SemEval-format labelled pairs, with honest CV.

Cross-validation splits by article: articles linked by a pair form
connected components, and whole components go to one fold, so no article
is in both the training and the test side of a fold. The centring means and
feature scaling are fitted inside each fold.

Examples
--------
>>> TrainReport(weights={}, cv={}, n_pairs=0, n_evaluated=0).path is None
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from storyline.encode import CachedEncoder, Encoder, get_encoder
from storyline.link.features import (
    FEATURE_NAMES,
    PairSide,
    SideVectors,
    encode_sides,
    lang_key,
    pair_features,
)
from storyline.link.models import Boosted, Ridge, expand, target_from_dict
from storyline.training.folds import cv_splits
from storyline.training.metrics import (
    PairRow,
    file_sha256,
    pearson,
    read_pairs,
    split_title,
)

__all__ = [
    "TrainReport",
    "fit_overall",
    "fit_weights",
    "nested_overall",
    "pair_sides",
    "top_components",
    "train_from_pairs",
]

N_COMPONENTS = 4
"""Principal directions of the corpus projected out before the centred cosines."""
MIN_LANG_ARTICLES = 20
"""A language with at least this many training articles gets its own centring means."""
RIDGE_ALPHA = 30.0
BLEND = 0.5
"""Weight of the boosted trees in the ``Overall`` blend (the rest: ridge)."""
FIRST_ROWS = 796
"""The dev file's first rows (the 796 pairs it held before it grew): figures on them
stay comparable with earlier ones."""
BOOSTED: dict[str, Any] = {
    "n_trees": 300,
    "depth": 3,
    "rate": 0.03,
    "min_leaf": 10,
    "subsample": 0.8,
}


@dataclass
class TrainReport:
    """What :func:`train_from_pairs` did: weights, CV figures, where it saved them."""

    weights: dict[str, Any]
    cv: dict[str, Any]
    n_pairs: int
    n_evaluated: int
    path: Path | None = None
    notes: list[str] = field(default_factory=list)
    oof_overall: np.ndarray | None = None
    """Out-of-fold predicted ``Overall`` per row (NaN where untested)."""
    nested_overall: np.ndarray | None = None
    """``(folds, rows)``: per outer fold, :func:`nested_overall` (with ``nested=True``)."""


def pair_sides(rows: Sequence[PairRow]) -> tuple[dict[str, PairSide], list[tuple[str, str]]]:
    """Unique articles (title split off the first line) and the id pairs.

    Examples
    --------
    >>> row = PairRow("1", "2", "en", "de", "T\\nBody one.", "Body two.", {})
    >>> sides, ids = pair_sides([row])
    >>> sides["1"].title, ids
    ('T', [('1', '2')])
    """
    sides: dict[str, PairSide] = {}
    ids: list[tuple[str, str]] = []
    for row in rows:
        for aid, text, lang in ((row.id1, row.text1, row.lang1), (row.id2, row.text2, row.lang2)):
            if aid not in sides:
                title, body = split_title(text)
                sides[aid] = PairSide(text=body, lang=lang, title=title)
        ids.append((row.id1, row.id2))
    return sides, ids


def _features(
    sides: dict[str, PairSide],
    vecs: dict[str, SideVectors],
    ids: Sequence[tuple[str, str]],
    article_ids: set[str],
) -> tuple[np.ndarray, dict[str, np.ndarray], dict[str, tuple[np.ndarray, np.ndarray]]]:
    ordered = sorted(article_ids)
    docs = np.array([vecs[a].doc for a in ordered])
    sents = [vecs[a].sentences for a in ordered]
    langs = [lang_key(sides[a].lang) for a in ordered]
    doc_mean = docs.mean(axis=0)
    sent_mean = np.vstack(sents).mean(axis=0)
    lang_means: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for lang in sorted(set(langs)):
        idx = [i for i, g in enumerate(langs) if g == lang]
        if len(idx) >= MIN_LANG_ARTICLES:
            lang_means[lang] = (
                docs[idx].mean(axis=0),
                np.vstack([sents[i] for i in idx]).mean(axis=0),
            )
    own_doc = np.array([lang_means.get(g, (doc_mean, sent_mean))[0] for g in langs])
    own_sent = np.vstack(
        [sents[i] - lang_means.get(g, (doc_mean, sent_mean))[1] for i, g in enumerate(langs)]
    )
    doc_pcs = top_components(docs - own_doc, N_COMPONENTS)[1]
    sent_pcs = top_components(own_sent, N_COMPONENTS)[1]
    rows = [
        pair_features(
            sides[a], sides[b], vecs[a], vecs[b], doc_mean, sent_mean, doc_pcs, sent_pcs, lang_means
        )
        for a, b in ids
    ]
    x = np.array([[f[n] for n in FEATURE_NAMES] for f in rows], dtype=np.float64)
    post = {
        "doc_mean": doc_mean,
        "sent_mean": sent_mean,
        "doc_components": doc_pcs,
        "sent_components": sent_pcs,
    }
    return x, post, lang_means


def top_components(mat: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean row and the top ``k`` principal directions (``(k, dim)``) of ``mat``.

    Examples
    --------
    >>> m, pcs = top_components(np.array([[1.0, 0.0], [3.0, 0.0], [5.0, 0.0]]), 1)
    >>> m.round(2).tolist(), np.abs(pcs).round(2).tolist()
    ([3.0, 0.0], [[1.0, 0.0]])
    """
    mean = mat.mean(axis=0)
    if k <= 0 or len(mat) < 2:
        return mean, np.zeros((0, mat.shape[1]))
    _, _, vt = np.linalg.svd(mat - mean, full_matrices=False)
    return mean, vt[:k]


def fit_weights(x: np.ndarray, gold: list[dict[str, float]]) -> dict[str, Any]:
    """Fit a model per gold target present.

    ``Overall`` is a blend of ridge (on expanded features) and boosted trees;
    the other dimensions are ridge only. (The same-event probability is
    :class:`~storyline.link.decide.LinkModel`'s, trained by
    :mod:`storyline.training.linker` with the predicted ``Overall`` as evidence.)

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x = rng.normal(size=(40, len(FEATURE_NAMES)))
    >>> w = fit_weights(x, [{"Overall": 1.0 + 3 * (v > 0), "Tone": 2.0} for v in x[:, 0]])
    >>> sorted(w["targets"]), w["targets"]["Overall"]["kind"], sorted(w)
    (['Overall', 'Tone'], 'blend', ['targets'])
    """
    z = expand(x)
    targets: dict[str, Any] = {}
    for key in sorted({k for g in gold for k in g}):
        keep = [i for i, g in enumerate(gold) if key in g]
        y = np.array([gold[i][key] for i in keep])
        if key == "Overall":
            targets[key] = fit_overall(x[keep], y)
        else:
            targets[key] = Ridge(alpha=RIDGE_ALPHA).fit(z[keep], y).to_dict()
    return {"targets": targets}


def fit_overall(x: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """The ``Overall`` model: ridge on expanded features blended with boosted trees.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x = rng.normal(size=(40, len(FEATURE_NAMES)))
    >>> fit_overall(x, 2.5 + x[:, 0])["kind"]
    'blend'
    """
    ridge = Ridge(alpha=RIDGE_ALPHA).fit(expand(x), y).to_dict()
    trees = Boosted(**BOOSTED).fit(x, y).to_dict()
    return {"kind": "blend", "parts": [ridge, trees], "weights": [1 - BLEND, BLEND]}


def _overall(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    return np.clip(target_from_dict(model)(x), 1.0, 4.0)


def nested_overall(
    x: np.ndarray,
    gold: np.ndarray,
    ids: Sequence[tuple[str, str]],
    train_idx: Sequence[int],
    test_pred: np.ndarray,
    test_idx: Sequence[int],
    *,
    folds: int = 4,
    seed: int = 1,
) -> np.ndarray:
    """Predicted ``Overall`` of every row for one outer fold, never from a model that saw it.

    Training rows get out-of-fold predictions of an inner CV by article on
    the training rows only; test rows keep ``test_pred`` (the outer fold's
    model). A model stacked on the predicted ``Overall`` (the same-event
    model's ``similarity`` feature) is fitted on the former and tested on the
    latter, so its cross-validated figures stay honest. Rows in neither: NaN.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x = rng.normal(size=(24, len(FEATURE_NAMES))); g = 2.5 + x[:, 0]
    >>> ids = [(f"a{i}", f"b{i}") for i in range(24)]
    >>> out = nested_overall(x, g, ids, range(20), np.full(4, 2.0), range(20, 24), folds=2)
    >>> out[20:].tolist(), bool(np.all((out[:20] >= 1) & (out[:20] <= 4)))
    ([2.0, 2.0, 2.0, 2.0], True)
    """
    out = np.full(len(x), np.nan)
    train = list(train_idx)
    inner, _ = cv_splits([ids[i] for i in train], folds=folds, seed=seed)
    for itr, ite in inner:
        fit_rows = [train[i] for i in itr]
        if not fit_rows or not ite:
            continue
        model = fit_overall(x[fit_rows], gold[fit_rows])
        out[[train[i] for i in ite]] = _overall(model, x[[train[i] for i in ite]])
    out[list(test_idx)] = test_pred
    return out


def _predict(weights: dict[str, Any], x: np.ndarray) -> dict[str, np.ndarray]:
    return {k: np.clip(target_from_dict(v)(x), 1.0, 4.0) for k, v in weights["targets"].items()}


def _cv_figures(
    rows: Sequence[PairRow],
    preds: dict[str, np.ndarray],
    x: np.ndarray,
) -> dict[str, Any]:
    gold_o = np.array([r.gold.get("Overall", np.nan) for r in rows])
    has = ~np.isnan(gold_o)
    out: dict[str, Any] = {
        "pearson": round(pearson(preds["Overall"][has], gold_o[has]), 4),
        "n": int(has.sum()),
        "pearson_raw_cosine": round(pearson(-x[has, 0], gold_o[has]), 4),
    }
    by_pair: dict[str, Any] = {}
    names = ["-".join(sorted((r.lang1, r.lang2))) for r in rows]
    for lp in sorted(set(names)):
        idx = [i for i, name in enumerate(names) if name == lp and has[i]]
        by_pair[lp] = {
            "pearson": round(pearson(preds["Overall"][idx], gold_o[idx]), 4),
            "n": len(idx),
        }
    out["by_language_pair"] = by_pair
    dims: dict[str, Any] = {}
    for key, pred in preds.items():
        idx = [i for i, r in enumerate(rows) if key in r.gold]
        dims[key] = round(pearson(pred[idx], [rows[i].gold[key] for i in idx]), 4)
    out["dimensions"] = dims
    return out


def train_from_pairs(
    csv_path: str | Path,
    *,
    encoder: Encoder | None = None,
    cache_dir: str | Path | None = None,
    folds: int = 5,
    seed: int = 0,
    out_path: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    nested: bool = False,
) -> TrainReport:
    """Cross-validate by article, then fit on every pair and (optionally) save the weights.

    Parameters
    ----------
    csv_path
        SemEval-format CSV (see :func:`~storyline.training.metrics.read_pairs`).
    encoder
        Default ``get_encoder("e5-small")``.
    cache_dir
        When given, vectors are cached in ``cache_dir/vectors.sqlite``.
    folds, seed
        Cross-validation folds (``folds < 2`` skips CV) and shuffling seed.
    out_path
        Where to write the weights JSON (e.g. ``src/storyline/data/scorer.json``).
    progress
        Called with one-line messages.
    nested
        Also compute, per outer fold, :func:`nested_overall` (the input the
        same-event model's ``similarity`` feature is cross-validated on;
        ``report.nested_overall``). ``report.oof_overall`` holds the plain
        out-of-fold predictions either way.

    Examples
    --------
    >>> import tempfile, os
    >>> from storyline.encode import HashingEncoder
    >>> d = tempfile.mkdtemp()
    >>> p = os.path.join(d, "p.csv")
    >>> body = "pair_id,lang1,lang2,text1,text2,Overall\\n"
    >>> body += "".join(f"{i}_{i + 100},en,en,Story {i} about Iraq {i}.,Story {i} on Iraq {i}.,{1 + i % 4}\\n"
    ...                 for i in range(30))
    >>> _ = open(p, "w").write(body)
    >>> r = train_from_pairs(p, encoder=HashingEncoder(dim=384), folds=3, out_path=os.path.join(d, "w.json"))
    >>> r.n_pairs, r.n_evaluated, r.path.name
    (30, 30, 'w.json')
    """
    say = progress or (lambda _msg: None)
    rows = read_pairs(csv_path)
    rows = [r for r in rows if "Overall" in r.gold]
    enc: Encoder = encoder or get_encoder("e5-small")
    if cache_dir is not None:
        enc = CachedEncoder(enc, Path(cache_dir) / "vectors.sqlite")
    sides, ids = pair_sides(rows)
    say(f"encoding {len(sides)} articles with {enc.name}")
    keys = list(sides)
    vec_list: list[SideVectors] = []
    for i in range(0, len(keys), 64):
        vec_list.extend(encode_sides([sides[k] for k in keys[i : i + 64]], enc))
        say(f"encoded {min(i + 64, len(keys))}/{len(keys)}")
    vecs = dict(zip(keys, vec_list, strict=True))
    gold = [r.gold for r in rows]
    cv: dict[str, Any] = {}
    n_eval = 0
    if folds >= 2:
        splits, how = cv_splits(ids, folds=folds, seed=seed)
        preds: dict[str, np.ndarray] = {}
        tested = np.zeros(len(rows), dtype=bool)
        x_all = np.zeros((len(rows), len(FEATURE_NAMES)))
        gold_overall = np.array([g["Overall"] for g in gold], dtype=np.float64)
        stacked = np.full((len(splits), len(rows)), np.nan)
        for k, (train_idx, test_idx) in enumerate(splits):
            if not test_idx or not train_idx:
                continue
            train_articles = {a for i in train_idx for a in ids[i]}
            x, _, _ = _features(sides, vecs, ids, train_articles)
            weights = fit_weights(x[train_idx], [gold[i] for i in train_idx])
            p = _predict(weights, x[test_idx])
            for key, v in p.items():
                preds.setdefault(key, np.full(len(rows), np.nan))[test_idx] = v
            x_all[test_idx] = x[test_idx]
            if nested:
                stacked[k] = nested_overall(
                    x, gold_overall, ids, train_idx, p["Overall"], test_idx, seed=seed + 1
                )
            n_eval += len(test_idx)
            tested[test_idx] = True
            say(f"fold {k + 1}/{folds}: {len(test_idx)} test pairs")
        keep = [i for i in range(len(rows)) if tested[i]]
        cv = {"n": 0, "pearson": float("nan")}
        if keep:
            cv = _cv_figures(
                [rows[i] for i in keep],
                {k: v[keep] for k, v in preds.items()},
                x_all[keep],
            )
            from storyline.training.linker import overall_as_same_event

            cv["same_event_from_overall"] = overall_as_same_event(
                [rows[i] for i in keep], preds["Overall"][keep]
            )
            first = [i for i in keep if i < FIRST_ROWS]
            if len(rows) > FIRST_ROWS and first:
                gold_first = [rows[i].gold["Overall"] for i in first]
                cv["first_796"] = {
                    "pearson": round(pearson(preds["Overall"][first], gold_first), 4),
                    "n": len(first),
                }
        cv.update({"folds": folds, "seed": seed, "split": f"by article ({how})"})
        say(f"cross-validated Pearson {cv['pearson']} on {n_eval} pairs")
    x, post, lang_means = _features(sides, vecs, ids, set(sides))
    weights = fit_weights(x, gold)
    params: dict[str, Any] = {
        "version": 1,
        "encoder": enc.name,
        "feature_names": list(FEATURE_NAMES),
        "expand": "squares and products of the first 4 features",
        **{k: np.round(v, 6).tolist() for k, v in post.items()},
        "lang_means": {
            lang: {"doc": np.round(d, 6).tolist(), "sent": np.round(m, 6).tolist()}
            for lang, (d, m) in lang_means.items()
        },
        **weights,
        "time_prior": {"free_days": 7.0, "learned": False},
        "hyper": {
            "ridge_alpha": RIDGE_ALPHA,
            "blend": BLEND,
            "boosted": BOOSTED,
            "n_components": N_COMPONENTS,
        },
        "training": {
            "file": Path(csv_path).name,
            "sha256": file_sha256(csv_path),
            "n_pairs": len(rows),
            "n_articles": len(sides),
        },
        "cv": cv,
    }
    path = None
    if out_path is not None:
        path = Path(out_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(params, ensure_ascii=False) + "\n", encoding="utf-8")
        say(f"wrote {path}")
    report = TrainReport(weights=params, cv=cv, n_pairs=len(rows), n_evaluated=n_eval, path=path)
    if folds >= 2:
        report.oof_overall = preds.get("Overall")
        report.nested_overall = stacked if nested else None
    return report
