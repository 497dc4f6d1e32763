"""The thirty-seventh held-out corpus (tests/fixtures/heldout37): its manifest is consistent.

Written untuned and blind (see its README): a flash flood sweeping a crowded minibus off an
unbridged crossing of the Maroodi Jeex riverbed in Hargeisa (Somaliland), seven to eleven
dead of sixteen aboard, a lorry fire in the Ryfylke undersea road tunnel near Stavanger
(Norway), two or three dead and 20 to 27 injured, and a mobile harbour crane toppling in a
nor'wester squall onto a workers' shelter at Paradip port (Odisha, India), six to eight dead,
each with same-actor reports of other occurrences or the steps before and after (the disaster
agency's flood warning the day before, a flash flood sweeping a pick-up in Burao three days
after and a water truck swept away at the same Hargeisa crossing in 2031; the fire service's
complaint over ventilation fans that failed in an exercise two days before, the stand-in
ferry hitting the quay at Tau six days after and the tunnel's reopening fourteen days after;
the arrest of the crane contractor's staff two days after, a crane jib snapping at the same
port in 2034 and a coal conveyor fire at the port eleven days after).
Somali, Norwegian (read as ``no``) and Odia were each read as intended on short and longer
probes.
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

HELDOUT37 = Path(__file__).parent / "fixtures" / "heldout37"
ENTRIES = load_manifest(HELDOUT37)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT37, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT37, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"so", "no", "or"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"so", "no", "or", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the flood warning
    the day before and the Burao flood three days after the Hargeisa flood; the fan-fault
    complaint two days before, the Tau ferry accident six days and the reopening fourteen days
    after the tunnel fire; the arrests two days and the conveyor fire eleven days after the
    Paradip crane collapse), and each has one within three days (the warning, the Burao
    flood, the complaint and the arrests)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT37 / entry["file"]).lang == entry["lang"]
