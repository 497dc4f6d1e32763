"""The thirty-first held-out corpus (tests/fixtures/heldout31): its manifest is consistent.

Written untuned and blind (see its README): part of the concrete spillway of the Cwm
Marian hydro reservoir above Dolgarrog in the Conwy Valley giving way in a storm before
dawn, water pouring down its earth dam and hundreds of villagers evacuated, a reactor
exploding in the nitration unit of Narmada Organochem's chemical plant in the Dahej
industrial estate in Gujarat, eight to ten workers killed, and a crush at the northern
gates of Dushanbe's Central Republican Stadium before the Tajik Cup final, nine killed,
each with same-actor reports of other occurrences or the steps before and after (the
operator's planned annual inspection and valve test at the same reservoir two weeks
before, a penstock burst at another hydro scheme of the same operator the day after and
the operator's first court hearing three months later; the same company's reactor blast
at its Ankleshwar plant four and a half years before, a chlorine leak at a neighbouring
pesticide plant in Dahej nine days after and the closure order and arrests three days
after; the same two teams' final at the same stadium the year before, with six hurt at
the same gates, the emergencies committee's safety check three days before and the final
replayed behind closed doors three weeks after).
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

HELDOUT31 = Path(__file__).parent / "fixtures" / "heldout31"
ENTRIES = load_manifest(HELDOUT31)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT31, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT31, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"cy", "gu", "tg"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"cy", "gu", "tg", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """At least two of the Dolgarrog and Dushanbe events' hard negatives happened within
    three weeks of them; the Dahej event is only required to have one (its Ankleshwar blast
    lies years before by design), though its leak and closure order are both close."""
    not_dahej = [e for e in ENTRIES if not e["story"].startswith("h31b-")]
    corpus_checks.check_close_negatives(not_dahej, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT31 / entry["file"]).lang == entry["lang"]
