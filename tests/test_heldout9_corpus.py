"""The ninth held-out corpus (tests/fixtures/heldout9, issue 14): its manifest is consistent.

Written untuned (see its README): the collapse of a bridge under construction,
a ransomware attack on a municipal utility and a four-year doping ban, each
with same-actor reports of other occurrences (the same bridge's earlier span
collapse, the same contractor's other bridge, the state's blacklisting of the
contractor and the same state corporation's other collapse; the same utility's
earlier DDoS, the gang's data leak, its attack on another utility and the
arrest of suspects; the same agency's ban of another lifter, the lifter's
provisional suspension and appeal and the federation's sanction). These tests
only check the fixture itself, and that storyline reads each file in the
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

HELDOUT9 = Path(__file__).parent / "fixtures" / "heldout9"
ENTRIES = load_manifest(HELDOUT9)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT9, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT9, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"hi", "de", "tr"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"hi", "de", "tr", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT9 / entry["file"]).lang == entry["lang"]
