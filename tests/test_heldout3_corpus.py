"""The third held-out corpus (tests/fixtures/heldout3, issue 14): its manifest is consistent.

Written untuned (see its README): a summit, a court verdict and a prisoner
exchange, each with same-actor reports of other occurrences. These tests only
check the fixture itself, and that storyline reads each file in the language
the manifest gives (36 of 36 on 5bc21bb, the code the corpus was measured on).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT3 = Path(__file__).parent / "fixtures" / "heldout3"
ENTRIES = load_manifest(HELDOUT3)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT3, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(5, 8))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT3, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"hi", "ja", "ko", "uk", "de", "fr"}, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT3 / entry["file"]).lang == entry["lang"]
