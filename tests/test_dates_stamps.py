"""Scrapers' stamps are never publication dates; date lines and weekdays in more languages.

Fixtures are small reports written as real outlets write them, in several
languages and scripts, each under a first line a scraper wrote (a time to the
second, ``Retrieved on``, ``date …``) whose day the report contradicts or does
not corroborate.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.clean import clean_scraped_text
from storyline.text.dates import is_header_date_line, parse_date
from storyline.text.dates.evidence import (
    lead_date,
    mentioned_dates,
    scrape_stamp,
    stamp_contradicted,
    stated_event_weekdays,
)


def _prepared(content: str):
    return prepare(RawDocument(origin="x.txt", content=content)).article


# Reports of a summit on Thursday 4 March 2027, scraped three weeks later.
REPORTS = {
    "en": (
        "Presidents meet in Geneva for first summit in three years\n\n"
        "GENEVA - The presidents of the two countries met in Geneva on Thursday for their first "
        "summit in three years, officials said, and agreed to reopen their embassies."
    ),
    "ru": (
        "Президенты встретились в Женеве впервые за три года\n\n"
        "ЖЕНЕВА, 4 марта — Президенты двух стран в четверг провели в Женеве первый за три года "
        "саммит и договорились вновь открыть посольства, сообщили официальные лица."
    ),
    "de": (
        "Präsidenten treffen sich erstmals seit drei Jahren in Genf\n\n"
        "GENF - Die Präsidenten beider Länder sind am Donnerstag in Genf zu ihrem ersten Gipfel "
        "seit drei Jahren zusammengekommen und wollen ihre Botschaften wieder öffnen."
    ),
    "uk": (
        "Президенти вперше за три роки зустрілися в Женеві\n\n"
        "Президенти двох країн у четвер провели в Женеві перший за три роки саміт і домовилися "
        "знову відкрити посольства, повідомили посадовці."
    ),
    "ja": (
        "両国首脳、3年ぶりにジュネーブで会談\n\n"
        "両国の大統領は木曜日、ジュネーブで3年ぶりとなる首脳会談を行い、大使館の再開で合意した。"
        "関係者が明らかにした。"
    ),
    "ko": (
        "양국 정상, 3년 만에 제네바에서 회담\n\n"
        "양국 대통령은 목요일 제네바에서 3년 만에 첫 정상회담을 열고 대사관을 다시 열기로 "
        "합의했다고 관계자들이 밝혔다."
    ),
    "pt": (
        "Presidentes reúnem-se em Genebra pela primeira vez em três anos\n\n"
        "GENEBRA - Os presidentes dos dois países reuniram-se na quinta-feira em Genebra, na "
        "primeira cimeira em três anos, e acordaram reabrir as embaixadas."
    ),
    "hi": (
        "तीन साल में पहली बार जिनेवा में मिले दोनों देशों के राष्ट्रपति\n\n"
        "जिनेवा - दोनों देशों के राष्ट्रपतियों ने गुरुवार को जिनेवा में तीन साल में पहला शिखर "
        "सम्मेलन किया और दूतावास फिर से खोलने पर सहमति जताई।"
    ),
}
# 2027-03-25 is a Thursday three weeks on: a stated weekday cannot tell it apart.
STAMPS = [
    "2027-03-25 09:14:33",
    "2027-03-25T09:14:33Z",
    "Scraped: 2027-03-25",
    "Retrieved on 25 March 2027",
    "Fetched 2027-03-25T09:14:33+00:00",
    "Accessed March 25, 2027",
    "abgerufen am 25.03.2027",
    "Дата обращения: 25.03.2027",
    "Сохранено 2027-03-25 03:55:02",
    "保存时间：2027-03-25 09:14:33",
    "Gespeichert am 25.03.2027",
    "تاريخ الحفظ: 2027-03-25 09:14:33",
    "Guardado el 25/03/2027 09:14:33",
    "Ultimo accesso: 25/03/2027 09:14",
    "Last accessed 25 March 2027",
    "Letzter Zugriff: 25.03.2027",
    "Dernier accès : 25/03/2027",
    "Последнее обращение: 25.03.2027",
    "Data di acquisizione: 25/03/2027 09:14",
    "संग्रह तिथि: 25/03/2027 16:22",
    "Fecha de captura: 25/03/2027 19:22",
    "Data dostępu: 25.03.2027",
    "Diakses pada 25/03/2027",
    "접속일: 2027.03.25",
    "访问日期：2027-03-25",
    "Datum des Abrufs: 25.03.2027",
    "Страница сохранена 25.03.2027 10:02",  # the page noun before the label
    "Page saved 25 March 2027",
    "Fecha de consulta: 25/03/2027 09:47",  # session 24
    "Data de consulta: 25/03/2027",
]


@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_scrapers_stamp_is_the_scrape_date_never_the_publication_date(
    stamp: str, lang: str
) -> None:
    article = _prepared(f"{stamp}\n\n{REPORTS[lang]}")
    assert article.published is None or article.published[:10] != "2027-03-25", (stamp, lang)
    assert article.scraped_at is not None and article.scraped_at[:10] == "2027-03-25"


def test_scrape_stamp_forms() -> None:
    assert scrape_stamp("抓取时间：2027-03-25 09:14", "zh").iso[:10] == "2027-03-25"
    assert scrape_stamp("Consulté le 25 mars 2027", "fr").iso[:10] == "2027-03-25"
    assert scrape_stamp("2027-03-25 09:14") is None  # to the minute: a page may show that
    assert scrape_stamp("Published: 25 March 2027") is None
    assert scrape_stamp("Retrieved 25 March 2027 from the archive of a long-gone site") is None
    # "last" before the access word ("Ultimo accesso", "Último acceso", "Son erişim")
    assert scrape_stamp("Último acceso: 25/03/2027", "es").iso[:10] == "2027-03-25"
    assert scrape_stamp("Son erişim: 25.03.2027", "tr").iso[:10] == "2027-03-25"
    assert scrape_stamp("Access to the port resumed on 25 March 2027", "en") is None


def test_a_page_that_starts_with_its_own_date_line_keeps_it() -> None:
    fa = "۲۲ مهر ۱۴۰۵\n\nدیدار رؤسای جمهور در ژنو\n\nرؤسای جمهور دو کشور روز چهارشنبه در ژنو دیدار کردند."
    assert _prepared(fa).published[:10] == "2026-10-14"
    ar = "الثلاثاء 10 نوفمبر 2026\n\nتراجع التضخم في مصر\n\nأعلن الجهاز المركزي للإحصاء اليوم الثلاثاء تراجع التضخم."
    assert _prepared(ar).published[:10] == "2026-11-10"


def test_a_date_field_the_report_contradicts_is_dropped() -> None:
    # the weekday (Thursday) is neither the field's day (Wednesday) nor the day before
    en = "date 2027-03-24 09:14 Presidents meet in Geneva\n\n" + REPORTS["en"].split("\n\n")[1]
    article = _prepared(en)
    assert article.published is None and article.scraped_at[:10] == "2027-03-24"
    # the dateline states 4 March: the field is three weeks later
    ru = "date 2027-03-23 09:14\n\n" + REPORTS["ru"].replace("в четверг", "во вторник")
    assert _prepared(ru).published is None


def test_a_date_field_the_report_corroborates_stays() -> None:
    en = "date 2027-03-04 Presidents meet in Geneva\n\n" + REPORTS["en"].split("\n\n")[1]
    article = _prepared(en)
    assert article.published[:10] == "2027-03-04" and article.published_source == "text"
    # the day after is how a report of the day before is often dated
    assert _prepared(en.replace("2027-03-04", "2027-03-05")).published[:10] == "2027-03-05"


def test_stamp_contradicted() -> None:
    lead = "GENEVA, March 4 - The presidents met in Geneva on Thursday."
    assert not stamp_contradicted("2027-03-04", None, lead, "en")
    assert stamp_contradicted("2027-03-25", None, lead, "en")
    assert stamp_contradicted("2027-03-24", None, "They met on Thursday, 4 March 2027.", "en")
    old = "Ministers met in Baku; the 2024 accord was signed there."
    assert stamp_contradicted("2027-03-24", None, old, "en")  # only years long before


def test_a_year_less_dateline_takes_its_year_from_a_scrape_date_the_weekday_agrees_with() -> None:
    es = "Ginebra, 4 mar (AMN).- Los presidentes de los dos países se reunieron este jueves en Ginebra."
    assert (
        lead_date(None, es, "es", scraped_at="2027-03-25T09:14:00+00:00").iso[:10] == "2027-03-04"
    )
    assert lead_date(None, es.replace("jueves", "lunes"), "es", scraped_at="2027-03-25") is None
    assert lead_date(None, es, "es", scraped_at="2027-09-25") is None  # too long after


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("2027年3月4日", "ja"),
        ("２０２７年３月４日（木）", "ja"),
        ("令和9年3月4日 14時30分", "ja"),
        ("2027년 3월 4일 (목)", "ko"),
        ("2027년 3월 4일 목요일", "ko"),
        ("4 मार्च 2027", "hi"),
        ("गुरुवार, ४ मार्च २०२७", "hi"),
        ("4 березня 2027, 14:30", "uk"),
        ("Четвер, 4 березня 2027", "uk"),
        ("Stand: 04.03.2027, 14:30 Uhr", "de"),
        ("Donnerstag, 4. März 2027", "de"),
        ("quinta-feira, 4 de março de 2027", "pt"),
        ("jeudi 4 mars 2027", "fr"),
        ("giovedì 4 marzo 2027", "it"),
        ("jueves, 4 de marzo de 2027", "es"),
        ("czwartek, 4 marca 2027", "pl"),
        ("4 Mart 2027 Perşembe", "tr"),
    ],
)
def test_header_date_lines_in_more_languages(line: str, lang: str) -> None:
    value = is_header_date_line(line, lang)
    assert value is not None and value.iso[:10] == "2027-03-04", line


def test_era_years_and_wide_digits() -> None:
    assert parse_date("令和元年5月1日").iso[:10] == "2019-05-01"
    assert parse_date("平成31年4月30日").iso[:10] == "2019-04-30"


@pytest.mark.parametrize("lang", ["ja", "ko", "uk", "de", "hi"])
def test_a_header_date_line_in_the_pages_language_is_its_publication_date(lang: str) -> None:
    lines = {
        "ja": "2027年3月4日(木) 18時05分",
        "ko": "2027년 3월 4일 (목) 18:05",
        "uk": "4 березня 2027, 18:05",
        "de": "Stand: 04.03.2027, 18:05 Uhr",
        "hi": "4 मार्च 2027, 18:05",
    }
    title, lead = REPORTS[lang].split("\n\n")
    cleaned = clean_scraped_text(f"{title}\n\n{lines[lang]}\n\n{lead}", lang)
    assert cleaned.published is not None and cleaned.published[:10] == "2027-03-04"
    assert lines[lang] not in cleaned.body


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_the_stated_weekday_is_read_in_every_language(lang: str) -> None:
    title, lead = REPORTS[lang].split("\n\n")
    assert stated_event_weekdays(title, lead, lang) == (3,)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Міністри вчора зустрілися в Женеві.", "uk"),
        ("Die Minister trafen sich gestern in Genf.", "de"),
        ("外相は昨日ジュネーブで会談した。", "ja"),
        ("장관들은 어제 제네바에서 만났다.", "ko"),
        ("Os ministros reuniram-se ontem em Genebra.", "pt"),
    ],
)
def test_yesterday_in_more_languages(text: str, lang: str) -> None:
    published = dt.datetime(2027, 3, 5, 9, 0).isoformat() + "+00:00"
    assert "2027-03-04" in mentioned_dates(text, lang, published)


def test_a_timestamp_next_to_a_pages_headline_is_the_pages_date() -> None:
    from storyline.text.dates.evidence import date_near_title

    title = "Leaders meet in Geneva for first summit in three years"
    page = f"Home\nWorld\n{title}\n2019-11-19T12:48:14Z\nBy Ann Lee\n" + "Text of the report. " * 20
    assert date_near_title(page, title, "en").iso[:10] == "2019-11-19"
    page = f"Home\nWorld\n{title}\nRetrieved on 25 November 2019\n" + "Text of the report. " * 20
    assert date_near_title(page, title, "en") is None
