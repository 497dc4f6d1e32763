"""Header date lines and agency datelines the cleaner reads and keeps out of the body.

Found with the second held-out corpus (issue 14): forms that real outlets use,
tested here on their own text.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text, is_yearless_date_line
from storyline.text.clean.dateline import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet", "date_text"),
    [
        ("Madrid, 3 mar (EFE).- El Gobierno aprobó hoy el decreto.", "Madrid", "EFE", "3 mar"),
        ("Lima, 9 de julio de 2025 (EFE).- El Congreso votó.", "Lima", "EFE",
         "9 de julio de 2025"),
        ("Bogotá, 21 oct 2024 (Agencia Andina).- Las lluvias siguen.", "Bogotá",
         "Agencia Andina", "21 oct 2024"),
        ("MOSCOW, Dec 30 (Reuters) - Russia said.", "Moscow", "Reuters", "Dec 30"),
    ],
)  # fmt: skip
def test_agency_datelines_with_a_full_stop_before_the_dash(
    paragraph: str, place: str, outlet: str, date_text: str
) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.place, found.outlet, found.date_text) == (place, outlet, date_text)
    assert paragraph[found.end :][:1].isupper()


def test_a_spanish_agency_dateline_dates_the_report_only_with_its_year() -> None:
    body = "El Congreso aprobó la reforma por 70 votos a favor y 40 en contra en una sesión larga."
    dated = clean_scraped_text(f"Titular de la noticia\n\nLima, 9 jul 2025 (EFE).- {body}\n", "es")
    assert dated.published == "2025-07-09T00:00:00+00:00"
    assert dated.published_source == "dateline"
    assert (dated.dateline_place, dated.outlet) == ("Lima", "EFE")
    yearless = clean_scraped_text(f"Titular de la noticia\n\nLima, 9 jul (EFE).- {body}\n", "es")
    assert yearless.published is None  # no year is guessed
    assert yearless.dateline_place == "Lima"


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("دمشق - السبت 5 تموز 2025", "ar", "2025-07-05"),
        ("Bagdad – 12 أيار 2024", "ar", "2024-05-12"),
        ("2025年07月05日 10:20　来源：某某新闻网", "zh", "2025-07-05"),
        ("2024-05-12 09:00 Source: Daily Courier", "en", "2024-05-12"),
    ],
)
def test_a_header_date_line_with_a_place_or_a_source_is_the_date_not_body(
    line: str, lang: str, day: str
) -> None:
    headline = {"ar": "ارتفاع أسعار الوقود في الأسواق المحلية", "zh": "本市公交票价下月起调整",
                "en": "City council approves new bus fares"}[lang]  # fmt: skip
    paragraph = {
        "ar": "أعلنت الحكومة اليوم رفع أسعار البنزين بنسبة عشرة في المئة اعتباراً من الشهر المقبل.",
        "zh": "市交通局今天宣布，从下月一日起，全市公交基本票价由两元调整为二点五元。",
        "en": "The city council voted on Tuesday to raise bus fares by ten percent from next month.",
    }[lang]
    cleaned = clean_scraped_text(f"{headline}\n{line}\n\n{paragraph}\n", lang)
    assert cleaned.title == headline
    assert cleaned.published is not None and cleaned.published[:10] == day
    assert line not in cleaned.body
    assert cleaned.body.startswith(paragraph[:20])


def test_a_headline_with_a_dash_is_still_the_headline() -> None:
    text = (
        "Gaza - five killed in a strike on Sunday\n\n"
        "Five people were killed in an air strike on a house in the north on Sunday, medics said.\n"
    )
    cleaned = clean_scraped_text(text, "en")
    assert cleaned.title == "Gaza - five killed in a strike on Sunday"
    assert cleaned.published is None


@pytest.mark.parametrize(
    ("line", "lang", "yearless"),
    [
        ("11 октября, 09:40", "ru", True),
        ("Понедельник, 3 марта", "ru", True),
        ("Friday, May 9 | 18:05", "en", True),
        ("5月9日 18:05", "zh", True),
        ("الجمعة 9 أيار", "ar", True),
        ("9 Mayıs Cuma, 18:05", "tr", True),
        ("9 мая 2025, 18:05", "ru", False),  # a full date: a header date line
        ("9 мая в Москве прошел парад", "ru", False),
        ("Ministers meet on May 9", "en", False),
        ("18:05", "en", False),
    ],
)
def test_a_yearless_date_line(line: str, lang: str, yearless: bool) -> None:
    assert is_yearless_date_line(line, lang) is yearless


def test_header_date_lines_are_kept_on_the_cleaned_result() -> None:
    paragraph = (
        "Правительство утвердило новый порядок выплат пенсий, сообщила пресс-служба кабинета."
    )
    text = f"Правительство изменило порядок выплат\n11 октября, 09:40\n\n{paragraph}\n"
    cleaned = clean_scraped_text(text, "ru")
    assert cleaned.title == "Правительство изменило порядок выплат"
    assert cleaned.date_lines == ("11 октября, 09:40",)
    assert cleaned.published is None  # no year is guessed
    dated = clean_scraped_text(text.replace("11 октября, 09:40", "11 октября 2025, 09:40"), "ru")
    assert dated.date_lines == ("11 октября 2025, 09:40",)
    assert dated.published is not None and dated.published[:10] == "2025-10-11"
    assert "2025" not in dated.body
    arabic = "ارتفاع أسعار الوقود\nدمشق - السبت 5 تموز 2025\n\nأعلنت الحكومة اليوم رفع أسعار البنزين بنسبة عشرة في المئة.\n"
    assert clean_scraped_text(arabic, "ar").date_lines == ("دمشق - السبت 5 تموز 2025",)


def test_a_date_line_is_no_sentence_of_the_article_but_its_day_stays_in_the_text() -> None:
    from storyline.article import RawDocument
    from storyline.pipeline import prepare

    paragraph = "Правительство утвердило новый порядок выплат пенсий, сообщила пресс-служба кабинета."
    text = f"Правительство изменило порядок выплат\n11 октября, 09:40\n\n{paragraph}\n"
    article = prepare(RawDocument(origin="t.txt", content=text)).article
    assert "11 октября" in article.text  # the link keys read its day
    assert all("11 октября" not in s for s in article.sentences)  # coverage shows no furniture
    assert article.sentences[0].startswith("Правительство утвердило")
