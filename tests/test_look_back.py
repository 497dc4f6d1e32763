"""A report looking back a year on, and a contractor barred after an attack (issue 14, session 32).

A Belarusian report marking a year since Minsk's heat record, undated, opened "Роўна год
таму, 27 ліпеня 2032 года, ..." ("exactly a year ago, on 27 July 2032"): that day became its
publication estimate and the day it stated, so it sat in the record's story; its headline
("Год пасля рэкорднай спёкі", a year after the record heat) is a look back, as "one year on"
is; its stock caption, ``... Фота: архіў «...»``, had been taken for the headline. A health
ministry barring a hospital's IT contractor from tenders four days after a ransomware attack
is a sanction, a step after the attack. Texts written for these tests, in five languages and
four scripts.
"""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.link.decide import fact_keys, link_keys
from storyline.text.dates.evidence import lead_date, stated_event_days

TITLE = "Год пасля рэкорднай спёкі: што Мінск зрабіў, каб не задыхнуцца зноў"
CAPTION = "Мінчане ратуюцца ад спёкі на беразе Свіслачы. Фота: архіў «Свіслацкага Весніка»"
LEAD = (
    "Роўна год таму, 27 ліпеня 2032 года, метэастанцыя «Мінск» зафіксавала +37,4 °C — "
    "абсалютны рэкорд для сталіцы. Сёння гарвыканкам падвёў вынікі праграмы, прынятай пасля "
    "той спёкі: за год у горадзе высадзілі 12 тысяч дрэў."
)
MORE = "Улетку ў горадзе з'явіліся 60 пітных фантанчыкаў, кажуць у гарвыканкаме."


def test_a_day_a_year_ago_is_neither_the_publication_estimate_nor_the_stated_day() -> None:
    assert lead_date(TITLE, LEAD, "be") is None
    assert not any(d.endswith("07-27") for d in stated_event_days(TITLE, LEAD, "be"))
    # the same sentence without the look back dates the report
    plain = LEAD.replace("Роўна год таму, ", "")
    assert lead_date(None, plain, "be").iso.startswith("2032-07-27")


@pytest.mark.parametrize(
    "lead",
    [
        "Exactly a year ago, on 27 July 2032, Minsk recorded 37.4C, its hottest day.",
        "Ровно год назад, 27 июля 2032 года, в Минске было +37,4.",
        "一年前的今天，2032年7月27日，明斯克气温升至37.4摄氏度。",
        "قبل عام، في 27 يوليو 2032، سجلت مينسك 37.4 درجة مئوية.",
        "Hace un año, el 27 de julio de 2032, Minsk registró 37,4 grados.",
    ],
)
def test_a_year_ago_in_other_languages(lead: str) -> None:
    assert not any(d.endswith("07-27") for d in stated_event_days(None, lead, None))


def test_the_look_back_report_is_undated_and_its_caption_no_headline(tmp_path) -> None:
    path = tmp_path / "be-report.txt"
    path.write_text(
        f"Захавана: 02.10.2033 10:30\n\n{TITLE}\n\n{CAPTION}\n\n{LEAD}\n\n{CAPTION}\n\n{MORE}\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.title == TITLE
    assert article.published is None
    assert "act.followup:after" in fact_keys(link_keys(article.title, article.text, "be"))


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Nepal bars hospital's IT contractor from public tenders for three years"),
        ("fa", "وزارت بهداشت نپال شرکت پیمانکار بیمارستان بیر را سه سال از مناقصه‌ها محروم کرد"),
        ("ar", "وزارة الصحة النيبالية تحظر على الشركة المتعاقدة المشاركة في المناقصات"),
        ("zh", "尼泊尔卫生部禁止医院IT承包商三年内参与招标"),
        ("ru", "Минздрав Непала расторг контракт с подрядчиком больницы"),
    ],
)
def test_a_contractor_barred_or_its_contract_ended_is_a_sanction(lang: str, title: str) -> None:
    assert "act.followup:sanction" in fact_keys(link_keys(title, "Text of the report.", lang))


def test_the_attack_itself_reports_no_sanction() -> None:
    facts = fact_keys(link_keys("Ransomware attack cripples Nepal's oldest hospital", ".", "en"))
    assert not [f for f in facts if f.startswith("act.followup")]


def test_a_nepali_page_dated_in_bikram_sambat() -> None:
    """Nepali outlets date their pages in Bikram Sambat (``भदौ २६, २०९०`` is 11 September
    2033); read in Nepali texts only: in Hindi several of its months are lunar months."""
    from storyline.text.dates import match_date

    found = match_date("बिहीबार, भदौ २६, २०९० ११:३०", "ne")
    assert found is not None and found[0].iso.startswith("2033-09-11T11:30")
    assert found[0].calendar == "bikram"
    assert match_date("२६ भदौ २०९०", "ne")[0].iso.startswith("2033-09-11")
    assert match_date("भदौ २६, २०९०", "hi") is None


def test_an_amharic_page_dated_in_the_ethiopian_calendar() -> None:
    """Ethiopian outlets date their pages in the Ethiopian calendar (``የካቲት 30 ቀን 2024
    ዓ.ም.`` is 9 March 2032); their hours are on the Ethiopian clock, so only the day is
    read."""
    from storyline.text.dates import match_date

    found = match_date("ማክሰኞ፣ የካቲት 30 ቀን 2024 ዓ.ም. | ከምሽቱ 3:20", "am")
    assert found is not None and found[0].iso == "2032-03-09T00:00:00+00:00"
    assert found[0].calendar == "ethiopian" and found[0].precision == "day"
    assert match_date("ጳጉሜ 6 ቀን 2015", "am")[0].iso.startswith("2023-09-11")  # a leap year's
    assert match_date("ጳጉሜ 6 ቀን 2016", "am") is None  # five days in other years


def test_a_basque_date_line_year_first_with_its_suffixes() -> None:
    """``2031ko urtarrilaren 22a`` (year-ko, month-ren, day-a): a Basque page's date line."""
    from storyline.text.dates import match_date

    found = match_date("2031ko urtarrilaren 22a, asteazkena | 13:05", "eu")
    assert found is not None and found[0].iso.startswith("2031-01-22T13:05")
    assert match_date("2030eko martxoaren 3an", "eu")[0].iso.startswith("2030-03-03")
