"""The forty-third held-out corpus (tests/fixtures/heldout43): its manifest is consistent.

Written untuned and blind (see its README): the federal finance ministry in Baghdad and the
Kurdistan Regional Government's finance ministry signing an agreement under which Baghdad pays
the region's public salaries for 2045 (about 950 to 960 billion dinars a month for 1.2 to 1.3
million people) in exchange for 400,000 barrels of oil a day and half the border revenue,
carbon monoxide from a faulty boiler filling an apartment building on Wilson Street in
Williamsburg, Brooklyn (New York), one or two dead and 35 to 41 taken to hospital, and the
Russian president appointing a deputy transport minister acting head of the Chuvash Republic
(Russia) after the head's early resignation, each with same-actor reports of the steps before
and after or other occurrences (the Kurdish cabinet's mandate for the signature two days
before, the first salary tranche thirteen days after and the 2043 salary agreement signed by
other ministers; a carbon monoxide leak at a Talmud Torah on Lee Avenue two days after, the
charges against the building's manager six days after and a mother and son killed by carbon
monoxide in Borough Park in 2040; the outgoing head announcing his resignation two days
before, the State Council approving the new cabinet chairwoman eight days after and the 2041
appointment of the outgoing head himself as acting head).
Sorani Kurdish, Yiddish and Chuvash were each read as intended on short and longer probes
(the brief's first choices; no fallback was needed).
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

HELDOUT43 = Path(__file__).parent / "fixtures" / "heldout43"
ENTRIES = load_manifest(HELDOUT43)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT43, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT43, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"ckb", "yi", "cv"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"ckb", "yi", "cv", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the Kurdish
    cabinet's mandate two days before and the first salary tranche thirteen days after the
    Erbil-Baghdad salary agreement; the Lee Avenue leak two days and the charges six days after
    the Wilson Street carbon monoxide; the resignation announcement two days before and the
    cabinet chairwoman's approval eight days after the acting head's appointment), and each has
    one within three days (the mandate, the Lee Avenue leak and the resignation announcement)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT43 / entry["file"]).lang == entry["lang"]
