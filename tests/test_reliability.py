"""Hostile input: a bad file costs one failure line, never the batch or what was read before it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.article import RawDocument, ReadFailure
from storyline.pipeline import ingest
from storyline.read import read_path
from storyline.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
DEEP = 100_000


def _good_files(root: Path, n: int) -> list[Path]:
    """``n`` distinct small articles in several scripts, as text files."""
    leads = [
        "Heavy rain closed schools across Porto Alegre on Monday as rivers rose",
        "Во вторник в Москве выпал первый снег, движение на дорогах затруднено",
        "باران شدید روز دوشنبه مدارس شهر تبریز را تعطیل کرد و رودخانه طغیان کرد",
        "أغلقت الأمطار الغزيرة المدارس في مدينة البصرة يوم الاثنين بعد فيضان النهر",
        "周一暴雨导致广州多所学校停课，河水上涨超过警戒线",
    ]
    paths = []
    for i in range(n):
        path = root / f"{i:02d}-good.txt"
        lead = leads[i % len(leads)]
        words = " ".join(f"{w}{i}" for w in ("alpha", "bravo", "delta", "kilo", "oscar", "tango"))
        path.write_text(f"Report {i}\n\n{lead} ({words}).\n", "utf-8")
        paths.append(path)
    return paths


def test_deeply_nested_json_among_good_files_costs_one_line(tmp_path: Path) -> None:
    root = tmp_path / "batch"
    root.mkdir()
    good = _good_files(root, 10)
    (root / "05-deep.json").write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    (root / "06-deep.jsonl").write_text(
        json.dumps({"text": "A line before the bad one, about a harbour strike in Marseille."})
        + "\n"
        + '{"text": '
        + "[" * DEEP
        + "\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "s.db") as store:
        report = ingest([root], store, link=False)
        assert store.count_articles() == len(good) + 1
    assert report.added == len(good) + 1
    reasons = dict(report.failed)
    assert reasons == {
        str(root / "05-deep.json"): "invalid JSON: nested too deeply",
        str(root / "06-deep.jsonl") + ":2": "invalid JSON: nested too deeply",
    }


def test_a_reader_that_raises_costs_its_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.read as read_module

    root = tmp_path / "batch"
    root.mkdir()
    _good_files(root, 4)
    (root / "02-bad.html").write_text("<html><body><p>never read</p></body></html>", "utf-8")

    def exploding(path: Path, *_: object) -> Iterator[RawDocument]:
        raise MemoryError

    html = dataclasses.replace(read_module.READERS["html"], read_file=exploding)
    monkeypatch.setitem(read_module.READERS, "html", html)
    results = list(read_path(root))
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert [f.reason for f in failures] == ["unreadable: not enough memory to read it"]
    assert sum(isinstance(r, RawDocument) for r in results) == 4


def test_an_interrupted_batch_commits_what_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anything that escapes mid-batch (here Ctrl-C) still commits the articles read before it."""
    import storyline.pipeline as pipeline

    root = tmp_path / "batch"
    root.mkdir()
    _good_files(root, 6)
    real = pipeline.iter_documents

    def interrupted(*args: object, **kwargs: object) -> Iterator[RawDocument | ReadFailure]:
        for n, item in enumerate(real(*args, **kwargs)):  # type: ignore[arg-type]
            if n == 4:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(pipeline, "iter_documents", interrupted)
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([root], store, link=False)
        assert store.count_articles() == 4


