"""The seventy-first held-out corpus (tests/fixtures/heldout71): its manifest is consistent.

Written untuned and blind (see its README): Germany's Federal Security Council approving the
export of six IRIS-T SLM air defence fire units to Saudi Arabia (about 1.9 to 2 billion euros
by the differing counts); the 40th OPEC and non-OPEC Ministerial Meeting in Vienna agreeing a
cut of 1.2 million barrels a day (1.7 million with a Saudi voluntary cut); and Poland beating
England 2-1 in a World Cup qualifier in Warsaw with a stoppage-time winner, each with
same-actor reports of other occurrences (the Saudi defence minister's talks in Berlin the day
before, the Berlin court ruling two days after, the patrol boat approval fourteen days after
and the near-identical approval of four fire units in 2054; the monitoring committee two days
before, the OPEC Conference the day before, the extraordinary 41st meeting seventeen days
after and the 36th meeting of 2054; the Under-21 match the day before, told in Polish and in
English, the women's match three days after, FIFA's fine nine days after and the 2054
friendly). The brief's first choices, German, French and Polish, were read as intended on both
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

HELDOUT71 = Path(__file__).parent / "fixtures" / "heldout71"
ENTRIES = load_manifest(HELDOUT71)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT71, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT71, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"de", "fr", "pl"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"de", "fr", "pl", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least four hard negatives within three weeks of it (the minister's
    visit the day before, the court ruling two days after, the arms export report seven days
    before, the joint commission five days after and the patrol boats fourteen days after the
    approval; the monitoring committee two days before, the OPEC Conference the day before, the
    OPEC-China dialogue two days after, the seminar thirteen days before and the extraordinary
    meeting seventeen days after the Vienna cut; the Under-19 match six days before, the
    Under-21 match the day before, the women's match three days after and FIFA's fine nine
    days after the qualifier), and at least two within three days."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT71 / entry["file"]).lang == entry["lang"]
