"""The twenty-ninth held-out corpus (tests/fixtures/heldout29): its manifest is consistent.

Written untuned and blind (see its README): a landslide burying the only road into the
Basque hill village of Zerain in Gipuzkoa, killing a van driver and a local woman and
cutting off the village, police commandos storming a bank branch in Cebu City to free
14 hostages held by two robbers for most of a day, one robber killed, and the collapse of
a bridge over the Awash River on Ethiopia's main road to Djibouti under two lorries and a
minibus, 17 dead, each with same-actor reports of other occurrences or the steps before
and after (a smaller landslip on the same road the year before, the lorry ban on the road
after cracks appeared two days before and a landslide cutting a road in neighbouring
Navarre two days after; a drug raid by the same SWAT team in the same city the same
morning, the arrest of the suspected getaway driver two days after and the next
hostage-taking, at a pawnshop, 18 days after; the first anniversary a year later, the
court verdict seven months later and the Roads Administration's weight limit on the
bridge four days before).
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

HELDOUT29 = Path(__file__).parent / "fixtures" / "heldout29"
ENTRIES = load_manifest(HELDOUT29)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT29, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT29, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"eu", "tl", "am"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"eu", "tl", "am", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """At least two of the Zerain and Cebu events' hard negatives happened within three
    weeks of them; the Awash event's negatives are by design the anniversary a year on,
    the court verdict seven months on and the step before, so only one of them is close."""
    not_awash = [e for e in ENTRIES if not e["story"].startswith("h29c-")]
    corpus_checks.check_close_negatives(not_awash, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT29 / entry["file"]).lang == entry["lang"]
