"""``relink --recent DAYS``: the window's articles are linked again in publication order."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.article import Article
from storyline.cli import app
from storyline.link.edits import split_article
from storyline.link.stories import recent_since, relink_recent
from storyline.link.tracker import Tracker, TrackerConfig, canonical_key
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder  # noqa: E402

runner = CliRunner()


# B sits between A and C: close to each (0.71), while A and C are far apart (0.0).
# Online, whichever of A and C comes first takes B; in publication order A does.
TABLE = {
    "A": [1.0, 0.0, 0.0, 0.0],
    "B": [0.71, 0.71, 0.0, 0.0],
    "C": [0.0, 1.0, 0.0, 0.0],
    "OLD": [0.0, 0.0, 1.0, 0.0],
    "OLD2": [0.0, 0.0, 0.98, 0.2],
}
DATES = {
    "A": "2025-04-10",
    "B": "2025-04-11",
    "C": "2025-04-12",
    "OLD": "2025-01-02",
    "OLD2": "2025-01-03",
}
# online decisions, not settled again at each batch's end (the default): they show the order dependence
CONFIG = TrackerConfig(
    threshold=0.6, support=0.5, merge_threshold=0.6, quiet_margin=0.0, settle=False
)


def _add(store: Store, key: str, dates: dict[str, str] = DATES) -> str:
    aid = f"{key.lower():0>16}"
    text = f"{key} report about the event"
    store.add_article(
        Article(
            id=aid,
            text=text,
            text_original=text,
            lang="en",
            lang_confidence=1.0,
            title=f"{key} title",
            published=dates[key],
        )
    )
    return aid


def _stories(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in store.list_stories()}


def _linked(order: Sequence[str]) -> Store:
    store = Store(":memory:")
    for key in order:
        _add(store, key)
    tracker = Tracker(store, TableEncoder(TABLE), CONFIG, CosineModel())
    tracker.link_pending(batch=1)
    return store


def _relink(store: Store, days: float = 10) -> None:
    relink_recent(
        store,
        TableEncoder(TABLE),
        days,
        CONFIG,
        model=CosineModel(),
        now="2025-04-15",
        refine_band=0.0,
    )


def test_the_same_articles_in_any_order_end_in_the_same_stories() -> None:
    forward = _linked(["OLD", "OLD2", "A", "B", "C"])
    backward = _linked(["OLD2", "OLD", "C", "B", "A"])
    a, b, c = (f"{k:0>16}" for k in "abc")
    # online, B went with whichever of A and C came first: the orders disagree
    assert frozenset({a, b}) in _stories(forward)
    assert frozenset({c, b}) in _stories(backward)
    for store in (forward, backward):
        _relink(store)
    assert _stories(forward) == _stories(backward)
    assert frozenset({a, b}) in _stories(forward)  # publication order: A first


def test_articles_outside_the_window_keep_their_story() -> None:
    store = _linked(["OLD", "OLD2", "C", "B", "A"])
    old = {s.id: s.article_ids for s in store.list_stories() if "0000000000000old" in s.article_ids}
    _relink(store, days=10)
    after = {s.id: s.article_ids for s in store.list_stories()}
    assert all(after.get(sid) == ids for sid, ids in old.items())
    assert len(store.articles_since(recent_since(10, "2025-04-15"))) == 3


def test_old_story_ids_resolve_and_user_splits_are_kept() -> None:
    store = _linked(["C", "B", "A"])
    key = Tracker(store, TableEncoder(TABLE), CONFIG, CosineModel()).model_name
    c_story = store.resolve_story("s" + f"{'c':0>16}")
    assert c_story is not None
    _relink(store)
    # C's story lost B to A's story; its id still resolves to a live story
    assert store.resolve_story(c_story) is not None
    b = f"{'b':0>16}"
    split_article(store, b, key)
    _relink(store)
    rows = {
        r.article_id[-1]: r.story_id for r in store.link_rows(ids=[b, f"{'a':0>16}"], model=key)
    }
    assert rows["b"] is not None and store.resolve_story(rows["b"]) is not None
    assert store.resolve_story(rows["b"]) != store.resolve_story(rows["a"] or "")  # still apart


def test_canonical_order_is_publication_then_id() -> None:
    store = _linked(["C", "A", "B"])
    rows = store.link_rows(ids=[f"{k:0>16}" for k in "cab"], model="table@400")
    assert [r.article_id[-1] for r in sorted(rows, key=canonical_key)] == ["a", "b", "c"]
    with pytest.raises(ValueError):
        recent_since(-1)


def test_relink_recent_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    monkeypatch.setenv("STORYLINE_DB", str(db))
    text = "Floods close schools in Porto Alegre after the river rises"
    with Store(db) as store:
        for i in range(2):
            store.add_article(
                Article(
                    id=f"{i:016x}",
                    text=text + "!" * i,
                    text_original=text,
                    lang="en",
                    lang_confidence=1.0,
                )
            )
    result = runner.invoke(app, ["relink", "--encoder", "hashing", "--json"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["relink", "--recent", "2", "--encoder", "hashing", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 2 and report["stories"] == 1  # undated: stored today
    bad = runner.invoke(app, ["relink", "--recent", "-1", "--encoder", "hashing"])
    assert bad.exit_code != 0


def _relinked_in_order(source: Store, ids: Sequence[str], recent: bool) -> dict[str, str]:
    """Link the sample's cached vectors one article at a time in this order (then relink --recent)."""
    from storyline.encode import get_encoder
    from storyline.link.vectors import vector_key

    enc = get_encoder("e5-small")
    key = vector_key(enc)
    vectors = source.doc_vectors(list(ids), key)
    keys = {r.article_id: r.keys for r in source.link_rows(ids=list(ids), model=key)}
    with Store(":memory:") as store:
        for aid in ids:
            article = source.get_article(aid)
            assert article is not None
            store.add_article(article)
        store.put_doc_vectors([(a, vectors[a]) for a in ids], key, [keys[a] for a in ids])
        Tracker(store, enc).link_pending(batch=1)
        if recent:
            relink_recent(store, enc, 1e5, now="2100-01-01")
        rows = store.link_rows(ids=list(ids), model=key)
        return {r.article_id: store.resolve_story(r.story_id or "") or "" for r in rows}


