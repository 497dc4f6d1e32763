"""Checks shared by the held-out corpora's tests (tests/fixtures/heldout2, heldout3, heldout4).

Each corpus is a folder laid out like the sample (``manifest.jsonl`` +
``articles/``) holding a few events reported in several languages and, for
each event, same-actor reports of other occurrences (``hard_negative_of``).
These checks look at the fixture only, never at what the linker does with it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from storyline.sample import load_manifest

SCRIPTS = {"en": "latin", "es": "latin", "tr": "latin", "de": "latin", "fr": "latin",
           "it": "latin", "pl": "latin", "pt": "latin", "id": "latin",
           "ar": "arabic", "fa": "arabic", "ru": "cyrillic", "uk": "cyrillic",
           "zh": "han", "ja": "japanese", "ko": "hangul", "hi": "devanagari",
           "nl": "latin", "vi": "latin", "el": "greek",
           "sv": "latin", "cs": "latin", "he": "hebrew",
           "th": "thai", "hu": "latin", "ro": "latin",
           "fi": "latin", "bg": "cyrillic", "ur": "arabic",
           "bn": "bengali", "hr": "latin", "sw": "latin",
           "ta": "tamil", "ka": "georgian", "lt": "latin",
           "kk": "cyrillic", "hy": "armenian", "az": "latin",
           "et": "latin", "ms": "latin", "sr": "cyrillic", "sq": "latin", "mn": "cyrillic", "lv": "latin",
           "sl": "latin", "mk": "cyrillic", "is": "latin",
           "ca": "latin", "be": "cyrillic", "ne": "devanagari",
           "eu": "latin", "tl": "latin", "am": "ethiopic",
           "gl": "latin", "pa": "gurmukhi", "af": "latin",
           "cy": "latin", "gu": "gujarati", "tg": "cyrillic",
           "te": "telugu", "si": "sinhala", "ky": "cyrillic",
           "ml": "malayalam", "km": "khmer", "mt": "latin",
           "ps": "arabic", "my": "myanmar", "uz": "latin",
           "kn": "kannada", "sk": "latin", "mr": "devanagari",
           "yo": "latin", "da": "latin", "lo": "lao",
           "so": "latin", "no": "latin", "or": "odia",
           "ga": "latin", "ku": "latin", "as": "bengali",
           "ug": "arabic", "mg": "latin", "tt": "cyrillic",
           "sd": "arabic", "lb": "latin", "tk": "latin",
           "dv": "thaana", "bo": "tibetan", "ceb": "latin",
           "qu": "latin", "gd": "latin", "ba": "cyrillic", "ckb": "arabic", "yi": "hebrew", "cv": "cyrillic", "sah": "cyrillic", "os": "cyrillic", "ce": "cyrillic", "zu": "latin", "xh": "latin", "sn": "latin", "mi": "latin", "tn": "latin", "fy": "latin", "st": "latin", "br": "latin", "hsb": "latin", "eo": "latin", "jv": "latin", "ilo": "latin", "nds": "latin", "war": "latin", "ht": "latin", "la": "latin", "xmf": "georgian", "kw": "latin", "mhr": "cyrillic", "new": "devanagari", "sa": "devanagari", "li": "latin", "pms": "latin", "nn": "latin", "an": "latin", "su": "latin", "oc": "latin", "mrj": "cyrillic"}  # fmt: skip
"""The script each corpus language is written in."""

CORE_LANGS = {"en", "ar", "fa", "ru", "zh"}
"""The languages every event of a held-out corpus is reported in."""


def check_files(root: Path, entries: list[dict[str, Any]]) -> None:
    """Every article file listed once, with the sample manifest's keys, its language
    as the file name's prefix and its headline in the text."""
    sample_keys = set(load_manifest()[0])
    files = sorted(p.relative_to(root).as_posix() for p in (root / "articles").iterdir())
    assert sorted(e["file"] for e in entries) == files
    for entry in entries:
        assert sample_keys <= set(entry), entry["file"]
        assert entry["lang"] in SCRIPTS, entry["file"]
        assert Path(entry["file"]).name.startswith(entry["lang"] + "-"), entry["file"]
        text = (root / entry["file"]).read_text(encoding="utf-8")
        assert entry["title"] in text, entry["file"]


