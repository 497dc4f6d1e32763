"""A first sentence that is only a dateline and its outlet credit is not a fact."""

from __future__ import annotations

import pytest

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.clean.dateline import is_dateline_only


@pytest.mark.parametrize(
    "sentence",
    [
        "Москва, 30 декабря - РИА Новости.",
        "БЕЙРУТ, 11 фев — «Вести Ближнего Востока».",
        "БЕЙРУТ — «Вести Ближнего Востока».",
        "Paris, 3 janvier - AFP.",
        "CAIRO (Reuters) -",
    ],
)
def test_dateline_only_sentences(sentence: str) -> None:
    assert is_dateline_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "MOSCOW, Dec 30 (Reuters) - Russia said it would reply.",
        "القاهرة (رويترز) - قال مسؤول إن المحادثات انتهت.",
        "ANKARA — Turkish officials said on Monday the talks had ended.",
        "Parliament voted on Thursday.",
        "Москва — столица России.",
    ],
)
def test_sentences_with_content_are_kept(sentence: str) -> None:
    assert not is_dateline_only(sentence)


def test_article_sentences_drop_the_dateline_credit_but_the_body_keeps_it() -> None:
    doc = RawDocument(
        origin="ru.txt",
        content=(
            "Парламент утвердил новое правительство\n\n"
            "БЕЙРУТ, 11 фев — «Вести Ближнего Востока». Парламент в четверг выразил доверие "
            "правительству премьер-министра. За кабинет проголосовали 74 депутата, против — 39.\n"
        ),
    )
    article = prepare(doc).article
    assert article.dateline_place == "Бейрут"
    assert article.sentences[0].startswith("Парламент в четверг")
    assert "«Вести Ближнего Востока»" in article.text
    assert not any("БЕЙРУТ" in s for s in article.sentences)


def test_an_english_dateline_inside_the_first_sentence_stays() -> None:
    doc = RawDocument(
        origin="en.txt",
        content=(
            "Talks end without a deal\n\n"
            "MOSCOW, Dec 30 (Reuters) - Russia said on Monday the talks had ended without a deal. "
            "Both sides will meet again in January.\n"
        ),
    )
    first = prepare(doc).article.sentences[0]
    assert first.startswith("MOSCOW, Dec 30 (Reuters) - Russia said")
