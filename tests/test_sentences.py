"""Tests for storyline.text.sentences (texts written for these tests)."""

from __future__ import annotations

import pytest

from storyline.text.sentences import split_paragraphs, split_sentences


def test_paragraphs_blank_lines_line_ends_and_hard_wraps() -> None:
    text = (
        "\n\n  Storm hits the coast  \r\n\r\nThe storm made landfall on Monday and\n"
        "knocked out power to thousands.\nRescue teams arrived later.\n\n\n"
        "همکاری عراق و سوریه\nعراق و سوریه توافق کرده‌اند."
    )
    assert split_paragraphs(text) == [
        "Storm hits the coast",
        "The storm made landfall on Monday and knocked out power to thousands.",
        "Rescue teams arrived later.",
        "همکاری عراق و سوریه",
        "عراق و سوریه توافق کرده‌اند.",
    ]
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n \n ") == []


def test_headline_line_is_its_own_sentence() -> None:
    text = "Assad greenlights Iraqi strikes\nBaghdad (IraqiNews.com) – A source said so. It was Sunday."
    assert split_sentences(text) == [
        "Assad greenlights Iraqi strikes",
        "Baghdad (IraqiNews.com) – A source said so.",
        "It was Sunday.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. President spoke on Friday. Mr. Smith and Dr. Jones agreed with Gen. Lee.",
            [
                "The U.S. President spoke on Friday.",
                "Mr. Smith and Dr. Jones agreed with Gen. Lee.",
            ],
        ),
        (
            "Troops left the U.S. The move surprised allies at the U.N. Security Council.",
            ["Troops left the U.S.", "The move surprised allies at the U.N. Security Council."],
        ),
        (
            "Prices of staples, e.g. bread, rice, i.e. food, etc. rose. Mrs. Lee and St. John's agreed.",
            [
                "Prices of staples, e.g. bread, rice, i.e. food, etc. rose.",
                "Mrs. Lee and St. John's agreed.",
            ],
        ),
        (
            "It happened on Jan. 12 and again on Dec. 3. Lt. Col. Brown said No. 5 was lost.",
            ["It happened on Jan. 12 and again on Dec. 3.", "Lt. Col. Brown said No. 5 was lost."],
        ),
        (
            "J. R. R. Tolkien wrote it. The rest is history.",
            ["J. R. R. Tolkien wrote it.", "The rest is history."],
        ),
        (
            "Growth was 3.5 percent in 2021. On 12.03.2021 it fell. See www.example.com/a.b for more.",
            [
                "Growth was 3.5 percent in 2021.",
                "On 12.03.2021 it fell.",
                "See www.example.com/a.b for more.",
            ],
        ),
        (
            "Write to press@un.org. Or call us. Visit https://example.org/x?y=1. Thanks!",
            [
                "Write to press@un.org.",
                "Or call us.",
                "Visit https://example.org/x?y=1.",
                "Thanks!",
            ],
        ),
    ],
)
def test_english_abbreviations_numbers_urls(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "en") == expected
    assert split_sentences(text) == expected  # no language given: same result


def test_quotes_and_exclamations() -> None:
    text = '"Stop!" he said. She replied: "We will not stop." "Never!" Then silence.'
    assert split_sentences(text) == [
        '"Stop!" he said.',
        'She replied: "We will not stop."',
        '"Never!"',
        "Then silence.",
    ]
    curly = "He said “the war is over.” Nobody believed him. Was it true? Maybe."
    assert split_sentences(curly) == [
        "He said “the war is over.”",
        "Nobody believed him.",
        "Was it true?",
        "Maybe.",
    ]


def test_ellipsis() -> None:
    text = "He waited… and waited... Then the door opened. Nothing else happened…"
    assert split_sentences(text) == [
        "He waited… and waited...",
        "Then the door opened.",
        "Nothing else happened…",
    ]


def test_german_ordinals_decimals_abbreviations() -> None:
    text = (
        "Die Bundeswehr schickt 2.000 Soldaten, z.B. nach Litauen. Der Einsatz beginnt am "
        "12. März 2024 und kostet 3,5 Mrd. Euro. Das ist d.h. teuer. Am 3. Oktober feiern wir."
    )
    assert split_sentences(text, "de") == [
        "Die Bundeswehr schickt 2.000 Soldaten, z.B. nach Litauen.",
        "Der Einsatz beginnt am 12. März 2024 und kostet 3,5 Mrd. Euro.",
        "Das ist d.h. teuer.",
        "Am 3. Oktober feiern wir.",
    ]
    assert split_sentences("Der 2. Weltkrieg endete 1945. Danach kam Frieden.", "de") == [
        "Der 2. Weltkrieg endete 1945.",
        "Danach kam Frieden.",
    ]


