"""Encoding detection: legacy code pages, UTF-16, binary and empty input."""

from __future__ import annotations

import pytest

from storyline.read.decode import DecodeError, decode_bytes

RUSSIAN = (
    "Правительство Москвы объявило в понедельник, что из-за сильного снегопада движение "
    "на нескольких улицах будет ограничено. По словам мэрии, коммунальные службы работают "
    "круглосуточно."
)
ARABIC = (
    "أعلن الرئيس السوري بشار الأسد يوم الأحد أنه سمح للعراق بضرب مواقع تنظيم الدولة "
    "الإسلامية داخل سوريا دون الحاجة إلى طلب إذن من دمشق، بحسب ما أفادت وكالة الأنباء."
)
PERSIAN = "سیل هزاران نفر را در امتداد دانوب آواره کرد. مقام‌ها می‌گویند سطح آب بالا می‌رود."
CHINESE = "多瑙河沿岸洪水迫使数千人离开家园。当局表示，水位预计将在周三达到峰值。"
GREEK = "Ο πρωθυπουργός δήλωσε τη Δευτέρα ότι η συνάντηση θα γίνει στην Αθήνα."
FRENCH = "Le président a déclaré lundi que la réunion aurait lieu à Genève, près du lac."
POLISH = "Prezydent powiedział w poniedziałek, że spotkanie odbędzie się w Łodzi."
TURKISH = (
    "Cumhurbaşkanı pazartesi günü yaptığı açıklamada, görüşmenin İstanbul'da olacağını söyledi."
)
ENGLISH_QUOTES = "The council’s budget “won’t add” to taxes—officials said on Monday."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (ARABIC, "cp1256"),
        (CHINESE, "gb18030"),
        (GREEK, "cp1253"),
        (FRENCH, "cp1252"),
        (POLISH, "cp1250"),
        (TURKISH, "cp1254"),
        (ENGLISH_QUOTES, "cp1252"),
    ],
)
def test_legacy_code_pages(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("text", ["Привет, мир", "خبر عاجل من بغداد اليوم", "Bonjour à tous"])
def test_very_short_legacy_texts(text: str) -> None:
    encoding = {"П": "cp1251", "خ": "cp1256", "B": "cp1252"}[text[0]]
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("text", [RUSSIAN, ARABIC, PERSIAN, CHINESE, "Plain English, ASCII only."])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_with_and_without_bom(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


def test_persian_zwnj_survives_utf16_without_bom() -> None:
    decoded = decode_bytes(PERSIAN.encode("utf-16-le"))
    assert "\u200c" in decoded and decoded == PERSIAN


def test_empty_input() -> None:
    with pytest.raises(DecodeError, match="^empty file$"):
        decode_bytes(b"")
    with pytest.raises(DecodeError, match="empty file"):
        decode_bytes(b"\xef\xbb\xbf")


def test_binary_with_nul_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8
    with pytest.raises(DecodeError, match=r"binary file \(contains NUL bytes\)"):
        decode_bytes(png)


def test_binary_without_nul_bytes() -> None:
    noise = bytes((i * 73 + 41) % 255 + 1 for i in range(4000))  # no NULs, many controls
    with pytest.raises(DecodeError, match=r"binary file \(no text encoding fits\)"):
        decode_bytes(noise)


def test_mostly_utf8_with_a_broken_byte_is_kept_with_a_replacement() -> None:
    text = "Ein schöner Tag in München, sagte der Bürgermeister. " * 3
    data = text.encode("utf-8") + b" Gr\xfc\xdfe"  # latin-1 bytes at the end
    decoded = decode_bytes(data)
    assert decoded.startswith(text)
    assert decoded.endswith("Gr\ufffd\ufffde")
