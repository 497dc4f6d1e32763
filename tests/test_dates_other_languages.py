"""Date lines in languages whose month and weekday names no table here lists.

Their names come from dateparser's data (``tables.language_months``,
``tables.language_weekdays``), for texts in that language only.
"""

from __future__ import annotations

import pytest

from storyline.text.dates import (
    find_publication_date,
    is_date_line,
    is_header_date_line,
    parse_date,
)
from storyline.text.dates.tables import language_months, language_weekdays


@pytest.mark.parametrize(
    ("lang", "line", "iso"),
    [
        ("fi", "torstai 4. joulukuuta 2031 klo 10.15", "2031-12-04"),
        ("fi", "4.12.2031 klo 10.15 | Päivitetty 12.40", "2031-12-04"),
        ("bg", "четвъртък, 4 декември 2031 г.", "2031-12-04"),
        ("bg", "04 декември 2031, 10:15", "2031-12-04"),
        ("ur", "جمعرات 4 دسمبر 2031", "2031-12-04"),
        ("hr", "četvrtak, 4. prosinca 2031.", "2031-12-04"),
        ("ka", "4 დეკემბერი 2031", "2031-12-04"),
        ("bn", "৪ ডিসেম্বর ২০৩১", "2031-12-04"),
        ("sw", "Alhamisi, 4 Desemba 2031", "2031-12-04"),
        ("he", "4 בדצמבר 2031", "2031-12-04"),
        # session 30: Lithuanian year first, "m." after the year and "d." after the day
        ("lt", "2031 m. gruodžio 4 d.", "2031-12-04"),
        ("lt", "2031 m. gruodžio 4 d. 10:15", "2031-12-04"),
    ],
)
def test_a_date_line_in_another_language_is_read(lang: str, line: str, iso: str) -> None:
    for read in (is_date_line, is_header_date_line):
        value = read(line, lang)
        assert value is not None, (read.__name__, line)
        assert value.iso.startswith(iso)


def test_a_name_another_table_gives_another_month_takes_the_texts_language() -> None:
    # Croatian "listopad" is October; Czech and Polish "listopad" is November
    assert parse_date("14. listopada 2031.", "hr").iso.startswith("2031-10-14")
    assert parse_date("14. listopadu 2031", "cs").iso.startswith("2031-11-14")


def test_the_names_stay_with_their_language() -> None:
    # Finnish month names do not make dates of other languages' words
    assert parse_date("4 joulukuuta 2031", "en") is None
    assert parse_date("4 joulukuuta 2031", "fi").iso.startswith("2031-12-04")


def test_short_names_and_listed_languages_add_nothing() -> None:
    assert language_months("en") == {} and language_weekdays("ru") == {}
    assert language_months("not a code") == {} and language_months(None) == {}
    # three-letter Latin abbreviations are common words ("svi" = all, "pro" = for)
    assert "svi" not in language_months("hr") and "pro" not in language_months("hr")
    assert "ma" not in language_weekdays("fi")
    assert language_weekdays("he") == {}  # Hebrew weekdays are ordinals too


def test_a_finnish_article_gets_its_publication_date() -> None:
    text = (
        "Haettu 2032-01-09 08:00\n\n"
        "Junat seisoivat tunteja Pasilassa\n\n"
        "torstai 4. joulukuuta 2031 klo 10.15 | Päivitetty klo 12.40\n\n"
        "Helsingin päärautatieaseman liikenne pysähtyi torstaiaamuna."
    )
    assert find_publication_date(text, "fi").iso.startswith("2031-12-04")


def test_a_russian_weekday_before_a_date_with_its_year_word() -> None:
    assert is_date_line("четверг, 4 декабря 2031 г.", "ru").iso.startswith("2031-12-04")


def test_a_lithuanian_date_line_with_its_update_dates_a_report(tmp_path) -> None:
    """``2030 m. vasario 24 d. 23:58 | Atnaujinta: vasario 25 d. 08:14`` under the headline:
    the first date is the publication's (session 30: a Lithuanian report was undated)."""
    from storyline.api import article_from

    path = tmp_path / "meteoritas.txt"
    path.write_text(
        "Pagrindinis » Lietuva » Mokslas\n\n"
        "Į sodybą nukrito meteoritas: akmuo pramušė garažo stogą\n\n"
        "2030 m. vasario 24 d. 23:58 | Atnaujinta: vasario 25 d. 08:14\n\n"
        "Sekmadienio vakarą Lietuvos dangų perskrodė ryškus bolidas, o po kelių akimirkų "
        "Ukmergės rajone iš dangaus nukritęs akmuo pramušė sodybos garažo stogą. Niekas "
        "nenukentėjo, pranešė policija.\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.lang == "lt"
    assert article.published is not None and article.published.startswith("2030-02-24")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("05/01/2028 காலை 11:20", "2028-01-05T11:20"),  # Tamil: morning
        ("4 December 2031, 9:40 Morgens", "2031-12-04T09:40"),
    ],
)
def test_one_word_beside_the_time_is_the_time_of_day(line: str, iso: str) -> None:
    value = is_header_date_line(line)
    assert value is not None and value.iso.startswith(iso)
    assert is_header_date_line("4 December 2031, 9:40 ministers met in Baku") is None
