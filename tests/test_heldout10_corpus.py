"""The tenth held-out corpus (tests/fixtures/heldout10, issue 14): its manifest is consistent.

Written untuned (see its README): a mass food poisoning from free school meals,
a prison escape and a crowd crush outside a stadium, each with same-actor
reports of other occurrences (an earlier poisoning in the same regency, the
same foundation's kitchen poisoning pupils elsewhere, the laboratory results
and the charging of the kitchen's head; the same prison's earlier escape and
foiled attempt, the recapture of one escapee and the removal of the prison's
director; the same promoter's earlier stampede at the same stadium and its
crush at another city's stadium, and the charges against its managers). These
tests only check the fixture itself, and that storyline reads each file in the
language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT10 = Path(__file__).parent / "fixtures" / "heldout10"
ENTRIES = load_manifest(HELDOUT10)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT10, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT10, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"id", "fr", "es"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"id", "fr", "es", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT10 / entry["file"]).lang == entry["lang"]
