"""The fifty-fourth held-out corpus (tests/fixtures/heldout54): its manifest is consistent.

Written untuned and blind (see its README): Real Zaragoza signing the striker Pablo Lacasa from SD
Huesca for a club-record fee of EUR 30 million on a five-year contract; Bank Indonesia devaluing
the rupiah, moving the central rate of its managed band to 21,000 per dollar from 18,200 and
widening the band; and the aerostructures maker Aerolanda announcing 2,400 job cuts in France,
mostly at Toulouse, Blagnac and Colomiers, each with same-actor reports of other occurrences
(Huesca rejecting Zaragoza's EUR 22 million bid three days before, Lacasa's move from Villarreal B
to Huesca in 2042 and his Zaragoza debut fifteen days after; Bank Indonesia's 2042 devaluation,
its interest-rate rise two days after and the IMF's statement fifteen days after; Aerolanda's
1,100 job cuts of 2041, the strike and march in Toulouse two days after and its third-quarter
results sixteen days after). None of the brief's first choices (Mirandese, Kalmyk,
Emilian-Romagnol) or its fallbacks (Veps, Palatine German, Fiji Hindi, Serbo-Croatian, Ido) was
read as intended on both probes; Aragonese, Sundanese and Occitan, read as intended on both, were
used beyond the brief's list. These tests only check the fixture itself, and that storyline reads
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

HELDOUT54 = Path(__file__).parent / "fixtures" / "heldout54"
ENTRIES = load_manifest(HELDOUT54)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT54, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT54, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"an", "su", "oc"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"an", "su", "oc", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (Huesca's rejection of
    the first bid three days before and Lacasa's debut fifteen days after the signing; the rate
    rise two days after and the IMF's statement fifteen days after the devaluation; the strike two
    days after and the quarterly results sixteen days after the job cuts), and each has one within
    three days (the rejected bid, the rate rise and the strike)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT54 / entry["file"]).lang == entry["lang"]
