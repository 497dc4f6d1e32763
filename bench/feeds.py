"""Following feeds: items/s through ``watch --once``, and the cost of matching 1,000 watches.

1. A local HTTP server (``tests/feed_server.py``, 127.0.0.1) serves ``FEEDS``
   RSS feeds of ``ITEMS`` items each; every item links to its own article
   page (HTML, 9 languages, sentences of the sample corpus recombined so
   that no two pages are near-duplicates). One ``poll`` (what ``watch
   --once`` runs) fetches the feeds and pages and ingests and links the
   items with the shipped encoder. Reported: items/s over the whole round,
   and over the stages after the network (extraction, cleanup, store,
   encode, link, watches: ``timings`` ``ingest`` + ``watches``), then the
   seconds of a second round (every feed answers 304).
   The bench client is not throttled per host (one local host; the default
   ``per_host`` 2 and one request a second would make it a benchmark of
   the politeness delay).
2. ``WATCHES`` watches (2-word queries in the corpus's languages, a fifth
   with an entity) matched against every stored article
   (:func:`storyline.feeds.watches.match_articles`: keywords, query vectors
   against the cached article vectors, entity keys): milliseconds per
   article, target < 2 ms. The whole evaluation (story states, alerts) per
   article is reported beside it.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NEEDS_SHARED = False
FEEDS = int(__import__("os").environ.get("BENCH_FEEDS", "50"))
ITEMS = 20
WATCHES = 1000
HERE = Path(__file__).resolve().parent


def _pools() -> dict[str, list[tuple[str, list[str]]]]:
    """Per language: (title, sentences) of each sample article."""
    from storyline.pipeline import iter_documents, prepare
    from storyline.sample import data_files

    pools: dict[str, list[tuple[str, list[str]]]] = {}
    for doc in iter_documents(data_files(hard_negatives=True)):
        if not hasattr(doc, "content"):
            continue
        try:
            art = prepare(doc).article  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a sample document without an article
            continue
        if len(art.sentences) >= 3:
            pools.setdefault(art.lang, []).append((art.title or "", list(art.sentences)))
    return pools


def _page(lang: str, title: str, sentences: list[str]) -> bytes:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>bench</footer></body></html>"
    ).encode()


def run(shared: Path) -> list[dict[str, Any]]:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from feed_server import FeedServer, Route, rss

    from storyline.feeds import add_sources, poll
    from storyline.feeds.watches import _compile, evaluate, match_articles
    from storyline.settings import FeedConfig, Settings
    from storyline.store import Store

    rng = random.Random(11)
    pools = _pools()
    langs = sorted(pools)
    settings = Settings(
        feeds=FeedConfig(host_interval_s=0.0, per_host=8, concurrency=8, timeout_s=30.0)
    )
    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-feeds-"))
    with FeedServer() as server, Store(tmp / "feeds.db") as store:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        for f in range(FEEDS):
            lang = langs[f % len(langs)]
            items = []
            for i in range(ITEMS):
                title, _ = rng.choice(pools[lang])
                sentences = [s for _, ss in rng.sample(pools[lang], min(3, len(pools[lang]))) for s in ss]
                picked = rng.sample(sentences, min(6, len(sentences)))
                path = f"/f{f}/a{i}.html"
                headline = f"{title} ({f}-{i})"
                server.routes[path] = Route(
                    _page(lang, headline, picked), content_type="text/html; charset=utf-8"
                )
                items.append({"title": headline, "link": server.url(path), "guid": path})
            server.routes[f"/f{f}.xml"] = Route(rss(f"Feed {f}", items, lang=lang), etag=f'"{f}"')
        add_sources(store, [server.url(f"/f{f}.xml") for f in range(FEEDS)])
        start = time.perf_counter()
        report = poll(store, settings, every_source=True)
        wall = time.perf_counter() - start
        after_network = report.timings.get("ingest", 0.0) + report.timings.get("watches", 0.0)
        items = report.new_items
        rows.append(
            {
                "figure": "watch_once_items_per_s",
                "feeds": FEEDS,
                "items": items,
                "stored": report.stored,
                "duplicates": report.duplicates,
                "failed": len(report.failed_items),
                "seconds": round(wall, 2),
                "items_per_s": round(items / wall, 2),
                "items_per_s_after_network": round(items / after_network, 2) if after_network else None,
                "timings": report.to_dict()["timings"],
                "encoder": settings.encoder,
            }
        )
        start = time.perf_counter()
        again = poll(store, settings, every_source=True)
        rows.append(
            {
                "figure": "watch_once_all_304",
                "feeds": FEEDS,
                "not_modified": sum(s.status == "not modified" for s in again.sources),
                "seconds": round(time.perf_counter() - start, 3),
            }
        )

        # -- 1,000 watches ------------------------------------------------------------
        from storyline.store.feeds import WatchRow

        words: dict[str, list[str]] = {}
        for lang in langs:
            for title, _ in pools[lang]:
                words.setdefault(lang, []).extend(w for w in title.split() if len(w) > 3)
        entities = ["Turkey", "Iran", "Iraq", "Spain", "France", "Russia", "Lyon", "Quito"]
        watch_rows = []
        for n in range(WATCHES):
            lang = langs[n % len(langs)]
            pool = words.get(lang) or ["news"]
            query = " ".join(rng.sample(pool, 2)) if len(pool) > 1 else pool[0]
            entity = rng.choice(entities) if n % 5 == 0 else None
            watch_rows.append(
                WatchRow(f"w{n}", query, entity, None, 1, ["new-story", "new-language"], None, "k", "")
            )
        ids = [a.id for a in store.list_articles()]
        start = time.perf_counter()
        compiled = _compile(watch_rows, settings, store)
        compile_s = time.perf_counter() - start
        start = time.perf_counter()
        compiled_again = _compile(watch_rows, settings, store)  # query vectors cached
        recompile_s = time.perf_counter() - start
        times = []
        for _ in range(3):
            start = time.perf_counter()
            hits = match_articles(store, ids, watch_rows, settings, compiled_again)
            times.append(time.perf_counter() - start)
        per_article_ms = 1000 * sorted(times)[1] / max(1, len(ids))
        for w in watch_rows:
            store.add_watch(w)
        start = time.perf_counter()
        fired = evaluate(store, ids, dataclasses.replace(settings), quiet=False)
        evaluate_s = time.perf_counter() - start
        rows.append(
            {
                "figure": "watch_matching_ms_per_article",
                "watches": WATCHES,
                "articles": len(ids),
                "ms_per_article": round(per_article_ms, 3),
                "target_ms": 2.0,
                "met": per_article_ms < 2.0,
                "matched_pairs": sum(len(v) for v in hits.values()),
                "compile_s_first": round(compile_s, 2),
                "compile_s_cached": round(recompile_s, 3),
                "evaluate_ms_per_article": round(1000 * evaluate_s / max(1, len(ids)), 2),
                "alerts": len(fired),
                "median_of": 3,
                "noisy": "shared 2-core machine",
            }
        )
        del compiled
    rows.append(_semantic_threshold(settings))
    return rows


QUERIES = {
    "e1-shatt-al-arab-dredging": ["Shatt al-Arab dredging", "Iraq Iran waterway dredging agreement"],
    "e2-elazig-earthquake": ["earthquake in Turkey", "Elazig earthquake deaths"],
    "e3-marseille-dock-strike": ["Marseille dock strike", "French port workers strike"],
    "e4-zabaikalsky-wildfires": ["wildfires in Siberia", "Zabaikalsky forest fires emergency"],
    "e5-zaragoza-battery-plant": ["battery factory in Spain", "Chinese battery plant Zaragoza"],
    "e6-iraq-kuwait-sandstorm": ["sandstorm in Iraq", "dust storm flights grounded Iraq"],
    "e7-north-south-corridor": ["North-South transport corridor", "Russia Iran Azerbaijan freight deal"],
    "e8-lyon-museum-theft": ["museum theft in Lyon", "stolen paintings Corot"],
    "e9-cotopaxi-ash": ["Cotopaxi volcano ash", "volcano eruption Ecuador flights"],
}


def _semantic_threshold(settings: Any) -> dict[str, Any]:
    import numpy as np

    from storyline.encode import get_encoder
    from storyline.feeds.watches import _vector_model
    from storyline.pipeline import ingest
    from storyline.sample import data_files, gold_articles
    from storyline.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="bench-semantic-"))
    with Store(tmp / "s.db") as store:
        ingest(data_files(), store, link=True, settings=settings, workers=2)
        gold = {g.title: g.story for g in gold_articles()}
        arts = [(a.id, gold.get(a.title or "")) for a in store.list_articles()]
        vecs = store.doc_vectors([i for i, _ in arts], _vector_model(settings))
    encoder = get_encoder(settings.encoder)
    pos: list[float] = []
    neg: list[float] = []
    hard: list[float] = []
    for event, queries in QUERIES.items():
        q = np.asarray(encoder.encode(queries), dtype=np.float32)
        q /= np.linalg.norm(q, axis=1, keepdims=True)
        for aid, story in arts:
            if story is None or aid not in vecs:
                continue
            v = vecs[aid] / np.linalg.norm(vecs[aid])
            for c in (q @ v).tolist():
                if story == event:
                    pos.append(c)
                elif story.startswith("h") and story[1] == event[1]:
                    hard.append(c)
                else:
                    neg.append(c)
    p, n, h = (np.asarray(x) for x in (pos, neg, hard))
    q5 = [5, 25, 50, 75, 95]
    return {
        "figure": "watch_semantic_threshold",
        "pairs": {"event": len(p), "unrelated": len(n), "hard_negative": len(h)},
        "quantiles_5_25_50_75_95": {
            "event": np.percentile(p, q5).round(3).tolist(),
            "unrelated": np.percentile(n, q5).round(3).tolist(),
            "hard_negative": np.percentile(h, q5).round(3).tolist(),
        },
        "max_unrelated": round(float(n.max()), 3),
        "at": {
            f"{t:.2f}": {
                "recall": round(float((p >= t).mean()), 3),
                "unrelated": round(float((n >= t).mean()), 4),
                "hard_negative": round(float((h >= t).mean()), 3),
            }
            for t in (0.82, 0.84, 0.85, 0.86, 0.88)
        },
        "default": settings.feeds.semantic_min,
    }


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    import json

    for row in run(HERE.parent.parent / "shared"):
        print(json.dumps(row, ensure_ascii=False))
