"""Reliability under hostile input, several writers and many readers (issue 8).

One JSON line per case:

- ``memory``: peak resident memory of ``storyline ingest --no-link
  --workers 1`` in a fresh process for a tiny file (the baseline) and for
  1, 4 and 16 MB text documents, and for a CSV with one 50 MB record
  (refused with a per-record failure). Target: <= 300 MB each.
- ``nested_json``: ten good files and a 100,000-deep ``[[[...]]]`` JSON
  file in one ingest: what was stored, the failure lines, and the HTTP
  status of the same document POSTed (target: all ten stored, 422).
- ``markup``: an article titled ``Markets [/] fall`` with ``[link=...]``,
  from a file whose name holds an escape sequence and U+202E; the exit
  code of every listing command (target: 0 everywhere, nothing raw).
- ``readers``: 200 concurrent ``GET /api/stories`` clients for a bounded
  time against ``storyline serve`` on 127.0.0.1 (sample corpus store):
  p50/p99 latency and errors (target: p99 <= 500 ms).
- ``writers``: two ingest processes and a web writer adding thirds of the
  sample corpus to one store at the same time; stories whose recorded
  ``n_articles`` differs from their members, articles left unlinked and
  ``Store.check_consistency`` problems (target: 0, 0, none).
- ``writers_stress``: 8 rounds of 3 ingest processes (one ``ingest`` call
  per 2 files, each linking first what it finds unlinked) and the web app
  on one store of 24 short reports; rounds ending with a broken story
  invariant (target: 0; 7 of 8 before the fix of the double linking).

Only 127.0.0.1 is used; every child process is stopped before returning.
Timings on a shared machine are noisy: the readers' figures vary run to run.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NEEDS_SHARED = False
READERS = 200
READ_SECONDS = 10.0
DEEP = 100_000
TOKEN = "reliability-bench"
WORDS = (
    "the of and to in said on for with at by from police minister government city rain "
    "flood school market price bank rates river year people two three report"
).split()

_MEASURE = """
import resource, sys
from storyline.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
except Exception as exc:
    print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def _text_document(path: Path, megabytes: float) -> None:
    rng = random.Random(1)
    paragraphs, size = [], 0
    while size < megabytes * 1_000_000:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    path.write_text("A long document\n\n" + "\n\n".join(paragraphs), encoding="utf-8")


def _ingest_rss(path: Path, db: Path) -> dict[str, Any]:
    args = ["ingest", str(path), "--db", str(db), "--no-link", "--workers", "1", "--json"]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, timeout=900
    )
    rss_kb = next(
        int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("MAXRSS")
    )
    report = json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}
    return {
        "peak_rss_mb": round(rss_kb / 1024),
        "seconds": round(time.perf_counter() - start, 1),
        "added": report.get("added"),
        "failed": [f["reason"] for f in report.get("failed", [])],
    }


def memory(tmp: Path) -> dict[str, Any]:
    row: dict[str, Any] = {"case": "memory", "target_mb": 300}
    tiny = tmp / "tiny.txt"
    tiny.write_text("Rain in Lima\n\nHeavy rain closed schools in Lima on Monday.", "utf-8")
    row["baseline"] = _ingest_rss(tiny, tmp / "m0.db")
    for mb in (1, 4, 16):
        path = tmp / f"doc-{mb}mb.txt"
        _text_document(path, mb)
        row[f"{mb}mb"] = _ingest_rss(path, tmp / f"m{mb}.db")
        path.unlink()
    csv_path = tmp / "one-huge-record.csv"
    with csv_path.open("w", encoding="utf-8") as handle:
        handle.write("title,text\nSmall,Rain closed schools in Lima on Monday.\n")
        handle.write("Huge," + "word " * 10_000_000 + "\n")
        handle.write("After,Snow fell in Moscow on Tuesday and traffic stopped.\n")
    row["csv_50mb_record"] = _ingest_rss(csv_path, tmp / "mcsv.db")
    csv_path.unlink()
    sizes = ("1mb", "4mb", "16mb", "csv_50mb_record")
    row["max_peak_rss_mb"] = max(row[k]["peak_rss_mb"] for k in sizes)
    return row


