"""The twenty-fifth held-out corpus (tests/fixtures/heldout25): its manifest is consistent.

Written untuned and blind (see its README): Estonia's Transport Administration opening
the 26.5 km ice road between Rohuküla and Heltermaa on Hiiumaa, Europe's longest,
for the first time in four winters, a system fault that halts trading on Bursa
Malaysia for a whole day two days after its new trading engine went live, and a
Serbian triple jumper improving her own world indoor record to 15.86 m at the
Belgrade Indoor Meeting, each with same-actor reports of other occurrences or the
steps before and after (the same ice road's opening four years earlier, the
administration's forecast three days before and the Virtsu - Kuivastu ice road to
Muhu opening four days after; the exchange's two-hour network outage three years
earlier, the market-wide rehearsal four days before and the resumption with the
Securities Commission's independent review two days after; the jumper's first world
record in the same arena two years earlier, her pre-meeting news conference two
days before and the Serbian government's reward three days after).
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

HELDOUT25 = Path(__file__).parent / "fixtures" / "heldout25"
ENTRIES = load_manifest(HELDOUT25)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT25, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT25, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"et", "ms", "sr"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"et", "ms", "sr", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT25 / entry["file"]).lang == entry["lang"]
