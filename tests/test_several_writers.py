"""Several writers on one store: two ``ingest`` processes and the web app at once (issue 8).

Every story's count, centroid and membership must match a single-writer run
of the same articles: story state is read and updated inside the write
transaction, the running mean comes from the store and each writer's index
catches up with the others' articles before each batch.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.edits import merge_stories, split_article
from storyline.link.index import VectorIndex
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.vectors import encode_missing
from storyline.pipeline import ingest
from storyline.settings import Settings
from storyline.store import Store

CONFIG = TrackerConfig(threshold=0.3, support=0.2, merge_threshold=0.2)
MODEL = "hashing-256-3@400"

EVENTS = [
    ("Floods", "Porto Alegre", "Guaiba", "Eduardo Leite", "1200"),
    ("Earthquake", "Elazig", "Sivrice", "Suleyman Soylu", "6.8"),
    ("Wildfires", "Chita", "Zabaikalsky", "Alexander Osipov", "4500"),
    ("Strike", "Marseille", "Fos", "Jean Dupuis", "48"),
    ("Theft", "Lyon", "Delorme", "Claire Martin", "5"),
    ("Volcano", "Quito", "Cotopaxi", "Daniel Noboa", "8000"),
]
FILLERS = [
    "Officials said more details would follow later in the day.",
    "Residents described scenes of confusion in the streets.",
    "The regional government called an emergency meeting.",
    "Television footage showed crowds gathering near the centre.",
    "Analysts warned that the costs could rise sharply.",
    "Local newspapers published special editions on the events.",
]


def _texts() -> list[tuple[str, str]]:
    out = []
    for e, (what, city, place, person, num) in enumerate(EVENTS):
        for k in range(4):
            title = f"{what} hit {city} near {place}"
            body = (
                f"{what} struck {city} and {place} on Monday, {person} said, "
                f"with {num} people affected across {city}. {FILLERS[(e + k) % 6]} "
                f"Report {k} of the {what.lower()} in {city}."
            )
            out.append((f"e{e}-{k}", f"{title}\n\n{body}"))
    return out


def _write(folder: Path, items: list[tuple[str, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in items:
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _ingest(db: str, paths: list[str]) -> None:
    settings = replace(Settings(), encoder="hashing", link_batch=2, batch_size=2, tracker=CONFIG)
    with Store(db) as store:
        ingest(paths, store, encoder=HashingEncoder(), settings=settings)


def _state(db: Path) -> dict[frozenset[str], tuple[int, np.ndarray]]:
    """Stories keyed by their members' file names: (n_articles, centroid)."""
    with Store(db) as store:
        names = {a.id: Path(a.origin).stem for a in store.list_articles()}
        out = {}
        for s in store.list_stories():
            state = store.load_story(s.id)
            assert state is not None and state.centroid is not None
            assert state.n_articles == len(s.article_ids), s.id
            out[frozenset(names[a] for a in s.article_ids)] = (state.n_articles, state.centroid)
        mean = store.get_meta(f"mean:{MODEL}")
        return out, mean


