"""The twenty-first held-out corpus (tests/fixtures/heldout21): its manifest is consistent.

Written untuned and blind (see its README): the Estlink 2 power cable between
Finland and Estonia cut by a cargo ship dragging its anchor across the Gulf of
Finland, an unlooted Thracian tomb yielding a gold and silver hoard near Shipka
in Bulgaria's Kazanlak valley, and a record smog in Lahore that makes Punjab
declare an emergency and shut schools in four divisions, each with same-actor
reports of other occurrences or the steps before and after (a storm-driven
freighter's anchor damaging the same cable almost four years earlier, the
ship's captain remanded two days later and the smaller Estlink 1 failing
eleven days later; a silver hoard found by the same team in a neighbouring
mound three years earlier, looters caught tunnelling into another mound nine
days later and the hoard shown in Sofia fifteen days later; the Lahore
division's four-day school closure a year earlier, Punjab's first artificial
rain over Lahore four days later and the schools reopening a week later).
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

HELDOUT21 = Path(__file__).parent / "fixtures" / "heldout21"
ENTRIES = load_manifest(HELDOUT21)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT21, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT21, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"fi", "bg", "ur"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"fi", "bg", "ur", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT21 / entry["file"]).lang == entry["lang"]
