"""Training: the similarity scorer and the same-event model from a SemEval pairs CSV.

Part of :mod:`storyline.api` (import the names from there).

Examples
--------
>>> import inspect
>>> list(inspect.signature(train_models).parameters)[:2]
['csv_path', 'out']
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.api.common import _or_default
from storyline.encode import get_encoder
from storyline.settings import Settings

__all__ = ["train_models"]


def train_models(
    csv_path: Path,
    out: Path,
    *,
    folds: int = 5,
    cache: Path | None = None,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    keep_title_lead: Path | None = None,
) -> dict[str, Any]:
    """Re-train the similarity scorer and the same-event model from a SemEval pairs CSV.

    Cross-validated by article; the same-event probability is calibrated on
    out-of-fold predictions. The scorer comes first: its out-of-fold
    predicted ``Overall`` is the same-event model's ``similarity`` feature
    (nested out-of-fold predictions for its figures). ``keep_title_lead``: a
    ``linker.json`` whose title+lead stage (weights, threshold, figures) is
    kept; the shipped file is made with ``storyline train PAIRS.csv
    --keep-title-lead src/storyline/data/linker.json``. Writes ``out/linker.json`` and
    ``out/scorer.json`` (both record the encoder they were trained with;
    copy them over ``storyline/data/`` to use them) and returns what
    ``storyline train --json`` prints. The per-language centring priors
    (``lang_means``, measured apart by :mod:`storyline.training.lang_means`)
    are carried over from ``keep_title_lead``, else from the shipped model.

    Raises
    ------
    ValueError
        When ``settings.encoder`` names no known encoder.
    """
    import json

    from storyline.encode import CachedEncoder
    from storyline.training.lang_means import carried_priors
    from storyline.training.linker import train_link_model
    from storyline.training.scorer import train_from_pairs

    say = progress or (lambda _msg: None)
    out.mkdir(parents=True, exist_ok=True)
    encoder: Any = get_encoder(_or_default(settings).encoder)
    if cache is not None:
        encoder = CachedEncoder(encoder, cache)
    say("training the similarity scorer…")
    report = train_from_pairs(
        csv_path,
        encoder=encoder,
        folds=folds,
        out_path=out / "scorer.json",
        progress=say,
        nested=True,
    )
    # the same-event model's sentence-level stage stacks the scorer's predicted Overall
    similarity = None
    if report.oof_overall is not None and report.nested_overall is not None:
        similarity = (report.oof_overall, report.nested_overall)
    stage1 = None
    if keep_title_lead is not None:
        stage1 = json.loads(Path(keep_title_lead).read_text(encoding="utf-8"))
    params, link_cv = train_link_model(
        csv_path, encoder, folds=folds, progress=say, similarity=similarity, stage1=stage1
    )
    # measured apart (training.lang_means): kept from the model the new one builds on
    priors = (stage1 or {}).get("lang_means") or carried_priors(None)
    if priors is not None:
        params["lang_means"] = priors
    (out / "linker.json").write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
    link_cv.pop("predictions", None)
    return {
        "encoder": encoder.name,
        "scorer": str(out / "scorer.json"),
        "linker": str(out / "linker.json"),
        "pairs": report.n_pairs,
        "evaluated": report.n_evaluated,
        "scorer_cv": report.cv,
        "linker_cv": link_cv,
    }
