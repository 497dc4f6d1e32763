"""Date lines of Sakha (Yakut) and Chechen papers, and the language cleanup reads them in.

- Sakha writes "the year 2047, April, its 16th day" (``2047 сыл муус устар 16 күнэ``).
- Chechen puts the year first and then the day and month (``2044 шеран 18 октябрь``: "of the
  year 2044, 18 October"); its month names are Russian's, so cleanup must read the page in
  Chechen, not in whatever its head of breadcrumbs and bylines looks like; its Sunday is
  ``кӀиранде``.
- A breadcrumb whose site name holds an ampersand (``Gulf & Caucasus Review > Diplomacy``) is
  no headline.
"""

from __future__ import annotations

import pytest

from storyline.article import RawDocument
from storyline.pipeline import _cleanup_lang, prepare
from storyline.text.clean.rules import is_breadcrumb
from storyline.text.dates import is_header_date_line, match_date
from storyline.text.dates.tables import fold_key, whole_weekday_names

SAH = (
    "Саха сонуннара › Сонуннар › Ил Түмэн\n\n"
    "2047 сыл муус устар 16 күнэ, оптуорунньук | 17:25\n\n"
    "Ил Түмэн оскуола туһунан сокуону ылынна\n\n"
    "Бүгүн Ил Түмэн пленарнай мунньаҕар депутаттар оскуолалары тутуу туһунан сокуону "
    "үһүс ааҕыыга ылыннылар. Сокуон иһин 58 депутат куоластаата. Сокуонунан улуустарга "
    "сэттэ саҥа оскуола тутуллуоҕа, бу үлэҕэ өрөспүүбүлүкэ бүддьүөтүттэн үп көрүлүннэ."
)
CE = (
    "Нохчийн хаамаш › Керланаш › Экономика\n\n"
    "2044 шеран 18 октябрь, шинара | 19:10\n\n"
    "Соьлжа-ГӀалахь керла больница йиллина\n\n"
    "Тахана Соьлжа-ГӀалахь керла больница йиллина. Цу цӀа чохь кхо бӀе дарбанан меттиг ю. "
    "Нохчийчоьнан могашаллин министра элира, хӀара больница республикин массо а кӀоштан "
    "бахархошна лерина ю, цигахь берийн а, баккхийчу нахана а дарба лур ду."
)


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("2047 сыл муус устар 16 күнэ, оптуорунньук | 17:25", "sah", "2047-04-16"),
        ("2046 сыл тохсунньу 3 күнэ", "sah", "2046-01-03"),
        ("2044 шеран 18 октябрь, шинара | 19:10", "ce", "2044-10-18"),
        ("КӀиранде, 2044 шеран 23 октябрь", "ce", "2044-10-23"),
        ("2045-гӀа шеран 2 март", "ce", "2045-03-02"),
    ],
)
def test_date_lines_are_read(line: str, lang: str, day: str) -> None:
    found = is_header_date_line(line, lang)
    assert found is not None and found.iso.startswith(day)


def test_a_year_first_date_spans_what_the_page_printed() -> None:
    line = "2044 шеран 18 октябрь, шинара"
    found = match_date(line, "ce")
    assert found is not None
    assert line[found[1] : found[2]] == "2044 шеран 18 октябрь"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("2044 шеран октябрь", "ce"), ("2047 сыл муус устар", "sah"), ("16 күнэ", "sah")],
)
def test_no_date_without_day_month_and_year(text: str, lang: str) -> None:
    assert match_date(text, lang) is None


def test_chechen_sunday() -> None:
    assert whole_weekday_names("ce")[fold_key("КӀиранде")] == 6


@pytest.mark.parametrize(("text", "lang", "day"), [(SAH, "sah", "2047-04-16"), (CE, "ce", "2044-10-18")])
def test_a_scraped_page_gets_its_publication_day_and_headline(text: str, lang: str, day: str) -> None:
    prepared = prepare(RawDocument(origin=f"{lang}.txt", content=text))
    assert prepared.article.lang == lang
    assert prepared.article.published is not None
    assert prepared.article.published.startswith(day)
    assert prepared.article.title == text.split("\n\n")[2]  # not the date line


def test_cleanup_reads_the_paragraphs_language_when_the_head_is_unsure() -> None:
    assert _cleanup_lang(CE, None) == "ce"


def test_a_breadcrumb_with_an_ampersand_is_no_headline() -> None:
    assert is_breadcrumb("Gulf & Caucasus Review > Diplomacy")
    assert not is_breadcrumb("Oil > $90 as OPEC+ cuts output & prices jump")
