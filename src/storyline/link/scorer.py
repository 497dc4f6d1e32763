"""Pair scorer: SemEval-style similarity (``Overall`` and six dimensions).

:class:`PairScorer` loads trained weights (shipped as package data in
``storyline/data/scorer.json``; :mod:`storyline.training.scorer` reproduces
them) and turns :func:`~storyline.link.features.pair_features` into a
:class:`PairScore`. Inference is numpy only and cheap when the vectors are
cached. Whether two articles report the same event is not this module's
answer: that is :class:`storyline.link.decide.LinkModel`'s one same-event
probability, which takes the predicted ``Overall`` as one piece of evidence
(:func:`storyline.link.align_evidence.pair_similarity`). Weights files written
before session 11 also carry a ``same_event`` block (a logistic model that
linking never used); it is ignored.

Examples
--------
>>> scorer = PairScorer.load()
>>> scorer.encoder_name
'e5-small'
>>> len(scorer.doc_mean)
384
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from storyline.encode import Encoder, get_encoder
from storyline.link.features import (
    PairSide,
    SideVectors,
    encode_sides,
    pair_features,
)
from storyline.link.models import expand, target_from_dict

__all__ = ["DIMENSIONS", "PairScore", "PairScorer"]

DIMENSIONS = ("Geography", "Entities", "Time", "Narrative", "Style", "Tone")
"""SemEval-2022 Task 8 dimensions besides ``Overall`` (1 = very similar, 4 = very dissimilar)."""


@dataclass(frozen=True)
class PairScore:
    """How similar two articles are.

    Attributes
    ----------
    overall
        Predicted SemEval ``Overall``: 1 = very similar ... 4 = very dissimilar.
    dimensions
        The same scale for ``Geography``, ``Entities``, ``Time``,
        ``Narrative``, ``Style``, ``Tone``.
    features
        The raw pair features the models saw.
    """

    overall: float
    dimensions: dict[str, float] = field(default_factory=dict)
    features: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict.

        Examples
        --------
        >>> PairScore(overall=1.5).to_dict()["overall"]
        1.5
        """
        return {
            "overall": self.overall,
            "dimensions": dict(self.dimensions),
            "features": dict(self.features),
        }


def _default_path() -> Path:
    return Path(str(resources.files("storyline") / "data" / "scorer.json"))