def nested_json(tmp: Path) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from storyline.pipeline import ingest
    from storyline.store import Store
    from storyline.web.app import create_app

    root = tmp / "batch"
    root.mkdir()
    for i in range(10):
        words = " ".join(f"{w}{i}" for w in ("alpha", "bravo", "delta", "kilo", "oscar", "tango"))
        (root / f"{i:02d}-good.txt").write_text(
            f"Report {i}\n\nHeavy rain closed schools across the district on Monday ({words}).",
            encoding="utf-8",
        )
    deep = "[" * DEEP + "]" * DEEP
    (root / "05-nested.json").write_text(deep, encoding="utf-8")
    with Store(tmp / "nested.db") as store:
        report = ingest([root], store, link=False)
        stored = store.count_articles()
    with TestClient(create_app(tmp / "post.db", token=TOKEN)) as client:
        status = client.post(
            "/api/articles",
            content=('{"text": ' + deep + "}").encode(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        ).status_code
    return {
        "case": "nested_json",
        "good_files": 10,
        "stored": stored,
        "failed": [f"{Path(o).name}: {r}" for o, r in report.failed],
        "post_status": status,
    }


def markup(tmp: Path) -> dict[str, Any]:
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.encode import get_encoder
    from storyline.pipeline import ingest
    from storyline.store import Store

    name = tmp / "evil\x1b[2J\u202etxt.exe.jsonl"
    body = (
        "Stock markets fell sharply on Tuesday in Frankfurt and Paris after the central bank "
        "raised rates again [/]. The DAX index lost three percent in the first hour."
    )
    name.write_text(
        json.dumps({"title": "Markets [/] fall [link=https://evil.test]x[/link]", "text": body})
        + "\n",
        encoding="utf-8",
    )
    db = tmp / "markup.db"
    with Store(db) as store:
        ingest([name], store, encoder=get_encoder("hashing"))
        story = store.list_stories()[0].id
        article = store.list_articles()[0].id
    runner = CliRunner()
    codes, raw = {}, 0
    for args in (
        ["articles"],
        ["stories"],
        ["story", story],
        ["show", article],
        ["search", "markets"],
        ["coverage", story],
    ):
        result = runner.invoke(app, [*args, "--db", str(db)])
        codes[args[0]] = result.exit_code
        raw += "\x1b" in result.output or "\u202e" in result.output
    return {"case": "markup", "exit_codes": codes, "outputs_with_raw_controls": raw}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _sample_store(path: Path) -> None:
    from storyline.pipeline import ingest
    from storyline.sample import data_files
    from storyline.store import Store

    with Store(path) as store:
        ingest(data_files(), store)


_SERVE = """
import sys, uvicorn
from storyline.web.app import create_app
from storyline.web.server import server_config
uvicorn.Server(server_config(create_app(sys.argv[1]), port=int(sys.argv[2]), log_level="warning")).run()
"""


def _serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    """``storyline serve``'s app and uvicorn settings, in a child process on 127.0.0.1."""
    env = {**os.environ, "STORYLINE_TOKEN": TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVE, str(db), str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("the server did not start")


async def _reader(port: int, stop: float, lat: list[float], errors: list[str]) -> None:
    stream = None
    while time.monotonic() < stop:
        start = time.monotonic()
        try:
            if stream is None:
                stream = await asyncio.open_connection("127.0.0.1", port)
            reader, writer = stream
            writer.write(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            await reader.readexactly(length)
            if head.split(b" ", 2)[1] != b"200":
                errors.append(head.split(b"\r\n")[0].decode())
            else:
                lat.append(time.monotonic() - start)
        except Exception as exc:  # counted, and the connection is opened again
            errors.append(type(exc).__name__)
            if stream is not None:
                stream[1].close()
            stream = None
    if stream is not None:
        stream[1].close()


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))] * 1000, 1)


