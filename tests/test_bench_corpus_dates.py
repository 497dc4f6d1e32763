"""bench/corpus_dates.py: a corpus's dates read vs its manifest, counts only (several scripts)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_modules import load_bench  # noqa: E402

bench = load_bench("corpus_dates")

ARTICLES = {
    # states its day in a header date line: read right
    "ru-dated.txt": (
        "Парламент утвердил бюджет на 2027 год\n\n11 февраля 2027\n\n"
        "Депутаты в четверг утвердили бюджет страны на следующий год после долгих дебатов."
    ),
    # states a day, but the manifest says another: wrong
    "en-off.txt": (
        "Port workers end strike after pay deal\n\nMarch 4, 2027\n\n"
        "Port workers in Marseille ended a week-long strike on Thursday after a pay deal."
    ),
    # states nothing: none
    "zh-undated.txt": "港口工人结束罢工\n\n马赛港口工人在达成薪资协议后结束了为期一周的罢工。",
}
MANIFEST = [
    {
        "file": "articles/ru-dated.txt",
        "lang": "ru",
        "published": "2027-02-11",
        "date_source": "text",
    },
    {"file": "articles/en-off.txt", "lang": "en", "published": "2027-03-05", "date_source": "text"},
    {
        "file": "articles/zh-undated.txt",
        "lang": "zh",
        "published": None,
        "date_source": None,
        "event_date": "2027-03-04",
    },
]


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
    rows = [
        {"story": "s", "title": "t", "duplicate_of": None, "record": None, **m} for m in MANIFEST
    ]
    (tmp_path / "manifest.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return tmp_path


def test_counts_right_wrong_and_none_by_group_source_and_language(tmp_path: Path) -> None:
    row = bench.corpus_dates(_corpus(tmp_path))
    assert row["reports"] == 3 and row["unreadable"] == 0
    assert row["stated"] == {"right": 1, "coarse": 0, "wrong": 1, "none": 0, "total": 2}
    assert row["unstated"] == {"none": 1, "gold_day": 0, "wrong": 0, "total": 1}
    assert row["by_source"] == {"text": {"right": 1, "wrong": 1}}
    assert row["by_lang"] == {"en": {"wrong": 1}, "ru": {"right": 1}, "zh": {"unstated": 1}}


def test_prints_no_titles_or_file_names(tmp_path: Path, capsys) -> None:
    assert bench.main([str(_corpus(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["figure"] == "corpus_dates"
    assert "Port" not in out and "en-off" not in out and "Парламент" not in out


def test_verdicts() -> None:
    assert bench._verdict("2027-02-11T09:00:00+00:00", "minute", "2027-02-11") == "right"
    assert bench._verdict("2027-02-01T00:00:00+00:00", "month", "2027-02-11") == "coarse"
    assert bench._verdict("2027-01-01T00:00:00+00:00", "month", "2027-02-11") == "wrong"
    assert bench._verdict("2027-02-12T00:00:00+00:00", "day", None) == "wrong"
