"""HTML files: one document per file, kept as markup.

The pipeline extracts the main text later
(:func:`storyline.text.html.extract_html`). An HTML page is usually declared
in UTF-8 or in a ``<meta charset>``: valid UTF-8 is UTF-8, otherwise a declared
charset wins over guessing when the bytes decode cleanly with it.

Examples
--------
>>> doc = parse_html(b"<html><body><p>Hi</p></body></html>", "a.html")
>>> doc.kind, doc.content[:6]
('html', '<html>')
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import FEED_ROOTS, Reader, read_and_parse, whole, xml_root
from storyline.read.decode import DecodeError, decode_bytes

__all__ = ["READER", "looks_like_html", "parse_html", "read_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def parse_html(data: bytes, origin: str) -> RawDocument | ReadFailure:
    """Decode one HTML page.

    Examples
    --------
    >>> page = '<meta charset="windows-1256"><p>مرحبا</p>'.encode("cp1256")
    >>> parse_html(page, "ar.html").content[-12:]
    '<p>مرحبا</p>'
    >>> parse_html(b"", "e.html").reason
    'empty file'
    """
    if not data:
        return ReadFailure(origin, "empty file")
    text = _declared_decode(data)
    if text is None:
        try:
            text = decode_bytes(data)
        except DecodeError as exc:
            return ReadFailure(origin, str(exc))
    if not text.strip():
        return ReadFailure(origin, "no text (only whitespace)")
    return RawDocument(origin=origin, content=text, kind="html")


def read_html(
    path: Path, *, max_bytes: int, origin: str | None = None
) -> Iterator[RawDocument | ReadFailure]:
    """Read one HTML file.

    Examples
    --------
    >>> next(read_html(Path("/no/such.html"), max_bytes=1000)).reason
    'no such file or directory'
    """
    yield from read_and_parse(
        path, max_bytes, origin, lambda data, where: [parse_html(data, where)]
    )


def _declared_decode(data: bytes) -> str | None:
    """Decode with the page's ``<meta charset>`` when it fits; else ``None``."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        return None  # a BOM or UTF-16: the generic decoder knows better
    try:
        return data.decode("utf-8")  # valid UTF-8 beats a wrong declaration
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:8192])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"  # what browsers do (WHATWG encoding standard)
    try:
        return data.decode(name).removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None


def looks_like_html(head: bytes) -> bool:
    """Markup whose first element is not a feed's root.

    Examples
    --------
    >>> looks_like_html(b'<!DOCTYPE html><html lang="fa"><body>'), looks_like_html(b"<rss>")
    (True, False)
    """
    return head.startswith(b"<") and xml_root(head) not in FEED_ROOTS


READER = Reader(
    format="html",
    extensions=(".html", ".htm", ".xhtml", ".shtml"),
    looks_like=looks_like_html,
    read_file=lambda path, fields, max_bytes, origin: read_html(
        path, max_bytes=max_bytes, origin=origin
    ),
    read_stream=whole(lambda data, origin, fields, max_bytes: [parse_html(data, origin)]),
)
"""An HTML page: one document per file."""
