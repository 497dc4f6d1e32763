"""Readers: from files, directories and standard input to raw documents.

One entry point, :func:`read_path`, yields a
:class:`~storyline.article.RawDocument` per document found, or a
:class:`~storyline.article.ReadFailure` (one line, specific) per thing that
could not be read; a failure never stops the iteration.

Formats (``SUPPORTED_FORMATS``): ``txt``, ``html``, ``json``, ``jsonl``,
``csv``, ``feed`` (RSS/Atom). Each has one :class:`~storyline.read.common.Reader`
in :data:`READERS` (``{format: reader}``), which owns its extensions and its
detection: without ``fmt`` the format comes from the file extension
(:data:`EXTENSIONS`), or, for ``.xml`` and unknown extensions, from the
reader whose ``looks_like`` claims the first bytes (feed, HTML, JSON, JSON
Lines; otherwise plain text). A path goes down once: format, then its reader.

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

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storyline.article import RawDocument, ReadFailure
from storyline.read import feed, html, records, tabular, txt
from storyline.read.common import (
    MAX_DOCUMENT_BYTES,
    Reader,
    ReadError,
    file_size,
    normalised_head,
    safe_is_dir,
)
from storyline.read.directory import walk_directory
from storyline.read.records import FieldMap

__all__ = [
    "EXTENSIONS",
    "READERS",
    "SUPPORTED_FORMATS",
    "FieldMap",
    "format_for",
    "guarded",
    "read_path",
    "read_stream",
    "sniff_format",
]

READERS: dict[str, Reader] = {
    r.format: r
    for r in (
        txt.READER,
        html.READER,
        records.JSON_READER,
        records.JSONL_READER,
        tabular.READER,
        feed.READER,
    )
}
"""Every reader, by format: the one place a format is found."""

#: Formats :func:`read_path` accepts as ``fmt``.
SUPPORTED_FORMATS: tuple[str, ...] = tuple(READERS)

#: File extension -> format, from the readers. ``.xml`` is a feed only when its content says so.
EXTENSIONS: dict[str, str] = {ext: r.format for r in READERS.values() for ext in r.extensions}

Result = RawDocument | ReadFailure
STDIN_ORIGIN = "<stdin>"


def sniff_format(head: bytes) -> str:
    """The format whose reader claims these first bytes; ``"txt"`` when none does.

    Examples
    --------
    >>> sniff_format(b'<!DOCTYPE html><html lang="fa"><body>')
    'html'
    >>> sniff_format(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    'feed'
    >>> sniff_format(b'{"text": "a"}\\n{"text": "b"}\\n')
    'jsonl'
    >>> sniff_format(b'[{"text": "a"}]')
    'json'
    >>> sniff_format("\\ufeffخبر".encode("utf-8"))
    'txt'
    """
    head = normalised_head(head)
    for reader in READERS.values():
        if reader.looks_like is not None and reader.looks_like(head):
            return reader.format
    return "txt"


def format_for(path: Path, head: bytes) -> str:
    """Format from the extension, or from the content when the extension says nothing.

    Examples
    --------
    >>> format_for(Path("a.htm"), b"")
    'html'
    >>> format_for(Path("notes.xml"), b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    'feed'
    >>> format_for(Path("README"), b"Plain words.")
    'txt'
    """
    known = EXTENSIONS.get(path.suffix.lower())
    return known if known is not None else sniff_format(head)


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
    if fmt is not None:
        _reader(fmt)
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
    reader = _reader(fmt or sniff_format(head))
    yield from reader.read_stream(head, stream, origin, fields, max_bytes)


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
    yield from _reader(fmt).read_file(path, fields, max_bytes, origin)


def _reader(fmt: str) -> Reader:
    """The reader of ``fmt``; ``ValueError`` for a format no reader has (a programming error)."""
    reader = READERS.get(fmt)
    if reader is None:
        raise ValueError(f"unknown format {fmt!r} (supported: {', '.join(SUPPORTED_FORMATS)})")
    return reader


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
