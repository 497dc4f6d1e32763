"""Story linking benchmarks (issue 3).

Figures, one JSON line each:

- ``ingest_link_articles_per_s``: end-to-end ingest + encode (title + lead,
  e5-small) + link of the shared articles (~1,750) into a fresh store, one
  run (it takes minutes on 2 cores); also the CPU seconds it used.
- ``link_ms_per_article``: linking cost per article with 1k, 10k, 100k and 1M
  articles already stored (synthetic clustered unit vectors, 384 dims,
  written straight into the store and the index), median over 200 linked
  articles; each size runs in a subprocess that reports its peak RSS.
- ``link_scale_ratio``: the 1M figure over the 1k figure (target <= 1.5).
- ``seed_check``: the shared corpus linked in three orders (seeds first,
  seeds last, shuffled) from the vectors cached by the first run: whether
  the two seed articles share a story and what else joined it.
- ``sample_clustering``: pairwise and BCubed scores of the sample corpus.

``python bench/linking.py [SHARED] [--sizes 1000,10000]`` runs it alone;
``--refine BANDS [--sentences K] [--config JSON]`` runs end to end without and
with the online second stage back to back (JSON: more ``TrackerConfig`` fields).
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from shared_corpus import ingest_targets

from storyline.encode import get_encoder
from storyline.link.tracker import Tracker, TrackerConfig, story_id_for
from storyline.link.vectors import vector_key
from storyline.pipeline import default_workers, ingest
from storyline.store import Store
from storyline.store.blob import to_blob

SIZES = (1_000, 10_000, 100_000, 1_000_000)
DIM = 384
PROBES = 200
ORDERS = ("seeds_first", "seeds_last", "shuffled")


# -- (a) end to end ------------------------------------------------------------


def _end_to_end(shared: Path, db: Path, config: TrackerConfig | None = None) -> dict:
    targets = [path for path, _ in ingest_targets(shared)]
    r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with Store(db) as store:
        report = ingest(targets, store, workers=default_workers(), tracker_config=config)
        stories = len(store.list_stories())
        sides = store._conn.execute("SELECT count(*) FROM align_vectors").fetchone()[0]
    wall = time.perf_counter() - start
    r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(
        getattr(b, f) - getattr(a, f)
        for a, b in ((r0, r1), (c0, c1))
        for f in ("ru_utime", "ru_stime")
    )
    return {
        "figure": "ingest_link_articles_per_s",
        "documents": report.read,
        "added": report.added,
        "linked": report.linked,
        "stories": stories,
        "wall_s": round(wall, 1),
        "articles_per_s": round(report.read / wall, 2),
        "cpu_s": round(cpu, 1),
        "cpu_ms_per_article": round(1000 * cpu / max(report.read, 1), 1),
        "runs": 1,
        "workers": default_workers(),
        "refine_band": (config or TrackerConfig()).refine_band,
        "second_stage_sides_encoded": sides,
        "target": 20,
    }


# -- (b) cost per article as the store grows ------------------------------------


def _clustered(rng: np.random.Generator, centres: np.ndarray, idx: np.ndarray) -> np.ndarray:
    noise = rng.normal(scale=0.35 / np.sqrt(DIM), size=(len(idx), DIM)).astype(np.float32)
    mat = centres[idx] + noise
    return mat / np.linalg.norm(mat, axis=1, keepdims=True)


def _scale_child(n: int) -> dict:
    """Build a store of ``n`` synthetic articles, then time linking :data:`PROBES` more."""
    rng = np.random.default_rng(n)
    n_stories = max(1, n // 5)
    centres = rng.normal(size=(n_stories, DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    enc = get_encoder("e5-small")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "scale.db")
        tracker = Tracker(store, enc, fresh_index=True)
        key = tracker.model_name
        conn = store._conn  # the benchmark writes synthetic rows straight into the tables
        now = datetime.now(UTC).isoformat()
        build = time.perf_counter()
        counts = np.zeros(n_stories, dtype=np.int64)
        firsts = np.full(n_stories, -1, dtype=np.int64)
        for start in range(0, n, 50_000):
            seqs = np.arange(start + 1, min(n, start + 50_000) + 1)
            story = rng.integers(0, n_stories, size=len(seqs))
            mat = _clustered(rng, centres, story)
            ids = [f"{s:016x}" for s in seqs]
            with store.transaction():
                conn.executemany(
                    "INSERT INTO articles(seq, id, lang, text, text_original, added_at, published)"
                    " VALUES (?, ?, 'en', '', '', ?, '2025-01-01')",
                    [(int(s), i, now) for s, i in zip(seqs, ids, strict=True)],
                )
                conn.executemany(
                    "INSERT INTO vectors(article_id, model, dim, doc) VALUES (?, ?, ?, ?)",
                    [(i, key, DIM, to_blob(v)) for i, v in zip(ids, mat, strict=True)],
                )
                for s, st in zip(seqs, story, strict=True):
                    if firsts[st] < 0:
                        firsts[st] = s
                conn.executemany(
                    "INSERT INTO story_articles(article_id, story_id, probability, joined_seq)"
                    " VALUES (?, ?, 1.0, ?)",
                    [
                        (i, story_id_for(f"{firsts[st]:016x}"), int(s))
                        for i, s, st in zip(ids, seqs, story, strict=True)
                    ],
                )
            np.add.at(counts, story, 1)
            tracker.index.add(seqs, mat, threads=0)  # synthetic: order does not matter
            tracker.mean.add(mat, ["en"] * len(mat))
        with store.transaction():
            conn.executemany(
                "INSERT INTO stories(id, created_seq, first_seen, last_seen, n_articles, centroid,"
                " title, rep_article_id) VALUES (?, ?, '2025-01-01', '2025-01-01', ?, ?, 't', ?)",
                [
                    (
                        story_id_for(f"{firsts[s]:016x}"),
                        int(firsts[s]),
                        int(counts[s]),
                        centres[s].astype("<f4").tobytes(),  # the members' mean, nearly
                        f"{firsts[s]:016x}",
                    )
                    for s in range(n_stories)
                    if counts[s]
                ],
            )
        build_s = time.perf_counter() - build
        # probes: 3 in 4 near an existing story, the rest unrelated
        joins = rng.random(PROBES) < 0.75
        near = _clustered(rng, centres, rng.integers(0, n_stories, size=PROBES))
        far = rng.normal(size=(PROBES, DIM)).astype(np.float32)
        far /= np.linalg.norm(far, axis=1, keepdims=True)
        probes = np.where(joins[:, None], near, far)
        ids = [f"{n + 1 + k:016x}" for k in range(PROBES)]
        with store.transaction():
            conn.executemany(
                "INSERT INTO articles(seq, id, lang, text, text_original, added_at, published)"
                " VALUES (?, ?, 'en', '', '', ?, '2025-01-02')",
                [(n + 1 + k, i, now) for k, i in enumerate(ids)],
            )
        store.put_doc_vectors(list(zip(ids, probes, strict=True)), key)
        times, actions = [], []
        for row in store.link_rows(ids=ids, model=key):
            t = time.perf_counter()
            with store.transaction():
                decision = tracker.link_row(row)
            times.append(time.perf_counter() - t)
            actions.append(decision.action)
        store.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "stored": n,
        "median_ms": round(1000 * statistics.median(times), 3),
        "p90_ms": round(1000 * float(np.percentile(times, 90)), 3),
        "joined": actions.count("join") + actions.count("merge"),
        "expected_joins": int(joins.sum()),
        "build_s": round(build_s, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }


def _scale(sizes: tuple[int, ...]) -> list[dict]:
    rows = []
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n)],
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).parent,
        )
        if out.returncode != 0:
            rows.append({"figure": "link_ms_per_article", "stored": n, "error": out.stderr[-400:]})
            continue
        rows.append({"figure": "link_ms_per_article", **json.loads(out.stdout.splitlines()[-1])})
    ok = {r["stored"]: r for r in rows if "median_ms" in r}
    if min(sizes) in ok and max(sizes) in ok and max(sizes) > min(sizes):
        rows.append(
            {
                "figure": "link_scale_ratio",
                "sizes": [min(sizes), max(sizes)],
                "ratio": round(ok[max(sizes)]["median_ms"] / ok[min(sizes)]["median_ms"], 2),
                "target": 1.5,
                "peak_rss_mb_at_max": ok[max(sizes)]["peak_rss_mb"],
                "rss_target_mb": 2048,
            }
        )
    return rows


# -- (c) the seed check ---------------------------------------------------------


def _seed_check(db: Path) -> list[dict]:
    enc = get_encoder("e5-small")
    rows = []
    with Store(db) as source:
        key = vector_key(enc)
        summaries = source.list_articles()
        seeds = [s.id for s in summaries if "/seeds/" in s.origin.replace("\\", "/")]
        others = [s.id for s in summaries if s.id not in seeds]
        vectors = source.doc_vectors([s.id for s in summaries], key)
        keys = {r.article_id: r.keys for r in source.link_rows(ids=list(vectors), model=key)}
        articles = {s.id: source.get_article(s.id) for s in summaries}
    for order in ORDERS:
        shuffled = others[:]
        random.Random(0).shuffle(shuffled)
        ids = {
            "seeds_first": seeds + others,
            "seeds_last": others + seeds,
            "shuffled": shuffled[: len(shuffled) // 2]
            + seeds[:1]
            + shuffled[len(shuffled) // 2 :]
            + seeds[1:],
        }[order]
        with Store(":memory:") as store:
            for aid in ids:
                store.add_article(articles[aid])
            store.put_doc_vectors([(a, vectors[a]) for a in ids], key, [keys[a] for a in ids])
            Tracker(store, enc).link_pending()
            found = {r.article_id: r.story_id for r in store.link_rows(ids=seeds, model=key)}
            together = len(seeds) == 2 and len({found.get(s) for s in seeds}) == 1
            joined = [
                a
                for sid in sorted({found[s] for s in seeds if found.get(s)})
                for a in store.get_story(sid).articles
                if a.id not in seeds
            ]
            rows.append(
                {
                    "figure": "seed_check",
                    "order": order,
                    "seeds": len(seeds),
                    "together": together,
                    "others_joined": len(joined),
                    "others": [f"{a.lang}: {(a.title or '')[:60]}" for a in joined[:5]],
                    "stories": len(store.list_stories()),
                    "articles": len(ids),
                }
            )
    return rows


# -- (d) the sample corpus --------------------------------------------------------


def _sample_quality() -> dict:
    from storyline.evaluate.stories import evaluate_clustering, sample_gold
    from storyline.sample import data_files

    enc = get_encoder("e5-small")
    with Store(":memory:") as store:
        ingest([str(p) for p in data_files()], store, encoder=enc)
        gold, langs = sample_gold(store)
        found = store.link_rows(ids=list(gold), model=vector_key(enc))
        result = evaluate_clustering({r.article_id: r.story_id for r in found}, gold, langs)
    return {"figure": "sample_clustering", **result}


def run(shared: Path, sizes: tuple[int, ...] = SIZES) -> list[dict]:
    rows: list[dict] = [_sample_quality()]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shared.db"
        rows.append(_end_to_end(shared, db))
        rows.extend(_seed_check(db))
    rows.extend(_scale(sizes))
    return rows


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(_scale_child(int(sys.argv[2]))), flush=True)
        raise SystemExit(0)
    args = sys.argv[1:]
    sizes = SIZES
    if "--sizes" in args:
        at = args.index("--sizes")
        sizes = tuple(int(x) for x in args[at + 1].split(","))
        del args[at : at + 2]
    if "--refine" in args:
        # end to end without and with the online second stage, back to back in one run
        at = args.index("--refine")
        bands = [float(x) for x in args[at + 1].split(",")]
        del args[at : at + 2]
        counts = [TrackerConfig().refine_sentences]
        if "--sentences" in args:  # sentences encoded per article for the second stage
            at = args.index("--sentences")
            counts = [int(x) for x in args[at + 1].split(",")]
            del args[at : at + 2]
        extra: dict = {}
        if "--config" in args:  # more TrackerConfig fields, JSON: '{"refine_floor": 0.3}'
            at = args.index("--config")
            extra = json.loads(args[at + 1])
            del args[at : at + 2]
        shared_dir = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
        configs = [TrackerConfig(refine_band=0.0)]
        configs += [
            TrackerConfig(refine_band=band, refine_sentences=k, **extra)
            for band in bands
            for k in counts
        ]
        got = []
        for cfg in configs:
            with tempfile.TemporaryDirectory() as tmp:
                got.append(_end_to_end(shared_dir, Path(tmp) / "shared.db", cfg))
                got[-1]["refine_sentences"] = cfg.refine_sentences
                got[-1]["refine_floor"] = cfg.refine_floor
                got[-1]["refine_members"] = cfg.refine_members
                print(json.dumps(got[-1], ensure_ascii=False), flush=True)
        off = got[0]
        for on in got[1:]:
            ratio = {
                "figure": "online_second_stage_cost",
                "refine_band": on["refine_band"],
                "refine_sentences": on["refine_sentences"],
                "refine_floor": on["refine_floor"],
                "refine_members": on["refine_members"],
                "sides_per_article": round(
                    on["second_stage_sides_encoded"] / max(on["documents"], 1), 3
                ),
                "throughput_ratio": round(on["articles_per_s"] / off["articles_per_s"], 3),
                "cpu_ratio": round(on["cpu_ms_per_article"] / off["cpu_ms_per_article"], 3),
                "target_throughput_ratio": 0.85,
            }
            print(json.dumps(ratio), flush=True)
        raise SystemExit(0)
    if "--scale-only" in args:
        for row in _scale(sizes):
            print(json.dumps(row, ensure_ascii=False), flush=True)
        raise SystemExit(0)
    shared_dir = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
    for row in run(shared_dir, sizes):
        print(json.dumps(row, ensure_ascii=False), flush=True)