def readers(tmp: Path) -> dict[str, Any]:
    db = tmp / "readers.db"
    _sample_store(db)
    port = _free_port()
    proc = _serve(db, port)
    try:
        single: list[float] = []
        asyncio.run(_reader(port, time.monotonic() + 2, single, []))
        lat: list[float] = []
        errors: list[str] = []

        async def crowd() -> None:
            stop = time.monotonic() + READ_SECONDS
            await asyncio.gather(*(_reader(port, stop, lat, errors) for _ in range(READERS)))

        asyncio.run(crowd())
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {
        "case": "readers",
        "clients": READERS,
        "seconds": READ_SECONDS,
        "requests": len(lat),
        "errors": len(errors),
        "p50_ms": _percentile(lat, 0.5),
        "p99_ms": _percentile(lat, 0.99),
        "one_client_p50_ms": _percentile(single, 0.5),
        "target_p99_ms": 500,
    }


_WRITER = """
import sys
from storyline.pipeline import ingest
from storyline.store import Store
with Store(sys.argv[1]) as store:
    report = ingest(sys.argv[2:], store, workers=1)
print(report.added, report.linked)
"""


def writers(tmp: Path) -> dict[str, Any]:
    import httpx

    from storyline.article import RawDocument
    from storyline.pipeline import iter_documents
    from storyline.sample import data_files
    from storyline.store import Store

    db = tmp / "writers.db"
    Store(db).close()
    docs = [d for d in iter_documents(data_files()) if isinstance(d, RawDocument)]
    thirds = [docs[0::3], docs[1::3], docs[2::3]]
    folders = []
    for n, part in enumerate(thirds[:2]):
        folder = tmp / f"writer{n}"
        folder.mkdir()
        for i, doc in enumerate(part):
            record = {"text": doc.content, **doc.declared}
            (folder / f"{i:03d}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
        folders.append(folder)
    port = _free_port()
    server = _serve(db, port)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(db), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for folder in folders
    ]
    posted = 0
    refused: list[str] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
            for doc in thirds[2]:
                kind = "html" if doc.kind == "html" else "text"
                fields = {k: v for k, v in doc.declared.items() if k in ("title", "url", "lang")}
                if "lang" in fields:  # the API takes an ISO 639 code: "en-GB" -> "en"
                    fields["lang"] = str(fields["lang"]).split("-")[0].split("_")[0].lower()
                answer = client.post(
                    "/api/articles",
                    json={kind: doc.content, **fields},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                )
                posted += answer.status_code == 201
                if answer.status_code != 201:
                    refused.append(f"{answer.status_code}: {answer.json().get('error', '')[:80]}")
        outs = [p.communicate(timeout=900) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
        server.terminate()
        server.wait(timeout=30)
    with Store(db) as store:
        conn = store._conn
        wrong = conn.execute(
            "SELECT count(*) FROM stories s WHERE s.merged_into IS NULL AND s.n_articles != "
            "(SELECT count(*) FROM story_articles m WHERE m.story_id = s.id)"
        ).fetchone()[0]
        unlinked = conn.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        ).fetchone()[0]
        articles = store.count_articles()
        check = store.check_consistency()
    return {
        "case": "writers",
        "documents": len(docs),
        "posted": posted,
        "post_refused": refused,
        "writer_exit_codes": [p.returncode for p in procs],
        "writer_errors": [err.decode()[-200:] for _, err in outs if err.strip()][:2],
        "articles": articles,
        "stories_with_wrong_counts": wrong,
        "unlinked_articles": unlinked,
        "check_problems": [f"{p.kind} {p.subject}: {p.detail}" for p in check.problems][:5],
    }


_STRESS_EVENTS = [
    ("Floods", "Porto Alegre", "Guaiba", "Eduardo Leite", "1200"),
    ("Earthquake", "Elazig", "Sivrice", "Suleyman Soylu", "6.8"),
    ("Wildfires", "Chita", "Zabaikalsky", "Alexander Osipov", "4500"),
    ("Strike", "Marseille", "Fos", "Jean Dupuis", "48"),
    ("Theft", "Lyon", "Delorme", "Claire Martin", "5"),
    ("Volcano", "Quito", "Cotopaxi", "Daniel Noboa", "8000"),
]

_STRESS_WRITER = """
import sys
from dataclasses import replace
from storyline.encode import HashingEncoder
from storyline.link.tracker import TrackerConfig
from storyline.pipeline import ingest
from storyline.settings import Settings
from storyline.store import Store
config = TrackerConfig(threshold=0.3, support=0.2, merge_threshold=0.2)
settings = replace(Settings(), encoder="hashing", link_batch=2, batch_size=2, tracker=config)
paths = sys.argv[2:]
for i in range(0, len(paths), 2):  # one ingest call per 2 files, as a cron job's runs would
    with Store(sys.argv[1]) as store:
        ingest(paths[i : i + 2], store, encoder=HashingEncoder(), settings=settings, workers=1)
"""


