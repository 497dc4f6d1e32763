"""The twenty-fourth held-out corpus (tests/fixtures/heldout24): its manifest is consistent.

Written untuned and blind (see its README): swarms of Moroccan locusts that sweep
into the cotton and wheat fields of Maktaaral district in Kazakhstan's Turkistan
region and bring a local emergency, the highest temperature ever measured in
Armenia, 44.6 degrees at Meghri, and a presidential pardon decree that frees or
cuts the sentences of 412 convicts in Azerbaijan on the eve of Novruz, each with
same-actor reports of other occurrences or the steps before and after (a smaller
swarm in the same district two years earlier, the spraying and damage estimate
three days later and another swarm in Saryagash district two weeks later; the
Meghri record of four years earlier, a record of power consumption with rolling
outages two days later and a second heatwave eleven days later; the Independence
Day pardon of the year before, the first pardoned prisoners walking free two
days later and parliament passing an amnesty law twelve days later).
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

HELDOUT24 = Path(__file__).parent / "fixtures" / "heldout24"
ENTRIES = load_manifest(HELDOUT24)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT24, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT24, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"kk", "hy", "az"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"kk", "hy", "az", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT24 / entry["file"]).lang == entry["lang"]
