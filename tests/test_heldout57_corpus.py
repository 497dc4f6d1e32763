"""The fifty-seventh held-out corpus (tests/fixtures/heldout57): its manifest is consistent.

Written untuned and blind (see its README): a magnitude 5.9 earthquake in Azerbaijan's Shamakhi
district killing six to eight people; the Dala Airways Airbus A321neo of flight DW 318 overrunning
the Almaty runway after an emergency landing, 17 of 181 on board hurt; and Armenia's Statistical
Committee putting October's unemployment rate at 10.4%, down from September's 10.9%, each with
same-actor reports of other occurrences (the 5.2 aftershock two days after, the 2039 Shamakhi
quake and the government's damage estimate seventeen days after; the airline's 2041 nose-gear
collapse in Shymkent, the grounding of its A321neos two days after and the investigators'
preliminary report twenty days after; the September figure, released late eighteen days before,
the October 2041 figure and the third-quarter GDP release three days after). Of the brief's first
choices, Azerbaijani, Armenian and Kazakh were all read as intended on both probes, so no fallback
was used. These tests only check the fixture itself, and that storyline reads each file in the
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

HELDOUT57 = Path(__file__).parent / "fixtures" / "heldout57"
ENTRIES = load_manifest(HELDOUT57)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT57, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT57, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"az", "kk", "hy"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"az", "kk", "hy", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the aftershock two
    days after and the damage estimate seventeen days after the earthquake; the grounding two
    days after and the preliminary report twenty days after the overrun; the late September
    figure eighteen days before and the GDP release three days after the October figure), and
    each has one within three days (the aftershock, the grounding and the GDP release)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT57 / entry["file"]).lang == entry["lang"]
