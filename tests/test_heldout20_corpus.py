"""The twentieth held-out corpus (tests/fixtures/heldout20): its manifest is consistent.

Written untuned and blind (see its README): a sinkhole swallowing two cars and
a motorcycle taxi on Rama IV Road in Bangkok's Khlong Toei district, a mass
fish kill on the Tisza at Szolnok in Hungary after a storm flushed polluted
water down the Zagyva, and the explosion of a Transgaz gas transmission
pipeline at Zau de Câmpie in Romania's Mureș county, each with same-actor
reports of other occurrences or the steps before and after (a small hole on
the same road in front of Khlong Toei market almost two years earlier, the
drainage-tunnel contractor charged five days later and another hole on
Sukhumvit Road by the same contractor's shaft twelve days later; a heatwave
fish kill at the Zagyva's mouth two years earlier, the poultry processor
fined nine days later and dead fish on Lake Tisza at Abádszalók fourteen days
later; a landslide cracking the same pipeline near Sărmașu more than two and
a half years earlier, gas back to the eleven cut-off villages four days later
and another Transgaz pipeline blast near Mediaș eighteen days later).
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

HELDOUT20 = Path(__file__).parent / "fixtures" / "heldout20"
ENTRIES = load_manifest(HELDOUT20)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT20, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT20, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"th", "hu", "ro"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"th", "hu", "ro", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT20 / entry["file"]).lang == entry["lang"]
