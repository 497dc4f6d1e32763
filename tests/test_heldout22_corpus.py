"""The twenty-second held-out corpus (tests/fixtures/heldout22): its manifest is consistent.

Written untuned and blind (see its README): Somali pirates hijacking a
Chittagong owner's Bangladesh-flagged bulk carrier, the Karnaphuli Crest, with
its 23 crew in the Indian Ocean, a norovirus outbreak on a cruise ship, the
Aurelia Serena, that makes Croatia's health inspectors bar its passengers
from landing in Dubrovnik, and a hot-air balloon carrying tourists crashing
on landing near Seronera in Tanzania's Serengeti, each with same-actor
reports of other occurrences or the steps before and after (the same owner's
Karnaphuli Dawn hijacked three and a half years earlier, the Karnaphuli Crest
anchored off Garacad two days later and the owner's Karnaphuli Grace fighting
off a pirate attack nine days later; the same ship's outbreak in Split three
years earlier, norovirus confirmed and the passengers landing in Split three
days later and the same line's Aurelia Luna's outbreak in Zadar twelve days
later; the same operator's hard landing near Lobo two and a half years
earlier, the aviation authority grounding its balloons two days later and
the accident investigators' preliminary report fifteen days later).
These tests only check the fixture itself, and that storyline reads each file
in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT22 = Path(__file__).parent / "fixtures" / "heldout22"
ENTRIES = load_manifest(HELDOUT22)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT22, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT22, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"bn", "hr", "sw"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"bn", "hr", "sw", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT22 / entry["file"]).lang == entry["lang"]
