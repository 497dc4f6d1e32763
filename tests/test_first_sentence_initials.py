"""A lead's first sentence does not end at an initial (issue 14, session 35).

``The mission director, V. Ravi Shankar, has resigned four days after the
rocket failed``: the first sentence had ended at ``V.``, so the span that makes
the report a step after the failure (``four days after``) was never read, and
the resignation joined the failure's story on top of the shared articles.
``U.S.`` and ``6 a.m.`` do not end a sentence either; a year's abbreviation
after its number (``2019 г.``, ``2020 r.``) still does. Lines written for these
tests.
"""

from __future__ import annotations

import pytest

from storyline.link.occurrence import first_sentence, occurrence_facts


def test_an_initial_does_not_cut_the_span_after_an_event() -> None:
    lead = (
        "HYDERABAD, March 3 (Deccan Wire) - The launch director of Nimbus Rockets, "
        "K. Suresh Babu, has resigned four days after the company's rocket failed. "
        "He said he took responsibility."
    )
    facts = occurrence_facts("Nimbus launch director quits after rocket failure", lead)
    assert "act.followup:after" in facts and "stage.government:resignation" in facts


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "A dam gave way shortly before 6 a.m. on Sunday, flooding three villages. Two died.",
            "A dam gave way shortly before 6 a.m. on Sunday, flooding three villages.",
        ),
        (
            "Protests outside the U.S. embassy went on for a third day on Monday. Police watched.",
            "Protests outside the U.S. embassy went on for a third day on Monday.",
        ),
        (
            "Ustawa weszła w życie 15 marca 2020 r. Rząd zapowiedział kolejne zmiany w prawie.",
            "Ustawa weszła w życie 15 marca 2020 r.",
        ),
    ],
)
def test_where_afirst_sentence_ends(text: str, first: str) -> None:
    assert first_sentence(text) == first
