"""Story-level linking: core support (no chaining), time evidence, reasons, split and merge."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storyline.article import Article
from storyline.cli import app
from storyline.link.decide import link_keys
from storyline.link.edits import EditError, merge_stories, split_article
from storyline.link.stories import relink
from storyline.link.support import describe_reason
from storyline.link.timing import text_years, time_evidence
from storyline.link.tracker import Tracker, TrackerConfig, story_id_for
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder  # noqa: E402
from table_linking import add_report as _add  # noqa: E402

runner = CliRunner()


def _e(**parts: float) -> list[float]:
    v = [0.0] * 8
    for k, x in parts.items():
        v[int(k[1:])] = x
    return v


# A loose core (A1, A2, A3) and a bridge X that is close to A3 alone.
CHAIN = {
    "A1": _e(e0=1.0),
    "A2": _e(e0=0.7, e1=0.714),
    "A3": _e(e0=0.7, e2=0.714),
    "X": _e(e0=0.1, e2=0.995),
    "Y": _e(e2=1.0),
}
# online decisions in arrival order, not settled again at the batch's end
CONFIG = TrackerConfig(
    threshold=0.5, support=0.45, merge_threshold=0.45, batch_order="arrival", settle=False
)


def _tracker(store: Store, config: TrackerConfig = CONFIG) -> Tracker:
    return Tracker(store, TableEncoder(CHAIN), config, CosineModel())


def test_one_close_member_is_not_enough_to_join() -> None:
    store = Store(":memory:")
    ids = {k: _add(store, k) for k in ("A1", "A2", "A3", "X", "Y")}
    decisions = {d.article_id: d for d in _tracker(store).link_pending()}
    a_story = story_id_for(ids["A1"])
    assert [decisions[ids[k]].story_id for k in ("A2", "A3")] == [a_story, a_story]
    # X is close to A3 (0.78) but not to A1 / A2: the core does not support it
    assert decisions[ids["X"]].action == "new"
    assert decisions[ids["Y"]].story_id == story_id_for(ids["X"])
    detail = store.get_story(a_story)
    assert detail is not None and detail.n_articles == 3  # nothing chained in, nothing merged


def test_the_bridge_matches_one_member_but_not_the_core() -> None:
    # what the old rule (the best of the nearest members) would have joined on
    store = Store(":memory:")
    ids = {k: _add(store, k) for k in ("A1", "A2", "A3", "X")}
    tracker = _tracker(store)
    tracker.link_pending(ids=[ids["A1"], ids["A2"], ids["A3"]])
    tracker.link_pending(ids=[], flush=False)
    from storyline.link.vectors import encode_missing

    encode_missing(store, tracker.encoder, [ids["X"]])
    row = store.link_rows(ids=[ids["X"]], model=tracker.model_name)[0]
    [evidence] = tracker.story_evidence(row)
    assert evidence.best_member > 0.75 > 0.45 > evidence.support and not evidence.passes
    assert evidence.matched == (ids["A3"],)


BRIDGE = {"A1": _e(e0=1.0), "B1": _e(e1=1.0), "M": _e(e0=0.707, e1=0.707)}


def test_a_bridge_article_does_not_merge_two_stories() -> None:
    # M is close to both A1 and B1 (0.71), but A1 and B1 disagree (0.0): M joins one, no merge
    store = Store(":memory:")
    a1, b1, _ = (_add(store, k) for k in ("A1", "B1", "M"))
    decisions = Tracker(store, TableEncoder(BRIDGE), CONFIG, CosineModel()).link_pending()
    assert [d.action for d in decisions] == ["new", "new", "join"]
    assert decisions[2].merged == ()
    assert sorted(s.n_articles for s in store.list_stories()) == [1, 2]
    assert {story_id_for(a1), story_id_for(b1)} == {s.id for s in store.list_stories()}


MERGE = {"A1": _e(e0=1.0), "B1": _e(e0=0.55, e1=0.835), "M": _e(e0=0.85, e1=0.527)}


def test_stories_whose_cores_agree_merge_and_both_ids_resolve() -> None:
    # B1 alone is too far from A1 to join (0.55); once M joins B1, the cores agree
    # (mean 0.70 over their pairs, centroids 0.72): the younger story merges into the older
    store = Store(":memory:")
    a1, b1, _ = (_add(store, k) for k in ("A1", "B1", "M"))
    cfg = TrackerConfig(
        threshold=0.6, support=0.45, merge_threshold=0.45, batch_order="arrival", settle=False
    )
    tracker = Tracker(store, TableEncoder(MERGE), cfg, CosineModel())
    decisions = tracker.link_pending()
    assert [d.action for d in decisions] == ["new", "new", "merge"]
    old, young = story_id_for(a1), story_id_for(b1)
    assert decisions[2].story_id == old and decisions[2].merged == (young,)
    assert store.resolve_story(young) == old
    detail = store.get_story(young)
    assert detail is not None and detail.id == old and detail.merged_ids == [young]
    assert [s.id for s in store.list_stories()] == [old]
    assert store.list_stories()[0].n_articles == 3


def test_reasons_are_stored_and_shown() -> None:
    store = Store(":memory:")
    ids = {k: _add(store, k, "2025-03-01") for k in ("A1", "A2", "A3")}
    _tracker(store).link_pending()
    detail = store.get_story(story_id_for(ids["A1"]))
    assert detail is not None
    first, _, third = detail.articles
    assert first.reason is not None and first.reason["action"] == "new"
    assert third.reason is not None and third.reason["action"] == "join"
    assert third.reason["core"] == 2 and ids["A1"] in third.reason["matched"]
    line = describe_reason(third.reason)
    assert line.startswith("joined because: probability") and "inside the story's dates" in line


def test_an_undated_article_needs_stronger_evidence() -> None:
    # A2 against A1 scores 0.7: enough when dated, not with the unknown-date margin
    cfg = TrackerConfig(threshold=0.5, support=0.45, unknown_margin=0.25, batch_order="arrival")
    for published, expected in (("2025-03-02", "join"), (None, "new")):
        store = Store(":memory:")
        _add(store, "A1", "2025-03-01")
        _add(store, "A2", published)
        decisions = _tracker(store, cfg).link_pending()
        assert decisions[1].action == expected, published


def test_time_evidence_reads_years_against_the_story() -> None:
    kw = {"quiet_days": 7.0, "quiet_margin": 0.2, "unknown_margin": 0.1, "year_margin": 0.15}
    assert time_evidence(None, [2026], "2025-03-01", "2025-03-02", **kw).margin == 0.25
    assert time_evidence(None, [2018], "2025-03-01", "2025-03-02", **kw).margin == 0.25
    # years a few before the story's are background, not evidence against (session 19)
    assert time_evidence(None, [2023], "2025-03-01", "2025-03-02", **kw).margin == 0.1
    assert time_evidence(None, [2024, 2025], "2025-03-01", "2025-03-02", **kw).margin == 0.1
    assert time_evidence(None, [2018], None, None, **kw).margin == 0.0
    later = time_evidence("2025-04-01", [], "2025-03-01", "2025-03-02", **kw)
    assert later.margin == 0.2 and later.gap == pytest.approx(30.0)
    assert text_years('{"n":["1397","2019"],"y":["2019"]}', "fa") == [2018, 2019]


def test_split_and_merge_are_remembered_by_relink(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ids = {k: _add(store, k, n=n) for n, k in enumerate(("A1", "A2", "A3"))}
        enc = TableEncoder(CHAIN)
        key = _tracker(store).model_name
        _tracker(store).link_pending()
        story = store.resolve_story(store.link_rows(ids=[ids["A1"]], model=key)[0].story_id)
        assert story is not None and store.get_story(story).n_articles == 3
        result = split_article(store, ids["A3"], key)
        assert result.from_story == story and store.get_story(story).n_articles == 2
        moved = store.get_story(result.story_id)
        assert moved is not None and moved.articles[0].reason == {
            "action": "user",
            "note": f"split from {story}",
        }
        relink(store, enc, CONFIG, model=CosineModel())
        together = {
            r.article_id: r.story_id for r in store.link_rows(ids=list(ids.values()), model=key)
        }
        assert together[ids["A3"]] != together[ids["A1"]] == together[ids["A2"]]
        merged = merge_stories(store, together[ids["A1"]], together[ids["A3"]], key)
        assert store.get_story(merged.story_id).n_articles == 3
        relink(store, enc, CONFIG, model=CosineModel())
        again = {
            r.article_id: r.story_id for r in store.link_rows(ids=list(ids.values()), model=key)
        }
        assert len({store.resolve_story(s) for s in again.values()}) == 1
        with pytest.raises(EditError, match="already one story"):
            merge_stories(store, again[ids["A1"]], again[ids["A3"]], key)
        with pytest.raises(EditError, match="no article"):
            split_article(store, "ffffffffffffffff", key)


def test_split_and_merge_commands(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with Store(db) as store:
        ids = [_add(store, k, n=n) for n, k in enumerate(("A1", "A2"))]
        keys = [
            link_keys("Floods in Porto Alegre", "Floods close 40 schools in Porto Alegre", "en")
        ]
        store.put_doc_vectors([(a, np.eye(256)[0]) for a in ids], "hashing-256-3@400", keys * 2)
    out = runner.invoke(app, ["relink", "--db", str(db), "--encoder", "hashing", "--json"])
    assert out.exit_code == 0, out.output
    split = runner.invoke(app, ["split", ids[1], "--db", str(db), "--encoder", "hashing", "--json"])
    assert split.exit_code == 0, split.output
    result = json.loads(split.output)
    assert result["action"] == "split" and result["articles"] == [ids[1]]
    shown = runner.invoke(app, ["story", result["story_id"], "--db", str(db)])
    assert "put here by the user (split from" in shown.output
    merge = runner.invoke(
        app,
        [
            "merge",
            result["from_story"],
            result["story_id"],
            "--db",
            str(db),
            "--encoder",
            "hashing",
        ],
    )
    assert merge.exit_code == 0 and "merged" in merge.output
    again = runner.invoke(app, ["merge", result["from_story"], result["story_id"], "--db", str(db)])
    assert again.exit_code != 0 and "already one story" in again.output


def _v(**parts: float) -> list[float]:
    v = [0.0] * 10
    for k, x in parts.items():
        v[int(k[1:])] = x
    return v


# Q (fa) is nearest to four Persian stories (F*a, 0.75) whose other member (F*b) is far from it,
# then to X (en, 0.70): only X's story can take it.
CROSS = {
    **{f"F{i}a": _v(e0=0.75, **{f"e{i}": 0.66}) for i in range(1, 5)},
    **{f"F{i}b": _v(**{f"e{i}": 1.0}) for i in range(1, 5)},
    "X": _v(e0=0.7, e9=0.714),
    "Q": _v(e0=1.0),
}


def _link_cross(langs: dict[str, str]) -> tuple[list[str], dict[str, str], dict]:
    """Link the CROSS reports one batch, in arrival order, without end-of-batch consolidation
    (the join decisions alone); ``langs``: languages other than Persian, by key."""
    store = Store(":memory:")
    keys = [f"F{i}{s}" for i in range(1, 5) for s in "ab"] + ["X", "Q"]
    ids = {}
    for n, key in enumerate(keys):
        text = f"{key} report number {n} about the event"
        ids[key] = f"{n + 1:016x}"
        store.add_article(
            Article(
                id=ids[key],
                text=text,
                text_original=text,
                lang=langs.get(key, "fa"),
                lang_confidence=1.0,
            )
        )
    cfg = TrackerConfig(threshold=0.65, support=0.65, merge_threshold=0.65, batch_order="arrival")
    tracker = Tracker(store, TableEncoder(CROSS), cfg, CosineModel())
    decisions = {d.article_id: d for d in tracker.link_pending(consolidate=False)}
    return keys, ids, decisions


def test_a_report_in_another_language_stays_a_candidate_behind_nearer_stories() -> None:
    keys, ids, decisions = _link_cross({"X": "en"})
    assert len({decisions[ids[k]].story_id for k in keys[:8]}) == 4  # four Persian stories
    # the four Persian stories are nearer, but one place is kept for the English one
    assert decisions[ids["Q"]].story_id == decisions[ids["X"]].story_id


def test_the_story_of_the_nearest_report_in_another_language_is_always_a_candidate() -> None:
    """The fourth Persian story also holds a Russian report (far from Q): the place kept for
    another language's story went to none, yet X's story, reached through the nearest
    report in another language, is still a candidate (one more place)."""
    keys, ids, decisions = _link_cross({"X": "en", "F4b": "ru"})
    assert len({decisions[ids[k]].story_id for k in keys[:8]}) == 4
    assert decisions[ids["Q"]].story_id == decisions[ids["X"]].story_id


# Q (fa) came first and stayed alone, X and Y (en) formed a story later; four Persian stories
# sit nearer Q (0.75) than X (0.60) and Y (0.50).
LATE = {
    **{f"F{i}a": _v(e0=0.75, **{f"e{i}": 0.66}) for i in range(1, 5)},
    **{f"F{i}b": _v(**{f"e{i}": 1.0}) for i in range(1, 5)},
    "Q": _v(e0=1.0),
    "X": _v(e0=0.6, e9=0.8),
    "Y": _v(e0=0.5, e9=0.8, e8=0.33),
}


def test_a_lone_report_looks_for_stories_to_merge_with_as_it_would_join_one() -> None:
    """At consolidation, a story in one language gets the candidates its reports would: the
    nearest story in another language keeps a place behind nearer stories of its own."""
    store = Store(":memory:")
    keys = [f"F{i}{s}" for i in range(1, 5) for s in "ab"] + ["Q", "X", "Y"]
    ids = {k: _add(store, k, n=n, lang="en" if k in "XY" else "fa") for n, k in enumerate(keys)}
    cfg = TrackerConfig(threshold=0.65, support=0.65, merge_threshold=0.65, batch_order="arrival")
    tracker = Tracker(store, TableEncoder(LATE), cfg, CosineModel())
    decisions = {d.article_id: d for d in tracker.link_pending(consolidate=False)}
    lone, pair = decisions[ids["Q"]].story_id, decisions[ids["Y"]].story_id
    assert lone != pair == decisions[ids["X"]].story_id
    story = tracker._story(lone)
    assert tracker._searched_as(story)[0] == "fa"
    centroid = np.asarray(story.centroid, dtype=np.float32)
    assert pair not in tracker._candidates(centroid, None)  # four Persian stories nearer
    assert pair in tracker._candidates(centroid, None, *tracker._searched_as(story))
