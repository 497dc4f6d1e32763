"""The fifth held-out corpus (tests/fixtures/heldout5, issue 14): its manifest is consistent.

Written untuned (see its README): a carmaker's safety recall, a competition
regulator's fine on a tech company and a minister's resignation, each with
same-actor reports of other occurrences (other recalls, other fines, the
previous minister, the successor's swearing-in). These tests only check the
fixture itself, and that storyline reads each file in the language the
manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT5 = Path(__file__).parent / "fixtures" / "heldout5"
ENTRIES = load_manifest(HELDOUT5)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT5, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT5, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"hi", "pl", "fr", "es"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"hi", "pl", "fr", "ar", "fa", "ru", "zh"})


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT5 / entry["file"]).lang == entry["lang"]
