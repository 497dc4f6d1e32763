"""Readers are found through one table, ``{format: reader}``; each reader owns its detection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from storyline.read import (
    EXTENSIONS,
    READERS,
    SUPPORTED_FORMATS,
    read_path,
    read_stream,
    sniff_format,
)
from storyline.read.common import normalised_head

HEADS = {
    "html": '<!DOCTYPE html>\n<html lang="fa"><body><p>خبر</p>'.encode(),
    "feed": b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
    "json": '[{"text": "Снег в Москве"}]'.encode(),
    "jsonl": b'{"text": "a"}\n{"text": "b"}\n',
    "txt": "\ufeffزلزله در الازیغ".encode(),
}


def test_the_table_is_the_list_of_formats_and_extensions() -> None:
    assert tuple(READERS) == SUPPORTED_FORMATS
    assert all(fmt == reader.format for fmt, reader in READERS.items())
    claimed = [ext for reader in READERS.values() for ext in reader.extensions]
    assert len(claimed) == len(set(claimed)) == len(EXTENSIONS), "an extension names one format"
    assert [r.format for r in READERS.values() if r.looks_like is None] == ["txt"]


@pytest.mark.parametrize("fmt", sorted(HEADS))
def test_exactly_one_reader_claims_each_kind_of_first_bytes(fmt: str) -> None:
    head = normalised_head(HEADS[fmt])
    claims = [r.format for r in READERS.values() if r.looks_like is not None and r.looks_like(head)]
    assert claims == ([] if fmt == "txt" else [fmt])
    assert sniff_format(HEADS[fmt]) == fmt


def test_a_path_goes_down_through_its_reader_only(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"  # .xml: the content decides
    path.write_bytes(HEADS["html"] + b"</body></html>")
    assert [d.kind for d in read_path(path)] == ["html"]
    assert [d.kind for d in read_stream(io.BytesIO(HEADS["jsonl"]))] == ["text", "text"]
