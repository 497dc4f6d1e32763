"""End-to-end ingest: readers, cleanup, normalisation, language, dates, store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storyline.article import RawDocument
from storyline.pipeline import ingest, prepare
from storyline.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
ZWNJ = "\u200c"


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "test.db") as s:
        yield s


def test_english_scrape_is_cleaned(store: Store) -> None:
    report = ingest([FIXTURES / "en-scrape.txt"], store)
    assert (report.read, report.added, report.failed) == (1, 1, [])
    article = store.get_article(report.added_ids[0])
    assert article is not None
    assert article.title == "Flooding forces thousands from homes along the Danube"
    assert article.lang == "en"
    assert article.outlet == "Reuters"
    assert article.dateline_place == "Budapest"
    assert article.scraped_at and article.scraped_at.startswith("2025-03-03")
    assert article.published is None and article.published_precision == "unknown"
    assert len(article.captions) == 1 and article.captions[0].startswith("FILE PHOTO")
    assert "Leave a Reply" not in article.text
    assert "email address" not in article.text
    assert article.text.count("Rising waters") == 1
    assert "FILE PHOTO" not in article.text
    assert len(article.sentences) >= 3


def test_persian_scrape_is_repaired(store: Store) -> None:
    report = ingest([FIXTURES / "fa-stripped.txt"], store)
    article = store.get_article(report.added_ids[0])
    assert article is not None
    assert article.lang == "fa"
    assert article.title == "سیل هزاران نفر را در امتداد دانوب آواره کرد"
    assert f"خانه{ZWNJ}هایشان" in article.text or f"خانه{ZWNJ}ها" in article.text
    assert f"رئیس{ZWNJ}جمهور" in article.text
    assert f"گفت{ZWNJ}وگو" in article.text
    assert f"می{ZWNJ}گویند" in article.text
    assert ZWNJ not in article.text_original
    assert article.outlet == "ISNA"


def test_records_with_a_broken_line(store: Store) -> None:
    report = ingest([FIXTURES / "records.jsonl"], store)
    assert report.added == 4
    assert len(report.failed) == 1
    origin, reason = report.failed[0]
    assert origin.endswith(":4") and "JSON" in reason
    langs = sorted(store.languages())
    assert langs == ["ar", "en", "ru", "zh"]
    russian = store.list_articles(lang="ru")[0]
    article = store.get_article(russian.id)
    assert article.published == "2025-03-03T08:15:00+00:00"
    assert article.published_precision == "minute"
    english = store.get_article(store.list_articles(lang="en")[0].id)
    assert english.published.startswith("2025-03-06T10:00")


def test_ingest_is_idempotent(store: Store) -> None:
    first = ingest([FIXTURES], store)
    assert first.added == 6
    second = ingest([FIXTURES], store)
    assert second.added == 0
    assert second.existing == 6
    assert store.count_articles() == 6


def test_near_duplicate_is_recorded_as_a_copy(store: Store, tmp_path: Path) -> None:
    original = (FIXTURES / "en-scrape.txt").read_text(encoding="utf-8")
    body = original.split("BUDAPEST", 1)[1].split("Leave a Reply")[0]
    copy = (
        "Danube flood: thousands leave their homes\n\n"
        "By Staff Writer | Wire copy\n\nBUDAPEST"
        + body
        + "\nOur correspondent in Budapest contributed to this report on the floods.\n"
        + "\nRead more: other stories\n"
    )  # another site's furniture is cleaned off; the added sentence makes it a near copy
    (tmp_path / "copy.txt").write_text(copy, encoding="utf-8")
    ingest([FIXTURES / "en-scrape.txt"], store)
    report = ingest([tmp_path / "copy.txt"], store)
    assert report.duplicates == 1 and report.added == 0
    assert store.count_articles() == 1
    assert store.count_copies() == 1


def test_bad_inputs_do_not_stop_the_batch(store: Store, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(FIXTURES / "en-scrape.txt", batch / "good.txt")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (batch / "nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    with (batch / "huge.txt").open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    report = ingest([batch], store)
    assert report.added == 1
    reasons = {Path(origin).name: reason for origin, reason in report.failed}
    assert set(reasons) == {"empty.txt", "binary.txt", "nav.html", "huge.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "no article" in reasons["nav.html"]
    again = ingest([batch], store)
    assert again.added == 0 and store.count_articles() == 1


def test_prepare_rejects_an_empty_document() -> None:
    from storyline.pipeline import DocumentError

    with pytest.raises(DocumentError):
        prepare(RawDocument(origin="x", content="   \n\n  "))


def test_parallel_preparation_gives_the_same_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as one, Store(tmp_path / "b.db") as two:
        ingest([FIXTURES], one, workers=1)
        ingest([FIXTURES], two, workers=2)
        assert [a.id for a in one.list_articles()] == [a.id for a in two.list_articles()]
