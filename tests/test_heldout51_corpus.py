"""The fifty-first held-out corpus (tests/fixtures/heldout51): its manifest is consistent.

Written untuned and blind (see its README): Nepal's cabinet raising the national minimum wage to
Rs 28,300 a month from Rs 24,650, proposed by the labour minister Rajendra Maharjan and applying
from Shrawan 1 (July 17, 2046); Spartak Moscow clinching their 12th Russian Premier League title
with a round to spare by beating Rubin Kazan 3-1 under coach Oleg Vereshchagin; and the Mysuru chip
packager Chamundi Semiconductors closing 26.7% above its Rs 432 issue price on its first day on the
National Stock Exchange of India after a Rs 3,240-crore IPO, each with same-actor reports of other
occurrences (the tripartite wage committee ending without agreement two days before, the previous
raise to Rs 24,650 in July 2044 and Bagmati Province's supplement of Rs 1,700 nineteen days after;
Spartak's 1-1 draw with Zenit a week before, their 11th title a year before and the cup final lost
to CSKA three days after; the IPO's subscription closing 64 times covered five days before, the
IPO shelved in 2039 and Hampi Renewables' debut on the same exchange two days after).
Of the brief's first choices only Meadow Mari was read as intended on short and longer probes;
of its fallbacks Newari and Sanskrit were. These tests only check the fixture itself, and that
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

HELDOUT51 = Path(__file__).parent / "fixtures" / "heldout51"
ENTRIES = load_manifest(HELDOUT51)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT51, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT51, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"mhr", "new", "sa"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"mhr", "new", "sa", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the wage committee
    two days before and Bagmati's supplement nineteen days after the raise; the draw with Zenit
    a week before and the cup final three days after the title; the subscription closing five
    days before and Hampi Renewables' debut two days after Chamundi's), and each has one within
    three days (the committee, the cup final and Hampi's debut)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT51 / entry["file"]).lang == entry["lang"]
