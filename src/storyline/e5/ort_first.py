"""Load onnxruntime before usearch: imported for its side effect.

usearch's compiled extension (2.26, linked with its own C++ runtime) changes
process-wide C++ state when it loads; onnxruntime loaded *after* it crashes
in its own initialisation (a segmentation fault in ``std::codecvt``). Loaded
first, both work. Every module that imports usearch imports this module
before it. Nothing happens when onnxruntime is not installed.

Examples
--------
>>> import storyline.e5.ort_first
>>> import usearch.index  # now safe to load onnxruntime later, too
"""

from __future__ import annotations

try:  # noqa: SIM105
    import onnxruntime  # noqa: F401
except ImportError:  # the numpy engine does without it
    pass