def test_russian_abbreviations_and_initials() -> None:
    text = (
        "Это произошло в 2021 г. В Москве в тот день шёл снег. Он живёт в г. Казань, т.е. "
        "далеко от столицы. Об этом писал А. С. Пушкин! Правда ли это? Да."
    )
    assert split_sentences(text, "ru") == [
        "Это произошло в 2021 г.",
        "В Москве в тот день шёл снег.",
        "Он живёт в г. Казань, т.е. далеко от столицы.",
        "Об этом писал А. С. Пушкин!",
        "Правда ли это?",
        "Да.",
    ]


def test_persian_question_mark_guillemets_and_arabic_comma() -> None:
    text = (
        "وزیر خارجه گفت: «ما آماده مذاکره‌ایم.» آیا این موضع تغییر کرده است؟ "
        "سخنگو، بدون اشاره به جزئیات، گفت رشد ۲.۵ درصد بوده است. پایان"
    )
    assert split_sentences(text, "fa") == [
        "وزیر خارجه گفت: «ما آماده مذاکره‌ایم.»",
        "آیا این موضع تغییر کرده است؟",
        "سخنگو، بدون اشاره به جزئیات، گفت رشد ۲.۵ درصد بوده است.",
        "پایان",
    ]


def test_arabic_semicolon_does_not_split() -> None:
    text = "أعلنت الحكومة خطة جديدة؛ لكن المعارضة رفضتها. هل ستنجح الخطة؟ لا أحد يعرف!"
    assert split_sentences(text, "ar") == [
        "أعلنت الحكومة خطة جديدة؛ لكن المعارضة رفضتها.",
        "هل ستنجح الخطة؟",
        "لا أحد يعرف!",
    ]


def test_urdu_full_stop() -> None:
    text = "وزیر اعظم نے کہا کہ معیشت بہتر ہو رہی ہے۔ کیا یہ سچ ہے؟ ہاں"
    assert split_sentences(text, "ur") == [
        "وزیر اعظم نے کہا کہ معیشت بہتر ہو رہی ہے۔",
        "کیا یہ سچ ہے؟",
        "ہاں",
    ]


def test_hindi_danda() -> None:
    text = "सरकार ने नई योजना की घोषणा की। विपक्ष ने इसका विरोध किया। क्या यह सफल होगी?"
    assert split_sentences(text, "hi") == [
        "सरकार ने नई योजना की घोषणा की।",
        "विपक्ष ने इसका विरोध किया।",
        "क्या यह सफल होगी?",
    ]


def test_chinese_and_japanese_marks_without_spaces() -> None:
    zh = "中国外交部周一表示，双方将继续对话。他说：“我们准备好了。”会谈何时开始？目前尚不清楚！"
    assert split_sentences(zh, "zh") == [
        "中国外交部周一表示，双方将继续对话。",
        "他说：“我们准备好了。”",
        "会谈何时开始？",
        "目前尚不清楚！",
    ]
    ja = "首相は「準備はできている。」と述べた。会談は来週行われる。"
    assert split_sentences(ja, "ja") == [
        "首相は「準備はできている。」と述べた。",
        "会談は来週行われる。",
    ]


def test_greek_question_mark_only_for_greek() -> None:
    text = "Τι συνέβη; Κανείς δεν ξέρει."
    assert split_sentences(text, "el") == ["Τι συνέβη;", "Κανείς δεν ξέρει."]
    assert split_sentences("First clause; Second clause.", "en") == ["First clause; Second clause."]


def test_numbered_list_markers_stay_with_their_item() -> None:
    assert split_sentences("1. First point here. 2. Second point.") == [
        "1. First point here.",
        "2. Second point.",
    ]
    assert split_sentences("IV. The last chapter begins.") == ["IV. The last chapter begins."]


def test_polish_abbreviations_and_year_marker() -> None:
    text = "Po godz. 10 zebrali się m.in. Kowalski i np. Nowak. Było to w 2020 r. W Polsce padał śnieg."
    assert split_sentences(text, "pl") == [
        "Po godz. 10 zebrali się m.in. Kowalski i np. Nowak.",
        "Było to w 2020 r.",
        "W Polsce padał śnieg.",
    ]


def test_stray_punctuation_joins_the_previous_sentence() -> None:
    assert split_sentences("El presidente habló . Luego se fue. OK! Bien.", "es") == [
        "El presidente habló .",
        "Luego se fue.",
        "OK!",
        "Bien.",
    ]
    assert split_sentences("They left. ... Then they came back.") == [
        "They left. ...",
        "Then they came back.",
    ]


def test_output_is_stripped_and_non_empty() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []
    sentences = split_sentences("  One.   Two!  \n\n  Three?  ")
    assert sentences == ["One.", "Two!", "Three?"]


def test_a_long_article_splits_into_every_sentence() -> None:
    paragraph = (
        "The U.S. envoy met officials in Baghdad on Sunday. He said the talks, e.g. on "
        'security, went well! Growth was 3.5 percent. "We are ready," he added.\n\n'
    )
    assert len(split_sentences(paragraph * 12)) == 48
