"""The sixth held-out corpus (tests/fixtures/heldout6, issue 14): its manifest is consistent.

Written untuned (see its README): a private rocket's return to flight with a
radar satellite, a football transfer and a competition authority's
conditional merger clearance, each with same-actor reports of other
occurrences (the rocket's failed and later flights and a scrubbed attempt,
the same clubs' other transfers, the same regulator's other decisions on the
same buyer). These tests only check the fixture itself, and that storyline
reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT6 = Path(__file__).parent / "fixtures" / "heldout6"
ENTRIES = load_manifest(HELDOUT6)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT6, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT6, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ja", "es", "de"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ja", "es", "de", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within five weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=35)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT6 / entry["file"]).lang == entry["lang"]
