"""The thirty-ninth held-out corpus (tests/fixtures/heldout39): its manifest is consistent.

Written untuned and blind (see its README): a pile-up of 36 to 41 vehicles in freezing fog on
the G30 expressway west of Hami (Xinjiang, China), seven to nine dead, a tornado tearing
through Vasilyevo and the villages of Aisha and Nurlaty in the Zelenodolsk district of
Tatarstan (Russia), six to eight dead, and a Jirama high-voltage line falling into floodwater
at the Anosibe minibus station in Antananarivo (Madagascar), seven to nine electrocuted, each
with same-actor reports of other occurrences or the steps before and after (the fog warning
and speed limit the day before, a second pile-up near Shanshan four days after and the
detention of road-maintenance managers nine days after; a tornado in Vasilyevo in 2036, the
residents' protest at the district administration two days after and the compensation
decree six days after; the residents' complaint over the sagging line two days before, two
people electrocuted by a fallen cable in Anosibe in 2036 and the detention of Jirama's network
chief and two technicians ten days after).
Uyghur and Malagasy were read as intended on short and longer probes; Zulu (and Xhosa) were
read as English, so the third event uses Tatar, read as intended.
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

HELDOUT39 = Path(__file__).parent / "fixtures" / "heldout39"
ENTRIES = load_manifest(HELDOUT39)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT39, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT39, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ug", "tt", "mg"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ug", "tt", "mg", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the fog warning
    the day before, the Shanshan pile-up four days and the detentions nine days after the Hami
    pile-up; the residents' protest two days and the compensation decree six days after the
    Vasilyevo tornado; the residents' complaint two days before and the Jirama detentions ten
    days after the Anosibe electrocutions), and each has one within three days (the warning,
    the protest and the complaint)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT39 / entry["file"]).lang == entry["lang"]
