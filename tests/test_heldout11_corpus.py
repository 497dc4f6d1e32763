"""The eleventh held-out corpus (tests/fixtures/heldout11): its manifest is consistent.

Written untuned (see its README): a volcanic-ash closure of an airport, a
freight train derailment with a chemical spill and an art theft from a museum,
each with same-actor reports of other occurrences or the steps before and
after (the volcano's earlier paroxysm that closed the same airport, a new one
eleven days later and the state of emergency for the ash; the same carrier's
earlier derailment on the same line, its second derailment within a week and
the regulator suspending it; the same museum's earlier theft, the recovery of
four of the stolen works and the museum's reopening). These tests only check
the fixture itself, and that storyline reads each file in the language the
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

HELDOUT11 = Path(__file__).parent / "fixtures" / "heldout11"
ENTRIES = load_manifest(HELDOUT11)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT11, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT11, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"it", "pl", "pt"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"it", "pl", "pt", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT11 / entry["file"]).lang == entry["lang"]
