"""The forty-fifth held-out corpus (tests/fixtures/heldout45): its manifest is consistent.

Written untuned and blind (see its README): Lwazi Ngcobo beating the defending champion Mateo
Ferreyra 6-4, 3-6, 7-6 (5) in the SA Open final at Westridge Park in Durban, the South African
Reserve Bank raising its repo rate by 50 basis points to 8.25% on a four-to-two vote (inflation
5.9%, near 6% in one report), and Zimbabwe's electoral commission declaring Tendai Chivasa the
winner of the presidential run-off with 54.2% (2,731,406 votes) against Rutendo Makoni, each with
same-actor reports of other occurrences (Ngcobo's semi-final over Kaito Morishita two days
before, the same two players' 2044 final won by Ferreyra and Ferreyra's win over Ngcobo at
Indian Wells fifteen days after; the bank's emergency hike sixteen days before, the governor
before Parliament's finance committee two days after, the bank holding the rate eight weeks
after and a cut to 6.25% under another governor in 2041; the first round's results three weeks
before, Makoni's Constitutional Court petition two days after, Chivasa's swearing-in three
weeks after and the 2043 election won by Simbarashe Gumbo).
Hausa was read as intended on the short probe only (as `yo` on the longer one); Zulu and Shona
(first choices) and Xhosa (the first fallback) were read as intended on short and longer probes.
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

HELDOUT45 = Path(__file__).parent / "fixtures" / "heldout45"
ENTRIES = load_manifest(HELDOUT45)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT45, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT45, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"zu", "xh", "sn"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"zu", "xh", "sn", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (Ngcobo's semi-final
    two days before and the Indian Wells rematch fifteen days after the Durban final; the
    emergency hike sixteen days before and the governor's finance-committee hearing two days
    after the Reserve Bank's 50-point hike; the first round's results twenty-one days before,
    Makoni's court petition two days after and the swearing-in twenty-one days after the
    run-off's result), and each has one within three days (the semi-final, the hearing and the
    petition)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT45 / entry["file"]).lang == entry["lang"]
