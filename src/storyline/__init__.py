"""storyline: a self-hosted multilingual news story tracker.

The public Python API lives here; the CLI and the web app are thin shells
over it. Heavy modules load on first use, so ``import storyline`` is quick.

Every module logs to ``logging.getLogger(__name__)`` under ``"storyline"``,
which has only a ``NullHandler``: configure logging (or pass ``--verbose``
to the CLI) to see what storyline skipped or fell back from. Every error it
raises on purpose derives from :class:`storyline.errors.StorylineError`.

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
import logging
from typing import Any

from storyline.article import Article, RawDocument, ReadFailure

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {
    "Store": "storyline.store",
    "StoreError": "storyline.store",
    "StorylineError": "storyline.errors",
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
