"""The sixty-ninth held-out corpus (tests/fixtures/heldout69): its manifest is consistent.

Written untuned and blind (see its README): a magnitude 6.8 earthquake in central Oita
Prefecture, Japan (upper 6 in Yufu and Beppu; six to twelve dead and 200 to 412 injured
by the running counts, some 2,860 homes damaged); the Bank of Korea cutting its base rate to
2.25% three days later, citing the quake's hit to wafer supply; and the Election Commission of
India declaring the Bihar assembly result of 2051 (the Jan Nyay Morcha 134 of 243 seats), each
with same-actor reports of other occurrences (the foreshock two days before, the largest
aftershock the day after, the Cabinet's relief package four days after, the extreme-disaster
designation fifteen days after and the 2044 Oita quake; the August hold, the governor's
Washington remarks six days before, the parliamentary audit the day after, the minutes twelve
days after and the 2045 hike under another governor; the first polling phase ten days before,
the exit polls three days before, the chief minister's resignation the day after, the
swearing-in three days after, the portfolios sixteen days after and the 2046 result). The Bank
of Korea's emergency market meeting the day after the quake is told twice, in Korean as a
negative of the quake and in Japanese as a negative of the rate cut. The brief's first choices,
Japanese, Korean and Hindi, were read as intended on both probes. These tests only check the
fixture itself, and that storyline reads each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT69 = Path(__file__).parent / "fixtures" / "heldout69"
ENTRIES = load_manifest(HELDOUT69)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT69, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT69, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ja", "ko", "hi"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ja", "ko", "hi", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least four hard negatives within three weeks of it (the foreshock, the
    largest aftershock, the emergency meeting, the relief package and the designation around the
    quake; the Washington remarks, the emergency meeting, the audit and the minutes around the
    rate cut; the first phase, the exit polls, the resignation, the swearing-in and the
    portfolios around the Bihar result), and at least two within three days (the foreshock, the
    aftershock and the emergency meeting; the emergency meeting and the audit; the exit polls,
    the resignation and the swearing-in)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT69 / entry["file"]).lang == entry["lang"]
