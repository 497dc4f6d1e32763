"""The held-out corpus (tests/fixtures/heldout) linked as one ingest batch: what holds.

Written for issue 14 without looking at the linker's word lists or the
sample's articles. Most of its reports are undated, and the linker keeps
same-language reports of the same actors together whatever the year (see
/work/notes and ``bench/story_orders.py --corpus``); these tests pin what
holds: reports of one event that carry their day end in one story, and
reports dated (or scraped) in another year or month stay out of it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from storyline.encode import get_encoder
from storyline.evaluate.stories import sample_gold
from storyline.pipeline import ingest
from storyline.sample import load_manifest
from storyline.store import Store

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


@pytest.fixture(scope="module")
def linked() -> dict[str, dict]:
    """file name -> {story, gold, published} after one batch over the whole corpus."""
    store = Store(":memory:")
    files = sorted({e["file"] for e in load_manifest(HELDOUT)})
    ingest([str(HELDOUT / f) for f in files], store, encoder=get_encoder("e5-small"))
    gold, _ = sample_gold(store, HELDOUT)
    rows = store.link_rows(ids=list(gold), model="e5-small@400")
    story = {r.article_id: store.resolve_story(r.story_id) for r in rows}
    out = {}
    for art in store.list_articles():
        name = Path(str(art.origin)).name
        out[name] = {"story": story[art.id], "gold": gold[art.id], "published": art.published}
    store.close()
    return out


def _story_of(linked: dict[str, dict], name: str) -> str:
    return linked[name]["story"]


def test_every_report_is_linked_and_matched_to_the_manifest(linked: dict[str, dict]) -> None:
    assert len(linked) == len(load_manifest(HELDOUT)) == 36
    assert all(v["story"] for v in linked.values())


def test_dates_in_local_forms_are_read(linked: dict[str, dict]) -> None:
    published = {k: (v["published"] or "")[:10] for k, v in linked.items()}
    assert published["fa-varzesh-online-iran-iraq-final.txt"] == "2026-11-20"  # ۲۹ آبان ۱۴۰۵
    assert published["ar-alrafidain-sport-iraq-iran-final.txt"] == "2026-11-20"  # تشرين الثاني
    assert published["zh-tiyu-zhoubao-iraq-iran-final.txt"] == "2026-11-20"  # 2026年11月20日
    assert published["en-caspian-times-uzbek-azeri-pm-baku.txt"] == "2026-10-14"  # date ... line
    assert published["fr-le-progres-egyptien-cbe-baisse.txt"] == "2026-11-19"  # Le Caire, 19 ...
    # a date-only first line is the scrape date, never the publication date
    assert published["en-gulf-sports-wire-iraq-iran-final.txt"] == ""


def test_dated_reports_of_one_event_share_a_story(linked: dict[str, dict]) -> None:
    final = {_story_of(linked, f) for f in (
        "ar-alrafidain-sport-iraq-iran-final.txt",
        "fa-varzesh-online-iran-iraq-final.txt",
        "zh-tiyu-zhoubao-iraq-iran-final.txt",
    )}  # fmt: skip
    assert len(final) == 1
    cut = {_story_of(linked, f) for f in (
        "ar-almal-cbe-cut-200.txt", "fr-le-progres-egyptien-cbe-baisse.txt",
    )}  # fmt: skip
    assert len(cut) == 1


def test_reports_dated_in_another_year_stay_out_of_the_event(linked: dict[str, dict]) -> None:
    events: dict[str, set[str]] = defaultdict(set)
    years: dict[str, set[str]] = defaultdict(set)
    for v in linked.values():
        if not v["gold"].startswith("hn-") and v["published"]:
            events[v["gold"]].add(v["story"])
            years[v["gold"]].add(v["published"][:4])
    checked = 0
    for name, v in linked.items():
        if not v["gold"].startswith("hn-") or not v["published"]:
            continue
        event = v["gold"].split("-")[1]  # hn-h1-... -> h1
        for label, stories in events.items():
            if label.startswith(event) and v["published"][:4] not in years[label]:
                checked += 1
                assert v["story"] not in stories, f"{name} joined the dated reports of {label}"
    assert checked >= 4  # the 2023 and 2025 finals, the 2025 visit, the 2025 cut


def test_a_report_scraped_before_the_event_stays_out(linked: dict[str, dict]) -> None:
    # scraped 4 October 2026 (its first line): it cannot report the cut of 19 November
    assert _story_of(linked, "en-nile-markets-cbe-hold-october.txt") != _story_of(
        linked, "ar-almal-cbe-cut-200.txt"
    )
