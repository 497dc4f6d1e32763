"""The seventy-sixth held-out corpus (tests/fixtures/heldout76): its manifest is consistent.

Written untuned and blind (see its README): French farmers blocking the Paris ring road with
hundreds of tractors (640 to 780 by the police, 1,200 by the unions); the Swedish phone maker
Skarp unveiling its Vega 9 flagship at the Cirkus in Stockholm (12,990 crowns, about 1,150
euros); and Sweden's environmental protection agency setting a licensed hunt quota of 54
wolves in five counties. Each comes with same-actor reports of other occurrences: the tractor
convoys on the A6 and A4 the day before, the Rungis market blockade the day after, the Lyon
ring road blockade nine days before, the minister meeting the unions four days after, the
tractors at the agricultural show nineteen days after and the ring road blockade of 2060; the
Vega 8 price cut the day after, Kajo's rival launch two days before, the sales start sixteen
days after (told in Italian and in Russian), the smartwatch shown at IFA Berlin twelve days
before and the Vega 8 launch of 2065; the wolf count two days before, Dalarna's county
decision the day after, the Karlstad court suspending Varmland's hunt thirteen days after,
the appeal court upholding it fifteen days after, the hunt starting nineteen days after and
the quota of 2064. The brief's first choices, Italian, French and Swedish, were read as
intended on both probes. These tests only check the fixture itself, and that storyline reads
each file in the language the manifest gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.sample import load_manifest

sys.path.insert(0, str(Path(__file__).parent))
import corpus_checks  # noqa: E402

HELDOUT76 = Path(__file__).parent / "fixtures" / "heldout76"
ENTRIES = load_manifest(HELDOUT76)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT76, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT76, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    """Each event has a report in Italian, French or Swedish, and the Vega 9 sales start is
    one negative occurrence told twice, in Italian and in Russian."""
    corpus_checks.check_beyond_core(ENTRIES, {"it", "fr", "sv"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    """Twelve of the 36 files state no publication date, in all eight languages; two of them
    carry only a scraper's retrieval line weeks after the event."""
    corpus_checks.check_undated(ENTRIES, {"it", "fr", "sv", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least four hard-negative occurrences within three weeks of it (the
    convoys, Rungis, Lyon, the minister meeting and the agricultural show around the ring road
    blockade; the price cut, Kajo's launch, the sales start and the IFA watch around the Vega
    9 launch; the wolf count, Dalarna's decision, the two court rulings and the hunt's start
    around the quota), and at least two within three days (the convoys and Rungis; Kajo and
    the price cut; the wolf count and Dalarna's decision)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=4)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=2)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT76 / entry["file"]).lang == entry["lang"]
