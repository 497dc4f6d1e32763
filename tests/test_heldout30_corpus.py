"""The thirtieth held-out corpus (tests/fixtures/heldout30): its manifest is consistent.

Written untuned and blind (see its README): a Maltese-flagged tanker losing power in a storm
and running aground at the mouth of the Lires estuary between Fisterra and Muxía on
Galicia's Costa da Morte, its 23 crew lifted off and hundreds of tonnes of fuel oil
reaching the beaches, a Dubai flight of the airline AeroDesh overrunning the runway at
Amritsar in a monsoon downpour, its passengers escaping down the slides and 14 hurt, and a
tremor setting off a rockfall more than two kilometres down the Vaalpan shaft of a gold
mine near Welkom in the Free State, nine miners killed, each with same-actor reports of
other occurrences or the steps before and after (the spill drill off Cabo Fisterra by the
same agencies 20 days before, the same rescue service lifting seven fishermen off a
sinking trawler off Burela the same afternoon and the captain's arrest two days after; an
AeroDesh turboprop veering off the same runway the year before, another AeroDesh jet
overrunning the runway at Patna two days after and the accident investigators' final
report eight months later; a smaller tremor at the same shaft and the miners' union's
warning four days before, the first anniversary a year later and a second tremor at the
same mine, two hurt, 17 days after).
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

HELDOUT30 = Path(__file__).parent / "fixtures" / "heldout30"
ENTRIES = load_manifest(HELDOUT30)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT30, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT30, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"gl", "pa", "af"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"gl", "pa", "af", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """At least two of the Fisterra and Welkom events' hard negatives happened within three
    weeks of them; the Amritsar event's negatives are by design the overrun the year before,
    the final report eight months on and the Patna overrun two days after, so only one of
    them is close."""
    not_amritsar = [e for e in ENTRIES if not e["story"].startswith("h30b-")]
    corpus_checks.check_close_negatives(not_amritsar, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=21, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT30 / entry["file"]).lang == entry["lang"]
