"""The thirty-fifth held-out corpus (tests/fixtures/heldout35): its manifest is consistent.

Written untuned and blind (see its README): the Karnataka board's SSLC mathematics paper
leaking on Telegram and WhatsApp the night before and the exam cancelled statewide on the
morning it was due, some 850,000 to 900,000 candidates affected, lightning striking a group
of hikers on the ridge below Kriváň in Slovakia's High Tatras, two dead and six to nine
injured, a rescue helicopter from Poprad, and a seven-storey building under construction
collapsing in Wagholi, Pune (Maharashtra), three to seven workers dead and others trapped,
each with same-actor reports of other occurrences or the steps before and after (the same
board's science paper leak and cancellation three years before, three arrests two days after
and the re-exam twelve days after; the 2031 lightning death near the same summit, the storm
warning the day before and a hiker's fall from the same ridge nine days after; the city's
stop-work notice to the same building two days before, the developers' arrest three days
after and the demolition of another of their towers' illegal floors seventeen days after).
Yoruba, meant for a building collapse in south-west Nigeria, was read as Irish and Igbo as
Vietnamese, so that event is reported in Marathi instead.
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

HELDOUT35 = Path(__file__).parent / "fixtures" / "heldout35"
ENTRIES = load_manifest(HELDOUT35)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT35, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT35, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"kn", "sk", "mr"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"kn", "sk", "mr", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the arrests two
    days and the re-exam twelve days after the Karnataka leak; the storm warning the day
    before and the fall nine days after the Tatras strike; the stop-work notice two days
    before, the arrests three days and the demolition seventeen days after the Pune collapse),
    and each has one within three days (the arrests, the warning, the notice and the arrests)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT35 / entry["file"]).lang == entry["lang"]
