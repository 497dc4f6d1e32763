"""The forty-sixth held-out corpus (tests/fixtures/heldout46): its manifest is consistent.

Written untuned and blind (see its README): the Silver Ferns beating the Australian Diamonds
58-54 in the second match of the Constellation Cup netball series in Hamilton, Botswana's
Finance Minister Kagiso Mmusi presenting a P98.6 billion 2047/48 budget to the National Assembly
(VAT from 14% to 16%, a deficit of 2.9% of GDP, growth of 4.2%), and the FNV union and Arriva
agreeing a 9% two-year pay deal that ends an eighteen-day bus strike in Friesland, each with
same-actor reports of other occurrences (the Diamonds winning the third match in Auckland three
days after, the same two teams' 2041 match in Melbourne won 63-49 by Australia, and the Ferns
beating England in Napier nineteen days after; the National Assembly passing the VAT bill two
days after and the Appropriation Bill seventeen days after, the previous year's budget under
Dikeledi Motsumi and a supplementary budget six months after; the strike's start eighteen days
before, the talks' collapse three days before and the same union's 3.5% deal with Arriva in 2041).
Maori, Tswana and West Frisian (the first choices) were read as intended on short and longer
probes. These tests only check the fixture itself, and that storyline reads each file in the
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

HELDOUT46 = Path(__file__).parent / "fixtures" / "heldout46"
ENTRIES = load_manifest(HELDOUT46)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT46, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT46, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"mi", "tn", "fy"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"mi", "tn", "fy", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the third match
    three days after and the England match nineteen days after the Hamilton match; the VAT
    bill's vote two days after and the Appropriation Bill's vote seventeen days after the budget;
    the strike's start eighteen days before and the talks' collapse three days before the
    deal), and each has one within three days (the third match, the VAT vote and the talks'
    collapse)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT46 / entry["file"]).lang == entry["lang"]
