"""Linking: which articles report the same real-world event, across languages.

Runtime (what ``storyline ingest`` runs):

- :class:`Tracker` / :class:`TrackerConfig` / :class:`LinkDecision` -- online
  clustering of arriving articles into stories (:mod:`.tracker`);
- :class:`LinkModel`, :func:`link_keys`, :func:`pair_link_features` -- the
  same-event model and its evidence (:mod:`.decide`);
- :class:`VectorIndex` -- the ANN index of document vectors (:mod:`.index`);
- :func:`encode_missing`, :func:`vector_key` -- the title + lead vectors (:mod:`.vectors`);
- :func:`relink`, :func:`similar_articles`, :func:`similar_to_text` -- whole-store
  operations (:mod:`.stories`);
- :class:`PairScorer` -- SemEval-scale similarity of two articles (:mod:`.scorer`);
- :class:`LinkStore` -- the port: what linking needs from a store (:mod:`.ports`).

Offline work (training and evaluation) lives apart, in :mod:`storyline.training`
and :mod:`storyline.evaluate`.

Names load on first use, so importing one submodule stays cheap (the
preparation workers import :mod:`.decide` alone).

Examples
--------
>>> from storyline import link
>>> link.TrackerConfig().k
20
>>> sorted(link.__all__)[:3]
['LinkDecision', 'LinkModel', 'LinkStore']
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "Tracker": "storyline.link.tracker",
    "TrackerConfig": "storyline.link.tracker",
    "LinkDecision": "storyline.link.tracker",
    "LinkModel": "storyline.link.decide",
    "link_keys": "storyline.link.decide",
    "pair_link_features": "storyline.link.decide",
    "VectorIndex": "storyline.link.index",
    "encode_missing": "storyline.link.vectors",
    "vector_key": "storyline.link.vectors",
    "relink": "storyline.link.stories",
    "similar_articles": "storyline.link.stories",
    "similar_to_text": "storyline.link.stories",
    "PairScorer": "storyline.link.scorer",
    "LinkStore": "storyline.link.ports",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline.link' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
