"""The sixty-first held-out corpus (tests/fixtures/heldout61): its manifest is consistent.

Written untuned and blind (see its README): Britain and Indonesia signing a free trade
agreement at Cardiff Castle (tariffs cut on 94% of tariff lines, two-way trade of 6.8 billion
pounds); Typhoon Lusing making landfall at Guiuan, Eastern Samar (185 km/h winds, the Eastern
Visayas provinces hit, hundreds of thousands evacuated); and an avalanche on Camp III of Mount
Manaslu in Nepal's Gorkha district killing climbers and Nepali guides, each with same-actor
reports of other occurrences (the final negotiating round in London two days before, the UK's
2042 trade pact with Mexico and the House of Commons' ratification twenty days after; the
storm warning and forced evacuation two days before, Typhoon Tindoy of 2039 and the final
damage report nineteen days after; the avalanche warning two days before, the 2036 Manaslu
avalanche and the last bodies recovered sixteen days after). The brief's first choices,
Welsh, Tagalog and Nepali, were read as intended on both probes. These tests only check the
fixture itself, and that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT61 = Path(__file__).parent / "fixtures" / "heldout61"
ENTRIES = load_manifest(HELDOUT61)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT61, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT61, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"cy", "tl", "ne"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"cy", "tl", "ne", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the final
    negotiating round two days before and the Commons' ratification twenty days after the
    signing; the storm warning two days before and the damage report nineteen days after the
    landfall; the avalanche warning two days before and the last bodies recovered sixteen days
    after the avalanche), and each has one within three days (the final round, the storm
    warning and the avalanche warning)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT61 / entry["file"]).lang == entry["lang"]
