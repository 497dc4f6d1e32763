"""The cheap same-event decision used while linking, one pair at a time.

Linking must keep up with ingest, so it cannot encode every sentence as the
full :class:`~storyline.link.scorer.PairScorer` does. :class:`LinkModel`
scores a pair from what is cached for every article: its document vector
(title + lead) and its *link keys* (numbers, name skeletons and countries of
the title and first :data:`KEY_CHARS` characters, from
:mod:`storyline.link.textkeys`, and cross-script entity keys from
:mod:`storyline.entities`), plus the publication gap. It is a logistic
regression on :data:`FEATURES`, trained on the SemEval-2022 pairs' same-event
labels (gold ``Overall <= 1.5`` same, ``>= 3.0`` different) by
:mod:`storyline.link.linktrain`; the weights ship in
``storyline/data/linker.json``.

Raw e5 cosines are compressed (unrelated news at 0.75-0.80), so the first
feature is the cosine *after centring* on the corpus mean: the store keeps a
running mean (:class:`RunningMean`), shrunk toward the training mean while
the store is small.

Examples
--------
>>> import numpy as np
>>> ka = link_keys("Iraq strikes IS in Syria", "Iraqi jets killed 400 fighters near Albu Kamal.", "en")
>>> kb = link_keys(None, "Iraqi aircraft killed 400 IS fighters in Syria.", "en")
>>> f = pair_link_features(np.eye(3)[0], np.eye(3)[0], ka, kb, "en", "en", None)
>>> dict(zip(FEATURES, f.round(2).tolist()))["num_cover"]
1.0
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from storyline.entities import extract_entities
from storyline.link.models import Logistic
from storyline.link.textkeys import country_keys, name_keys, number_keys

__all__ = [
    "FEATURES",
    "KEY_CHARS",
    "LinkModel",
    "RunningMean",
    "entity_link_keys",
    "link_keys",
    "pair_link_features",
    "parse_keys",
]

logger = logging.getLogger(__name__)

KEY_CHARS = 2000
"""Link keys come from the title and this many leading characters of the text."""

FEATURES = (
    "cos_c",
    "cos_raw",
    "num_cover",
    "name_cover",
    "name_shared",
    "country_cover",
    "keys_known",
    "same_lang",
    "ent_cover",
    "ent_shared",
)
"""Pair features of :class:`LinkModel`, in order."""


def link_keys(title: str | None, text: str, lang: str) -> str:
    """The link keys of an article as compact JSON (numbers, names, countries, entities).

    ``"e"`` holds the cross-script keys of the people, organisations and
    places other than countries found by
    :func:`storyline.entities.extract_entities` (a person is keyed by a
    consonant skeleton, so *Bashar al-Assad* and *بشار اسد* share a key):
    unlike the word skeletons under ``"p"`` they match across languages.

    Examples
    --------
    >>> keys = json.loads(link_keys("Quake in Turkey", "A quake of 6.8 hit Elazig, Turkey.", "en"))
    >>> keys["n"], keys["c"]
    (['6.8'], ['tr'])
    """
    lead = f"{title or ''}\n{text[:KEY_CHARS]}"
    keys = {
        "n": sorted(number_keys(lead)),
        "p": sorted(name_keys(lead, lang)),
        "c": sorted(country_keys(lead, lang)),
        "e": sorted(entity_link_keys(lead, lang)),
    }
    return json.dumps(keys, ensure_ascii=False, separators=(",", ":"))


def entity_link_keys(text: str, lang: str) -> set[str]:
    """Cross-script keys of the named entities of ``text``, countries left out.

    Countries are left to :func:`~storyline.link.textkeys.country_keys`
    (articles on one topic share them without reporting one event).

    Examples
    --------
    >>> sorted(entity_link_keys("Bashar al-Assad met officials in Damascus, Syria.", "en"))[0]
    'geonames:170654'
    """
    try:
        found = extract_entities(text, lang)
    except Exception:  # noqa: BLE001 - a key extractor must never stop linking
        logger.warning("entity keys failed (%s text), linking without them", lang, exc_info=True)
        return set()
    return {e.key for e in found if not e.key.startswith("country:")}


Keys = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=4096)
def parse_keys(keys: str | None) -> Keys:
    """Parse :func:`link_keys` JSON into (numbers, names, countries, entities) sets.

    Examples
    --------
    >>> parse_keys(None)
    (frozenset(), frozenset(), frozenset(), frozenset())
    """
    if not keys:
        return frozenset(), frozenset(), frozenset(), frozenset()
    data = json.loads(keys)
    return tuple(frozenset(data.get(k, ())) for k in "npce")  # type: ignore[return-value]


def _cover(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _centred_cos(
    u: np.ndarray, v: np.ndarray, mean: np.ndarray | None, mean_b: np.ndarray | None = None
) -> float:
    if mean is not None:
        u, v = u - mean, v - (mean if mean_b is None else mean_b)
    den = float(np.linalg.norm(u) * np.linalg.norm(v))
    return float(u @ v) / den if den > 0 else 0.0


def pair_link_features(
    va: np.ndarray,
    vb: np.ndarray,
    keys_a: str | None,
    keys_b: str | None,
    lang_a: str,
    lang_b: str,
    mean: np.ndarray | None,
    mean_b: np.ndarray | None = None,
) -> np.ndarray:
    """The :data:`FEATURES` of one pair as a float vector (symmetric in a and b).

    ``mean`` centres ``va`` (and ``vb`` unless ``mean_b`` is given: each
    side may be centred on its own language's mean).

    Examples
    --------
    >>> v = np.array([1.0, 0.0])
    >>> pair_link_features(v, v, None, None, "en", "de", None).tolist()
    [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    """
    na, pa, ca, ea = parse_keys(keys_a)
    nb, pb, cb, eb = parse_keys(keys_b)
    known = float(bool(keys_a) and bool(keys_b))
    return np.array(
        [
            _centred_cos(va, vb, mean, mean_b),
            float(va @ vb) / max(float(np.linalg.norm(va) * np.linalg.norm(vb)), 1e-12),
            _cover(na, nb),
            _cover(pa, pb),
            math.log1p(len(pa & pb)),
            _cover(ca, cb),
            known,
            float(lang_a.split("-")[0] == lang_b.split("-")[0]),
            _cover(ea, eb),
            math.log1p(len(ea & eb)),
        ],
        dtype=np.float64,
    )


LANG_PRIOR_WEIGHT = 20.0
"""A language's mean is shrunk toward the overall mean with this many pseudo-articles."""


@dataclass
class RunningMean:
    """Running mean document vectors, overall and per language, shrunk while counts are small.

    Overall: ``(total + prior_weight * prior) / (n + prior_weight)`` (no
    prior: shrinkage toward zero, i.e. raw cosines while the store is tiny).
    Per language: ``(total_l + LANG_PRIOR_WEIGHT * overall) / (n_l + LANG_PRIOR_WEIGHT)``.
    Centring each article on its own language's mean removes the
    language-specific part of the vector, which lifts cross-lingual cosines
    of articles about the same event.

    Examples
    --------
    >>> m = RunningMean(dim=2, prior_weight=1.0)
    >>> m.add(np.array([[1.0, 0.0], [1.0, 0.0]]), ["en", "en"]); m.value().tolist()
    [0.6666666666666666, 0.0]
    >>> bool(m.value("en")[0] > m.value()[0]), m.value("fa").tolist() == m.value().tolist()
    (True, True)
    """

    dim: int
    prior: np.ndarray | None = None
    prior_weight: float = 100.0
    n: int = 0
    total: np.ndarray = field(default_factory=lambda: np.zeros(0))
    langs: dict[str, tuple[int, np.ndarray]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.total.size != self.dim:
            self.total = np.zeros(self.dim, dtype=np.float64)

    def add(self, vectors: np.ndarray, langs: list[str] | None = None) -> None:
        """Fold rows of ``vectors`` (of languages ``langs``, if given) into the means."""
        vectors = np.asarray(vectors, dtype=np.float64).reshape(-1, self.dim)
        self.total += vectors.sum(axis=0)
        self.n += len(vectors)
        for lang, vec in zip(langs or [], vectors, strict=False):
            n, tot = self.langs.get(lang, (0, np.zeros(self.dim)))
            self.langs[lang] = (n + 1, tot + vec)

    def value(self, lang: str | None = None) -> np.ndarray:
        """The current (shrunk) mean vector, overall or of ``lang``."""
        prior = self.prior if self.prior is not None else np.zeros(self.dim)
        overall = (self.total + self.prior_weight * prior) / (self.n + self.prior_weight)
        if lang is None or lang not in self.langs:
            return overall
        n, tot = self.langs[lang]
        return (tot + LANG_PRIOR_WEIGHT * overall) / (n + LANG_PRIOR_WEIGHT)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready state (for the store's ``meta``).

        Examples
        --------
        >>> RunningMean(dim=1).to_dict()
        {'n': 0, 'total': [0.0], 'langs': {}}
        """

        def r(v: np.ndarray) -> list[float]:
            return [round(float(x), 6) for x in v]

        return {
            "n": self.n,
            "total": r(self.total),
            "langs": {k: [n, r(t)] for k, (n, t) in sorted(self.langs.items())},
        }

    def load(self, state: dict[str, Any] | None) -> None:
        """Restore :meth:`to_dict` state (ignored when the dimension differs)."""
        if state and len(state.get("total", [])) == self.dim:
            self.n = int(state["n"])
            self.total = np.asarray(state["total"], dtype=np.float64)
            self.langs = {
                k: (int(n), np.asarray(t, dtype=np.float64))
                for k, (n, t) in state.get("langs", {}).items()
            }


def _default_path() -> Path:
    return Path(str(resources.files("storyline") / "data" / "linker.json"))


class LinkModel:
    """Same-event probability of a pair from cheap features, with a time prior.

    Parameters
    ----------
    params
        ``{"logistic": Logistic.to_dict(), "means": {model: [...]}, ...}`` as
        written by :func:`storyline.link.linktrain.train_link_model`.

    Examples
    --------
    >>> model = LinkModel.load()
    >>> p = model.probability(np.array([[0.9, 0.95, 1, 1, 2, 1, 1, 0, 1, 2]]), [None])
    >>> bool(p[0] > 0.5)
    True
    """

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = params
        self.logistic = Logistic.from_dict(params["logistic"])
        self.means = {
            k: np.asarray(v, dtype=np.float64) for k, v in params.get("means", {}).items()
        }
        prior = params.get("time_prior", {})
        self.free_days = float(prior.get("free_days", 3.0))
        self.logit_per_log_day = float(prior.get("logit_per_log_day", 2.0))

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinkModel:
        """Load weights from ``path`` or the ones shipped with the package."""
        with open(path or _default_path(), encoding="utf-8") as fh:
            return cls(json.load(fh))

    def prior_mean(self, model: str, dim: int) -> np.ndarray | None:
        """The training corpus mean vector for encoder ``model``, if shipped.

        Examples
        --------
        >>> LinkModel.load().prior_mean("no-such-model", 3) is None
        True
        """
        mean = self.means.get(model)
        return mean if mean is not None and mean.size == dim else None

    def probability(self, x: np.ndarray, gaps_days: list[float | None]) -> np.ndarray:
        """Same-event probability per row of :data:`FEATURES`, given publication gaps.

        A gap beyond ``free_days`` lowers the logit by ``logit_per_log_day``
        per unit of ``log1p(days)``; an unknown gap (``None``) costs nothing.
        """
        x = np.asarray(x, dtype=np.float64).reshape(-1, len(FEATURES))
        p = np.clip(self.logistic.predict_proba(x), 1e-9, 1 - 1e-9)
        logit = np.log(p) - np.log1p(-p)
        free = math.log1p(self.free_days)
        for i, gap in enumerate(gaps_days):
            if gap is not None:
                logit[i] -= self.logit_per_log_day * max(0.0, math.log1p(gap) - free)
        return 1.0 / (1.0 + np.exp(-np.clip(logit, -40, 40)))