class PairScorer:
    """Trained pair scorer (see the module docstring).

    Parameters
    ----------
    params
        The weights dict written by :func:`storyline.training.scorer.train_from_pairs`
        (an old file's ``same_event`` block is ignored).

    Examples
    --------
    >>> old = {**PairScorer.load().params, "same_event": {"kind": "logistic"}}
    >>> PairScorer(old).score_features({}).overall > 0
    True
    """

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = params
        self.feature_names: tuple[str, ...] = tuple(params["feature_names"])
        self.encoder_name: str = params.get("encoder", "e5-small")
        self.doc_mean = np.asarray(params["doc_mean"], dtype=np.float32)
        self.sent_mean = np.asarray(params["sent_mean"], dtype=np.float32)
        dim = len(self.doc_mean)
        self.lang_means: dict[str, tuple[np.ndarray, np.ndarray]] = {
            lang: (np.asarray(m["doc"], np.float32), np.asarray(m["sent"], np.float32))
            for lang, m in params.get("lang_means", {}).items()
        }
        self.doc_components = np.asarray(params.get("doc_components", []), np.float32).reshape(
            -1, dim
        )
        self.sent_components = np.asarray(params.get("sent_components", []), np.float32).reshape(
            -1, dim
        )
        self.regressors = {k: target_from_dict(v) for k, v in params["targets"].items()}
        self.free_days = float(params.get("time_prior", {}).get("free_days", 7.0))

    @classmethod
    def load(cls, path: str | Path | None = None) -> PairScorer:
        """Load weights from ``path``, or the ones shipped with the package.

        Examples
        --------
        >>> PairScorer.load().feature_names[0]
        'cos_doc'
        """
        with open(path or _default_path(), encoding="utf-8") as fh:
            return cls(json.load(fh))

    def matrix(self, feats: list[dict[str, float]]) -> np.ndarray:
        """Model input rows (features in training order, expanded).

        Examples
        --------
        >>> s = PairScorer.load()
        >>> s.matrix([dict.fromkeys(s.feature_names, 0.0)]).shape[0]
        1
        """
        x = np.array([[f.get(n, 0.0) for n in self.feature_names] for f in feats], dtype=np.float64)
        return expand(x)

    def score_features(self, feats: dict[str, float]) -> PairScore:
        """Score a pair from its precomputed :func:`pair_features`.

        A publication gap beyond ``free_days`` (when both dates are known)
        raises ``overall`` and ``Time``: a prior, not learned (the training
        pairs carry no dates).

        Examples
        --------
        >>> s = PairScorer.load()
        >>> f = dict.fromkeys(s.feature_names, 0.0)
        >>> near = s.score_features({**f, "time_known": 1.0, "time_gap_days": 0.0})
        >>> far = s.score_features({**f, "time_known": 1.0, "time_gap_days": 5.0})
        >>> far.overall > near.overall
        True
        """
        raw = np.array([[feats.get(n, 0.0) for n in self.feature_names]], dtype=np.float64)
        preds = {k: float(predict(raw)[0]) for k, predict in self.regressors.items()}
        if feats.get("time_known"):
            excess = max(0.0, feats.get("time_gap_days", 0.0) - math.log1p(self.free_days))
            for key in ("Overall", "Time"):
                if key in preds:
                    preds[key] += 0.5 * excess
        clip = {k: min(4.0, max(1.0, v)) for k, v in preds.items()}
        return PairScore(
            overall=clip.get("Overall", 2.5),
            dimensions={k: clip[k] for k in DIMENSIONS if k in clip},
            features=dict(feats),
        )

    def score(
        self,
        a: PairSide,
        b: PairSide,
        va: SideVectors | None = None,
        vb: SideVectors | None = None,
        *,
        encoder: Encoder | None = None,
        doc_mean: np.ndarray | None = None,
        sent_mean: np.ndarray | None = None,
        lang_means: dict[str, tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> PairScore:
        """Score two articles; vectors are computed when not given.

        Parameters
        ----------
        a, b
            The two articles.
        va, vb
            Their cached vectors, if any.
        encoder
            Used for missing vectors; default ``get_encoder(self.encoder_name)``.
        doc_mean, sent_mean
            Corpus means to centre against (e.g. the store's running mean);
            default the training means shipped in the weights. The shipped
            principal directions are projected out in either case.
        lang_means
            ``{lang: (doc_mean, sent_mean)}`` per-language means (e.g. running
            means from the store); default the shipped ones for the training
            languages. A side whose language has none uses the global means.

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> s = PairScorer.load()
        >>> a = PairSide("Iraq struck IS in Syria on Sunday.", "en")
        >>> b = PairSide("Irak bombardierte den IS in Syrien.", "de")
        >>> r = s.score(a, b, encoder=HashingEncoder(dim=384))
        >>> 1.0 <= r.overall <= 4.0, set(r.dimensions) == set(DIMENSIONS)
        (True, True)
        """
        if va is None or vb is None:
            enc = encoder or get_encoder(self.encoder_name)
            missing = [s for s, v in ((a, va), (b, vb)) if v is None]
            got = iter(encode_sides(missing, enc))
            va = va if va is not None else next(got)
            vb = vb if vb is not None else next(got)
        feats = pair_features(
            a,
            b,
            va,
            vb,
            doc_mean=self.doc_mean if doc_mean is None else doc_mean,
            sent_mean=self.sent_mean if sent_mean is None else sent_mean,
            doc_components=self.doc_components,
            sent_components=self.sent_components,
            lang_means=self.lang_means if lang_means is None else lang_means,
        )
        return self.score_features(feats)
