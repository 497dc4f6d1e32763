"""Person keys across scripts when a name holds ذ ض ظ (dh/d in Arabic names, z in Persian ones)."""

from __future__ import annotations

import pytest

from storyline.link.decide import entity_link_keys


def _people(text: str, lang: str) -> set[str]:
    return {k for k in entity_link_keys(text, lang) if k.startswith("person:")}


@pytest.mark.parametrize(
    ("abjad", "lang", "other", "other_lang"),
    [
        ("وزیر راه محمدرضا کاظمی گفت", "fa", "Minister Mohammad-Reza Kazemi said", "en"),
        ("وزیر راه محمدرضا کاظمی گفت", "fa", "Министр Мохаммад-Реза Каземи заявил", "ru"),
        (
            "قال محمد رضا نائب الرئيس الإيراني",
            "ar",
            "Iranian Vice-President Mohammad Reza said",
            "en",
        ),
    ],
)
def test_persian_names_meet_their_latin_and_cyrillic_spelling(
    abjad: str, lang: str, other: str, other_lang: str
) -> None:
    assert _people(abjad, lang) & _people(other, other_lang)


def test_arabic_dh_names_still_meet_their_latin_spelling() -> None:
    ar = _people("قال فالح الفياض رئيس هيئة الحشد", "ar")
    en = _people("Faleh al-Fayyadh, head of the PMF, said", "en")
    assert ar & en


def test_a_name_without_those_letters_gets_one_key() -> None:
    assert len(_people("قال الرئيس بشار الأسد", "ar")) <= 1
