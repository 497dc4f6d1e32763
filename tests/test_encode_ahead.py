"""Encoding the next link batch while the current one is linked (``Settings.encode_ahead``).

The overlap must not change anything a user sees: the same vectors (bit for
bit), link keys, stories and members as encoding and linking one after the
other, whatever the number of preparation workers; and an interrupted
ingest still commits what it read.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from pathlib import Path

import numpy as np
import pytest

from storyline.encode import get_encoder
from storyline.link.vectors import vector_key
from storyline.pipeline import IngestReport, ingest
from storyline.sample import data_files
from storyline.settings import Settings
from storyline.store import Store

# Small batches, so that several link batches are in flight in one ingest.
SMALL = dataclasses.replace(Settings(), batch_size=3, link_batch=6)


def _outcome(
    path: Path, files: list[Path], settings: Settings, workers: int
) -> tuple[IngestReport, dict, dict]:
    """Ingest ``files``; return the report, each article's (vector bytes, keys) and stories."""
    encoder = get_encoder(settings.encoder)
    with Store(path) as store:
        report = ingest(files, store, workers=workers, settings=settings, encoder=encoder)
        ids = [a.id for a in store.list_articles(limit=10_000)]
        key = vector_key(encoder, settings.tracker.lead_chars)
        rows = store.link_rows(ids=ids, model=key)
    vectors = {r.article_id: (r.doc.tobytes(), r.keys) for r in rows}
    stories: dict[str, list[str]] = {}
    for r in rows:
        assert r.story_id is not None, r.article_id
        stories.setdefault(r.story_id, []).append(r.article_id)
    return report, vectors, {s: sorted(m) for s, m in stories.items()}


@pytest.mark.parametrize("encoder", ["e5-small", "hashing"])
def test_overlap_gives_the_same_vectors_and_stories_for_any_worker_count(
    tmp_path: Path, encoder: str
) -> None:
    base = dataclasses.replace(SMALL, encoder=encoder)
    serial = dataclasses.replace(base, encode_ahead=False)
    runs = [(serial, 1), (base, 2)]
    if encoder == "hashing":  # cheap: every combination
        runs += [(base, 1), (serial, 2)]
    files = data_files()[: 30 if encoder == "e5-small" else None]  # e5: a quicker subset
    outcomes = [_outcome(tmp_path / f"{i}.db", files, s, w) for i, (s, w) in enumerate(runs)]
    ref_report, ref_vectors, ref_stories = outcomes[0]
    assert ref_report.added > 3 * SMALL.link_batch  # several batches were in flight
    assert ref_report.linked == ref_report.added
    assert 1 < len(ref_stories) < ref_report.added
    for report, vectors, stories in outcomes[1:]:
        assert report.to_dict() == ref_report.to_dict()
        assert vectors == ref_vectors
        assert stories == ref_stories


def test_interrupted_ingest_commits_what_was_read_and_the_next_links_it(tmp_path: Path) -> None:
    settings = dataclasses.replace(SMALL, encoder="hashing")
    seen: list[str] = []

    def stop_at_40(origin: str, _report: IngestReport) -> None:
        seen.append(origin)
        if len(seen) == 40:
            raise KeyboardInterrupt

    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(data_files(), store, settings=settings, progress=stop_at_40)
        stored = {a.origin for a in store.list_articles(limit=10_000)}
        assert len(seen) == 40
        assert stored <= set(seen)
        assert store.articles_without_story()  # the batches in flight were not linked
        again = ingest(data_files(), store, settings=settings)
        added = {store.get_article(i).origin for i in again.added_ids}
        assert again.read == 68 and len(added) == again.added > 0
        assert not added & set(seen)  # every document read before the stop was committed
        assert not store.articles_without_story()


class _Spy:
    """The hashing encoder, noting the thread of every call."""

    def __init__(self) -> None:
        self.inner = get_encoder("hashing")
        self.name, self.dim = self.inner.name, self.inner.dim
        self.threads: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.threads.append(threading.current_thread().name)
        return self.inner.encode(texts)


@pytest.mark.parametrize("ahead", [True, False])
def test_link_batches_are_encoded_in_the_thread_only_when_asked(tmp_path: Path, ahead: bool) -> None:
    spy = _Spy()
    settings = dataclasses.replace(SMALL, encoder="hashing", encode_ahead=ahead)
    with Store(tmp_path / "s.db") as store:
        report = ingest(data_files(), store, settings=settings, encoder=spy)
    assert report.linked == report.added
    assert len(spy.threads) >= report.added // SMALL.link_batch
    if ahead:
        assert all(t.startswith("encode-ahead") for t in spy.threads)
    else:
        assert set(spy.threads) == {"MainThread"}


def test_progress_counts_every_document_once_in_order_with_the_overlap(tmp_path: Path) -> None:
    """The ingest bar counts documents read; the overlap changes neither the count nor the order."""
    calls: dict[bool, list[tuple[str, int]]] = {True: [], False: []}
    for ahead in (True, False):
        settings = dataclasses.replace(SMALL, encoder="hashing", encode_ahead=ahead)

        def tick(origin: str, report: IngestReport, ahead: bool = ahead) -> None:
            calls[ahead].append((origin, report.read))

        with Store(tmp_path / f"{ahead}.db") as store:
            report = ingest(data_files(), store, settings=settings, progress=tick)
        assert [n for _, n in calls[ahead]] == list(range(1, report.read + 1))
        assert report.linked == report.added
    assert calls[True] == calls[False]
    files = [re.split("[:#]", Path(o).name)[0] for o, _ in calls[True]]  # "f.jsonl:3", "f.xml#entry 1"
    assert list(dict.fromkeys(files)) == [p.name for p in data_files()]
