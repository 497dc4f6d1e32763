"""The sixty-second held-out corpus (tests/fixtures/heldout62): its manifest is consistent.

Written untuned and blind (see its README): the tour boat Kolkheti capsizing off Batumi on the
Black Sea (41 aboard, 31 rescued, seven to nine dead by the running counts); Vietnam's President
granting a National Day amnesty to 3,512 prisoners; and Israel's Galim Energy announcing a gas
discovery at its Ofek-1 well west of Haifa (a best estimate of about 82 bcm, 2.9 tcf), each with
same-actor reports of other occurrences (the storm warning that halted boat trips two days
before, the Gonio sinking of 2039 and the captain and owner charged seventeen days after; the
advisory council's proposed list two days before, the 2042 amnesty and the re-arrests twenty
days after; the Tavor-1 well spudded two days before, the 2041 Shaked discovery and Shaked's
first gas sixteen days after). The brief's first choices, Georgian, Vietnamese and Hebrew, were
read as intended on both probes. These tests only check the fixture itself, and that storyline
reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT62 = Path(__file__).parent / "fixtures" / "heldout62"
ENTRIES = load_manifest(HELDOUT62)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT62, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT62, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ka", "vi", "he"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ka", "vi", "he", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the storm warning
    two days before and the charges seventeen days after the capsizing; the advisory council's
    proposal two days before and the re-arrests twenty days after the amnesty; the Tavor-1 spud
    two days before and Shaked's first gas sixteen days after the Ofek discovery), and each has
    one within three days (the storm warning, the proposal and the Tavor-1 spud)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT62 / entry["file"]).lang == entry["lang"]
