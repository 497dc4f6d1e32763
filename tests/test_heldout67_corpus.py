"""The sixty-seventh held-out corpus (tests/fixtures/heldout67): its manifest is consistent.

Written untuned and blind (see its README): Germany's federal cabinet approving the
intergovernmental agreement with France on the development phase of the MGCS battle tank
(8.9 billion euros, 4.45 billion of it German); Uruguay beating Colombia 2-1 in the Copa America
semi-final in Santiago, Chile; and France's armed forces minister resigning over 2.4 billion
euros of defence cuts, each with same-actor reports of other occurrences (the audit office's
warning two days before, the price initialled in Koblenz the day before, the 2041 demonstrator
and the 2043 satellite approvals, the Paris signing two days after and the Bundestag budget
committee fourteen days after; Uruguay's pre-match press conference the day before, its
quarter-final three days before, the 2044 quarter-final and the 2040 group match between the
same teams, Colombia's third-place match three days after and Uruguay's final four days after;
the Paris signing three days before, the cancellation decree the day before, the 2041 and 2043
resignations from the same ministry, the successor's appointment the day after and the censure
motion rejected fifteen days after). The Paris signing is one occurrence told twice, in Arabic
as a negative of the cabinet decision and in French as a negative of the resignation. The
brief's first choices, German, Spanish and French, were read as intended on both probes. These
tests only check the fixture itself, and that storyline reads each file in the language the
manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT67 = Path(__file__).parent / "fixtures" / "heldout67"
ENTRIES = load_manifest(HELDOUT67)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT67, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT67, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"de", "es", "fr"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"de", "es", "fr", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has four hard negatives within three weeks of it (the audit office's warning
    two days and the Koblenz price one day before, the Paris signing two days and the Bundestag
    budget committee fourteen days after the cabinet decision; the press conference one day and
    the quarter-final three days before, the third-place match three days and the final four
    days after the semi-final; the Paris signing three days and the decree one day before, the
    successor one day and the censure vote fifteen days after the resignation), and at least
    two of them within three days (three for each event)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT67 / entry["file"]).lang == entry["lang"]
