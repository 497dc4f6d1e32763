"""Shared and unique sentences of two articles (for ``storyline compare``).

Examples
--------
>>> from storyline.article import Article
>>> a = Article(id="a", text="", text_original="", lang="en", lang_confidence=1.0,
...             sentences=("Rain hit Mosul.", "Schools closed."))
>>> b = Article(id="b", text="", text_original="", lang="fa", lang_confidence=1.0,
...             sentences=("باران در موصل.", "سد در خطر نیست."))
>>> out = compare_coverage(a, b, np.eye(3, 6)[[0, 1]], np.eye(3, 6)[[0, 2]])
>>> [(p["a_idx"], p["b_idx"]) for p in out["shared"]], [s["idx"] for s in out["only_a"]]
([([0], [0])], [1])
"""

from __future__ import annotations

from typing import Any

import numpy as np

from storyline.article import Article
from storyline.coverage.align import align_sentences

__all__ = ["compare_coverage"]


def compare_coverage(
    a: Article,
    b: Article,
    va: np.ndarray,
    vb: np.ndarray,
    *,
    mean: np.ndarray | None = None,
    margin: float | None = None,
) -> dict[str, Any]:
    """Align two articles' sentences: what both say, and what each adds.

    Parameters
    ----------
    a, b
        The articles (their ``sentences`` are aligned).
    va, vb
        Their sentence vectors, one row per sentence, from one encoder.
    mean, margin
        See :func:`storyline.coverage.align_sentences`.

    Returns
    -------
    dict
        ``{"a": id, "b": id, "shared": [{a_idx, b_idx, a_text, b_text,
        score}], "only_a": [{idx, text}], "only_b": [{idx, text}]}``; texts
        of a group are its sentences joined by a space.
    """
    al = align_sentences(a.sentences, va, b.sentences, vb, mean=mean, margin=margin)
    return {
        "a": a.id,
        "b": b.id,
        "a_lang": a.lang,
        "b_lang": b.lang,
        "shared": [
            {
                "a_idx": list(g.a_idx),
                "b_idx": list(g.b_idx),
                "a_text": " ".join(a.sentences[i] for i in g.a_idx),
                "b_text": " ".join(b.sentences[j] for j in g.b_idx),
                "score": g.score,
            }
            for g in al.groups
        ],
        "only_a": [{"idx": i, "text": a.sentences[i]} for i in al.unaligned_a],
        "only_b": [{"idx": j, "text": b.sentences[j]} for j in al.unaligned_b],
    }
