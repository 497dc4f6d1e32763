"""Record files: JSON and JSON Lines, one document per record (CSV: :mod:`.tabular`).

Which field holds what is set by a :class:`FieldMap`. The text field becomes
the document's content; the others go to ``declared`` under the canonical
keys (``url``, ``title``, ``date``, ``lang``, ``outlet``, ``author``). Field
names match exactly first, then ignoring case.

Origins: ``file.jsonl:3`` (line 3), ``file.csv:7`` (the record starting on
line 7), ``file.json#record 2`` (the second object of the array).

JSON Lines files are read line by line, so they may be larger than
``max_bytes`` (each line may not: a longer line is one failure). A JSON
file is parsed whole and refused above ten times ``max_bytes``.

Examples
--------
>>> docs = list(parse_jsonl(b'{"text": "Hello", "lang": "en"}\\n{oops}\\n', "a.jsonl"))
>>> docs[0].declared
{'lang': 'en'}
>>> docs[1].origin, docs[1].reason
('a.jsonl:2', 'invalid JSON: Expecting property name enclosed in double quotes (column 2)')
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO, Literal

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import (
    MAX_DOCUMENT_BYTES,
    Reader,
    ReadError,
    declared_value,
    file_size,
    format_size,
    prefixed,
    read_and_parse,
    whole,
)
from storyline.read.decode import DecodeError, decode_bytes

__all__ = [
    "JSONL_READER",
    "JSON_READER",
    "FieldMap",
    "looks_like_json",
    "looks_like_jsonl",
    "parse_json",
    "parse_jsonl",
    "read_json",
    "read_jsonl",
    "record_document",
]

Result = RawDocument | ReadFailure

NESTED_TOO_DEEPLY = "invalid JSON: nested too deeply"
"""The reason given for JSON whose nesting exhausts the parser's recursion limit."""

_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True)
class FieldMap:
    """Names of the record fields that hold each piece of an article.

    Examples
    --------
    >>> FieldMap().text
    'text'
    >>> FieldMap.parse("text=body, date=published_at").date
    'published_at'
    """

    url: str = "url"
    title: str = "title"
    text: str = "text"
    date: str = "date"
    lang: str = "lang"
    outlet: str = "outlet"
    author: str = "author"

    @classmethod
    def parse(cls, spec: str) -> FieldMap:
        """Build from ``"key=field,key=field"`` (for command-line options).

        Raises
        ------
        ValueError
            For an unknown key or a pair without ``=``.

        Examples
        --------
        >>> FieldMap.parse("title=headline").title
        'headline'
        >>> FieldMap.parse("body=content")
        Traceback (most recent call last):
        ...
        ValueError: unknown field key 'body' (known: url, title, text, date, lang, outlet, author)
        """
        known = [f.name for f in fields(cls)]
        values: dict[str, str] = {}
        for pair in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, name = (part.strip() for part in pair.partition("="))
            if not sep or not name:
                raise ValueError(f"expected key=field, got {pair!r}")
            if key not in known:
                raise ValueError(f"unknown field key {key!r} (known: {', '.join(known)})")
            values[key] = name
        return cls(**values)


