"""Tests for storyline.text.fold: matching folds and search tokens."""

from storyline.text.fold import fold_for_matching, search_string, search_tokens


def test_persian_zwnj_and_letter_variants_fold_together():
    assert fold_for_matching("می‌کنند") == fold_for_matching("میکنند") == "میکنند"
    # Arabic yeh/kaf vs Persian yeh/keheh
    assert fold_for_matching("كتاب يک") == fold_for_matching("کتاب یک")
    # hamza forms, teh marbuta, heh with yeh above
    assert fold_for_matching("رئیس") == fold_for_matching("رییس")
    assert fold_for_matching("خانهٔ") == fold_for_matching("خانه")
    assert fold_for_matching("مدرسة") == fold_for_matching("مدرسه")


def test_arabic_diacritics_tatweel_and_alef_forms_removed():
    assert fold_for_matching("مُحَمَّد") == fold_for_matching("محمد")
    assert fold_for_matching("الـــعـــراق") == fold_for_matching("العراق")
    assert fold_for_matching("إسلام أحمد آمن") == "اسلام احمد امن"


def test_digits_become_ascii():
    assert fold_for_matching("۱۴۰۲ ١٩٩٠ २०२४") == "1402 1990 2024"


def test_latin_accents_stripped_case_folded():
    assert fold_for_matching("Fáyyadh") == fold_for_matching("FAYYADH") == "fayyadh"
    assert fold_for_matching("Straße") == "strasse"
    assert fold_for_matching("İstanbul") == fold_for_matching("istanbul")
    assert fold_for_matching("Łódź") == "lodz"


def test_cyrillic_keeps_short_i_but_folds_yo():
    assert fold_for_matching("Ёлка") == "елка"
    assert fold_for_matching("Йемен") == "йемен"
    assert fold_for_matching("Йемен") != fold_for_matching("Иемен")


def test_other_scripts_keep_their_marks():
    # Devanagari vowel signs and virama are spelling, not decoration
    assert fold_for_matching("हिन्दी") == "हिन्दी"
    assert fold_for_matching("हिन्दी") != fold_for_matching("हन्द")


def test_punctuation_and_invisibles_become_space_or_nothing():
    assert fold_for_matching("«Hello»—world!\u200b(test)") == "hello world test"
    assert fold_for_matching("a\u200eb\ufeffc") == "abc"
    assert fold_for_matching(" \n\t ") == ""


def test_search_tokens_cjk_bigrams():
    assert search_tokens("北京市场") == ["北京", "京市", "市场"]
    assert search_tokens("猫") == ["猫"]
    assert search_tokens("東京オリンピック2020") == [
        "東京", "京オ", "オリ", "リン", "ンピ", "ピッ", "ック", "2020"
    ]  # fmt: skip
    assert search_tokens("서울에서 회의") == ["서울", "울에", "에서", "회의"]


def test_search_tokens_mixed_scripts():
    assert search_tokens("Путин встретился с Си Цзиньпином в 北京") == [
        "путин", "встретился", "с", "си", "цзиньпином", "в", "北京"
    ]  # fmt: skip
    assert search_string("رئيس‌الوزراء  العراقي") == "رییسالوزراء العراقی عراقی"


def test_arabic_article_gives_a_second_token():
    assert search_tokens("نهر الدانوب وللحكومة") == ["نهر", "الدانوب", "دانوب", "وللحکومه", "حکومه"]
    assert search_tokens("الف") == ["الف"]  # too short to strip
