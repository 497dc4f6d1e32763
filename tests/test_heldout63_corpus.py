"""The sixty-third held-out corpus (tests/fixtures/heldout63): its manifest is consistent.

Written untuned and blind (see its README): Thailand's and Cambodia's prime ministers meeting in
the border town of Aranyaprathet and signing seven agreements (a rebuilt Ban Nong Ian-Stung Bot
crossing with a new bridge, up to 500 MW of Thai power for Cambodia); an Athens appeals court
upholding a former transport minister's money-laundering conviction but cutting his sentence from
15 to 10 years; and Debreceni VSC beating Ferencvaros 2-1 in the Hungarian Cup final at the
Puskas Arena, each with same-actor reports of other occurrences (the foreign ministers'
preparatory talks the day before, the 2041 Poipet summit and the joint border committee's
Siem Reap meeting fourteen days after; the prosecutor's proposal three days before, the 2043
first-instance verdict and the petition to the Areios Pagos eighteen days after; the league draw
between the same clubs three days before, the 2043 final and the losing coach sacked twelve days
after). The brief's first choices, Thai, Greek and Hungarian, were read as intended on both
probes. These tests only check the fixture itself, and that storyline reads each file in the
language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT63 = Path(__file__).parent / "fixtures" / "heldout63"
ENTRIES = load_manifest(HELDOUT63)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT63, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT63, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"th", "el", "hu"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"th", "el", "hu", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the foreign
    ministers' talks the day before and the border committee's Siem Reap meeting fourteen days
    after the summit; the prosecutor's proposal three days before and the Areios Pagos petition
    eighteen days after the appeal verdict; the league draw three days before and the coach's
    sacking twelve days after the cup final), and each has one within three days (the foreign
    ministers' talks, the prosecutor's proposal and the league draw)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT63 / entry["file"]).lang == entry["lang"]
