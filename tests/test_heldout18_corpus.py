"""The eighteenth held-out corpus (tests/fixtures/heldout18): its manifest is consistent.

Written untuned and blind (see its README): a tanker running aground off the
Greek island of Aegina and spilling about 1,100 tonnes of fuel oil into the
Saronic Gulf, a five-year-old girl's death in a measles outbreak in Staphorst,
the Netherlands, and a gunman holding 11 hostages for 14 hours in a bank branch
in Da Nang, Vietnam, each with same-actor reports of other occurrences or the
steps before and after (a leak from the same owner's other tanker off Aegina
more than two years earlier, the tanker refloated and towed away nine days
later and a bunker barge's spill in Aegina's port fifteen days later; the
outbreak declared four weeks earlier, more than 2,000 vaccinated eleven days
later and a baby's death, the second, nineteen days later; a knife robbery at
the same branch nearly ten months earlier, the hostage-taker charged five days
later and a man holding his family hostage in Da Nang seventeen days later).
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

HELDOUT18 = Path(__file__).parent / "fixtures" / "heldout18"
ENTRIES = load_manifest(HELDOUT18)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT18, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT18, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"el", "nl", "vi"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"el", "nl", "vi", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_two_negatives_close_in_time() -> None:
    """At least two of an event's hard negatives happened within three weeks of it."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT18 / entry["file"]).lang == entry["lang"]
