"""The forty-fourth held-out corpus (tests/fixtures/heldout44): its manifest is consistent.

Written untuned and blind (see its README): Alania Vladikavkaz beating ten-man Akhmat Grozny 2-1
in the first leg of a Russian Cup quarter-final in Vladikavkaz (North Ossetia), the parliament of
the Sakha Republic (Yakutia), the Il Tumen, passing a permafrost protection law in its final
reading (61 votes; 240 or about 250 monitoring boreholes, 3.8 billion rubles), and Bahrain's
foreign minister ending a two-day visit to Chechnya with four agreements (five documents in
one report) around a 300-million-dollar hotel in Grozny, each with same-actor reports of other
occurrences (Alania's league defeat at Rotor three days after, the 1-1 return leg in Grozny two
weeks after and the same fixture in the league in 2044; the first reading two weeks before, the
head of the republic signing the law three days after and the 2041 permafrost monitoring law
passed under other office holders; the Chechen head's phone call to the King of Bahrain two days
after, the joint working group's first meeting thirteen days after, the Bahraini industry and
commerce minister's visit to Grozny in 2042 and the Chechen head's return visit to Manama four
months after).
Hausa, Zulu, Igbo and Xhosa were not read as intended on the probes; Sakha (the brief's first
choice) and the fallbacks Ossetian and Chechen were read as intended on short and longer probes.
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

HELDOUT44 = Path(__file__).parent / "fixtures" / "heldout44"
ENTRIES = load_manifest(HELDOUT44)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT44, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT44, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"os", "sah", "ce"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"os", "sah", "ce", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (Alania's league
    match at Rotor three days and the return leg in Grozny fourteen days after the first leg;
    the first reading fourteen days before and the signing three days after the Il Tumen's
    final vote; the Chechen head's phone call to the King of Bahrain two days and the working
    group's first meeting thirteen days after the foreign minister's visit), and each has one
    within three days (the Rotor match, the signing and the phone call)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT44 / entry["file"]).lang == entry["lang"]
