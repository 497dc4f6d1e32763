"""Dates and scrapers' stamps in Czech, Hebrew, Swedish, Thai and Hungarian (issue 14, session 28).

A Czech page's date line opens with its weekday and ends with the time it was
updated (``čtvrtek 16. ledna 2031, 07:55 – aktualizováno 16:40``); a Hebrew
page labels its own time with a two-digit year (``פורסם: 14.03.32, 11:42``);
a Hebrew scraper's first line (``נשמר בתאריך:``) had become a report's title.
A Thai page dates itself in Buddhist-era years with dotted month abbreviations
(``เผยแพร่: 16 ก.ย. 2574 10:35 น.`` is 16 September 2031); a Hungarian one writes
the year first (``2030. július 17., szerda 15:42``). Lines written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.text.dates import find_labelled_date, is_header_date_line, match_date
from storyline.text.dates.evidence import scrape_stamp


@pytest.mark.parametrize(
    ("line", "lang", "iso"),
    [
        ("čtvrtek 16. ledna 2031, 07:55 – aktualizováno 16:40", "cs", "2031-01-16T07:55"),
        ("pondělí 3. března 2031", "cs", "2031-03-03"),
        ("lördag 6 april 2030, 13:20", "sv", "2030-04-06T13:20"),
        ("fredag 5. april 2030", "nb", "2030-04-05"),
        ("16 ก.ย. 2574 10:35 น.", "th", "2031-09-16T10:35"),
        ("16 กันยายน 2574", "th", "2031-09-16"),
        ("2030. július 17., szerda 15:42 | Frissítve: 19:10", "hu", "2030-07-17T15:42"),
        ("2028. aug. 9., kedd", "hu", "2028-08-09"),
    ],
)
def test_date_lines_with_a_weekday_and_an_update_time(line: str, lang: str, iso: str) -> None:
    found = is_header_date_line(line, lang)
    assert found is not None and found.iso.startswith(iso)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("פורסם: 14.03.32, 11:42 | עודכן: 14.03.32, 18:05", "he", "2032-03-14"),
        ("Publicerad 6 april 2030 kl. 13.20", "sv", "2030-04-06"),
        ("Publikováno: 16. 1. 2031", "cs", "2031-01-16"),
        ("Published: 03/14/32", "en", "2032-03-14"),
        ("เผยแพร่: 16 ก.ย. 2574 10:35 น. | ปรับปรุง: 16 ก.ย. 2574 17:20 น.", "th", "2031-09-16"),
    ],
)
def test_a_page_s_own_label_dates_it(text: str, lang: str, day: str) -> None:
    found = find_labelled_date(text, lang)
    assert found is not None and found.iso.startswith(day)


@pytest.mark.parametrize("text", ["Version: 14.03.32", "Score: 2.1.3", "פורסם: 31.02.32"])
def test_no_two_digit_year_date_without_a_page_label_or_a_real_day(text: str) -> None:
    assert find_labelled_date(text, "he") is None


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [("บันทึกเมื่อ: 18 ธ.ค. 2572 09:41", "th", "2029-12-18"), ("Letöltve: 2028.09.04. 10:12", "hu", "2028-09-04")],
)
def test_thai_and_hungarian_scrape_stamps(line: str, lang: str, day: str) -> None:
    stamp = scrape_stamp(line, lang)
    assert stamp is not None and stamp.iso.startswith(day)


def test_a_year_first_date_needs_the_day_s_dot() -> None:
    found = match_date("In 2030. March 5 talks resumed", "en")  # a sentence's end, a new one
    assert found is None or not found[0].iso.startswith("2030-03-05")


def test_a_hebrew_scrape_stamp_is_not_the_title_nor_the_date(tmp_path) -> None:
    stamp = scrape_stamp("נשמר בתאריך: 11/09/2029 09:12", "he")
    assert stamp is not None and stamp.iso.startswith("2029-09-11")
    path = tmp_path / "he.txt"
    path.write_text(
        "נשמר בתאריך: 11/09/2029 09:12\n\n"
        "שני בבונים ברחו מהספארי ברמת גן ושוטטו בשכונה במשך שש שעות\n\n"
        "שני בבונים ברחו אתמול מהספארי ברמת גן דרך גדר שנפגעה בעבודות תחזוקה, ושוטטו "
        "בשכונת תל בנימין במשך כשש שעות עד שנורו בחיצי הרדמה בחצר של בית פרטי. איש לא נפגע, "
        "ורשות הטבע והגנים פתחה בבדיקה של האירוע.\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.lang == "he" and article.published is None
    assert article.title is not None and "נשמר" not in article.title
