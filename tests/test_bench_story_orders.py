"""bench/story_orders.py keys its cached store on the code that filled it (no stale figures)."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from storyline.encode import HashingEncoder

BENCH = Path(__file__).resolve().parents[1] / "bench"
orders = SimpleNamespace(**runpy.run_path(str(BENCH / "story_orders.py")))


def _write(root: Path, rel: str, text: str) -> None:
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(text, encoding="utf-8")


def test_the_cache_key_follows_the_code_that_fills_the_store(tmp_path: Path) -> None:
    for rel in ("text/dates/a.py", "link/textkeys.py", "pipeline.py", "sample/x.txt",
                "cli/linking.py", "web/app.py", "training/linker.py"):
        _write(tmp_path, rel, "x = 1\n")
    first = orders.code_digest(tmp_path)
    for rel in ("cli/linking.py", "web/app.py", "training/linker.py"):  # never run by ingest
        _write(tmp_path, rel, "x = 2\n")
        assert orders.code_digest(tmp_path) == first, rel
    seen = {first}
    for rel in ("text/dates/a.py", "link/textkeys.py", "pipeline.py", "sample/x.txt"):
        _write(tmp_path, rel, "x = 2\n")
        seen.add(orders.code_digest(tmp_path))
        assert len(seen) == 2, rel  # changed ...
        seen = {orders.code_digest(tmp_path)}
    _write(tmp_path, "text/new.py", "")  # ... and a new file counts too
    assert orders.code_digest(tmp_path) not in seen


def test_a_store_of_other_code_is_rebuilt_and_removed(tmp_path: Path) -> None:
    doc = tmp_path / "in" / "a.txt"
    _write(tmp_path, "in/a.txt", "Floods closed every school in Dhaka on Monday.\n" * 3)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "sample.db").write_bytes(b"")  # a store from before the key
    (cache / "sample-000000000000.db-wal").write_bytes(b"")
    (cache / "shared-000000000000.db").write_bytes(b"")  # another corpus: kept
    enc = HashingEncoder()
    with orders._cached_store(cache, "sample", [str(doc)], enc, code="a" * 12) as store:
        assert store.count_articles() == 1
    assert sorted(p.name for p in cache.glob("*.db")) == [
        f"sample-{'a' * 12}.db", "shared-000000000000.db"
    ]
    assert not (cache / "sample-000000000000.db-wal").exists()
    with orders._cached_store(cache, "sample", [str(doc)], enc, code="b" * 12) as store:
        assert store.count_articles() == 1
    assert [p.name for p in cache.iterdir() if p.name.startswith("sample-a")] == []  # sidecars too
    assert (cache / f"sample-{'b' * 12}.db").exists()


def test_ingest_and_linking_run_nothing_the_key_leaves_out(tmp_path: Path) -> None:
    """Every storyline module an ingest (with linking and relink --recent) imports is in the key."""
    script = """
import json, sys
from pathlib import Path
from storyline.encode import HashingEncoder
from storyline.link.stories import relink_recent
from storyline.pipeline import ingest
from storyline.sample import data_files
from storyline.store import Store

files, seen = [], set()
for path in data_files():
    if path.suffix not in seen or len(files) < 8:
        seen.add(path.suffix)
        files.append(str(path))
with Store(sys.argv[1]) as store:
    ingest(files, store, encoder=HashingEncoder())
    relink_recent(store, HashingEncoder(), 1e5, now="2100-01-01")
