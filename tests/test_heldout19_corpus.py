"""The nineteenth held-out corpus (tests/fixtures/heldout19): its manifest is consistent.

Written untuned and blind (see its README): an avalanche burying five of a
guided group of eight off-piste skiers and killing two near Riksgränsen, in
Sweden's far north, the automatic shutdown of a reactor at the Czech Temelín
nuclear power plant after a steam leak that burned two workers, and five
chimpanzees escaping from the Ramat Gan Safari near Tel Aviv, one of them shot
dead, each with same-actor reports of other occurrences or the steps before
and after (a snowboarder killed by an avalanche in Nordalen by Riksgränsen
almost a year earlier, the guide named a suspect four days later and a
Norwegian ski tourer killed by an avalanche above Abisko fifteen days later;
Temelín's other unit tripping offline after a generator fault more than two
years earlier, the Dukovany plant's third unit tripping offline seven days
later and the Temelín unit back on the grid sixteen days later; two baboons
escaping from the same zoo two and a half years earlier, the zoo reopening
nine days later and three ostriches escaping from it fifteen days later).
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

HELDOUT19 = Path(__file__).parent / "fixtures" / "heldout19"
ENTRIES = load_manifest(HELDOUT19)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT19, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT19, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"sv", "cs", "he"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"sv", "cs", "he", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT19 / entry["file"]).lang == entry["lang"]
