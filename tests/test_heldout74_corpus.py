"""The seventy-fourth held-out corpus (tests/fixtures/heldout74): its manifest is consistent.

Written untuned and blind (see its README): India's ISRO launching the EOS-21 radar satellite on
PSLV-C112 from Sriharikota (1,742 kg, 529 km, six or seven co-passengers by the counts); the
Romanian parliament confirming Catalin Zarnescu as governor of the National Bank of Romania
(291 to 87, 292 in a preliminary count, "nearly 300"); and a rockfall killing three miners at
the Cinovec lithium mine run by Krusnohorske doly (an early count of two dead and one missing),
each with same-actor reports of other occurrences (the countdown the day before, the first
images two days after, the PSLV-C111 launch sixteen days before, the GSLV-F23 launch thirteen
days after, the PSLV-C113 launch twenty days after and the EOS-16 launch of 2054; the
committee hearing the day before, the first deputy governor's vote the day after, told in
Romanian and Russian, the financial watchdog's chief twenty days before, the two board seats
fourteen days after and the predecessor's confirmation of 2053; the mining halt the day after,
a miner killed at the company's Krasno mine two days before, the loader fire thirteen days
before, the truck accident seventeen days after, the miner injured eight days after and the
blasting accident of 2055). The brief's first choices, Dutch, Romanian and Czech, were read as
intended on both probes. These tests only check the fixture itself, and that storyline reads
each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT74 = Path(__file__).parent / "fixtures" / "heldout74"
ENTRIES = load_manifest(HELDOUT74)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT74, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT74, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"nl", "ro", "cs"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"nl", "ro", "cs", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least four hard negatives within three weeks of it (the countdown one
    day before, the first images two days after, PSLV-C111 sixteen days before, GSLV-F23
    thirteen days after and PSLV-C113 twenty days after the launch; the committee hearing one
    day before, the first deputy's vote one day after, the watchdog's chief twenty days before
    and the board seats fourteen days after the governor's vote; the halt one day after, the
    Krasno death two days before, the loader fire thirteen days before, the injured miner eight
    days after and the truck accident seventeen days after the rockfall), and at least two
    within three days."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT74 / entry["file"]).lang == entry["lang"]
