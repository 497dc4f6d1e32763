"""Readers: from files, directories and standard input to raw documents.

One entry point, :func:`read_path`, yields a
:class:`~storyline.article.RawDocument` per document found, or a
:class:`~storyline.article.ReadFailure` (one line, specific) per thing that
could not be read; a failure never stops the iteration.

Formats (``SUPPORTED_FORMATS``): ``txt``, ``html``, ``json``, ``jsonl``,
``csv``, ``feed`` (RSS/Atom). Without ``fmt`` the format comes from the file
extension (see :data:`storyline.read.common.EXTENSIONS`), or, for ``.xml``
and unknown extensions, from the first bytes (feed, HTML, JSON, JSON Lines,
otherwise plain text).

Examples
--------
>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp) / "news.jsonl"
...     _ = path.write_text('{"text": "Снег в Москве", "lang": "ru"}\\n', encoding="utf-8")
...     [(d.content, d.declared) for d in read_path(path)]
[('Снег в Москве', {'lang': 'ru'})]
>>> list(read_path("/no/such/file.txt"))
[ReadFailure(origin='/no/such/file.txt', reason='no such file or directory')]
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import (
    EXTENSIONS,
    MAX_DOCUMENT_BYTES,
    ReadError,
    file_size,
    format_for,
    format_size,
    prefixed,
    safe_is_dir,
    sniff_format,
)
from storyline.read.decode import DecodeError, decode_bytes
from storyline.read.directory import walk_directory
from storyline.read.feed import parse_feed, read_feed
from storyline.read.html import parse_html, read_html
from storyline.read.records import (
    FieldMap,
    _bom_encoding,
    parse_json,
    parse_jsonl,
    read_json,
    read_jsonl,
)
from storyline.read.tabular import parse_csv, read_csv
from storyline.read.txt import parse_txt, read_txt

__all__ = ["SUPPORTED_FORMATS", "FieldMap", "guarded", "read_path", "read_stream"]

#: Formats :func:`read_path` accepts as ``fmt``.
SUPPORTED_FORMATS: tuple[str, ...] = ("txt", "html", "json", "jsonl", "csv", "feed")

Result = RawDocument | ReadFailure
STDIN_ORIGIN = "<stdin>"


def read_path(
    path: str | Path,
    fmt: str | None = None,
    *,
    glob: str | None = None,
    fields: FieldMap | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[RawDocument | ReadFailure]:
    """Yield every document (or failure) in a file, a directory, or ``-`` (stdin).

    Parameters
    ----------
    path
        A file, a directory (read recursively), or ``"-"`` for standard input.
    fmt
        ``None`` (detect) or one of :data:`SUPPORTED_FORMATS`; for a
        directory it applies to every file.
    glob
        For directories: only files whose relative path or name matches.
    fields
        Field names for JSON/JSONL/CSV records.
    max_bytes
        Largest document accepted. Text and HTML files above it are refused
        without being read; JSON Lines and CSV files are streamed (each record
        bounded); JSON and feed files are refused above ``10 * max_bytes``.
    stdin
        The binary stream read for ``"-"`` (default ``sys.stdin.buffer``).

    Raises
    ------
    ValueError
        For an unknown ``fmt`` (a programming error, not a bad document).

    Examples
    --------
    >>> import io
    >>> docs = read_path("-", stdin=io.BytesIO("<p>Bonjour à tous</p>".encode("cp1252")))
    >>> next(docs)
    RawDocument(origin='<stdin>', content='<p>Bonjour à tous</p>', kind='html', declared={})
    >>> next(read_path("a.txt", fmt="pdf"))
    Traceback (most recent call last):
    ...
    ValueError: unknown format 'pdf' (supported: txt, html, json, jsonl, csv, feed)
    """
    if fmt is not None and fmt not in SUPPORTED_FORMATS:
        raise ValueError(f"unknown format {fmt!r} (supported: {', '.join(SUPPORTED_FORMATS)})")
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from guarded(
            STDIN_ORIGIN, read_stream(stream, fmt, fields=fields, max_bytes=max_bytes)
        )
        return
    path = Path(path)
    if safe_is_dir(path):
        yield from walk_directory(
            path,
            glob=glob,
            read_one=lambda p: _read_file(p, fmt, fields=fields, max_bytes=max_bytes),
        )
        return
    yield from _read_file(path, fmt, fields=fields, max_bytes=max_bytes)


def guarded(origin: str, results: Iterator[Result]) -> Iterator[Result]:
    """Yield ``results``; an exception from the reader becomes one last :class:`ReadFailure`.

    Whatever a reader meets (a ``RecursionError`` from absurd nesting, a
    ``MemoryError``, a bug), the documents it already yielded stay yielded
    and the caller goes on with the next file.

    Examples
    --------
    >>> def broken():
    ...     yield RawDocument(origin="f.json#record 1", content="ok")
    ...     raise RecursionError("maximum recursion depth exceeded")
    >>> [getattr(r, "reason", "document") for r in guarded("f.json", broken())]
    ['document', 'unreadable: nested too deeply']
    """
    try:
        yield from results
    except RecursionError:
        yield ReadFailure(origin, "unreadable: nested too deeply")
    except MemoryError:
        yield ReadFailure(origin, "unreadable: not enough memory to read it")
    except Exception as exc:  # a reader bug must cost one file, never the batch
        yield ReadFailure(
            origin, f"unreadable: {type(exc).__name__}: {' '.join(str(exc).split())}"[:300]
        )


def read_stream(
    stream: BinaryIO,
    fmt: str | None = None,
    *,
    fields: FieldMap | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    origin: str = STDIN_ORIGIN,
) -> Iterator[RawDocument | ReadFailure]:
    """Yield the documents in a binary stream (standard input, an upload).

    JSON Lines are read line by line; other formats are read whole (at most
    ``10 * max_bytes`` for containers, ``max_bytes`` for one text or page).

    Examples
    --------
    >>> import io
    >>> [d.content for d in read_stream(io.BytesIO(b'{"text": "a"}\\n{"text": "b"}\\n'))]
    ['a', 'b']
    >>> next(read_stream(io.BytesIO(b""))).reason
    'empty input'
    """
    head = stream.read(4096)
    if not head:
        yield ReadFailure(origin, "empty input")
        return
    fmt = fmt or sniff_format(head)
    if fmt == "jsonl":
        yield from parse_jsonl(prefixed(head, stream), origin, fields, max_bytes=max_bytes)
        return
    if fmt == "csv":
        yield from _csv_stream(head, stream, origin, fields, max_bytes)
        return
    limit = max_bytes if fmt in ("txt", "html") else 10 * max_bytes
    data = head + stream.read(limit + 1 - len(head))
    if len(data) > limit:
        yield ReadFailure(origin, f"input too large (more than {format_size(limit)} limit)")
        return
    if fmt == "txt":
        yield parse_txt(data, origin)
    elif fmt == "html":
        yield parse_html(data, origin)
    elif fmt == "json":
        yield from parse_json(data, origin, fields, max_bytes=max_bytes)
    else:  # feed
        yield from parse_feed(data, origin)


def _csv_stream(
    head: bytes, stream: BinaryIO, origin: str, fields: FieldMap | None, max_bytes: int
) -> Iterator[Result]:
    """CSV from a stream: decoded whole (any encoding) up to ``max_bytes``, else
    streamed as UTF-8 (or as its BOM says), one bounded record at a time."""
    data = head + stream.read(max_bytes + 1 - len(head))
    if len(data) <= max_bytes:
        try:
            text = decode_bytes(data)
        except DecodeError as exc:
            yield ReadFailure(origin, str(exc))
            return
        yield from parse_csv(text, origin, fields, max_bytes=max_bytes)
        return
    encoding = _bom_encoding(data[:4]) or "utf-8"
    lines = io.TextIOWrapper(
        prefixed(data, stream), encoding=encoding, errors="replace", newline=""
    )
    yield from parse_csv(lines, origin, fields, max_bytes=max_bytes)


def _read_file(
    path: Path, fmt: str | None, *, fields: FieldMap | None, max_bytes: int
) -> Iterator[Result]:
    yield from guarded(
        str(path), _read_file_unguarded(path, fmt, fields=fields, max_bytes=max_bytes)
    )


def _read_file_unguarded(
    path: Path, fmt: str | None, *, fields: FieldMap | None, max_bytes: int
) -> Iterator[Result]:
    origin = str(path)
    if fmt is None:
        try:
            fmt = _detect(path)
        except ReadError as exc:
            yield ReadFailure(origin, str(exc))
            return
    if fmt == "txt":
        yield from read_txt(path, max_bytes=max_bytes, origin=origin)
    elif fmt == "html":
        yield from read_html(path, max_bytes=max_bytes, origin=origin)
    elif fmt == "json":
        yield from read_json(path, max_bytes=max_bytes, fields=fields, origin=origin)
    elif fmt == "jsonl":
        yield from read_jsonl(path, max_bytes=max_bytes, fields=fields, origin=origin)
    elif fmt == "csv":
        yield from read_csv(path, max_bytes=max_bytes, fields=fields, origin=origin)
    else:
        yield from read_feed(path, max_bytes=max_bytes, origin=origin)


def _detect(path: Path) -> str:
    """Format by extension, else by the first bytes (read only when needed)."""
    known = EXTENSIONS.get(path.suffix.lower())
    if known is not None:
        return known
    file_size(path)  # raises ReadError for missing, broken or special files
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    return format_for(path, head)
