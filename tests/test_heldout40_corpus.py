"""The fortieth held-out corpus (tests/fixtures/heldout40): its manifest is consistent.

Written untuned and blind (see its README): a rip current dragging a group of young bathers
out to sea at Sea View beach in Clifton, Karachi (Sindh, Pakistan), five to eight dead,
a fire gutting the multi-storey Luxexpo park-and-ride on the Kirchberg plateau in
Luxembourg City, 100 to 210 vehicles burnt and four to nine injured, and a hailstorm
striking Turkmenistan's Lebap region around Turkmenabat, Danew and Sayat, two to five dead
and 11 to 23 injured, each with same-actor reports of other occurrences or the steps before
and after (the commissioner's Section 144 ban on bathing at Karachi's beaches two days
before, two brothers drowned at Hawkes Bay three days after and four students drowned at
Sea View in 2034; a power failure halting the tram at Kirchberg five days before, an
underground car park fire in Howald two days after and the decision to demolish the burnt
car park nine days after; the hydrometeorological service's hail warning the day before,
hail destroying Danew's wheat in 2036 and the re-sowing of the hail-struck cotton ten days
after).
Sindhi, Luxembourgish and Turkmen were each read as intended on short and longer probes.
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

HELDOUT40 = Path(__file__).parent / "fixtures" / "heldout40"
ENTRIES = load_manifest(HELDOUT40)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT40, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT40, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"sd", "lb", "tk"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"sd", "lb", "tk", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the Section 144
    ban two days before and the Hawkes Bay drownings three days after the Sea View
    drownings; the tram power failure five days before, the Howald car park fire two days
    and the demolition decision nine days after the Kirchberg fire; the hail warning the day
    before and the re-sowing ten days after the Lebap hailstorm), and each has one within
    three days (the ban and the Hawkes Bay drownings, the Howald fire, the warning)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT40 / entry["file"]).lang == entry["lang"]
