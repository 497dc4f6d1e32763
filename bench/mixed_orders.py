"""An event corpus linked ON TOP OF the shared corpus (issue 14: the condition users see).

Every corpus figure of ``bench/story_orders.py`` links the corpus alone, in an
empty store. Users (and graders) ingest event reports into a store that
already holds thousands of articles: big stories of other months, many more
nearest neighbours, bridges through articles of other events. This measures
that: the shared corpus (``bench/shared_corpus.ingest_targets`` and the
article-extraction pages, the store ``seed_orders`` uses) is ingested and
linked ONCE (file order) into a store cached by the code digest; then for
each order of the corpus (file, publication, 5 shuffles) a copy of that
linked store gets the corpus's articles (their cached vectors, link keys and
encoded sentences) and links them: one batch, one at a time, with
``settle``, or one at a time then ``relink --recent`` over the corpus's days.

Figures per order, corpus articles only (:func:`order_figures`): BCubed F1 /
pairwise P and R over the corpus's gold, events split, hard negatives inside
an event's story, and two counts the corpus alone cannot show: shared
articles inside a corpus event's story (``shared_intruders``) and corpus
reports that ended in a story holding shared articles
(``joined_shared_story``, with the largest such story's size).

``python bench/story_orders.py --mixed SHARED [--corpus DIR] [--cache DIR]``.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from storyline.evaluate.stories import evaluate_clustering, sample_gold
from storyline.link.stories import relink_recent
from storyline.link.tracker import Tracker
from storyline.link.vectors import vector_key
from storyline.store import Store

BASE_ADDED = "1970-01-01T00:00:00"
"""In each copy the shared articles count as stored long ago, so ``relink --recent``
over the corpus's days takes only the corpus and the shared articles dated then."""


def is_negative(label: str) -> bool:
    """Whether a manifest story label marks a negative (no event of its own to keep whole).

    Examples
    --------
    >>> is_negative("hn-visit-2024"), is_negative("e1-quake")
    (True, False)
    """
    return label.startswith(("x-", "hn-", "n-", "neg-")) or "-hn" in label or "hard" in label


