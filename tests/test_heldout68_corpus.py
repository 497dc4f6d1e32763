"""The sixty-eighth held-out corpus (tests/fixtures/heldout68): its manifest is consistent.

Written untuned and blind (see its README): Algerian President Nadir Benaouda's state visit to
Rome, received by President Lorenzo Ardizzone and holding a summit with Prime Minister Chiara
Valsecchi at Villa Madama, with eleven agreements signed (6 bcm a year more gas from 2047, a
hydrogen corridor); the Juízo Central Criminal de Lisboa sentencing 11 of 14 defendants in the
Porta Dourada golden-visa bribery case (a former AIMA deputy head nine and a half years); and a
forest fire in Poland's Noteć Forest near Drawsko (two to four dead, 1,900 to 5,200 evacuated,
2,800 to 6,100 hectares by the running counts). Each event has six same-actor reports of other
occurrences, each told once: the energy ministers' gas deal in Algiers three days before and
the foreign ministers' meeting at the Farnesina the day before, Benaouda's first visit to Rome
in 2040 and Valsecchi's Algiers summit in 2044, the cabinet's ratification bill eight days and
the patrol boats and migration committee in Algiers twenty days after; the Court of Appeal
rejecting the judge's recusal two days and a fugitive's arrest in Madrid the day before, the
same court's 2042 Chave de Ouro verdict and its 2044 verdict on two officials of the same
network, AIMA revoking 312 permits nine days and the appeal twenty days after; the forest entry
ban two days and a fire near Sieraków the day before, the Międzychód fire of 2041 and the
Wieleń fire of 2044, a new fire near Obrzycko six days and the government's aid sixteen days
after. The brief's first choices, Italian, Portuguese and Polish, were read as intended on both
probes. These tests only check the fixture itself, and that storyline reads each file in the
language the manifest gives.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT68 = Path(__file__).parent / "fixtures" / "heldout68"
ENTRIES = load_manifest(HELDOUT68)
EXTRA_LANGS = {"it", "pt", "pl"}


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT68, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT68, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    """Each event has one report in a language beyond the core five (Italian, Portuguese,
    Polish). ``corpus_checks.check_beyond_core`` also asks for a negative occurrence told in
    two languages; here each of the eighteen negatives is a different occurrence told once,
    so that half is replaced by the check that every negative has a story of its own."""
    extra = {e["lang"] for e in ENTRIES if not e["hard_negative_of"]} - corpus_checks.CORE_LANGS
    assert extra == EXTRA_LANGS
    negatives = Counter(e["story"] for e in ENTRIES if e["hard_negative_of"])
    assert len(negatives) == 18
    assert set(negatives.values()) == {1}


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, EXTRA_LANGS | corpus_checks.CORE_LANGS)


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has four hard negatives within three weeks of it (the gas deal in Algiers and
    the Farnesina meeting three days and one day before, the ratification bill and the patrol
    boats eight and twenty days after the Rome summit; the recusal ruling and the Madrid arrest
    two days and one day before, the permits revoked and the appeal nine and twenty days after
    the verdict; the entry ban and the Sieraków fire two days and one day before, the Obrzycko
    fire and the aid decision six and sixteen days after the Noteć Forest fire), two of them
    within three days."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT68 / entry["file"]).lang == entry["lang"]
