"""The forty-second held-out corpus (tests/fixtures/heldout42): its manifest is consistent.

Written untuned and blind (see its README): a night fire in the girls' boarding residence of a
state secondary school at Ocongate, Quispicanchi province, in Peru's Cusco region, three to five
girls dead and 11 to about 20 injured, three roped climbers falling from the Pinnacle Ridge of
Sgùrr nan Gillean on the Isle of Skye's Cuillin (Scotland), two or three dead, and a sheet of
ice carrying dozens of anglers breaking away on the Pavlovka reservoir in Bashkortostan
(Russia), one to three dead and 38 to 47 rescued, each with same-actor reports of other
occurrences or the steps before and after (the education inspectors' findings on the same
residence two days before, a fire in the same school's boys' residence in 2034 and the
detention of the director and the warden five days after; the mountain rescue team's warning
about loose rock on the same ridge the day before, a climber's fall on neighbouring Am Basteir
three days after and two climbers killed on the same ridge in 2036; the ban on going onto the
reservoir's ice two days before, another floe with anglers on the Nugush reservoir three days
after and the fines for the rescued anglers nine days after).
Quechua, Scottish Gaelic and Bashkir were each read as intended on short and longer probes
(Kinyarwanda and Maori, the brief's first choices, were not, nor were the fallbacks tried).
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

HELDOUT42 = Path(__file__).parent / "fixtures" / "heldout42"
ENTRIES = load_manifest(HELDOUT42)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT42, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT42, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"qu", "gd", "ba"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"qu", "gd", "ba", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the inspectors'
    findings two days before and the detention five days after the Ocongate fire; the loose-rock
    warning the day before and the Am Basteir fall three days after the Sgùrr nan Gillean fall;
    the ice ban two days before, the Nugush floe three days and the fines nine days after the
    Pavlovka floe), and each has one within three days (the inspection, the warning and the
    ban; the Am Basteir fall and the Nugush floe too)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT42 / entry["file"]).lang == entry["lang"]
