"""The sixty-sixth held-out corpus (tests/fixtures/heldout66): its manifest is consistent.

Written untuned and blind (see its README): Turkey's central bank raising its policy rate by
400 basis points to 31% (double the 200 bp most economists expected, after April inflation of
38.6%); the night train No. 146 Lviv-Odesa derailing near Zhmerynka in Ukraine's Vinnytsia
region (five to eight dead by the running counts, nine by the charges' reports); and South
Korea launching its first moon lander, Dalmaru, on a KSLV-III rocket from the Naro Space
Center, each with same-actor reports of other occurrences (the April inflation data two days
before, the 2041 hike to 22% and the Inflation Report fourteen days after; the track repairs
and speed limit between Zhmerynka and Vapniarka reported two days before, the 2041
Kyiv-Chernivtsi derailment near Zhmerynka and three rail workers charged twelve days after;
the rocket erected on its pad the day before, the KSLV-III's first flight in 2043 and
Dalmaru's landing in Mare Crisium eighteen days after). The brief's first choices, Turkish,
Ukrainian and Korean, were read as intended on both probes. These tests only check the
fixture itself, and that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT66 = Path(__file__).parent / "fixtures" / "heldout66"
ENTRIES = load_manifest(HELDOUT66)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT66, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT66, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"tr", "uk", "ko"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"tr", "uk", "ko", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the April
    inflation data two days before and the Inflation Report fourteen days after the rate hike;
    the track-repair notice two days before and the rail workers charged twelve days after the
    derailment; the rocket erected on its pad the day before and Dalmaru's landing eighteen
    days after the launch), and each has one within three days (the inflation data, the
    track-repair notice and the rocket's erection)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT66 / entry["file"]).lang == entry["lang"]
