"""Fold text for matching: search, ids and near-duplicate detection.

Folding is deliberately lossy. It throws away every difference that a
reader would not call a different word, so that two spellings of the same
word compare equal:

- Unicode compatibility forms (NFKC): full-width Latin, Arabic presentation
  forms and ligatures become plain letters;
- case (``str.casefold``, so German ``ß`` matches ``ss``);
- Arabic-script variants: Arabic ``ي``/``ى`` and Persian ``ی`` become ``ی``,
  ``ك`` becomes ``ک``, ``أ``/``إ``/``آ``/``ٱ`` become ``ا``, ``ؤ`` becomes
  ``و``, ``ئ`` becomes ``ی`` (Persian writes both ``رئیس`` and ``رییس``),
  ``ة`` and ``ۀ`` become ``ه``;
- harakat, Quranic marks, Hebrew points and tatweel are removed;
- zero-width joiners and non-joiners are removed (``می‌کنند`` matches
  ``میکنند``), as are other invisible format characters;
- every decimal digit (Persian, Arabic-Indic, Devanagari, ...) becomes ASCII;
- Latin, Greek and Cyrillic accents are stripped (``Fáyyadh`` matches
  ``Fayyadh``, ``ё`` matches ``е``) except the Cyrillic breve, so ``й``
  stays distinct from ``и``; ``ı ł ø đ ħ`` fold to ``i l o d h``;
- punctuation and symbols become spaces; runs of space collapse.

Marks of other scripts (Devanagari vowel signs, Thai tone marks) are kept:
there they are part of the spelling.

:func:`search_tokens` then cuts folded text into index terms, turning runs of
CJK ideographs, kana and hangul into overlapping character bigrams so that
Chinese and Japanese search works without a word segmenter.

Examples
--------
>>> fold_for_matching("Fáyyadh SAID: «Iraq's» ١٢٣")
'fayyadh said iraq s 123'
>>> fold_for_matching("می‌کنند") == fold_for_matching("ميكنند")
True
>>> search_tokens("北京市场 iPhone")
['北京', '京市', '市场', 'iphone']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

__all__ = [
    "UNSPACED_SCRIPTS",
    "fold_for_matching",
    "is_cjk",
    "search_string",
    "search_tokens",
    "strip_arabic_article",
]

_ARABIC_MAP = {
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u06d0": "\u06cc",  # YEH (Pashto/Uighur E) -> FARSI YEH
    "\u0626": "\u06cc",  # YEH WITH HAMZA ABOVE -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE
    "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW
    "\u0622": "\u0627",  # ALEF WITH MADDA
    "\u0671": "\u0627",  # ALEF WASLA
    "\u0624": "\u0648",  # WAW WITH HAMZA ABOVE
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
    "\u06c2": "\u06c1",  # HEH GOAL WITH HAMZA -> HEH GOAL
    "\u0131": "i",  # dotless i
    "\u0142": "l",
    "\u00f8": "o",
    "\u0111": "d",
    "\u0127": "h",
    "\u200b": " ",  # ZERO WIDTH SPACE separates words
}

# Removed outright: harakat and Quranic annotation marks, superscript alef,
# tatweel, Hebrew points, and invisible format characters (ZWNJ, ZWJ, bidi
# controls, BOM, soft hyphen) -- the last group via category Cf below.
_REMOVED_RANGES = (
    (0x0300, 0x036F),  # stray combining accents (NFKC composes the others)
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x0640, 0x0640),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08FF),
    (0x0591, 0x05BD),
    (0x05BF, 0x05BF),
    (0x05C1, 0x05C2),
    (0x05C4, 0x05C5),
    (0x05C7, 0x05C7),
)

_REMOVED = frozenset(c for lo, hi in _REMOVED_RANGES for c in range(lo, hi + 1))


def _fold_char(code: int) -> str | None:
    """Return what one code point folds to (``None``: removed)."""
    ch = chr(code)
    if ch in _ARABIC_MAP:
        return _ARABIC_MAP[ch]
    if code in _REMOVED:
        return None
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return str(unicodedata.decimal(ch))
    if cat == "Cf":
        return None
    if cat[0] in "PSZ" or cat == "Cc":
        return " "
    return ch


class _FoldTable(dict[int, str | None]):
    """A lazily filled ``str.translate`` table covering all of Unicode."""

    def __missing__(self, code: int) -> str | None:
        value = _fold_char(code)
        self[code] = value
        return value


_TABLE = _FoldTable()


# After NFD: accents in the Combining Diacritical Marks block (Latin, Greek,
# Cyrillic) except the breve on Cyrillic и/у (й, ў are letters of their own),
# and the hamza/madda marks split off Arabic-script letters.
_ACCENTS = re.compile("(?<![\u0438\u0443])\u0306|[\u0300-\u0305\u0307-\u036f\u0653-\u0655]")


@functools.cache
def _changing() -> re.Pattern[str]:
    """Compile a pattern for runs of characters that folding changes.

    Scanning the Basic Multilingual Plane once (a few tens of ms, on first
    use) lets :func:`fold_for_matching` touch only those characters: calling
    ``str.translate`` on every character of a non-ASCII text is several
    times slower. Everything beyond the BMP goes through the table.
    """
    codes = [c for c in range(0x80) if c != 0x20 and not chr(c).isalnum()]
    for code in range(0x80, 0x10000):
        if _fold_char(code) != chr(code):
            codes.append(code)
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(f"\\U{start:08x}" if start == prev else f"\\U{start:08x}-\\U{prev:08x}")
        start = prev = code
    return re.compile("[" + "".join(parts) + "\\U00010000-\\U0010ffff]+")


def _translate_run(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


def fold_for_matching(text: str) -> str:
    """Return ``text`` folded for matching (never for display).

    Parameters
    ----------
    text
        Any text, in any script.

    Returns
    -------
    str
        Lower-case, accent-free, punctuation-free text with single spaces
        between words; see the module docstring for the exact rules.

    Examples
    --------
    >>> fold_for_matching("Straße  ÉLYSÉE—Paris, ёлка")
    'strasse elysee paris елка'
    >>> fold_for_matching("رئيس‌جمهور سوريّة") == fold_for_matching("رییسجمهور سوریه")
    True
    >>> fold_for_matching("۱۴۰۲/۰۵/۱۰")
    '1402 05 10'
    >>> fold_for_matching("")
    ''
    """
    if not text:
        return ""
    if len(text) > _FOLD_CHUNK:  # long texts in pieces cut at whitespace: memory stays bounded
        return " ".join(filter(None, map(_fold_piece, _whitespace_pieces(text, _FOLD_CHUNK))))
    return _fold_piece(text)


_WHITESPACE = re.compile(r"\s")
_FOLD_CHUNK = 262_144
"""Characters folded at a time in a long text (the word list of one piece is held at once)."""


def _fold_piece(text: str) -> str:
    folded = _changing().sub(_translate_run, unicodedata.normalize("NFKC", text).casefold())
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFD", folded)
        if len(decomposed) != len(folded):  # something decomposed: strip its accents
            folded = unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed))
    return " ".join(folded.split())


def _whitespace_pieces(text: str, size: int) -> Iterator[str]:
    """Cut ``text`` into pieces of about ``size`` characters, each ending before a whitespace."""
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            match = _WHITESPACE.search(text, end)
            end = match.start() if match else len(text)
        yield text[start:end]
        start = end


UNSPACED_SCRIPTS = re.compile(
    "[\u2e80-\u9fff"  # CJK radicals, kana, CJK ideographs (and symbols between them)
    "\uf900-\ufaff\U00020000-\U0003134f"
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u0f00-\u0fff]"  # Tibetan
)
"""A character of a script that does not put spaces between words: text in it is measured
in characters, not words (near-duplicate shingles, sentences worth aligning)."""


def is_cjk(ch: str) -> bool:
    """Return True for a Han ideograph, kana or hangul character.

    Examples
    --------
    >>> [is_cjk(c) for c in "中かカ한a"]
    [True, True, True, True, False]
    """
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
        or 0x31F0 <= code <= 0x31FF
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
        or code == 0x3005  # ideographic iteration mark
    )


_CJK_CLASS = (
    "\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f\u31f0-\u31ff\u1100-\u11ff\u3130-\u318f\u3005"
)
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+|[^{_CJK_CLASS}]+")
_CJK_ANY = re.compile(f"[{_CJK_CLASS}]")
_ARABIC_ANY = re.compile("[\u0620-\u06ff]")


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


_ARTICLE_PREFIXES = (
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u06a9\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0648\u0644\u0644",
    "\u0627\u0644",
    "\u0644\u0644",
)  # وال بال کال فال ولل ال لل


def strip_arabic_article(token: str) -> str | None:
    """Return a folded Arabic-script token without its definite article, or ``None``.

    The article ``ال`` (also after the clitics و ب ک ف, and ``لل``, ``ولل``) is
    glued to Arabic words, so ``الدانوب`` must match ``دانوب`` (as Persian
    writes it). At least three letters must remain.

    Examples
    --------
    >>> strip_arabic_article("الدانوب"), strip_arabic_article("والحکومه")
    ('دانوب', 'حکومه')
    >>> strip_arabic_article("الف"), strip_arabic_article("alpha")
    (None, None)
    """
    if not token or not "\u0620" <= token[0] <= "\u06ff":
        return None
    for prefix in _ARTICLE_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix) :]
    return None


def search_tokens(text: str) -> list[str]:
    """Return the folded index terms of ``text``, in order.

    Words are the space-separated pieces of :func:`fold_for_matching`; inside
    them, each run of CJK characters becomes its overlapping character
    bigrams (a one-character run stays a single term). An Arabic-script word
    with the definite article is followed by the same word without it
    (:func:`strip_arabic_article`), so both forms are found.

    Examples
    --------
    >>> search_tokens("Москва, МОСКВА!")
    ['москва', 'москва']
    >>> search_tokens("東京都で会議")
    ['東京', '京都', '都で', 'で会', '会議']
    >>> search_tokens("猫 G7峰会")
    ['猫', 'g7', '峰会']
    >>> search_tokens("  ... ")
    []
    >>> search_tokens("نهر الدانوب")
    ['نهر', 'الدانوب', 'دانوب']
    """
    folded = fold_for_matching(text)
    if not folded:
        return []
    if not _CJK_ANY.search(folded):
        if not _ARABIC_ANY.search(folded):
            return folded.split(" ")
        tokens: list[str] = []
        for word in folded.split(" "):
            tokens.append(word)
            stem = strip_arabic_article(word)
            if stem:
                tokens.append(stem)
        return tokens
    tokens = []
    for word in folded.split(" "):
        if word.isascii():
            tokens.append(word)
            continue
        for piece in _CJK_RUN.findall(word):
            if is_cjk(piece[0]):
                tokens.extend(_bigrams(piece))
            else:
                tokens.append(piece)
                stem = strip_arabic_article(piece)
                if stem:
                    tokens.append(stem)
    return tokens


def search_string(text: str) -> str:
    """Return :func:`search_tokens` joined by single spaces (what the index stores).

    Examples
    --------
    >>> search_string("Die Straße in 北京")
    'die strasse in 北京'
    """
    if len(text) > _FOLD_CHUNK:  # in pieces cut at whitespace: one piece's tokens at a time
        pieces = (" ".join(search_tokens(p)) for p in _whitespace_pieces(text, _FOLD_CHUNK))
        return " ".join(filter(None, pieces))
    return " ".join(search_tokens(text))
