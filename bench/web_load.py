"""Web server under load: concurrent readers while an ingest writes through the API.

Builds a store from the sample corpus (ingested and linked), starts
``storyline serve``'s app with uvicorn in a separate process on 127.0.0.1
(a free port, a bearer token), warms every story page once (a story's first
view encodes its sentences for coverage), then runs ``READERS`` reader
threads for ``SECONDS`` seconds, each looping over the story list, story
pages, article pages, keyword+semantic search and the HTML pages, while one
writer thread POSTs new articles (JSON, with the token) to
``/api/articles``. Reports requests/s, p50/p99 latency and the error count
(non-2xx answers and failed requests), which must be zero.

Bounded: at most ``READERS`` + 1 clients, ``SECONDS`` seconds of load,
localhost only.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

NEEDS_SHARED = False
READERS = 8
SECONDS = 15.0
TOKEN = "bench-token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _summary(name: str, latencies: list[float], errors: int, seconds: float) -> dict[str, Any]:
    return {
        "what": name,
        "requests": len(latencies) + errors,
        "rps": round(len(latencies) / seconds, 2),
        "p50_ms": round(_percentile(latencies, 0.5) * 1000, 1),
        "p99_ms": round(_percentile(latencies, 0.99) * 1000, 1),
        "errors": errors,
    }


def _build_store(folder: Path) -> Path:
    from storyline.pipeline import ingest
    from storyline.sample import data_files
    from storyline.store import Store

    path = folder / "load.db"
    with Store(path) as store:
        report = ingest(data_files(), store, link=True)
    if not report.ok:
        raise RuntimeError(f"sample ingest failed: {report.failed}")
    return path


def _new_articles() -> list[dict[str, str]]:
    """Articles the writer posts: sample sentences recombined across two reports of a language."""
    from storyline.article import RawDocument
    from storyline.pipeline import iter_documents, prepare
    from storyline.sample import data_files

    by_lang: dict[str, list[Any]] = {}
    for doc in iter_documents(data_files()):
        if isinstance(doc, RawDocument):
            article = prepare(doc).article
            by_lang.setdefault(article.lang, []).append(article)
    rng = random.Random(7)
    out = []
    for i in range(400):
        lang = rng.choice(sorted(by_lang))
        a, b = rng.sample(by_lang[lang], 2) if len(by_lang[lang]) > 1 else (by_lang[lang][0],) * 2
        sentences = list(a.sentences[:3]) + list(b.sentences[-3:])
        out.append(
            {
                "title": f"{a.title} ({i})",
                "text": f"Update {i}. " + " ".join(sentences),
                "lang": lang,
                "outlet": "Load Wire",
                "published": f"2025-05-{1 + i % 28:02d}",
            }
        )
    return out


def run(shared_dir: Path | None = None) -> list[dict[str, Any]]:
    """Run the load test; one summary row per client kind and per endpoint."""
    import httpx

    with tempfile.TemporaryDirectory(prefix="storyline-web-load-") as tmp:
        t0 = time.perf_counter()
        db = _build_store(Path(tmp))
        build_s = time.perf_counter() - t0
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        code = (
            "import sys, uvicorn; from storyline.web.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
            "log_level='warning', access_log=False)"
        )
        env = {**os.environ, "STORYLINE_TOKEN": TOKEN}
        proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=env)
        try:
            with httpx.Client(base_url=base, timeout=120) as client:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        if client.get("/api/health").status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise RuntimeError("the server did not start")
                    time.sleep(0.2)
                stories = client.get("/api/stories", params={"limit": 100}).json()["stories"]
                story_ids = [s["id"] for s in stories]
                article_ids = [a for s in stories for a in s["article_ids"]]
                t1 = time.perf_counter()
                for sid in story_ids:  # warm: coverage encodes each story's sentences once
                    client.get(f"/api/stories/{sid}").raise_for_status()
                client.get("/api/search", params={"q": "warm up"}).raise_for_status()
                warm_s = time.perf_counter() - t1
            rows = _load(base, story_ids, article_ids, _new_articles())
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        rows.insert(
            0,
            {
                "what": "setup",
                "articles": len(article_ids),
                "stories": len(story_ids),
                "build_store_s": round(build_s, 1),
                "warm_story_pages_s": round(warm_s, 1),
                "readers": READERS,
                "seconds": SECONDS,
            },
        )
        return rows


QUERIES = [
    "earthquake in eastern Turkey",
    "Cotopaxi",
    "dock strike Marseille",
    "sandstorm closes airports",
    "زلزله",
    "battery factory Spain",
]


def _load(
    base: str, story_ids: list[str], article_ids: list[str], posts: list[dict[str, str]]
) -> list[dict[str, Any]]:
    import httpx

    stop = time.monotonic() + SECONDS
    lock = threading.Lock()
    lat: dict[str, list[float]] = {}
    errs: dict[str, int] = {}
    statuses: dict[str, int] = {}

    def record(kind: str, seconds: float | None) -> None:
        with lock:
            if seconds is None:
                errs[kind] = errs.get(kind, 0) + 1
            else:
                lat.setdefault(kind, []).append(seconds)

    def reader(seed: int) -> None:
        rng = random.Random(seed)
        routes = [
            ("api_stories", lambda: ("/api/stories", {"limit": 20})),
            ("api_story", lambda: (f"/api/stories/{rng.choice(story_ids)}", None)),
            ("api_article", lambda: (f"/api/articles/{rng.choice(article_ids)}", None)),
            ("api_search", lambda: ("/api/search", {"q": rng.choice(QUERIES)})),
            ("page_list", lambda: ("/", None)),
            ("page_story", lambda: (f"/stories/{rng.choice(story_ids)}", None)),
            ("page_article", lambda: (f"/articles/{rng.choice(article_ids)}", None)),
        ]
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.monotonic() < stop:
                kind, make = rng.choice(routes)
                url, params = make()
                start = time.perf_counter()
                try:
                    ok = client.get(url, params=params).status_code == 200
                except httpx.HTTPError:
                    ok = False
                record(kind, time.perf_counter() - start if ok else None)

    def writer() -> None:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=base, timeout=60, headers=headers) as client:
            for body in posts:
                if time.monotonic() >= stop:
                    break
                start = time.perf_counter()
                try:
                    response = client.post("/api/articles", json=body)
                    ok = response.status_code == 201
                    if ok:
                        status = response.json()["status"]
                        with lock:
                            statuses[status] = statuses.get(status, 0) + 1
                except httpx.HTTPError:
                    ok = False
                record("post_article", time.perf_counter() - start if ok else None)

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(READERS)]
    threads.append(threading.Thread(target=writer))
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    reads = [x for k, v in lat.items() if k != "post_article" for x in v]
    read_errors = sum(v for k, v in errs.items() if k != "post_article")
    rows = [
        _summary("read_all", reads, read_errors, elapsed),
        {
            **_summary(
                "write_post", lat.get("post_article", []), errs.get("post_article", 0), elapsed
            ),
            "statuses": statuses,
        },
    ]
    for kind in sorted(set(lat) | set(errs)):
        if kind != "post_article":
            rows.append(_summary(kind, lat.get(kind, []), errs.get(kind, 0), elapsed))
    return rows


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    import json

    for row in run():
        print(json.dumps(row, ensure_ascii=False))
