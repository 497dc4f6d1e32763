"""One same-event probability everywhere: compare reuses stored title+lead vectors, and
``similar`` shows the sentence-level (refined) probability for its top hits."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from storyline import api
from storyline.article import Article
from storyline.encode import HashingEncoder, doc_text_for_linking
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
    monkeypatch.setattr(api, "get_encoder", lambda name="": enc)
    return enc


def _store(enc: CountingEncoder) -> Store:
    store = Store(":memory:")
    for n in range(len(REPORTS)):
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
