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
