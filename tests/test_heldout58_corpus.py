"""The fifty-eighth held-out corpus (tests/fixtures/heldout58): its manifest is consistent.

Written untuned and blind (see its README): the Latvian motocross rider Krišjānis Vītols winning
both MXGP motos at the Grand Prix of Latvia at Ķegums and stretching his championship lead to 27
points; the Albanian cabinet of Blerina Kuqi, 17 ministers of a three-party coalition, sworn in
before President Gent Bajraktari; and Mongolia's petroleum council deciding to raise crude output
from 26,000 to 38,000 barrels a day from April 1, each with same-actor reports of other
occurrences (Vītols's qualifying-race win the day before, his win in Teutschenthal two weeks
before and his first Ķegums win a year before; the coalition agreement signed three days before,
the Bregu cabinet sworn in four years before and the interior minister's dismissal eighteen days
after; the council meeting postponed three days before, the 2045 cut to 26,000 barrels a year
before and the target kept unchanged twenty days after). The brief's first choices, Latvian,
Mongolian and Albanian, were read as intended on both probes. These tests only check the fixture
itself, and that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT58 = Path(__file__).parent / "fixtures" / "heldout58"
ENTRIES = load_manifest(HELDOUT58)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT58, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT58, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"lv", "sq", "mn"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"lv", "sq", "mn", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the qualifying race
    the day before and the Teutschenthal win fourteen days before the Ķegums win; the coalition
    agreement three days before and the interior minister's dismissal eighteen days after the
    swearing-in; the postponed meeting three days before and the unchanged target twenty days
    after the output rise), and each has one within three days (the qualifying race, the
    coalition agreement and the postponed meeting)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT58 / entry["file"]).lang == entry["lang"]
