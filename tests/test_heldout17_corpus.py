"""The seventeenth held-out corpus (tests/fixtures/heldout17): its manifest is consistent.

Written untuned (see its README): a gondola cabin falling from its haul rope
at the Livigno ski resort, Sondrio, Italy, a German appliance maker closing its
washing machine plant in Łódź, Poland, with 1,870 jobs lost, and a record
6.84 tonnes of cocaine seized in frozen chicken containers at the port of
Paranaguá, Brazil, each with same-actor reports of other occurrences or the
steps before and after (the same gondola halted by wind two years earlier,
five placed under investigation four days later and a boy falling from a
Livigno chairlift fifteen days later; 420 job cuts at the same plant sixteen
months earlier, a warning strike and march a week later and the same maker
closing its Radomsko cooker plant twenty days later; a 2.1-tonne seizure in
sugar at the same port in 2028, the operation's second phase with nine
arrests five days later and a 1.3-tonne seizure in frozen beef at the same
port twenty days later). These tests only check the fixture itself, and that
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

HELDOUT17 = Path(__file__).parent / "fixtures" / "heldout17"
ENTRIES = load_manifest(HELDOUT17)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT17, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT17, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"it", "pl", "pt"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"it", "pl", "pt", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT17 / entry["file"]).lang == entry["lang"]
