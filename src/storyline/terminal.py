"""Safe terminal output: article data and file names printed as plain, visible text.

Everything storyline prints in a terminal goes through Rich, which reads
``[...]`` as markup: a title such as ``Markets [/] fall`` would crash the
renderer and ``[link=...]`` would become a live link. Control characters
(an escape sequence, a carriage return) and the Unicode bidirectional
overrides (U+202E and friends) in a file name or a title can rewrite or
reorder what the terminal shows, so an output line could be forged.

:func:`safe` is the one helper every command uses for such values: markup
is escaped, and control and bidi-override characters are shown as visible
``\\xNN`` / ``\\uNNNN`` escapes. Zero-width joiners and non-joiners, which
Persian and other scripts need, are kept.

Examples
--------
>>> safe("Markets [/] fall")
'Markets \\\\[/] fall'
>>> safe("report\\u202etxt.exe")
'report\\\\u202etxt.exe'
>>> safe("line one\\nline two"), safe("line one\\nline two", multiline=True)
('line one\\\\nline two', 'line one\\nline two')
>>> safe("می‌رود") == "می‌رود"
True
"""

from __future__ import annotations

import re
import unicodedata

from rich.markup import escape

__all__ = ["json_visible", "safe", "visible"]

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + _BIDI_CONTROLS + "]")
_UNSAFE_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _BIDI_CONTROLS + "]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029" + _BIDI_CONTROLS + "]")  # dumps escapes C0


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(value: object, *, multiline: bool = False) -> str:
    """``str(value)`` with control and bidi-override characters written as escapes.

    With ``multiline=True`` line feeds and tabs are kept (an article body);
    otherwise they are escaped too (a file name, a title, one table cell).
    Unassigned and surrogate code points (from ``surrogateescape`` file
    names) are escaped as well.

    Examples
    --------
    >>> visible("a\\x1b[31mred")
    'a\\\\x1b[31mred'
    >>> visible("tab\\there", multiline=True)
    'tab\\there'
    """
    text = "" if value is None else str(value)
    pattern = _UNSAFE_MULTILINE if multiline else _UNSAFE
    text = pattern.sub(_escape_char, text)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join(
            f"\\u{ord(ch):04x}" if unicodedata.category(ch) == "Cs" else ch for ch in text
        )
    return text


def safe(value: object, *, multiline: bool = False) -> str:
    """``value`` ready to print through Rich: control characters visible, markup escaped.

    Use it for every piece of article data (titles, outlets, text, ids,
    languages) and every file name or origin that goes into a Rich
    ``print`` or table cell; the surrounding markup of the message itself
    stays live.

    Examples
    --------
    >>> safe("[link=https://evil.test]click[/link]")
    '\\\\[link=https://evil.test]click\\\\[/link]'
    >>> safe(None)
    ''
    """
    return escape(visible(value, multiline=multiline))


def json_visible(text: str) -> str:
    """JSON text with the characters :func:`visible` escapes written as ``\\uXXXX``.

    ``json.dumps(..., ensure_ascii=False)`` leaves bidi overrides and C1
    controls raw; they can only occur inside JSON strings, where the
    ``\\uXXXX`` form is the same value, so the JSON still parses to the same data.

    Examples
    --------
    >>> import json
    >>> out = json_visible(json.dumps({"origin": "a\u202eb"}, ensure_ascii=False))
    >>> out, json.loads(out)["origin"] == "a\u202eb"
    ('{"origin": "a\\\\u202eb"}', True)
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
