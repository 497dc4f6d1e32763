"""Order independence of story linking (issue 14): the same articles in many arrival orders.

Figures, one JSON line each:

- ``sample_orders``: the sample corpus (with its hard negatives) linked in
  file order, publication order and 5 shuffles, from vectors encoded once:
  BCubed F1 per order, its spread (max - min), the events whose reports are
  not all in one story, and hard negatives found inside an event's story.
- ``seed_orders`` (with ``SHARED``): the shared corpus in file order, seeds
  last and 5 shuffles: whether the seeds share one story and what else
  joined it.

Vectors come from a store cached on disk (``--cache DIR``, default
``bench/.cache``), so re-running only links. The store holds what ingest
computed (articles, dates, link keys, vectors, encoded sentences), so its
file name carries a digest of the code that computes them
(:func:`code_digest`): after a change to ``text/``, the pipeline or the link
keys the corpus is ingested again, and the stale store is removed. ``python bench/story_orders.py
[SHARED] [--cache DIR] [--no-shared] [--recent] [--no-settle] [--corpus DIR]`` runs it alone
(``--recent``: the seed orders end with ``relink --recent``; ``--no-settle``: the
seed orders are linked without ``tracker.settle``, the default; ``--corpus DIR``: the
sample figures on another folder laid out like the sample, with its own
``manifest.jsonl``, e.g. the held-out set ``tests/fixtures/heldout``). The sample figures: one
batch, one article at a time, then ``relink --recent``, and one at a time with
``settle`` (``--modes batch,one,recent,settle`` picks some, ``batch-settle`` adds one batch
with ``settle``; the modes name ``settle`` explicitly, so ``one`` stays the figure without it
now that the tracker settles by default; ``--corpus`` may repeat,
``sample`` naming the packaged one). ``--mixed SHARED``: the same corpus figures with the
corpus linked ON TOP OF the shared corpus, ingested and linked once
(``bench/mixed_orders.py``: shared articles inside an event's story, reports that joined
a shared story).
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import storyline
from storyline.encode import get_encoder
from storyline.evaluate.stories import sample_gold
from storyline.link.stories import relink_recent
from storyline.link.tracker import TrackerConfig
from storyline.link.vectors import vector_key
from storyline.pipeline import ingest
from storyline.store import Store

SHUFFLES = 5
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the sibling modules, also when loaded by path (the tests)
    sys.path.insert(0, str(HERE))
from mixed_orders import link_into, mixed_orders, order_figures, summary  # noqa: E402

SRC = Path(storyline.__file__).resolve().parent  # the code that runs, wherever it is imported from

NOT_INGESTED = (
    *("cli/", "web/", "api/", "training/", "evaluate/", "feeds/"),
    *("spark.py", "shards.py", "batch.py", "export.py", "terminal.py"),
)
"""Parts of ``src/storyline`` that ingesting files and linking never run (the shells, the
offline tools, following feeds, the at-scale paths): left out of :func:`code_digest`.
Everything else counts, ``link/`` included (the link keys and the encoded sentences are
stored; tests/test_bench_story_orders.py checks that ingest and linking import none of these)."""


def code_digest(root: Path = SRC) -> str:
    """A digest of every file under ``root`` that ingest may run or read (code, data, sample).

    Examples
    --------
    >>> len(code_digest()) == 12 and code_digest() == code_digest()
    True
    """
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or "__pycache__" in rel or rel.startswith(NOT_INGESTED):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


@cache
def _run_digest() -> str:
    """:func:`code_digest` read once per run: the code a run imported names its stores, even
    when a file is edited while it runs (else a later store would carry the new digest and
    the old code's links)."""
    return code_digest()


def _cached_store(
    cache: Path, stem: str, targets: list[str], encoder: Any, code: str | None = None
) -> Store:
    """The store of ``targets`` ingested by this code (``cache/STEM-DIGEST.db``).

    Built on first use; a store of the same stem made by other code (another
    :func:`code_digest`) is stale and removed.
    """
    code = code or _run_digest()
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{stem}-{code}.db"
    ours = re.compile(re.escape(stem) + r"(-[0-9a-f]{12})?\.db([.-].+)?")  # -wal, .usearch ...
    for old in cache.iterdir():
        if ours.fullmatch(old.name) and not old.name.startswith(path.name):
            old.unlink()
    store = Store(path)
    if not store.count_articles():
        print(f"story_orders: ingesting {len(targets)} targets into {path}", file=sys.stderr)
        ingest(targets, store, encoder=encoder)
    return store


def _orders(ids: list[str], published: dict[str, str | None]) -> dict[str, list[str]]:
    out = {
        "file": ids[:],
        "published": sorted(ids, key=lambda a: (published.get(a) or "9999", ids.index(a))),
    }
    for k in range(SHUFFLES):
        shuffled = ids[:]
        random.Random(k).shuffle(shuffled)
        out[f"shuffle{k}"] = shuffled
    return out


def relink_order(
    source: Store,
    ids: list[str],
    encoder: Any,
    config: Any = None,
    batch: int = 256,
    recent: bool = False,
) -> dict[str, str]:
    """Link ``ids`` in this order into a fresh in-memory store; return article -> story.

    ``batch``: articles per link batch (1: one at a time, as a feed watcher
    links them); ``recent``: then run ``relink --recent`` over all of them.
    """
    with Store(":memory:") as store:

        def everything(store: Store) -> None:
            relink_recent(store, encoder, 1e5, config, now="2100-01-01")

        link_into(store, source, ids, encoder, config, batch, everything if recent else None)
        rows = store.link_rows(ids=ids, model=vector_key(encoder))
        return {r.article_id: store.resolve_story(r.story_id) or "" for r in rows}


def _corpus_files(corpus: Path) -> tuple[list[str], str]:
    """The article files a manifest folder lists, and a digest of their bytes (the cache key)."""
    import hashlib

    from storyline.sample import load_manifest

    files = sorted({e["file"] for e in load_manifest(corpus)})
    digest = hashlib.sha256((corpus / "manifest.jsonl").read_bytes())
    for rel in files:
        digest.update(rel.encode() + b"\0" + (corpus / rel).read_bytes())
    return [str(corpus / rel) for rel in files], digest.hexdigest()[:12]


def corpus_store(cache: Path, encoder: Any, corpus: Path | None = None) -> Store:
    """The cached store of a corpus folder (``None``: the packaged sample), ingested alone."""
    from storyline.sample import data_files

    if corpus is None:
        return _cached_store(cache, "sample", [str(p) for p in data_files()], encoder)
    files, digest = _corpus_files(corpus)
    return _cached_store(cache, f"corpus-{corpus.name}-{digest}", files, encoder)


def shared_store(shared: Path, cache: Path, encoder: Any) -> Store:
    """The shared corpus (``ingest_targets`` and the extraction pages) ingested and linked
    once, in file order, as ``ingest`` links it (cached by the code digest)."""
    from shared_corpus import ingest_targets

    targets = [str(p) for p, _ in ingest_targets(shared)] + [str(_pages(shared, cache))]
    return _cached_store(cache, "shared", targets, encoder)


def mixed(
    base: Store,
    cache: Path,
    encoder: Any,
    config: Any = None,
    batch: int = 256,
    recent: bool = False,
    corpus: Path | None = None,
) -> dict[str, Any]:
    """The corpus's orders (as :func:`sample_orders`) linked on top of the linked ``base``
    store (:func:`shared_store`): ``bench/mixed_orders.py``."""
    corpus = corpus.resolve() if corpus is not None else None
    source = corpus_store(cache, encoder, corpus)
    gold, _ = sample_gold(source, corpus)
    ids = [a.id for a in source.list_articles() if a.id in gold]
    published = {a.id: a.published for a in source.list_articles()}
    try:
        return mixed_orders(
            base, source, corpus, _orders(ids, published), encoder, config, batch, recent
        )
    finally:
        source.close()


def sample_orders(
    cache: Path,
    encoder: Any,
    config: Any = None,
    batch: int = 256,
    recent: bool = False,
    corpus: Path | None = None,
) -> dict[str, Any]:
    """The sample corpus in file order, publication order and shuffles.

    ``batch`` and ``recent`` as in :func:`relink_order`: the default links the
    whole corpus as one ingest batch; ``batch=1`` one article at a time;
    ``recent=True`` ends with ``relink --recent`` over everything.
    ``corpus``: another folder laid out like the sample (``manifest.jsonl`` +
    article files), e.g. the held-out set ``tests/fixtures/heldout``.
    """
    from storyline.sample import load_manifest

    corpus = corpus.resolve() if corpus is not None else None
    source = corpus_store(cache, encoder, corpus)
    manifest = load_manifest(corpus)
    negatives = {e["story"] for e in manifest if e.get("hard_negative_of")}
    gold, langs = sample_gold(source, corpus)
    ids = [a.id for a in source.list_articles() if a.id in gold]
    published = {a.id: a.published for a in source.list_articles()}
    per_order: dict[str, Any] = {}
    for name, order in _orders(ids, published).items():
        t0 = time.perf_counter()
        pred = relink_order(source, order, encoder, config, batch=batch, recent=recent)
        figures = order_figures(pred, gold, langs, negatives)
        per_order[name] = {**figures, "link_s": round(time.perf_counter() - t0, 2)}
    source.close()
    return {
        "figure": "sample_orders" if corpus is None else f"corpus_orders {corpus.name}",
        "mode": f"batch {batch}"
        + (", settle" if getattr(config, "settle", False) else "")
        + (", then relink --recent" if recent else ""),
        "articles": len(ids),
        "gold_stories": len(set(gold.values())),
        **summary(per_order),
        "orders": per_order,
        "target_f1": 0.95,
    }


def _pages(shared: Path, cache: Path) -> Path:
    """The article-extraction pages, un-gzipped into ``cache/pages`` (ingest skips ``.gz``)."""
    import gzip

    out = cache / "pages"
    out.mkdir(parents=True, exist_ok=True)
    for page in sorted((shared / "data" / "article-extraction" / "html").glob("*.html.gz")):
        target = out / page.name[: -len(".gz")]
        if not target.exists():
            target.write_bytes(gzip.decompress(page.read_bytes()))
    return out


def _semeval_pairs(shared: Path, source: Store) -> dict[str, list[tuple[str, str]]]:
    """Labelled SemEval pairs as stored article ids: ``same`` (Overall <= 1.5),
    ``different`` (Overall >= 3.0) and ``hard_negative`` (Entities <= 2, Overall >= 2.5)."""
    import csv

    from shared_corpus import semeval_articles

    order = [a["id"] for a in semeval_articles(shared)]
    stored: dict[str, str] = {}
    for art in source.list_articles():
        path, _, line = str(art.origin).rpartition(":")
        if path.endswith("semeval_articles.jsonl") and line.isdigit():
            stored[order[int(line) - 1]] = art.id
    out: dict[str, list[tuple[str, str]]] = {"same": [], "different": [], "hard_negative": []}
    path = shared / "data" / "semeval2022-task8-dev" / "pairs.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            a, _, b = row["pair_id"].partition("_")
            if a not in stored or b not in stored or stored[a] == stored[b]:
                continue
            pair = (stored[a], stored[b])
            overall, entities = float(row["Overall"]), float(row["Entities"])
            if overall <= 1.5:
                out["same"].append(pair)
            if overall >= 3.0:
                out["different"].append(pair)
            if entities <= 2 and overall >= 2.5:
                out["hard_negative"].append(pair)
    return out


def _pair_figures(pred: dict[str, str], pairs: dict[str, list[tuple[str, str]]]) -> dict:
    """Share of each kind of labelled pair whose two articles share a story."""
    out: dict[str, Any] = {}
    for kind, items in pairs.items():
        together = sum(1 for a, b in items if pred.get(a) and pred.get(a) == pred.get(b))
        out[f"semeval_{kind}_together"] = f"{together}/{len(items)}"
    return out


def seed_orders(
    shared: Path,
    cache: Path,
    encoder: Any,
    config: Any = None,
    recent: bool = False,
    only: list[str] | None = None,
) -> list[dict]:
    """The shared corpus in several orders: the seeds' story and what else is in it.

    ``recent``: each order ends with ``relink --recent`` over everything;
    ``only``: run just these orders (names as in the output).
    """
    source = shared_store(shared, cache, encoder)
    summaries = source.list_articles()
    semeval = _semeval_pairs(shared, source)
    seeds = [s.id for s in summaries if "/seeds/" in s.origin.replace("\\", "/")]
    others = [s.id for s in summaries if s.id not in seeds]
    orders = {"file": seeds + others, "seeds_last": others + seeds}
    for k in range(SHUFFLES):
        shuffled = [s.id for s in summaries]
        random.Random(k).shuffle(shuffled)
        orders[f"shuffle{k}"] = shuffled
    rows = []
    titles = {s.id: (s.title or "")[:50] for s in summaries}
    for name, order in orders.items():
        if only and name not in only:
            continue
        t0 = time.perf_counter()
        pred = relink_order(source, order, encoder, config, recent=recent)
        seed_stories = {pred.get(s) for s in seeds}
        others_in = [a for a in order if pred.get(a) in seed_stories and a not in seeds]
        sizes = Counter(pred.values())
        rows.append(
            {
                "figure": "seed_orders",
                "order": name
                + (" + settle" if getattr(config, "settle", False) else "")
                + (" + relink --recent" if recent else ""),
                "articles": len(order),
                "seeds_together": len(seed_stories) == 1,
                "others_joined": len(others_in),
                "others": [titles[a] for a in others_in[:5]],
                "stories": len(sizes),
                "largest_story": max(sizes.values()),
                **_pair_figures(pred, semeval),
                "link_s": round(time.perf_counter() - t0, 1),
            }
        )
    source.close()
    return rows


def run(shared: Path) -> list[dict[str, Any]]:
    """Entry point for ``make bench`` (bench/run.py): the sample orders, then the seed orders."""
    enc = get_encoder("e5-small")
    cache = HERE / ".cache"
    return [
        sample_orders(cache, enc),
        sample_orders(cache, enc, TrackerConfig(settle=False), batch=1),
        sample_orders(cache, enc, TrackerConfig(settle=False), batch=1, recent=True),
        sample_orders(cache, enc, batch=1),  # the default settles each batch
        *seed_orders(shared, cache, enc),
    ]


MODES = {
    "batch": (256, False, False),
    "one": (1, False, False),
    "recent": (1, True, False),
    "settle": (1, False, True),
    "batch-settle": (256, False, True),
}
"""``--modes`` names: (articles per link batch, then ``relink --recent``, ``settle``)."""


def _take(args: list[str], flag: str) -> list[str]:
    """Remove every ``flag VALUE`` from ``args``; return the values."""
    values = []
    while flag in args:
        at = args.index(flag)
        values.append(args[at + 1])
        del args[at : at + 2]
    return values


def main(argv: list[str]) -> None:
    """Command-line entry: print the figures as JSON lines."""
    args = argv[:]
    cache = Path((_take(args, "--cache") or [str(HERE / ".cache")])[-1])
    corpora = [None if c == "sample" else Path(c) for c in _take(args, "--corpus")] or [None]
    modes = [
        MODES[m] for m in (_take(args, "--modes") or ["batch,one,recent,settle"])[-1].split(",")
    ]
    shared_mixed = _take(args, "--mixed")
    no_shared = "--no-shared" in args
    recent = "--recent" in args
    seed_config = TrackerConfig(settle="--no-settle" not in args)
    args = [a for a in args if a not in ("--no-shared", "--recent", "--settle", "--no-settle")]
    enc = get_encoder("e5-small")
    if shared_mixed:  # the corpora on top of the linked shared corpus (bench/mixed_orders.py)
        base = shared_store(Path(shared_mixed[-1]), cache, enc)
        for corpus in corpora:
            for batch, recent, settle in modes:
                config = TrackerConfig(settle=settle)
                row = mixed(base, cache, enc, config, batch, recent, corpus)
                print(json.dumps(row, ensure_ascii=False), flush=True)
        base.close()
        return
    for corpus in corpora:
        for batch, recent, settle in modes:
            config = TrackerConfig(settle=settle)
            row = sample_orders(cache, enc, config, batch=batch, recent=recent, corpus=corpus)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    if not no_shared:
        shared = Path(args[0]) if args else HERE.parents[1] / "shared"
        for row in seed_orders(shared, cache, enc, seed_config, recent=recent):
            print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    main(sys.argv[1:])
