"""Display normalisation."""

import unicodedata

from storyline.text.normalise import clean_text, is_persian, normalise_text, tidy_zwnj

Z = "\u200c"


def test_nfc():
    decomposed = "Cafe\u0301 Zu\u0308rich"
    out = normalise_text(decomposed, "de")
    assert out == "Café Zürich"
    assert unicodedata.is_normalized("NFC", out)


def test_line_breaks_and_spaces():
    text = "\n\n  Title\r\n\r\n\r\n\r\nFirst  para\u00a0here.  \r\nSame para.\rNext\t tab"
    assert normalise_text(text, "en") == "Title\n\nFirst para here.\nSame para.\nNext\t tab"


def test_controls_and_bidi_removed():
    text = "\ufeffA\u200eB\u200fC\u202aD\u202cE\u2066F\u2069G\x00H\x07I\u00adJ\u200bK"
    assert normalise_text(text, "en") == "ABCDEFGHIJK"


def test_tatweel_removed():
    assert normalise_text("کـــتاب", "fa") == "کتاب"


def test_zwj_kept_for_emoji():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalise_text(f"x {family}", "en") == f"x {family}"


def test_persian_unification_and_repair():
    text = "رئيسجمهور سوريه گفت كه عراق و سوريه توافق كردهاند."
    out = normalise_text(text, "fa")
    assert out == f"رئیس{Z}جمهور سوریه گفت که عراق و سوریه توافق کرده{Z}اند."


def test_persian_detected_without_lang():
    out = normalise_text("نيروهای عراقی گفتوگو کردند")
    assert out == f"نیروهای عراقی گفت{Z}وگو کردند"


def test_arabic_keeps_its_letters():
    text = "قال الرئيس السوري بشار الأسد إن العراق يستطيع ضرب مواقع داعش"
    assert normalise_text(text, "ar") == text
    assert normalise_text(text) == text
    assert not is_persian(text)


def test_digits_kept():
    assert normalise_text("۴۰۰ تا ٥٠٠ نفر و 600", "fa") == "۴۰۰ تا ٥٠٠ نفر و 600"


def test_stray_zwnj_dropped():
    assert tidy_zwnj(f"همه{Z} جا{Z}") == "همه جا"
    assert tidy_zwnj(f"کتاب{Z}{Z}ها") == f"کتاب{Z}ها"
    assert clean_text(f"{Z}خانه{Z}ای") == f"خانه{Z}ای"


def test_zwnj_kept_in_indic_text():
    hindi = "क्\u200cष"  # ZWNJ after a virama (a mark) is meaningful
    assert normalise_text(hindi, "hi") == hindi


def test_other_languages_untouched():
    for text, lang in [("Привет, мир!", "ru"), ("東京で会議", "ja"), ("שלום עולם", "he")]:
        assert normalise_text(text, lang) == text


def test_idempotent():
    text = "\n  كردهاند  تروريستها\r\n\r\n\r\nرئيسجمهور\u200f "
    once = normalise_text(text, "fa")
    assert normalise_text(once, "fa") == once
