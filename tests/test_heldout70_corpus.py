"""The seventieth held-out corpus (tests/fixtures/heldout70): its manifest is consistent.

Written untuned and blind (see its README): a methane explosion at the Gelik coal mine in
Kilimli, Zonguldak (86 underground, 15 to 23 dead by the running counts); the exchange of 206
for 206 prisoners between Ukraine and Russia on the Belarusian border, brokered by the UAE;
and a 24-hour general strike in Greece against a pension reform raising the retirement age to
69 (82% by GSEE, 19.4% by the interior ministry, 31,000 in Athens by the police), each with
same-actor reports of other occurrences (the inspection report seven days before, the end of
the rescue the day after, the arrests two days after, the Turkish unions' mourning walkout two
days after, the licence revocation fifteen days after and the 2044 collapse at the same mine;
the lists agreed two days before, the exchange of 24 May, the bodies returned the day after,
the ombudsmen's Istanbul meeting thirteen days after, the 2049 and New Year 2051 exchanges; the
ADEDY strike a month before, the seamen's strike the day before, the parliament vote two days
after, GSEE's 48-hour strike decision twelve days after, the 2043 strike and the Turkish walkout,
told once for the mine and once for the strike). The brief's first choices, Turkish, Ukrainian
and Greek, were read as intended on both probes. These tests only check the fixture itself,
and that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT70 = Path(__file__).parent / "fixtures" / "heldout70"
ENTRIES = load_manifest(HELDOUT70)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT70, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT70, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"tr", "uk", "el"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"tr", "uk", "el", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least four hard negatives within three weeks of it (the inspection
    report, the end of the rescue, the arrests, the walkout and the licence revocation; the May
    exchange, the lists, the bodies and the Istanbul meeting; the seamen's strike, the walkout,
    the parliament vote and GSEE's decision), and at least two within three days (the end of
    the rescue, the arrests and the walkout; the lists and the bodies; the seamen's strike and
    the parliament vote)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT70 / entry["file"]).lang == entry["lang"]
