"""The second held-out corpus (tests/fixtures/heldout2, issue 14): its manifest is consistent.

Written untuned (see its README); these tests only check the fixture itself, and
that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT2 = Path(__file__).parent / "fixtures" / "heldout2"
ENTRIES = load_manifest(HELDOUT2)


def test_manifest_lists_every_file_once_with_the_sample_keys() -> None:
    corpus_checks.check_files(HELDOUT2, ENTRIES)
    assert {e["lang"] for e in ENTRIES} == {"en", "es", "tr", "ar", "fa", "ru", "zh"}


def test_three_events_six_reports_six_negatives_in_three_scripts() -> None:
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))


def test_dates_are_consistent() -> None:
    corpus_checks.check_dates(ENTRIES)


def test_zwnj_stripped_files_have_no_zwnj() -> None:
    corpus_checks.check_zwnj_stripped(HELDOUT2, ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    article = article_from(HELDOUT2 / entry["file"])
    assert article.lang == entry["lang"]
