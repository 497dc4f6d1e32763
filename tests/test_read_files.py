"""Plain text, HTML, directories, standard input and size limits."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from storyline.article import RawDocument, ReadFailure
from storyline.read import SUPPORTED_FORMATS, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def _one(path: str | Path, **kwargs) -> RawDocument | ReadFailure:
    items = list(read_path(path, **kwargs))
    assert len(items) == 1, items
    return items[0]


def test_text_files_in_legacy_and_unicode_encodings() -> None:
    arabic = _one(FIXTURES / "ar-cp1256.txt")
    assert isinstance(arabic, RawDocument) and arabic.kind == "text"
    assert arabic.content.startswith("أعلن الرئيس السوري بشار الأسد")
    russian = _one(FIXTURES / "ru-cp1251.txt")
    assert russian.content.startswith("Правительство Москвы объявило")
    persian = _one(FIXTURES / "fa-utf16le-bom.txt")
    assert persian.content.startswith("سیل هزاران نفر") and "مقام\u200cها" in persian.content
    chinese = _one(FIXTURES / "zh-utf8.txt")
    assert chinese.content.startswith("多瑙河沿岸洪水")
    assert chinese.origin == str(FIXTURES / "zh-utf8.txt")


def test_windows_line_endings_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Заголовок\r\n\r\nПервый абзац.\r\n".encode("cp1251"))
    assert _one(path).content == "Заголовок\n\nПервый абзац.\n"


def test_html_file_keeps_markup_and_honours_meta_charset() -> None:
    page = _one(FIXTURES / "page-ar-cp1256.html")
    assert isinstance(page, RawDocument) and page.kind == "html"
    assert "<title>الأسد يسمح للعراق بضرب داعش</title>" in page.content
    german = _one(FIXTURES / "page-de.html")
    assert german.kind == "html" and "Hochwasser an der Donau" in german.content


def test_missing_path() -> None:
    failure = _one("/no/such/place/news.txt")
    assert failure == ReadFailure("/no/such/place/news.txt", "no such file or directory")


def test_empty_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(range(256)) * 4)
    assert _one(tmp_path / "empty.txt").reason == "empty file"
    assert _one(tmp_path / "blank.txt").reason == "no text (only whitespace)"
    assert _one(tmp_path / "image.txt").reason == "binary file (contains NUL bytes)"


def test_large_file_is_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no disk, no memory

    def no_open(*_args, **_kwargs):
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    failure = _one(path)
    assert failure.reason == "file too large (104.9 MB > 20.0 MB limit)"
    small_limit = _one(path, max_bytes=1_000_000)
    assert small_limit.reason == "file too large (104.9 MB > 1.0 MB limit)"


def test_directory_is_sorted_recursive_and_skips_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: main", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "b" / "2.txt").write_text("Второй", encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text("第一", encoding="utf-8")
    (tmp_path / "top.txt").write_text("Top", encoding="utf-8")
    (tmp_path / "style.css").write_text("body { color: red }", encoding="utf-8")
    docs = list(read_path(tmp_path))
    assert [Path(d.origin).relative_to(tmp_path).as_posix() for d in docs] == [
        "top.txt",
        "a/1.txt",
        "b/2.txt",
    ]
    assert [d.content for d in docs] == ["Top", "第一", "Второй"]


def test_directory_glob_and_failures_do_not_stop_the_walk(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "ru-cp1251.txt", tmp_path / "ru.txt")
    shutil.copy(FIXTURES / "page-de.html", tmp_path / "de.html")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "zz.txt").write_text("Last one", encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    items = list(read_path(tmp_path, glob="*.txt"))
    names = [(Path(i.origin).name, type(i).__name__) for i in items]
    assert names == [
        ("empty.txt", "ReadFailure"),
        ("link.txt", "ReadFailure"),
        ("ru.txt", "RawDocument"),
        ("zz.txt", "RawDocument"),
    ]
    assert items[1].reason == "broken symbolic link"
    html_only = list(read_path(tmp_path, glob="*.html"))
    assert [Path(d.origin).name for d in html_only] == ["de.html"]


def test_unreadable_file_in_a_directory(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("Readable text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Locked text.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Also readable.", encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):
        if self.name == "b.txt":  # tests run as root, where chmod 000 does not stop reads
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    items = list(read_path(tmp_path))
    assert [type(i).__name__ for i in items] == ["RawDocument", "ReadFailure", "RawDocument"]
    assert items[1].reason == "permission denied"


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page").write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    (tmp_path / "records.data").write_text('{"text": "Один"}\n{"text": "Два"}\n')
    (tmp_path / "notes").write_text("Just some words.")
    atom = (FIXTURES / "news-feed.xml").read_bytes()
    (tmp_path / "updates.xml").write_bytes(atom)
    items = {Path(i.origin.split("#")[0].split(":")[0]).name: i for i in read_path(tmp_path)}
    assert items["page"].kind == "html"
    assert items["notes"].content == "Just some words."
    assert items["updates.xml"].declared["outlet"] == "خبرگزاری نمونه"
    docs = [d for d in read_path(tmp_path / "records.data")]
    assert [d.content for d in docs] == ["Один", "Два"]


def test_forced_format_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<html><body><p>Markup in a .txt file</p></body></html>", encoding="utf-8")
    assert _one(path).kind == "text"
    assert _one(path, fmt="html").kind == "html"
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        list(read_path(path, fmt="pdf"))
    assert set(SUPPORTED_FORMATS) == {"txt", "html", "json", "jsonl", "csv", "feed"}


def test_standard_input_sniffed_and_forced() -> None:
    text = _one("-", stdin=io.BytesIO("Снег в Москве.".encode("cp1251")))
    assert text == RawDocument("<stdin>", "Снег в Москве.", "text", {})
    lines = b'{"text": "\xe6\xb4\xaa\xe6\xb0\xb4", "lang": "zh"}\n{"text": broken}\n'
    items = list(read_path("-", stdin=io.BytesIO(lines)))
    assert items[0].content == "洪水" and items[0].declared == {"lang": "zh"}
    assert items[1].origin == "<stdin>:2" and items[1].reason.startswith("invalid JSON")
    forced = _one("-", fmt="txt", stdin=io.BytesIO(b'{"text": "kept as text"}'))
    assert forced.kind == "text" and forced.content == '{"text": "kept as text"}'
    assert _one("-", stdin=io.BytesIO(b"")).reason == "empty input"
    too_big = _one("-", stdin=io.BytesIO(b"word " * 100), max_bytes=100)
    assert too_big.reason == "input too large (more than 100 bytes limit)"
