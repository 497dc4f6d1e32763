"""Convert the shared real data into files storyline can ingest.

The ~1,750 articles of ``../shared/data``: the two seeds, the Fars News CSV
(245 rows) and the distinct article texts inside the SemEval pairs file
(1,499). The SemEval texts become one JSONL file with ``id, text, lang``;
the Fars News CSV is ingested as it is, with its own column names.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"


def semeval_articles(shared: Path) -> list[dict[str, str]]:
    """Distinct articles of the SemEval pairs file as ``{id, text, lang}`` dicts."""
    csv.field_size_limit(1 << 30)
    seen: dict[str, dict[str, str]] = {}
    path = shared / "data" / "semeval2022-task8-dev" / "pairs.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ids = row["pair_id"].split("_")
            for side, article in zip(("1", "2"), ids, strict=True):
                text = (row[f"text{side}"] or "").strip()
                if article not in seen and text:
                    seen[article] = {"id": article, "text": text, "lang": row[f"lang{side}"]}
    return list(seen.values())


def write_semeval_jsonl(shared: Path) -> Path:
    """Write the SemEval articles to ``bench/.cache/semeval_articles.jsonl``."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / "semeval_articles.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for article in semeval_articles(shared):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return out


def ingest_targets(shared: Path) -> list[tuple[Path, dict[str, str]]]:
    """The shared corpus as ``(path, field overrides)`` pairs, in a fixed order."""
    return [
        (shared / "data" / "seeds", {}),
        (shared / "data" / "fa-farsnews" / "farsnews.csv", {}),
        (write_semeval_jsonl(shared), {}),
    ]
