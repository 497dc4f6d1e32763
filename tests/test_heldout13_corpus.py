"""The thirteenth held-out corpus (tests/fixtures/heldout13): its manifest is consistent.

Written untuned (see its README): mass deaths from spurious liquor in an Indian
district under prohibition, a constitutional court striking down a cap on
delivery apps' fees, and an airline grounding its fleet and seeking insolvency
protection, each with same-actor reports of other occurrences or the steps
before and after (an earlier poisoning in the same district, the arrest of the
supplier and a new poisoning in the next district within two weeks; the same
court's earlier refusal to suspend the same law, its public hearing three weeks
before and the parliament's replacement law two weeks after; the regulator's
provisional licence four years earlier, the special administration four days
later and the sale of the airline's slots two weeks after). These tests only
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

HELDOUT13 = Path(__file__).parent / "fixtures" / "heldout13"
ENTRIES = load_manifest(HELDOUT13)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT13, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT13, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"hi", "ko", "it"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"hi", "ko", "it", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT13 / entry["file"]).lang == entry["lang"]
