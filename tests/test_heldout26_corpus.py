"""The twenty-sixth held-out corpus (tests/fixtures/heldout26): its manifest is consistent.

Written untuned and blind (see its README): a fire on the vehicle deck of an Albanian
ferry, the Ilira Kristal, on its night crossing from Bari to Durrës, one dead and 676
people taken off into lifeboats, a dust storm across Mongolia's Gobi provinces killing
four people and some 86,000 head of livestock, and a 250 kg Second World War bomb
found at the Rail Baltica building site in Riga defused after more than 4,000
residents were evacuated, each with same-actor reports of other occurrences or the
steps before and after (the same company's engine room fire on another ferry in Bari
three years earlier, the maritime authority's summer inspections clearing the ship two
days before and the company's licence suspended with its chief engineer arrested three
days after; the Gobi dust storm of 2030 that killed two herders, the weather agency's
warning the day before and the government's emergency aid three days after; a Soviet
bomb defused at the same site three years earlier, the find and the announced
evacuation two days before and the building work resuming three days after).
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

HELDOUT26 = Path(__file__).parent / "fixtures" / "heldout26"
ENTRIES = load_manifest(HELDOUT26)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT26, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT26, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"sq", "mn", "lv"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"sq", "mn", "lv", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT26 / entry["file"]).lang == entry["lang"]
