"""Encoding detection: legacy code pages, UTF-16, binary and empty input."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.read.decode import DecodeError, decode_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "read"

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


# Double-encoded text: UTF-8 read as Latin-1 or cp1252 and saved again as UTF-8.
MOJIBAKE_ORIGINALS = [
    "Диета и спорт: врачи советуют больше ходить пешком.",
    "قالت وكالة الأنباء إن المحادثات ستستأنف يوم الأحد في بغداد.",
    "رئیس‌جمهور گفت که مذاکرات هفته آینده در تهران ادامه می‌یابد.",
    "北京市政府周一宣布，地铁新线路将于下月开通。",
]


@pytest.mark.parametrize("original", MOJIBAKE_ORIGINALS)
def test_mojibake_via_latin1_is_repaired(original: str) -> None:
    data = original.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode_bytes(data) == original


def test_mojibake_via_cp1252_is_repaired() -> None:
    original = "Диета: Grüße aus München, déjà vu"  # every UTF-8 byte here is defined in cp1252
    data = original.encode("utf-8").decode("cp1252").encode("utf-8")
    assert data.decode("utf-8").startswith("Ð”Ð¸ÐµÑ‚Ð°")
    assert decode_bytes(data) == original


def test_mojibake_fixture_file_is_repaired() -> None:
    data = (FIXTURES / "mojibake.txt").read_bytes()
    assert decode_bytes(data) == "\n".join(MOJIBAKE_ORIGINALS) + "\n"


def test_real_accents_are_not_repaired() -> None:
    text = "Café crème à la française, déjà vu à Zürich — naïve señor."
    assert decode_bytes(text.encode("utf-8")) == text


def test_ascii_with_stray_bytes_keeps_replacement_characters() -> None:
    data = b"The council met on Monday \x81 and the results were announced \xfe on Tuesday."
    decoded = decode_bytes(data)
    assert (
        decoded
        == "The council met on Monday \ufffd and the results were announced \ufffd on Tuesday."
    )


def test_ascii_with_cp1252_punctuation_is_still_cp1252() -> None:
    assert decode_bytes(b"Prices rose \x96 again \x85 said the bank") == (
        "Prices rose \u2013 again \u2026 said the bank"
    )
    assert decode_bytes(b"Rendez-vous \xe0 Paris") == "Rendez-vous \u00e0 Paris"
