"""The forty-ninth held-out corpus (tests/fixtures/heldout49): its manifest is consistent.

Written untuned and blind (see its README): Germany's Federal Statistical Office publishing its
flash estimate of April 2043 inflation (3.1% after 2.8% in March, food 4.6%, energy 5.9%); the
Kenyan Ezekiel Kiptanui Rotich winning the Tacloban City Marathon in a course record of 2:16:42
ahead of Jerome Dacutanan; and Jean-Robert Alcindor sworn in before Haiti's National Assembly
for a second, non-consecutive term as president, each with same-actor reports of other
occurrences (the March final figure fifteen days before, the April 2042 flash a year before and
the ECB's rate rise citing the figure a day after; the 2044 race a year before, the elite field
announced eighteen days before, the road closures two days before and Rotich's Cebu Marathon win
three months after; the run-off results eighteen days before, the electoral disputes bureau's
rejection of the loser's challenge two days before and Alcindor's first inauguration in 2036).
Of the brief's first choices Low German and Haitian Creole were read as intended on short and
longer probes, Sundanese was not; of the fallbacks Asturian, Corsican, Limburgish and
Minangkabau were not, Waray was. These tests only check the fixture itself, and that storyline
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

HELDOUT49 = Path(__file__).parent / "fixtures" / "heldout49"
ENTRIES = load_manifest(HELDOUT49)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT49, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT49, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"nds", "war", "ht"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"nds", "war", "ht", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the March final
    figure fifteen days before and the ECB's decision a day after the April flash; the elite
    field eighteen days before and the road closures two days before the marathon; the run-off
    results eighteen days before and the challenge's rejection two days before the
    inauguration), and each has one within three days (the ECB's decision, the road closures and
    the rejection)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT49 / entry["file"]).lang == entry["lang"]
