"""Tokens with offsets, per-token folding and script-aware match variants.

Folding here works token by token so that every match maps back to exact
character offsets in the original text. The same :func:`fold_token` is used
when the gazetteer is built and when text is matched, so both sides agree.

Examples
--------
>>> [t.text for t in tokenize("Suriye'de, والعراق 2,000")]
['Suriye', "'", 'de', ',', 'والعراق', '2,000']
>>> fold_token("Сирии") == fold_token("Сирия")
True
>>> fold_token("ميكنند") == fold_token("می‌کنند")
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_ARABIC = str.maketrans(
    {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0626": "\u06cc",
        "\u0643": "\u06a9",
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",
        "\u0624": "\u0648",
        "\u0629": "\u0647",
        "\u06c0": "\u0647",
        "\u0640": None,  # tatweel
        "\u200c": None,  # ZWNJ
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "\u00ad": None,
    }
)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

# Words (letters, marks, ZWNJ) or numbers, or any single other character.
_TOKEN = re.compile(
    r"[\d۰-۹٠-٩]+(?:[.,\u066b\u066c\u00a0\u202f][\d۰-۹٠-٩]+)*"
    r"|[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670\u200c\u200d\u0640])*"
    r"|\S"
)
_CYR_ENDINGS = sorted(
    (
        "иями ями ами ией ого его ому ему ыми ими ой ей ий ый ая яя ое ее ые ие ых их ым им "
        "ом ем ам ям ах ях ов ев ию ия ии ую юю а я о е у ю ы и й ь"
    ).split(),
    key=len,
    reverse=True,
)


@dataclass(frozen=True)
class Token:
    """One token: its text and offsets in the original string."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Cut text into word, number and single-character tokens with offsets.

    Examples
    --------
    >>> [(t.text, t.start) for t in tokenize("Bashar al-Assad")]
    [('Bashar', 0), ('al', 7), ('-', 9), ('Assad', 10)]
    """
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def script_of(word: str) -> str:
    """Return ``"arabic"``, ``"cyrillic"``, ``"han"``, ``"latin"`` or ``"other"``.

    Examples
    --------
    >>> script_of("سوریه"), script_of("Сирия"), script_of("叙利亚"), script_of("Syria")
    ('arabic', 'cyrillic', 'han', 'latin')
    """
    for ch in word:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            return "arabic"
        if 0x0400 <= o <= 0x04FF:
            return "cyrillic"
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3040 <= o <= 0x30FF:
            return "han"
        if ch.isalpha():
            return "latin" if o < 0x0250 or 0x1E00 <= o <= 0x1EFF else "other"
    return "other"


def is_word(token: str) -> bool:
    """True when the token starts with a letter."""
    return token[:1].isalpha()


@lru_cache(maxsize=65536)
def fold_token(word: str) -> str:
    """Fold one word: case, accents, Arabic-script letter variants, ZWNJ, stems.

    Cyrillic words are cut to a crude stem (a case ending removed) so that
    ``Сирии``/``Сирией`` meet ``Сирия``.

    Examples
    --------
    >>> fold_token("Bağdat"), fold_token("Ираке"), fold_token("العراقية")
    ('bagdat', 'ирак', 'العراقیه')
    """
    w = unicodedata.normalize("NFKC", word).translate(_ARABIC).translate(_DIGITS)
    w = w.replace("й", "\x00").replace("Й", "\x00")
    w = unicodedata.normalize("NFD", w.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c))
    w = w.replace("\x00", "й").replace("ı", "i").replace("ł", "l").replace("ø", "o")
    if w and "\u0400" <= w[0] <= "\u04ff":
        for end in _CYR_ENDINGS:
            if w.endswith(end) and len(w) - len(end) >= 3:
                return w[: -len(end)]
    return w


_AR_PROCLITICS = ("", "و", "ف", "ب", "ل", "ک", "وب", "ول", "فب", "فل", "وک")
_AR_SUFFIXES = ("هایی", "های", "ها", "یان", "یون", "یین", "یه", "ی", "ای")


@lru_cache(maxsize=65536)
def first_variants_cached(folded: str) -> tuple[str, ...]:
    """:func:`first_variants` as a tuple, remembered (the passes call it for every word)."""
    return tuple(first_variants(folded))


def first_variants(folded: str) -> list[str]:
    """Forms of an Arabic-script token with proclitics (و ب ل ف ک, ال) removed.

    Examples
    --------
    >>> first_variants("بالعراق")[:3]
    ['بالعراق', 'العراق', 'عراق']
    """
    if script_of(folded) != "arabic":
        return [folded]
    out = [folded]
    for p in _AR_PROCLITICS:
        if not folded.startswith(p):
            continue
        rest = folded[len(p) :]
        if p and rest.startswith("ل") and p.endswith("ل") and not rest.startswith("ال"):
            rest = "ا" + rest  # للعراق -> العراق
        if len(rest) < 3:
            continue
        if rest not in out:
            out.append(rest)
        if rest.startswith("ال") and len(rest) >= 5 and rest[2:] not in out:
            out.append(rest[2:])
    return out


@lru_cache(maxsize=65536)
def last_variants_cached(folded: str) -> tuple[str, ...]:
    """:func:`last_variants` as a tuple, remembered."""
    return tuple(last_variants(folded))


def last_variants(folded: str) -> list[str]:
    """Forms of an Arabic-script token with Persian/Arabic suffixes removed.

    Examples
    --------
    >>> "عراق" in last_variants("عراقی")
    True
    """
    if script_of(folded) != "arabic":
        return [folded]
    out = [folded]
    for s in _AR_SUFFIXES:
        if folded.endswith(s) and len(folded) - len(s) >= 3:
            stem = folded[: -len(s)]
            for v in (stem, stem + "یا", stem + "یه"):
                if v not in out:
                    out.append(v)
    return out


def fold_name(name: str) -> str:
    """Fold a multi-word name the way matched token n-grams are folded.

    Examples
    --------
    >>> fold_name("Deir ez-Zor")
    'deir ez zor'
    """
    return " ".join(
        fold_token(t.text) for t in tokenize(name) if is_word(t.text) or t.text[0].isdigit()
    )
