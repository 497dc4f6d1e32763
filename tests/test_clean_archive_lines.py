"""Archive stamps, arrow breadcrumbs and clock bylines in plain-text scrapes (issue 14, session 20).

Real scrapes start with an archive's or a scraper's stamp in the page's
language (``Дата сохранения: 02.05.2028 09:41``, ``Копия страницы от
14.01.2028 11:05``, ``بایگانی شده در ۱۴۰۶/۰۹/۰۲ - ۱۸:۳۰``): the day the page was
saved, never its publication date nor its headline. A breadcrumb may use
arrows (``Главная → Азия → Индонезия``); a byline may end with a 12-hour clock
(``5 de diciembre de 2027 - 08:40 a. m.``), which is not a sentence. Pages
written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text

BODY_RU = (
    "Не менее 143 учеников четырёх школ получили пищевое отравление после бесплатного "
    "школьного обеда во вторник, сообщил окружной департамент здравоохранения.\n\n"
    "По его данным, 19 детей госпитализированы, остальным оказали помощь в поликлиниках."
)
BODY_FA = (
    "پلیس اندونزی روز پنجشنبه مدیر آشپزخانه ای را که ناهار مدارس را تهیه می کرد بازداشت کرد و "
    "او را به سهل انگاری در پرونده مسمومیت دانش آموزان متهم کرد.\n\n"
    "به گفته پلیس، نمونه های غذا آلوده به باکتری بوده است."
)


@pytest.mark.parametrize(
    ("stamp", "body", "title", "saved"),
    [
        (
            "Дата сохранения: 02.05.2028 09:41",
            BODY_RU,
            "В Индонезии отравились школьники",
            "2028-05-02T09:41",
        ),
        (
            "Копия страницы от 14.01.2028 11:05",
            BODY_RU,
            "В Индонезии отравились школьники",
            "2028-01-14T11:05",
        ),
        (
            "بایگانی شده در ۱۴۰۶/۰۹/۰۲ - ۱۸:۳۰",
            BODY_FA,
            "مدیر آشپزخانه مدارس بازداشت شد",
            "2027-11-23T18:30",
        ),
    ],
)
def test_an_archive_stamp_is_the_scrape_date_not_the_title(
    stamp: str, body: str, title: str, saved: str
) -> None:
    c = clean_scraped_text(f"{stamp}\n\n{title}\n\n{body}\n")
    assert c.title == title
    assert c.scraped_at is not None and c.scraped_at.startswith(saved)
    assert c.published is None
    assert stamp not in c.body


def test_an_arrow_breadcrumb_is_not_the_title() -> None:
    text = (
        "Восток-Пресс\nГлавная → Азия → Индонезия\n\nВ Индонезии отравились школьники\n\n" + BODY_RU
    )
    c = clean_scraped_text(text)
    assert c.title == "В Индонезии отравились школьники"
    assert "Главная" not in c.body


def test_a_byline_ending_with_a_12_hour_clock_dates_the_page() -> None:
    text = (
        "Costa Caribe Noticias\nInicio / Barranquilla / Judicial\n\n"
        "Tragedia en el estadio: nueve muertos y 64 heridos antes del concierto\n\n"
        "Por: Redacción Judicial | 5 de diciembre de 2027 - 08:40 a. m.\n\n"
        "Nueve personas murieron y 64 resultaron heridas en una avalancha humana registrada la "
        "noche de este sábado en la puerta 6 del estadio, minutos antes del concierto.\n\n"
        "Según la Secretaría de Salud, once de los heridos permanecen en estado crítico."
    )
    c = clean_scraped_text(text)
    assert c.published is not None and c.published.startswith("2027-12-05T08:40")
    assert c.author == "Redacción Judicial"
    assert c.body.startswith("Nueve personas murieron")
