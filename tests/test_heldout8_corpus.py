"""The eighth held-out corpus (tests/fixtures/heldout8, issue 14): its manifest is consistent.

Written untuned (see its README): a methane blast in a coal mine, a collision
of two ships in a port's channel and a government's final anti-dumping duties,
each with same-actor reports of other occurrences (the same company's earlier
blast, flood and later pit collapse and the ministry's suspension of its mines;
the same shipping line's grounding, its other ships' accidents and the fine for
the spill; the same government's provisional and other duties and the other
country's duties in return). These tests only check the fixture itself, and
that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT8 = Path(__file__).parent / "fixtures" / "heldout8"
ENTRIES = load_manifest(HELDOUT8)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT8, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT8, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"id", "pt", "es"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"id", "pt", "es", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT8 / entry["file"]).lang == entry["lang"]
