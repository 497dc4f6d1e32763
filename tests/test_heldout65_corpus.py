"""The sixty-fifth held-out corpus (tests/fixtures/heldout65): its manifest is consistent.

Written untuned and blind (see its README): India's Election Commission announcing the Bihar
assembly election in three phases (6, 11 and 16 November 2045, counting on 20 November, 243
seats, about 83 million voters); a blast at the Sri Bhuvaneswari fireworks factory near
Sivakasi in Tamil Nadu (eight to ten dead by the running counts of the day and the next
morning); and the Bank of Japan raising its policy rate from 1.0% to 1.25% by a 7-2 vote, each
with same-actor reports of other occurrences (the commission's review in Patna two days before,
the 2040 schedule and the first phase's notification seven days after; the district's licence
drive two days before, the same factory's 2041 blast and the owner's arrest six days after; the
meeting's opening day with a hike expected the day before, the 2041 hike and the summary of
opinions nine days after). The brief's first choices, Hindi, Tamil and Japanese, were read as
intended on both probes. These tests only check the fixture itself, and that storyline reads
each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT65 = Path(__file__).parent / "fixtures" / "heldout65"
ENTRIES = load_manifest(HELDOUT65)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT65, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT65, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"hi", "ta", "ja"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"hi", "ta", "ja", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the commission's
    review in Patna two days before and the first phase's notification seven days after the
    Bihar schedule; the licence drive two days before and the owner's arrest six days after the
    Sivakasi blast; the meeting's opening day the day before and the summary of opinions nine
    days after the Bank of Japan's hike), and each has one within three days (the review, the
    licence drive and the opening day)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT65 / entry["file"]).lang == entry["lang"]