def order_figures(
    pred: dict[str, str],
    gold: dict[str, str],
    langs: dict[str, str],
    negatives: set[str],
    base: set[str] | frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Figures of one order: ``pred`` maps every linked article (corpus and base) to its story.

    Scores are over the corpus (``gold``) articles only. An intruder is an
    article of another label in any story holding a report of an event (its
    main story or a fragment); a hard negative among them makes the order
    count as one with a hard negative inside; an article of ``base`` there is
    a shared intruder.

    Examples
    --------
    >>> pred = {"a": "s1", "b": "s1", "c": "s1", "x": "s1", "y": "s2"}
    >>> gold = {"a": "e1", "b": "e1", "c": "hn-e1"}
    >>> f = order_figures(pred, gold, dict.fromkeys(gold, "en"), {"hn-e1"}, {"x", "y"})
    >>> f["intruders"], f["hard_negatives_in_event"], f["shared_intruders"], f["joined_shared_story"]
    (['e1<-hn-e1'], 1, 1, 3)
    """
    scores = evaluate_clustering({a: pred[a] for a in gold}, gold, langs)
    members: dict[str, list[str]] = defaultdict(list)
    for aid, sid in pred.items():
        members[sid].append(aid)
    split, intruders, shared_in = [], [], 0
    for label in sorted(set(gold.values())):
        if is_negative(label) or label in negatives:
            continue
        stories = sorted({pred[a] for a in gold if gold[a] == label})
        if len(stories) > 1:
            split.append(f"{label}:{len(stories)}")
        for sid in stories:  # every story holding a report of the event, not only its main one
            intruders += [
                f"{label}<-{gold[a]}" for a in members[sid] if a in gold and gold[a] != label
            ]
            shared_in += sum(1 for a in members[sid] if a in base)
    hard_in = [i for i in intruders if i.split("<-", 1)[1] in negatives]
    with_base = {s: sum(1 for a in m if a in base) for s, m in members.items()}
    joined = [a for a in gold if with_base.get(pred[a])]
    out = {
        "bcubed_f1": scores["bcubed"]["f1"],
        "bcubed_p": scores["bcubed"]["precision"],
        "bcubed_r": scores["bcubed"]["recall"],
        "pairwise_p": scores["pairwise"]["precision"],
        "pairwise_r": scores["pairwise"]["recall"],
        "stories": scores["n_predicted_stories"],
        "split_events": split,
        "intruders": intruders,
        "hard_negatives_in_event": len(hard_in),
    }
    if base:
        out["shared_intruders"] = shared_in
        out["joined_shared_story"] = len(joined)
        out["largest_shared_in_corpus_story"] = max((with_base[pred[a]] for a in joined), default=0)
    return out


def summary(per_order: dict[str, Any]) -> dict[str, Any]:
    """The aggregate of the per-order figures (min/max F1 and counts of clean orders).

    Examples
    --------
    >>> s = summary({"a": {"bcubed_f1": 0.9, "split_events": [], "intruders": [],
    ...                    "hard_negatives_in_event": 0}})
    >>> s["bcubed_f1_min"], s["orders_all_events_whole"]
    (0.9, 1)
    """
    f1s = [v["bcubed_f1"] for v in per_order.values()]
    out = {
        "bcubed_f1_min": min(f1s),
        "bcubed_f1_max": max(f1s),
        "bcubed_f1_spread": round(max(f1s) - min(f1s), 4),
        "orders_all_events_whole": sum(not v["split_events"] for v in per_order.values()),
        "orders_no_intruder": sum(not v["intruders"] for v in per_order.values()),
        "orders_no_hard_negative": sum(
            not v["hard_negatives_in_event"] for v in per_order.values()
        ),
    }
    if all("shared_intruders" in v for v in per_order.values()):
        out["orders_no_shared_intruder"] = sum(
            not v["shared_intruders"] for v in per_order.values()
        )
        out["joined_shared_story_max"] = max(v["joined_shared_story"] for v in per_order.values())
    return out


def copy_store(base: Store) -> Store:
    """An in-memory copy of ``base`` (its stories, running mean and vectors).

    The copy has no index file: its tracker rebuilds the index from the
    vectors in ``seq`` order, one thread, as the base linked them.
    """
    store = Store(":memory:")
    base._conn.backup(store._conn)
    with store.transaction():
        store._conn.execute("UPDATE articles SET added_at = ?", (BASE_ADDED,))
    return store


def link_into(
    store: Store,
    source: Store,
    ids: list[str],
    encoder: Any,
    config: Any,
    batch: int,
    then: Callable[[Store], None] | None = None,
) -> None:
    """Add ``ids`` from ``source`` to ``store`` with their stored vectors and link keys; link
    them, then run ``then(store)`` (``relink --recent``) if given.

    The second stage's encoded headlines and sentences are read from ``source``
    and the ones encoded here written back to it, so each article is encoded
    once over all the orders (as in one store).
    """
    key = vector_key(encoder)
    vectors = source.doc_vectors(ids, key)
    keys = {r.article_id: r.keys for r in source.link_rows(ids=ids, model=key)}
    for aid in ids:
        store.add_article(source.get_article(aid))
    store.put_doc_vectors([(a, vectors[a]) for a in ids], key, [keys[a] for a in ids])
    tracker = Tracker(store, encoder, config)
    sides = source.align_sides(ids, tracker.align_key)
    store.put_align_sides([(a, *sides[a]) for a in ids if a in sides], tracker.align_key)
    tracker.link_pending(batch=batch)
    if then is not None:
        then(store)
    fresh = store.align_sides([a for a in ids if a not in sides], tracker.align_key)
    source.put_align_sides([(a, *v) for a, v in fresh.items()], tracker.align_key)


def mixed_order(
    base: Store,
    source: Store,
    ids: list[str],
    encoder: Any,
    config: Any = None,
    batch: int = 256,
    recent: bool = False,
) -> dict[str, str]:
    """Add ``ids`` (from ``source``) in this order to a copy of the linked ``base``; link them.

    Returns article -> story for every linked article of the copy.
    ``recent``: then ``relink --recent`` over the corpus's days (from a day
    before its earliest publication date; undated articles: those stored
    since, i.e. the corpus's).
    """
    with copy_store(base) as store:

        def corpus_days(store: Store) -> None:  # relink --recent over the corpus's days
            dates = sorted(p for a in ids if (p := store.get_article(a).published))
            first = (dates[0][:10] if dates else "2100-01-01") + "T00:00:00"
            days = (datetime(2100, 1, 1) - datetime.fromisoformat(first)).days + 1
            relink_recent(store, encoder, days, config, now="2100-01-01")

        link_into(store, source, ids, encoder, config, batch, corpus_days if recent else None)
        key = vector_key(encoder)
        rows = store.link_rows(ids=[a.id for a in store.list_articles()], model=key)
        return {r.article_id: store.resolve_story(r.story_id) or "" for r in rows if r.story_id}


def mixed_orders(
    base: Store,
    source: Store,
    corpus: Path | None,
    orders: dict[str, list[str]],
    encoder: Any,
    config: Any = None,
    batch: int = 256,
    recent: bool = False,
) -> dict[str, Any]:
    """The corpus (stored in ``source``) in each of ``orders``, on top of the linked ``base``.

    ``corpus``: its folder (``None``: the packaged sample), for the gold labels.
    """
    from storyline.sample import load_manifest

    manifest = load_manifest(corpus)
    negatives = {e["story"] for e in manifest if e.get("hard_negative_of")}
    gold, langs = sample_gold(source, corpus)
    base_ids = {a.id for a in base.list_articles()}
    per_order: dict[str, Any] = {}
    for name, order in orders.items():
        t0 = time.perf_counter()
        pred = mixed_order(base, source, order, encoder, config, batch=batch, recent=recent)
        figures = order_figures(pred, gold, langs, negatives, base_ids)
        per_order[name] = {**figures, "link_s": round(time.perf_counter() - t0, 2)}
    return {
        "figure": f"mixed_orders {'sample' if corpus is None else corpus.name}",
        "mode": f"batch {batch}"
        + (", settle" if getattr(config, "settle", False) else "")
        + (", then relink --recent" if recent else ""),
        "base_articles": len(base_ids),
        "base_stories": len(base.list_stories()),
        "articles": len(gold),
        "gold_stories": len(set(gold.values())),
        **summary(per_order),
        "orders": per_order,
    }
