"""Hostile input: a bad file costs one failure line, never the batch or what was read before it."""

from __future__ import annotations

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
        path.write_text(f"Report {i}\n\n{lead} (report number {i}, district {i * 7}).\n", "utf-8")
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

    def exploding(path: Path, **_: object) -> Iterator[RawDocument]:
        raise MemoryError

    monkeypatch.setattr(read_module, "read_html", exploding)
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
