"""A file of text vectors keyed by (model, text key): what :class:`~storyline.encode.CachedEncoder` keeps.

Meant for development, training and benchmarks (a store keeps its articles'
vectors itself). Several processes may share one file; vectors are float16
(:mod:`storyline.store.blob`).

Examples
--------
>>> import tempfile, pathlib
>>> import numpy as np
>>> cache = VectorCache(pathlib.Path(tempfile.mkdtemp()) / "v.sqlite")
>>> cache.put("m", [("k1", np.array([0.6, 0.8], dtype=np.float32))])
>>> {k: v.tolist() for k, v in cache.get("m", ["k1", "k2"], dim=2).items()}
{'k1': [0.60009765625, 0.7998046875]}
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from storyline.store.blob import from_blob, to_blob
from storyline.store.records import StoreError

__all__ = ["VectorCache"]

_CHUNK = 500


class VectorCache:
    """Vectors in a SQLite file, one row per (model, key); its directory is created if needed."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as con:
                con.execute(
                    "CREATE TABLE IF NOT EXISTS vec (model TEXT, key TEXT, v BLOB, "
                    "PRIMARY KEY (model, key))"
                )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the vector cache: {exc}") from exc

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=60)

    def get(self, model: str, keys: Sequence[str], dim: int) -> dict[str, np.ndarray]:
        """The cached vectors of ``keys`` under ``model`` (missing keys are left out)."""
        found: dict[str, np.ndarray] = {}
        uniq = list(dict.fromkeys(keys))
        try:
            with self._connect() as con:
                for i in range(0, len(uniq), _CHUNK):
                    chunk = uniq[i : i + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = con.execute(
                        f"SELECT key, v FROM vec WHERE model = ? AND key IN ({marks})",
                        [model, *chunk],
                    )
                    found.update({k: from_blob(v, dim) for k, v in rows})
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read the vector cache: {exc}") from exc
        return found

    def put(self, model: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        """Store ``(key, vector)`` pairs under ``model`` (replacing what was there)."""
        rows = [(model, key, to_blob(vec)) for key, vec in items]
        try:
            with self._connect() as con:
                con.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)", rows)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write the vector cache: {exc}") from exc
