"""Metrics and file helpers for the SemEval-style pair data.

Examples
--------
>>> round(pearson([1, 2, 3], [2, 4, 7]), 3)
0.993
>>> same_event_f1([1.0, 1.2, 3.5, 4.0], [0.9, 0.2, 0.1, 0.6])["f1"]
0.5
"""

from __future__ import annotations

import csv
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "PairRow",
    "SAME_MAX",
    "DIFFERENT_MIN",
    "DIFFERENT_MIN_BEFORE",
    "file_sha256",
    "read_pairs",
    "pearson",
    "same_event_f1",
    "split_title",
]

SAME_MAX = 1.5
"""Gold ``Overall`` at or below this: the two articles report the same event."""
DIFFERENT_MIN = 2.5
"""Gold ``Overall`` at or above this: different events. Pairs in between are left out.

2.5 is the line the hard-negative definition draws ("``Overall >= 2.5``: another
story"), so every hard negative is also a labelled negative."""
DIFFERENT_MIN_BEFORE = 3.0
"""The label line used before (figures under it are reported too, for comparison)."""

TARGETS = ("Overall", "Geography", "Entities", "Time", "Narrative", "Style", "Tone")


@dataclass(frozen=True)
class PairRow:
    """One labelled pair: ids, languages, texts and whatever gold scores the file has."""

    id1: str
    id2: str
    lang1: str
    lang2: str
    text1: str
    text2: str
    gold: dict[str, float]


def read_pairs(csv_path: str | Path) -> list[PairRow]:
    """Read a SemEval-format CSV (``pair_id, lang1, lang2, text1, text2, Overall``...).

    Undecodable bytes become U+FFFD; rows without a numeric ``Overall`` are kept
    with no ``Overall`` gold.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "p.csv")
    >>> _ = open(p, "w").write("pair_id,lang1,lang2,text1,text2,Overall\\n1_2,en,de,a,b,1.5\\n")
    >>> read_pairs(p)[0].gold
    {'Overall': 1.5}
    """
    csv.field_size_limit(1 << 30)
    rows: list[PairRow] = []
    with open(csv_path, encoding="utf-8", errors="replace", newline="") as fh:
        for rec in csv.DictReader(fh):
            id1, _, id2 = (rec.get("pair_id") or "").partition("_")
            gold: dict[str, float] = {}
            for key in TARGETS:
                try:
                    value = float(rec.get(key) or "nan")
                except ValueError:
                    continue
                if not math.isnan(value):
                    gold[key] = value
            rows.append(
                PairRow(
                    id1=id1 or f"row{len(rows)}a",
                    id2=id2 or f"row{len(rows)}b",
                    lang1=(rec.get("lang1") or "").strip(),
                    lang2=(rec.get("lang2") or "").strip(),
                    text1=rec.get("text1") or "",
                    text2=rec.get("text2") or "",
                    gold=gold,
                )
            )
    return rows


def split_title(text: str) -> tuple[str | None, str]:
    """Take a first line of at most 200 characters as the title, if a body follows.

    Examples
    --------
    >>> split_title("Quake hits Iran\\nA strong earthquake struck...")
    ('Quake hits Iran', 'A strong earthquake struck...')
    >>> split_title("No title here.")
    (None, 'No title here.')
    """
    lines = text.strip().split("\n", 1)
    if len(lines) == 2 and lines[0].strip() and len(lines[0]) <= 200 and lines[1].strip():
        return lines[0].strip(), lines[1]
    return None, text


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "x")
    >>> _ = open(p, "wb").write(b"")
    >>> file_sha256(p)[:8]
    'e3b0c442'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pearson(x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray) -> float:
    """Pearson correlation; ``nan`` with fewer than 3 points or no variance.

    Examples
    --------
    >>> pearson([1, 2], [1, 2])
    nan
    """
    a, b = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(a) < 3 or a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def same_event_f1(
    gold_overall: Sequence[float] | np.ndarray,
    probability: Sequence[float] | np.ndarray,
    threshold: float = 0.5,
    different_min: float = DIFFERENT_MIN,
) -> dict[str, float]:
    """Precision, recall and F1 of ``probability >= threshold`` as "same event".

    Only pairs with gold ``Overall <= SAME_MAX`` (same) or ``>= different_min``
    (different) count.

    Examples
    --------
    >>> same_event_f1([1.0, 2.0, 4.0], [0.8, 0.9, 0.1])
    {'f1': 1.0, 'precision': 1.0, 'recall': 1.0, 'n': 2, 'n_same': 1}
    >>> same_event_f1([1.0, 2.0, 2.5], [0.8, 0.9, 0.9])["precision"]
    0.5
    >>> same_event_f1([1.0, 2.0, 2.5], [0.8, 0.9, 0.9], different_min=3.0)["n"]
    1
    """
    tp = fp = fn = n = same = 0
    for g, p in zip(gold_overall, probability, strict=True):
        if SAME_MAX < g < different_min:
            continue
        n += 1
        truth, pred = bool(g <= SAME_MAX), bool(p >= threshold)
        same += truth
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "f1": round(f1, 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "n": n,
        "n_same": same,
    }
