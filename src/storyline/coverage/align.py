"""Cross-lingual sentence alignment between two articles (bitext-mining style).

Sentence vectors of both articles come from the same multilingual encoder.
They are centred (the mean of the union of both sets, or a corpus mean
passed in, is subtracted, then rows are re-normalised), because raw E5
cosines are compressed: unrelated news sentences already score 0.75-0.80.

Each candidate pair gets a *ratio margin* score, as in bitext mining
(Artetxe & Schwenk 2019)::

    margin(x, y) = cos(x, y) / ((knn(x) + knn(y)) / 2)

where ``knn(x)`` is the mean cosine of ``x`` to its ``k`` nearest
neighbours in the other article (``k = min(4, n)``). To keep the ratio
meaningful on centred vectors (whose cosines may be negative), the
centred cosines are shifted into ``[0, 2]`` (``1 + cos``) before the ratio
is taken. A pair is aligned when both sentences are each other's best
match and the margin reaches ``margin``. Then one-to-many: a sentence left
unaligned whose best match is already aligned joins that group when its own
margin reaches the threshold and is close to the group's best (one
sentence that condenses two of the other article).

Examples
--------
>>> va = np.eye(4, 8, dtype=np.float32)
>>> vb = np.eye(4, 8, dtype=np.float32)[[2, 0, 3]]
>>> al = align_sentences(["a", "b", "c", "d"], va, ["c", "a", "d"], vb)
>>> [(g.a_idx, g.b_idx) for g in al.groups], al.unaligned_a, al.unaligned_b
([((0,), (1,)), ((2,), (0,)), ((3,), (2,))], [1], [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = [
    "CORPUS_MARGIN",
    "DEFAULT_MARGIN",
    "AlignedGroup",
    "Alignment",
    "align_centred",
    "align_sentences",
    "centre",
    "margin_matrix",
]

DEFAULT_MARGIN = 1.12
"""Ratio-margin threshold for a mutual-best pair when the vectors are centred
on their own mean (tuned on half of the project's sentence-aligned test set,
``tests/fixtures/alignment``; figures in ``bench/coverage.py``)."""

CORPUS_MARGIN = 1.02
"""The threshold when a corpus mean is passed (centring is then sharper).
On the test set 1.06 is best (near-parallel translations); 1.02 keeps
precision >= 0.92 on both halves there and finds the loosely paraphrased
pairs of real comparable reports, which score lower."""

UNION_MIN_COS = 0.0
"""Least centred cosine of an aligned pair, vectors centred on their own mean.
With two or three sentences per article the margin's neighbourhood is too
small to reject unrelated pairs on its own."""

CORPUS_MIN_COS = 0.2
"""Least centred cosine of an aligned pair, vectors centred on a corpus mean."""

DEFAULT_K = 4
"""Neighbours averaged in the margin's denominator (``min(k, n)``)."""

SECOND_MATCH_GAP = 0.10
"""A second sentence joins a group when its margin is within this of the group's."""


@dataclass(frozen=True)
class AlignedGroup:
    """Sentences of article A aligned with sentences of article B.

    ``a_idx``/``b_idx`` are sentence indices; one side has exactly one
    index (one-to-one or one-to-many). ``score`` is the lowest ratio
    margin of the group's pairs.

    Examples
    --------
    >>> AlignedGroup((0,), (1, 2), 1.3).b_idx
    (1, 2)
    """

    a_idx: tuple[int, ...]
    b_idx: tuple[int, ...]
    score: float


@dataclass
class Alignment:
    """The result of :func:`align_sentences`.

    Examples
    --------
    >>> al = Alignment([AlignedGroup((0,), (0,), 1.5)], [1], [])
    >>> al.pairs()
    [(0, 0, 1.5)]
    """

    groups: list[AlignedGroup] = field(default_factory=list)
    unaligned_a: list[int] = field(default_factory=list)
    unaligned_b: list[int] = field(default_factory=list)

    def pairs(self) -> list[tuple[int, int, float]]:
        """Every aligned ``(a index, b index, group score)`` pair.

        Examples
        --------
        >>> Alignment([AlignedGroup((0,), (1, 2), 1.2)]).pairs()
        [(0, 1, 1.2), (0, 2, 1.2)]
        """
        return [(i, j, g.score) for g in self.groups for i in g.a_idx for j in g.b_idx]


