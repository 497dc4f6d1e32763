"""Vectors as bytes: the float16 codec of every vector the store keeps.

Examples
--------
>>> import numpy as np
>>> v = np.array([0.6, 0.8], dtype=np.float32)
>>> len(to_blob(v)), [round(float(x), 3) for x in from_blob(to_blob(v), 2)]
(4, [0.6, 0.8])
"""

from __future__ import annotations

import numpy as np

__all__ = ["from_blob", "to_blob"]


def to_blob(vec: np.ndarray) -> bytes:
    """Pack a vector (or a matrix, row-major) as little-endian float16 bytes.

    Examples
    --------
    >>> len(to_blob(np.ones(384, dtype=np.float32)))
    768
    """
    return np.asarray(vec, dtype="<f2").tobytes()


def from_blob(b: bytes, dim: int) -> np.ndarray:
    """Unpack :func:`to_blob` bytes into float32: shape ``(dim,)`` or ``(n, dim)``.

    Examples
    --------
    >>> v = np.array([0.6, 0.8], dtype=np.float32)
    >>> [round(float(x), 3) for x in from_blob(to_blob(v), 2)]
    [0.6, 0.8]
    >>> from_blob(to_blob(np.stack([v, v])), 2).shape
    (2, 2)
    """
    arr = np.frombuffer(b, dtype="<f2").astype(np.float32)
    if arr.size % dim:
        raise ValueError(f"blob of {arr.size} values is not a multiple of dim={dim}")
    return arr if arr.size == dim else arr.reshape(-1, dim)
