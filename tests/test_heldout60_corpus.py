"""The sixtieth held-out corpus (tests/fixtures/heldout60): its manifest is consistent.

Written untuned and blind (see its README): Cambodia's National Institute of Statistics
publishing the final result of the 2048 census (19,684,312 people on census day, March 3, up
9.9% from 2038, Phnom Penh the largest city); Sri Lanka's island-wide blackout of about seven
hours after a transformer fire at the Biyagama substation tripped the Lakvijaya coal plant; and
the Ethiopian government taking 51% of Sheba Unity Bank for 62 billion birr, each with
same-actor reports of other occurrences (the preliminary head count two days before, the 2038
census's result ten years before and the provincial breakdown sixteen days after; the
load-shedding schedule two days before, the 2039 blackout years before and the inquiry's
findings twenty days after; the bank's loss and deposit run three days before, the 2041 rescue
of Genet Savings Bank and the chief executive's resignation seventeen days after). The brief's
first choices, Khmer, Sinhala and Amharic, were read as intended on both probes. These tests
only check the fixture itself, and that storyline reads each file in the language the manifest
gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT60 = Path(__file__).parent / "fixtures" / "heldout60"
ENTRIES = load_manifest(HELDOUT60)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT60, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT60, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"km", "si", "am"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"km", "si", "am", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the preliminary
    head count two days before and the provincial breakdown sixteen days after the census
    result; the load-shedding schedule two days before and the inquiry's findings twenty days
    after the blackout; the loss and deposit run three days before and the chief executive's
    resignation seventeen days after the rescue), and each has one within three days (the
    preliminary count, the load-shedding schedule and the deposit run)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT60 / entry["file"]).lang == entry["lang"]
