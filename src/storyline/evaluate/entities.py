"""Precision, recall and F1 of entity and quantity extraction on a labelled set.

The set is JSON lines: ``{"lang", "text", "entities": [{"type", "key",
"text"}], "quantities": [{"value", "unit"}]}``. A predicted entity matches a
gold one of the same type with the same key or, for people (gold key may be
null), a name that :func:`same_name` accepts. A quantity matches on value
(and on unit when the gold unit is not null).

Examples
--------
>>> row = {"lang": "en", "text": "Syria and Iraq", "quantities": [],
...        "entities": [{"type": "place", "key": "country:SY", "text": "Syria"}]}
>>> s = score([row])
>>> s[("all", "place")]["tp"], s[("all", "place")]["fp"]
(1, 1)
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from storyline.entities.extract import extract_entities
from storyline.entities.names import same_name
from storyline.entities.quantities import extract_quantities


def load_labelled(path: Path) -> list[dict[str, Any]]:
    """Read a JSON-lines labelled set."""
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def _ent_match(pred: Any, gold: dict[str, Any]) -> bool:
    if pred.type != gold["type"]:
        return False
    if gold.get("key") and pred.key == gold["key"]:
        return True
    return gold["type"] == "person" and same_name(pred.text, gold["text"])


def score(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, float]]:
    """Counts and P/R/F1 per (language, type), per ("all", type) and ("all", "all")."""
    c: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for row in rows:
        lang = row["lang"]
        preds = extract_entities(row["text"], lang)
        gold = list(row["entities"])
        for p in preds:
            hit = next((g for g in gold if _ent_match(p, g)), None)
            kind = "tp" if hit else "fp"
            if hit:
                gold.remove(hit)
            for k in ((lang, p.type), ("all", p.type), (lang, "all"), ("all", "all")):
                c[k][kind] += 1
        for g in gold:
            for k in ((lang, g["type"]), ("all", g["type"]), (lang, "all"), ("all", "all")):
                c[k]["fn"] += 1
        qgold = list(row["quantities"])
        for q in extract_quantities(row["text"], lang):
            hit = next(
                (
                    g
                    for g in qgold
                    if abs(g["value"] - q.value) < 1e-6
                    and (g["unit"] is None or g["unit"] == q.unit)
                ),
                None,
            )
            if hit:
                qgold.remove(hit)
            for k in ((lang, "number"), ("all", "number")):
                c[k]["tp" if hit else "fp"] += 1
        for _ in qgold:
            for k in ((lang, "number"), ("all", "number")):
                c[k]["fn"] += 1
    for counts in c.values():
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        counts["precision"], counts["recall"] = round(prec, 3), round(rec, 3)
        counts["f1"] = round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0
    return dict(c)
