"""The fiftieth held-out corpus (tests/fixtures/heldout50): its manifest is consistent.

Written untuned and blind (see its README): the House of Commons electing the Liberal Democrat
Tamsin Penhaligon, MP for St Ives, as Speaker at a second sitting with 341 votes to 262; Georgia
selling $750 million of five-year eurobonds at a 5.25% coupon in London; and Rome's Court of
Appeal approving the extradition of the Russian businessman Arseny Korolkov to the United States
on export control, bank fraud and money laundering charges, each with same-actor reports of other
occurrences (the inconclusive first ballot three days before, Sir Desmond Arkwright's election in
2041 and the new Speaker's first ruling, sending out an MP, thirteen days after; Fitch's upgrade to
investment grade three days before, the $500 million sale of February 2046 and the buyback of
older bonds sixteen days after; Korolkov's arrest at Fiumicino four months before, the Court of
Cassation upholding the ruling three months after, the same court's extradition of his partner
Sergei Lagutin two days after and of the Iranian engineer Mehrdad Kazemzadeh twelve days before).
Of the brief's first choices only Latin was read as intended on short and longer probes, and of
its fallbacks only Mingrelian; Cornish, read as intended on both, was added (Low German, read as
intended too, had meanwhile been added to SCRIPTS by another corpus). These tests only check the
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

HELDOUT50 = Path(__file__).parent / "fixtures" / "heldout50"
ENTRIES = load_manifest(HELDOUT50)


def test_manifest_is_consistent() -> None:
    corpus_checks.check_files(HELDOUT50, ENTRIES)
    corpus_checks.check_events(ENTRIES, events=3, reports=6, negatives=range(6, 7))
    corpus_checks.check_dates(ENTRIES)
    corpus_checks.check_zwnj_stripped(HELDOUT50, ENTRIES)


def test_events_use_languages_beyond_the_core_five() -> None:
    corpus_checks.check_beyond_core(ENTRIES, {"kw", "xmf", "la"}, at_least=3)


def test_about_a_third_of_the_reports_are_undated() -> None:
    corpus_checks.check_undated(ENTRIES, {"kw", "xmf", "la", "en", "ar", "fa", "ru", "zh"})


def test_each_event_has_negatives_close_in_time() -> None:
    """Each event has at least two hard negatives within three weeks of it (the inconclusive
    first ballot three days before and the new Speaker's first ruling thirteen days after her
    election; Fitch's upgrade three days before and the buyback sixteen days after the eurobond
    sale; Kazemzadeh's extradition twelve days before and Lagutin's two days after Korolkov's),
    and each has one within three days (the first ballot, the upgrade and Lagutin's
    extradition)."""
    corpus_checks.check_close_negatives(ENTRIES, days=21)
    corpus_checks.check_close_negatives(ENTRIES, days=3, at_least=1)


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["file"]).stem for e in ENTRIES])
def test_storyline_reads_the_language_the_manifest_gives(entry: dict) -> None:
    assert article_from(HELDOUT50 / entry["file"]).lang == entry["lang"]
