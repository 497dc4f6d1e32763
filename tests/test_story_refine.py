"""The second stage: near misses of dated articles are scored again with sentence-level evidence."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from storyline.link.decide import LinkModel
from storyline.link.support import describe_reason
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import add_report  # noqa: E402

pytest.importorskip("storyline.link.align_evidence")  # sentence evidence (pairs, #14 item 4)


class TableEncoder:
    """First word picks the vector; any other text (sentences) gets a fixed one."""

    name = "table"
    dim = 4
    table = {"A": [1.0, 0.0, 0.0, 0.0], "B": [0.55, 0.835, 0.0, 0.0]}

    def __init__(self, table: dict[str, list[float]] | None = None) -> None:
        self.table = table or TableEncoder.table

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([self.table.get(t.split()[0], [0.0, 0.0, 0.0, 1.0]) for t in texts], "f4")


class RefiningModel(LinkModel):
    """Probability = raw cosine; with sentence evidence, 0.3 more."""

    def __init__(self) -> None:
        super().__init__(LinkModel.load().params)
        self.refined = 0

    def prior_mean(self, model: str, dim: int) -> np.ndarray | None:
        return None

    @property
    def can_refine(self) -> bool:
        return True

    def probability(self, x: np.ndarray, gaps_days: Sequence[float | None]) -> np.ndarray:
        return np.clip(np.asarray(x, dtype=np.float64).reshape(len(gaps_days), -1)[:, 1], 0, 1)

    def refine(self, x: np.ndarray, align: np.ndarray, gaps_days=None) -> np.ndarray:  # type: ignore[override]
        assert len(align) == len(x)
        self.refined += len(x)
        return np.clip(self.probability(x, list(gaps_days or [None] * len(x))) + 0.3, 0, 1)


def _link(published_b: str | None, band: float) -> tuple[list[str], RefiningModel, Store, str]:
    store = Store(":memory:")
    ids = []
    for key, published in (("A", "2025-04-14"), ("B", published_b)):
        text = f"{key} sandstorm report. Flights were suspended at three airports."
        ids.append(add_report(store, key, published, text=text, sentences=(text,)))
    model = RefiningModel()
    config = TrackerConfig(threshold=0.6, support=0.5, unknown_margin=0.1, refine_band=band)
    decisions = Tracker(store, TableEncoder(), config, model).link_pending()
    return [d.action for d in decisions], model, store, ids[0]


def test_a_dated_near_miss_joins_on_sentence_evidence() -> None:
    # B against A: cosine 0.55, short of 0.6; the sentences add 0.3
    actions, model, store, first = _link("2025-04-15", band=0.25)
    assert actions == ["new", "join"] and model.refined > 0
    reason = store.get_story(f"s{first}").articles[1].reason
    assert reason is not None and reason.get("sentences") is True
    assert "headlines and first sentences compared" in describe_reason(reason)


def test_no_second_stage_when_off_or_the_date_is_unknown() -> None:
    for published, band in (("2025-04-15", 0.0), (None, 0.25)):
        actions, model, _, _ = _link(published, band)
        assert actions == ["new", "new"] and model.refined == 0, (published, band)


SHARED = "Flights were suspended at three airports."


def _store(reports: Sequence[tuple[str, str | None]]) -> tuple[Store, list[str]]:
    """Reports ``(key, published)``: the first word picks the title+lead vector; each
    report's second sentence is the same (it aligns one to one across all of them)."""
    store = Store(":memory:")
    ids = []
    for n, (key, published) in enumerate(reports):
        first = f"{key} sandstorm report {n}."
        text = f"{first} {SHARED}"
        ids.append(add_report(store, key, published, n, text=text, sentences=(first, SHARED)))
    return store, ids