print(json.dumps(sorted(m for m in sys.modules if m.startswith("storyline"))))
"""
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "s.db")],
        capture_output=True, text=True, check=True, timeout=300,
    )
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert "storyline.link.tracker" in modules and "storyline.text.dates" in modules
    paths = []
    for name in modules:
        rel = "/".join(name.split(".")[1:])
        paths += [rel + "/", rel + ".py"]
    assert [p for p in paths if p.startswith(orders.NOT_INGESTED)] == []


def _corpus(root: Path, entries: list[tuple[str, str, str, str | None, str]]) -> Path:
    """A corpus folder: (file, story, title, hard_negative_of, body) per article."""
    lines = []
    for rel, story, title, negative_of, body in entries:
        _write(root, rel, f"{title}\n\n{body}\n")
        lines.append(json.dumps({
            "file": rel, "record": None, "format": "txt", "lang": "en", "story": story,
            "title": title, "published": None, "duplicate_of": None,
            "hard_negative_of": negative_of,
        }))
    _write(root, "manifest.jsonl", "\n".join(lines) + "\n")
    return root


def test_mixed_orders_link_a_corpus_on_top_of_a_linked_store(tmp_path: Path) -> None:
    """The corpus's articles join a copy of the base store; the base itself never changes."""
    quake = ("A magnitude 6.1 earthquake struck Elazig province in eastern Turkey on Friday, "
             "killing 4 people and damaging 120 buildings, the disaster agency AFAD said.")
    shared = tmp_path / "shared"
    _write(shared, "a.txt", "Elazig earthquake: magnitude 6.1 quake kills 4 in eastern Turkey\n\n"
           + quake + " Rescue teams searched the rubble overnight.\n")
    _write(shared, "b.txt", "Vienna opera house opens its winter season with a new Tosca\n\n"
           "The Vienna State Opera opened its winter season with a new production of Tosca, "
           "conducted by a young Italian conductor, to a sold-out house on Saturday evening.\n")
    corpus = _corpus(tmp_path / "corpus", [
        ("en-1.txt", "e1-quake", "Magnitude 6.1 earthquake kills 4 in Elazig, eastern Turkey",
         None, quake + " Schools in the province will stay closed until Wednesday."),
        ("en-2.txt", "e1-quake", "Eastern Turkey quake: 4 dead in Elazig, 120 buildings damaged",
         None, "Four people died when a 6.1 magnitude quake hit Elazig in eastern Turkey on "
         "Friday; AFAD said 120 buildings were damaged and tents were sent to the villages."),
        ("en-3.txt", "e2-port", "Port workers in Lisbon begin a three-day strike over pay",
         None, "Dock workers at the port of Lisbon walked out on Monday for three days, "
         "demanding a 9% pay rise; container traffic stopped at two terminals."),
    ])
    enc = HashingEncoder()
    cache = tmp_path / "cache"
    base = orders._cached_store(cache, "shared", [str(shared)], enc, code="c" * 12)
    before = {r.article_id: r.story_id for r in base.link_rows(
        ids=[a.id for a in base.list_articles()], model=orders.vector_key(enc))}
    row = orders.mixed(base, cache, enc, batch=1, corpus=corpus)
    assert row["figure"] == "mixed_orders corpus" and row["base_articles"] == 2
    assert row["articles"] == 3 and len(row["orders"]) == 2 + orders.SHUFFLES
    for figures in row["orders"].values():
        # the two quake reports are in the base's quake story with the base's quake report
        assert figures["split_events"] == [] and figures["intruders"] == []
        assert figures["shared_intruders"] == 1 and figures["joined_shared_story"] == 2
        assert figures["largest_shared_in_corpus_story"] == 1
        assert figures["bcubed_f1"] == 1.0
    assert row["orders_no_shared_intruder"] == 0 and row["joined_shared_story_max"] == 2
    after = {r.article_id: r.story_id for r in base.link_rows(
        ids=[a.id for a in base.list_articles()], model=orders.vector_key(enc))}
    assert after == before and base.count_articles() == 2  # the base store is never written
    base.close()


def test_order_figures_count_shared_intruders_and_reports_in_shared_stories() -> None:
    pred = {"a": "s1", "b": "s1", "c": "s2", "h": "s1", "x": "s1", "y": "s2", "z": "s3"}
    gold = {"a": "e1", "b": "e1", "c": "e1", "h": "hn-1"}
    got = orders.order_figures(pred, gold, dict.fromkeys(gold, "en"), {"hn-1"}, {"x", "y", "z"})
    assert got["split_events"] == ["e1:2"] and got["intruders"] == ["e1<-hn-1"]
    assert got["hard_negatives_in_event"] == 1
    assert got["shared_intruders"] == 2  # x in the main story, y in the fragment with c
    assert got["joined_shared_story"] == 4 and got["largest_shared_in_corpus_story"] == 1


def test_a_hard_negative_in_a_fragment_of_an_event_counts() -> None:
    """Not only the event's main story: a fragment holding one report and a hard negative."""
    pred = {"a": "s1", "b": "s1", "c": "s2", "h": "s2", "n": "s3"}
    gold = {"a": "e1", "b": "e1", "c": "e1", "h": "hn-1", "n": "hn-1"}
    got = orders.order_figures(pred, gold, dict.fromkeys(gold, "en"), {"hn-1"})
    assert got["intruders"] == ["e1<-hn-1"] and got["hard_negatives_in_event"] == 1
    assert orders.summary({"o": {**got}})["orders_no_hard_negative"] == 0
    alone = orders.order_figures(pred, gold, dict.fromkeys(gold, "en"), {"hn-1"})
    assert "shared_intruders" not in alone
