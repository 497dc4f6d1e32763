"""What the readers share: the :class:`Reader` record, size limits, safe file reads, first bytes.

Examples
--------
>>> format_size(104_857_600)
'104.9 MB'
>>> xml_root(normalised_head(b'\\xef\\xbb\\xbf<?xml version="1.0"?><rss version="2.0"><channel>'))
b'rss'
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from storyline.article import RawDocument, ReadFailure
from storyline.errors import StorylineError

if TYPE_CHECKING:
    from storyline.read.records import FieldMap

__all__ = [
    "FEED_ROOTS",
    "MAX_DOCUMENT_BYTES",
    "ReadError",
    "declared_value",
    "file_size",
    "format_size",
    "is_hidden",
    "prefixed",
    "read_bytes",
    "safe_is_dir",
    "Reader",
    "normalised_head",
    "whole",
    "xml_root",
]

_ROOT_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")
_PROLOG = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)

FEED_ROOTS = (b"rss", b"feed", b"rdf:rdf")
"""Root elements (lower case) that make an XML document a feed rather than a page."""

Result = RawDocument | ReadFailure
FileReader = Callable[[Path, "FieldMap | None", int, str], Iterator[Result]]
"""``(path, fields, max_bytes, origin)`` -> documents and failures of one file."""
StreamReader = Callable[[bytes, BinaryIO, str, "FieldMap | None", int], Iterator[Result]]
"""``(head, stream, origin, fields, max_bytes)`` -> documents and failures of a stream
whose first bytes (``head``) were already read."""


@dataclass(frozen=True)
class Reader:
    """One input format: the extensions that name it, how its first bytes look, how to read it.

    ``read_path`` and ``read_stream`` (:mod:`storyline.read`) find a reader
    in one table, ``{format: reader}``; a path goes down once: format (by
    extension, else by ``looks_like`` on the first bytes), then that
    reader. ``looks_like`` gets :func:`normalised_head` bytes; the
    ``looks_like`` of the formats are exclusive, and the one reader without
    it (``txt``) takes what no other claims.
    """

    format: str
    extensions: tuple[str, ...]
    looks_like: Callable[[bytes], bool] | None
    read_file: FileReader
    read_stream: StreamReader


MAX_DOCUMENT_BYTES = 20_000_000
"""Largest document accepted by default: a file, a stdin text, one JSON/JSONL/CSV record."""


class ReadError(StorylineError):
    """A file could not be read; ``str(exc)`` is the one-line reason."""


def format_size(size: int) -> str:
    """Human-readable size: decimal megabytes, or bytes below 0.1 MB.

    Examples
    --------
    >>> format_size(20_000_000)
    '20.0 MB'
    >>> format_size(512)
    '512 bytes'
    """
    if size < 100_000:
        return f"{size} bytes"
    return f"{size / 1_000_000:.1f} MB"


def file_size(path: Path) -> int:
    """Size of a regular file, without opening it.

    Raises
    ------
    ReadError
        For a missing file, a broken link, or something that is not a file.

    Examples
    --------
    >>> file_size(Path("/no/such/file"))
    Traceback (most recent call last):
    ...
    storyline.read.common.ReadError: no such file or directory
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ReadError("broken symbolic link") from None
        raise ReadError("no such file or directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("not a regular file")
    return info.st_size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing it (before reading) when over ``max_bytes``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".txt") as handle:
    ...     _ = handle.write(b"x" * 10); handle.flush()
    ...     read_bytes(Path(handle.name), 5)
    Traceback (most recent call last):
    ...
    storyline.read.common.ReadError: file too large (10 bytes > 5 bytes limit)
    """
    size = file_size(path)
    if size > max_bytes:
        raise ReadError(f"file too large ({format_size(size)} > {format_size(max_bytes)} limit)")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # the file grew after stat()
        raise ReadError(f"file too large (more than {format_size(max_bytes)} limit)")
    return data


def normalised_head(head: bytes) -> bytes:
    """The first bytes as the readers' ``looks_like`` see them: UTF-8, no BOM, no leading space.

    Examples
    --------
    >>> normalised_head("\\ufeff  خبر".encode("utf-8")) == "خبر".encode("utf-8")
    True
    >>> normalised_head("<p>".encode("utf-16"))
    b'<p>'
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()