def test_sample_hard_negatives_stay_out_in_any_order(sample_db: Path) -> None:
    """Issue 14: same actors, another event: never in the event's story, whatever the order."""
    import random

    from storyline.evaluate.stories import sample_gold
    from storyline.sample import load_manifest

    negative_of = {
        e["story"]: e["hard_negative_of"] for e in load_manifest() if e["hard_negative_of"]
    }
    with Store(sample_db) as source:
        gold, _ = sample_gold(source)
        ids = [a.id for a in source.list_articles() if a.id in gold]
        shuffled = ids[:]
        random.Random(3).shuffle(shuffled)
        results = {}
        for name, order in (("reverse", ids[::-1]), ("shuffled", shuffled)):
            for recent in (False, True):
                results[(name, recent)] = _relinked_in_order(source, order, recent)
    for pred in results.values():
        members: dict[str, set[str]] = {}
        for article, story in pred.items():
            members.setdefault(story, set()).add(gold[article])
        joined = [a for a in gold if negative_of.get(gold[a]) in members[pred[a]]]
        assert joined == []

    def partition(pred: dict[str, str]) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for article, story in pred.items():
            groups.setdefault(story, set()).add(article)
        return {frozenset(g) for g in groups.values()}

    # after relink --recent the two arrival orders give the same stories
    assert partition(results[("reverse", True)]) == partition(results[("shuffled", True)])


def _linked_with(order: Sequence[str], config: TrackerConfig, batch: int) -> Store:
    store = Store(":memory:")
    for key in order:
        _add(store, key)
    Tracker(store, TableEncoder(TABLE), config, CosineModel()).link_pending(batch=batch)
    return store


