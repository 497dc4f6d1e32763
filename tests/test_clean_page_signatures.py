"""How pages sign themselves: bylines, date lines with a source or an outlet, desks, credits.

General rules of :func:`storyline.text.clean.clean_scraped_text` (issue 14, found
on the fourth held-out corpus, tested here on small texts of their own): such
lines are furniture, never a fact that coverage shows as something one report
says, and the date they carry dates the report.
"""

from __future__ import annotations

import pytest

from storyline.pipeline import article_sentences
from storyline.text.clean import clean_scraped_text
from storyline.text.clean.dateline import find_dateline, find_source_line, is_dateline_only
from storyline.text.clean.rules import is_caption, is_section_label
from storyline.text.dates import is_header_date_line

BODY_EN = (
    "Dockworkers at the country's three largest ports walked off the job on Tuesday, "
    "halting container traffic for the second time this year.\n\n"
    "The union said 8,400 members took part in the stoppage."
)


def test_a_reporter_in_a_place_under_the_headline_is_the_byline() -> None:
    text = f"Port strike halts container traffic\n\nMaria Lindqvist in Gothenburg\n\n{BODY_EN}"
    cleaned = clean_scraped_text(text, "en")
    assert cleaned.title == "Port strike halts container traffic"
    assert cleaned.author == "Maria Lindqvist"
    assert "Gothenburg" not in cleaned.body.split("\n\n")[0]


@pytest.mark.parametrize(
    ("line", "author"),
    [("Posted by Anna Berg", "Anna Berg"), ("Nordic Shipping Wire staff", "Nordic Shipping Wire")],
)
def test_posted_by_and_desk_staff_lines_are_bylines(line: str, author: str) -> None:
    cleaned = clean_scraped_text(
        f"Port strike halts container traffic\n\n{line}\n\n{BODY_EN}", "en"
    )
    assert cleaned.author == author
    assert line not in cleaned.body


def test_a_headline_ending_in_staff_is_not_a_byline() -> None:
    cleaned = clean_scraped_text(f"Hospital cuts 200 staff\n\n{BODY_EN}", "en")
    assert cleaned.title == "Hospital cuts 200 staff" and cleaned.author is None


def test_a_time_with_a_dot_before_a_zone_is_a_date_line() -> None:
    value = is_header_date_line("Tue 8 Jun 2027 09.40 BST", "en")
    assert value is not None and value.iso.startswith("2027-06-08T08:40")
    text = f"Port strike halts container traffic\n\nTue 8 Jun 2027 09.40 BST\n\n{BODY_EN}"
    cleaned = clean_scraped_text(text, "en")
    assert cleaned.published is not None and cleaned.published.startswith("2027-06-08")
    assert "BST" not in cleaned.body
    # without a zone, "16.05" after a date stays no time of day (it may be a day and month)
    assert is_header_date_line("8 Jun 2027 16.05", "en") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("2027년 6월 8일 화요일 오후 3:40", "2027-06-08T15:40"), ("2027年6月8日 下午3:40", "2027-06-08T15:40"),
     ("2027년 6월 8일 오전 9:05", "2027-06-08T09:05")],
)  # fmt: skip
def test_morning_and_afternoon_words_before_the_time(line: str, expected: str) -> None:
    value = is_header_date_line(line)
    assert value is not None and value.iso.startswith(expected)


def test_a_date_line_with_its_source_and_editor_is_a_date_line() -> None:
    body = "当地时间8日，瑞典三大港口的码头工人举行罢工，集装箱运输全面中断。工会称共有8400名会员参加。"
    text = f"瑞典港口工人罢工 集装箱运输中断\n2027-06-08 22:10　来源：北欧快讯　编辑：张华\n{body}"
    cleaned = clean_scraped_text(text, "zh")
    assert cleaned.published is not None and cleaned.published.startswith("2027-06-08T22:10")
    assert "来源" not in cleaned.body


def test_a_place_date_line_signed_by_an_outlet_with_a_number() -> None:
    body = (
        "Докеры трех крупнейших портов страны во вторник прекратили работу, "
        "остановив контейнерные перевозки уже во второй раз в этом году."
    )
    text = f"В Швеции бастуют докеры\n\nГётеборг, 8 июня 2027, 21:15 — Норд-24\n\n{body}"
    cleaned = clean_scraped_text(text, "ru")
    assert cleaned.published is not None and cleaned.published.startswith("2027-06-08T21:15")
    assert "Норд-24" not in cleaned.body


def test_a_desk_signature_is_a_section_label() -> None:
    assert is_section_label("سرویس بین الملل خبر شمال")
    assert is_section_label("گروه اقتصادی")
    assert not is_section_label("گروه تروریستی مسئولیت حمله را پذیرفت")


def test_a_rights_notice_is_not_an_outlet() -> None:
    assert find_source_line("© RIPRODUZIONE RISERVATA") is None
    assert find_source_line("© Nordic Shipping Wire") == "Nordic Shipping Wire"
    text = f"Sciopero nei porti svedesi\n\n{BODY_EN}\n\n© RIPRODUZIONE RISERVATA"
    assert clean_scraped_text(text, "it").outlet is None


@pytest.mark.parametrize(
    "line", ["(Baltic Photo Pool)", "[사진] 부두 노동자들이 항구 앞에서 행진하고 있다.",
             "Dockworkers march in Gothenburg. (Nordic Photo Service)"],
)  # fmt: skip
def test_photo_credits_and_korean_captions(line: str) -> None:
    assert is_caption(line)


def test_a_pool_in_a_sentence_is_no_caption() -> None:
    assert not is_caption("The ministry set up a photo pool for the summit.")


def test_a_korean_agency_dateline_names_place_and_outlet() -> None:
    dateline = find_dateline(
        "(부산=동해통신) 이수진 기자 = 부산항 부두 노동자들이 8일 파업에 들어갔다."
    )
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == ("부산", "동해통신")


def test_a_bare_capitalised_place_sentence_is_a_dateline() -> None:
    assert is_dateline_only("ГЁТЕБОРГ.") and is_dateline_only("GOTHENBURG.")
    assert not is_dateline_only("НАТО заявило.")
    sentences = article_sentences(
        "ГЁТЕБОРГ. Докеры трех крупнейших портов прекратили работу.", "ru"
    )
    assert sentences == ("Докеры трех крупнейших портов прекратили работу.",)
