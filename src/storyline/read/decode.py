"""Bytes to text: find the encoding of a document.

The rule, in order:

1. empty input is an error (``"empty file"``);
2. a byte-order mark decides (UTF-8, UTF-16 or UTF-32);
3. UTF-16 without a BOM is recognised from its NUL-byte pattern (NULs at
   one parity only, and the result reads as text);
4. any other NUL byte means binary data (an error);
5. valid UTF-8 is UTF-8;
6. text that is *mostly* valid UTF-8 (many valid multi-byte characters, a
   few broken bytes) is decoded as UTF-8 with U+FFFD for the broken bytes;
7. otherwise ``charset-normalizer`` proposes encodings (plus the common
   legacy code pages when the input is short) and the most plausible
   reading wins: letters of one script and one alphabet, no symbols glued
   into words, sane capitals (this fixes its guesses on short texts, e.g.
   French in cp1252 read as cp1257, Arabic cp1256 read as Cyrillic);
8. nothing fits, or the result is full of control characters: binary data;
9. ASCII text with a few stray bytes (each standing between non-letters,
   none of them a likely ``–``, ``…``, ``©`` or ``à``) keeps U+FFFD for
   them rather than a code page's letters (``capital ü and``);
10. mojibake -- UTF-8 that was decoded as Latin-1 or cp1252 and encoded
    again (``Ð”Ð°Ñ‚Ð°`` for ``Дата``, common in scraped dumps) -- is repaired
    with ``ftfy`` before the binary check (its C1 controls would otherwise
    make it look binary).

Short texts with few non-ASCII letters are where detection misses (measured:
``bench/baseline.json``, ``recorded``: ``read.decode.exact``). Very short
(under ~20 bytes) CJK or Hebrew texts in legacy encodings may still be
misread.

Line endings are left as they are; a leading BOM is removed.

Examples
--------
>>> decode_bytes("Привет, мир".encode("cp1251"))
'Привет, мир'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

import ftfy
from charset_normalizer import from_bytes

from storyline.errors import StorylineError

__all__ = ["DecodeError", "decode_bytes", "repair_mojibake"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Non-ASCII lowercase letters of common Latin-script alphabets. A correct
# decoding of a Latin-script text uses letters of one alphabet; a wrong one
# mixes letters from several (e.g. French "crème" read as cp1250: "crčme").
_LATIN_ALPHABETS: tuple[str, ...] = (
    "éèêëàâæçîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíóúñü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "çğıöşüâîİ",  # Turkish
    "çəğıöşüİ",  # Azerbaijani
    "åäöæøéü",  # Nordic
    "áðéíóúýþæö",  # Icelandic
    "čćđšž",  # Croatian, Slovenian, Bosnian
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
    "äöõüšž",  # Estonian
    "àèéíïòóúüç",  # Catalan
    "çë",  # Albanian
)

# Common legacy code pages, most widespread first (the order breaks ties).
_LEGACY: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "cp1256",
    "cp1250",
    "gb18030",
    "big5",
    "shift_jis",
    "euc-kr",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "koi8-r",
)

# Accented Latin letters, roughly from most to least frequent in news text
# across languages: the weight breaks ties such as French "à" (cp1252)
# against Slovak "ŕ" (cp1250, same byte).
_COMMON_LATIN = "éáóíüöäãçèàñúıšşğłąęčśżžřńåøæâêôõßİćźů"
_LATIN_WEIGHT = {c: 1.0 - i / len(_COMMON_LATIN) for i, c in enumerate(_COMMON_LATIN)}

_WIDESPREAD = frozenset(
    codecs.lookup(name).name
    for name in (*_LEGACY, "cp932", "cp949", "cp950", "euc_jp", "iso2022_jp", "utf_16", "utf_32")
)

_CONTROL_OK = frozenset("\t\n\r\f\v")
# Symbols and odd characters: rare in text, frequent in mojibake (``pl—tzlich``,
# ``won▓t``, ``powiedzia³ek``).
_ODD_CATEGORIES = frozenset(["So", "Sk", "Sm", "Sc", "No", "Co", "Cn", "Cc"])
# Non-ASCII non-letters (punctuation, foreign marks, format characters) glued
# between two letters of a cased script: ``Educaciَn``, ``ya\u200fna``.
_GLUED_PUNCT = re.compile(
    r"(?<=[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])"
    r"[^\w\s\u0000-\u007f’‘ʼ·\u00ad\u0300-\u036f\u2010-\u2014]+"
    r"(?=[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])"
)
_GLUED_DASH = re.compile(
    r"(?<=[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])[\u2013\u2014]"
    r"(?=[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])"
)
# Symbols common in real text, not counted as odd.
_COMMON_SYMBOLS = frozenset("£€¥©®°×•™§")
# An Arabic or Hebrew vowel mark right after a Latin letter (``generَ``).
_FOREIGN_MARK = re.compile(r"[A-Za-z\u00c0-\u024f][\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]")
_JOINERS = re.compile(r"['’.·-]")
_WORD = re.compile(r"[^\W\d_]+(?:['’.·-][^\W\d_]+)*")
_FORMS = ("ISOLATED FORM", "FINAL FORM", "INITIAL FORM", "MEDIAL FORM")
_CJK_FAMILY = frozenset(
    ["CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH", "BOPOMOFO", "IDEOGRAPHIC"]
)


class DecodeError(StorylineError, ValueError):
    """The bytes are not text in any encoding we can recognise."""


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes to text, guessing the encoding.

    Parameters
    ----------
    data
        The raw bytes of one document.

    Returns
    -------
    str
        The text, without a leading byte-order mark.

    Raises
    ------
    DecodeError
        ``"empty file"``, ``"binary file (contains NUL bytes)"`` or
        ``"binary file (no text encoding fits)"``.

    Examples
    --------
    >>> decode_bytes("\\ufeffHello".encode("utf-8"))
    'Hello'
    >>> decode_bytes("خبر عاجل من بغداد اليوم".encode("cp1256"))
    'خبر عاجل من بغداد اليوم'
    >>> decode_bytes("新闻".encode("utf-16"))
    '新闻'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    Traceback (most recent call last):
    ...
    storyline.read.decode.DecodeError: binary file (contains NUL bytes)
    """
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: let the guessers decide
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise DecodeError("binary file (contains NUL bytes)")
        return _check_text(text)
    try:
        return _check_text(repair_mojibake(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return _check_text(text)
    if _stray_bytes(data):
        return _check_text(data.decode("utf-8", errors="replace"))
    return _check_text(repair_mojibake(_guess(data)))


# Characters that mojibake of UTF-8 read as Latin-1/cp1252 is made of: the
# lead bytes Ã Â Ð Ñ Ø Ù Ú Û à á â ã ä å æ ç è é ê ë ì í î ï.
_MOJIBAKE_HINT = re.compile(
    r"[ÂÃÐÑØÙÚÛà-ï][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Latin-1 or cp1252 (and encoded again), with ftfy.

    Only ftfy's encoding fix runs (quotes, widths and the rest are left as
    they are), and only when the text shows the telltale pairs.

    Examples
    --------
    >>> repair_mojibake("Ð”Ð¸ÐµÑ‚Ð°")
    'Диета'
    >>> repair_mojibake("Ø®Ø¨Ø± Ø¹Ø§Ø¬Ù„")
    'خبر عاجل'
    >>> repair_mojibake("Café crème, déjà vu")
    'Café crème, déjà vu'
    """
    if not _MOJIBAKE_HINT.search(text[:50_000]):
        return text
    return ftfy.fix_encoding(text)


_LETTER_BYTE = re.compile(rb"[A-Za-z]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
# cp1252 readings of a lone byte that real ASCII-era text does use.
_LONE_OK = frozenset("–—…•©®°£€×‘’“”«»·§¶±àÀ")


def _stray_bytes(data: bytes) -> bool:
    """True for ASCII text whose few non-ASCII bytes stand alone, outside words.

    A legacy code page's letters sit inside words (``café``); a lone byte
    between spaces read as ``ü`` or ``ن`` is a damaged byte, not a letter.

    Examples
    --------
    >>> _stray_bytes(b"Prices rose \\x81 on Monday, the report said on Tuesday.")
    True
    >>> _stray_bytes(b"Prices rose \\x96 on Monday"), _stray_bytes(b"caf\\xe9 cr\\xe8me")
    (False, False)
    """
    runs = list(_HIGH_RUN.finditer(data))
    if not runs or sum(len(m.group()) for m in runs) > max(4, len(data) // 50):
        return False
    for match in runs:
        before = data[match.start() - 1 : match.start()]
        after = data[match.end() : match.end() + 1]
        if _LETTER_BYTE.match(before) or _LETTER_BYTE.match(after):
            return False  # inside a word: a legacy code page's letter
        reading = match.group().decode("cp1252", errors="replace")
        if all(c in _LONE_OK for c in reading):
            return False
    return True


def _check_text(text: str) -> str:
    """Refuse text that is mostly control characters; strip a BOM."""
    text = text.removeprefix("\ufeff")
    if not text:
        raise DecodeError("empty file")
    sample = text[:20_000]
    controls = sum(1 for c in sample if c not in _CONTROL_OK and unicodedata.category(c) == "Cc")
    if controls > max(2, len(sample) // 100):
        raise DecodeError("binary file (no text encoding fits)")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 text that has no BOM; ``None`` when it does not read as text."""
    if len(data) % 2:
        return None
    best: tuple[float, int, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4096]
        if not sample or any(
            c not in _CONTROL_OK and unicodedata.category(c) in ("Cc", "Cn", "Cs", "Co")
            for c in sample
        ):
            continue  # controls, unassigned or private-use code points: not this one
        readable = sum(
            1 for c in sample if c.isalpha() or c.isspace() or unicodedata.category(c)[0] in "PNSM"
        )
        if readable < 0.9 * len(sample):
            continue
        # Read with the wrong byte order, "a" (U+0061) becomes U+6100: code
        # points ending in a zero byte are rare in real text.
        swapped = sum(1 for c in sample if ord(c) > 0xFF and not ord(c) & 0xFF)
        score = (_plausibility(text), -swapped, text)
        if best is None or score[:2] > best[:2]:
            best = score
    return None if best is None else best[2]


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes: decode with replacement characters.

    Accepted when valid multi-byte characters outnumber the broken bytes
    at least four to one; single-byte encodings almost never form valid
    multi-byte UTF-8 sequences by chance.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if multibyte >= 4 * broken and multibyte >= 8:
        return text
    return None


def _guess(data: bytes) -> str:
    """Ask charset-normalizer; break its near-ties by :func:`_plausibility`.

    On short inputs (under 2,000 non-ASCII bytes) its statistics are weak, so
    the common legacy code pages compete too. Code pages in wide use today
    (Windows, the main CJK ones, KOI8-R) get a small bonus over DOS and Mac
    ones that decode the same bytes just as cleanly.
    """
    candidates: list[tuple[str, str]] = []
    matches = list(from_bytes(data))
    if matches:
        best_chaos = matches[0].chaos
        candidates = [(m.encoding, str(m)) for m in matches[:8] if m.chaos <= best_chaos + 0.1]
    non_ascii = sum(1 for b in data[:20_000] if b > 0x7F)
    if non_ascii < 2000:
        for encoding in _LEGACY:
            try:
                candidates.append((encoding, data.decode(encoding)))
            except UnicodeDecodeError:
                continue
    if not candidates:
        raise DecodeError("binary file (no text encoding fits)")

    def score(candidate: tuple[str, str]) -> float:
        encoding, text = candidate
        bonus = 0.008 if codecs.lookup(encoding).name in _WIDESPREAD else 0.0
        return _plausibility(text) + bonus

    # max() keeps the first of equal scores: charset-normalizer's order wins ties.
    return max(candidates, key=score)[1]


def _plausibility(text: str) -> float:
    """How much a decoding looks like real text, at most 1.0.

    The share of non-ASCII letters that belong to the text's main script
    (and, for Latin, to one language's alphabet), minus penalties for
    symbols glued inside words (``powiedzia³ek``), for words mixing ASCII
    letters with another script (``Bundeskanzler 酳絽rte``) and for odd
    capitalisation (``ЪЗМб``: Arabic read as Cyrillic comes out in capitals),
    and for letters real text hardly uses (:func:`_is_rare`). In text made
    mostly of ASCII letters, a Latin reading of the rest gets a small bonus.

    Examples
    --------
    >>> _plausibility("Café crème à la française") > _plausibility("Café crčme ŕ la française")
    True
    >>> _plausibility("Bonjour à tous") > _plausibility("Bonjour р tous")
    True
    >>> _plausibility("خبر عاجل من بغداد") > _plausibility("ОИС ЪЗМб гд ИЫПЗП")
    True
    """
    sample = text[:20_000]
    words = _WORD.findall(sample)
    letters: Counter[str] = Counter()
    flagged = 0
    non_ascii_words = 0
    cased = upper = 0
    for word in words:
        if word.isascii():
            continue
        non_ascii_words += 1
        foreign = [c for c in word if ord(c) > 0x7F]
        glued = any(unicodedata.category(c) in _ODD_CATEGORIES for c in foreign)
        mixed = any(c.isascii() and c.isalpha() for c in word) and any(
            (c.isalpha() or unicodedata.category(c)[0] == "M")
            and _script(c) not in ("LATIN", "COMBINING")
            for c in foreign
        )
        odd_case = any(_odd_case(part) for part in _JOINERS.split(word) if part)
        flagged += glued or mixed or odd_case
        cased += sum(1 for c in word if c.isupper() or c.islower())
        upper += sum(1 for c in word if c.isupper())
        for c in foreign:
            if c.isalpha():
                lower = c.lower()
                letters[lower if len(lower) == 1 else c] += 1
    glued_between = len(_GLUED_PUNCT.findall(sample)) + len(_FOREIGN_MARK.findall(sample))
    penalty = (flagged + glued_between) / max(1, non_ascii_words + glued_between)
    non_ascii = sum(1 for c in sample if ord(c) > 0x7F)
    symbols = sum(
        1
        for c in sample
        if ord(c) > 0x7F
        and c not in _COMMON_SYMBOLS
        and (unicodedata.category(c) in _ODD_CATEGORIES or "\uff61" <= c <= "\uffdc")
    )
    penalty += symbols / non_ascii if non_ascii else 0.0
    penalty += sum(n for c, n in letters.items() if _is_rare(c)) / max(1, sum(letters.values()))
    if cased and upper / cased > 0.5:
        penalty += upper / cased - 0.5
    total = sum(letters.values())
    if total:  # "certain—there" is English style; "ver—ffentlicht" amid umlauts is not
        dashes = len(_GLUED_DASH.findall(sample))
        penalty += dashes / max(1, non_ascii_words + dashes)
    if total == 0:
        if all(
            unicodedata.category(c)[0] in "PZ" or c in _COMMON_SYMBOLS
            for c in sample
            if ord(c) > 0x7F
        ):
            return 1.02 - penalty  # only punctuation beyond ASCII (’ “ ” –): likeliest
        return 1.0 - penalty
    by_script: Counter[str] = Counter()
    for char, count in letters.items():
        by_script[_script(char)] += count
    script, script_count = by_script.most_common(1)[0]
    fit = script_count / total
    if script == "LATIN":
        best = max(sum(letters[c] for c in alphabet) for alphabet in _LATIN_ALPHABETS)
        fit *= best / script_count
        ascii_letters = sum(1 for w in words if w.isascii() for c in w)
        if ascii_letters > total:
            fit += 0.01  # mostly-ASCII text: its other letters are most likely Latin too
        fit += 0.005 * sum(n * _LATIN_WEIGHT.get(c, 0.0) for c, n in letters.items()) / script_count
    return fit - penalty


def _odd_case(word: str) -> bool:
    """Capitals after the first letter of a word that is not all capitals (``ЪЗМб``).

    Examples
    --------
    >>> _odd_case("ЪЗМб"), _odd_case("CNN"), _odd_case("Москва"), _odd_case("iPhone")
    (True, False, False, True)
    """
    return not word.isupper() and any(c.isupper() for c in word[1:])


def _is_rare(char: str) -> bool:
    """Letters real text almost never holds: presentation forms, halfwidth kana, astral CJK.

    Examples
    --------
    >>> _is_rare("ﻓ"), _is_rare("ف")
    (True, False)
    """
    if ord(char) > 0xFFFF:
        return True
    name = unicodedata.name(char, "")
    return name.startswith("HALFWIDTH") or name.endswith(_FORMS)


def _script(char: str) -> str:
    """LATIN, CYRILLIC, ARABIC...; Chinese, Japanese and Korean scripts are one: CJK."""
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0] if name else "UNKNOWN"
    return "CJK" if script in _CJK_FAMILY else script
