"""Coverage: alignment precision/recall, story coverage time, and the seed pair.

``run(shared_dir)``:

1. sentence alignment on ``tests/fixtures/alignment`` (6 reports, 5-4
   language versions each, sentences added, dropped, reordered and merged)
   with the real E5 encoder: precision/recall on the tuning half (r1, r3,
   r5), on the held-out half (r2, r4, r6), and on all, for both centring
   modes (the articles' own mean, and the shipped corpus mean);
2. fact grouping on the same reports taken as stories (pairwise P/R);
3. the time of ``story_coverage`` on a 20-article story in 4 languages,
   vectors already cached (median of 5 runs);
4. the seed pair (needs ``shared_dir/data/seeds``): shared and unique
   sentences, printed for a human to read.

Vectors are cached in ``bench/.cache/vectors.sqlite``.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from storyline.article import Article, RawDocument
from storyline.coverage import align_sentences, compare_coverage, corpus_mean, story_coverage
from storyline.encode import CachedEncoder, get_encoder
from storyline.evaluate.coverage import (
    gold_pairs,
    load_aligned_reports,
    precision_recall,
    version_pairs,
)

NEEDS_SHARED = False
HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures" / "alignment"
TUNE = ["r1-mosul-flood", "r3-geneva-talks", "r5-herat-quake"]


def _encoder() -> CachedEncoder:
    return CachedEncoder(get_encoder("e5-small"), HERE / ".cache" / "vectors.sqlite")


def _article(doc: dict[str, Any]) -> Article:
    return Article(
        id=f"{doc['report']}-{doc['lang']}",
        text=" ".join(s["text"] for s in doc["sentences"]),
        text_original="",
        lang=doc["lang"],
        lang_confidence=1.0,
        outlet=f"{doc['lang']}-outlet",
        sentences=tuple(s["text"] for s in doc["sentences"]),
    )


def _alignment_rows(reports: dict[str, list[dict[str, Any]]], vec: Any) -> list[dict]:
    rows = []
    test = [n for n in reports if n not in TUNE]
    for mode, mean in [("own-mean", None), ("corpus-mean", corpus_mean("e5-small"))]:

        def predict(x: dict, y: dict, mean: Any = mean) -> set[tuple[int, int]]:
            al = align_sentences(
                [s["text"] for s in x["sentences"]],
                vec(x),
                [s["text"] for s in y["sentences"]],
                vec(y),
                mean=mean,
            )
            return {(i, j) for i, j, _ in al.pairs()}

        for split, names in [("tune", TUNE), ("held-out", test), ("all", list(reports))]:
            scores = precision_recall(version_pairs(reports, names), predict)
            rows.append({"task": "alignment", "centring": mode, "split": split, **scores})
    return rows


def _fact_rows(reports: dict[str, list[dict[str, Any]]], vec: Any) -> list[dict]:
    rows = []
    for mode, mean in [("own-mean", None), ("corpus-mean", corpus_mean("e5-small"))]:
        tp = fp = fn = 0
        for versions in reports.values():
            arts = [_article(d) for d in versions]
            by_id = {a.id: d for a, d in zip(arts, versions, strict=True)}
            cov = story_coverage(
                arts, lambda a, m=by_id: vec(m[a.id]), mean=mean, with_entities=False
            )
            pred = set()
            for f in cov.facts:
                ss = [(s.article_id, s.idx) for s in f.sentences]
                pred |= {(p, q) for p in ss for q in ss if p < q and p[0] != q[0]}
            gold = set()
            for i, x in enumerate(arts):
                for y in arts[i + 1 :]:
                    a, b = sorted([x.id, y.id])
                    gold |= {((a, p), (b, q)) for p, q in gold_pairs(by_id[a], by_id[b])}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
        rows.append(
            {
                "task": "fact-grouping",
                "centring": mode,
                "pair_precision": round(tp / max(1, tp + fp), 4),
                "pair_recall": round(tp / max(1, tp + fn), 4),
            }
        )
    return rows


def _timing_row(reports: dict[str, list[dict[str, Any]]], vec: Any) -> dict:
    langs = {"en", "fa", "ar", "ru"}
    docs = [d for versions in reports.values() for d in versions if d["lang"] in langs]
    arts = [_article(d) for d in docs]
    by_id = {a.id: d for a, d in zip(arts, docs, strict=True)}
    k = 0
    while len(arts) < 20:  # reposts under another id, as syndication does
        src = arts[k]
        arts.append(Article(**{**src.__dict__, "id": f"{src.id}-copy", "outlet": "repost"}))
        by_id[arts[-1].id] = by_id[src.id]
        k += 1
    arts = arts[:20]
    cache = {a.id: vec(by_id[a.id]) for a in arts}
    mean = corpus_mean("e5-small")
    times = []
    for _ in range(5):
        t = time.perf_counter()
        cov = story_coverage(arts, lambda a: cache[a.id], mean=mean)
        times.append(time.perf_counter() - t)
    return {
        "task": "story-coverage-time",
        "articles": len(arts),
        "languages": len({a.lang for a in arts}),
        "sentences": sum(len(a.sentences) for a in arts),
        "facts": len(cov.facts),
        "median_s": round(statistics.median(times), 3),
        "target_s": 2.0,
    }


def _seed_rows(shared_dir: Path | None, enc: CachedEncoder) -> list[dict]:
    seeds = Path(shared_dir or HERE.parent.parent / "shared") / "data" / "seeds"
    if not seeds.is_dir():
        return [{"task": "seed-pair", "skipped": f"no seeds at {seeds}"}]
    from storyline.pipeline import prepare
    from storyline.read import read_path

    arts = []
    for name in ["en-iraqinews.txt", "fa-arannews.txt"]:
        for doc in read_path(seeds / name):
            if isinstance(doc, RawDocument):
                arts.append(prepare(doc).article)
    en, fa = arts
    out = compare_coverage(
        en,
        fa,
        enc.encode(list(en.sentences)),
        enc.encode(list(fa.sentences)),
        mean=corpus_mean("e5-small"),
    )
    rows: list[dict] = [
        {
            "task": "seed-pair",
            "shared": len(out["shared"]),
            "only_en": len(out["only_a"]),
            "only_fa": len(out["only_b"]),
        }
    ]
    for p in out["shared"]:
        rows.append(
            {"task": "seed-pair", "shared_score": p["score"], "en": p["a_text"], "fa": p["b_text"]}
        )
    rows.extend({"task": "seed-pair", "only_en": s["text"]} for s in out["only_a"])
    rows.extend({"task": "seed-pair", "only_fa": s["text"]} for s in out["only_b"])
    return rows


def run(shared_dir: Path | None = None) -> list[dict]:
    """Return one dict per figure (see the module docstring)."""
    enc = _encoder()
    reports = load_aligned_reports(FIXTURES)
    memo: dict[tuple[str, str], np.ndarray] = {}

    def vec(doc: dict[str, Any]) -> np.ndarray:
        key = (doc["report"], doc["lang"])
        if key not in memo:
            memo[key] = enc.encode([s["text"] for s in doc["sentences"]])
        return memo[key]

    rows = _alignment_rows(reports, vec)
    rows += _fact_rows(reports, vec)
    rows.append(_timing_row(reports, vec))
    rows += _seed_rows(shared_dir, enc)
    return rows


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    import json

    for row in run():
        print(json.dumps(row, ensure_ascii=False), flush=True)