def check_events(
    entries: list[dict[str, Any]], *, events: int, reports: int, negatives: range
) -> None:
    """``events`` events, each with ``reports`` reports in distinct languages (the
    core five among them) and a number in ``negatives`` of hard negatives in at
    least three scripts, one of them undated in the language of an event report."""
    labels = {e["story"] for e in entries if not e["hard_negative_of"]}
    assert len(labels) == events
    langs: dict[str, list[str]] = defaultdict(list)
    negs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        if entry["hard_negative_of"]:
            assert entry["hard_negative_of"] in labels, entry["file"]
            assert entry["story"] not in labels, entry["file"]
            negs[entry["hard_negative_of"]].append(entry)
        else:
            langs[entry["story"]].append(entry["lang"])
    for label in labels:
        assert CORE_LANGS <= set(langs[label]), label
        assert len(langs[label]) == len(set(langs[label])) == reports, label
        assert len(negs[label]) in negatives, label
        assert len({SCRIPTS[n["lang"]] for n in negs[label]}) >= 3, label
        # the hardest case is there: an undated negative in an event report's language
        assert any(n["published"] is None and n["lang"] in langs[label] for n in negs[label])


def check_dates(entries: list[dict[str, Any]]) -> None:
    """A stated publication date is the event's day or the next; the date fields agree."""
    for entry in entries:
        assert (entry["published"] is None) == (entry["date_source"] is None), entry["file"]
        event = date.fromisoformat(entry["event_date"])
        if entry["published"]:
            days = (date.fromisoformat(entry["published"]) - event).days
            assert 0 <= days <= 1, entry["file"]
        assert entry["date_form"], entry["file"]


def check_zwnj_stripped(root: Path, entries: list[dict[str, Any]]) -> None:
    """Some Persian files lost their zero-width non-joiners, as scraped pages do."""
    stripped = [e for e in entries if e["zwnj_stripped"]]
    assert stripped and all(e["lang"] == "fa" for e in stripped)
    for entry in stripped:
        assert "\u200c" not in (root / entry["file"]).read_text(encoding="utf-8")


def check_beyond_core(entries: list[dict[str, Any]], extra_langs: set[str], at_least: int) -> None:
    """Events reported in ``at_least`` languages of ``extra_langs`` beyond the core five, and
    a negative occurrence reported in more than one language (one story label across them)."""
    extra = {e["lang"] for e in entries if not e["hard_negative_of"]} - CORE_LANGS
    assert len(extra & extra_langs) >= at_least
    by_story: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry["hard_negative_of"]:
            by_story[entry["story"]].add(entry["lang"])
    assert any(len(langs) > 1 for langs in by_story.values())


def check_undated(
    entries: list[dict[str, Any]], langs: set[str], low: int = 10, high: int = 15
) -> None:
    """Between ``low`` and ``high`` reports are undated, in at least the languages ``langs``."""
    undated = [e for e in entries if e["published"] is None]
    assert low <= len(undated) <= high
    assert {e["lang"] for e in undated} >= langs


def check_close_negatives(entries: list[dict[str, Any]], days: int, at_least: int = 2) -> None:
    """Each event has ``at_least`` hard-negative occurrences within ``days`` days of it."""
    events = {
        e["story"]: date.fromisoformat(e["event_date"])
        for e in entries
        if not e["hard_negative_of"]
    }
    for label, day in events.items():
        close = {
            n["story"]
            for n in entries
            if n["hard_negative_of"] == label
            and abs((date.fromisoformat(n["event_date"]) - day).days) <= days
        }
        assert len(close) >= at_least, label
