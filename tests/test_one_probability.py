"""One same-event probability everywhere: compare reuses stored title+lead vectors, and
``similar`` shows the sentence-level (refined) probability for its top hits."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from storyline import api
from storyline.article import Article
from storyline.encode import HashingEncoder, doc_text_for_linking
from storyline.link.decide import LinkModel
from storyline.link.vectors import encode_missing
from storyline.settings import Settings
from storyline.store import Store

REPORTS = [
    (
        "en",
        "Quake kills 40 in Elazig",
        "A quake of 6.8 killed 40 people in Elazig. Rescuers dug all night.",
    ),
    (
        "en",
        "Elazig quake death toll rises to 40",
        "The 6.8 quake in Elazig killed 40 people. Aid arrived on Saturday.",
    ),
    (
        "fa",
        "زلزله در الازیغ ۴۰ کشته داشت",
        "زلزله ۶٫۸ ریشتری در الازیغ ۴۰ کشته بر جای گذاشت. امدادگران تمام شب کار کردند.",
    ),
    (
        "en",
        "Floods close schools in Dhaka",
        "Floods closed every school in Dhaka on Monday. Rain is expected to continue.",
    ),
    (
        "ar",
        "زلزال يضرب ولاية إلازيغ التركية",
        "قتل 40 شخصا في زلزال بقوة 6.8 درجة في إلازيغ. وعمل المسعفون طوال الليل.",
    ),
    (
        "ru",
        "Землетрясение в Элязыге унесло 40 жизней",
        "Землетрясение магнитудой 6,8 в Элязыге унесло жизни 40 человек. Спасатели работали всю ночь.",
    ),
    (
        "en",
        "Elazig quake of 2010 recalled",
        "A quake of 6.1 killed 42 people in Elazig in 2010. Villages were rebuilt.",
    ),
    (
        "zh",
        "土耳其埃拉泽地震造成40人死亡",
        "埃拉泽发生6.8级地震，造成40人死亡。救援人员彻夜工作。",
    ),
]


class CountingEncoder(HashingEncoder):
    """The hashing stand-in, recording every text it encodes."""

    def __init__(self) -> None:
        super().__init__(dim=64)
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return super().encode(texts)


def _article(n: int) -> Article:
    lang, title, text = REPORTS[n]
    sentences = tuple(s if s.endswith(".") else s + "." for s in text.split(". "))
    return Article(
        id=f"{n:016x}",
        text=text,
        text_original=text,
        lang=lang,
        lang_confidence=1.0,
        title=title,
        published="2020-01-25",
        sentences=sentences,
    )


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> CountingEncoder:
    enc = CountingEncoder()
    # every module of the storyline.api package that encodes gets the counting encoder
    patched = [m for m in vars(api).values() if hasattr(m, "get_encoder")]
    assert {m.__name__ for m in patched} >= {"storyline.api.compare", "storyline.api.stories"}
    for module in patched:
        monkeypatch.setattr(module, "get_encoder", lambda name="": enc)
    return enc


def _store(enc: CountingEncoder, skip: int | None = None) -> Store:
    store = Store(":memory:")
    for n in range(len(REPORTS)):
        if n != skip:
            store.add_article(_article(n))
    encode_missing(store, enc)
    enc.seen.clear()
    return store


def test_compare_reuses_the_stored_title_lead_vectors(counting: CountingEncoder) -> None:
    store = _store(counting)
    a, b = _article(0), _article(1)
    with_store = api.same_event(a, b, store, Settings(encoder="hashing"))
    docs = {doc_text_for_linking(x.title, x.text, 400) for x in (a, b)}
    assert not docs & set(counting.seen)  # headlines and sentences only
    assert counting.seen.count(a.title) == 1
    counting.seen.clear()
    without = api.same_event(a, b, None, Settings(encoder="hashing"))
    # not stored: each title+lead is encoded once (for stage 1; stage 2 reuses it)
    assert sorted(t for t in counting.seen if t in docs) == sorted(docs)
    assert with_store["probability"] == pytest.approx(without["probability"], abs=0.02)


def test_similar_shows_the_refined_probability_for_the_nearest(counting: CountingEncoder) -> None:
    store = _store(counting)
    settings = Settings(encoder="hashing")
    hits = api.similar_articles(store, _article(0).id, limit=10, settings=settings)
    assert len(hits) == len(REPORTS) - 1
    stages = [h.same_event_stage for h in hits]
    assert stages == ["sentences"] * 5 + ["title+lead"] * (len(hits) - 5)
    for h in hits:
        assert h.same_event == (h.same_event_probability >= h.joins_at)
    # the number compare gives the pair (headlines and first sentences aligned)
    by_id = {h.article_id: h for h in hits}
    for n in range(1, len(REPORTS)):
        hit = by_id[_article(n).id]
        if hit.same_event_stage != "sentences":
            continue
        pair = api.same_event(_article(0), _article(n), store, settings)
        assert hit.same_event_probability == pytest.approx(pair["probability"], abs=0.01)
        assert hit.joins_at == pytest.approx(pair["threshold"])
    # the sides were cached in the store: asking again encodes nothing
    counting.seen.clear()
    again = api.similar_articles(store, _article(0).id, limit=10, settings=settings)
    assert counting.seen == []
    assert [h.same_event_probability for h in again] == [h.same_event_probability for h in hits]


def test_similar_to_a_file_refines_without_storing_it(counting: CountingEncoder) -> None:
    store = _store(counting, skip=1)
    settings = Settings(encoder="hashing")
    query = _article(1)
    hits = api.similar_to_text(store, query, limit=3, settings=settings)
    assert [h.same_event_stage for h in hits] == ["sentences"] * 3
    pair = api.same_event(query, _article(0), None, settings)
    top = {h.article_id: h for h in hits}[_article(0).id]
    assert top.same_event_probability == pytest.approx(pair["probability"], abs=0.01)
    assert store.get_article(query.id) is None
    # without a language there is no probability
    bare = Article(id="f" * 16, text=query.text, text_original="", lang="", lang_confidence=0.0)
    assert all(h.same_event_probability is None for h in api.similar_to_text(store, bare))


def test_eval_pairs_runs_the_similarity_scorer_once_per_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv

    from storyline.evaluate.pairs import score_pairs
    from storyline.link.scorer import PairScorer
    from storyline.training.metrics import read_pairs

    path = tmp_path / "pairs.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["pair_id", "lang1", "lang2", "text1", "text2", "Overall", "Entities"])
        for i, j in ((0, 1), (0, 2), (1, 3), (4, 5), (6, 7)):
            (la, ta, xa), (lb, tb, xb) = REPORTS[i], REPORTS[j]
            gold = 1.0 if 3 not in (i, j) else 4.0
            out.writerow([f"{i + 10}_{j + 10}", la, lb, f"{ta}\n{xa}", f"{tb}\n{xb}", gold, 2.0])
    calls = []
    real = PairScorer.score_features

    def counted(self: PairScorer, feats: dict[str, float]) -> object:
        calls.append(1)
        return real(self, feats)

    monkeypatch.setattr(PairScorer, "score_features", counted)
    rows = read_pairs(path)
    preds = score_pairs(rows, encoder=HashingEncoder(dim=384))
    # stage 2's similarity feature is each pair's predicted Overall, scored once
    assert len(calls) == len(rows) == len(preds) == 5
    assert all(p["joins_at"] == LinkModel.load().refine_threshold for p in preds)
