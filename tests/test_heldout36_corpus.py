"""The thirty-sixth held-out corpus (tests/fixtures/heldout36): its manifest is consistent.

Written untuned and blind (see its README): a petrol tanker overturning and exploding on the
Lagos-Ibadan expressway near the Ibadan toll gate (Oyo State, Nigeria), nine to sixteen dead
and eleven to seventeen vehicles burnt, an InterCity passenger train running into a freight
train at the Taulov junction south of Fredericia (Denmark), two to four dead and 27 to 41
injured, and a wartime cluster bomblet exploding under farmers clearing a field at Phonxay
village, Khoun district, in Laos' Xieng Khouang province, three or four dead, each with
same-actor reports of other occurrences or the steps before and after (the same haulage
company's tanker fire at the same toll gate in 2029, a diesel tanker fire at Ogere on the
same expressway two days after and the mass burial of seven unidentified victims six days
after; the rail union's complaint over signal faults at the same junction two days before,
the Fredericia drivers' walkout eight days after and the investigators' preliminary report
nineteen days after; the district's warning against burning uncleared fields two days
before, two boys killed by a bomblet near the same village in 2031 and the field's clearance
six days after).
Yoruba, Danish and Lao were each read as intended on short and longer probes.
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

HELDOUT36 = Path(__file__).parent / "fixtures" / "heldout36"
ENTRIES = load_manifest(HELDOUT36)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT36, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT36, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"yo", "da", "lo"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"yo", "da", "lo", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the Ogere fire two
    days and the mass burial six days after the Ibadan blast; the union's complaint two days
    before, the walkout eight days and the preliminary report nineteen days after the Taulov
    collision; the district's warning two days before and the clearance six days after the
    Phonxay blast), and each has one within three days (the Ogere fire, the complaint and the
    warning)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT36 / entry["file"]).lang == entry["lang"]
