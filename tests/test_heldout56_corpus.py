"""The fifty-sixth held-out corpus (tests/fixtures/heldout56): its manifest is consistent.

Written untuned and blind (see its README): the Frisian skater Tsjalle Hiemstra breaking the men's
5,000 m world record at the Heerenveen World Cup with 5:59.37, taking it back from Eirik Haugland's
6:00.41; the French government of Étienne Marchal surviving a censure motion, which won 276 of the
289 votes needed, over its social security budget; and the Danish dairy group Nordmælk agreeing
to buy the Białystok dairy Narwia for 148 zlotys a share, each with same-actor reports of other
occurrences (Hiemstra's first record in Calgary in 2045, Aoi Kuramoto's 1,000 m record at the same
meeting the day after and Hiemstra's win in Hamar a week after; the motion tabled two days before,
the Rolland government's censure vote of 2040 and the health minister's resignation sixteen days
after; Narwia's rejection of Nordmælk's 2043 approach, its third-quarter results two days before
and the competition office's investigation twenty days after). Of the brief's first choices,
Western Frisian and Breton were read as intended on both probes and Upper Sorbian was not (read
as Xhosa on the longer probe); Esperanto, the first fallback, was used in its place. These tests
only check the fixture itself, and that storyline reads each file in the language the manifest
gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT56 = Path(__file__).parent / "fixtures" / "heldout56"
ENTRIES = load_manifest(HELDOUT56)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT56, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT56, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"fy", "br", "eo"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"fy", "br", "eo", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (Kuramoto's record the
    day after and the Hamar win seven days after the 5,000 m record; the motion tabled two days
    before and the health minister's resignation sixteen days after the censure vote; the
    quarterly results two days before and the competition office's investigation twenty days
    after the deal), and each has one within three days (the 1,000 m record, the tabled motion and
    the quarterly results)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT56 / entry["file"]).lang == entry["lang"]
