"""Page furniture removal on flattened pages in several scripts (project fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.text.boilerplate import body_lines, classify_line, stop_words
from storyline.text.clean import clean_scraped_text

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

# (file, title, first body words, last body words, furniture that must be gone)
PAGES = [
    (
        "page_en.txt",
        "Port workers strike over pay in Rotterdam",
        "ROTTERDAM (Reuters) - Thousands",
        "as soon as possible.",
        ["cookie", "Sign in", "Related stories", "workers are right", "All rights", "Subscribe"],
    ),
    (
        "page_ar.txt",
        "إضراب عمال الميناء في روتردام",
        "أضرب آلاف من عمال",
        "لأكثر من أسبوع.",
        ["تسجيل الدخول", "اقرأ أيضا", "أعتقد أن العمال", "جميع الحقوق", "فيسبوك"],
    ),
    (
        "page_ru.txt",
        "Докеры Роттердама объявили забастовку",
        "Тысячи портовых рабочих",
        "больше недели.",
        ["Войти", "Читайте также", "рабочие правы", "Все права", "Поделиться"],
    ),
    (
        "page_zh.txt",
        "鹿特丹港口工人举行罢工",
        "数千名码头工人",
        "延误可能持续一周以上。",
        ["登录", "相关新闻", "我认为工人是对的", "版权所有", "分享到"],
    ),
]


@pytest.mark.parametrize(("name", "title", "first", "last", "gone"), PAGES)
def test_page_keeps_body_and_headline(
    name: str, title: str, first: str, last: str, gone: list[str]
) -> None:
    c = clean_scraped_text((FIXTURES / name).read_text(encoding="utf-8"))
    assert c.title == title
    assert c.body.startswith(first), c.body[:80]
    assert c.body.endswith(last), c.body[-80:]
    for furniture in gone:
        assert furniture not in c.body


def test_page_date_and_byline_come_from_the_header() -> None:
    c = clean_scraped_text((FIXTURES / "page_en.txt").read_text(encoding="utf-8"))
    assert c.author == "Marta Jansen"
    assert (c.published or "").startswith("2025-03-04")
    assert "Pay talks" in c.body  # a subheading inside the body stays
    assert "Advertisement" not in c.body
    assert c.captions == (
        "Photo: Dock workers gather at the gate of a container terminal. (Reuters)",
    )


def test_a_clean_article_is_left_whole() -> None:
    text = (
        "Ministers agree on grain corridor\n\n"
        "Ministers from twelve countries agreed on Tuesday to keep the grain corridor open.\n\n"
        "Short line\n\n"
        "The deal will be reviewed in three months, the chair of the meeting said."
    )
    c = clean_scraped_text(text)
    assert c.title == "Ministers agree on grain corridor"
    assert c.body.count("\n\n") == 2


def test_text_with_no_running_text_is_kept() -> None:
    c = clean_scraped_text("Floods in Porto Alegre\n\nSchools shut as rivers rise")
    assert c.body == "Schools shut as rivers rise"


def test_classify_lines_in_several_languages() -> None:
    assert (
        classify_line(
            "Das Parlament hat am Montag über das neue Gesetz zur Rente abgestimmt.",
            stop_words("de"),
        )
        == "good"
    )
    assert (
        classify_line(
            "Parlament Rente Gesetz Montag Abstimmung Berlin Bundestag Koalition.", stop_words("de")
        )
        == "short"
    )
    assert classify_line("Leave a Reply") == "stop"
    assert classify_line("[ 12 comments ]") == "stop"
    assert classify_line("Facebook Twitter WhatsApp") == "bad"
    assert (
        classify_line(
            "This website uses cookies to improve your experience while you navigate through the website and we keep them."
        )
        == "bad"
    )


def test_comments_after_the_article_do_not_win() -> None:
    article = [
        f"The council voted on Monday to extend the bus network to district {i}." for i in range(3)
    ]
    comments = [
        f"I have lived here for years and the buses were never on time, not once {i}."
        for i in range(8)
    ]
    lines = ["Menu", *article, "12 Comments", *comments]
    start, end, keep = body_lines(lines, "en")
    assert (start, end) == (1, 4)