def test_two_ingests_and_the_web_app_at_once_match_one_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fastapi")
    # spawned children import this module as tests.test_several_writers: the
    # repository root must be on their sys.path (which they copy from ours), also
    # under `pytest` run as a script, which does not put the working directory there
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1]))
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    items = _texts()
    files = _write(tmp_path / "all", items)
    single = tmp_path / "single.db"
    _ingest(str(single), [str(p) for p in files])
    expected, expected_mean = _state(single)
    assert len(expected) == len(EVENTS)  # the fixture separates its events

    shared = tmp_path / "shared.db"
    Store(shared).close()
    first, second = [str(p) for p in files[0::3]], [str(p) for p in files[1::3]]
    web_items = items[2::3]
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_ingest, args=(str(shared), part)) for part in (first, second)]
    token = "writers-token"
    settings = replace(Settings(), encoder="hashing", tracker=CONFIG)
    web_errors: list[str] = []

    def post_all() -> None:
        with TestClient(create_app(shared, token=token, settings=settings)) as client:
            for name, text in web_items:
                r = client.post(
                    "/api/articles",
                    content=text.encode(),
                    params={"url": f"https://example.test/{name}"},
                    headers={"Authorization": f"Bearer {token}", "content-type": "text/plain"},
                )
                if r.status_code != 201:
                    web_errors.append(r.text)

    web = threading.Thread(target=post_all)
    for p in procs:
        p.start()
    web.start()
    for p in procs:
        p.join(120)
    web.join(120)
    assert [p.exitcode for p in procs] == [0, 0] and not web_errors
    with Store(shared) as store:
        report = store.check_consistency(model=MODEL)
        assert report.ok, report.problems
        names = {}
        for a in store.list_articles():
            names[a.id] = Path(a.origin).stem if a.origin != "api" else a.url.rsplit("/", 1)[1]
        stories = {}
        for s in store.list_stories():
            state = store.load_story(s.id)
            assert state is not None and state.n_articles == len(s.article_ids), s.id
            stories[frozenset(names[a] for a in s.article_ids)] = (state.n_articles, state.centroid)
        mean = store.get_meta(f"mean:{MODEL}")
    assert set(stories) == set(expected)
    for members, (n, centroid) in expected.items():
        got_n, got_centroid = stories[members]
        assert got_n == n
        assert np.allclose(got_centroid, centroid, atol=1e-3)
    assert mean["n"] == expected_mean["n"] == len(items)
    assert np.allclose(mean["total"], expected_mean["total"], atol=1e-3)


# -- two writers' steps interleaved explicitly (no timing) -----------------


class _Interleaved(Store):
    """A store that runs ``hook`` (another writer's work) once, at a chosen point.

    ``at="write"``: just before its first write transaction begins;
    ``at="mean"``: just after it first reads the running mean from ``meta``;
    ``at="unassigned"``: just after the transaction that took articles out of
    their stories commits.
    """

    def __init__(self, path: Path, hook: Callable[[], object], at: str) -> None:
        super().__init__(path)
        self._hook: Callable[[], object] | None = hook
        self._at = at
        self._unassigned = False

    def _fire(self) -> None:
        hook, self._hook = self._hook, None
        if hook is not None:
            hook()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        outer = not self._depth
        if self._at == "write" and outer:
            self._fire()
        with super().transaction():
            yield
        if self._at == "unassigned" and outer and self._unassigned:
            self._fire()

    def unassign_articles(self, ids: Sequence[str]) -> list[str]:
        self._unassigned = True
        return super().unassign_articles(ids)

    def get_meta(self, key: str, default: object = None) -> object:
        value = super().get_meta(key, default)
        if self._at == "mean" and key.startswith("mean:"):
            self._fire()
        return value


def _stored(db: Path, items: list[tuple[str, str]]) -> None:
    """Store (and encode) ``items`` without linking them."""
    paths = _write(db.parent / db.stem, items)
    settings = replace(Settings(), encoder="hashing", tracker=CONFIG)
    with Store(db) as store:
        ingest(
            [str(p) for p in paths], store, encoder=HashingEncoder(), settings=settings, link=False
        )
        encode_missing(
            store, HashingEncoder(), store.articles_without_story(), CONFIG.lead_chars, 64
        )


def _counts_hold(db: Path, n_linked: int) -> None:
    with Store(db) as store:
        report = store.check_consistency(model=MODEL)
        assert report.ok, report.problems
        members = sum(len(s.article_ids) for s in store.list_stories())
        assert members == n_linked
        assert store.get_meta(f"mean:{MODEL}")["n"] == n_linked


def test_an_article_another_writer_linked_meanwhile_is_not_linked_again(tmp_path: Path) -> None:
    """Writer B lists the unlinked articles; writer A links them; then B's batch runs.

    Before the fix B linked them a second time: each story counted them twice
    (n_articles 8 with 4 members) and so did the running mean.
    """
    db = tmp_path / "store.db"
    items = _texts()[:8]
    _stored(db, items)
    with Store(db) as first:
        a = Tracker(first, HashingEncoder(), CONFIG)
        with _Interleaved(db, lambda: a.link_pending(), at="write") as second:
            b = Tracker(second, HashingEncoder(), CONFIG)
            decisions = b.link_pending()
    assert decisions == []  # A linked them all before B's batch began
    _counts_hold(db, len(items))


