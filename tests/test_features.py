"""Pair features: numbers, names and countries across scripts; symmetry; time gaps."""

from __future__ import annotations

import pytest

from storyline.encode import HashingEncoder
from storyline.link.features import FEATURE_NAMES, PairSide, encode_sides, pair_features
from storyline.link.sentences import linking_sentences
from storyline.link.textkeys import (
    country_keys,
    name_keys,
    normalise_digits,
    number_keys,
    skeleton,
    year_keys,
)

EN = (
    "Syrian President Bashar al-Assad has authorised Iraq to strike Islamic State "
    "positions inside Syria. Some 2,000 fighters remain near Albu Kamal, officials in "
    "Baghdad said on 30 December 2018."
)
FA = (
    "بشار اسد رئیس‌جمهور سوریه به عراق اجازه داد مواضع داعش را در خاک سوریه هدف قرار دهد. "
    "به گفته مقام‌های بغداد حدود ۲٬۰۰۰ جنگجو نزدیک البوکمال باقی مانده‌اند. ۹ دی ۲۰۱۸"
)
AR = (
    "أذن الرئيس السوري بشار الأسد للعراق بضرب مواقع تنظيم الدولة داخل سوريا. "
    "وقال مسؤولون في بغداد إن نحو ٢٠٠٠ مقاتل ما زالوا قرب البوكمال."
)
RU = (
    "Президент Сирии Башар Асад разрешил Ираку наносить удары по позициям ИГ. "
    "По данным Багдада, около 2 000 боевиков остаются у Абу-Кемаля."
)
UNRELATED = (
    "Bayern München gewann am Samstag das Pokalfinale gegen RB Leipzig mit 3:1. "
    "Trainer Thomas Tuchel lobte die Mannschaft vor 75.000 Zuschauern in Berlin."
)


def test_digits_normalised_across_scripts() -> None:
    assert normalise_digits("۱۲۳ ٤٥٦") == "123 456"
    assert number_keys(EN) >= {"2000", "2018", "30"}
    assert "2000" in number_keys(FA) and "2018" in number_keys(FA)
    assert "2000" in number_keys(AR)
    assert "2000" in number_keys(RU)
    assert number_keys("75.000 Zuschauer, 1,5 Prozent mehr als 12,75") >= {"75000", "12.75"}
    assert number_keys("3.5 million, 3,5 Millionen") == {"3.5"}
    assert "2018" in year_keys(FA) and year_keys(UNRELATED) == set()


def test_names_transliterate_across_scripts() -> None:
    en, fa, ar, ru = (
        name_keys(t, lang) for t, lang in ((EN, "en"), (FA, "fa"), (AR, "ar"), (RU, "ru"))
    )
    for other in (fa, ar, ru):
        assert {skeleton("Bashar"), skeleton("Baghdad")} <= en & other, other
    assert len(en & name_keys(UNRELATED, "de")) <= 1
    # a sentence-initial capital alone is not a name
    assert skeleton("Yesterday") not in name_keys("Yesterday the army moved.", "en")


def test_countries_from_gazetteer_in_several_languages() -> None:
    assert {"sy", "iq"} <= country_keys(EN, "en")
    assert {"sy", "iq"} <= country_keys(FA, "fa")
    assert {"sy", "iq"} <= country_keys(AR, "ar")
    assert {"sy", "iq"} <= country_keys(RU, "ru")
    assert country_keys(UNRELATED, "de").isdisjoint({"sy", "iq"})
    assert "tr" in country_keys("Cumhurbaşkanı Erdoğan Suriye ve Türkiye sınırında", "tr")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a Bengali headline naming Bangladesh and India, none of the Mali, Chad or Peru
        # its one-letter pieces (vowel signs cut out) used to match
        ("মোংলা বন্দর দিয়ে ভারতের পণ্য পরিবহনে বাংলাদেশের সম্মতি", "bn", {"bd", "in"}),
        ("सहरसा में कोसी नदी पर निर्माणाधीन पुल के तीन स्पैन ढहे", "hi", set()),
        ("इंडोनेशिया और भारत के बीच समझौता", "hi", {"id", "in"}),
        ("දිවයින පුරා විදුලිය ඇනහිටී: පැය හතක් රට අඳුරේ", "si", set()),
        ("ශ්‍රී ලංකාව පුරා විදුලිය ඇනහිටී", "si", {"lk"}),
        ("ក្រសួងផែនការ៖ ចំនួនប្រជាជនបឋមពីជំរឿនគឺ ១៩,៦១ លាននាក់", "km", set()),
    ],
)
def test_country_keys_read_abugida_words_whole(text: str, lang: str, expected: set[str]) -> None:
    assert country_keys(text, lang) == expected


def test_sentences_are_split_and_capped() -> None:
    sents = linking_sentences(FA, "fa")
    assert len(sents) >= 2
    assert len(linking_sentences("Ein ziemlich langer Satz hier. " * 100, "de")) == 40


def test_pair_features_symmetric_and_informative() -> None:
    sides = [PairSide(EN, "en"), PairSide(FA, "fa"), PairSide(UNRELATED, "de")]
    en, fa, de = encode_sides(sides, HashingEncoder())
    same = pair_features(sides[0], sides[1], en, fa)
    flipped = pair_features(sides[1], sides[0], fa, en)
    other = pair_features(sides[0], sides[2], en, de)
    assert set(FEATURE_NAMES) <= set(same)
    for key in FEATURE_NAMES:
        assert abs(same[key] - flipped[key]) < 1e-6, key
    assert same["num_jaccard"] > other["num_jaccard"]
    assert same["name_shared"] > other["name_shared"]
    assert same["country_jaccard"] == 1.0 and other["country_jaccard"] == 0.0
    assert same["same_lang"] == 0.0 and same["same_script"] == 0.0
    assert same["time_known"] == 0.0


def test_publication_gap_feature() -> None:
    a = PairSide(EN, "en", published="2018-12-30T08:00:00+00:00")
    b = PairSide(RU, "ru", published="2019-01-29T08:00:00Z")
    va, vb = encode_sides([a, b], HashingEncoder())
    feats = pair_features(a, b, va, vb)
    assert feats["time_known"] == 1.0
    assert abs(feats["time_gap_days"] - 3.4340) < 1e-3  # log1p(30 days)
