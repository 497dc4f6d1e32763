"""Country keys: a word names a country by its name or an inflected form, not by sharing a prefix.

A one-word country name matches at a word's start (``Iraqi`` is Iraq). Outside English a
name of five letters or more may lose its last letter to an inflection; these tests pin
what that may and may not reach: a name loses only a final vowel (``Катар`` is not
``ката|строфа``, ``إيران`` is not ``إيرا|دات`` "revenue"), Cyrillic endings after the lost
vowel start with a vowel, a semivowel or a demonym's ``-ц-``/``-к-``/``-ск-`` (``само|лёт``
is not Samoa, ``пала|та`` not Palau), a word of a long name takes short endings only
(``Cook`` of ``Îles Cook``, not ``cookies``), and a bare name in a cased script is written
with a capital (``того`` is a pronoun, ``Того`` the country).
"""

from __future__ import annotations

import pytest

from storyline.link.textkeys import country_keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Катастрофа самолёта в Каталонии: палатки спасателей, самосвал и того больше"),
        ("ru", "Суда вышли в море; камеру нашли у самодельного устройства"),
        ("ar", "ارتفعت الإيرادات في مايو، وقالت البحرية إن السفينة السوداء غرقت"),
        ("fa", "بالاترین رقم در مراکز استان"),
        ("fr", "Nous utilisons des cookies pour mesurer l'audience"),
        ("es", "La reunión terminó sin acuerdo; acepte las cookies"),
        ("el", "Η κατάσταση στο λιμάνι"),
        ("en", "A turkey dinner served on china plates"),
    ],
)
def test_words_that_only_share_a_prefix_with_a_country_name_name_none(lang: str, text: str) -> None:
    assert country_keys(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("ru", "В Сирии и Ираке; сирийский министр и иракские военные", {"sy", "iq"}),
        ("ru", "Украинцы, украинский флот и власти Украины", {"ua"}),
        ("ru", "Переговоры Того и Катара", {"tg", "qa"}),
        ("ru", "аргентинца задержали в Индии; индийская полиция", {"ar", "in"}),
        ("uk", "українська делегація у Франції", {"ua", "fr"}),
        ("ar", "الجيش السوري والوفد الإيراني في ألمانيا", {"sy", "ir", "de"}),
        ("ar", "القوات الإسبانية والإيطالي", {"es", "it"}),
        ("fa", "ارتش عراق در سوریه و ایتالیایی‌ها", {"iq", "sy", "it"}),
        ("el", "Στην Κύπρο και στην Ελλάδα", {"cy", "gr"}),
        ("fr", "Les Îles Cook et l'Égypte", {"ck", "eg"}),
        ("en", "Turkey and China", {"tr", "cn"}),
    ],
)
def test_names_and_their_inflected_forms_name_their_country(
    lang: str, text: str, codes: set[str]
) -> None:
    assert country_keys(text, lang) == codes
