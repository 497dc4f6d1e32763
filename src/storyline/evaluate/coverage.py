"""Score sentence alignment against a sentence-aligned gold set.

The gold format (``tests/fixtures/alignment/*.jsonl``): one line per
language version of a report, ``{"report", "lang", "sentences": [{"text",
"facts": [fact ids]}]}``. Two sentences of two versions are a gold pair
when they share a fact id; a sentence that merges two facts carries both
ids, and a sentence added in one version has an id of its own.

Examples
--------
>>> x = {"lang": "en", "sentences": [{"text": "a", "facts": ["f1"]}, {"text": "b", "facts": ["f2"]}]}
>>> y = {"lang": "fr", "sentences": [{"text": "b", "facts": ["f2"]}, {"text": "z", "facts": ["+"]}]}
>>> sorted(gold_pairs(x, y))
[(1, 0)]
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

__all__ = ["gold_pairs", "load_aligned_reports", "precision_recall", "version_pairs"]


def load_aligned_reports(folder: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read every ``*.jsonl`` report of ``folder``: report name to its versions.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "r.jsonl").write_text('{"report": "r", "lang": "en", "sentences": []}\\n')
    >>> load_aligned_reports(d)["r"][0]["lang"]
    'en'
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(Path(folder).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            out[path.stem] = [json.loads(line) for line in fh if line.strip()]
    return out


def gold_pairs(x: dict[str, Any], y: dict[str, Any]) -> set[tuple[int, int]]:
    """Sentence index pairs of two versions that share a fact id.

    Examples
    --------
    >>> x = {"sentences": [{"facts": ["f1", "f2"]}]}
    >>> y = {"sentences": [{"facts": ["f2"]}, {"facts": ["f1"]}]}
    >>> sorted(gold_pairs(x, y))
    [(0, 0), (0, 1)]
    """
    return {
        (i, j)
        for i, sx in enumerate(x["sentences"])
        for j, sy in enumerate(y["sentences"])
        if set(sx["facts"]) & set(sy["facts"])
    }


def version_pairs(
    reports: dict[str, list[dict[str, Any]]], names: Iterable[str] | None = None
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every pair of language versions within each report (of ``names``).

    Examples
    --------
    >>> rs = {"r": [{"lang": "en"}, {"lang": "fa"}, {"lang": "ar"}]}
    >>> [(x["lang"], y["lang"]) for x, y in version_pairs(rs)]
    [('en', 'fa'), ('en', 'ar'), ('fa', 'ar')]
    """
    chosen = list(reports) if names is None else list(names)
    return [pair for name in chosen for pair in combinations(reports[name], 2)]


def precision_recall(
    pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    predict: Callable[[dict[str, Any], dict[str, Any]], set[tuple[int, int]]],
) -> dict[str, float]:
    """Micro-averaged precision, recall and F1 of ``predict`` over version pairs.

    Examples
    --------
    >>> x = {"sentences": [{"facts": ["f1"]}, {"facts": ["f2"]}]}
    >>> perfect = lambda a, b: gold_pairs(a, b)
    >>> precision_recall([(x, x)], perfect)["f1"]
    1.0
    """
    tp = fp = fn = 0
    for x, y in pairs:
        gold = gold_pairs(x, y)
        pred = predict(x, y)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "gold": tp + fn,
        "predicted": tp + fp,
    }
