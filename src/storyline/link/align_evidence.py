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
from functools import lru_cache
from typing import Any

import numpy as np

from storyline.encode import Encoder
from storyline.link.textkeys import number_keys
from storyline.text.fold import UNSPACED_SCRIPTS

__all__ = [
    "ALIGN_CHARS",
    "ALIGN_FEATURES",
    "ALIGN_MIN_COS",
    "MAX_ALIGN_SENTENCES",
    "AlignSide",
    "align_texts",
    "encode_align_side",
    "pair_alignment",
    "pair_similarity",
    "similarity_of_overall",
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
    "similarity",
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
kind of fact with another count: evidence of another event);
``similarity``: the similarity scorer's predicted SemEval ``Overall`` of the
pair, mapped to 0 (very dissimilar, Overall 4) ... 1 (very similar,
Overall 1) (:func:`pair_similarity`; NaN when a side carries no document
vector, and :meth:`~storyline.link.decide.LinkModel.refine` then uses its
weights without it)."""


@dataclass(frozen=True)
class AlignSide:
    """One article as alignment sees it: headline vector, sentence vectors and texts.

    ``sentences`` is ``(n, dim)`` for the ``n`` strings in ``texts``.
    ``doc`` (the title+lead vector), ``title`` and ``text`` (the article's
    text) are what the similarity scorer needs besides (:func:`pair_similarity`);
    without ``doc`` the pair has no ``similarity`` feature.
    """

    lang: str
    head: np.ndarray
    sentences: np.ndarray
    texts: tuple[str, ...]
    doc: np.ndarray | None = None
    title: str | None = None
    text: str = ""


MIN_ALIGN_WORDS = 4
"""Words a sentence needs to be aligned (characters / 2 in scripts without spaces): a dateline
(``ХЕЛЬСИНКИ, 12 декабря.``) or an agency's tag (``/Балтийский курьер/.``) split off as a
sentence is no content, and two reports of one outlet align on it whatever they report."""


def _has_content(sentence: str) -> bool:
    if UNSPACED_SCRIPTS.search(sentence):  # 拉合尔学校复课, ถนนพระราม 4 ทรุด: letters, not words
        return sum(ch.isalpha() for ch in sentence) >= 2 * MIN_ALIGN_WORDS
    return len(sentence.split()) >= MIN_ALIGN_WORDS


def align_texts(title: str | None, sentences: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The headline and the sentences to encode for an article.

    The headline is the title, or the first sentence when there is none;
    at most :data:`MAX_ALIGN_SENTENCES` sentences with content
    (:data:`MIN_ALIGN_WORDS`), each cut at :data:`ALIGN_CHARS` characters.

    Examples
    --------
    >>> align_texts(None, ["First one of them.", "", "Second " * 100])[0]
    'First one of them.'
    >>> len(align_texts("T", ["Second " * 100])[1][0])
    300
    >>> align_texts("T", ["ХЕЛЬСИНКИ, 12 декабря.", "/Балтийский курьер/.", "法院批准逮捕货轮船长。",
    ...                   "芬兰电", "ถนนพระราม 4 ทรุดเป็นหลุมยักษ์ กลืนรถยนต์ 2 คัน"])[1]
    ('法院批准逮捕货轮船长。', 'ถนนพระราม 4 ทรุดเป็นหลุมยักษ์ กลืนรถยนต์ 2 คัน')
    """
    kept = tuple(s.strip()[:ALIGN_CHARS] for s in sentences if _has_content(s))
    kept = kept[:MAX_ALIGN_SENTENCES]
    head = (title or "").strip() or (kept[0] if kept else "")
    return head[:ALIGN_CHARS], kept


