"""The thirty-eighth held-out corpus (tests/fixtures/heldout38): its manifest is consistent.

Written untuned and blind (see its README): a passenger carriage breaking off the arm of a
spinning funfair ride on the Salthill promenade in Galway (Ireland), one or two dead and nine
to 14 injured, a grain-dust explosion in the silo of a flour mill near Kızıltepe in Turkey's
Mardin province, four to seven dead and 11 to 17 injured, and a natural gas well blowing out
and catching fire at Hapjan in Assam's Tinsukia district (India), two or three dead and
thousands evacuated, each with same-actor reports of other occurrences or the steps before
and after (the same ride leaving 16 riders stranded in the air two days before, the funeral
of the girl who died five days after and a drop tower of the same operator injuring nine at
the same funfair in 2033; farmers blocking the road at the same mill over the wheat queues
the day before, the mill owner and three managers detained three days after and a fire in a
grain silo at Nusaybin ten days after; the villagers' protest over a gas smell at the same
well two days before, a gas leak at another well of the same operator in the same field in
2030 and the well put out and capped sixteen days after).
Irish, Kurmanji Kurdish (Latin script) and Assamese were each read as intended on short and
longer probes.
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

HELDOUT38 = Path(__file__).parent / "fixtures" / "heldout38"
ENTRIES = load_manifest(HELDOUT38)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT38, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT38, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ga", "ku", "as"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ga", "ku", "as", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the stranding two
    days before and the funeral five days after the Salthill carriage fall; the farmers' road
    block the day before, the detentions three days and the Nusaybin silo fire ten days after
    the Kızıltepe blast; the villagers' protest two days before and the capping sixteen days
    after the Hapjan blowout), and each has one within three days (the stranding, the road
    block and the detentions, and the protest)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT38 / entry["file"]).lang == entry["lang"]
