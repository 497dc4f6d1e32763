"""Features of a pair of articles, for the pair scorer.

One side of a pair is a :class:`PairSide` (plain text and metadata) plus its
:class:`SideVectors` (document, headline and sentence vectors from an
:class:`~storyline.encode.Encoder`). :func:`pair_features` turns two sides
into a flat ``dict[str, float]``; every feature is symmetric in the two
sides.

Examples
--------
>>> from storyline.encode import HashingEncoder
>>> a = PairSide("Iraqi jets struck IS in Syria. 400 fighters were killed.", "en")
>>> b = PairSide("Iraqi jets hit IS targets in Syria on Sunday. 400 dead.", "en")
>>> va, vb = encode_sides([a, b], HashingEncoder())
>>> f = pair_features(a, b, va, vb)
>>> f["num_jaccard"], f["country_jaccard"], f["same_lang"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import numpy as np

from storyline.encode import Encoder, doc_text_for_linking, encode_texts
from storyline.link.align_evidence import ALIGN_CHARS, MAX_ALIGN_SENTENCES
from storyline.link.sentences import linking_sentences
from storyline.link.textkeys import country_keys, name_keys, number_keys, year_keys
from storyline.link.vectors import LEAD_CHARS

__all__ = [
    "FEATURE_NAMES",
    "MAX_SENTENCES",
    "PairSide",
    "SideVectors",
    "encode_sides",
    "lang_key",
    "pair_features",
    "side_texts",
]


MAX_SENTENCES = MAX_ALIGN_SENTENCES
"""Sentences of each article the scorer encodes (the first ones), each cut at
:data:`~storyline.link.align_evidence.ALIGN_CHARS` characters: the same texts
as sentence alignment's, so one encoding serves both. Cross-validated on the
1,283 dev pairs, 12 sentences predict ``Overall`` as well as 60 (Pearson 0.804
vs 0.803)."""


@dataclass(frozen=True)
class PairSide:
    """One article of a pair, as plain inputs.

    Parameters
    ----------
    text
        The article's main text.
    lang
        Language code (``"en"``, ``"fa"``...).
    title
        The headline, when known.
    published
        Publication time, ISO 8601, when known.
    sentences
        Pre-split sentences; split here when ``None``.
    """

    text: str
    lang: str
    title: str | None = None
    published: str | None = None
    sentences: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SideVectors:
    """Vectors of one side: document (title + lead), headline, sentences (``(n, dim)``).

    The document text is the linking input (title + the first
    :data:`~storyline.link.vectors.LEAD_CHARS` characters), so a store's or an
    evaluation's title+lead vector serves as the scorer's document vector too.
    """

    doc: np.ndarray
    head: np.ndarray
    sentences: np.ndarray


def side_texts(side: PairSide) -> tuple[str, str, tuple[str, ...]]:
    """The texts to encode for a side: document text, headline text, sentences.

    The document is the linking input: title + lead, cut at
    :data:`~storyline.link.vectors.LEAD_CHARS` characters (the same text the
    tracker and ``eval pairs`` encode for the same-event model). The headline
    is the title, or the first sentence when there is none. Sentences: the
    first :data:`MAX_SENTENCES` non-empty ones, each cut at
    :data:`~storyline.link.align_evidence.ALIGN_CHARS` characters.

    Examples
    --------
    >>> doc, head, sents = side_texts(PairSide("First sentence here. And then a second sentence.", "en"))
    >>> head, len(sents)
    ('First sentence here.', 2)
    >>> len(side_texts(PairSide("Word " * 300 + ".", "en"))[2][0])
    300
    """
    sents = (
        side.sentences if side.sentences is not None else linking_sentences(side.text, side.lang)
    )
    sents = tuple(s[:ALIGN_CHARS] for s in sents if s.strip())[:MAX_SENTENCES]
    head = side.title or (sents[0] if sents else side.text[:200])
    return doc_text_for_linking(side.title, side.text, LEAD_CHARS), head, sents


def encode_sides(
    sides: Sequence[PairSide],
    encoder: Encoder,
    progress: Callable[[int, int], None] | None = None,
) -> list[SideVectors]:
    """Encode every text of ``sides`` once (:func:`~storyline.encode.encode_texts`).

    ``progress(done, total)`` counts distinct texts.

    Examples
    --------
    >>> from storyline.encode import HashingEncoder
    >>> [v] = encode_sides([PairSide("One sentence only here.", "en")], HashingEncoder())
    >>> v.doc.shape, v.sentences.shape
    ((256,), (1, 256))
    """
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for side in sides:
        doc, head, sents = side_texts(side)
        start = len(texts)
        texts.extend([doc, head, *sents])
        spans.append((start, len(texts)))
    vecs = encode_texts(encoder, texts, progress=progress)
    return [SideVectors(doc=vecs[s], head=vecs[s + 1], sentences=vecs[s + 2 : e]) for s, e in spans]


def _centre_rows(
    mat: np.ndarray, mean: np.ndarray | None, components: np.ndarray | None = None
) -> np.ndarray:
    """Subtract ``mean``, project out ``components`` (orthonormal rows), L2-normalise rows."""
    mat = np.atleast_2d(mat)
    if mean is not None:
        mat = mat - mean
    if components is not None and len(components):
        mat = mat - (mat @ components.T) @ components
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def _centred_cos(
    u: np.ndarray,
    v: np.ndarray,
    means: tuple[np.ndarray | None, np.ndarray | None],
    components: np.ndarray | None,
) -> float:
    cu, cv = _centre_rows(u, means[0], components), _centre_rows(v, means[1], components)
    return float((cu @ cv.T)[0, 0])


def _sentence_features(
    sa: np.ndarray,
    sb: np.ndarray,
    means: tuple[np.ndarray | None, np.ndarray | None],
    components: np.ndarray | None,
) -> dict[str, float]:
    names = (
        "sent_best_mean",
        "sent_best_min",
        "sent_top3",
        "sent_max",
        "sent_mutual",
        "sent_raw_best",
        "cos_sentmean_c",
    )
    if len(sa) == 0 or len(sb) == 0:
        return dict.fromkeys(names, 0.0)
    raw = sa @ sb.T
    ca, cb = _centre_rows(sa, means[0], components), _centre_rows(sb, means[1], components)
    sims = ca @ cb.T
    best_a, best_b = sims.max(axis=1), sims.max(axis=0)
    both = np.concatenate([best_a, best_b])
    top = np.sort(both)[::-1][: min(6, len(both))]
    arg_a, arg_b = sims.argmax(axis=1), sims.argmax(axis=0)
    mutual = sum(1 for i, j in enumerate(arg_a) if arg_b[j] == i and sims[i, j] >= 0.3)
    return {
        "sent_best_mean": float((best_a.mean() + best_b.mean()) / 2),
        "sent_best_min": float(min(best_a.mean(), best_b.mean())),
        "sent_top3": float(top.mean()),
        "sent_max": float(sims.max()),
        "sent_mutual": mutual / min(len(sa), len(sb)),
        "sent_raw_best": float((raw.max(axis=1).mean() + raw.max(axis=0).mean()) / 2),
        "cos_sentmean_c": _centred_cos(ca.mean(axis=0), cb.mean(axis=0), (None, None), None),
    }


def lang_key(lang: str) -> str:
    """Base language code, lowercase: ``"pt-BR"`` -> ``"pt"``.

    Examples
    --------
    >>> lang_key("pt-BR"), lang_key("FA")
    ('pt', 'fa')
    """
    return lang.replace("_", "-").split("-")[0].lower()


def _overlap(prefix: str, a: set[str], b: set[str]) -> dict[str, float]:
    shared = len(a & b)
    union = len(a | b)
    return {
        f"{prefix}_jaccard": shared / union if union else 0.0,
        f"{prefix}_cover": shared / min(len(a), len(b)) if a and b else 0.0,
        f"{prefix}_shared": math.log1p(shared),
        f"{prefix}_both": float(bool(a) and bool(b)),
    }


def _script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            return "latin" if ch.isascii() or ord(ch) < 0x250 else f"{ord(ch) >> 8:x}"
    return ""


def _days_apart(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    try:
        da = datetime.fromisoformat(a.replace("Z", "+00:00"))
        db = datetime.fromisoformat(b.replace("Z", "+00:00"))
    except ValueError:
        return None
    if (da.tzinfo is None) != (db.tzinfo is None):
        da, db = da.replace(tzinfo=None), db.replace(tzinfo=None)
    return abs((da - db).total_seconds()) / 86400.0


@lru_cache(maxsize=4096)
def _text_keys(text: str, lang: str) -> tuple[set[str], set[str], set[str], set[str]]:
    return number_keys(text), year_keys(text), name_keys(text, lang), country_keys(text, lang)


def pair_features(
    a: PairSide,
    b: PairSide,
    va: SideVectors,
    vb: SideVectors,
    doc_mean: np.ndarray | None = None,
    sent_mean: np.ndarray | None = None,
    doc_components: np.ndarray | None = None,
    sent_components: np.ndarray | None = None,
    lang_means: Mapping[str, tuple[np.ndarray, np.ndarray]] | None = None,
) -> dict[str, float]:
    """Symmetric features of a pair; names in :data:`FEATURE_NAMES` plus time ones.

    Parameters
    ----------
    a, b
        The two articles.
    va, vb
        Their vectors (see :func:`encode_sides`).
    doc_mean, sent_mean
        Corpus mean document / sentence vectors to centre against before the
        ``*_c`` cosines (raw cosines of news are compressed into 0.75-0.9).
    doc_components, sent_components
        Top principal directions of the corpus (``(k, dim)``, orthonormal
        rows) projected out after centring ("all-but-the-top"): they carry
        genre and language more than the event.
    lang_means
        ``{lang: (doc_mean, sent_mean)}``: a side whose language is here is
        centred against its own language's means instead, which removes
        most of the language signal from the vectors and lifts cross-lingual
        cosines to the level of monolingual ones.

    Returns
    -------
    dict
        ``time_gap_days`` (``log1p`` of days) and ``time_known`` describe the
        publication gap; they are informative but not part of
        :data:`FEATURE_NAMES` (the training pairs carry no dates).

    Examples
    --------
    >>> from storyline.encode import HashingEncoder
    >>> a = PairSide("Бои в Сирии. Погибли 12 человек.", "ru", published="2018-12-30")
    >>> b = PairSide("Fighting in Syria. 12 people died.", "en", published="2019-01-02")
    >>> f = pair_features(a, b, *encode_sides([a, b], HashingEncoder()))
    >>> f["country_jaccard"], f["num_jaccard"], f["same_script"], round(f["time_gap_days"], 3)
    (1.0, 1.0, 0.0, 1.386)
    """
    ka, kb = _text_keys(a.text, a.lang), _text_keys(b.text, b.lang)
    la, lb = max(len(a.text), 1), max(len(b.text), 1)
    own = lang_means or {}
    ma, mb = own.get(lang_key(a.lang)), own.get(lang_key(b.lang))
    dm = (doc_mean if ma is None else ma[0], doc_mean if mb is None else mb[0])
    sm = (sent_mean if ma is None else ma[1], sent_mean if mb is None else mb[1])
    feats: dict[str, float] = {
        "cos_doc": float(va.doc @ vb.doc),
        "cos_doc_c": _centred_cos(va.doc, vb.doc, dm, doc_components),
        "cos_head": float(va.head @ vb.head),
        "cos_head_c": _centred_cos(va.head, vb.head, dm, doc_components),
    }
    feats.update(_sentence_features(va.sentences, vb.sentences, sm, sent_components))
    feats.update(_overlap("num", ka[0], kb[0]))
    feats.update(_overlap("year", ka[1], kb[1]))
    feats.update(_overlap("name", ka[2], kb[2]))
    feats.update(_overlap("country", ka[3], kb[3]))
    feats["len_ratio"] = min(la, lb) / max(la, lb)
    feats["same_lang"] = float(lang_key(a.lang) == lang_key(b.lang))
    feats["same_script"] = float(_script(a.text) == _script(b.text))
    gap = _days_apart(a.published, b.published)
    feats["time_known"] = float(gap is not None)
    feats["time_gap_days"] = math.log1p(gap) if gap is not None else 0.0
    return feats


FEATURE_NAMES: tuple[str, ...] = (
    "cos_doc",
    "cos_doc_c",
    "cos_head",
    "cos_head_c",
    "cos_sentmean_c",
    "sent_best_mean",
    "sent_best_min",
    "sent_top3",
    "sent_max",
    "sent_mutual",
    "sent_raw_best",
    *(
        f"{p}_{s}"
        for p in ("num", "year", "name", "country")
        for s in ("jaccard", "cover", "shared", "both")
    ),
    "len_ratio",
)
"""Features the trained scorer uses, in order.

``same_lang`` and ``same_script`` are computed but left out: in the SemEval
training pairs the only cross-lingual pairs (de-en) are mostly different
events, so a language flag would learn that sampling accident as a prior
against cross-lingual matches."""
