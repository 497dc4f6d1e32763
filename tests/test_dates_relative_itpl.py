"""Relative dates in Italian and Polish, and breadcrumbs that are no outlet.

Relative references are resolved only against a known publication date;
without one they give the weekday a report names its event (undated time
evidence). A breadcrumb's front-page link (``Home | Politica``,
``الرئيسية | اقتصاد``) is never the outlet.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.text.clean import clean_scraped_text
from storyline.text.clean.dateline import find_header_outlet
from storyline.text.dates.evidence import mentioned_dates, stated_event_weekdays
from storyline.text.dates.relative import resolve_relative

WEDNESDAY = dt.datetime(2025, 4, 16, 9, 30)


@pytest.mark.parametrize(
    "expression,lang,day",
    [
        ("ieri", "it", "2025-04-15"),
        ("l'altro ieri", "it", "2025-04-14"),
        ("oggi", "it", "2025-04-16"),
        ("martedì scorso", "it", "2025-04-15"),
        ("lunedì", "it", "2025-04-14"),
        ("venerdì prossimo", "it", "2025-04-18"),
        ("tre giorni fa", "it", "2025-04-13"),
        ("la settimana scorsa", "it", "2025-04-09"),
        ("wczoraj", "pl", "2025-04-15"),
        ("przedwczoraj", "pl", "2025-04-14"),
        ("dziś", "pl", "2025-04-16"),
        ("we wtorek", "pl", "2025-04-15"),
        ("w zeszły wtorek", "pl", "2025-04-15"),
        ("w przyszły piątek", "pl", "2025-04-18"),
        ("2 dni temu", "pl", "2025-04-14"),
        ("dwa tygodnie temu", "pl", "2025-04-02"),
        ("w zeszłym tygodniu", "pl", "2025-04-09"),
    ],
)
def test_italian_and_polish_relative_dates(expression: str, lang: str, day: str) -> None:
    found = resolve_relative(expression, WEDNESDAY, lang)
    assert found is not None and found.isoformat() == day


def test_a_dated_report_states_the_day_its_relative_words_name() -> None:
    it = "Roma – Il Consiglio dei ministri ha approvato ieri il decreto sulle alluvioni."
    pl = "Warszawa – Sejm przyjął wczoraj ustawę o pomocy dla powodzian."
    assert "2025-04-15" in mentioned_dates(it, "it", "2025-04-16T09:30:00+00:00")
    assert "2025-04-15" in mentioned_dates(pl, "pl", "2025-04-16T09:30:00+00:00")
    assert mentioned_dates(it, "it") == ()  # no publication date: nothing resolved


def test_undated_italian_and_polish_reports_name_their_weekday() -> None:
    it = "Il ministro ha firmato martedì l'accordo; venerdì prossimo il voto in aula."
    pl = "Minister podpisał we wtorek umowę, a w przyszły piątek odbędzie się głosowanie."
    assert stated_event_weekdays("Firmato l'accordo", it, "it") == (1,)
    assert stated_event_weekdays("Umowa podpisana", pl, "pl") == (1,)


@pytest.mark.parametrize(
    "line",
    ["الرئيسية | اقتصاد", "Home | Politics", "Главная | Политика", "خانه | سیاسی", "首页 | 国际"],
)
def test_a_breadcrumb_front_page_link_is_no_outlet(line: str) -> None:
    assert find_header_outlet(line) is None


@pytest.mark.parametrize(
    "text,title,outlet",
    [
        (
            "الرئيسية | اقتصاد\n\nوزيرا النقل العراقي والإيراني يبحثان في طهران كري شط العرب\n\n"
            "طهران (المربد نيوز) - بحث وزير النقل العراقي مع وزير الطرق الإيراني، يوم الاثنين "
            "4 كانون الثاني 2021، تنفيذ مذكرة التفاهم الخاصة بكري شط العرب.\n",
            "وزيرا النقل العراقي والإيراني يبحثان في طهران كري شط العرب",
            "المربد نيوز",
        ),
        (
            "Главная | Политика\n\nРоссия и Иран подписали соглашение о коридоре\n\n"
            "МОСКВА, 27 апреля (Каспийский вестник) – Россия и Иран подписали соглашение "
            "о тарифах на коридоре Север – Юг.\n",
            "Россия и Иран подписали соглашение о коридоре",
            "Каспийский вестник",
        ),
        (
            "Home | World\n\nQuake hits eastern Turkey, killing 14\n\nELAZIG, Turkey (Meridian) - "
            "A quake of magnitude 5.9 struck on Sunday, killing 14 people and injuring dozens.\n",
            "Quake hits eastern Turkey, killing 14",
            "Meridian",
        ),
    ],
)
def test_a_scrape_under_a_breadcrumb_keeps_its_headline_and_outlet(
    text: str, title: str, outlet: str
) -> None:
    cleaned = clean_scraped_text(text)
    assert (cleaned.title, cleaned.outlet) == (title, outlet)


def test_a_masthead_with_a_section_is_still_the_outlet() -> None:
    assert find_header_outlet("Der Morgenbote | Panorama") == "Der Morgenbote"
