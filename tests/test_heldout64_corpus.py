"""The sixty-fourth held-out corpus (tests/fixtures/heldout64): its manifest is consistent.

Written untuned and blind (see its README): Bangladesh's cabinet approving India's use of Mongla
port for transit cargo to its north-east (four road routes, about 315 taka a tonne); the 27th
East African Community summit in Arusha admitting the Comoros as the bloc's ninth member; and
Pakistan releasing 217 Indian fishermen from Karachi's Malir jail and handing them over at
Wagah, each with same-actor reports of other occurrences (the shipping secretaries' talks that
finalised the draft two days before, the cabinet's Chattogram approval of 2039 and the first
trial ship at Mongla nineteen days after; the Council of Ministers' recommendation two days
before, the 2042 Arusha summit that deferred the bid and the accession treaty signed with the
first flag-raising eighteen days after; the Foreign Office's announcement two days before, the
release of 184 fishermen in 2043 and India freeing 63 Pakistani fishermen fourteen days after).
The brief's first choices, Bengali, Swahili and Urdu, were read as intended on both probes.
These tests only check the fixture itself, and that storyline reads each file in the language
the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT64 = Path(__file__).parent / "fixtures" / "heldout64"
ENTRIES = load_manifest(HELDOUT64)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT64, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT64, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"bn", "sw", "ur"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"bn", "sw", "ur", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the secretaries'
    talks two days before and the first trial ship nineteen days after the Mongla approval; the
    Council of Ministers' recommendation two days before and the accession treaty's signing
    eighteen days after the Comoros' admission; the Foreign Office's announcement two days
    before and India's release of Pakistani fishermen fourteen days after the Wagah handover),
    and each has one within three days (the talks, the Council's recommendation and the
    announcement)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT64 / entry["file"]).lang == entry["lang"]
