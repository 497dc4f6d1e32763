"""The fifty-fifth held-out corpus (tests/fixtures/heldout55): its manifest is consistent.

Written untuned and blind (see its README): S&P Global Ratings cutting New Zealand's sovereign
rating to AA from AA+ with a stable outlook; a Soyuz-2.1b rocket launching Sulus-1, the Sakha
Republic's (Yakutia's) first satellite, from the Vostochny Cosmodrome into a 590-km
sun-synchronous orbit; and Vladikavkaz opening a 9.6-km tram line with 18 stops to its
Northwestern district, each with same-actor reports of other occurrences (S&P's 2041 cut of New
Zealand's local-currency rating to AA+, Fitch turning its outlook negative two days after and the
2044 budget sixteen days after; the launch scrubbed two days before, the 2042 Soyuz launch from
Vostochny carrying the Yakutian cubesat Cholbon-1 and Sulus-1's first images twelve days after;
the line's ground-breaking in 2044, its test run five days before and a power failure two days
after). Of the brief's first choices Sakha was read as intended on both probes, Chavacano
(read as es) and Interlingue (ie short, es longer) were not; the first two fallbacks, Ossetian and
Maori, were read as intended and used. These tests only check the fixture itself, and that
storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT55 = Path(__file__).parent / "fixtures" / "heldout55"
ENTRIES = load_manifest(HELDOUT55)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT55, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT55, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"mi", "sah", "os"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"mi", "sah", "os", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (Fitch's outlook change
    two days after and the budget sixteen days after the downgrade; the scrub two days before and
    the first images twelve days after the launch; the test run five days before and the power
    failure two days after the opening), and each has one within three days (Fitch's outlook
    change, the scrub and the power failure)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT55 / entry["file"]).lang == entry["lang"]
