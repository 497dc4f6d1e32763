"""Weekdays in languages without relative-date rules (issue 14, session 41): an undated
report's weekday is time evidence in any language CLDR names the days of, not only in the
sixteen with hand-written rules. Texts written for these tests, in Sinhala, Latin (Swahili,
Dutch, Malay), Cyrillic (Tajik, Kazakh), Ethiopic (Tigrinya) and Arabic (Urdu) script."""

from __future__ import annotations

import pytest

from storyline.link.decide import link_keys
from storyline.text.dates.evidence import stated_event_weekdays
from storyline.text.dates.relative import stated_weekdays
from storyline.text.dates.tables import whole_weekday_names


@pytest.mark.parametrize(
    ("text", "lang", "weekdays"),
    [
        ("අද (අඟහරුවාදා) අලුයම වල් අලි රංචුවක් ගම්මානයට කඩා වැදුණි.", "si", (1,)),
        ("Watu watatu walikufa Jumanne usiku baada ya mafuriko.", "sw", (1,)),
        ("Bij de brand van zondagavond vielen twee doden.", "nl", (6,)),
        ("Tiga maut dalam letupan di kilang itu pada hari Khamis.", "ms", (3,)),
        ("Рӯзи якшанбе дар варзишгоҳ издиҳом ба амал омад.", "tg", (6,)),
        ("Шегіртке сәрсенбі күні кешке егістікке шабуыл жасады.", "kk", (2,)),
        ("ብዕለት ሰሉስ ኣብ ከተማ ሓደጋ ባርዕ ኣጋጢሙ።", "ti", (1,)),
        ("منگل کی رات لاہور میں دھند کے باعث حادثہ پیش آیا۔", "ur", (1,)),
    ],
)
def test_a_bare_weekday_is_read_in_languages_without_rules(
    text: str, lang: str, weekdays: tuple[int, ...]
) -> None:
    assert stated_weekdays(text, lang) == weekdays


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the capital, not Monday (Tajik writes its weekdays in lower case)
        ("Душанбе, 15 октябр. Дар пойтахт маросим баргузор шуд.", "tg"),
        # Urdu ہفتہ is Saturday and "week": a week ago is no weekday
        ("ایک ہفتہ پہلے شہر میں بارش ہوئی۔", "ur"),
        # Indonesian Minggu is Sunday and "week"
        ("Dua minggu lalu banjir melanda desa itu.", "id"),
        # an abbreviation is also a word: Georgian სამ (Tuesday's) is "three"
        ("სამ სოფელში წყალდიდობა მოხდა.", "ka"),
        # a short name inside a longer word
        ("A bizottság keddig dönt.", "hu"),
    ],
)
def test_words_that_only_look_like_weekdays_are_not_read(text: str, lang: str) -> None:
    assert stated_weekdays(text, lang) == ()


def test_languages_with_rules_read_as_before() -> None:
    """The sixteen languages with rules keep them: ``next Friday`` is a day to come."""
    assert stated_weekdays("Ministers met on Sunday and will meet again next Friday.", "en") == (6,)
    assert whole_weekday_names("xx") == {}


def test_an_undated_sinhala_report_carries_its_weekday_as_time_evidence() -> None:
    """Its link keys hold the weekday the linker weighs an undated report's story by."""
    title = "මැදිරිගිරියේ වල් අලි ප්‍රහාරය: තිදෙනෙක් මරුට"
    text = "අද (අඟහරුවාදා) අලුයම 1.30 පමණ වල් අලි රංචුවක් ගම්මානයට කඩා වැදුණි."
    assert stated_event_weekdays(title, text, "si") == (1,)
    assert '"w":[1]' in link_keys(title, text, "si")
