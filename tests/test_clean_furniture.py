"""Page furniture the cleaner keeps out of a report's body (and so out of coverage's facts).

Found with the third held-out corpus (issue 14): a date line signed with the
outlet's name, a page's story number, an agency's credit line. General forms,
tested here on their own short texts.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text

BODY = {
    "zh": "俄罗斯国防部当地时间24日发表声明称，双方各交换了一百名战俘。\n\n声明说，获释人员正在接受治疗。",
    "ru": "Министерство обороны сообщило в субботу об обмене пленными.\n\nВсе вернувшиеся получают помощь.",
    "en": "The ministry said on Saturday that the exchange had taken place.\n\n"
          "All of the freed soldiers are being treated in hospitals near the border, officials said.",
    "fa": "وزارت دفاع روز شنبه اعلام کرد که تبادل اسیران انجام شده است.\n\nهمه آنها تحت درمان هستند.",
    "ar": "أعلنت وزارة الدفاع يوم السبت أن عملية التبادل قد تمت بنجاح.\n\nويتلقى الجميع العلاج الآن.",
}  # fmt: skip


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("2027年07月25日 08:12　环球视界", "zh", "2027-07-25"),
        ("2026-12-31 21:40 东亚时讯", "zh", "2026-12-31"),
        ("24.07.2027, 17:32 Вести Центр", "ru", "2027-07-24"),
        ("24 July 2027 19:40 Kyiv Ledger", "en", "2027-07-24"),
    ],
)  # fmt: skip
def test_a_date_line_signed_with_the_outlet_name_dates_the_report(
    line: str, lang: str, day: str
) -> None:
    cleaned = clean_scraped_text(f"Headline of the report here\n{line}\n\n{BODY[lang]}\n", lang)
    assert cleaned.published is not None and cleaned.published[:10] == day
    line = " ".join(line.split())  # as the cleaner writes it (a wide space is a space)
    assert cleaned.date_lines == (line,)
    assert line not in cleaned.body


def test_a_headline_with_a_time_is_not_a_date_line() -> None:
    text = f"24 July 2027 19:40 two buses collide, five dead\n\n{BODY['en']}\n"
    cleaned = clean_scraped_text(text, "en")
    assert cleaned.date_lines == ()
    assert cleaned.published is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [("کد خبر: ۴۸۸۱۲۰", "fa"), ("رقم الخبر: 70412", "ar"), ("News ID: 81422", "en"),
     ("文章编号：88123", "zh")],
)  # fmt: skip
def test_a_story_number_is_furniture(line: str, lang: str) -> None:
    cleaned = clean_scraped_text(f"Headline of the report here\n{line}\n\n{BODY[lang]}\n", lang)
    assert line not in cleaned.body
    assert cleaned.body.startswith(BODY[lang].split("\n")[0])


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Dana Abenova; editing by Mark Tillotson)",
        "(Additional reporting by Ann Lee in Seoul; Writing by Tom Hay; Editing by Jo Kim)",
        "Reporting by Ann Lee; Editing by Tom Hay",
    ],
)
def test_an_agency_credit_line_is_furniture(line: str) -> None:
    cleaned = clean_scraped_text(f"Headline of the report here\n\n{BODY['en']}\n{line}\n", "en")
    assert line not in cleaned.body
    assert cleaned.body.endswith("officials said.")


def test_a_sentence_about_reporting_stays() -> None:
    sentence = "Reporting by the BBC showed that the ministry had known for weeks."
    cleaned = clean_scraped_text(f"Headline of the report here\n\n{BODY['en']}\n{sentence}\n", "en")
    assert cleaned.body.endswith(sentence)