def test_nested_json_posted_is_422(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    with TestClient(create_app(tmp_path / "w.db", token="t")) as client:
        response = client.post(
            "/api/articles",
            content=b'{"text": ' + b"[" * DEEP + b"]" * DEEP + b"}",
            headers={"Authorization": "Bearer t", "Content-Type": "application/json"},
        )
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "body is not valid JSON: nested too deeply"


# -- bounded memory: caps on every path, MinHash in chunks --------------------------


def test_csv_record_over_the_limit_is_one_failure_and_the_rest_is_read(tmp_path: Path) -> None:
    from storyline.read.tabular import read_csv

    rows = [
        "title,text",
        "Small,Rain closed schools in Lima on Monday.",
        "Huge," + "word " * 400,
        "After,Snow fell in Moscow on Tuesday.",
    ]
    path = tmp_path / "records.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for max_bytes in (1000, 1500):  # streamed (file over the limit) and decoded whole
        results = list(read_csv(path, max_bytes=max_bytes))
        assert [type(r).__name__ for r in results] == ["RawDocument", "ReadFailure", "RawDocument"]
        assert results[1].origin.endswith(":3")
        assert results[1].reason.startswith("record too large")


def test_csv_quoted_field_over_the_limit_stops_the_file_with_one_line(tmp_path: Path) -> None:
    from storyline.read.tabular import parse_csv

    text = 'title,text\nA,"' + ("word " * 50 + "\n") * 20 + '"\nB,after\n'
    results = list(parse_csv(text, "q.csv", max_bytes=600))
    assert [type(r).__name__ for r in results] == ["ReadFailure", "RawDocument"]
    # A field beyond the csv module's own limit: where the record ends is unknown.
    text = 'title,text\nA,"' + ("word " * 50 + "\n") * 1000 + '"\nB,after\n'
    results = list(parse_csv(text, "q.csv", max_bytes=600))
    assert len(results) == 1 and isinstance(results[0], ReadFailure)
    assert "the rest of the file is not read" in results[0].reason


def test_json_and_jsonl_records_over_the_limit(tmp_path: Path) -> None:
    from storyline.read.records import parse_json, parse_jsonl

    big = {"text": "x " * 600}
    small = {"text": "Rain closed schools in Lima on Monday."}
    doc = json.dumps([small, big, small]).encode()
    assert [type(r).__name__ for r in parse_json(doc, "f.json", max_bytes=1000)] == [
        "RawDocument",
        "ReadFailure",
        "RawDocument",
    ]
    lines = "\n".join(json.dumps(r) for r in (small, big, small)).encode()
    results = list(parse_jsonl(lines, "f.jsonl", max_bytes=1000))
    assert [r.origin for r in results if isinstance(r, ReadFailure)] == ["f.jsonl:2"]


def test_prepare_refuses_a_document_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MAX_DOCUMENT_CHARS", 100)
    with pytest.raises(pipeline.DocumentError, match="document too large"):
        pipeline.prepare(RawDocument(origin="api", content="word " * 30))


@pytest.mark.parametrize(
    "text",
    [
        " ".join(f"w{i % 97}x{i}" for i in range(3000)),  # one long block of words
        "北京今天下雨了，很多学校停课。" * 300,  # one long unspaced block
        "\n\n".join(" ".join(f"p{j}w{i}" for i in range(40)) for j in range(50)),
        "a " + "x" * 5000 + " b " + "y" * 5000,  # a few huge words
    ],
)
def test_minhash_in_pieces_equals_minhash_in_one_go(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    import numpy as np

    import storyline.dedup as dedup

    whole = dedup.signature(text), dedup.shingle_hashes(text)
    monkeypatch.setattr(dedup, "_PIECE_CHARS", 64)
    monkeypatch.setattr(dedup, "_MINHASH_CHUNK", 7)
    assert (dedup.shingle_hashes(text) == whole[1]).all()
    assert np.array_equal(dedup.signature(text), whole[0])


def test_fold_in_pieces_equals_fold_in_one_go(monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.text.fold as fold

    text = (FIXTURES / "fa-stripped.txt").read_text("utf-8") * 3 + " Straße ÉLYSÉE 北京 ёлка\u0301 "
    whole = fold.fold_for_matching(text), fold.search_string(text)
    monkeypatch.setattr(fold, "_FOLD_CHUNK", 37)
    assert (fold.fold_for_matching(text), fold.search_string(text)) == whole


# -- store errors: one line and the summary of what was stored ----------------------


def test_disk_full_mid_ingest_keeps_what_was_committed(tmp_path: Path) -> None:
    from storyline.pipeline import BATCH_SIZE, IngestAborted

    root = tmp_path / "batch"
    root.mkdir()
    files = _good_files(root, BATCH_SIZE + 20)
    with Store(tmp_path / "probe.db") as probe:  # pages one committed batch needs
        before = probe._conn.execute("PRAGMA page_count").fetchone()[0]
        ingest(files[:BATCH_SIZE], probe, link=False)
        needed = probe._conn.execute("PRAGMA page_count").fetchone()[0] - before
    with Store(tmp_path / "s.db") as store:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + needed + 2}")  # full after one
        with pytest.raises(IngestAborted) as caught:
            ingest([root], store, link=False)
        message, report = str(caught.value), caught.value.report
        assert "disk full" in message and "\n" not in message
        assert report.added + report.duplicates == BATCH_SIZE  # the first batch, committed
        assert report.added == store.count_articles()


def test_ingest_checks_free_space_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import storyline.pipeline as pipeline
    from storyline.pipeline import IngestAborted

    real = shutil.disk_usage
    monkeypatch.setattr(
        shutil,
        "disk_usage",
        lambda p: real(p)._replace(free=1024 * 1024),  # 1 MiB left
    )
    read = []
    monkeypatch.setattr(pipeline, "iter_documents", lambda *a, **k: read.append(1) or iter(()))
    with Store(tmp_path / "s.db") as store, pytest.raises(IngestAborted, match="disk nearly full"):
        ingest([FIXTURES], store, link=False)
    assert read == []


def test_cli_lock_held_too_long_is_one_line_with_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from typer.testing import CliRunner

    import storyline.store.core as core
    from storyline.cli import app

    db = tmp_path / "s.db"
    Store(db).close()
    monkeypatch.setattr(core, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(app, ["ingest", str(FIXTURES), "--db", str(db), "--no-link"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("read 0, added 0")
    assert lines[-1].startswith("error: cannot write to store") and "locked" in lines[-1]


def test_cli_missing_path_creates_no_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    db = tmp_path / "never.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "no-such.txt"), "--db", str(db)])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output
    assert not db.exists()


def test_read_only_store_is_reported_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import storyline.store.core as core
    from storyline.store import StoreError

    db = tmp_path / "s.db"
    Store(db).close()

    class ReadOnly:
        f_flag = os.ST_RDONLY

    monkeypatch.setattr(core.os, "statvfs", lambda _p: ReadOnly())
    with Store(db) as store, pytest.raises(StoreError, match="read-only file system"):
        store.check_writable()
    # Opening fails on real read-only media ("unable to open database file"): the
    # message then names the cause instead of "not an SQLite database".
    real_connect = core.sqlite3.connect

    def failing_connect(*args: object, **kwargs: object) -> object:
        conn = real_connect(":memory:")
        conn.close()  # every statement now raises sqlite3.ProgrammingError
        return conn

    monkeypatch.setattr(core.sqlite3, "connect", failing_connect)
    with pytest.raises(StoreError, match="read-only file system"):
        Store(db)
