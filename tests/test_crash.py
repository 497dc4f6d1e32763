"""A SIGKILL in the middle of an ingest leaves a consistent store, and the
same command run again completes the batch without duplicates."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

N_DOCS = 1500
TOPICS = ["harbour", "railway", "election", "drought", "vaccine", "festival", "bridge", "strike"]


def _write_batch(path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(N_DOCS):
            topic = TOPICS[i % len(TOPICS)]
            words = " ".join(f"w{(i * 7 + k) % 9973}" for k in range(40))
            text = (
                f"Report number {i} about the {topic} in district {i % 97}. "
                f"Officials said {i * 3} people were affected on Monday. {words}."
            )
            handle.write(json.dumps({"title": f"Report {i} on the {topic}", "text": text, "lang": "en"}) + "\n")


def _counts(db: Path) -> tuple[int, int, str]:
    con = sqlite3.connect(db)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        distinct = con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
        orphans = con.execute(
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        assert articles == distinct
        return articles, orphans, check
    finally:
        con.close()


def test_sigkill_mid_ingest_then_resume(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    _write_batch(batch)
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "storyline.cli", "ingest", str(batch), "--db", str(db), "--workers", "1", "--no-link"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if db.exists():
                try:
                    stored, _, _ = _counts(db)
                except sqlite3.OperationalError:
                    continue
                if stored >= 100:
                    break
        assert proc.poll() is None, "ingest finished before it could be killed; make the batch larger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    killed_at, orphans, check = _counts(db)
    assert check == "ok" and orphans == 0
    assert 100 <= killed_at < N_DOCS
    done = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["added"] == N_DOCS - killed_at
    assert summary["existing"] == killed_at
    final, orphans, check = _counts(db)
    assert (final, orphans, check) == (N_DOCS, 0, "ok")
