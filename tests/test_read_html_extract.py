"""Main-text extraction from web pages (trafilatura) and HTML-to-text."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.read import read_path
from storyline.text.html import HtmlExtract, NoArticleError, extract_html, html_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def _page(name: str) -> str:
    (doc,) = read_path(FIXTURES / name)
    return doc.content


def test_german_page_text_and_metadata() -> None:
    found = extract_html(_page("page-de.html"))
    assert isinstance(found, HtmlExtract)
    assert found.title == "Hochwasser an der Donau"
    assert found.site_name == "Beispiel-Zeitung"
    assert found.author == "Anna Schmidt"
    assert found.url == "https://zeitung.example/donau-hochwasser"
    assert found.lang == "de-DE"
    assert found.description == "Tausende verlassen ihre Häuser."
    assert found.date == "2025-03-03T08:15:00+01:00"
    assert "Rettungskräfte brachten die Bewohner" in found.text
    paragraphs = [line for line in found.text.split("\n") if line.startswith(("Das ", "Der "))]
    assert len(paragraphs) == 2  # one line per paragraph
    assert "Politik" not in found.text and "Alle Rechte" not in found.text


def test_arabic_page_from_windows_1256() -> None:
    found = extract_html(_page("page-ar-cp1256.html"))
    assert found.lang == "ar"
    assert "أعلن الرئيس السوري بشار الأسد" in found.text
    assert "وقال مسؤول عراقي" in found.text
    assert "الرئيسية" not in found.text  # the navigation is dropped


def test_no_invented_date_from_a_copyright_footer() -> None:
    page = (
        "<html><body><article><p>Die Außenminister trafen sich in Wien, um über die Lage an "
        "der Grenze zu sprechen, teilte das Ministerium mit.</p></article>"
        "<footer>© 2024 Zeitung. Alle Rechte vorbehalten.</footer></body></html>"
    )
    assert extract_html(page).date is None


def test_day_only_date_from_markup() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2018-12-30">'
        "</head><body><article><p>"
        + "بشار اسد به عراق اجازه داد مواضع داعش را در خاک سوریه هدف قرار دهد. " * 3
        + "</p></article></body></html>"
    )
    assert extract_html(page).date == "2018-12-30"


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   \n",
        "<html><body></body></html>",
        "<html><body><div>   </div></body></html>",
    ],
)
def test_pages_without_an_article(page: str) -> None:
    with pytest.raises(NoArticleError, match="^no article text found in HTML$"):
        extract_html(page)


def test_navigation_only_page() -> None:
    with pytest.raises(NoArticleError):
        extract_html(_page("nav-only.html"))


def test_fragments_from_records_are_extracted() -> None:
    chinese = extract_html(
        "<p>多瑙河沿岸洪水迫使数千人离开家园。当局表示，水位预计将在周三达到峰值。</p>"
    )
    assert chinese.text.startswith("多瑙河沿岸洪水")
    persian = extract_html("<p>سیل هزاران نفر را در امتداد دانوب آواره کرد.</p><p>ادامه خبر.</p>")
    assert persian.text == "سیل هزاران نفر را در امتداد دانوب آواره کرد.\nادامه خبر."


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    markup = (
        "<div><h2>Заголовок</h2><script>var x = 1;</script><p>Первый&nbsp;абзац с "
        "<a href='#'>ссылкой</a>.</p><p>Второй<br/>строка</p><ul><li>один</li><li>два</li></ul></div>"
    )
    assert html_to_text(markup) == (
        "Заголовок\n\nПервый абзац с ссылкой.\n\nВторой\nстрока\n\nодин\n\nдва"
    )


def test_persian_zero_width_non_joiners_survive_extraction() -> None:
    from storyline.text.html import extract_html

    body = "".join(
        f"<p>نیروهای امدادی در حال تقویت دیواره‌های ساحلی هستند و می‌گویند کار {i} ادامه دارد.</p>"
        for i in range(4)
    )
    page = (
        '<html lang="fa"><head><title>سیل در بوداپست</title>'
        '<meta property="og:site_name" content="خبرگزاری پارس‌نگار"></head>'
        f"<body><article><h1>گفت‌وگو با امدادگران</h1>{body}</article></body></html>"
    )
    found = extract_html(page)
    assert "دیواره\u200cهای" in found.text and "می\u200cگویند" in found.text
    assert found.site_name == "خبرگزاری پارس\u200cنگار"
