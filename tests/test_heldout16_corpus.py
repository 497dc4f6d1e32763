"""The sixteenth held-out corpus (tests/fixtures/heldout16): its manifest is consistent.

Written untuned (see its README): a magnitude 5.9 earthquake near Gyeongju,
North Gyeongsang, South Korea, France expelling Azerbaijan's ambassador and
three diplomats over interference in New Caledonia, and a bus of pilgrims
plunging into a gorge near Gholtir on the Badrinath highway in Rudraprayag,
Uttarakhand, India, each with same-actor reports of other occurrences or the
steps before and after (a magnitude 4.6 quake near Gyeongju in 2026, a
magnitude 4.9 aftershock four days later and Gyeongju declared a special
disaster zone eleven days later; the ambassador's summons six days
before, Baku expelling France's ambassador three days later and France
expelling two Azerbaijani diplomats a year earlier; a tempo traveller falling
into the Alaknanda near the same bend four years earlier, the driver's arrest
and the operator's permits suspended three days later and a bus falling into
a gorge near Chamba, Tehri, eleven days later). These tests only check the
fixture itself, and that storyline reads each file in the language the
manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT16 = Path(__file__).parent / "fixtures" / "heldout16"
ENTRIES = load_manifest(HELDOUT16)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT16, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT16, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ko", "fr", "hi"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ko", "fr", "hi", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT16 / entry["file"]).lang == entry["lang"]
