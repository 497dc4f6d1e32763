"""A year that ends a contract or a term is not the report's own year (session 46).

A report of a coach sacked in 2045 says his contract ran ``until June 2046`` and his
successor's runs ``to the end of 2048``: neither is the year of the sacking, and an undated
report had been kept from the sacking's story by "its text names 2046, the story is 2045".
A year ending a period (``until``, ``до``, ``حتى``, ``تا``, ``bis``, ``hasta``, ``至``,
``'e kadar``) in a sentence naming a contract, a deal or a term is skipped as a year starting
a period (``since``) is; a plan's or a target's year (``to close the plant by the end of June
2030``: a same-actor report of another event a week later had been told apart by it) and a
range's end (``1964 to 1973``, ``2013年至2014年``) are still named. Texts written for these
tests.
"""

from __future__ import annotations

import pytest

from storyline.text.dates.evidence import mentioned_years


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("His contract ran until June 2046.", "en"),
        ("His successor signed a contract to the end of 2048.", "en"),
        ("Его контракт действовал до лета 2046 года.", "ru"),
        ("Контракт рассчитан до конца 2048 года.", "ru"),
        ("يمتد عقده حتى نهاية عام 2048", "ar"),
        ("قرارداد او تا سال ۲۰۴۸ اعتبار دارد", "fa"),
        ("新帅合同至2048年底", "zh"),
        ("Sein Vertrag läuft bis Ende 2048.", "de"),
        ("Su contrato se extiende hasta junio de 2046.", "es"),
        ("Sözleşmesi 2048 yılına kadar sürüyor.", "tr"),
    ],
)
def test_a_year_ending_a_period_is_not_the_report_s(text: str, lang: str) -> None:
    assert mentioned_years(text, lang, since=False) == ()
    assert mentioned_years(text, lang) != ()  # still a year the text mentions


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("The coach was sacked in September 2045.", "en", (2045,)),
        ("США в 1964-1973 годах и с 1964 по 1973 год", "ru", (1964, 1973)),
        ("2013年至2014年，荷兰曾暴发麻疹疫情", "zh", (2013, 2014)),
        ("در سال‌های ۱۹۶۴ تا ۱۹۷۳ میلادی", "fa", (1964, 1973)),
        ("Сборную он возглавит до 15 июня 2046 года.", "ru", (2046,)),  # a whole date is read
        ("Концерн закроет завод до конца июня 2030 года.", "ru", (2030,)),  # a plan
        ("هدف دو کشور رساندن تجارت به دو میلیارد دلار تا سال ۲۰۳۰ است", "fa", (2030,)),
    ],
)
def test_other_years_are_still_named(text: str, lang: str, years: tuple[int, ...]) -> None:
    assert mentioned_years(text, lang, since=False) == years
