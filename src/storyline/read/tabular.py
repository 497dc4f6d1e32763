"""CSV (and TSV) files with a header row: one document per row.

Fields are mapped as for JSON records (:class:`~storyline.read.records.FieldMap`).
The origin of a row is ``file.csv:N``, N the line where the row starts
(quoted fields may span lines).

Examples
--------
>>> docs = list(parse_csv("text,lang\\nПривет,ru\\n", "f.csv"))
>>> docs[0].content, docs[0].declared
('Привет', {'lang': 'ru'})
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import (
    MAX_DOCUMENT_BYTES,
    Reader,
    ReadError,
    file_size,
    format_size,
    prefixed,
    read_bytes,
)
from storyline.read.decode import DecodeError, decode_bytes
from storyline.read.records import FieldMap, _bom_encoding, _has_field, _os_reason, record_document

__all__ = ["READER", "parse_csv", "read_csv"]

Result = RawDocument | ReadFailure


def parse_csv(
    text: str | io.TextIOBase,
    origin: str,
    fields_: FieldMap | None = None,
    *,
    delimiter: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Result]:
    """Records from CSV with a header row; the delimiter is sniffed when not given.

    No record may exceed ``max_bytes`` characters: a longer line is skipped
    (one failure for its record) without being held in memory, and a quoted
    field that grows past the limit over several lines ends the file with
    one failure (where that record ends cannot be known).

    Examples
    --------
    >>> rows = "title;text\\nNews;\\"Line one\\nline two\\"\\nMore;Another\\n"
    >>> [(d.origin, d.declared["title"]) for d in parse_csv(rows, "f.csv")]
    [('f.csv:2', 'News'), ('f.csv:4', 'More')]
    """
    fmap = fields_ or FieldMap()
    stream = io.StringIO(text) if isinstance(text, str) else text
    _set_field_limit(max_bytes)
    header_line = stream.readline(max_bytes + 1)
    if len(header_line) > max_bytes:
        yield ReadFailure(origin, f"header row too long (more than {format_size(max_bytes)})")
        return
    if not header_line.strip():
        yield ReadFailure(origin, "empty file" if not header_line else "no header row")
        return
    header_line = header_line.removeprefix("\ufeff")
    if delimiter is None:
        delimiter = max(",;\t|", key=header_line.count)
    header = next(csv.reader([header_line], delimiter=delimiter))
    header = [name.strip() for name in header]
    if not _has_field(dict.fromkeys(header), fmap.text):
        yield ReadFailure(origin, f"no {fmap.text!r} column (columns: {', '.join(header)[:200]})")
        return
    lines = _BoundedLines(stream, max_bytes)
    reader = csv.reader(lines, delimiter=delimiter)
    too_large = f"record too large (more than {format_size(max_bytes)} limit)"
    line = 1
    while True:
        start = line + 1
        lines.overflow = False
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field limit" in str(exc):
                yield ReadFailure(
                    f"{origin}:{start}", f"{too_large}; the rest of the file is not read"
                )
            else:
                yield ReadFailure(f"{origin}:{start}", f"invalid CSV: {exc}")
            break
        line = 1 + reader.line_num
        where = f"{origin}:{start}"
        if lines.overflow or sum(len(cell) for cell in row) > max_bytes:
            yield ReadFailure(where, too_large)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield ReadFailure(where, f"{len(row)} fields, header has {len(header)}")
            continue
        yield record_document(dict(zip(header, row, strict=False)), where, fmap)


def read_csv(
    path: Path, *, max_bytes: int, fields: FieldMap | None = None, origin: str | None = None
) -> Iterator[Result]:
    """Read a CSV (or ``.tsv``) file.

    Files up to ``max_bytes`` are decoded whole (any encoding); larger ones
    are streamed as UTF-8 (or as their BOM says), broken bytes replaced.

    Examples
    --------
    >>> next(read_csv(Path("/no/such.csv"), max_bytes=10)).reason
    'no such file or directory'
    """
    origin = str(path) if origin is None else origin
    delimiter = "\t" if path.suffix.lower() == ".tsv" else None
    try:
        size = file_size(path)
        if size <= max_bytes:
            data = read_bytes(path, max_bytes)
            try:
                text = decode_bytes(data)
            except DecodeError as exc:
                yield ReadFailure(origin, str(exc))
                return
            yield from parse_csv(text, origin, fields, delimiter=delimiter, max_bytes=max_bytes)
            return
        handle = path.open("rb")
    except ReadError as exc:
        yield ReadFailure(origin, str(exc))
        return
    except OSError as exc:
        yield ReadFailure(origin, _os_reason(exc))
        return
    with handle:
        encoding = _bom_encoding(handle.read(4)) or "utf-8"
        handle.seek(0)
        stream = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
        yield from parse_csv(stream, origin, fields, delimiter=delimiter, max_bytes=max_bytes)


class _BoundedLines:
    """Lines of a text stream, none longer than ``limit`` characters.

    A longer line is read and dropped in bounded pieces and replaced by an
    empty line; ``overflow`` is set so that the caller fails its record.
    """

    def __init__(self, stream: io.TextIOBase | IO[str], limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self.overflow = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(self._limit + 1)
        if not line:
            raise StopIteration
        if len(line) > self._limit and not line.endswith(("\n", "\r")):
            while line and not line.endswith(("\n", "\r")):
                line = self._stream.readline(1 << 20)
            self.overflow = True
            return "\n"
        return line


def _set_field_limit(max_bytes: int) -> None:
    """Let one CSV field hold a whole document (``max_bytes`` characters), no more."""
    csv.field_size_limit(max(131_072, min(max_bytes, sys.maxsize)))


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


READER = Reader(
    format="csv",
    extensions=(".csv", ".tsv"),
    looks_like=lambda head: False,  # never guessed from content: named by extension or fmt
    read_file=lambda path, fields, max_bytes, origin: read_csv(
        path, max_bytes=max_bytes, fields=fields, origin=origin
    ),
    read_stream=_csv_stream,
)
"""CSV or TSV records (a header row names the fields)."""
