"""Sentence-level evidence for a candidate pair: headlines and aligned sentences.

The title+lead vector of :mod:`storyline.link.decide` is all that linking
keeps for every article. When it leaves a pair ambiguous, this module adds
what a reader checks next: do the headlines say the same thing, and do the
first sentences of the two reports align one to one, stating the same
numbers? It needs the vectors of each article's headline and first
:data:`MAX_ALIGN_SENTENCES` sentences (each cut at :data:`ALIGN_CHARS`
characters), so it is meant for the few top candidates of an arriving
article, not for every pair: :meth:`storyline.link.decide.LinkModel.refine`
turns :func:`pair_alignment`'s features, with the pair's
:data:`~storyline.link.decide.FEATURES`, into the calibrated same-event
probability.

Vectors are centred on a mean before cosines are taken (raw e5 cosines of
unrelated news sit near 0.8): the tracker passes each side's language mean
of title+lead vectors, which is what training used.

Examples
--------
>>> import numpy as np
>>> from storyline.encode import HashingEncoder
>>> enc = HashingEncoder(dim=64)
>>> a = encode_align_side(enc, "en", "Quake kills 40 in Elazig",
...                       ["A quake of 6.8 killed 40 people in Elazig.", "Rescuers dug all night."])
>>> b = encode_align_side(enc, "en", "Quake kills 40 in Elazig, Turkey",
...                       ["A 6.8 quake killed 40 people in Elazig on Friday.", "Aid arrived."])
>>> f = dict(zip(ALIGN_FEATURES, pair_alignment(a, b).tolist()))
>>> f["head_c"] > 0.5, f["aligned"] > 0, f["numbers_agree"] > 0
(True, True, True)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from storyline.encode import Encoder
from storyline.link.textkeys import number_keys

__all__ = [
    "ALIGN_CHARS",
    "ALIGN_FEATURES",
    "ALIGN_MIN_COS",
    "MAX_ALIGN_SENTENCES",
    "AlignSide",
    "align_texts",
    "encode_align_side",
    "pair_alignment",
]

MAX_ALIGN_SENTENCES = 12
"""Sentences of each article that take part (the first ones: the news is up front)."""
ALIGN_CHARS = 300
"""A sentence is cut at this many characters before encoding (longer ones are
mostly splitting failures: whole paragraphs, tables, unpunctuated text)."""
ALIGN_MIN_COS = 0.45
"""Centred cosine at which two mutually best-matching sentences count as aligned."""

ALIGN_FEATURES = (
    "head_c",
    "head_best",
    "sent_max",
    "sent_top3",
    "aligned",
    "aligned_frac",
    "numbers_agree",
    "numbers_conflict",
)
"""Features of :func:`pair_alignment`, in order.

``head_c``: centred cosine of the two headlines; ``head_best``: the best
centred cosine of either headline with a sentence of the other report;
``sent_max`` / ``sent_top3``: the best and the mean of the three best
sentence matches; ``aligned``: ``log1p`` of the sentence pairs that are each
other's best match at centred cosine >= :data:`ALIGN_MIN_COS`;
``aligned_frac``: those pairs over the shorter article's sentences;
``numbers_agree`` / ``numbers_conflict``: ``log1p`` of the aligned pairs that
both state numbers (years left out) and share one / share none (the same
kind of fact with another count: evidence of another event)."""


@dataclass(frozen=True)
class AlignSide:
    """One article as alignment sees it: headline vector, sentence vectors and texts.

    ``sentences`` is ``(n, dim)`` for the ``n`` strings in ``texts``.
    """

    lang: str
    head: np.ndarray
    sentences: np.ndarray
    texts: tuple[str, ...]


def align_texts(title: str | None, sentences: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The headline and the sentences to encode for an article.

    The headline is the title, or the first sentence when there is none;
    at most :data:`MAX_ALIGN_SENTENCES` non-empty sentences, each cut at
    :data:`ALIGN_CHARS` characters.

    Examples
    --------
    >>> align_texts(None, ["First one.", "", "Second " * 100])[0]
    'First one.'
    >>> len(align_texts("T", ["Second " * 100])[1][0])
    300
    """
    kept = tuple(s.strip()[:ALIGN_CHARS] for s in sentences if s.strip())
    kept = kept[:MAX_ALIGN_SENTENCES]
    head = (title or "").strip() or (kept[0] if kept else "")
    return head[:ALIGN_CHARS], kept


