"""Entities and link keys pinned on a multilingual fixture: speed work must not change them.

``tests/fixtures/entities/pinned.json`` holds, for each text of the labelled
entity set and of the cleanup pages (en, fa, ar, ru, zh, fr, de, tr, es), the
entities :func:`storyline.entities.extract_entities` found (key, type,
surface, offsets) and :func:`storyline.link.decide.link_keys` of its first
line as title and the rest as text, as the code gave them before it was made
faster. Regenerate only for a deliberate change of outputs:
``python tests/test_entities_pinned.py > tests/fixtures/entities/pinned.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from storyline.entities import extract_entities
from storyline.link.decide import link_keys

FIXTURES = Path(__file__).parent / "fixtures"
PINNED = FIXTURES / "entities" / "pinned.json"
PAGES = [
    ("en_noisy", "en"),
    ("fa_attribution", "fa"),
    ("page_ar", "ar"),
    ("page_en", "en"),
    ("page_ru", "ru"),
    ("page_zh", "zh"),
]


def _texts() -> list[tuple[str, str]]:
    rows = (FIXTURES / "entities" / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    items = [(r["lang"], r["text"]) for r in map(json.loads, rows)]
    for name, lang in PAGES:
        items.append((lang, (FIXTURES / "clean" / f"{name}.txt").read_text(encoding="utf-8")))
    return items


def _outputs() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, text in _texts():
        lines = text.strip().split("\n", 1)
        out.append(
            {
                "lang": lang,
                "n_chars": len(text),
                "entities": [[e.key, e.type, e.text, e.start, e.end] for e in extract_entities(text, lang)],
                "link_keys": link_keys(lines[0], lines[-1], lang),
            }
        )
    return out


def test_entities_and_link_keys_unchanged() -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    found = _outputs()
    assert len(found) == len(pinned) > 70
    assert sum(len(p["entities"]) for p in pinned) > 200
    for got, want in zip(found, pinned, strict=True):
        assert got == want


def test_repeated_calls_agree() -> None:
    # the caches must not leak state from one text into the next
    first = _outputs()
    assert _outputs() == first


if __name__ == "__main__":
    json.dump(_outputs(), sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
