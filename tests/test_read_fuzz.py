"""Property test over every reader: random bytes, truncated files and absurd nesting
give a result or a one-line failure, never an exception."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.article import RawDocument, ReadFailure
from storyline.read import SUPPORTED_FORMATS, read_path, read_stream
from storyline.read.feed import parse_feed
from storyline.read.html import parse_html
from storyline.read.records import parse_json, parse_jsonl
from storyline.read.tabular import parse_csv
from storyline.read.txt import parse_txt

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "read").iterdir())
SAMPLES = [path.read_bytes() for path in FIXTURES if path.is_file()]
LIMIT = 4096  # small documents keep each example fast
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def _decode_csv(data: bytes, origin: str) -> Iterable[RawDocument | ReadFailure]:
    return parse_csv(data.decode("utf-8", errors="replace"), origin, max_bytes=LIMIT)


READERS: dict[str, Callable[[bytes, str], object]] = {
    "txt": parse_txt,
    "html": parse_html,
    "json": lambda data, origin: parse_json(data, origin, max_bytes=LIMIT),
    "jsonl": lambda data, origin: parse_jsonl(data, origin, max_bytes=LIMIT),
    "csv": _decode_csv,
    "feed": parse_feed,
}

NESTING = [
    ("[", "]"),
    ('{"text": ', "}"),
    ('{"a": [', "]}"),
    ("<div>", "</div>"),
    ("<item><title>", "</title></item>"),
    ('"', '"'),
]


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """Random bytes, a truncated or corrupted real file, or deep nesting."""
    kind = draw(st.sampled_from(["random", "truncated", "corrupted", "nested"]))
    if kind == "random":
        return draw(st.binary(max_size=2048))
    if kind == "nested":
        opening, closing = draw(st.sampled_from(NESTING))
        depth = draw(st.sampled_from([10, 1_000, 50_000]))
        tail = closing * draw(st.integers(0, depth)) if draw(st.booleans()) else ""
        prefix = draw(st.sampled_from([b"", b'<?xml version="1.0"?><rss><channel>', b"text\n"]))
        return prefix + (opening * depth + tail).encode("utf-8")
    sample = draw(st.sampled_from(SAMPLES))
    cut = draw(st.integers(0, len(sample)))
    if kind == "truncated":
        return sample[:cut]
    noise = draw(st.binary(min_size=1, max_size=64))
    return sample[:cut] + noise + sample[cut + len(noise) :]


def _check(results: object) -> None:
    if isinstance(results, RawDocument | ReadFailure):
        results = [results]
    for item in results:  # type: ignore[attr-defined]
        assert isinstance(item, RawDocument | ReadFailure), item
        if isinstance(item, ReadFailure):
            assert item.reason and "\n" not in item.reason, item


@pytest.mark.parametrize("fmt", sorted(READERS))
@FUZZ
@given(data=hostile_bytes())
def test_every_parser_gives_a_result_or_a_one_line_failure(fmt: str, data: bytes) -> None:
    _check(READERS[fmt](data, "fuzz"))


@FUZZ
@given(data=hostile_bytes(), fmt=st.sampled_from([None, *SUPPORTED_FORMATS]))
def test_standard_input_gives_a_result_or_a_one_line_failure(data: bytes, fmt: str | None) -> None:
    _check(read_stream(io.BytesIO(data), fmt, max_bytes=LIMIT))


@FUZZ
@given(
    data=hostile_bytes(),
    suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".csv", ".xml", ""]),
)
def test_files_give_a_result_or_a_one_line_failure(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"doc{suffix}"
    path.write_bytes(data)
    _check(read_path(path, max_bytes=LIMIT))
