"""Year-first spaced dates and a hyphen between a day and its month (issue 14, session 35).

A Sinhala page's date line puts the year first with spaces only (``2029
සැප්තැම්බර් 03, සඳුදා``), so the day was read without its year; Kyrgyz,
Uzbek and Kazakh pages join the day to its month with a hyphen (``Ишемби,
15-июнь, 2030``, ``15-iyun 2030``), which was not read at all. A report of an
elephant attack three years before a story looked undated. Lines written for
these tests.
"""

from __future__ import annotations

import pytest

from storyline.text.dates import match_date


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("2029 සැප්තැම්බර් 03, සඳුදා | පෙ.ව. 11.20", "si", "2029-09-03"),
        ("2032 ඔක්තෝබර් 12", "si", "2032-10-12"),
        ("Ишемби, 15-июнь, 2030 | 21:35", "ky", "2030-06-15T21:35"),
        ("Бишкек, 3-март 2031", "ky", "2031-03-03"),
        ("Toshkent, 15-iyun 2030", "uz", "2030-06-15"),
        ("2030. július 17.", "hu", "2030-07-17"),  # the dotted year-first form as before
    ],
)
def test_year_first_spaced_and_hyphenated_days(text: str, lang: str, iso: str) -> None:
    found = match_date(text, lang)
    assert found is not None and found[0].iso.startswith(iso)


def test_a_count_or_a_clock_after_a_year_and_month_is_no_day() -> None:
    assert match_date("by 1500 March 3:30 pm", "en") is None  # not a year of 1900-2099
    assert match_date("the 2030 March 3:30 pm race", "en", year=2000)[0].iso.startswith("2000-03-03")
    assert match_date("a Boeing 737-Mar order", "en") is None