def test_one_batch_is_linked_in_publication_order_whatever_the_arrival() -> None:
    a, b, c = (f"{k:0>16}" for k in "abc")
    forward = _linked_with(["OLD", "OLD2", "A", "B", "C"], CONFIG, batch=256)
    backward = _linked_with(["OLD2", "OLD", "C", "B", "A"], CONFIG, batch=256)
    assert _stories(forward) == _stories(backward)
    assert frozenset({a, b}) in _stories(backward)  # A is first in publication order
    arrival = replace(CONFIG, batch_order="arrival")
    assert frozenset({c, b}) in _stories(_linked_with(["C", "B", "A"], arrival, batch=256))


def test_settle_makes_one_at_a_time_linking_order_free() -> None:
    a, b, c = (f"{k:0>16}" for k in "abc")
    assert TrackerConfig().settle  # the default (session 26)
    settle = replace(CONFIG, settle=True)
    forward = _linked_with(["OLD", "OLD2", "A", "B", "C"], settle, batch=1)
    backward = _linked_with(["OLD2", "OLD", "C", "B", "A"], settle, batch=1)
    # without it, C (first to arrive) took B, and A, arriving last, stayed alone
    assert frozenset({c, b}) in _stories(_linked_with(["C", "B", "A"], CONFIG, batch=1))
    assert _stories(forward) == _stories(backward)
    assert frozenset({a, b}) in _stories(backward)
    assert len(_stories(backward)) == 3  # {OLD, OLD2}, {A, B}, {C}
    for store in (forward, backward):  # the state a later batch reads is consistent
        for s in store.list_stories():
            state = store.load_story(s.id)
            assert state is not None and state.n_articles == len(s.article_ids)


def test_settle_keeps_a_users_split() -> None:
    store = _linked_with(["A", "B"], replace(CONFIG, settle=True), batch=1)
    a, b = (f"{k:0>16}" for k in "ab")
    assert frozenset({a, b}) in _stories(store)
    split_article(store, b, Tracker(store, TableEncoder(TABLE), CONFIG, CosineModel()).model_name)
    _add(store, "C")
    Tracker(store, TableEncoder(TABLE), replace(CONFIG, settle=True), CosineModel()).link_pending(
        batch=1
    )
    assert not any({a, b} <= s for s in _stories(store))


# X reads like A (0.75) but not like B or C (0.39): on arrival it stays out of {A, B, C}.
# N, a later report of that event, reaches {A, B, C}, not X (0.25).
OUTSIDE = {
    "A": [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    "B": [0.8, 0.6, 0.0, 0.0, 0.0, 0.0],
    "C": [0.8, 0.0, 0.6, 0.0, 0.0, 0.0],
    "X": [0.75, -0.35, -0.35, 0.45, 0.0, 0.0],
    "N": [0.75, 0.45, 0.45, 0.0, 0.2, 0.0],
    "Z": [0.0, 0.0, 0.0, 0.0, 0.0, 1.0],
}
OUTSIDE_DATES = {
    "A": "2025-04-10",
    "B": "2025-04-10",
    "C": "2025-04-11",
    "X": "2025-04-12",
    "N": "2025-04-12",
    "Z": "2025-01-01",
}


def _settled_one_at_a_time(order: Sequence[str]) -> set[frozenset[str]]:
    store = Store(":memory:")
    encoder = TableEncoder(OUTSIDE)
    for key in order:
        _add(store, key, OUTSIDE_DATES)
        Tracker(store, encoder, replace(CONFIG, settle=True), CosineModel()).link_pending(batch=1)
    return {frozenset(aid[-1] for aid in s.article_ids) for s in store.list_stories()}


def test_settle_links_again_a_story_outside_its_window_that_the_window_joined() -> None:
    """N's settle links {A, B, C} again; A, first in publication order, reaches X's story
    (X is outside the window: N is far from it) and B and C follow it there. The members
    of a story the window joins are linked again with it, so X meets the whole core again."""
    before = _settled_one_at_a_time(["Z", "A", "B", "C", "X"])
    assert {frozenset("abc"), frozenset("x")} <= before
    after = _settled_one_at_a_time(["Z", "A", "B", "C", "X", "N"])
    assert after == {frozenset("abcn"), frozenset("x"), frozenset("z")}
