"""The fifty-second held-out corpus (tests/fixtures/heldout52): its manifest is consistent.

Written untuned and blind (see its README): Belgium's FPS Economy raising the maximum prices of
road fuel (diesel up 9.1 cents to EUR 2.036 a litre, Euro 95 petrol up 7.4 cents to EUR 1.868) from
the next day; the official result of Piedmont's consultative referendum on seeking more autonomy
(84.7% yes, 46.2% turnout), proclaimed at Turin's Court of Appeal; and the Brage Prize for fiction
going to Ragnhild Tveito Aurland for her novel "Det elva tok", each with same-actor reports of
other occurrences (the September cut three weeks before, the hauliers' blockade two days after and
the decision to leave the prices unchanged a month after; the 2039 referendum on the same
question, the exit poll and provisional count the night before and the regional council's mandate
for talks fifteen days after; Hakon Brekke Lunde's Brage Prize of 2041, the shortlist nineteen
days before, Aurland's Vestland county culture prize three days after and her Nynorsk literature
prize four months after). Of the brief's first choices only Norwegian Nynorsk was read as
intended on short and longer probes, and of its fallbacks only Piedmontese; Limburgish, read as
intended on both probes, was added beyond the brief's list. These tests only check the fixture
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

HELDOUT52 = Path(__file__).parent / "fixtures" / "heldout52"
ENTRIES = load_manifest(HELDOUT52)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT52, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT52, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"li", "pms", "nn"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"li", "pms", "nn", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the September cut
    twenty-one days before and the hauliers' blockade two days after the fuel price rise; the exit
    poll the night before and the regional council's mandate fifteen days after the referendum's
    result; the shortlist nineteen days before and the Vestland culture prize three days after
    the Brage Prize), and each has one within three days (the blockade, the exit poll and the
    Vestland prize)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT52 / entry["file"]).lang == entry["lang"]
