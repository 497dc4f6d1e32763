"""Display normalisation: the cleaned text stored beside the original.

:func:`normalise_text` makes text safe to show, split and encode without
changing what it says: Unicode NFC, one kind of line break, no control or
invisible direction/format characters, tidy spaces, and for Persian the
Persian letter forms and restored zero-width non-joiners (ZWNJ).

It is *not* the matching fold (case, diacritics, digits): that lives in
``storyline.text.fold``. Digits stay as written here.

Decisions
---------
- Removed: C0/C1 controls except ``\\n`` and ``\\t``; bidi marks and
  embeddings (U+200E/F, U+061C, U+202A-E, U+2066-9); BOM/word joiners
  (U+FEFF, U+2060); zero-width space U+200B; soft hyphen U+00AD; other
  format (Cf) characters, except ZWNJ U+200C, ZWJ U+200D (emoji, Indic),
  Arabic number signs U+0600-0605/U+06DD and Unicode tag characters (flags).
- Tatweel U+0640 (kashida) is removed: it only stretches a letter for
  justification and breaks word look-ups.
- ZWNJ is kept in every language (Persian, Kurdish, Indic scripts need it),
  but only where it can matter: between two letters (or marks), once, and
  not after an Arabic-script letter that never joins forward (``ا د ذ ر ز ژ
  و``), where it is invisible.
- Every other space character (NBSP, thin, ideographic ...) becomes a plain
  space; runs of spaces collapse; spaces at line ends go; three or more line
  breaks become a paragraph break ``\\n\\n``; leading/trailing blank space goes.
- Persian (``lang`` ``fa``/``prs``, or ``None`` and the text looks Persian):
  ``ي ى`` -> ``ی``, ``ك`` -> ``ک``, ``ە`` -> ``ه``, then ZWNJ repair. Arabic
  and other languages keep their letters.

Examples
--------
>>> normalise_text("  Hello\\u00a0\\u00a0world\\r\\n\\r\\n\\r\\nBye\\u200e ")
'Hello world\\n\\nBye'
"""

from __future__ import annotations

import re
import unicodedata

from storyline.text.persian import looks_persian, repair_zwnj
from storyline.text.persian.lexicon import NON_JOINING, ZWNJ

PERSIAN_LANGS = frozenset({"fa", "fas", "per", "prs"})
_KEEP_FORMAT = frozenset("\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u08e2")
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه"})


def _drop_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    astral = [*range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B), 0xE0001]
    for cp in [*range(0x10000), *astral]:
        ch = chr(cp)
        if ch in "\n\t" or ch in _KEEP_FORMAT or 0xE0000 <= cp <= 0xE007F:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf"):
            table[cp] = None
        elif cat == "Zs" and ch != " ":
            table[cp] = " "
    table[0x00AD] = None
    table[0x0640] = None
    for cp in (0x2028, 0x2029, 0x0085, 0x000B, 0x000C):
        table[cp] = "\n"
    return table


_TABLE = _drop_table()
_NEWLINES = re.compile(r"\r\n?")
_SPACES = re.compile(r" {2,}")
_LINE_END = re.compile(r"[ \t]+\n")
_LINE_START = re.compile(r"\n +")
_BLANKS = re.compile(r"\n{3,}")
_ZWNJ_RUN = re.compile("\u200c+")


def _letter_or_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def tidy_zwnj(text: str) -> str:
    """Keep a ZWNJ only between two letters and after a forward-joining letter.

    Examples
    --------
    >>> tidy_zwnj("کتاب\\u200c\\u200cها \\u200cو") == "کتاب\\u200cها و"
    True
    >>> tidy_zwnj("کشور\\u200cها")
    'کشورها'
    """
    if ZWNJ not in text:
        return text
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    out = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch == ZWNJ:
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i < last else ""
            if not (prev and nxt and _letter_or_mark(prev) and _letter_or_mark(nxt)):
                continue
            if prev in NON_JOINING:
                continue
        out.append(ch)
    return "".join(out)


def clean_text(text: str) -> str:
    """NFC, line breaks, control/format characters and spaces; no language rules.

    Examples
    --------
    >>> clean_text("a\\x00b\\u202bc\\u00add\\tx  y \\n")
    'abcd\\tx y'
    """
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text).translate(_TABLE)
    text = tidy_zwnj(text)
    text = _SPACES.sub(" ", text)
    text = _LINE_END.sub("\n", text)
    text = _LINE_START.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def is_persian(text: str, lang: str | None = None) -> bool:
    """Whether Persian rules apply: ``lang`` says so, or it is unknown and the text looks Persian.

    Examples
    --------
    >>> is_persian("anything", "fa-IR"), is_persian("قال الرئيس", "ar"), is_persian("گفت که", None)
    (True, False, True)
    """
    if lang:
        return lang.lower().replace("_", "-").split("-")[0] in PERSIAN_LANGS
    return looks_persian(text)


def normalise_text(text: str, lang: str | None = None, *, zwnj: bool = True) -> str:
    """Return the display form of ``text`` (see the module notes for every rule).

    Parameters
    ----------
    text
        Text as extracted.
    lang
        ISO 639 code if known (``"fa"``, ``"ar"``, ``"en"`` ...); ``None`` lets
        Persian be recognised from its letters.
    zwnj
        Restore stripped ZWNJs in Persian text (``False`` only unifies letters).

    Returns
    -------
    str
        The cleaned text.

    Examples
    --------
    >>> normalise_text("\\n\\nرئيسجمهور سوريه\\u200f", "fa") == "رئیس\\u200cجمهور سوریه"
    True
    >>> normalise_text("قال الرئيس السوري", lang="ar")
    'قال الرئيس السوري'
    >>> normalise_text("Cafe\\u0301  ouvert") == "Café ouvert"
    True
    """
    text = clean_text(text)
    if is_persian(text, lang):
        text = text.translate(_PERSIAN_LETTERS)
        if zwnj:
            text = repair_zwnj(text)
    return text


__all__ = ["PERSIAN_LANGS", "clean_text", "is_persian", "normalise_text", "tidy_zwnj"]
