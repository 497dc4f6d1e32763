"""The forty-seventh held-out corpus (tests/fixtures/heldout47): its manifest is consistent.

Written untuned and blind (see its README): Erwan Le Gall winning the fourth stage of the Tour de
Bretagne cycle race alone, Lannion to Carhaix (181.6 km, 14 seconds ahead), with Mikkel Thorsager
keeping the overall lead by 22 seconds; Lesotho's High Court sentencing the former public works
minister Tšeliso Molapo to 14 years and a M3 million fine for the theft of M63.4 million meant
for the A2 road; and the Bautzen rolling stock maker Spreetal Rail reporting its 2046 results
(net profit down 31% to 96 million euros, the dividend cut to 60 cents, 380 jobs to go in
Görlitz), each with same-actor reports of other occurrences (the previous stage in Lannion the
day before, the same race's 2042 stage into Carhaix and the overall result three days after;
the former principal secretary's sentencing two days after, the contractor's plea sentencing
fifteen days before, the arrest fifteen months before and the appeal ruling seven months after;
a Deutsche Bahn order with a raised outlook two days before, the profit warning seventeen days
before, the previous year's results and the half-year results five months after). Sotho and
Breton (first choices) were read as intended on short and longer probes; Tsonga was not (read
as Swahili and Tagalog), nor was Occitan (read as Catalan), so Upper Sorbian took its place.
These tests only check the fixture itself, and that storyline reads each file in the language
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

HELDOUT47 = Path(__file__).parent / "fixtures" / "heldout47"
ENTRIES = load_manifest(HELDOUT47)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT47, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT47, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"br", "st", "hsb"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"br", "st", "hsb", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the previous stage
    the day before and the overall result three days after the Carhaix stage; the contractor's
    sentencing fifteen days before and the former principal secretary's two days after Molapo's
    sentence; the profit warning seventeen days before and the Deutsche Bahn order two days
    before the annual results), and each has one within three days (the previous stage, the
    principal secretary's sentencing and the Deutsche Bahn order)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT47 / entry["file"]).lang == entry["lang"]
