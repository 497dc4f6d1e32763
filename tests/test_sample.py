"""Consistency checks for the sample corpus shipped in ``storyline.sample``.

Plain standard library only: these tests must not depend on the readers or
the cleanup code.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.sample import data_files, load_manifest, sample_dir, stories
from storyline.text.dates.evidence import estimate_event_date

ZWNJ = "\u200c"
MANIFEST = load_manifest()
KEYS = {
    "file",
    "record",
    "format",
    "lang",
    "story",
    "title",
    "outlet",
    "published",
    "duplicate_of",
    "zwnj_stripped",
    "encoding",
    "hostile",
    "hard_negative_of",
    "date_source",
}
EVENTS = [e for e in MANIFEST if not e["hard_negative_of"]]
NEGATIVES = [e for e in MANIFEST if e["hard_negative_of"]]


def _records(entry: dict[str, Any]) -> list[dict[str, str]]:
    path = sample_dir() / entry["file"]
    if entry["format"] == "jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    if entry["format"] == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    if entry["format"] == "rss":
        root = ET.parse(path).getroot()
        return [
            {
                "title": item.findtext("title") or "",
                "text": item.findtext("description") or "",
                "date": item.findtext("pubDate") or "",
            }
            for item in root.iter("item")
        ]
    raise AssertionError(f"{entry['file']} is not a multi-record file")


def _text(entry: dict[str, Any]) -> str:
    """The decoded text of one manifest entry (the record's text for containers)."""
    if entry["record"] is None:
        return (sample_dir() / entry["file"]).read_bytes().decode(entry["encoding"])
    return _records(entry)[entry["record"]]["text"]


def _words(text: str) -> int:
    """Word count; CJK characters count as half a word each."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return len(text.split()) + cjk // 2


def test_manifest_lines_have_the_documented_keys() -> None:
    assert len(MANIFEST) >= 40
    for entry in MANIFEST:
        assert set(entry) == KEYS, entry["file"]
        assert entry["encoding"] in {"utf-8", "cp1251", "windows-1256"}
        assert entry["format"] in {"txt", "html", "jsonl", "csv", "rss"}
        assert Path(entry["file"]).suffix.lstrip(".") in {"txt", "html", "jsonl", "csv", "xml"}
        assert entry["date_source"] in {"metadata", "url", "text", None}


def test_every_file_exists_and_every_data_file_is_listed() -> None:
    root = sample_dir()
    listed = {entry["file"] for entry in MANIFEST}
    for name in listed:
        assert (root / name).is_file(), name
    on_disk = {p.relative_to(root).as_posix() for p in data_files()}
    assert on_disk == listed


def test_entries_are_unique() -> None:
    keys = Counter((e["file"], e["record"]) for e in MANIFEST)
    assert max(keys.values()) == 1


def test_single_files_have_no_record_and_containers_do() -> None:
    for entry in MANIFEST:
        if entry["format"] in {"txt", "html"}:
            assert entry["record"] is None, entry["file"]
        else:
            assert isinstance(entry["record"], int), entry["file"]


def test_every_record_index_exists_and_every_record_is_listed() -> None:
    containers = {e["file"]: e for e in MANIFEST if e["record"] is not None}
    for name, entry in containers.items():
        records = _records(entry)
        listed = sorted(e["record"] for e in MANIFEST if e["file"] == name)
        assert listed == list(range(len(records))), name


def test_formats_required_by_the_demo_are_present() -> None:
    per_format = Counter(e["format"] for e in MANIFEST)
    assert 3 <= per_format["html"] <= 4
    assert 4 <= per_format["jsonl"] <= 10
    assert per_format["csv"] == 3
    assert per_format["rss"] == 3
    assert per_format["txt"] > per_format["html"]


def test_container_fields() -> None:
    for entry in MANIFEST:
        if entry["format"] in {"jsonl", "csv"}:
            record = _records(entry)[entry["record"]]
            assert set(record) == {"url", "title", "text", "date", "lang", "outlet"}
            assert record["lang"] == entry["lang"]
            assert record["outlet"] == entry["outlet"]
            if entry["date_source"] == "metadata":
                assert record["date"].startswith(entry["published"])
            else:  # an export without a date field, as real scrapes have
                assert record["date"] == ""
            in_url = entry["published"] in record["url"].replace("/", "-") or entry[
                "published"
            ].replace("-", "") in record["url"]
            if entry["date_source"] != "metadata":
                assert in_url == (entry["date_source"] == "url"), record["url"]
        if entry["format"] == "rss":
            record = _records(entry)[entry["record"]]
            assert "<p>" in record["text"]
            assert re.match(r"\w{3}, \d\d \w{3} 2025 ", record["date"])


def test_titles_match_the_files() -> None:
    for entry in MANIFEST:
        if entry["record"] is not None:
            assert _records(entry)[entry["record"]]["title"] == entry["title"]
        elif entry["format"] == "html":
            match = re.search(r"<h1>(.*?)</h1>", _text(entry), re.S)
            assert match is not None, entry["file"]
            assert unescape(match.group(1).strip()) == entry["title"]
        else:
            lines = [re.sub(r"^date \d{4}-\d\d-\d\d ", "", x) for x in _text(entry).splitlines()]
            assert entry["title"] in lines[:12], entry["file"]


def test_html_pages_declare_their_metadata() -> None:
    for entry in (e for e in MANIFEST if e["format"] == "html"):
        page = _text(entry)
        assert f'<html lang="{entry["lang"]}"' in page
        assert f'<meta property="og:site_name" content="{entry["outlet"]}">' in page
        published = re.search(r'"article:published_time" content="([^"]+)"', page)
        assert published is not None and published.group(1).startswith(entry["published"])
        assert '<link rel="canonical"' in page and "<article" in page and "<footer>" in page


def test_languages() -> None:
    per_lang = Counter(e["lang"] for e in MANIFEST)
    assert len(per_lang) >= 7
    assert {"fa", "ar", "ru", "zh", "en", "fr", "es", "de", "tr"} <= set(per_lang)
    assert min(per_lang.values()) >= 3


def test_events_are_multilingual_and_distractors_are_single() -> None:
    events = stories()
    assert all(not e["hard_negative_of"] for entries in events.values() for e in entries)
    assert len(events) >= 9
    for label, entries in events.items():
        assert re.fullmatch(r"e\d+-[a-z0-9-]+", label)
        assert 3 <= len({e["lang"] for e in entries}) <= 6, label
    singles = stories(min_languages=1).keys() - events.keys()
    assert 6 <= len(singles) <= 8
    for label in singles:
        assert label.startswith("x-")
        assert sum(e["story"] == label for e in MANIFEST) == 1


def test_some_event_spans_several_days_and_has_follow_ups() -> None:
    spans = []
    for entries in stories().values():
        days = sorted(date.fromisoformat(e["published"]) for e in entries)
        assert (days[-1] - days[0]).days <= 4
        spans.append((days[-1] - days[0]).days)
    assert max(spans) >= 2
    assert sum(span >= 1 for span in spans) >= 6


def test_published_dates_are_in_range() -> None:
    for entry in EVENTS:
        assert entry["published"] is not None, entry["file"]
        day = date.fromisoformat(entry["published"])
        assert date(2025, 3, 1) <= day <= date(2025, 4, 30), entry["file"]
        assert entry["date_source"] is not None, entry["file"]
    for entry in NEGATIVES:  # earlier years, or weeks before the event
        day = date.fromisoformat(entry["published"])
        assert date(2015, 1, 1) <= day < date(2025, 3, 1), entry["file"]


def test_article_lengths() -> None:
    for entry in MANIFEST:
        text = re.sub(r"<[^>]+>", " ", _text(entry)) if entry["format"] == "rss" else _text(entry)
        if entry["format"] == "html":
            text = re.sub(r"<[^>]+>", " ", text.split("<article", 1)[1].split("</article>")[0])
        assert 110 <= _words(text) <= 420, (entry["file"], entry["record"], _words(text))


def test_declared_encodings() -> None:
    by_encoding = {e["encoding"]: e for e in MANIFEST if e["encoding"] != "utf-8"}
    assert set(by_encoding) == {"cp1251", "windows-1256"}
    assert by_encoding["cp1251"]["lang"] == "ru"
    assert by_encoding["windows-1256"]["lang"] == "ar"
    for entry in by_encoding.values():
        raw = (sample_dir() / entry["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert entry["title"] in raw.decode(entry["encoding"])
    for entry in MANIFEST:
        if entry["encoding"] == "utf-8" and entry["record"] is None:
            raw = (sample_dir() / entry["file"]).read_bytes()
            assert not raw.startswith(b"\xef\xbb\xbf"), entry["file"]
            raw.decode("utf-8")


def test_text_is_nfc_and_scripts_match_languages() -> None:
    scripts = {
        "fa": r"[\u0600-\u06ff]",
        "ar": r"[\u0600-\u06ff]",
        "ru": r"[\u0400-\u04ff]",
        "zh": r"[\u4e00-\u9fff]",
    }
    for entry in MANIFEST:
        text = _text(entry)
        assert unicodedata.is_normalized("NFC", text), entry["file"]
        if entry["lang"] in scripts:
            assert len(re.findall(scripts[entry["lang"]], text)) > 150, entry["file"]


def test_persian_and_arabic_letters() -> None:
    for entry in MANIFEST:
        text = _text(entry)
        if entry["lang"] == "fa":
            assert "ی" in text and "ک" in text
            assert "ي" not in text and "ك" not in text, entry["file"]
        if entry["lang"] == "ar":
            assert "ي" in text and "ة" in text
            assert "ی" not in text and "ک" not in text, entry["file"]


def test_exactly_one_persian_file_has_its_zwnj_stripped() -> None:
    persian = [e for e in MANIFEST if e["lang"] == "fa"]
    stripped = [e for e in persian if e["zwnj_stripped"]]
    assert len(stripped) == 1 and stripped[0]["format"] == "txt"
    text = _text(stripped[0])
    assert ZWNJ not in text
    assert "کردهاند" in text  # what a scraper leaves of کرده‌اند
    for entry in persian:
        if not entry["zwnj_stripped"]:
            assert _text(entry).count(ZWNJ) >= 10, entry["file"]
    assert not any(e["zwnj_stripped"] for e in MANIFEST if e["lang"] != "fa")


def test_one_persian_file_has_a_numeric_jalali_date() -> None:
    hits = [
        e
        for e in MANIFEST
        if e["lang"] == "fa" and re.search("۱[۳۴][۰-۹]{2}/[۰-۹]{2}/[۰-۹]{2}", _text(e))
    ]
    assert [e["published"] for e in hits] == ["2025-03-16"]


def test_near_duplicate_repeats_the_original_body() -> None:
    copies = [e for e in MANIFEST if e["duplicate_of"]]
    assert len(copies) == 1
    copy = copies[0]
    original = next(e for e in MANIFEST if e["file"] == copy["duplicate_of"])
    assert original["duplicate_of"] is None
    assert original["story"] == copy["story"] and original["outlet"] != copy["outlet"]
    original_text, copy_text = _text(original), _text(copy)
    assert original_text != copy_text
    body = original_text[original_text.index("(Meridian) -") :]
    paragraphs = [p for p in body.split("\n\n") if len(p) > 120]
    assert len(paragraphs) >= 5
    assert all(p in copy_text for p in paragraphs)
    caption = next(line for line in original_text.splitlines() if line.startswith("FILE PHOTO"))
    assert caption not in copy_text


def test_hostile_page_carries_the_payloads_and_real_news() -> None:
    hostile = [e for e in MANIFEST if e["hostile"]]
    assert len(hostile) == 1 and hostile[0]["format"] == "html"
    article = _text(hostile[0]).split("<article>", 1)[1].split("</article>", 1)[0]
    assert "<script>alert(1)</script>" in article
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert 'href="javascript:' in article
    assert "onerror=" in article
    assert hostile[0]["story"] in stories()


def test_txt_scrape_noise_is_present() -> None:
    texts = [_text(e) for e in MANIFEST if e["format"] == "txt"]
    joined = "\n".join(texts)
    for marker in ("FILE PHOTO:", "Leave a Reply", "ارسال نظر", "به گزارش", "(Meridian) -"):
        assert marker in joined, marker
    scrape_date = re.compile(
        r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d+, 20\d\d$"
    )
    assert sum(bool(scrape_date.match(t.splitlines()[0])) for t in texts) >= 2
    repeated_title = [
        e for e in MANIFEST if e["format"] == "txt" and _text(e).count(e["title"]) >= 2
    ]
    assert len(repeated_title) >= 5


def test_hard_negatives_share_actors_but_not_the_event() -> None:
    negatives = stories(min_languages=1, hard_negatives=True).keys() - stories(1).keys()
    assert len(negatives) >= 5
    events = stories()
    of = {e["hard_negative_of"] for e in NEGATIVES}
    assert {"e1-shatt-al-arab-dredging", "e2-elazig-earthquake"} <= of
    assert len(of) >= 4 and of <= events.keys()
    for label in negatives:
        entries = [e for e in NEGATIVES if e["story"] == label]
        assert re.fullmatch(r"h\d+[a-z]?-[a-z0-9-]+", label)
        langs = {e["lang"] for e in entries}
        assert len(langs) >= 2, label
        assert len({e["hard_negative_of"] for e in entries}) == 1, label
        assert label not in events
    for event in of:  # every event's negatives come in two or more scripts
        langs = {e["lang"] for e in NEGATIVES if e["hard_negative_of"] == event}
        script = {"fa": "arabic", "ar": "arabic", "ru": "cyrillic", "zh": "han"}
        assert len({script.get(lang, "latin") for lang in langs}) >= 2, (event, langs)
    # each negative names a place or actor of its event (checked by hand-picked keys)
    shared = {
        "e1-shatt-al-arab-dredging": ("Shatt al-Arab", "اروندرود", "شط العرب"),
        "e2-elazig-earthquake": ("Sivrice", "سیوریجه", "Elazig"),
        "e3-marseille-dock-strike": ("Marseille-Fos", "马赛-福斯港"),
        "e6-iraq-kuwait-sandstorm": ("Najaf", "النجف", "خوزستان"),
        "e7-north-south-corridor": ("Север – Юг", "شمال-جنوب"),
        "e4-zabaikalsky-wildfires": ("Забайкаль", "外贝加尔"),
    }
    for entry in NEGATIVES:
        text = _text(entry)
        assert any(key in text for key in shared[entry["hard_negative_of"]]), entry["file"]


def test_some_hard_negatives_state_no_date_and_some_only_in_the_url() -> None:
    sources = Counter(e["date_source"] for e in NEGATIVES)
    assert sources[None] >= 3 and sources["url"] >= 2 and sources["text"] >= 6
    undated_txt = [e for e in NEGATIVES if e["date_source"] is None and e["record"] is None]
    estimated = set()
    for entry in undated_txt:  # nothing near the top reads as a publication date
        article = prepare(RawDocument(origin=entry["file"], content=_text(entry))).article
        # some state their event's day inside the text: an estimate, not a publication date
        # (the first paragraph's day is one with source "lead"; a later one is shown apart)
        if article.published is not None:
            assert article.published_source == "lead", entry["file"]
            day = article.published[:10]
        else:
            day = estimate_event_date(article.title, article.text, article.lang)
        if day is not None:
            gap = date.fromisoformat(day) - date.fromisoformat(entry["published"])
            assert abs(gap.days) <= 1, entry["file"]
            estimated.add(entry["lang"])
    assert estimated >= {"ru", "fa", "ar", "zh"}


def test_seed_like_pair_persian_report_is_longer() -> None:
    event = stories()["e1-shatt-al-arab-dredging"]
    english = next(e for e in event if e["lang"] == "en")
    persian = next(e for e in event if e["lang"] == "fa")
    assert persian["zwnj_stripped"]
    assert _words(_text(persian)) > _words(_text(english))


def test_sample_directory_stays_small() -> None:
    total = sum(p.stat().st_size for p in sample_dir().rglob("*") if p.is_file())
    assert total < 300_000
