"""The twenty-eighth held-out corpus (tests/fixtures/heldout28): its manifest is consistent.

Written untuned and blind (see its README): a train of the Cremallera de Núria rack
railway derailing in the gorge above Queralbs in the Catalan Pyrenees, one dead and
27 injured among its 112 passengers, Minsk recording its all-time record temperature
of 37.4 degrees in a heatwave with seven people drowned across Belarus in a day, and a
ransomware attack encrypting 14 servers of Bir Hospital in Kathmandu and halting its
information system, each with same-actor reports of other occurrences or the steps
before and after (a derailment at the same place three years earlier, the line's
reopening with the inquiry's first finding five days after and a helicopter rescue of
a hiker on the Puigmal by the same fire brigade crew the same afternoon; the red heat
warning four days before, the record's first anniversary a year later and Gomel's own
heat record two days after; an attack by the same group on the hospital's billing
system the year before, a second attack on its laboratory system 16 days after and
the health ministry banning the hospital's IT contractor four days after).
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

HELDOUT28 = Path(__file__).parent / "fixtures" / "heldout28"
ENTRIES = load_manifest(HELDOUT28)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT28, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT28, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ca", "be", "ne"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ca", "be", "ne", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT28 / entry["file"]).lang == entry["lang"]
