"""Vectors behind the web pages -- moved to :mod:`storyline.api`.

TEMPORARY (#13): :class:`~storyline.api.SemanticIndex`, :func:`~storyline.api.semantic_index`
and :func:`~storyline.api.link_article` live in the public API now. This module
only keeps the names that ``web/service.py`` and ``web/api.py`` still import
from here, until those two files (edited by the tracker work this session)
import them from :mod:`storyline.api`; then it goes.
"""

from __future__ import annotations

from storyline.api import (
    ENCODER,
    SemanticIndex,
    coverage_of,
    link_article,
    pair_score,
    semantic_index,
    sentence_vectors,
    two_article_coverage,
    vector_model,
)

__all__ = [
    "ENCODER",
    "SemanticIndex",
    "coverage_of",
    "link_article",
    "pair_score",
    "semantic_index",
    "sentence_vectors",
    "two_article_coverage",
    "vector_model",
]