def test_a_writer_linking_while_another_tracker_starts_is_not_lost(tmp_path: Path) -> None:
    """Writer A links a batch while writer B's tracker reads the mean and count at start.

    Before the fix B read the mean before A's commit and the count after it,
    never noticed A's articles, and wrote a mean without them.
    """
    db = tmp_path / "store.db"
    items = _texts()
    _stored(db, items)
    with Store(db) as store:
        pending = store.articles_without_story()
    with Store(db) as first:
        a = Tracker(first, HashingEncoder(), CONFIG)
        with _Interleaved(db, lambda: a.link_pending(pending[:12]), at="mean") as second:
            b = Tracker(second, HashingEncoder(), CONFIG)
            b.link_pending(pending[12:])
    _counts_hold(db, len(items))


def test_a_split_while_another_writer_merges_the_story_recounts_the_right_story(
    tmp_path: Path,
) -> None:
    """A user splits an article out; meanwhile another writer merges its story into another.

    Before the fix the split read the article's story before its transaction
    and recounted that (merged, empty) story, not the one the article left.
    """
    db = tmp_path / "store.db"
    _stored(db, _texts()[:8])  # two events, four reports each
    with Store(db) as store:
        Tracker(store, HashingEncoder(), CONFIG).link_pending()
        stories = store.list_stories()
        assert len(stories) == 2
        (one, other) = stories
        article = one.article_ids[1]
    with Store(db) as first:
        merge = lambda: merge_stories(first, other.id, one.id, MODEL)  # noqa: E731
        with _Interleaved(db, merge, at="write") as second:
            result = split_article(second, article, MODEL)
    assert result.from_story == other.id
    with Store(db) as store:
        report = store.check_consistency(model=MODEL)
        assert report.ok, report.problems
        assert sorted(len(s.article_ids) for s in store.list_stories()) == [1, 7]


def test_two_writers_saving_the_vector_index_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writer B saves the index file while writer A is between writing and renaming its copy.

    Before the fix both wrote one shared ``.tmp`` file: B renamed A's away
    and A's rename failed (an ingest ending in an error after linking).
    """
    from storyline.link import index as index_module

    path = tmp_path / "store.db.m.usearch"
    a, b = VectorIndex(2, path), VectorIndex(2, path)
    a.add([1, 2, 3], np.eye(3, 2))
    b.add([1], np.eye(1, 2))
    real = index_module.os.replace

    def b_saves_first(src: str, dst: str) -> None:
        monkeypatch.setattr(index_module.os, "replace", real)
        b.save()
        real(src, dst)

    monkeypatch.setattr(index_module.os, "replace", b_saves_first)
    a.save()
    restored = VectorIndex(2, path)
    assert restored._load({"count": 3, "last_seq": 3})  # A's, saved last
    assert not list(tmp_path.glob("*.tmp"))


def test_relink_recent_while_another_writer_starts_linking(tmp_path: Path) -> None:
    """``relink --recent`` takes its window out of the stories; another writer starts then.

    Before the fix the window left its stories in one transaction and was
    linked again in another: the other writer (an ingest linking what it
    finds unlinked) linked the window first, counting it a second time in the
    running mean and the link counter.
    """
    from storyline.link.stories import relink_recent

    db = tmp_path / "store.db"
    items = _texts()[:8]
    _stored(db, items)
    with Store(db) as store:
        Tracker(store, HashingEncoder(), CONFIG).link_pending()
    with Store(db) as first:
        other = lambda: Tracker(first, HashingEncoder(), CONFIG).link_pending()  # noqa: E731
        with _Interleaved(db, other, at="unassigned") as second:
            report = relink_recent(second, HashingEncoder(), 3650, config=CONFIG, refine_band=0.0)
    assert report.articles == len(items)
    _counts_hold(db, len(items))
