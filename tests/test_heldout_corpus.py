"""The held-out corpus (tests/fixtures/heldout, issue 14): its manifest is complete and consistent."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from storyline.sample import load_manifest

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
SCRIPTS = {"en": "latin", "fr": "latin", "tr": "latin", "es": "latin", "de": "latin",
           "ar": "arabic", "fa": "arabic", "ru": "cyrillic", "zh": "han"}  # fmt: skip


def test_manifest_lists_every_file_once_with_the_sample_keys() -> None:
    entries = load_manifest(HELDOUT)
    sample_keys = set(load_manifest()[0])
    files = sorted(p.relative_to(HELDOUT).as_posix() for p in (HELDOUT / "articles").iterdir())
    assert sorted(e["file"] for e in entries) == files
    for entry in entries:
        assert sample_keys <= set(entry), entry["file"]
        assert entry["lang"] in SCRIPTS
        assert (HELDOUT / entry["file"]).read_text(encoding="utf-8").strip()


def test_three_events_in_five_scripts_each_with_hard_negatives_in_three() -> None:
    entries = load_manifest(HELDOUT)
    events = {e["story"] for e in entries if not e["hard_negative_of"]}
    assert len(events) == 3
    langs: dict[str, set[str]] = defaultdict(set)
    negatives: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        if entry["hard_negative_of"]:
            assert entry["hard_negative_of"] in events
            assert entry["story"] not in events
            negatives[entry["hard_negative_of"]].append(entry)
        else:
            langs[entry["story"]].add(entry["lang"])
    for event in events:
        assert {"en", "ar", "fa", "ru", "zh"} <= langs[event]
        assert len(negatives[event]) >= 5
        assert len({SCRIPTS[e["lang"]] for e in negatives[event]}) >= 3


def test_published_only_where_the_text_states_it() -> None:
    for entry in load_manifest(HELDOUT):
        assert (entry["published"] is None) == (entry["date_source"] is None), entry["file"]
        assert entry["event_date"]
