"""The fifteenth held-out corpus (tests/fixtures/heldout15): its manifest is consistent.

Written untuned (see its README): the breach before dawn of an earth-fill
irrigation dam in Erbaa, Tokat province, Turkey, flooding three villages, a
landslide burying four vehicles on National Route 19 in Agematsu, Nagano,
Japan, and an explosion in the propylene oxide unit of a chemical plant in La
Canonja, Tarragona, Spain, each with same-actor reports of other occurrences or
the steps before and after (the same dam's spillway collapse three years
earlier, the detention of seven people five days later and the breach of a
pond built by the same contractor in Amasya sixteen days later; the same
stretch's landslide three years earlier, a rockfall closing it for six hours
four days before and a deadly landslide on Route 41 in Gero eleven days
later; the same plant's tank farm fire three years earlier, a judge naming its
director a suspect and the licence suspended six days later and an explosion
at the same company's Castellón plant twelve days later). These tests only
check the fixture itself, and that storyline reads each file in the language
the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT15 = Path(__file__).parent / "fixtures" / "heldout15"
ENTRIES = load_manifest(HELDOUT15)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT15, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT15, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"tr", "ja", "es"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"tr", "ja", "es", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT15 / entry["file"]).lang == entry["lang"]
