"""Entity and quantity extraction: P/R/F1 on the project's own labelled set.

``run(shared_dir)`` ignores ``shared_dir``; it scores
``tests/fixtures/entities/labelled.jsonl`` and times extraction.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from storyline.entities import extract_entities
from storyline.entities.quantities import extract_quantities
from storyline.evaluate.entities import load_labelled, score

LABELLED = (
    Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "entities" / "labelled.jsonl"
)


NEEDS_SHARED = False


def run(shared_dir: Path | None = None) -> list[dict]:
    """Print and return one JSON line per (language, type) and the timings."""
    start = time.perf_counter()
    extract_entities("Syria", "en")
    load_s = time.perf_counter() - start
    rows = load_labelled(LABELLED)
    out = []
    for (lang, typ), v in sorted(score(rows).items()):
        out.append({"bench": "entities", "lang": lang, "type": typ, **v})
    text = " ".join(r["text"] for r in rows if r["lang"] in {"en", "fa", "ru"})
    words = len(text.split())
    t = time.perf_counter()
    for _ in range(10):
        extract_entities(text, "en")
        extract_quantities(text, "en")
    ms = (time.perf_counter() - t) / 10 * 1000
    out.append(
        {
            "bench": "entities",
            "load_s": round(load_s, 3),
            "ms_per_500_words": round(ms * 500 / words, 2),
        }
    )
    for row in out:
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return out


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    run()