def _unit(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def centre(vectors: np.ndarray, mean: np.ndarray | None = None) -> np.ndarray:
    """Subtract ``mean`` (default: the rows' own mean) and re-normalise the rows.

    Examples
    --------
    >>> v = np.array([[1.0, 1.0], [1.0, -1.0]])
    >>> centre(v).round(3).tolist()
    [[0.0, 1.0], [0.0, -1.0]]
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if mean is None:
        mean = vectors.mean(axis=0) if len(vectors) else np.zeros(vectors.shape[1:])
    return _unit(vectors - np.asarray(mean, dtype=np.float32))


def margin_matrix(ca: np.ndarray, cb: np.ndarray, k: int = DEFAULT_K) -> np.ndarray:
    """Ratio-margin scores between centred unit rows ``ca`` (n) and ``cb`` (m).

    Cosines are shifted to ``1 + cos`` (in ``[0, 2]``) so that the ratio
    stays monotone on centred vectors.

    Examples
    --------
    >>> m = margin_matrix(np.eye(3), np.eye(3))
    >>> bool(m[0, 0] > 1.0 > m[0, 1])
    True
    """
    sim = 1.0 + ca @ cb.T
    n, m = sim.shape
    if n == 0 or m == 0:
        return np.zeros((n, m), dtype=np.float32)
    ka, kb = min(k, m), min(k, n)
    knn_a = -np.sort(-sim, axis=1)[:, :ka].mean(axis=1)
    knn_b = -np.sort(-sim, axis=0)[:kb, :].mean(axis=0)
    denom = (knn_a[:, None] + knn_b[None, :]) / 2.0
    return (sim / np.maximum(denom, 1e-6)).astype(np.float32)


def align_sentences(
    a: Sequence[str],
    va: np.ndarray,
    b: Sequence[str],
    vb: np.ndarray,
    *,
    margin: float | None = None,
    k: int = DEFAULT_K,
    mean: np.ndarray | None = None,
    many: bool = True,
) -> Alignment:
    """Align the sentences of two articles, in any pair of languages.

    Parameters
    ----------
    a, b
        The sentences (used for their count only; vectors carry the meaning).
    va, vb
        Their vectors from one encoder, shape ``(len(a), dim)`` and
        ``(len(b), dim)``.
    margin
        Ratio-margin threshold for an aligned pair; default
        :data:`DEFAULT_MARGIN`, or :data:`CORPUS_MARGIN` when ``mean`` is given.
    k
        Neighbours in the margin's denominator.
    mean
        A corpus mean vector to centre on; default: the mean of both sets.
    many
        Allow one sentence to align with two or more of the other article.

    Returns
    -------
    Alignment
        Groups ordered by their first A sentence, and the unaligned indices.

    Examples
    --------
    >>> base = np.eye(5, 8)  # five unrelated sentences
    >>> merged = base[3] + base[4]  # one sentence of B says what A's last two say
    >>> vb = np.vstack([base[1], base[0], merged])
    >>> al = align_sentences(list("abcde"), base, list("xyz"), vb)
    >>> [(g.a_idx, g.b_idx) for g in al.groups]
    [((0,), (1,)), ((1,), (0,)), ((3, 4), (2,))]
    >>> al.unaligned_a
    [2]
    """
    if len(a) != len(va) or len(b) != len(vb):
        raise ValueError("one vector per sentence is required")
    if margin is None:
        margin = DEFAULT_MARGIN if mean is None else CORPUS_MARGIN
    if len(a) == 0 or len(b) == 0:
        return Alignment([], list(range(len(a))), list(range(len(b))))
    va = np.asarray(va, dtype=np.float32)
    vb = np.asarray(vb, dtype=np.float32)
    own_mean = mean is None
    if own_mean:
        mean = np.vstack([va, vb]).mean(axis=0)
    floor = UNION_MIN_COS if own_mean else CORPUS_MIN_COS
    return align_centred(
        centre(va, mean), centre(vb, mean), margin=margin, k=k, many=many, min_cos=floor
    )


def align_centred(
    ca: np.ndarray,
    cb: np.ndarray,
    *,
    margin: float = DEFAULT_MARGIN,
    k: int = DEFAULT_K,
    many: bool = True,
    min_cos: float | None = None,
) -> Alignment:
    """:func:`align_sentences` on vectors already centred and normalised (see :func:`centre`).

    Examples
    --------
    >>> al = align_centred(np.eye(3), np.eye(3)[[1, 0]])
    >>> [(g.a_idx, g.b_idx) for g in al.groups], al.unaligned_a
    ([((0,), (1,)), ((1,), (0,))], [2])
    """
    n, m = len(ca), len(cb)
    if n == 0 or m == 0:
        return Alignment([], list(range(n)), list(range(m)))
    marg = margin_matrix(ca, cb, k)
    if min_cos is not None:
        marg = np.where(ca @ cb.T >= min_cos, marg, 0.0)
    best_b = marg.argmax(axis=1)
    best_a = marg.argmax(axis=0)
    a_group: dict[int, list[int]] = {}
    b_group: dict[int, list[int]] = {}
    groups: list[tuple[list[int], list[int], float]] = []
    for i in range(n):
        j = int(best_b[i])
        if int(best_a[j]) == i and marg[i, j] >= margin:
            a_group[i] = b_group[j] = [len(groups)]
            groups.append(([i], [j], float(marg[i, j])))
    if many and groups:
        # an unaligned B sentence whose best A sentence is aligned: A condenses two of B
        for j in range(m):
            i = int(best_a[j])
            if j in b_group or i not in a_group:
                continue
            g = groups[a_group[i][0]]
            if len(g[0]) == 1 and marg[i, j] >= margin and marg[i, j] >= g[2] - SECOND_MATCH_GAP:
                g[1].append(j)
                b_group[j] = a_group[i]
        for i in range(n):
            j = int(best_b[i])
            if i in a_group or j not in b_group:
                continue
            g = groups[b_group[j][0]]
            if len(g[1]) == 1 and marg[i, j] >= margin and marg[i, j] >= g[2] - SECOND_MATCH_GAP:
                g[0].append(i)
                a_group[i] = b_group[j]
    out = [
        AlignedGroup(
            tuple(sorted(ga)),
            tuple(sorted(gb)),
            round(float(min(marg[i, j] for i in ga for j in gb)), 4),
        )
        for ga, gb, _ in groups
    ]
    out.sort(key=lambda g: (g.a_idx[0], g.b_idx[0]))
    return Alignment(
        out,
        [i for i in range(n) if i not in a_group],
        [j for j in range(m) if j not in b_group],
    )
