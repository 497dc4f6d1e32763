"""Reading Burmese date lines and Uzbek arrests (issue 14, session 37).

The thirty-fourth held-out corpus brought Pashto, Burmese and Uzbek reports.
Pashto and Uzbek date lines were read; a Burmese date line, year first with
its words for year, month and day (``၂၀၃၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၇ ရက်``), and a
month name with its month word glued on (``ဇန်နဝါရီလ``) were not, so a dated
Burmese report counted as undated; the part of the day before a Burmese time
(``ညနေ ၆:၄၀``, evening) was not read either. An Uzbek headline of suspects
caught (``qoʻlga olindi``, ``ushlandi``) stated no follow-up action. Lines
written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.link.occurrence import occurrence_facts
from storyline.text.dates import match_date, parse_date


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("၂၀၃၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၇ ရက်၊ အင်္ဂါနေ့", "2034-01-17"),
        ("2031 ခုနှစ် ဖေဖော်ဝါရီလ 10 ရက်", "2031-02-10"),
        ("ဇန်နဝါရီလ ၁၇၊ ၂၀၃၄", "2034-01-17"),
        ("ဇန်နဝါရီ ၁၇, ၂၀၃၄", "2034-01-17"),
    ],
)
def test_burmese_date_lines_are_read(line: str, iso: str) -> None:
    value = parse_date(line, "my")
    assert value is not None and value.iso.startswith(iso)


def test_a_burmese_dateline_without_a_year_takes_the_year_supplied() -> None:
    found = match_date("ရန်ကုန်၊ ဇန်နဝါရီ ၁၇", "my", year=2034)
    assert found is not None and found[0].iso.startswith("2034-01-17")
    assert parse_date("ရန်ကုန်၊ ဇန်နဝါရီ ၁၇", "my") is None  # no year, no date


@pytest.mark.parametrize(
    ("line", "hour"),
    [
        ("၂၀၃၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၇ ရက် | ညနေ ၆:၄၀ နာရီ", "T18:40"),  # evening
        ("၂၀၃၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၇ ရက် | နံနက် ၉:၁၅ နာရီ", "T09:15"),  # morning
    ],
)
def test_the_part_of_the_day_before_a_burmese_time_is_read(line: str, hour: str) -> None:
    value = parse_date(line, "my")
    assert value is not None and hour in value.iso


def test_the_year_word_is_needed_before_a_burmese_month() -> None:
    """A count before a month name is no year: ``2034 ခုနှစ်`` says "the year 2034"."""
    assert parse_date("ကြက် 2034 ကောင် ဇန်နဝါရီလ", "my") is None


@pytest.mark.parametrize(
    "title",
    [
        "Inkassatorlarga hujum qilganlar Sirdaryoda qoʻlga olindi",
        "Toshkentda ikki gumonlanuvchi ushlandi",
        "Bosqinchilar hibsga olindi",
        "Инкассаторларга ҳужум қилганлар қўлга олинди",
    ],
)
def test_uzbek_headlines_of_suspects_caught_state_an_arrest(title: str) -> None:
    assert "act.followup:arrest" in occurrence_facts(title, "")


def test_an_uzbek_headline_of_the_robbery_itself_states_none() -> None:
    title = "Yunusobodda inkassatorlar mashinasiga hujum: 3,8 mlrd soʻm olib qochildi"
    assert occurrence_facts(title, "") == ()
