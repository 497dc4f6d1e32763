"""``storyline eval pairs CSV``: score labelled pairs and compare with the gold.

Two things are scored per pair: the *similarity* (the pair scorer's
predicted SemEval ``Overall``, 1 = very similar ... 4 = very dissimilar)
and the one calibrated *same-event probability* that ``ingest``,
``compare`` and the web app use (:class:`~storyline.link.decide.LinkModel`
over title + lead vectors centred on each language's mean of the file's
articles, as a store holding them would, and their link keys; with the
similarity scored, the sentence-level stage too -- headlines, first
sentences and the predicted ``Overall``, :meth:`LinkModel.refine` -- as
``compare`` shows it), with the join decision at the model's threshold.

Examples
--------
>>> import tempfile, os
>>> from storyline.encode import HashingEncoder
>>> p = os.path.join(tempfile.mkdtemp(), "pairs.csv")
>>> rows = ["pair_id,lang1,lang2,text1,text2,Overall,Entities"]
>>> rows += [f"{i}_{i + 50},en,de,Iraq hit IS {i} times.,Irak traf den IS {i} Mal.,{1 + i % 4},1.5"
...          for i in range(6)]
>>> _ = open(p, "w").write("\\n".join(rows) + "\\n")
>>> out = evaluate_pairs(p, encoder=HashingEncoder(dim=384))
>>> out["n"], sorted(out["by_language_pair"]), out["in_sample"]
(6, ['de-en'], False)
>>> sorted(out["same_event"]["crosslingual"]), out["same_event"]["n_hard_negatives"]
(['f1', 'n', 'n_same', 'precision', 'recall'], 2)
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from storyline.encode import (
    CachedEncoder,
    Encoder,
    doc_text_for_linking,
    encode_texts,
    get_encoder,
)
from storyline.link.align_evidence import (
    ALIGN_FEATURES,
    AlignSide,
    pair_alignment,
    similarity_of_overall,
)
from storyline.link.decide import LinkModel, fact_keys, link_keys
from storyline.link.facts import conflict_shifts, penalise
from storyline.link.features import encode_sides, pair_features, side_texts
from storyline.link.recalled_figures import figure_recall_conflict
from storyline.link.scorer import PairScorer
from storyline.link.vectors import LEAD_CHARS
from storyline.training.linker import hard_negative, pair_matrix, same_event_figures
from storyline.training.metrics import (
    DIFFERENT_MIN,
    SAME_MAX,
    TARGETS,
    PairRow,
    file_sha256,
    pearson,
    read_pairs,
)
from storyline.training.scorer import pair_sides

__all__ = [
    "PREDICTION_COLUMNS",
    "encoded_texts",
    "evaluate_pairs",
    "score_pairs",
    "write_predictions",
]

PREDICTION_COLUMNS = (
    "pair_id",
    "lang1",
    "lang2",
    "overall_pred",
    "same_event_probability",
    "same_event",
    "gold_same_event",
    "hard_negative",
)
"""The first columns of ``eval pairs --predictions``; the gold scores found follow."""


def _lang_pair(a: str, b: str) -> str:
    return "-".join(sorted((a or "?", b or "?")))


def same_event_probabilities(
    rows: Sequence[PairRow],
    model: LinkModel,
    encoder: Encoder,
    progress: Callable[[str], None] | None = None,
    leads: dict[str, np.ndarray] | None = None,
    align_sides: dict[str, AlignSide] | None = None,
    similarity: Sequence[float] | None = None,
    fact_conflict: float | None = None,
) -> np.ndarray:
    """The linker's same-event probability of each pair (publication dates unknown).

    ``leads`` maps article ids to title+lead vectors already encoded by
    ``encoder`` (the similarity scorer's document vectors are the same
    texts); missing ones are encoded here. With ``align_sides`` (each
    article's headline and first sentences, encoded) the probability is
    the sentence-level one (:meth:`LinkModel.refine`), the decision
    ``compare`` shows; ``similarity`` then gives each pair's predicted
    ``Overall`` (the ``similarity`` feature), else it is computed. A pair
    whose typed facts conflict (:mod:`storyline.link.facts`) loses
    ``fact_conflict`` logit (default ``TrackerConfig.fact_conflict``), as
    the tracker and ``compare`` take it: one same-event probability.

    Examples
    --------
    >>> from storyline.encode import HashingEncoder
    >>> row = PairRow("1", "2", "en", "fa", "Quake in Iran. 40 dead.", "زلزله در ایران", {})
    >>> p = same_event_probabilities([row], LinkModel.load(), HashingEncoder(dim=384))
    >>> p.shape, bool(0 <= p[0] <= 1)
    ((1,), True)
    """
    say = progress or (lambda _msg: None)
    sides, ids = pair_sides(rows)
    names = list(sides)
    if leads is not None and all(k in leads for k in names):
        mat = np.array([leads[k] for k in names])
    else:
        texts = [doc_text_for_linking(sides[k].title, sides[k].text, LEAD_CHARS) for k in names]
        mat = encode_texts(encoder, texts, progress=lambda d, n: say(f"encoded {d}/{n} leads"))
    vecs = dict(zip(names, mat, strict=True))
    keys = {k: link_keys(s.title, s.text, s.lang) for k, s in sides.items()}
    langs = {k: s.lang for k, s in sides.items()}
    mean = model.running_mean(encoder.name, encoder.dim)
    mean.add(mat, [langs[k] for k in names])
    if not ids:
        return np.zeros(0)
    x = pair_matrix(ids, vecs, keys, langs, mean)
    if fact_conflict is None:
        from storyline.link.tracker_config import TrackerConfig

        fact_conflict = TrackerConfig().fact_conflict
    shifts = np.array(
        [
            conflict_shifts(fact_keys(keys[a]), [fact_keys(keys[b])], fact_conflict)[0]
            or (-fact_conflict if figure_recall_conflict(keys[a], keys[b]) else 0.0)
            for a, b in ids
        ]
    )
    if align_sides is None or not model.can_refine:
        return penalise(model.probability(x), shifts)
    if similarity is not None:  # given: pair_alignment need not run the scorer on each pair again
        align_sides = {k: replace(side, doc=None) for k, side in align_sides.items()}
    align = np.array(
        [
            pair_alignment(
                align_sides[a], align_sides[b], mean.value(langs[a]), mean.value(langs[b])
            )
            for a, b in ids
        ]
    ).reshape(len(ids), len(ALIGN_FEATURES))
    if similarity is not None:
        align[:, -1] = [similarity_of_overall(v) for v in similarity]
    return penalise(model.refine(x, align), shifts)


def score_pairs(
    rows: Sequence[PairRow],
    model: LinkModel | None = None,
    scorer: PairScorer | None = None,
    encoder: Encoder | None = None,
    progress: Callable[[str], None] | None = None,
    similarity: bool = True,
) -> list[dict[str, Any]]:
    """One prediction per row: ``overall_pred``, ``same_event_probability``, ``same_event``.

    ``encoder`` encodes for both models (default: each model's own
    encoder, ``e5-small``). ``similarity=False`` skips the similarity
    scorer (``overall_pred`` is then ``None``) and the sentence-level
    stage: it encodes every sentence of every article, the same-event
    model's first stage only title + lead. With it, ``same_event_probability``
    is the sentence-level one (:meth:`LinkModel.refine`, the predicted
    ``Overall`` among its evidence), as ``compare`` gives it.
    """
    say = progress or (lambda _msg: None)
    model = model or LinkModel.load()
    link_encoder = encoder or get_encoder(model.encoder)
    if not similarity:
        prob = same_event_probabilities(rows, model, link_encoder, say)
        return [
            {
                "pair_id": f"{row.id1}_{row.id2}",
                "lang1": row.lang1,
                "lang2": row.lang2,
                "overall_pred": None,
                "dimensions": {},
                "same_event_probability": round(float(p), 4),
                "same_event": bool(p >= model.threshold),
                "joins_at": model.threshold,
            }
            for row, p in zip(rows, prob, strict=True)
        ]
    scorer = scorer or PairScorer.load()
    enc = encoder or get_encoder(scorer.encoder_name)
    sides, ids = pair_sides(rows)
    keys = list(sides)
    # every distinct text of every article once, batched by length (storyline.encode);
    # the scorer's document text is the linker's title + lead: encoded once for both
    done = encode_sides(
        [sides[k] for k in keys],
        enc,
        progress=lambda d, n: say(f"encoded {d}/{n} texts (sentences)"),
    )
    vecs: dict[Any, Any] = dict(zip(keys, done, strict=True))
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
    shared = enc.name == link_encoder.name
    leads = aligned = None
    if shared:  # the same vectors serve the same-event model: title+lead, headline, sentences
        leads = {k: v.doc for k, v in vecs.items()}
        aligned = {
            k: AlignSide(
                sides[k].lang, v.head, v.sentences, side_texts(sides[k])[2], v.doc, sides[k].title
            )
            for k, v in vecs.items()
        }
    prob = same_event_probabilities(
        rows, model, link_encoder, say, leads, aligned, [sc.overall for sc in scores]
    )
    # the sentence-level stage's decisions join at its own bar (LinkModel.decision_threshold)
    joins_at = model.refine_threshold if aligned is not None and model.can_refine else None
    joins_at = model.threshold if joins_at is None else joins_at
    out = []
    for row, score, p in zip(rows, scores, prob, strict=True):
        out.append(
            {
                "pair_id": f"{row.id1}_{row.id2}",
                "lang1": row.lang1,
                "lang2": row.lang2,
                "overall_pred": round(score.overall, 4),
                "dimensions": score.dimensions,
                "same_event_probability": round(float(p), 4),
                "same_event": bool(p >= joins_at),
                "joins_at": joins_at,
            }
        )
    return out


def write_predictions(
    path: str | Path, rows: Sequence[PairRow], predictions: Sequence[dict[str, Any]]
) -> int:
    """Write one CSV row per pair (:data:`PREDICTION_COLUMNS`, then the gold scores found).

    ``gold_same_event`` is ``true`` (gold ``Overall <= 1.5``), ``false``
    (``>= 2.5``) or empty in between; ``hard_negative`` marks gold
    ``Entities <= 2`` and ``Overall >= 2.5``. Returns the number of rows.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "out.csv")
    >>> row = PairRow("1", "2", "en", "de", "a", "b", {"Overall": 1.0})
    >>> pred = {"pair_id": "1_2", "lang1": "en", "lang2": "de", "overall_pred": 1.2,
    ...         "same_event_probability": 0.9, "same_event": True}
    >>> write_predictions(p, [row], [pred])
    1
    >>> open(p).read().splitlines()[1]
    '1_2,en,de,1.2,0.9,true,true,false,1.0'
    """
    gold_keys = [k for k in TARGETS if any(k in r.gold for r in rows)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([*PREDICTION_COLUMNS, *gold_keys])
        for row, pred in zip(rows, predictions, strict=True):
            overall = row.gold.get("Overall")
            gold_same = (
                ""
                if overall is None or SAME_MAX < overall < DIFFERENT_MIN
                else str(overall <= SAME_MAX).lower()
            )
            writer.writerow(
                [
                    pred["pair_id"],
                    pred["lang1"],
                    pred["lang2"],
                    pred["overall_pred"],
                    pred["same_event_probability"],
                    str(pred["same_event"]).lower(),
                    gold_same,
                    str(hard_negative(row.gold)).lower(),
                    *(row.gold.get(k, "") for k in gold_keys),
                ]
            )
    return len(predictions)


def evaluate_pairs(
    csv_path: str | Path,
    scorer: PairScorer | None = None,
    encoder: Encoder | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    model: LinkModel | None = None,
    predictions_path: str | Path | None = None,
    similarity: bool = True,
    cache: str | Path | None = None,
) -> dict[str, Any]:
    """Pearson of predicted vs gold ``Overall``, and same-event figures at the join threshold.

    Parameters
    ----------
    csv_path
        SemEval-format CSV: ``pair_id, lang1, lang2, text1, text2, Overall`` and
        optionally ``Geography, Entities, Time, Narrative, Style, Tone``.
    scorer, model
        The similarity scorer and the same-event model; default the shipped weights.
    encoder
        Default: each model's own encoder (``e5-small``).
    progress
        Called with one-line messages.
    predictions_path
        When given, one row per pair is written there (:func:`write_predictions`).
    similarity
        ``False``: same-event figures only (``pearson`` is ``None``); much
        faster, the similarity scorer encodes every sentence.

    Returns
    -------
    dict
        ``pearson``, ``n``, ``by_language_pair`` (``{"de-en": {"pearson", "n"}}``,
        languages sorted), ``dimensions`` (Pearson per gold dimension present),
        ``same_event`` (``f1, precision, recall, n`` at the model's join
        threshold, gold ``Overall <= 1.5`` same and ``>= 2.5`` different, and under
        the earlier ``>= 3.0`` in ``labels_before``;
        ``monolingual`` / ``crosslingual``; ``brier``, ``reliability``,
        ``hard_negative_false_join_rate``), ``first_796`` (the same on the
        first 796 rows, when the file has more), ``in_sample`` (true when the
        file is the models' own training file: the figures are then not a test;
        ``cross_validated`` then holds the out-of-fold figures recorded when the
        shipped weights were trained).

    Examples
    --------
    >>> evaluate_pairs.__name__
    'evaluate_pairs'
    """
    model = model or LinkModel.load()
    if cache is not None:
        encoder = CachedEncoder(encoder or get_encoder(model.encoder), cache)
    rows = [r for r in read_pairs(csv_path) if "Overall" in r.gold]
    start = time.perf_counter()
    preds = score_pairs(rows, model, scorer, encoder, progress, similarity)
    seconds = time.perf_counter() - start
    if predictions_path is not None:
        write_predictions(predictions_path, rows, preds)
    threshold = float(preds[0]["joins_at"]) if preds else model.threshold
    out = _figures(rows, preds, threshold)
    out["encoding"] = {**encoded_texts(rows, similarity), "seconds": round(seconds, 1)}
    if len(rows) > 796:
        first = _figures(rows[:796], preds[:796], threshold)
        out["first_796"] = {k: first[k] for k in ("pearson", "n", "same_event")}
    digest = file_sha256(csv_path)
    trained_on = {
        (scorer or PairScorer.load()).params.get("training", {}).get("sha256")
        if similarity
        else None,
        model.params.get("training", {}).get("sha256"),
    }
    out["in_sample"] = digest in trained_on
    if out["in_sample"]:
        out["note"] = "this file is the models' training data: in-sample figures, not a test"
        out["cross_validated"] = _recorded_cv(model, scorer if similarity else None)
    return out


def encoded_texts(rows: Sequence[PairRow], similarity: bool = True) -> dict[str, int]:
    """How much ``eval pairs`` encodes: distinct texts and their characters.

    With ``similarity`` every article's title + lead, headline and first
    sentences (:func:`~storyline.link.features.side_texts`; the lead serves
    both models), else the title + lead only.

    Examples
    --------
    >>> row = PairRow("1", "2", "en", "de", "T\\nOne. Two.", "U\\nDrei.", {})
    >>> encoded_texts([row]), encoded_texts([row], similarity=False)["texts"]
    ({'articles': 2, 'texts': 6, 'characters': 34}, 2)
    """
    sides, _ = pair_sides(rows)
    texts: set[str] = set()
    for side in sides.values():
        doc, head, sents = side_texts(side)
        texts.update([doc, head, *sents] if similarity else [doc])
    return {
        "articles": len(sides),
        "texts": len(texts),
        "characters": sum(len(t) for t in texts),
    }


def _recorded_cv(model: LinkModel, scorer: PairScorer | None) -> dict[str, Any]:
    """The out-of-fold figures the shipped weights were trained with (CV by article).

    ``all`` / ``first_796`` are those of the decision this run reports: the
    sentence-level stage when the similarity was scored (``stage``
    says which), else the title+lead stage; ``title_lead`` keeps the
    latter's either way.

    Examples
    --------
    >>> m = LinkModel.load()
    >>> _recorded_cv(m, PairScorer.load())["stage"], _recorded_cv(m, None)["stage"]
    ('sentence-level', 'title+lead')
    """
    cv = model.params.get("cv", {})
    keep = ("f1", "precision", "recall", "threshold", "crosslingual", "monolingual", "brier")

    def parts(block: dict[str, Any]) -> dict[str, Any]:
        return {
            part: {
                k: block[part][k]
                for k in (*keep, "hard_negative_false_join_rate")
                if k in block[part]
            }
            for part in ("all", "first_796")
            if part in block
        }

    staged = scorer is not None and model.can_refine and "aligned" in cv
    out: dict[str, Any] = {
        **parts(cv["aligned"] if staged else cv),
        "stage": "sentence-level" if staged else "title+lead",
        "title_lead": parts(cv),
    }
    if scorer is not None:
        out["similarity_pearson"] = scorer.params.get("cv", {}).get("pearson")
    return out


def _figures(
    rows: Sequence[PairRow], preds: Sequence[dict[str, Any]], threshold: float
) -> dict[str, Any]:
    prob = np.array([p["same_event_probability"] for p in preds])
    gold = np.array([r.gold["Overall"] for r in rows])
    pairs = [_lang_pair(r.lang1, r.lang2) for r in rows]
    if preds and preds[0]["overall_pred"] is None:
        return {
            "pearson": None,
            "n": len(rows),
            "by_language_pair": {lp: {"pearson": None, "n": pairs.count(lp)} for lp in set(pairs)},
            "dimensions": {},
            "same_event": same_event_figures(rows, prob, threshold),
        }
    pred = np.array([p["overall_pred"] for p in preds])
    out: dict[str, Any] = {"pearson": round(pearson(pred, gold), 4), "n": len(rows)}
    out["by_language_pair"] = {
        lp: {"pearson": round(pearson(pred[idx], gold[idx]), 4), "n": len(idx)}
        for lp in sorted(set(pairs))
        for idx in [[i for i, p in enumerate(pairs) if p == lp]]
    }
    dims: dict[str, Any] = {}
    for key in ("Geography", "Entities", "Time", "Narrative", "Style", "Tone"):
        idx = [i for i, r in enumerate(rows) if key in r.gold and key in preds[i]["dimensions"]]
        if idx:
            dims[key] = {
                "pearson": round(
                    pearson(
                        [preds[i]["dimensions"][key] for i in idx], [rows[i].gold[key] for i in idx]
                    ),
                    4,
                ),
                "n": len(idx),
            }
    out["dimensions"] = dims
    out["same_event"] = same_event_figures(rows, prob, threshold)
    return out
