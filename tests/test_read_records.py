"""JSON, JSON Lines and CSV records, with configurable field names."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from storyline.article import RawDocument, ReadFailure
from storyline.read import FieldMap, read_path
from storyline.read.records import parse_jsonl, record_document

FIXTURES = Path(__file__).parent / "fixtures" / "read"
CUSTOM = FieldMap(
    text="body",
    title="headline",
    date="published",
    lang="language",
    outlet="source",
    author="authors",
)


def test_jsonl_with_a_broken_line_and_a_missing_text() -> None:
    items = list(read_path(FIXTURES / "records.jsonl", fields=CUSTOM))
    origin = str(FIXTURES / "records.jsonl")
    assert [i.origin for i in items] == [f"{origin}:{n}" for n in (1, 2, 4, 5, 6)]
    russian, chinese, broken, missing, persian = items
    assert russian.declared == {
        "title": "Снегопад в Москве",
        "date": "2025-03-03T08:15:00+03:00",
        "lang": "ru",
        "outlet": "Пример",
    }
    assert chinese.declared["author"] == "王伟, 李娜"
    assert broken == ReadFailure(f"{origin}:4", "invalid JSON: Expecting ',' delimiter (column 50)")
    assert missing == ReadFailure(f"{origin}:5", "no 'body' field")
    assert persian.kind == "html" and persian.content.startswith("<p>سیل")


def test_default_field_names_report_the_missing_text_field() -> None:
    items = list(read_path(FIXTURES / "records.jsonl"))
    assert items[0].reason == "no 'text' field"


def test_json_object_holding_one_list() -> None:
    docs = list(read_path(FIXTURES / "records.json"))
    assert [d.origin.rsplit("#", 1)[1] for d in docs] == ["record 1", "record 2"]
    english, arabic = docs
    assert english.declared == {
        "url": "https://news.example/1",
        "title": "Floods along the Danube",
        "date": "2025-03-03",
    }
    assert arabic.declared["lang"] == "ar" and arabic.content.startswith("أعلن الرئيس")


def test_json_shapes(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text('{"text": "Один документ", "lang": "ru", "extra": {"x": 1}}', "utf-8")
    assert [d.content for d in read_path(single)] == ["Один документ"]
    mixed = tmp_path / "mixed.json"
    mixed.write_text('[{"text": "ok"}, "not an object", {"title": "no text"}]', "utf-8")
    reasons = [getattr(i, "reason", None) for i in read_path(mixed)]
    assert reasons == [None, "not a JSON object (found str)", "no 'text' field"]
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "a"},\n {"text": }]', "utf-8")
    (failure,) = read_path(broken)
    assert failure.reason == "invalid JSON: Expecting value (line 2 column 11)"
    ambiguous = tmp_path / "two-lists.json"
    ambiguous.write_text('{"a": [{"text": "x"}], "b": [{"text": "y"}]}', "utf-8")
    (failure,) = read_path(ambiguous)
    assert failure.reason.startswith("no records found")
    empty = tmp_path / "empty.json"
    empty.write_text("[]", "utf-8")
    assert [i.reason for i in read_path(empty)] == ["empty JSON array"]


def test_huge_json_is_refused_above_ten_times_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(2_000_000)
    (failure,) = read_path(path, max_bytes=100_000)
    assert failure.reason == "file too large (2.0 MB > 1.0 MB limit)"


def test_jsonl_larger_than_the_limit_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = '{"text": "Πλημμύρες στον Δούναβη", "lang": "el"}\n'
    path.write_text(line * 50 + '{"text": "' + "x" * 500 + '"}\n' + line, encoding="utf-8")
    items = list(read_path(path, max_bytes=200))
    assert len(items) == 52
    assert all(isinstance(i, RawDocument) for i in items[:50] + items[51:])
    assert items[50] == ReadFailure(f"{path}:51", "line too long (more than 200 bytes limit)")
    assert items[51].origin == f"{path}:52"


def test_jsonl_in_utf16_and_not_objects() -> None:
    data = '{"text": "Ελλάδα"}\n[1, 2]\n'.encode("utf-16")
    items = list(parse_jsonl(io.BytesIO(data), "s.jsonl"))
    assert items[0].content == "Ελλάδα"
    assert items[1] == ReadFailure("s.jsonl:2", "not a JSON object (found list)")


def test_csv_with_multiline_fields_and_an_empty_text() -> None:
    items = list(read_path(FIXTURES / "records.csv"))
    origin = str(FIXTURES / "records.csv")
    assert [i.origin for i in items] == [f"{origin}:{n}" for n in (2, 5, 6, 7)]
    german, persian, empty, chinese = items
    assert german.content == "Erster Absatz.\n\nZweiter Absatz, mit Komma."
    assert german.declared == {"title": "Hochwasser", "date": "2025-03-03", "lang": "de"}
    assert persian.declared == {"title": "سیل", "lang": "fa"}
    assert empty == ReadFailure(f"{origin}:6", "empty 'text' field")
    assert chinese.content.startswith("多瑙河") and chinese.declared["date"] == "2025-03-04"


def test_csv_semicolons_tsv_legacy_encoding_and_missing_column(tmp_path: Path) -> None:
    semi = tmp_path / "semi.csv"
    semi.write_bytes("Title;Text\nНовость;Текст новости\n".encode("cp1251"))
    (doc,) = read_path(semi)
    assert doc.content == "Текст новости" and doc.declared == {"title": "Новость"}
    tsv = tmp_path / "rows.tsv"
    tsv.write_text("text\tlang\nשלום, עולם\the\n", encoding="utf-8")
    (doc,) = read_path(tsv)
    assert doc.content == "שלום, עולם" and doc.declared == {"lang": "he"}
    no_text = tmp_path / "no-text.csv"
    no_text.write_text("title,body\na,b\n", encoding="utf-8")
    (failure,) = read_path(no_text)
    assert failure.reason == "no 'text' column (columns: title, body)"
    (custom,) = read_path(no_text, fields=FieldMap(text="body"))
    assert custom.content == "b" and custom.declared == {"title": "a"}


def test_csv_larger_than_the_limit_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = "".join(f"Заголовок {i},Текст номер {i}\n" for i in range(100))
    path.write_text("title,text\n" + rows, encoding="utf-8")
    docs = list(read_path(path, max_bytes=500))
    assert len(docs) == 100 and docs[-1].content == "Текст номер 99"


def test_record_document_detects_html_and_flattens_values() -> None:
    doc = record_document(
        {"TEXT": ["<div><p>Один</p>", "<p>Два</p></div>"], "Date": 1546128000, "lang": None},
        "r:1",
    )
    assert doc.kind == "html" and doc.declared == {"date": "1546128000"}
    plain = record_document({"text": "a < b and c > d"}, "r:2")
    assert plain.kind == "text"


def test_field_map_parse() -> None:
    fields = FieldMap.parse("text=body, title=headline")
    assert (fields.text, fields.title, fields.url) == ("body", "headline", "url")
    with pytest.raises(ValueError, match="expected key=field"):
        FieldMap.parse("text")
