"""The fifty-third held-out corpus (tests/fixtures/heldout53): its manifest is consistent.

Written untuned and blind (see its README): the Indonesian Nengsih Rahayu retaining her world
pencak silat title in Bandung (46-33 over Vietnam's Tran Thi My Linh in the women's Class D final);
INSEE's first estimate of France's third-quarter GDP (0.5% on the quarter, 1.4% on a year); and
Russia's Yabloko party electing Alexei Paygusov, born in Kozmodemyansk, its chairman in a congress
run-off (214 votes to 139), each with same-actor reports of other occurrences (her semi-final two
days before, her first world title in Melaka in 2044 and her pairs silver three days after; the
second-quarter estimate three months before, the ECB holding its rates two days after citing the
figure and INSEE's revised estimate twenty days after; the congress's first round the day before,
Stanislav Berezin's election in 2036 and Paygusov's first appointments sixteen days after). Of the
brief's languages only Hill Mari was read as intended on short and longer probes; Sundanese and
Occitan, read as intended on both probes, were added beyond the brief's list (the writer of
another corpus added them to SCRIPTS while this one was being written). These tests only check
the fixture itself, and that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT53 = Path(__file__).parent / "fixtures" / "heldout53"
ENTRIES = load_manifest(HELDOUT53)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT53, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT53, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"su", "oc", "mrj"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"su", "oc", "mrj", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the semi-final two
    days before and the pairs silver three days after the silat final; the ECB decision two days
    after and INSEE's revised estimate twenty days after the first GDP estimate; the first round
    the day before and the first appointments sixteen days after the Yabloko run-off), and each
    has one within three days (the semi-final, the ECB decision and the first round)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT53 / entry["file"]).lang == entry["lang"]
