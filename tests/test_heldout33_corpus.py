"""The thirty-third held-out corpus (tests/fixtures/heldout33): its manifest is consistent.

Written untuned and blind (see its README): a mass food poisoning at a wedding feast in a
convention centre at Perinthalmanna in Kerala's Malappuram district, one dead and some 150
to 230 treated, a night fire gutting Siem Reap's Phsar Leu market in Cambodia, one or two
dead and some 400 to 600 stalls burnt, and a container ship running aground off Delimara
Point on its way into the Malta Freeport in a south-easterly gale, its 22 crew safe and ten
to sixteen containers lost overboard, each with same-actor reports of other occurrences or
the steps before and after (the same caterer's poisoning at the same convention centre a
year before, the caterer's owner arrested and its licence suspended two days after and a
wedding feast poisoning in neighbouring Karnataka, at Mangaluru, three days after; the
provincial fire police's inspection of the market two days before, the inquiry committee's
report six months after and the same fire brigade at a furniture workshop in the same town
the same afternoon; the line's next weekly call at the Freeport by the sister ship, berthing
safely, 19 days after, the one-year-on report and the captain charged in court three days
after).
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

HELDOUT33 = Path(__file__).parent / "fixtures" / "heldout33"
ENTRIES = load_manifest(HELDOUT33)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT33, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT33, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ml", "km", "mt"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ml", "km", "mt", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """At least two of the Perinthalmanna and Delimara events' hard negatives happened within
    three weeks of them; the Siem Reap event is only required to have one (its inquiry report
    lies six months after, by design), though its inspection two days before and the workshop
    fire the same day are both close."""
    not_siem_reap = [e for e in ENTRIES if not e["story"].startswith("h33b-")]
    corpus_checks.check_close_negatives(not_siem_reap, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT33 / entry["file"]).lang == entry["lang"]
