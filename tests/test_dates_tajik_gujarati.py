"""Dates in Tajik and Gujarati (issue 14, session 34).

A Tajik page's date line (``Якшанбе, 15 октябри 2034, 21:10``: the month in its
izafa form) and a Gujarati one (``મંગળવાર, 10 ઓગસ્ટ, 2027``) went unread, so a
Gujarati report of a blast five years before a story looked undated and time
could not keep it out. Lines written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.text.dates import match_date


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Якшанбе, 15 октябри 2034, 21:10", "tg", "2034-10-15T21:10"),
        ("Душанбе, 3 марти 2031", "tg", "2031-03-03"),
        ("28 декабр 2030", "tg", "2030-12-28"),
        ("મંગળવાર, 10 ઓગસ્ટ, 2027", "gu", "2027-08-10"),
        ("16 માર્ચ 2032", "gu", "2032-03-16"),
        ("૧૬ માર્ચ ૨૦૩૨", "gu", "2032-03-16"),
    ],
)
def test_dates_in_tajik_and_gujarati(text: str, lang: str, iso: str) -> None:
    found = match_date(text, lang)
    assert found is not None and found[0].iso.startswith(iso)


def test_a_tajik_word_that_is_no_month_reads_no_date() -> None:
    assert match_date("Дар бозии ниҳоӣ 2034 нафар иштирок доштанд", "tg") is None
