"""The twenty-third held-out corpus (tests/fixtures/heldout23): its manifest is consistent.

Written untuned and blind (see its README): a pod of short-finned pilot whales
stranding on the beach at Manapad on Tamil Nadu's Thoothukudi coast, a Tbilisi
metro escalator that races out of control at Marjanishvili station in the
evening rush and injures 27, and a meteorite that falls through a garage roof
in Deltuva, in Lithuania's Ukmergė district, after a fireball over the Baltic
states, each with same-actor reports of other occurrences or the steps before
and after (a stranding at Alanthalai near Tiruchendur two years earlier, the
necropsy results three days later and another pod stranding at Dhanushkodi
nine days later; an escalator stopping abruptly at Rustaveli station three and
a half years earlier, the maintenance firm's director and chief engineer
detained two days later and the station reopening twelve days later; a
fireball over Rokiškis sixteen months earlier, the stone handed to Vilnius
University with a second fragment found three days later and another fireball
burning up over the Baltic Sea eleven days later).
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

HELDOUT23 = Path(__file__).parent / "fixtures" / "heldout23"
ENTRIES = load_manifest(HELDOUT23)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT23, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT23, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ta", "ka", "lt"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ta", "ka", "lt", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT23 / entry["file"]).lang == entry["lang"]
