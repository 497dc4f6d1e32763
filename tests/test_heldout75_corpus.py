"""The seventy-fifth held-out corpus (tests/fixtures/heldout75): its manifest is consistent.

Written untuned and blind (see its README): a drone attack that set the AVT-12 crude unit of
the Tuapse refinery on fire on Russia's Black Sea coast (800 to 1,200 sq m of fire, 25 to 31
drones and none to two injured by the running counts); a migrant boat from Sfax capsizing off
Lampedusa (38 rescued, seven to nine dead as bodies were recovered); and the Nikkei 225 closing
above 100,000 for the first time (100,512.37, up 666.22 points), each with same-actor reports
of other occurrences (drone attacks on the neighbouring Afipsky, Ilsky and Krasnodar
refineries, an earlier strike at Tuapse's marine terminal, the unit's restart and the attack
of 2060; a dinghy rescue the day before, a second capsizing two days after told in English and
Arabic, the funeral in Agrigento, a capsizing fifteen days before and the shipwreck of 2059;
record closes the day before, twelve days before and thirteen days after, the 3.4% fall two
days after, the TOPIX record six days after and the record of 2065). The brief's first
choices, German, Ukrainian and Japanese, were read as intended on both probes. These tests
only check the fixture itself, and that storyline reads each file in the language the
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

HELDOUT75 = Path(__file__).parent / "fixtures" / "heldout75"
ENTRIES = load_manifest(HELDOUT75)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT75, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT75, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    """German, Ukrainian and Japanese each report one event; the second Lampedusa capsizing
    is the negative occurrence told in two languages (English and Arabic)."""
    corpus_checks.check_beyond_core(ENTRIES, {"de", "uk", "ja"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    """Twelve of the 36 files are undated, in all eight languages; two of them carry only a
    scraper's retrieval line weeks later."""
    corpus_checks.check_undated(ENTRIES, {"de", "uk", "ja", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least four hard-negative occurrences within three weeks of it (the
    Tuapse fire: the Afipsky attack the day before, the Ilsky attack two days after, the
    Krasnodar attack eight days before, the unit's restart twelve days after and the marine
    terminal strike nineteen days before; the Lampedusa capsizing: the dinghy rescue the day
    before, the second capsizing two days after, the funeral nine days after and the capsizing
    fifteen days before; the Nikkei close above 100,000: the records one and twelve days
    before and thirteen days after, the fall two days after and the TOPIX record six days
    after), and at least two within three days (the day before and two days after)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT75 / entry["file"]).lang == entry["lang"]
