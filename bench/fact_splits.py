"""Which shared-corpus reports a typed-fact conflict keeps out of a story, and the story.

The shared corpus (seeds, Fars News, the SemEval articles; as ``bench/linking.py``
ingests it) is ingested once into ``--db`` (kept: a second run only relinks), then
linked twice in memory from the stored vectors, in arrival order: with
``tracker.fact_conflict`` as configured and with it 0. A story of the run without the
conflict that the run with it splits is a split; its largest part (the earliest on a
tie) is "the story", and a report of another part is *kept out by a conflict* when its
typed facts conflict with a report of that part (:func:`storyline.link.facts.fact_conflicts`).
The run with the conflict's reason records that name a conflict ("started the story
...; typed facts: other ...") are counted too.

With ``--recompute`` the typed facts (``"f"`` of the link keys) are read again from
each stored article's title and text by the current code, so a changed
``link/facts.py`` is measured without ingesting again.

Output: one JSON line of counts (``fact_splits``), then, with ``--read N``, N
kept-out reports drawn at random (``--seed``) each with the story it was kept out
of (titles, leads, the conflicting values) for a person to judge.
Usage: ``python bench/fact_splits.py [SHARED] --db /tmp/x.db [--read 30] [--recompute]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from storyline.encode import get_encoder
from storyline.link.decide import fact_keys
from storyline.link.facts import fact_conflicts, fact_kinds, typed_facts
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.vectors import vector_key
from storyline.pipeline import ingest
from storyline.store import Store

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _ingest(shared: Path, db: Path) -> None:
    from shared_corpus import ingest_targets

    targets = [path for path, _ in ingest_targets(shared)]
    with Store(db) as store:
        ingest(targets, store, workers=1, encoder=get_encoder("e5-small"))


def _link(articles, vectors, keys, key, enc, weight: float) -> tuple[dict, dict]:
    with Store(":memory:") as store:
        ids = list(articles)
        for aid in ids:
            store.add_article(articles[aid])
        store.put_doc_vectors([(a, vectors[a]) for a in ids], key, [keys[a] for a in ids])
        Tracker(store, enc, TrackerConfig(fact_conflict=weight)).link_pending()
        story = {r.article_id: r.story_id for r in store.link_rows(ids=ids, model=key)}
        reasons = {}
        for sid in set(story.values()):
            detail = store.get_story(sid)
            if detail is None:
                continue
            for a in detail.articles:
                reasons[a.id] = a.reason
    return story, reasons


def _groups(story: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for aid, sid in story.items():
        out.setdefault(sid, set()).add(aid)
    return out


def run(shared: Path, db: Path, read: int, seed: int, recompute: bool) -> list[dict]:
    if not db.exists():
        start = time.perf_counter()
        _ingest(shared, db)
        print(json.dumps({"ingested_s": round(time.perf_counter() - start, 1)}), flush=True)
    enc = get_encoder("e5-small")
    key = vector_key(enc)
    with Store(db) as source:
        summaries = source.list_articles()
        vectors = source.doc_vectors([s.id for s in summaries], key)
        keys = {r.article_id: r.keys for r in source.link_rows(ids=list(vectors), model=key)}
        articles = {s.id: source.get_article(s.id) for s in summaries if s.id in vectors}
    if recompute:
        for aid, art in articles.items():
            data = json.loads(keys[aid] or "{}")
            facts = typed_facts(art.title, art.text)
            data.pop("f", None)
            if facts:
                data["f"] = list(facts)
            keys[aid] = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    facts = {a: fact_keys(keys[a]) for a in articles}
    weight = TrackerConfig().fact_conflict
    with_c, reasons = _link(articles, vectors, keys, key, enc, weight)
    without, _ = _link(articles, vectors, keys, key, enc, 0.0)
    groups_with, groups_without = _groups(with_c), _groups(without)
    order = {a: i for i, a in enumerate(articles)}
    # a story of the run without the conflict that the conflict split: its largest part is
    # "the story", the reports of its other parts that conflict with one of it are kept out
    kept_out = []
    for members in groups_without.values():
        parts: dict[str, set[str]] = {}
        for aid in members:
            parts.setdefault(with_c[aid], set()).add(aid)
        if len(parts) < 2:
            continue
        main = max(parts.values(), key=lambda p: (len(p), -min(order[a] for a in p)))
        for part in parts.values():
            if part is main:
                continue
            for aid in sorted(part, key=order.__getitem__):
                clash = [m for m in main if fact_conflicts(facts[aid], facts[m])]
                if clash:
                    kept_out.append((aid, sorted(main), sorted(clash)))
    alone = [k for k in kept_out if len(groups_with[with_c[k[0]]]) == 1]
    noted = [
        a
        for a, r in reasons.items()
        if r
        and r.get("action") == "new"
        and "typed facts: other" in ((r.get("best") or {}).get("facts") or "")
    ]
    kinds: dict[str, int] = {}
    for aid, _, clash in kept_out:
        kind = fact_conflicts(facts[aid], facts[clash[0]])[0]
        fam = kind.split(".", 1)[0]
        kinds[fam] = kinds.get(fam, 0) + 1
    rows = [
        {
            "figure": "fact_splits",
            "articles": len(articles),
            "with_facts": sum(1 for f in facts.values() if f),
            "stories_with_conflict": len(groups_with),
            "stories_without_conflict": len(groups_without),
            "kept_out_reports": len(kept_out),
            "kept_out_alone": len(alone),
            "new_story_reason_names_conflict": len(noted),
            "kept_out_by_family": kinds,
            "recomputed_facts": recompute,
        }
    ]
    rng = random.Random(seed)
    for aid, lost, clash in rng.sample(kept_out, min(read, len(kept_out))):
        art = articles[aid]
        kind = fact_conflicts(facts[aid], facts[clash[0]])[0]
        other = [
            {
                "id": m,
                "lang": articles[m].lang,
                "title": (articles[m].title or "")[:120],
                "lead": articles[m].text[:300].replace("\n", " "),
                "values": sorted(fact_kinds(facts[m]).get(kind, ())),
            }
            for m in clash[:2]
        ]
        rows.append(
            {
                "figure": "fact_split_example",
                "id": aid,
                "lang": art.lang,
                "kind": kind,
                "values": sorted(fact_kinds(facts[aid])[kind]),
                "title": (art.title or "")[:120],
                "lead": art.text[:300].replace("\n", " "),
                "kept_out_of": len(lost),
                "conflicting": len(clash),
                "others": other,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", nargs="?", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--read", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--recompute", action="store_true")
    args = parser.parse_args(argv)
    for row in run(args.shared, args.db, args.read, args.seed, args.recompute):
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    raise SystemExit(main())
