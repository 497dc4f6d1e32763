"""Small display helpers shared by the pages: text direction, language names, safe links.

Everything here is a pure function on strings; templates call them through
Jinja globals and filters. Nothing returns markup: the templates escape
what these return like any other value.

Examples
--------
>>> text_dir("fa"), text_dir("en"), text_dir(None)
('rtl', 'ltr', 'auto')
>>> safe_href("javascript:alert(1)") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

__all__ = ["RTL_LANGUAGES", "day_of", "language_name", "safe_href", "text_dir"]

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
"""ISO 639 codes of languages written right to left."""


def text_dir(lang: str | None) -> str:
    """Return the HTML ``dir`` value for text in ``lang``.

    ``"rtl"`` for Arabic-script and Hebrew-script languages, ``"ltr"`` for
    other known codes and ``"auto"`` (let the browser decide from the first
    strong character) when the language is unknown.

    Examples
    --------
    >>> [text_dir(c) for c in ("ar", "ur", "zh", "", "ckb")]
    ['rtl', 'rtl', 'ltr', 'auto', 'rtl']
    """
    if not lang:
        return "auto"
    return "rtl" if lang.lower() in RTL_LANGUAGES else "ltr"


@lru_cache(maxsize=256)
def language_name(code: str | None) -> str:
    """Return the English name of an ISO 639-1 (or -3) code, or the code itself.

    Examples
    --------
    >>> language_name("fa"), language_name("zh"), language_name("xx")
    ('Persian', 'Chinese', 'xx')
    """
    if not code:
        return "unknown"
    try:
        import pycountry

        key = "alpha_2" if len(code) == 2 else "alpha_3"
        found = pycountry.languages.get(**{key: code.lower()})
    except (ImportError, KeyError, LookupError):
        found = None
    name = getattr(found, "name", None)
    return str(name) if name else code


def safe_href(url: str | None) -> str | None:
    """Return ``url`` when it may become a link (absolute http or https), else ``None``.

    ``javascript:``, ``data:``, ``vbscript:``, relative and protocol-relative
    URLs, and anything with control characters or whitespace inside are
    refused: the page shows them as text, never as an ``href``.

    Examples
    --------
    >>> safe_href("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> [safe_href(u) for u in ("JaVaScRiPt:alert(1)", " javascript:x", "//evil.test/",
    ...                         "data:text/html,x", "http://", "http://a b.test/")]
    [None, None, None, None, None, None]
    """
    if not url or not isinstance(url, str):
        return None
    if url != url.strip() or any(ord(ch) < 33 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def day_of(iso: str | None) -> str | None:
    """Return the ``YYYY-MM-DD`` part of an ISO date or timestamp.

    Examples
    --------
    >>> day_of("2025-04-27T21:15:00+00:00"), day_of(None)
    ('2025-04-27', None)
    """
    if not iso or len(iso) < 10:
        return None
    return iso[:10]
