"""The twenty-seventh held-out corpus (tests/fixtures/heldout27): its manifest is consistent.

Written untuned and blind (see its README): a gondola cabin falling at the Kobla ski
area above Bohinj in Slovenia, two dead, seven injured and 64 people lowered on ropes
from the stalled cabins, a wildfire in North Macedonia's Demir Kapija gorge burning
some 1,200 hectares and closing the A1 motorway to Greece for nearly 15 hours, and
four paintings, three of them by Jóhannes Kjarval, stolen at night from the National
Gallery of Iceland in Reykjavík, each with same-actor reports of other occurrences or
the steps before and after (the accident's first anniversary a year later, an
avalanche rescue by the same mountain rescuers the same afternoon and the operator's
lifts banned with a criminal investigation opened three days after; a fire that
closed the same motorway for six hours three years earlier, the government's fire
crisis declaration two days before and a wildfire closing Bulgaria's Kresna gorge
road to Greece two days after; the thieves' sentencing seven months later, a
jewellery shop break-in on Laugavegur the same night and the Kjarval exhibition's
opening four days before).
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

HELDOUT27 = Path(__file__).parent / "fixtures" / "heldout27"
ENTRIES = load_manifest(HELDOUT27)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT27, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT27, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"sl", "mk", "is"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"sl", "mk", "is", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT27 / entry["file"]).lang == entry["lang"]
