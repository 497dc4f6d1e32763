"""Publication dates and day mentions as real scrapes write them, in many languages.

Each case is a small scraped ``.txt`` report (headline, a date line, a
dateline paragraph) written the way outlets of that language print their
header; the date must be read, the headline must stay clean.
"""

from __future__ import annotations

import pytest

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.dates import match_date, parse_date
from storyline.text.dates.evidence import mentioned_dates

_BODY_EN = (
    "Baghdad (Reuters) - Iraq and Turkey signed a water deal on Friday, officials said, "
    "after months of talks between the two governments over the flow of the Tigris."
)

SCRAPES = [
    # (name, text, title, published)
    (
        "en-date-second-line",
        f"Iraq and Turkey sign deal\ndate 2019-07-19 12:30\n{_BODY_EN}",
        "Iraq and Turkey sign deal",
        "2019-07-19T12:30:00+00:00",
    ),
    (
        "en-published-second-line",
        f"Iraq and Turkey sign deal\npublished 19 July 2019\n{_BODY_EN}",
        "Iraq and Turkey sign deal",
        "2019-07-19T00:00:00+00:00",
    ),
    (
        "it",
        "Iraq e Turchia firmano un accordo sull'acqua\nPubblicato il 19 luglio 2019 ore 12:30\n"
        "Baghdad - Iraq e Turchia hanno firmato venerdì un accordo sull'acqua, hanno detto "
        "i funzionari dei due governi dopo mesi di negoziati.",
        "Iraq e Turchia firmano un accordo sull'acqua",
        "2019-07-19T12:30:00+00:00",
    ),
    (
        "pl",
        "Irak i Turcja podpisały porozumienie w sprawie wody\nOpublikowano: 19 lipca 2019\n"
        "Bagdad - Irak i Turcja podpisały w piątek porozumienie w sprawie wody, poinformowali "
        "urzędnicy obu rządów po miesiącach rozmów.",
        "Irak i Turcja podpisały porozumienie w sprawie wody",
        "2019-07-19T00:00:00+00:00",
    ),
    (
        "zh",
        "伊拉克与土耳其签署水资源协议\n2019年7月19日 12:30\n"
        "新华社巴格达7月19日电 伊拉克和土耳其19日签署水资源协议，两国官员表示，这是数月谈判的结果。",
        "伊拉克与土耳其签署水资源协议",
        "2019-07-19T12:30:00+00:00",
    ),
    (
        "fa-zwnj-stripped",
        "امضای توافق آبی عراق و ترکیه\nتاریخ انتشار: ۱۵ دیماه ۹۹\n"
        "عراق و ترکیه روز جمعه توافقنامه‌ای درباره آب امضا کردند. مقامات دو کشور گفتند این توافق "
        "پس از ماه‌ها مذاکره حاصل شد.",
        "امضای توافق آبی عراق و ترکیه",
        "2021-01-04T00:00:00+00:00",
    ),
    (
        "ar-indic-digits",
        "العراق وتركيا يوقعان اتفاقا بشأن المياه\nتاريخ النشر: ١٩ يوليو ٢٠١٩\n"
        "وقع العراق وتركيا يوم الجمعة اتفاقا بشأن المياه، بحسب ما أفاد مسؤولون في البلدين "
        "بعد أشهر من المحادثات.",
        "العراق وتركيا يوقعان اتفاقا بشأن المياه",
        "2019-07-19T00:00:00+00:00",
    ),
    (
        "ar-hijri",
        "العراق وتركيا يوقعان اتفاقا بشأن المياه\nالجمعة 16 ذو القعدة 1440 هـ\n"
        "وقع العراق وتركيا يوم الجمعة اتفاقا بشأن المياه، بحسب ما أفاد مسؤولون في البلدين "
        "بعد أشهر من المحادثات.",
        "العراق وتركيا يوقعان اتفاقا بشأن المياه",
        "2019-07-19T00:00:00+00:00",
    ),
    (
        "ru",
        "Ирак и Турция подписали соглашение о воде\n19 июля 2019, 12:30\n"
        "БАГДАД, 19 июля – РИА Новости. Ирак и Турция в пятницу подписали соглашение о воде, "
        "сообщили официальные лица двух стран.",
        "Ирак и Турция подписали соглашение о воде",
        "2019-07-19T12:30:00+00:00",
    ),
]


@pytest.mark.parametrize("name,text,title,published", SCRAPES, ids=[s[0] for s in SCRAPES])
def test_scrape_header_dates(name: str, text: str, title: str, published: str) -> None:
    article = prepare(RawDocument(origin=f"{name}.txt", content=text)).article
    assert article.title == title
    assert article.published == published
    assert article.published_source == "text"


@pytest.mark.parametrize(
    "text,iso",
    [
        ("19 luglio 2019", "2019-07-19"),
        ("venerdì 19 luglio 2019", "2019-07-19"),
        ("3 gennaio 2020", "2020-01-03"),
        ("19 lipca 2019", "2019-07-19"),
        ("3 stycznia 2020", "2020-01-03"),
        ("1 października 2019", "2019-10-01"),
        ("۱۵ دیماه ۹۹", "2021-01-04"),
        ("16 ذو القعدة 1440 هـ", "2019-07-19"),
    ],
)
def test_more_month_names(text: str, iso: str) -> None:
    value = parse_date(text)
    assert value is not None and value.iso[:10] == iso


def test_chinese_day_without_year_needs_a_year() -> None:
    assert match_date("新华社巴格达7月19日电") is None
    found = match_date("新华社巴格达7月19日电", year=2019)
    assert found is not None and found[0].iso[:10] == "2019-07-19"
    assert mentioned_dates("新华社巴格达7月19日电", "zh") == ("--07-19",)
    # with a full date first, the year-less pattern does not take its month and day
    assert mentioned_dates("2018年12月30日", "zh") == ("2018-12-30",)


def test_a_lower_case_line_after_a_headline_still_joins_when_not_a_date() -> None:
    text = f"Iraq and Turkey sign a water deal on the\nflow of the Tigris\n\n{_BODY_EN}"
    article = prepare(RawDocument(origin="wrap.txt", content=text)).article
    assert article.title == "Iraq and Turkey sign a water deal on the flow of the Tigris"
