"""HTML to text: the main article of a web page, and plain conversion of snippets.

:func:`extract_html` runs trafilatura on a whole page (main text, title,
date, author, canonical URL, site name, language, description).
:func:`html_to_text` turns a small HTML fragment (a feed entry) into text,
keeping paragraph breaks.

Dates: trafilatura's "extensive" date search reads free text, where it
mistakes a footer's ``© 2024`` for a publication date, so only explicit
markup is used (meta tags, ``<time>``, JSON-LD, the URL). When the page
states a full timestamp (``article:published_time``, ``datePublished``) for
the same day, that timestamp is returned instead of the bare day.

Examples
--------
>>> html_to_text("<p>One &amp; two.</p><p>Three<br>four</p>")
'One & two.\\n\\nThree\\nfour'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from storyline.errors import StorylineError

__all__ = ["HtmlExtract", "NoArticleError", "extract_html", "html_to_text"]

_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tr ul".split()
)
_SKIP_TAGS = frozenset(["script", "style", "template", "noscript", "head", "title"])
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "date",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_FULL_PAGE = re.compile(r"<(?:html|body|head)[\s>]", re.I)
_LANG_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


class NoArticleError(StorylineError, ValueError):
    """The page holds no main text (navigation only, an empty body...)."""


@dataclass(frozen=True)
class HtmlExtract:
    """What :func:`extract_html` found on a page.

    ``text`` keeps one ``\\n`` between paragraphs; the other fields are
    ``None`` when the page does not say. ``date`` is ISO (``2018-12-30``, or a
    full timestamp when the page gives one); ``lang`` is the page's declared
    language (``<html lang>``, ``content-language`` or ``og:locale``) as written.
    """

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    site_name: str | None = None
    lang: str | None = None
    description: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract the main article text and metadata from a web page.

    Parameters
    ----------
    html
        The whole page, decoded.
    url
        Where the page came from, if known (helps canonical URL and date).

    Raises
    ------
    NoArticleError
        ``"no article text found in HTML"`` when there is no main text.

    Examples
    --------
    >>> page = ('<html lang="de"><head><title>Gipfel in Wien</title></head><body>'
    ...         '<article><p>Die Außenminister trafen sich am Montag in Wien, um über '
    ...         'die Lage an der Grenze zu sprechen.</p><p>Ein weiteres Treffen ist für '
    ...         'den kommenden Monat geplant, teilte das Ministerium mit.</p></article>'
    ...         '<footer>© 2024 Zeitung</footer></body></html>')
    >>> found = extract_html(page)
    >>> found.title, found.lang, found.date
    ('Gipfel in Wien', 'de', None)
    >>> found.text.count("\\n")
    1
    >>> extract_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    Traceback (most recent call last):
    ...
    storyline.text.html.NoArticleError: no article text found in HTML
    """
    if not html or not html.strip():
        raise NoArticleError("no article text found in HTML")
    if not _FULL_PAGE.search(html[:4096]):
        html = f"<html><body>{html}</body></html>"  # a fragment (a JSON record's markup)
    # trafilatura drops non-printable characters, among them the zero-width
    # (non-)joiners that Persian spelling needs: carry them through as
    # printable stand-ins and put them back afterwards.
    joiners = {} if _STAND_IN_ZWNJ in html or _STAND_IN_ZWJ in html else _JOINERS
    for joiner, stand_in in joiners.items():
        html = html.replace(joiner, stand_in)
    tree = load_html(html)
    if tree is None:
        raise NoArticleError("no article text found in HTML")
    lang = _declared_lang(tree)  # read before trafilatura, which prunes the tree
    stamps = _date_stamps(tree, html)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": datetime.now().astimezone().strftime("%Y-%m-%d"),
        },
    )
    def field(name: str) -> str | None:
        value = _empty_to_none(getattr(document, name, None))
        for joiner, stand_in in joiners.items():
            value = value.replace(stand_in, joiner) if value else value
        return value

    text = _clean_text(field("text") or "")
    if not _is_article(text):
        raise NoArticleError("no article text found in HTML")
    return HtmlExtract(
        text=text,
        title=field("title"),
        date=_precise_date(stamps, field("date")),
        author=field("author"),
        url=field("url") or url,
        site_name=field("sitename"),
        lang=lang,
        description=field("description"),
    )


_STAND_IN_ZWNJ = "\u2e3a"
_STAND_IN_ZWJ = "\u2e3b"
_JOINERS = {"\u200c": _STAND_IN_ZWNJ, "\u200d": _STAND_IN_ZWJ}


def html_to_text(markup: str) -> str:
    """Convert an HTML fragment to plain text, keeping paragraph breaks.

    Block elements become blank-line breaks, ``<br>`` a line break; scripts
    and styles are dropped and entities decoded.

    Examples
    --------
    >>> html_to_text("<div><h2>عنوان</h2><p>متن <b>خبر</b></p></div>")
    'عنوان\\n\\nمتن خبر'
    >>> html_to_text("Plain text, no tags")
    'Plain text, no tags'
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def _clean_text(text: str) -> str:
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def _is_article(text: str) -> bool:
    """Enough running prose to be an article, not a menu or a footer.

    A page must give 30 letters or more (a CJK character counts for two),
    and either one line of at least six words (CJK: twelve characters) or
    150 letters in all.
    """
    letters = sum(2 if _is_wide(c) else 1 for c in text if c.isalpha())
    if letters < 30:
        return False
    if letters >= 150:
        return True
    for line in text.split("\n"):
        if len(line.split()) >= 6 or sum(1 for c in line if _is_wide(c)) >= 12:
            return True
    return False


def _is_wide(char: str) -> bool:
    """CJK ideograph, kana or hangul: one character carries about a word."""
    return "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"


def _empty_to_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _declared_lang(tree: Any) -> str | None:
    """The page's declared language: ``<html lang>``, content-language or og:locale."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        value = (value or "").strip().split(",")[0].strip()
        if value and _LANG_CODE.match(value):
            return value
    return None


def _date_stamps(tree: Any, html: str) -> list[str]:
    """Publication timestamps stated in meta tags, ``<time>`` and JSON-LD."""
    stamps: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and meta.get("content"):
            stamps.append(meta.get("content").strip())
    for element in tree.iter("time"):
        if element.get("datetime"):
            stamps.append(element.get("datetime").strip())
    stamps.extend(_JSONLD_DATE.findall(html[:200_000]))
    return stamps


def _precise_date(stamps: list[str], day: str | None) -> str | None:
    """A full timestamp the page states for the same day as ``day``, else ``day``."""
    if day is None:
        return None
    for stamp in stamps:
        if stamp.startswith(day) and re.match(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d", stamp):
            return stamp
    return day
