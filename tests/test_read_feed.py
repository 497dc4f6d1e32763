"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

from pathlib import Path

from storyline.article import RawDocument, ReadFailure
from storyline.read import read_path

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def test_rss_entries_content_summary_and_empty() -> None:
    origin = str(FIXTURES / "feed.rss")
    first, second, third = read_path(FIXTURES / "feed.rss")
    assert isinstance(first, RawDocument) and first.kind == "text"
    assert first.origin == f"{origin}#entry 1"
    assert first.content.startswith("Правительство Москвы объявило")
    assert first.content.endswith("\n\nВторой абзац & продолжение.")
    assert first.declared == {
        "title": "Снегопад в Москве",
        "url": "https://news.example/snow",
        "date": "Mon, 03 Mar 2025 08:15:00 +0300",
        "author": "Иван Петров",
        "outlet": "Пример Новости",
        "lang": "ru",
    }
    assert second.content == "Only a summary here.\n\nTwo paragraphs."
    assert third == ReadFailure(f"{origin}#entry 3", "entry has no content or summary")


def test_atom_feed_detected_by_content_in_an_xml_file() -> None:
    (entry,) = read_path(FIXTURES / "news-feed.xml")
    assert entry.content.startswith("سیل هزاران نفر") and "می\u200cگویند" in entry.content
    assert entry.declared["date"] == "2025-03-04T10:00:00Z"
    assert entry.declared["author"] == "مریم"
    assert entry.declared["url"] == "https://fa.example/1"


def test_not_a_feed_and_empty_feed(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.rss"
    bogus.write_text("this is not XML at all", encoding="utf-8")
    (failure,) = read_path(bogus)
    assert failure.reason == "not an RSS/Atom feed (no entries found)"
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>T</title></channel></rss>', "utf-8")
    (failure,) = read_path(empty)
    assert failure.reason == "feed has no entries"
    nothing = tmp_path / "nothing.atom"
    nothing.write_bytes(b"")
    assert [f.reason for f in read_path(nothing)] == ["empty file"]


def test_forced_feed_format_on_any_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert len(list(read_path(path, fmt="feed"))) == 3