def test_sentence_sides_are_encoded_once_and_kept_in_the_store() -> None:
    store, (a, b) = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
    config = TrackerConfig(threshold=0.6, support=0.5, refine_band=0.25)
    tracker = Tracker(store, TableEncoder(), config, RefiningModel())
    assert [d.action for d in tracker.link_pending()] == ["new", "join"]
    assert tracker._encoded_sides == 2
    key = tracker.align_key
    cached = store.align_sides([a, b], key)
    head, sentences, texts = cached[b]
    assert head.shape == (4,) and sentences.shape == (2, 4) and texts[1] == SHARED
    # a later run over the same store (relink) reads them back: nothing is encoded again
    again = Tracker(store, TableEncoder(), config, RefiningModel(), fresh_index=True)
    store.clear_stories()
    assert [d.action for d in again.link_pending()] == ["new", "join"]
    assert again._encoded_sides == 0
    # each side carries what stage 2's similarity needs: the stored title+lead vector, title, text
    row = store.link_rows(ids=[b], model=again.model_name)[0]
    side = again._align_sides_for([row])[row.article_id]
    assert np.allclose(side.doc, row.doc) and side.title == "B title" and SHARED in side.text
    assert side.lang == "en"


def test_the_reason_shows_the_aligned_sentences() -> None:
    store, (a, _) = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
    config = TrackerConfig(threshold=0.6, support=0.5, refine_band=0.25)
    Tracker(store, TableEncoder(), config, RefiningModel()).link_pending()
    reason = store.get_story(f"s{a}").articles[1].reason
    assert reason is not None and reason["sentences"] is True
    assert reason["aligned"][0] == f'"{SHARED}" = "{SHARED}"'  # the closest pair first
    line = describe_reason(reason)
    assert f'headlines and first sentences compared (aligned: "{SHARED}"' in line


def test_only_the_top_near_miss_gets_the_second_stage() -> None:
    # A and C are unrelated stories; B is a near miss for both (cosine 0.55 with each):
    # with refine_top=1 one story is scored again (its member, then its centroid), with 2 both
    store, _ = _store([("A", "2025-04-14"), ("C", "2025-04-14"), ("B", "2025-04-15")])
    table = {"A": [1.0, 0.0, 0.0, 0.0], "C": [0.0, 0.0, 1.0, 0.0], "B": [0.55, 0.0, 0.55, 0.628]}
    for top in (1, 2):
        model = RefiningModel()
        config = TrackerConfig(  # online decisions: settling would score the pairs again
            threshold=0.6,
            support=0.5,
            refine_band=0.25,
            refine_top=top,
            batch_order="arrival",
            settle=False,
        )
        store.clear_stories()
        tracker = Tracker(store, TableEncoder(table), config, model, fresh_index=True)
        actions = [d.action for d in tracker.link_pending(consolidate=False)]
        if top == 1:
            assert actions == ["new", "new", "join"] and model.refined == 2
        else:  # both pass with the second stage: B joins one, and the two stories merge
            assert actions == ["new", "new", "merge"] and model.refined >= 4


def test_undated_pairs_get_the_second_stage_only_without_contrary_time_evidence() -> None:
    config = TrackerConfig(threshold=0.6, support=0.5, refine_band=0.25, refine_undated=True)
    model = RefiningModel()
    both_undated, _ = _store([("A", None), ("B", None)])
    actions = [
        d.action for d in Tracker(both_undated, TableEncoder(), config, model).link_pending()
    ]
    assert sorted(actions) == ["join", "new"] and model.refined > 0  # linked in id order
    # neither dated, but the two leads name years apart: no second chance
    model = RefiningModel()
    apart = Store(":memory:")
    for n, (key, year) in enumerate((("A", 2025), ("B", 2019))):
        first = f"{key} sandstorm report of {year}."
        add_report(apart, key, None, n, text=f"{first} {SHARED}", sentences=(first, SHARED))
    actions = [d.action for d in Tracker(apart, TableEncoder(), config, model).link_pending()]
    assert actions == ["new", "new"] and model.refined == 0


class StrictRefiningModel(RefiningModel):
    """As RefiningModel, but refined probabilities are held to a bar of 0.9."""

    def decision_threshold(self, align_row: np.ndarray | None = None) -> float:
        assert align_row is not None and align_row.ndim == 1
        return 0.9


