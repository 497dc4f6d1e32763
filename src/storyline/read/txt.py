"""Plain-text files: one document per file.

Line endings are normalised to ``\\n``; the text is otherwise kept as found
(cleanup is a later stage).

Examples
--------
>>> parse_txt("Заголовок\\r\\n\\r\\nТекст.".encode("cp1251"), "a.txt")
RawDocument(origin='a.txt', content='Заголовок\\n\\nТекст.', kind='text', declared={})
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import Reader, read_and_parse, whole
from storyline.read.decode import DecodeError, decode_bytes

__all__ = ["READER", "parse_txt", "read_txt"]


def parse_txt(data: bytes, origin: str) -> RawDocument | ReadFailure:
    """Decode one text document.

    Examples
    --------
    >>> parse_txt(b"", "empty.txt")
    ReadFailure(origin='empty.txt', reason='empty file')
    >>> parse_txt(b"  \\n\\t\\n", "blank.txt").reason
    'no text (only whitespace)'
    """
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        return ReadFailure(origin, str(exc))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ReadFailure(origin, "no text (only whitespace)")
    return RawDocument(origin=origin, content=text, kind="text")


def read_txt(
    path: Path, *, max_bytes: int, origin: str | None = None
) -> Iterator[RawDocument | ReadFailure]:
    """Read one text file.

    Examples
    --------
    >>> next(read_txt(Path("/no/such.txt"), max_bytes=1000)).reason
    'no such file or directory'
    """
    yield from read_and_parse(path, max_bytes, origin, lambda data, where: [parse_txt(data, where)])


READER = Reader(
    format="txt",
    extensions=(".txt", ".text", ".md"),
    looks_like=None,  # what no other reader claims is text
    read_file=lambda path, fields, max_bytes, origin: read_txt(
        path, max_bytes=max_bytes, origin=origin
    ),
    read_stream=whole(lambda data, origin, fields, max_bytes: [parse_txt(data, origin)]),
)
"""Plain text: one document per file."""