def encode_align_side(
    encoder: Encoder, lang: str, title: str | None, sentences: Sequence[str]
) -> AlignSide:
    """Encode an article's headline and first sentences in one call.

    Examples
    --------
    >>> from storyline.encode import HashingEncoder
    >>> side = encode_align_side(HashingEncoder(dim=8), "en", None, ["One.", "Two."])
    >>> side.head.shape, side.sentences.shape, side.texts
    ((8,), (2, 8), ('One.', 'Two.'))
    >>> encode_align_side(HashingEncoder(dim=8), "en", "Only a title", []).sentences.shape
    (0, 8)
    """
    head, texts = align_texts(title, sentences)
    mat = np.asarray(encoder.encode([head, *texts]), dtype=np.float64)
    return AlignSide(lang, mat[0], mat[1:].reshape(len(texts), mat.shape[1]), texts)


def _unit(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=-1, keepdims=True)
    return mat / np.where(norms == 0, 1.0, norms)


def _is_year(n: str) -> bool:
    return len(n) == 4 and n.isdigit() and n[:2] in ("19", "20")


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n for n in number_keys(text) if not _is_year(n))


def pair_alignment(
    a: AlignSide,
    b: AlignSide,
    mean_a: np.ndarray | None = None,
    mean_b: np.ndarray | None = None,
) -> np.ndarray:
    """The :data:`ALIGN_FEATURES` of a pair (symmetric in a and b).

    ``mean_a`` / ``mean_b`` centre each side's vectors (the tracker passes
    each language's running mean of title+lead vectors); ``None``: raw
    cosines.

    Examples
    --------
    >>> import numpy as np
    >>> e = np.eye(3)
    >>> a = AlignSide("en", e[0], e[:2], ("Iraq struck 40 targets.", "Syria agreed."))
    >>> b = AlignSide("fa", e[0], e[[0, 2]], ("Iraq hit 35 targets.", "Nobody else."))
    >>> f = dict(zip(ALIGN_FEATURES, pair_alignment(a, b).round(3).tolist()))
    >>> f["head_c"], f["sent_max"], f["aligned"], f["numbers_conflict"]
    (1.0, 1.0, 0.693, 0.693)
    >>> pair_alignment(a, AlignSide("en", e[1], np.zeros((0, 3)), ())).tolist()[2:]
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    """
    ma = np.zeros_like(a.head) if mean_a is None else mean_a
    mb = ma if mean_b is None else mean_b
    ha, hb = _unit(a.head - ma), _unit(b.head - mb)
    head_c = float(ha @ hb)
    if len(a.sentences) == 0 or len(b.sentences) == 0:
        return np.array([head_c, head_c, *[0.0] * 6], dtype=np.float64)
    ca, cb = _unit(a.sentences - ma), _unit(b.sentences - mb)
    sims = ca @ cb.T
    head_best = max(float((ca @ hb).max()), float((cb @ ha).max()))
    best = np.concatenate([sims.max(axis=1), sims.max(axis=0)])
    top3 = float(np.sort(best)[::-1][:3].mean())
    arg_a, arg_b = sims.argmax(axis=1), sims.argmax(axis=0)
    mutual = [
        (i, int(j)) for i, j in enumerate(arg_a) if arg_b[j] == i and sims[i, j] >= ALIGN_MIN_COS
    ]
    agree = conflict = 0
    for i, j in mutual:
        na, nb = _numbers(a.texts[i]), _numbers(b.texts[j])
        if na and nb:
            agree += bool(na & nb)
            conflict += not na & nb
    return np.array(
        [
            head_c,
            head_best,
            float(sims.max()),
            top3,
            math.log1p(len(mutual)),
            len(mutual) / min(len(ca), len(cb)),
            math.log1p(agree),
            math.log1p(conflict),
        ],
        dtype=np.float64,
    )