def test_refined_probabilities_meet_the_models_bar_for_refined_decisions() -> None:
    # B against A: 0.55 + 0.3 = 0.85 refined: enough for the join threshold 0.6 (see above),
    # not for a model whose refined decisions need 0.9
    store, (_, b) = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
    model = StrictRefiningModel()
    config = TrackerConfig(refine_band=0.25)  # threshold None: the model's bars
    actions = [d.action for d in Tracker(store, TableEncoder(), config, model).link_pending()]
    assert actions == ["new", "new"] and model.refined > 0
    reason = store.get_story(f"s{b}").articles[0].reason
    assert reason is not None and reason["best"]["required"] >= 0.9


def test_refine_floor_needs_a_core_member_close_enough() -> None:
    # B against A: 0.55 from the first stage; a floor of 0.6 leaves it alone, 0.5 lets it in
    for floor, expected, refined in ((0.6, ["new", "new"], False), (0.5, ["new", "join"], True)):
        store, _ = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
        model = RefiningModel()
        config = TrackerConfig(threshold=0.6, support=0.5, refine_band=0.25, refine_floor=floor)
        actions = [d.action for d in Tracker(store, TableEncoder(), config, model).link_pending()]
        assert actions == expected and (model.refined > 0) == refined, floor


def test_refine_members_scores_only_the_best_matched_core_members() -> None:
    # a story of three A reports; B is 0.55 from each. Refined, each pair is 0.85: with the
    # whole core the support is 0.85 (>= 0.7, B joins); with one member scored again the
    # other two keep 0.55 and the support is 0.65: B stays out
    reports = [("A", "2025-04-14")] * 3 + [("B", "2025-04-15")]
    for members, expected, rows in ((0, "join", 3 + 3), (1, "new", 1 + 1)):
        model = RefiningModel()
        config = TrackerConfig(threshold=0.6, support=0.7, refine_band=0.25, refine_members=members)
        tracker = Tracker(_store(reports)[0], TableEncoder(), config, model)
        decisions = tracker.link_pending(consolidate=False)
        assert decisions[-1].action == expected, members
        assert model.refined == rows  # core members, then the centroid with the best ones
        assert tracker._encoded_sides == 1 + (members or 3)


def test_a_pair_is_aligned_once_per_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # B misses A even refined (the strict bar); consolidation weighs the two singletons
    # again, both ways: the pair already aligned is not aligned (nor scored) again
    import storyline.link.align_evidence as evidence

    calls: list[tuple[str, ...]] = []
    original = evidence.pair_alignment

    def counted(a, b, *args):  # type: ignore[no-untyped-def]
        calls.append((a.texts[0], b.texts[0]))
        return original(a, b, *args)

    monkeypatch.setattr(evidence, "pair_alignment", counted)
    store, _ = _store([("A", "2025-04-14"), ("B", "2025-04-15")])
    tracker = Tracker(store, TableEncoder(), TrackerConfig(refine_band=0.25), StrictRefiningModel())
    assert [d.action for d in tracker.link_pending()] == ["new", "new"]
    assert len(calls) == len(set(calls)) >= 2


def test_refine_undated_false_keeps_the_second_stage_to_dated_pairs() -> None:
    # neither report dated: refined by default (no time evidence against it), not when
    # the second stage is kept to dated pairs; a dated pair is refined either way
    for reports, undated, refined in (
        ([("A", None), ("B", None)], True, True),
        ([("A", None), ("B", None)], False, False),
        ([("A", "2025-04-14"), ("B", "2025-04-15")], False, True),
    ):
        model = RefiningModel()
        config = TrackerConfig(threshold=0.6, support=0.5, refine_band=0.25, refine_undated=undated)
        actions = [
            d.action for d in Tracker(_store(reports)[0], TableEncoder(), config, model).link_pending()
        ]
        assert (model.refined > 0) == refined, (reports, undated)
        assert sorted(actions) == (["join", "new"] if refined else ["new", "new"])