def encode_align_side(
    encoder: Encoder,
    lang: str,
    title: str | None,
    sentences: Sequence[str],
    *,
    text: str | None = None,
    doc: np.ndarray | None = None,
) -> AlignSide:
    """Encode an article's headline, first sentences and title+lead in one call.

    ``text`` is the article's text (the similarity scorer's keys and its
    title+lead document come from it); by default the sentences joined,
    which is the text when ``sentences`` are all of the article's. ``doc``:
    the article's title+lead vector when the caller has it already (the
    store's linking vector, encoded at :data:`~storyline.link.vectors.LEAD_CHARS`):
    then only the headline and sentences are encoded.

    Examples
    --------
    >>> from storyline.encode import HashingEncoder
    >>> one, two = "The first of them.", "The second of them."
    >>> side = encode_align_side(HashingEncoder(dim=8), "en", None, [one, two])
    >>> side.head.shape, side.sentences.shape, len(side.texts), side.doc.shape, side.text == f"{one} {two}"
    ((8,), (2, 8), 2, (8,), True)
    >>> encode_align_side(HashingEncoder(dim=8), "en", "Only a title", []).sentences.shape
    (0, 8)
    >>> bool((encode_align_side(HashingEncoder(dim=8), "en", None, [one], doc=side.doc).doc
    ...       == side.doc).all())
    True
    """
    from storyline.encode import doc_text_for_linking
    from storyline.link.vectors import LEAD_CHARS

    head, texts = align_texts(title, sentences)
    body = " ".join(s.strip() for s in sentences if s.strip()) if text is None else text
    wanted = [head, *texts]
    if doc is None:
        wanted.append(doc_text_for_linking(title, body, LEAD_CHARS))
    mat = np.asarray(encoder.encode(wanted), dtype=np.float64)
    sents = mat[1 : 1 + len(texts)].reshape(len(texts), mat.shape[1])
    vec = mat[-1] if doc is None else np.asarray(doc, dtype=np.float64).reshape(mat.shape[1])
    return AlignSide(lang, mat[0], sents, texts, doc=vec, title=title, text=body)


def _unit(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=-1, keepdims=True)
    return mat / np.where(norms == 0, 1.0, norms)


def _is_year(n: str) -> bool:
    return len(n) == 4 and n.isdigit() and n[:2] in ("19", "20")


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n for n in number_keys(text) if not _is_year(n))


@lru_cache(maxsize=1)
def _shipped_scorer() -> Any:
    from storyline.link.scorer import PairScorer

    return PairScorer.load()


def similarity_of_overall(overall: float) -> float:
    """Predicted SemEval ``Overall`` (1 very similar ... 4) as a 0-1 similarity feature.

    Examples
    --------
    >>> similarity_of_overall(1.0), similarity_of_overall(4.0), similarity_of_overall(2.5)
    (1.0, 0.0, 0.5)
    """
    return min(1.0, max(0.0, (4.0 - float(overall)) / 3.0))


def pair_similarity(a: AlignSide, b: AlignSide, scorer: Any = None) -> float:
    """The ``similarity`` feature: the similarity scorer's predicted ``Overall``, as 0-1.

    The scorer (default: the shipped :class:`~storyline.link.scorer.PairScorer`)
    sees exactly what it was trained on: the title+lead vector, the
    headline and the first sentences, and keys of the article's text; it
    centres on its own training means. NaN when a side has no ``doc`` or
    its vectors are not of the scorer's dimension (another encoder).

    Examples
    --------
    >>> e = np.eye(384)
    >>> a = AlignSide("en", e[0], e[:2], ("Iraq struck 40 targets.", "Syria agreed."), doc=e[0],
    ...               text="Iraq struck 40 targets. Syria agreed.")
    >>> 0.0 <= pair_similarity(a, a) <= 1.0, math.isnan(pair_similarity(a, AlignSide("en", e[0], e[:1], ("x",))))
    (True, True)
    """
    if a.doc is None or b.doc is None:
        return float("nan")
    from storyline.link.features import PairSide, SideVectors

    scorer = scorer or _shipped_scorer()
    if not len(a.doc) == len(b.doc) == len(scorer.doc_mean):
        return float("nan")
    sides = [
        PairSide(x.text or " ".join(x.texts), x.lang, x.title, sentences=x.texts) for x in (a, b)
    ]
    vecs = [SideVectors(x.doc, x.head, x.sentences) for x in (a, b)]  # type: ignore[arg-type]
    return similarity_of_overall(scorer.score(sides[0], sides[1], vecs[0], vecs[1]).overall)


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
    >>> pair_alignment(a, AlignSide("en", e[1], np.zeros((0, 3)), ())).tolist()[2:8]
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    >>> bool(np.isnan(f["similarity"]))  # no title+lead vectors: no similarity
    True
    """
    ma = np.zeros_like(a.head) if mean_a is None else mean_a
    mb = ma if mean_b is None else mean_b
    ha, hb = _unit(a.head - ma), _unit(b.head - mb)
    head_c = float(ha @ hb)
    similarity = pair_similarity(a, b) if a.doc is not None and b.doc is not None else math.nan
    if len(a.sentences) == 0 or len(b.sentences) == 0:
        return np.array([head_c, head_c, *[0.0] * 6, similarity], dtype=np.float64)
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
            similarity,
        ],
        dtype=np.float64,
    )
