"""Near-duplicate detection with MinHash over word shingles.

A republished wire story is the same text with different boilerplate around
it: another header, another caption, a "Read more" trailer. Two reports of
the same event by different newsrooms share facts and names but almost no
five-word sequence. MinHash over word 5-shingles separates the two cases:

- :func:`signature` folds the text (:func:`~storyline.text.fold.fold_for_matching`),
  cuts it into overlapping 5-word shingles (5-character shingles when the
  text is mostly Chinese, Japanese or another script written without
  spaces) that never cross a paragraph, header or caption line
  (:func:`segments`), and keeps the 128 minimum hashes (datasketch
  ``MinHash``, affine64 scheme, fixed seed, so signatures are stable across
  runs and machines);
- :func:`band_keys` cuts a signature into 32 bands of 4 rows and hashes each
  band to a signed 64-bit integer, the locality-sensitive-hashing keys the
  store indexes: two texts become candidates when any band matches;
- :func:`jaccard` estimates the Jaccard similarity of two signatures;
  :func:`is_duplicate` compares it to :data:`DUPLICATE_THRESHOLD`.

Why 0.7 and not the textbook 0.8: boilerplate costs more than it seems.
Every header, caption or "Read more" line adds shingles that the other
copy lacks, so a republished wire story shares well under 90% of its
shingles with the original, while two newsrooms' reports of the same event,
with the same facts, names and quotes, stay near zero; with the noise of a
128-value estimate, 0.8 would miss a good share of real copies, and 0.7
still keeps texts that share only half their shingles (templated or heavily
updated stories) out by several standard deviations. The measured shares
are recorded in ``bench/baseline.json`` (``recorded``: ``dedup.threshold``).

With 32 bands of 4 rows a pair becomes a candidate with probability 0.9998
at Jaccard 0.7, > 0.99999 at 0.8, 0.23 at 0.3 and 0.003 at 0.1: the LSH step
loses practically nothing above the threshold, and wasted verifications
(one stored signature each) are rare.

Examples
--------
>>> body = " ".join(f"word{i}" for i in range(200))
>>> a = signature("Breaking news header\\n" + body + "\\nRead more: other stories")
>>> b = signature("Another site's banner\\n" + body + "\\nPhoto: AFP")
>>> is_duplicate(a, b)
True
>>> len(band_keys(a)) == BANDS
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

import numpy as np
from datasketch import MinHash

from storyline.text.fold import UNSPACED_SCRIPTS, fold_for_matching

__all__ = [
    "BANDS",
    "DUPLICATE_THRESHOLD",
    "NUM_PERM",
    "ROWS",
    "SHINGLE",
    "band_keys",
    "is_duplicate",
    "is_empty",
    "iter_shingle_hashes",
    "jaccard",
    "shingle_hashes",
    "segments",
    "signature",
]

NUM_PERM = 128
"""MinHash permutations (signature length)."""
SEED = 20181230
"""Fixed permutation seed: signatures stored in a database stay comparable."""
BANDS = 32
"""LSH bands per signature."""
ROWS = NUM_PERM // BANDS
"""Signature values per band."""
SHINGLE = 5
"""Words (or characters, for unspaced scripts) per shingle."""
DUPLICATE_THRESHOLD = 0.7
"""Estimated Jaccard similarity at or above which two texts are near-duplicates."""

_MASK = (1 << 64) - 1
_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant for the rolling combination
_EMPTY = np.uint64(_MASK)


_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)
_MAX_UNIT = 48
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_FINAL = frozenset(".!?:;…\"'»”’)]。！？؟۔।")

_PIECE_CHARS = 65_536
"""Characters of a block hashed at a time (a piece of a longer block)."""
_MINHASH_CHUNK = 4096
"""Shingles per MinHash update (128 x 8 bytes each in the permutation step)."""

_permutations: tuple[np.ndarray, np.ndarray] | None = None


def _new_minhash() -> MinHash:
    global _permutations
    if _permutations is None:
        _permutations = MinHash(NUM_PERM, seed=SEED, scheme="affine64").permutations
    return MinHash(NUM_PERM, seed=SEED, scheme="affine64", hashfunc=int, permutations=_permutations)


def _unspaced_share(text: str) -> float:
    letters = len(text) - text.count(" ")
    return len(UNSPACED_SCRIPTS.findall(text)) / letters if letters else 0.0


def _unit_hashes(units: list[str]) -> np.ndarray:
    """Hash each unit (word or character) to 64 bits: FNV-1a over code points, then fmix64.

    Vectorised over the units; only the first :data:`_MAX_UNIT` characters of
    a unit count, and the result does not depend on the other units.
    """
    width = min(_MAX_UNIT, max(len(u) for u in units))
    codes = np.array(units, dtype=f"<U{width}").view(np.uint32).reshape(len(units), width)
    hashes = np.full(len(units), _FNV_OFFSET, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in codes.T.astype(np.uint64):
            hashes = np.where(column != 0, (hashes ^ column) * _FNV_PRIME, hashes)
        hashes ^= hashes >> np.uint64(33)
        hashes *= np.uint64(0xFF51AFD7ED558CCD)
        hashes ^= hashes >> np.uint64(33)
        hashes *= np.uint64(0xC4CEB9FE1A85EC53)
        hashes ^= hashes >> np.uint64(33)
    return hashes


def segments(text: str) -> list[str]:
    """Split ``text`` into the blocks that shingles may not cross.

    Blocks are separated by blank lines, and by single line breaks after a
    line that ends a sentence or is short (under 8 words: a header, a
    caption, a "Read more" line). A long line without final punctuation is
    a hard-wrapped paragraph and continues on the next line.

    Examples
    --------
    >>> segments("Header line\\nFirst sentence here.\\nMore of it\\n\\nLast one")
    ['Header line', 'First sentence here.', 'More of it', 'Last one']
    >>> segments("a long hard wrapped line of text that goes on and\\ncontinues here.")
    ['a long hard wrapped line of text that goes on and continues here.']
    """
    blocks: list[str] = []
    for paragraph in _BLANK_LINE.split(text):
        current: list[str] = []
        for line in paragraph.splitlines():
            line = line.strip()
            if not line:
                continue
            current.append(line)
            if line[-1] in _FINAL or len(line.split()) < 8:
                blocks.append(" ".join(current))
                current = []
        if current:
            blocks.append(" ".join(current))
    return blocks


def _pieces(folded: str, by_char: bool) -> Iterator[str]:
    """Cut a folded block into pieces of about :data:`_PIECE_CHARS` characters.

    Word mode cuts only at a space (dropped), so the units of the pieces,
    concatenated, are exactly ``folded.split(" ")``; character mode cuts
    anywhere.
    """
    start, end_all = 0, len(folded)
    while start < end_all:
        end = start + _PIECE_CHARS
        if end >= end_all:
            yield folded[start:]
            return
        if by_char:
            yield folded[start:end]
            start = end
            continue
        cut = folded.find(" ", end)
        if cut < 0:
            yield folded[start:]
            return
        yield folded[start:cut]
        start = cut + 1


def _piece_units(piece: str, by_char: bool) -> list[str]:
    return list(piece.replace(" ", "")) if by_char else piece.split(" ")


def _combine(hashes: np.ndarray, width: int) -> np.ndarray:
    """Rolling combination h = ((u0 * M + u1) * M + u2) ... mod 2**64, over each window."""
    windows = len(hashes) - width + 1
    combined = hashes[:windows].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, width):
            combined = combined * _MULT + hashes[offset : offset + windows]
    return combined


def _block_shingles(block: str, by_char: bool) -> Iterator[np.ndarray]:
    """The shingle hashes of one block, in bounded chunks.

    A block of any length is read piece by piece; the last ``SHINGLE - 1``
    unit hashes of a piece start the next one, so the chunks, concatenated,
    are the shingles of the whole block.
    """
    folded = fold_for_matching(block)
    if not folded:
        return
    tail: np.ndarray | None = None
    total = 0
    for piece in _pieces(folded, by_char):
        units = _piece_units(piece, by_char)
        if not units:
            continue
        hashes = _unit_hashes(units)
        total += len(hashes)
        if tail is None:
            if len(piece) == len(folded):  # the whole block: may be shorter than one shingle
                yield _combine(hashes, min(SHINGLE, len(hashes)))
                return
        else:
            hashes = np.concatenate([tail, hashes])
        if len(hashes) >= SHINGLE:
            yield _combine(hashes, SHINGLE)
        tail = hashes[-(SHINGLE - 1) :]
    if tail is not None and 0 < total < SHINGLE:  # a few huge units: one shorter shingle
        yield _combine(tail, total)


def iter_shingle_hashes(text: str) -> Iterator[np.ndarray]:
    """Yield the 64-bit shingle hashes of ``text`` in chunks of bounded size.

    The chunks, concatenated, are :func:`shingle_hashes`; memory stays
    bounded by :data:`_PIECE_CHARS` whatever the length of the text or of
    one of its blocks.

    Examples
    --------
    >>> text = "one two three four five six\\n\\nseven eight"
    >>> bool((np.concatenate(list(iter_shingle_hashes(text))) == shingle_hashes(text)).all())
    True
    """
    sample = text if len(text) <= 4000 else text[:2000] + text[-2000:]
    by_char = _unspaced_share(fold_for_matching(sample)) >= 0.3
    for block in segments(text):
        yield from _block_shingles(block, by_char)


def shingle_hashes(text: str) -> np.ndarray:
    """Return the 64-bit hashes of the shingles of ``text`` (before MinHash).

    Word 5-shingles of the folded text, or character 5-shingles (spaces
    dropped) when at least 30% of its characters belong to scripts written
    without spaces. Shingles stay inside one block (:func:`segments`): a
    header, caption or trailer line then adds only its own few shingles
    instead of also breaking the four that would straddle each of its
    edges. A block shorter than one shingle is one shingle.

    Examples
    --------
    >>> len(shingle_hashes("one two three four five six"))
    2
    >>> len(shingle_hashes("北京今天下雨了"))
    3
    >>> len(shingle_hashes("Hi!\\n\\none two three four five six")), len(shingle_hashes(" ... "))
    (3, 0)
    """
    parts = list(iter_shingle_hashes(text))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


def signature(text: str) -> np.ndarray:
    """Return the MinHash signature of ``text``: ``uint64``, shape ``(128,)``.

    An empty text (nothing left after folding) gets the empty signature, all
    values at the maximum; :func:`is_empty` recognises it and it is never a
    duplicate of anything. The shingles are fed to MinHash in chunks of at
    most :data:`_MINHASH_CHUNK` (memory per document stays bounded: the
    permutation step holds 128 values per shingle of one chunk).

    Examples
    --------
    >>> s = signature("The quick brown fox jumps over the lazy dog")
    >>> s.dtype, s.shape
    (dtype('uint64'), (128,))
    >>> bool((s == signature("the QUICK brown fox, jumps over the lazy dog!")).all())
    True
    """
    minhash = _new_minhash()
    for hashes in iter_shingle_hashes(text):
        for start in range(0, len(hashes), _MINHASH_CHUNK):
            minhash.update_batch(hashes[start : start + _MINHASH_CHUNK].tolist())
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


def _check(sig: np.ndarray) -> np.ndarray:
    arr = np.asarray(sig)
    if arr.shape != (NUM_PERM,):
        raise ValueError(f"MinHash signature must have shape ({NUM_PERM},), got {arr.shape}")
    return arr.astype(np.uint64, copy=False)


def is_empty(sig: np.ndarray) -> bool:
    """Return True for the signature of an empty text.

    Examples
    --------
    >>> is_empty(signature("")), is_empty(signature("text"))
    (True, False)
    """
    return bool((_check(sig) == _EMPTY).all())


def band_keys(sig: np.ndarray) -> list[int]:
    """Return the LSH keys of a signature: one signed 64-bit int per band.

    Band ``i`` covers values ``i*ROWS .. (i+1)*ROWS - 1``; its key is the
    first 8 bytes of BLAKE2b over those values (little-endian), read as a
    signed integer so that SQLite can store it.

    Examples
    --------
    >>> keys = band_keys(signature("a b c d e f g"))
    >>> len(keys), all(-(2**63) <= k < 2**63 for k in keys)
    (32, True)
    >>> band_keys(signature("a b c d e f g")) == keys
    True
    """
    data = _check(sig).astype("<u8").tobytes()
    step = ROWS * 8
    return [
        int.from_bytes(
            hashlib.blake2b(data[i : i + step], digest_size=8).digest(), "little", signed=True
        )
        for i in range(0, len(data), step)
    ]


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimate the Jaccard similarity of two texts from their signatures.

    Examples
    --------
    >>> a = signature("one two three four five six seven eight")
    >>> jaccard(a, a)
    1.0
    >>> jaccard(a, signature("nine ten eleven twelve thirteen fourteen")) < 0.1
    True
    """
    a, b = _check(sig_a), _check(sig_b)
    if is_empty(a) or is_empty(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / NUM_PERM


def is_duplicate(
    sig_a: np.ndarray, sig_b: np.ndarray, threshold: float = DUPLICATE_THRESHOLD
) -> bool:
    """Return True when two signatures are near-duplicates (estimated Jaccard >= threshold).

    Examples
    --------
    >>> s = signature("Ministers met in Rome on Tuesday to discuss grain exports.")
    >>> is_duplicate(s, s), is_duplicate(s, signature(""))
    (True, False)
    """
    return jaccard(sig_a, sig_b) >= threshold
