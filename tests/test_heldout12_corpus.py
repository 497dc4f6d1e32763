"""The twelfth held-out corpus (tests/fixtures/heldout12): its manifest is consistent.

Written untuned (see its README): a river-boat capsizing in Peru's Amazon, a
sovereign credit-rating downgrade and a typhoon's landfall in southern Japan,
each with same-actor reports of other occurrences or the steps before and
after (the same company's earlier capsizing, the regulator cancelling its
permit and jailing the captain, and its speedboat capsizing on the same river
within two weeks; the same agency's earlier downgrade of the same country, its
downgrade of the country's banks four days later and the Treasury's Eurobond
sale after the cut; an earlier typhoon's landfall in the same prefecture, the
next typhoon two weeks later and the cabinet designating the damage a severe
disaster). These tests only check the fixture itself, and that storyline
reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT12 = Path(__file__).parent / "fixtures" / "heldout12"
ENTRIES = load_manifest(HELDOUT12)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT12, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT12, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"es", "tr", "ja"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"es", "tr", "ja", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT12 / entry["file"]).lang == entry["lang"]