def record_document(
    record: dict[str, Any],
    origin: str,
    fields_: FieldMap | None = None,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Result:
    """Turn one record (a dict) into a document (its text at most ``max_bytes`` characters).

    Examples
    --------
    >>> record_document({"body": "<p>مرحبا</p>", "headline": "عنوان"}, "r:1",
    ...                 FieldMap(text="body", title="headline"))
    RawDocument(origin='r:1', content='<p>مرحبا</p>', kind='html', declared={'title': 'عنوان'})
    >>> record_document({"title": "x"}, "r:2").reason
    "no 'text' field"
    """
    fmap = fields_ or FieldMap()
    lowered = {str(k).lower(): k for k in record}

    def get(name: str) -> tuple[bool, Any]:
        if name in record:
            return True, record[name]
        key = lowered.get(name.lower())
        return (True, record[key]) if key is not None else (False, None)

    found, raw_text = get(fmap.text)
    if not found:
        return ReadFailure(origin, f"no {fmap.text!r} field")
    if isinstance(raw_text, list):
        text = "\n\n".join(str(part) for part in raw_text if part is not None)
    elif raw_text is None or isinstance(raw_text, dict):
        text = ""
    else:
        text = str(raw_text)
    if len(text) > max_bytes:
        return ReadFailure(
            origin,
            f"record too large ({format_size(len(text))} of text > {format_size(max_bytes)} limit)",
        )
    if not text.strip():
        return ReadFailure(origin, f"empty {fmap.text!r} field")
    declared: dict[str, Any] = {}
    for key in ("url", "title", "date", "lang", "outlet", "author"):
        value = declared_value(get(getattr(fmap, key))[1])
        if value is not None:
            declared[key] = value
    kind: Literal["text", "html"] = "html" if _looks_like_html(text) else "text"
    return RawDocument(origin=origin, content=text, kind=kind, declared=declared)


def parse_json(
    data: bytes,
    origin: str,
    fields_: FieldMap | None = None,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Result]:
    """Records from a JSON document: an array, one object, or an object holding one array.

    Examples
    --------
    >>> [d.content for d in parse_json(b'{"items": [{"text": "a"}, {"text": "b"}]}', "f.json")]
    ['a', 'b']
    >>> next(parse_json(b'[1, 2]', "f.json")).reason
    'not a JSON object (found int)'
    """
    fmap = fields_ or FieldMap()
    try:
        value = json.loads(decode_bytes(data))
    except DecodeError as exc:
        yield ReadFailure(origin, str(exc))
        return
    except json.JSONDecodeError as exc:
        yield ReadFailure(origin, f"invalid JSON: {exc.msg} (line {exc.lineno} column {exc.colno})")
        return
    except RecursionError:
        yield ReadFailure(origin, NESTED_TOO_DEEPLY)
        return
    if isinstance(value, dict) and not _has_field(value, fmap.text):
        lists = [v for v in value.values() if isinstance(v, list) and v and _all_dicts(v)]
        if len(lists) != 1:
            yield ReadFailure(
                origin,
                f"no records found (expected an array of objects, or objects with a "
                f"{fmap.text!r} field)",
            )
            return
        value = lists[0]
    if isinstance(value, dict):
        yield record_document(value, origin, fmap, max_bytes=max_bytes)
        return
    if not isinstance(value, list):
        yield ReadFailure(origin, f"not a JSON array or object (found {type(value).__name__})")
        return
    if not value:
        yield ReadFailure(origin, "empty JSON array")
        return
    for number, item in enumerate(value, start=1):
        where = f"{origin}#record {number}"
        if isinstance(item, dict):
            yield record_document(item, where, fmap, max_bytes=max_bytes)
        else:
            yield ReadFailure(where, f"not a JSON object (found {type(item).__name__})")


def read_json(
    path: Path, *, max_bytes: int, fields: FieldMap | None = None, origin: str | None = None
) -> Iterator[Result]:
    """Read a JSON file (refused above ``10 * max_bytes``).

    Examples
    --------
    >>> next(read_json(Path("/no/such.json"), max_bytes=10)).reason
    'no such file or directory'
    """
    yield from read_and_parse(
        path,
        10 * max_bytes,
        origin,
        lambda data, where: parse_json(data, where, fields, max_bytes=max_bytes),
    )


def parse_jsonl(
    data: bytes | BinaryIO,
    origin: str,
    fields_: FieldMap | None = None,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Result]:
    """Records from JSON Lines, one object per line; blank lines are skipped.

    ``data`` may be bytes or a binary stream (read line by line).

    Examples
    --------
    >>> [d.origin for d in parse_jsonl(b'\\n{"text": "x"}\\n', "f.jsonl")]
    ['f.jsonl:2']
    >>> next(parse_jsonl(b'[1]', "f.jsonl")).reason
    'not a JSON object (found list)'
    """
    fmap = fields_ or FieldMap()
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    head = stream.read(4)
    encoding = _bom_encoding(head)
    if encoding is not None and encoding != "utf-8":
        lines: Iterable[bytes | str | None] = io.TextIOWrapper(
            prefixed(head, stream), encoding=encoding, errors="replace", newline=""
        )
    else:
        lines = _binary_lines(prefixed(head.removeprefix(b"\xef\xbb\xbf"), stream), max_bytes)
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if line is None:
            yield ReadFailure(where, f"line too long (more than {format_size(max_bytes)} limit)")
            continue
        if isinstance(line, bytes):
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = decode_bytes(line)
                except DecodeError as exc:
                    yield ReadFailure(where, str(exc))
                    continue
        else:
            text = line.removeprefix("\ufeff")
            if not text.strip():
                continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield ReadFailure(where, NESTED_TOO_DEEPLY)
            continue
        if not isinstance(value, dict):
            yield ReadFailure(where, f"not a JSON object (found {type(value).__name__})")
            continue
        yield record_document(value, where, fmap, max_bytes=max_bytes)


def read_jsonl(
    path: Path, *, max_bytes: int, fields: FieldMap | None = None, origin: str | None = None
) -> Iterator[Result]:
    """Read a JSON Lines file line by line (any size; each line at most ``max_bytes``).

    Examples
    --------
    >>> next(read_jsonl(Path("/no/such.jsonl"), max_bytes=10)).reason
    'no such file or directory'
    """
    origin = str(path) if origin is None else origin
    try:
        file_size(path)
        handle = path.open("rb")
    except ReadError as exc:
        yield ReadFailure(origin, str(exc))
        return
    except OSError as exc:
        yield ReadFailure(origin, _os_reason(exc))
        return
    with handle:
        yield from parse_jsonl(handle, origin, fields, max_bytes=max_bytes)


def _looks_like_html(text: str) -> bool:
    """Markup rather than text: starts with ``<`` and holds tags."""
    stripped = text.lstrip()
    return stripped.startswith("<") and len(_HTML_TAG.findall(stripped[:5000])) >= 2


def _has_field(record: dict[str, Any], name: str) -> bool:
    return name in record or name.lower() in {str(k).lower() for k in record}


def _all_dicts(items: list[Any]) -> bool:
    return all(isinstance(item, dict) for item in items)


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _binary_lines(stream: io.BufferedReader, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; ``None`` for a line over ``max_bytes`` (skipped)."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(1 << 20)
            yield None
            continue
        yield line


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def looks_like_jsonl(head: bytes) -> bool:
    """Two or more lines that start with ``{``, the first one a whole JSON value.

    Examples
    --------
    >>> looks_like_jsonl(b'{"text": "a"}\\n{"text": "b"}\\n'), looks_like_jsonl(b'{"text": "a"}')
    (True, False)
    """
    if not head.startswith(b"{"):
        return False
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[1].startswith(b"{"):
        return False
    try:
        json.loads(lines[0])
    except (ValueError, RecursionError):
        return False
    return True


def looks_like_json(head: bytes) -> bool:
    """An object or an array that is not JSON Lines.

    Examples
    --------
    >>> looks_like_json(b'[{"text": "a"}]'), looks_like_json(b'{"text": "a"}\\n{"text": "b"}')
    (True, False)
    """
    return head.startswith((b"{", b"[")) and not looks_like_jsonl(head)


JSON_READER = Reader(
    format="json",
    extensions=(".json",),
    looks_like=looks_like_json,
    read_file=lambda path, fields, max_bytes, origin: read_json(
        path, max_bytes=max_bytes, fields=fields, origin=origin
    ),
    read_stream=whole(
        lambda data, origin, fields, max_bytes: parse_json(
            data, origin, fields, max_bytes=max_bytes
        ),
        10,
    ),
)
"""A JSON object or an array of records (refused above ``10 * max_bytes``)."""

JSONL_READER = Reader(
    format="jsonl",
    extensions=(".jsonl", ".ndjson"),
    looks_like=looks_like_jsonl,
    read_file=lambda path, fields, max_bytes, origin: read_jsonl(
        path, max_bytes=max_bytes, fields=fields, origin=origin
    ),
    read_stream=lambda head, stream, origin, fields, max_bytes: parse_jsonl(
        prefixed(head, stream), origin, fields, max_bytes=max_bytes
    ),
)
"""JSON Lines, read line by line (any size; each record at most ``max_bytes``)."""
