"""The fourteenth held-out corpus (tests/fixtures/heldout14): its manifest is consistent.

Written untuned (see its README): a night fire in the oxygen-fed intensive care
ward of a city hospital in Vinnytsia, Ukraine, a cascading blackout cutting
power across most of Brazil after a transmission line in Ceará tripped, and the
release in Niger of two German aid workers of a Leipzig charity after 225 days
as hostages, each with same-actor reports of other occurrences or the steps
before and after (the same hospital's basement fire two years earlier, the
arrest of two of its officials six days later and a fire in another hospital of
the same region two weeks later; the same company's line blacking out the
Northeast three years earlier, the grid operator's preliminary report nine days
later and a fire in the same company's substation cutting four states eighteen
days later; the same charity's engineer freed three years earlier, the
kidnappers' video of the two hostages two weeks before and the release of two
Spanish aid workers in the same region seventeen days after). These tests only
check the fixture itself, and that storyline reads each file in the language
the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT14 = Path(__file__).parent / "fixtures" / "heldout14"
ENTRIES = load_manifest(HELDOUT14)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT14, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT14, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"uk", "pt", "de"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"uk", "pt", "de", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT14 / entry["file"]).lang == entry["lang"]
