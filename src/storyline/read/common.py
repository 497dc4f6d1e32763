"""Helpers shared by the readers: size limits, safe file reads, sniffing.

Examples
--------
>>> format_size(104_857_600)
'104.9 MB'
>>> sniff_format(b'<?xml version="1.0"?><rss version="2.0"><channel>')
'feed'
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from storyline.article import RawDocument, ReadFailure
from storyline.errors import StorylineError

__all__ = [
    "EXTENSIONS",
    "MAX_DOCUMENT_BYTES",
    "ReadError",
    "declared_value",
    "file_size",
    "format_for",
    "format_size",
    "is_hidden",
    "prefixed",
    "read_bytes",
    "safe_is_dir",
    "sniff_format",
]

#: File extension -> format. ``.xml`` is a feed only when its content says so.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "feed",
    ".atom": "feed",
}

_ROOT_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")
_PROLOG = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)


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
    if known is not None:
        return known
    return sniff_format(head)


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes of a document.

    Returns one of ``"feed"``, ``"html"``, ``"json"``, ``"jsonl"``, ``"txt"``.

    Examples
    --------
    >>> sniff_format(b'<!DOCTYPE html><html lang="fa"><body>')
    'html'
    >>> sniff_format(b'{"text": "a"}\\n{"text": "b"}\\n')
    'jsonl'
    >>> sniff_format(b'[{"text": "a"}]')
    'json'
    >>> sniff_format("\\ufeffخبر".encode("utf-8"))
    'txt'
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"{", b"[")):
        lines = [line.strip() for line in head.splitlines() if line.strip()]
        if head.startswith(b"{") and len(lines) > 1 and lines[1].startswith(b"{"):
            try:
                json.loads(lines[0])
                return "jsonl"
            except (ValueError, RecursionError):
                pass
        return "json"
    if head.startswith(b"<"):
        body = head[_PROLOG.match(head).end() :]  # type: ignore[union-attr]
        root = _ROOT_TAG.match(body)
        name = root.group(1).lower() if root else b""
        if name in (b"rss", b"feed", b"rdf:rdf"):
            return "feed"
        return "html"
    return "txt"


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
