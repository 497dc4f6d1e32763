"""The fifty-ninth held-out corpus (tests/fixtures/heldout59): its manifest is consistent.

Written untuned and blind (see its README): a 24-hour national strike of Slovak railway workers,
called by the Railway Workers' Union (OZŽ) for a 12% pay rise, that cancelled every domestic
passenger train; the Dane Mads Kjærgaard keeping his IBF super-middleweight title by knocking out
the Mexican Rodrigo Salcedo in the ninth round in Herning; and Kyrgyzstan's Cabinet of Ministers
banning wheat and flour exports for six months from August 1, each with same-actor reports of
other occurrences (the union confirming the strike two days before, the union's 2041 strike three
years before and its acceptance of a 9% offer fifteen days after; the final press conference
three days before, the weigh-in the day before and Kjærgaard's first defence against Callum Reyes
five months before; the ministry's draft three days before, the 2042 ban four years before and
the flour ban lifted twenty days after). The brief's first choices, Slovak, Danish and Kyrgyz,
were read as intended on both probes. These tests only check the fixture itself, and that
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

HELDOUT59 = Path(__file__).parent / "fixtures" / "heldout59"
ENTRIES = load_manifest(HELDOUT59)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT59, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT59, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"sk", "da", "ky"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"sk", "da", "ky", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the strike confirmed
    two days before and the wage offer accepted fifteen days after the strike; the press
    conference three days before and the weigh-in the day before the title fight; the ministry's
    draft three days before and the flour ban lifted twenty days after the export ban), and each
    has one within three days (the strike confirmed, the weigh-in and the ministry's draft)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT59 / entry["file"]).lang == entry["lang"]
