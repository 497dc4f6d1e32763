"""The thirty-fourth held-out corpus (tests/fixtures/heldout34): its manifest is consistent.

Written untuned and blind (see its README): the Torkham crossing between Afghanistan's
Nangarhar province and Pakistan's Khyber district reopening to trade after a 25-day closure,
some 450 to 1,100 trucks crossing on its first day, an H5N1 bird flu outbreak confirmed at a
layer farm in Hlegu township, Yangon Region, Myanmar, some 40,000 to 60,000 birds culled
around it, and an armed robbery of a cash-collection van in Tashkent's Yunusobod district,
3.5 to 4 billion soums (about $290,000 to $300,000) taken, each with same-actor reports of
other occurrences or the steps before and after (the same crossing's reopening after an
11-day closure two and a half years before, the tribal jirga agreeing to reopen it two days
before and border guards exchanging fire and closing it again twelve days after; an
outbreak in the same township three years before, one in neighbouring Hmawbi five days
after and the farmers' compensation eighteen days after; the suspects' arrest two days
after, their sentencing seven months after and the same cash-collection company's van in
a road crash four days before).
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

HELDOUT34 = Path(__file__).parent / "fixtures" / "heldout34"
ENTRIES = load_manifest(HELDOUT34)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT34, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT34, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ps", "my", "uz"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ps", "my", "uz", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the jirga two
    days before and the clash twelve days after Torkham; the Hmawbi outbreak five days and
    the compensation eighteen days after Hlegu; the van crash four days before and the
    arrest two days after Tashkent), and the corpus has negatives within three days."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(
        [e for e in ENTRIES if not e["story"].startswith("h34b-")], days=3, at_least=1
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT34 / entry["file"]).lang == entry["lang"]