def xml_root(head: bytes) -> bytes:
    """The lower-cased name of the first element after any XML prolog, doctype and comments.

    Examples
    --------
    >>> xml_root(b'<!DOCTYPE html><!-- x --><HTML lang="fa">')
    b'html'
    >>> xml_root(b"plain")
    b''
    """
    prolog = _PROLOG.match(head)
    root = _ROOT_TAG.match(head[prolog.end() :] if prolog else head)
    return root.group(1).lower() if root else b""


def whole(
    parse: Callable[[bytes, str, FieldMap | None, int], Iterable[Result]], factor: int = 1
) -> StreamReader:
    """A stream reader that reads the whole input (at most ``factor * max_bytes``) and parses it.

    Examples
    --------
    >>> import io
    >>> echo = whole(lambda data, origin, fields, limit: [ReadFailure(origin, data.decode())])
    >>> list(echo(b"ab", io.BytesIO(b"cd"), "<stdin>", None, 100))
    [ReadFailure(origin='<stdin>', reason='abcd')]
    >>> list(echo(b"ab", io.BytesIO(b"cd"), "<stdin>", None, 3))[0].reason
    'input too large (more than 3 bytes limit)'
    """

    def read(
        head: bytes, stream: BinaryIO, origin: str, fields: FieldMap | None, max_bytes: int
    ) -> Iterator[Result]:
        limit = factor * max_bytes
        data = head + stream.read(limit + 1 - len(head))
        if len(data) > limit:
            yield ReadFailure(origin, f"input too large (more than {format_size(limit)} limit)")
            return
        yield from parse(data, origin, fields, max_bytes)

    return read


def declared_value(value: Any) -> str | None:
    """A metadata value as a clean string, or ``None`` when empty.

    Examples
    --------
    >>> declared_value(["A. Writer", "B. Writer"])
    'A. Writer, B. Writer'
    >>> declared_value(1546128000)
    '1546128000'
    >>> declared_value("  ") is None
    True
    """
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, list | tuple):
        parts = [part for part in (declared_value(v) for v in value) if part]
        return ", ".join(parts) or None
    text = str(value).strip()
    return text or None


def is_hidden(name: str) -> bool:
    """Hidden file or directory name (dot-files), never ``.`` or ``..``.

    Examples
    --------
    >>> is_hidden(".git"), is_hidden("news.txt")
    (True, False)
    """
    return name.startswith(".") and name not in (".", "..")


def safe_is_dir(path: str | os.PathLike[str]) -> bool:
    """``os.path.isdir`` that never raises.

    Examples
    --------
    >>> safe_is_dir("/")
    True
    """
    try:
        return os.path.isdir(path)
    except OSError:
        return False


class _Prefixed(io.RawIOBase):
    """A binary stream with some already-read bytes put back in front."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = memoryview(prefix)  # consumed by offset: no copy of the rest per read
        self._offset = 0
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._offset < len(self._prefix):
            n = min(len(buffer), len(self._prefix) - self._offset)
            buffer[:n] = self._prefix[self._offset : self._offset + n]
            self._offset += n
            if self._offset == len(self._prefix):
                self._prefix = memoryview(b"")
                self._offset = 0
            return n
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def prefixed(prefix: bytes, rest: BinaryIO) -> io.BufferedReader:
    """Put ``prefix`` (bytes already read from ``rest``) back in front of it.

    Examples
    --------
    >>> import io
    >>> stream = io.BytesIO(b"abcdef")
    >>> head = stream.read(2)
    >>> prefixed(head, stream).read()
    b'abcdef'
    """
    return io.BufferedReader(_Prefixed(prefix, rest))


def read_and_parse(
    path: Path,
    limit: int,
    origin: str | None,
    parse: Callable[[bytes, str], Iterable[RawDocument | ReadFailure]],
) -> Iterator[RawDocument | ReadFailure]:
    """Read ``path`` (at most ``limit`` bytes) and yield what ``parse`` makes of it,
    or one :class:`ReadFailure` when the file cannot be read.

    Examples
    --------
    >>> next(read_and_parse(Path("/no/such.txt"), 10, None, lambda d, o: [])).reason
    'no such file or directory'
    """
    origin = str(path) if origin is None else origin
    try:
        data = read_bytes(path, limit)
    except ReadError as exc:
        yield ReadFailure(origin, str(exc))
        return
    results = parse(data, origin)
    del data  # a parser that returned a list no longer needs the bytes: not held while yielding
    if isinstance(results, list):
        results.reverse()
        while results:
            yield results.pop()
    else:
        yield from results
