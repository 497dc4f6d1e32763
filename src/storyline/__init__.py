"""storyline: a self-hosted multilingual news story tracker.

The public Python API lives here; the CLI and the web app are thin shells
over it. Heavy modules load on first use, so ``import storyline`` is quick.

Examples
--------
>>> import storyline
>>> store = storyline.Store(":memory:")
>>> report = storyline.ingest([], store)
>>> report.read
0
"""

from __future__ import annotations

import importlib
from typing import Any

from storyline.article import Article, RawDocument, ReadFailure

__version__ = "0.1.0"

_LAZY = {
    "Store": "storyline.store",
    "StoreError": "storyline.store",
    "ingest": "storyline.pipeline",
    "prepare": "storyline.pipeline",
    "IngestReport": "storyline.pipeline",
    "read_path": "storyline.read",
    "FieldMap": "storyline.read.records",
}

__all__ = ["Article", "RawDocument", "ReadFailure", "__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