def _stress_round(tmp: Path, n_writers: int) -> list[str]:
    """One round: ``n_writers`` ingest processes and the web app on one store; the problems found."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from storyline.link.tracker import TrackerConfig
    from storyline.settings import Settings
    from storyline.store import Store
    from storyline.web.app import create_app

    texts = []
    for e, (what, city, place, person, num) in enumerate(_STRESS_EVENTS):
        for k in range(4):
            texts.append(
                f"{what} hit {city} near {place}\n\n{what} struck {city} and {place} on Monday, "
                f"{person} said, with {num} people affected across {city}. "
                f"Report {k} of the {what.lower()} in {city} (event {e})."
            )
    paths = []
    for i, text in enumerate(texts):
        path = tmp / f"{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    db = tmp / "shared.db"
    Store(db).close()
    step = n_writers + 1
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _STRESS_WRITER, str(db), *paths[n::step]],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for n in range(n_writers)
    ]
    config = TrackerConfig(threshold=0.3, support=0.2, merge_threshold=0.2)
    settings = replace(Settings(), encoder="hashing", tracker=config)
    problems = []
    with TestClient(create_app(db, token=TOKEN, settings=settings)) as client:
        for i, text in list(enumerate(texts))[n_writers::step]:
            answer = client.post(
                "/api/articles",
                content=text.encode(),
                params={"url": f"https://example.test/{i}"},
                headers={"Authorization": f"Bearer {TOKEN}", "content-type": "text/plain"},
            )
            if answer.status_code != 201:
                problems.append(f"post {answer.status_code}")
    for p in procs:
        _, err = p.communicate(timeout=600)
        if p.returncode:
            problems.append(f"writer exit {p.returncode}: {err.decode()[-120:]}")
    with Store(db) as store:
        report = store.check_consistency(model="hashing-256-3@400")
        problems += [f"{p.kind} {p.detail}" for p in report.problems]
        if report.members != len(texts):
            problems.append(f"{report.members} of {len(texts)} articles in a story")
    return problems


def writers_stress(tmp: Path, rounds: int = 8, n_writers: int = 3) -> dict[str, Any]:
    """The several-writers race, repeated: how many rounds end with a broken story invariant.

    Each round, ``n_writers`` processes ingest their share of 24 short reports
    (6 events), one ``ingest`` call per 2 files (each call first links what
    it finds unlinked: the case that linked articles twice), while the web
    app posts the rest; then ``Store.check_consistency`` and every article in
    one story. Before the fix 7 of 8 rounds broke (n_articles 5-6 with 4
    members, the running mean over-counted).
    """
    failed = []
    for r in range(rounds):
        round_dir = tmp / f"round{r}"
        round_dir.mkdir()
        problems = _stress_round(round_dir, n_writers)
        if problems:
            failed.append(problems[:3])
    return {
        "case": "writers_stress",
        "rounds": rounds,
        "ingest_processes": n_writers,
        "inconsistent_rounds": len(failed),
        "examples": failed[:2],
    }


CASES = {
    "memory": memory,
    "nested_json": nested_json,
    "markup": markup,
    "readers": readers,
    "writers": writers,
    "writers_stress": writers_stress,
}


def run(shared_dir: Path | None = None, only: list[str] | None = None) -> list[dict[str, Any]]:
    """Run every case (or those named in ``only``); one row each."""
    rows = []
    for name, case in CASES.items():
        if only and name not in only:
            continue
        with tempfile.TemporaryDirectory(prefix=f"storyline-{name}-") as tmp:
            start = time.perf_counter()
            try:
                row = case(Path(tmp))
            except Exception as exc:  # one failing case must not hide the others
                row = {"case": name, "error": f"{type(exc).__name__}: {exc}"}
            row["wall_s"] = round(time.perf_counter() - start, 1)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    return rows


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    for result in run(only=sys.argv[1:] or None):
        print(json.dumps({"bench": "reliability", **result}, ensure_ascii=False))
