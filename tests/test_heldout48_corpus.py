"""The forty-eighth held-out corpus (tests/fixtures/heldout48): its manifest is consistent.

Written untuned and blind (see its README): the Polish Football Association sacking the national
coach Dariusz Ostrowiak two days after a 4-1 home defeat by Albania and naming Krzysztof Lenart
on a contract to the end of 2048; the IMF's executive board completing the second review of
Indonesia's Extended Fund Facility and releasing about $2.2 billion (SDR 1.62 billion); and the
Philippine government and the National Democratic Front signing an indefinite ceasefire in Oslo
with Norway as facilitator, each with same-actor reports of other occurrences (the Albania defeat
two days before, Ostrowiak's appointment in 2041 and Lenart's first match three weeks after; the
staff-level agreement sixteen days before, the first review's disbursement six months before,
the finance minister's fuel price rise for the next review two days after and her admission of a
missed deficit target four months after; the Oslo talks that broke down seventeen days before,
the Abra clash two days after and the 2038 ceasefire between the same sides). None of the brief's
first choices (Faroese, Hausa, Tigrinya) nor of its fallbacks but Esperanto was read as intended
on short and longer probes, so Javanese and Ilocano, read as intended on both, were added.
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

HELDOUT48 = Path(__file__).parent / "fixtures" / "heldout48"
ENTRIES = load_manifest(HELDOUT48)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT48, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT48, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"eo", "jv", "ilo"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"eo", "jv", "ilo", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the Albania defeat
    two days before and Lenart's first match twenty-one days after the sacking; the staff-level
    agreement sixteen days before and the fuel price rise two days after the IMF board's
    approval; the failed Oslo talks seventeen days before and the Abra clash two days after the
    ceasefire), and each has one within three days (the defeat, the fuel price rise and the
    clash)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT48 / entry["file"]).lang == entry["lang"]
