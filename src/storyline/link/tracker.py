"""Online story clustering: each article, in arrival order, joins a story or starts one.

For a new article, :class:`Tracker`:

1. searches the ANN index (:class:`~storyline.link.index.VectorIndex`) for
   the ``k`` nearest stored articles (any language: the vectors are
   multilingual), which gives the candidate stories (the
   ``max_candidates`` nearest);
2. scores the article against each candidate story's *core* (up to
   ``core_size`` members nearest its centroid) and its centroid, with
   :class:`~storyline.link.decide.LinkModel` (each side centred on its own
   language's running mean): the evidence
   (:class:`~storyline.link.support.StoryEvidence`) is the probability
   against the centroid and the *support*, the mean probability over the
   core. One close member is not enough: that is what let one bridge
   article chain unrelated reports into one story;
3. sets what is required from the time evidence
   (:func:`~storyline.link.support.time_evidence`): the gap to the story's
   date span, a margin when the story has been quiet for more than
   ``quiet_days``, when the article's date is unknown, and more when the
   days or years its headline and lead state fall outside the story's (an
   undated article's days are an estimate: a stated day near the story's
   dates counts, one far from them is evidence against);
4. joins the best-supported story whose evidence passes, else starts a new
   story with id ``"s" + article_id`` (stable across runs: article ids are
   content hashes), and records why (:meth:`Store.assign_article`'s
   ``reason``);
5. merges two stories only when their cores agree: the mean probability
   over every pair of their core members reaches ``merge_threshold`` and
   the centroids agree (never through one bridge article). Candidates are
   the other stories the article passed, and, at the end of each batch
   (:meth:`Tracker.consolidate`), the stories nearest each story the batch
   touched.

User decisions (``storyline split`` / ``merge``) are constraints kept in
the store: an article split from a story never joins a story holding a
member it was split from; two stories merged by the user are merged again
by later runs.

Cost per article: one index search (``log n``), a few primary-key lookups
and at most ``max_candidates * (core_size + 1)`` pair scores: flat as the
store grows.

Examples
--------
>>> from storyline.article import Article
>>> from storyline.encode import HashingEncoder
>>> from storyline.store import Store
>>> store, enc = Store(":memory:"), HashingEncoder(dim=64)
>>> texts = ["Floods close schools in Porto Alegre", "Floods close all schools in Porto Alegre",
...          "Chess champion wins title in Madrid"]
>>> for i, t in enumerate(texts):
...     _ = store.add_article(Article(id=f"{i:016x}", text=t, text_original=t, lang="en",
...                                   lang_confidence=1.0))
>>> tracker = Tracker(store, enc)
>>> [d.action for d in tracker.link_pending()]
['new', 'join', 'new']
>>> len(store.list_stories())
2
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from storyline.encode import Encoder
from storyline.link.decide import LinkModel, RunningMean, pair_link_features
from storyline.link.index import VectorIndex
from storyline.link.ports import LinkStore
from storyline.link.sentences import linking_sentences
from storyline.link.support import (
    AREA_SUPPORT,
    StoryEvidence,
    TimeEvidence,
    area_support,
    gap_days,
    text_days,
    text_years,
    time_evidence,
)
from storyline.link.vectors import LEAD_CHARS, encode_missing, vector_key
from storyline.store.story_records import LinkRow, StoryState

__all__ = [
    "LinkDecision",
    "Tracker",
    "TrackerConfig",
    "canonical_key",
    "join_threshold",
    "story_id_for",
]

REP_EXACT_MAX = 50
"""Up to this many members the representative article is recomputed exactly."""

DEFAULT_THRESHOLD = 0.6
"""Join threshold for a pair model without a calibrated ``threshold`` of its own."""

CORE_SCAN_MAX = 400
"""Members whose vectors are read to pick a large story's core (the latest ones)."""

_gap_days = gap_days  # kept for callers of the old private name


@dataclass(frozen=True)
class TrackerConfig:
    """Linking parameters (see the module docstring).

    The thresholds are same-event probabilities of the pair model
    (:class:`LinkModel`). ``threshold`` is what the probability against a
    story's centroid must reach (``None``: the model's calibrated
    ``threshold``), ``support`` what the mean probability over its core must
    reach (``None``: three quarters of ``threshold``; a story of one article:
    that article alone). Time evidence raises both by ``quiet_margin`` (an
    article more than ``quiet_days`` after the story's last date),
    ``unknown_margin`` (article date unknown, story dated) and
    ``year_margin`` (and its lead names only years outside the story's). Two
    stories merge when the mean probability over their cores' pairs reaches
    ``merge_threshold`` (``None``: as ``support``) and their centroids
    ``threshold``. ``batch_order``: the order the articles of one batch are
    linked in, ``"arrival"`` or ``"published"`` (publication date, undated
    last, then article id: the result does not depend on the order they
    arrived in; what ``relink --recent`` uses). ``refine_band``: a candidate
    story that an article with a known date falls short of, with core
    support within this much of what is required, is scored again with
    sentence-level evidence (headlines and first sentences aligned,
    :meth:`LinkModel.refine`); 0: never. A side costs ~2.5 whole ingests of
    an article, so the defaults keep it cheap while ingesting (band 0.25,
    ``refine_floor`` 0.3, ``refine_members`` 2, ``refine_undated`` False:
    ~5% more CPU per article); ``relink --recent`` runs it on every near
    miss (:data:`~storyline.link.stories.RECENT_REFINE_BAND`); ``refine_floor``:
    only when a core member's own probability reaches this much (0: any);
    ``refine_members``: only the core members best matched by the first
    stage are scored again, at most this many (0: the whole core; the
    others keep their first-stage probability, so core support still
    counts every member); ``refine_undated``: ``False`` keeps it to an
    article dated within ``quiet_days`` of a dated story (most near misses
    are pairs without dates, and pay least). ``settle``: at the
    end of each batch, the batch's articles and the other members of the
    stories they ended in (at most ``settle_members`` latest per story) are
    linked again in publication order (:meth:`Tracker.settle`): the stories
    a batch leaves do not depend on the order its articles arrived in.

    Examples
    --------
    >>> TrackerConfig().core_size
    6
    """

    k: int = 20
    max_candidates: int = 4
    core_size: int = 6
    threshold: float | None = None
    support: float | None = None
    quiet_days: float = 7.0
    quiet_margin: float = 0.2
    unknown_margin: float = 0.1
    year_margin: float = 0.25
    merge_threshold: float | None = None
    lead_chars: int = LEAD_CHARS
    per_language: bool = True
    refine_band: float = 0.25
    refine_top: int = 1
    refine_sentences: int = 12
    refine_floor: float = 0.3
    refine_members: int = 2
    refine_undated: bool = False
    batch_order: str = "published"
    settle: bool = False
    settle_members: int = 64

    def time_evidence(
        self,
        published: str | None,
        years: list[int],
        first_seen: str | None,
        last_seen: str | None,
        *,
        story_years: list[int] | None = None,
        stated: Sequence[str] = (),
        story_stated: Sequence[str] = (),
    ) -> TimeEvidence:
        """:func:`~storyline.link.support.time_evidence` with this config's days and margins.

        Examples
        --------
        >>> cfg = TrackerConfig()
        >>> cfg.time_evidence(None, [2019], "2025-03-09", "2025-03-11").margin == (
        ...     cfg.unknown_margin + cfg.year_margin)
        True
        """
        return time_evidence(
            published,
            years,
            first_seen,
            last_seen,
            quiet_days=self.quiet_days,
            quiet_margin=self.quiet_margin,
            unknown_margin=self.unknown_margin,
            year_margin=self.year_margin,
            story_years=story_years,
            stated=stated,
            story_stated=story_stated,
        )


@dataclass(frozen=True)
class LinkDecision:
    """What linking did with one article.

    ``action`` is ``"new"``, ``"join"`` or ``"merge"`` (joined, and merged
    the stories in ``merged`` into ``story_id``).
    """

    article_id: str
    story_id: str
    action: str
    probability: float
    merged: tuple[str, ...] = field(default_factory=tuple)


def join_threshold(config: TrackerConfig | None = None, model: LinkModel | None = None) -> float:
    """The probability against a story's centroid an article needs to join it.

    ``config.threshold`` when set, else the pair model's calibrated
    ``threshold`` (the shipped model's when ``model`` is ``None``).

    Examples
    --------
    >>> join_threshold(TrackerConfig(threshold=0.5))
    0.5
    >>> 0.0 < join_threshold() < 1.0
    True
    """
    if config is not None and config.threshold is not None:
        return float(config.threshold)
    model = model or LinkModel.load()
    return float(getattr(model, "threshold", DEFAULT_THRESHOLD))


def story_id_for(article_id: str) -> str:
    """The id of a story started by ``article_id`` (stable across runs).

    Examples
    --------
    >>> story_id_for("0123456789abcdef")
    's0123456789abcdef'
    """
    return "s" + article_id


def canonical_key(row: LinkRow) -> tuple[str, str]:
    """The order articles of one batch are linked in: publication date (undated last), then id.

    Article ids are content hashes, so the order (and the stories) do not
    depend on the order the articles arrived in.

    Examples
    --------
    >>> rows = [LinkRow(1, "b", "en", None, np.zeros(2), None, None),
    ...         LinkRow(2, "c", "en", "2025-03-02", np.zeros(2), None, None),
    ...         LinkRow(3, "a", "en", "2025-03-02", np.zeros(2), None, None)]
    >>> [r.article_id for r in sorted(rows, key=canonical_key)]
    ['a', 'c', 'b']
    """
    return (row.published or "\uffff", row.article_id)


def _aligned_sentences(
    module: Any, a: Any, b: Any, mean_a: np.ndarray | None, mean_b: np.ndarray | None
) -> list[str] | None:
    """The two sentence pairs of ``a`` and ``b`` aligned one to one with the highest cosine.

    Shown in a reason as ``"sentence of a" = "sentence of b"`` (cut at 80
    characters); ``None`` when nothing aligns.
    """
    if len(a.sentences) == 0 or len(b.sentences) == 0:
        return None
    ma = np.zeros_like(a.head) if mean_a is None else mean_a
    mb = ma if mean_b is None else mean_b
    ca = a.sentences - ma
    cb = b.sentences - mb
    ca = ca / np.maximum(np.linalg.norm(ca, axis=1, keepdims=True), 1e-12)
    cb = cb / np.maximum(np.linalg.norm(cb, axis=1, keepdims=True), 1e-12)
    sims = ca @ cb.T
    arg_a, arg_b = sims.argmax(axis=1), sims.argmax(axis=0)
    pairs = sorted(
        (
            (float(sims[i, j]), i, int(j))
            for i, j in enumerate(arg_a)
            if arg_b[j] == i and sims[i, j] >= module.ALIGN_MIN_COS
        ),
        reverse=True,
    )
    if not pairs:
        return None
    return [f'"{a.texts[i][:80]}" = "{b.texts[j][:80]}"' for _, i, j in pairs[:2]]


def _min_date(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max_date(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


class Tracker:
    """Online story clustering over a store (see the module docstring).

    Story state is read from the store whenever it is needed (no cache kept
    across articles), so several writers on one store see each other's
    stories.

    Parameters
    ----------
    store
        The open :class:`~storyline.store.Store`.
    encoder
        The encoder whose cached vectors are used (its ``name`` and ``dim``);
        it only encodes in :meth:`link_pending` for articles not yet encoded.
    config
        Thresholds and sizes.
    model
        The pair decision model; default the shipped one.
    fresh_index
        Start from an empty index instead of the store's (used by relink).
    """

    def __init__(
        self,
        store: LinkStore,
        encoder: Encoder,
        config: TrackerConfig | None = None,
        model: LinkModel | None = None,
        *,
        fresh_index: bool = False,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.config = config or TrackerConfig()
        self.model = model or LinkModel.load()
        self.model_name = vector_key(encoder, self.config.lead_chars)
        cfg = self.config
        self.threshold = join_threshold(cfg, self.model)
        self.support = float(cfg.support if cfg.support is not None else 0.75 * self.threshold)
        self.merge_threshold = float(
            cfg.merge_threshold if cfg.merge_threshold is not None else self.support
        )
        self.dim = encoder.dim
        if fresh_index:
            from storyline.link.index import index_path

            self.index = VectorIndex(self.dim, index_path(store.path, self.model_name))
        else:
            self.index = VectorIndex.for_store(store, self.model_name, self.dim)
        self.mean = RunningMean(self.dim, self.model.prior_mean(encoder.name, self.dim))
        if not fresh_index:
            self.mean.load(store.get_meta(f"mean:{self.model_name}"))
        self._linked_seen = 0 if fresh_index else self._linked_count()
        self._touched: set[str] = set()
        self._in_batch = False
        self.relinking: set[str] = set()
        """Articles being linked again (``relink --recent``): the index and mean hold them."""
        self._pairs: dict[tuple[str, str], float] = {}
        self._near: dict[str, set[str]] = {}
        """Per batch: the candidate stories each article came close to (for :meth:`settle`)."""
        self._sides: dict[str, Any] = {}
        self._aligns: dict[tuple[str, str], tuple[np.ndarray, list[str] | None]] = {}
        """Per batch: a pair's alignment features and aligned sentences (second stage)."""
        self._encoded_sides = 0
        """Articles whose headline and first sentences this tracker encoded (second stage)."""

    # -- state -----------------------------------------------------------

    def _story(self, story_id: str) -> StoryState:
        story = self.store.load_story(story_id)
        if story is None:
            raise KeyError(story_id)
        return story

    def flush(self) -> None:
        """Save the index file (call at the end of a run).

        The running mean is written inside each batch's write transaction
        (:meth:`link_pending`), never from here: another writer may have
        moved it since.
        """
        self.index.persist(self.store, self.model_name)

    def _linked_count(self) -> int:
        return int(self.store.get_meta(f"linked:{self.model_name}", 0) or 0)

    def catch_up(self) -> bool:
        """Bring the running mean and the index up to the store; call inside the write transaction.

        Several writers (a ``watch`` process, the web app, a manual
        ``ingest``) may link into one store. Each linked article bumps a
        counter in the store's ``meta`` (``linked:<model>``); when it differs
        from the count this tracker last saw, another writer has linked
        articles since: the running mean is re-read from the store and every
        linked article the index lacks is added. Story state needs no
        catching up: it is read from the store for every decision. Returns
        whether anything had changed.
        """
        count = self._linked_count()
        if count == self._linked_seen:
            return False
        fresh = RunningMean(self.dim, self.model.prior_mean(self.encoder.name, self.dim))
        fresh.load(self.store.get_meta(f"mean:{self.model_name}"))
        self.mean = fresh
        seqs = self.store.linked_seqs(self.model_name)
        missing = [s for s in seqs if s not in self.index]
        for start in range(0, len(missing), 2000):
            rows = self.store.link_rows(seqs=missing[start : start + 2000], model=self.model_name)
            if rows:
                self.index.add([r.seq for r in rows], np.array([r.doc for r in rows]))
        self._linked_seen = count
        return True

    def _core(self, story: StoryState, exclude: str | None = None) -> list[LinkRow]:
        """The story's core: up to ``core_size`` members nearest its centroid."""
        ids = [a for a in self.store.story_member_ids(story.id) if a != exclude]
        size = self.config.core_size
        if len(ids) > size and story.centroid is not None:
            scan = ids[-CORE_SCAN_MAX:]
            vecs = self.store.doc_vectors(scan, self.model_name)
            centroid = np.asarray(story.centroid, dtype=np.float64)
            order = {a: i for i, a in enumerate(scan)}
            ids = sorted(vecs, key=lambda a: (-float(vecs[a] @ centroid), order[a]))[:size]
        return self.store.link_rows(ids=ids[:size], model=self.model_name)

    # -- probabilities ---------------------------------------------------

    def _pair_probs(
        self,
        row: LinkRow,
        others: Sequence[LinkRow],
        vector: np.ndarray | None = None,
        gap: float | None = None,
    ) -> np.ndarray:
        """Same-event probability of ``row`` with each of ``others``.

        ``vector`` replaces the others' document vectors (a story centroid,
        centred on the overall mean; its keys are each member's in turn), and
        ``gap`` their publication gaps (the gap to the story's date span).
        """
        if not others:
            return np.zeros(0)
        feats, gaps = self._pair_features(row, others, vector, gap)
        return self.model.probability(feats, gaps)

    def _pair_features(
        self,
        row: LinkRow,
        others: Sequence[LinkRow],
        vector: np.ndarray | None = None,
        gap: float | None = None,
    ) -> tuple[np.ndarray, list[float | None]]:
        """The pair model's feature rows and publication gaps behind :meth:`_pair_probs`."""
        per_lang = self.config.per_language
        own = self.mean.value(row.lang) if per_lang else self.mean.value()
        feats, gaps = [], []
        for m in others:
            vec = m.doc if vector is None else vector
            other = self.mean.value(m.lang if vector is None else None)
            feats.append(
                pair_link_features(
                    row.doc,
                    vec,
                    row.keys,
                    m.keys,
                    row.lang,
                    m.lang,
                    own,
                    other if per_lang else None,
                )
            )
            gaps.append(gap_days(row.published, m.published) if vector is None else gap)
        return np.array(feats), gaps

    def evidence(
        self,
        row: LinkRow,
        story: StoryState,
        core: list[LinkRow] | None = None,
        refine: bool | None = None,
    ) -> StoryEvidence:
        """The evidence that ``row``'s article belongs to ``story`` (see the module docstring).

        ``refine``: score the core again with sentence-level evidence when
        the first stage falls short (``None``: when :meth:`_may_refine`
        allows it; ``False``: never).
        """
        core = self._core(story, exclude=row.article_id) if core is None else core
        ev, member_p, timing = self._first_stage(row, story, core)
        if refine is None:
            refine = self._may_refine(ev, timing)
        if refine and core and not ev.passes:
            ev = self._second_stage(row, story, core, ev, timing)
        return ev

    def _first_stage(
        self, row: LinkRow, story: StoryState, core: list[LinkRow]
    ) -> tuple[StoryEvidence, np.ndarray, TimeEvidence]:
        """Stage 1 (title+lead vectors and link keys): the evidence, core probabilities, time."""
        cfg = self.config
        timing = cfg.time_evidence(
            row.published,
            text_years(row.keys, row.lang),
            story.first_seen,
            story.last_seen,
            story_years=sorted({y for m in core for y in text_years(m.keys, m.lang)}),
            stated=text_days(row.keys),
            story_stated=sorted({d for m in core for d in text_days(m.keys)}),
        )
        if not core:
            return (
                StoryEvidence(story.id, 0.0, 0.0, 0, (), 1.0, 1.0, timing.note),
                np.zeros(0),
                timing,
            )
        member_p = self._cached_pair_probs(row, core)
        support = float(member_p.mean())
        required = min(0.99, self.threshold + timing.margin)
        support_required = min(0.99, self.support + timing.margin)
        note = timing.note
        if timing.margin == 0:  # one hazard, one region, one day: see support.area_support
            members = [(m.article_id, m.keys, m.published) for m in core]
            area = area_support(row.keys, row.published, members)
            if area:
                required = min(required, AREA_SUPPORT)
                support_required = min(support_required, AREA_SUPPORT)
                note = f"{note}; {area.note}"
        order = np.argsort(-member_p, kind="stable")
        centroid = None if story.centroid is None else np.asarray(story.centroid, np.float64)
        if centroid is None:
            cent_p = float(member_p.max())
        elif support < support_required:
            cent_p = 0.0  # cannot pass: the centroid is not scored (it is the costly part)
        else:
            # the centroid with the keys of the three best-matching members; its
            # publication gap is the article's gap to the story's date span
            near = [core[i] for i in order[:3]]
            cent_p = float(self._pair_probs(row, near, centroid, timing.gap).max())
        matched = tuple(core[i].article_id for i in order if member_p[i] >= 0.5)
        ev = StoryEvidence(
            story.id,
            cent_p,
            support,
            len(core),
            matched,
            required,
            support_required,
            note,
            float(member_p.max()),
        )
        return ev, member_p, timing

    def _may_refine(self, ev: StoryEvidence, timing: TimeEvidence) -> bool:
        """Whether a first-stage miss may get the second stage (sentence-level evidence).

        Only a near miss (core support within ``refine_band`` of what is
        required) whose time evidence says nothing against the story: no
        margin (within ``quiet_days`` of a dated story, or neither side
        dated with no stated day or year apart); an article whose date is
        unknown against a dated story never gets it (it lifted a same-actor
        report of another year into an event's story). With
        ``refine_floor``, a core member's own probability must reach it;
        with ``refine_undated=False``, both sides must be dated.
        """
        if not self._can_refine or ev.passes or not ev.core:
            return False
        if timing.margin > 0 or (timing.gap is not None and timing.gap > self.config.quiet_days):
            return False
        if timing.gap is None and not self.config.refine_undated:
            return False
        if ev.best_member < self.config.refine_floor:
            return False
        return ev.support >= ev.support_required - self.config.refine_band

    def _second_stage(
        self,
        row: LinkRow,
        story: StoryState,
        core: list[LinkRow],
        ev: StoryEvidence,
        timing: TimeEvidence,
    ) -> StoryEvidence:
        """The evidence again, core pairs scored with headlines and first sentences aligned.

        With ``refine_members``, only that many core members (the best
        matched by the first stage) are scored again; the others keep their
        first-stage probability in the core's support.
        """
        centroid = None if story.centroid is None else np.asarray(story.centroid, np.float64)
        member_p = self._cached_pair_probs(row, core)
        picked = np.argsort(-member_p, kind="stable")
        if self.config.refine_members > 0:
            picked = picked[: self.config.refine_members]
        sub = [core[i] for i in picked]
        sub_p, cent_p, sub_align, rows = self._refined(row, sub, centroid, timing.gap)
        member_p = member_p.copy()
        member_p[picked] = sub_p
        align: list[list[str] | None] = [None] * len(core)
        for j, i in enumerate(picked):
            align[int(i)] = sub_align[j]
        order = np.argsort(-member_p, kind="stable")
        matched = tuple(core[i].article_id for i in order if member_p[i] >= 0.5)
        aligned = []
        for i in order[:2]:
            if member_p[i] >= 0.5 and align[i] is not None:
                aligned.extend(align[i])
        # a refined probability is compared with the model's bar for refined decisions
        # (LinkModel.decision_threshold of the best refined pair's row), raised by the same margins
        bump = 0.0
        decide = getattr(self.model, "decision_threshold", None)
        if self.config.threshold is None and decide is not None:
            best_sub = int(np.argmax(sub_p))
            bump = max(0.0, float(decide(rows[best_sub])) - self.threshold)
        return replace(
            ev,
            required=min(0.99, ev.required + bump),
            support_required=min(0.99, ev.support_required + bump),
            centroid=cent_p,
            support=float(member_p.mean()),
            matched=matched,
            best_member=float(member_p.max()),
            sentences=True,
            aligned=tuple(aligned[:3]),
        )

    @property
    def _can_refine(self) -> bool:
        return self.config.refine_band > 0 and bool(getattr(self.model, "can_refine", False))

    @property
    def align_key(self) -> str:
        """The model name an article's encoded headline and first sentences are cached under."""
        return f"{self.encoder.name}#align{self.config.refine_sentences}"

    def _align_sides_for(self, rows: Sequence[LinkRow]) -> dict[str, Any]:
        """Articles' encoded headline and first sentences: this batch's, the store's, or encoded.

        Those not cached yet are encoded in one encoder call and kept in the
        store (:meth:`Store.put_align_sides`), so each article is encoded at
        most once. Each side also carries the article's title+lead vector
        (the stored linking vector), title and text: the similarity scorer's
        inputs (``similarity``, :func:`~storyline.link.align_evidence.pair_similarity`).
        """
        evidence = importlib.import_module("storyline.link.align_evidence")  # the pairs' module
        out = {r.article_id: self._sides[r.article_id] for r in rows if r.article_id in self._sides}
        todo = {r.article_id: r for r in rows if r.article_id not in out}
        if not todo:
            return out
        cached = self.store.align_sides(list(todo), self.align_key)
        plans = []
        for aid, row in todo.items():
            art = self.store.get_article(aid)
            title, text = (art.title, art.text) if art else (None, "")
            if aid in cached:
                head, mat, words = cached[aid]
                out[aid] = evidence.AlignSide(
                    row.lang, head, mat, words, doc=row.doc, title=title, text=text
                )
                continue
            sents = art.sentences if art else ()
            if art is not None and not sents:  # stored without its sentences
                sents = linking_sentences(art.text, art.lang) or (art.text[:300] or "-",)
            head_text, texts = evidence.align_texts(title, sents)
            plans.append((row, title, text, head_text, texts[: self.config.refine_sentences]))
        if plans:
            flat = [t for *_, head_text, texts in plans for t in (head_text, *texts)]
            mat = np.asarray(self.encoder.encode(flat), dtype=np.float32)
            at, fresh = 0, []
            for row, title, text, _head, texts in plans:
                side = evidence.AlignSide(
                    row.lang,
                    mat[at],
                    mat[at + 1 : at + 1 + len(texts)],
                    texts,
                    doc=row.doc,
                    title=title,
                    text=text,
                )
                at += 1 + len(texts)
                out[row.article_id] = side
                fresh.append((row.article_id, side.head, side.sentences, texts))
            self.store.put_align_sides(fresh, self.align_key)
            self._encoded_sides += len(fresh)
        self._sides.update(out)
        return out

    def _refined(
        self, row: LinkRow, core: list[LinkRow], centroid: np.ndarray | None, gap: float | None
    ) -> tuple[np.ndarray, float, list[list[str] | None], np.ndarray]:
        """Core probabilities and centroid probability with sentence-level evidence.

        Each core member's pair gets :func:`~storyline.link.align_evidence.pair_alignment`
        of the two articles' headlines and first sentences
        (:meth:`LinkModel.refine`); the centroid is scored with the keys and
        sentences of the three best-matching members. Also returns, per
        member, the sentence pairs aligned one to one (for the reason), and
        the members' alignment feature rows.
        """
        module = importlib.import_module("storyline.link.align_evidence")
        per_lang = self.config.per_language
        own = self.mean.value(row.lang) if per_lang else self.mean.value()
        todo = [m for m in core if (row.article_id, m.article_id) not in self._aligns]
        sides = self._align_sides_for([row, *todo]) if todo else {}
        rows, shown = [], []
        for m in core:
            key = (row.article_id, m.article_id)
            if key not in self._aligns:  # pair_alignment runs the similarity scorer: once a batch
                mine, theirs = sides[row.article_id], sides[m.article_id]
                mean_m = self.mean.value(m.lang) if per_lang else own
                self._aligns[key] = (
                    module.pair_alignment(mine, theirs, own, mean_m),
                    _aligned_sentences(module, mine, theirs, own, mean_m),
                )
            rows.append(self._aligns[key][0])
            shown.append(self._aligns[key][1])
        align = np.array(rows)
        feats, gaps = self._pair_features(row, core)
        model: Any = self.model  # LinkModel.refine: pairs' sentence-level model (#14 item 4)
        member_p = model.refine(feats, align, gaps)
        if centroid is None:
            return member_p, float(member_p.max()), shown, align
        best = np.argsort(-member_p, kind="stable")[:3]
        cfeats, cgaps = self._pair_features(row, [core[i] for i in best], centroid, gap)
        cent_p = float(model.refine(cfeats, align[best], cgaps).max())
        return member_p, cent_p, shown, align

    def _cached_pair_probs(self, row: LinkRow, others: Sequence[LinkRow]) -> np.ndarray:
        """:meth:`_pair_probs` with a per-batch cache keyed by the two article ids."""
        out = np.zeros(len(others))
        todo = []
        for i, m in enumerate(others):
            key = (min(row.article_id, m.article_id), max(row.article_id, m.article_id))
            hit = self._pairs.get(key)
            if hit is None:
                todo.append(i)
            else:
                out[i] = hit
        if todo:
            fresh = self._pair_probs(row, [others[i] for i in todo])
            for i, p in zip(todo, fresh, strict=True):
                m = others[i]
                key = (min(row.article_id, m.article_id), max(row.article_id, m.article_id))
                self._pairs[key] = float(p)
                out[i] = p
        return out

    def cores_agree(self, a: StoryState, b: StoryState) -> tuple[bool, float]:
        """Whether two stories' cores agree enough to merge, and their mean pair probability.

        Every pair of core members is scored (average linkage), so one
        bridge article cannot merge two stories; the two centroids must also
        reach ``threshold`` against each other. Stories whose date spans lie
        more than ``quiet_days`` apart need ``quiet_threshold - threshold``
        more, and so does a story without dates against a dated one; a user's
        split between them forbids it.
        """
        cfg = self.config
        core_a, core_b = self._core(a), self._core(b)
        if not core_a or not core_b:
            return False, 0.0
        ids_b = {m.article_id for m in core_b}
        if any(self._cannot(m.article_id) & ids_b for m in core_a):
            return False, 0.0
        if a.n_articles == 1 or b.n_articles == 1:
            # one article against a story: exactly the join decision (both ways for two
            # single articles, so that an undated one meets the dated one's time evidence)
            checks = []
            if a.n_articles == 1:
                checks.append(self.evidence(core_a[0], b))
            if b.n_articles == 1:
                checks.append(self.evidence(core_b[0], a))
            return all(ev.passes for ev in checks), min(ev.support for ev in checks)
        probs = np.concatenate([self._cached_pair_probs(m, core_b) for m in core_a])
        mean = float(probs.mean())
        need, need_centroid = self.merge_threshold, self.threshold
        first = _max_date(a.first_seen, b.first_seen)
        last = _min_date(a.last_seen, b.last_seen)
        apart = gap_days(last, first) if first and last and first > last else None
        if apart is not None and apart > cfg.quiet_days:
            need += cfg.quiet_margin
        timing = self._merge_time_margin(a, b, core_a, core_b)
        need += timing  # one side undated: unknown is not compatible, stated days decide
        need_centroid += timing
        if mean < need:
            return False, mean
        return self._centroids_agree(a, b, core_a, core_b) >= need_centroid, mean

    def _merge_time_margin(
        self, a: StoryState, b: StoryState, core_a: list[LinkRow], core_b: list[LinkRow]
    ) -> float:
        """What the time evidence asks more of a merge when one story (or both) has no dates.

        The undated side is weighed like an undated article (the days and
        years its core's headlines and leads state, :func:`time_evidence`)
        against the other story's dates, or, both undated, against what the
        other core states.
        """
        if a.first_seen is not None and b.first_seen is not None:
            return 0.0
        if a.first_seen is None and b.first_seen is not None:
            a, b, core_a, core_b = b, a, core_b, core_a  # a: the dated one, if any
        cfg = self.config

        def stated(core: list[LinkRow]) -> list[str]:
            return sorted({d for m in core for d in text_days(m.keys)})

        def years(core: list[LinkRow]) -> list[int]:
            return sorted({y for m in core for y in text_years(m.keys, m.lang)})

        return cfg.time_evidence(
            None,
            years(core_b),
            a.first_seen,
            a.last_seen,
            story_years=years(core_a),
            stated=stated(core_b),
            story_stated=stated(core_a),
        ).margin

    def _centroids_agree(
        self, a: StoryState, b: StoryState, core_a: list[LinkRow], core_b: list[LinkRow]
    ) -> float:
        """Probability between the two centroids (with each pair of core members' keys)."""
        if a.centroid is None or b.centroid is None:
            return 0.0
        mean = self.mean.value()
        ca, cb = np.asarray(a.centroid), np.asarray(b.centroid)
        feats = [
            pair_link_features(ca, cb, x.keys, y.keys, x.lang, y.lang, mean, mean)
            for x in core_a
            for y in core_b
        ]
        gap = None
        if a.first_seen and b.first_seen:
            first = _max_date(a.first_seen, b.first_seen)
            last = _min_date(a.last_seen, b.last_seen)
            gap = gap_days(last, first) if first and last and first > last else 0.0
        return float(self.model.probability(np.array(feats), [gap] * len(feats)).max())

    def _cannot(self, article_id: str) -> set[str]:
        return self.store.constrained_with(article_id, "cannot")

    # -- deciding --------------------------------------------------------

    def _candidates(
        self, vec: np.ndarray, exclude_seq: int | None, lang: str | None = None
    ) -> list[str]:
        """Live candidate stories near ``vec``, nearest first (``max_candidates``).

        With ``lang`` (the article's language), one place is kept for the
        nearest story reached through an article in another language when
        the nearest stories are all reached through ``lang``'s own articles:
        multilingual vectors sit closer within a language, so a report of
        the same event in another script can rank behind several unrelated
        stories of the article's own language.
        """
        hits = self.index.search(vec, self.config.k, exclude=exclude_seq)
        rows = self.store.link_rows(seqs=[s for s, _ in hits], model=self.model_name)
        found: list[str] = []
        other: set[str] = set()  # stories reached through another language's article
        for cand in rows:  # nearest first
            if cand.story_id is None or cand.seq == exclude_seq:
                continue
            live = self.store.resolve_story(cand.story_id)
            if live is None:
                continue
            if live not in found:
                found.append(live)
            if lang is not None and cand.lang != lang:
                other.add(live)
        size = self.config.max_candidates
        out = found[:size]
        if lang is not None and size > 1 and not other.intersection(out):
            cross = next((sid for sid in found[size:] if sid in other), None)
            if cross is not None:
                out[-1] = cross
        return out

    def story_evidence(self, row: LinkRow) -> list[StoryEvidence]:
        """The evidence for ``row``'s article against each candidate story, nearest first.

        Stories holding an article the user split this one from are left out.

        Examples
        --------
        >>> from storyline.store import Store
        >>> from storyline.encode import HashingEncoder
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> t.story_evidence(LinkRow(1, "a", "en", None, np.ones(8) / 8**0.5, None, None))
        []
        """
        cannot = self._cannot(row.article_id)
        found: list[tuple[StoryEvidence, StoryState, list[LinkRow], TimeEvidence]] = []
        for sid in self._candidates(row.doc, row.seq, row.lang):
            if cannot and cannot.intersection(self.store.story_member_ids(sid)):
                continue
            story = self._story(sid)
            core = self._core(story, exclude=row.article_id)
            ev, _, timing = self._first_stage(row, story, core)
            found.append((ev, story, core, timing))
        out = [ev for ev, *_ in found]
        if not any(ev.passes for ev in out):
            # the second stage for the top near misses only (refine_top), so ingest stays fast
            near = [i for i, (ev, _, _, timing) in enumerate(found) if self._may_refine(ev, timing)]
            near.sort(key=lambda i: -out[i].score)
            for i in near[: max(self.config.refine_top, 0)]:
                ev, story, core, timing = found[i]
                out[i] = self._second_stage(row, story, core, ev, timing)
        return out

    def story_probabilities(self, row: LinkRow) -> dict[str, float]:
        """Probability against each candidate story's centroid (see :meth:`story_evidence`).

        Examples
        --------
        >>> from storyline.store import Store
        >>> from storyline.encode import HashingEncoder
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> t.story_probabilities(LinkRow(1, "a", "en", None, np.ones(8) / 8**0.5, None, None))
        {}
        """
        return {ev.story_id: ev.centroid for ev in self.story_evidence(row)}

    def link_row(self, row: LinkRow) -> LinkDecision:
        """Assign one article (given as a :class:`LinkRow`) to a story and index it.

        Story state is read and written inside one write transaction.
        """
        with self.store.transaction():
            self.catch_up()
            evidence = self.story_evidence(row)
            passing = [e for e in evidence if e.passes]
            self._near[row.article_id] = {
                e.story_id for e in evidence if e.passes or e.best_member >= self.support
            }
            merged: list[str] = []
            if not passing:
                story_id, prob, action = story_id_for(row.article_id), 1.0, "new"
                best_seen = max(evidence, key=lambda e: e.score, default=None)
                reason: dict[str, Any] = {
                    "action": "new",
                    "best": best_seen.reason() if best_seen else None,
                }
                story = StoryState(story_id, row.seq, None, None, 0, None, None, None)
                self.store.save_story(story)
            else:
                created = {e.story_id: self._story(e.story_id).created_seq for e in passing}
                best = max(passing, key=lambda e: (e.score, -created[e.story_id]))
                story_id, prob, action = best.story_id, best.centroid, "join"
                reason = {"action": "join", **best.reason()}
            self._add_member(story_id, row, prob, reason)
            for ev in passing:
                if ev.story_id == story_id:
                    continue
                target = self.store.resolve_story(story_id)
                other = self.store.resolve_story(ev.story_id)
                if other is None or target is None or other == target:
                    continue
                if self.cores_agree(self._story(target), self._story(other))[0]:
                    merged.append(self._merge_pair(target, other))
            for partner in self.store.constrained_with(row.article_id, "must"):
                merged += self._merge_with_partner(row.article_id, partner)
            if merged:
                action = "merge"
            final = self.store.resolve_story(story_id) or story_id
            self._touched.add(final)
            if row.article_id not in self.relinking:
                self.mean.add(row.doc, [row.lang])
                self.index.add([row.seq], row.doc[None, :])
                self._linked_seen += 1
                self.store.set_meta(f"linked:{self.model_name}", self._linked_seen)
            if not self._in_batch:
                self.store.set_meta(f"mean:{self.model_name}", self.mean.to_dict())
        return LinkDecision(row.article_id, final, action, round(prob, 4), tuple(merged))

    def _merge_with_partner(self, article_id: str, partner: str) -> list[str]:
        rows = self.store.link_rows(ids=[article_id, partner], model=self.model_name)
        found = {self.store.resolve_story(r.story_id) for r in rows if r.story_id}
        sids = [s for s in found if isinstance(s, str)]
        if len(sids) != 2:
            return []
        a, b = sorted(sids, key=lambda s: self._story(s).created_seq)
        return [self._merge_pair(a, b)]

    def _merge_pair(self, a: str, b: str) -> str:
        """Merge the younger of stories ``a`` and ``b`` into the older; return the younger id."""
        sa, sb = self._story(a), self._story(b)
        old, young = (sa, sb) if (sa.created_seq, sa.id) <= (sb.created_seq, sb.id) else (sb, sa)
        self._merge(young, old)
        self._touched.discard(young.id)
        self._touched.add(old.id)
        return young.id

    def consolidate(self, story_ids: Sequence[str] | None = None) -> list[str]:
        """Merge stories whose cores agree, starting from ``story_ids`` (default: touched ones).

        Each story is compared with the stories nearest its centroid
        (:meth:`cores_agree`); merged stories are compared again. Returns the
        ids merged away. Called at the end of each batch by
        :meth:`link_pending`, it makes the result depend less on the order the
        articles arrived in.
        """
        queue = sorted(set(story_ids if story_ids is not None else self._touched))
        self._touched = set()
        merged: list[str] = []
        seen_pairs: set[tuple[str, str]] = set()
        with self.store.transaction():
            while queue:
                sid = self.store.resolve_story(queue.pop(0))
                if sid is None:
                    continue
                story = self._story(sid)
                if story.centroid is None or not story.n_articles:
                    continue
                centroid = np.asarray(story.centroid, dtype=np.float32)
                norm = float(np.linalg.norm(centroid)) or 1.0
                for other in self._candidates(centroid / norm, None):
                    if other == sid or (min(sid, other), max(sid, other)) in seen_pairs:
                        continue
                    seen_pairs.add((min(sid, other), max(sid, other)))
                    if self.cores_agree(self._story(sid), self._story(other))[0]:
                        merged.append(self._merge_pair(sid, other))
                        queue.append(self.store.resolve_story(sid) or sid)
                        break
        self._touched = set()
        return merged

    def settle(self, ids: Sequence[str], consolidate: bool = True) -> list[LinkDecision]:
        """Link a batch's window again in publication order; return its new decisions.

        The window is ``ids`` (articles already linked) and the other
        members (the ``settle_members`` latest of each) of the stories they
        are in and of the stories they came close to (a core member with
        probability >= ``support``); with ``batch_order="published"`` a story
        of this batch's articles alone is left as it is (linked in that
        order already). They leave their stories (a story keeping older members is
        recomputed) and are linked again one by one in :func:`canonical_key`
        order against the rest of the store and each other, with the running
        mean fixed (they are in it already); then stories whose cores agree
        merge (:meth:`consolidate`). The order the batch's articles arrived
        in no longer matters. A story id the pass does not create again
        resolves to the story of the article that had started it; a user's
        splits and merges are kept. Cost: linking the window once more
        (pair scores only: the vectors are stored).
        """
        from storyline.link.edits import recompute_story

        cap = max(int(self.config.settle_members), 0)
        own: dict[str, str] = {}
        near: dict[str, set[str]] = {}
        for r in self.store.link_rows(ids=list(ids), model=self.model_name):
            live = self.store.resolve_story(r.story_id) if r.story_id else None
            if live is not None:
                own[r.article_id] = live
                near[r.article_id] = {
                    self.store.resolve_story(n) or n for n in self._near.get(r.article_id, ())
                }
        members = {
            sid: self.store.story_member_ids(sid)
            for sid in sorted(set(own.values()).union(*near.values()))
        }
        if self.config.batch_order == "published":
            # a story of this batch's articles alone was linked in canonical order already;
            # it is linked again only with an older story one of its articles came close to
            chosen = {sid for sid, m in members.items() if not own.keys() >= set(m)}
            grew = True
            while grew:
                grew = False
                for aid, sid in own.items():
                    if sid not in chosen and (near[aid] & chosen):
                        chosen.add(sid)
                        grew = True
        else:
            chosen = set(members)
        window: dict[str, None] = {}
        for sid in sorted(chosen):
            window.update(dict.fromkeys(a for a in members[sid] if a in own))
            window.update(dict.fromkeys(members[sid][-cap:] if cap else []))
        if not window:
            gone = self.consolidate() if consolidate else []
            return self._mark_merged([], gone)
        with self.store.transaction():
            left = self.store.unassign_articles(list(window))
            old = {}
            for sid in left:
                story = recompute_story(self.store, sid, self.model_name)
                if story is not None:
                    old[sid] = story.created_seq
        rows = sorted(
            self.store.link_rows(ids=list(window), model=self.model_name), key=canonical_key
        )
        self._pairs.clear()  # probabilities cached with an earlier running mean
        self._aligns.clear()
        self._touched = set()
        saved, self.relinking = self.relinking, self.relinking | set(window)
        try:
            decisions = [self.link_row(row) for row in rows]
        finally:
            self.relinking = saved
        gone = self.consolidate() if consolidate else []
        with self.store.transaction():
            for story_id, created_seq in sorted(old.items()):
                story = self.store.load_story(story_id)
                if story is None or story.merged_into is not None or story.n_articles > 0:
                    continue
                target = self.store.story_of_seq(created_seq)
                if target is not None and target != story_id:
                    target = self.store.resolve_story(target) or target
                    self.store.move_story_members(story_id, target)
        return self._mark_merged(decisions, gone)

    def _mark_merged(self, decisions: list[LinkDecision], gone: list[str]) -> list[LinkDecision]:
        """The last decision marked with the stories a consolidation merged away."""
        if gone and decisions:
            last = decisions[-1]
            decisions[-1] = LinkDecision(
                last.article_id,
                self.store.resolve_story(last.story_id) or last.story_id,
                "merge",
                last.probability,
                (*last.merged, *gone),
            )
        return decisions

    # -- updating stories --------------------------------------------------

    def _add_member(self, story_id: str, row: LinkRow, prob: float, reason: dict) -> None:
        story = self._story(story_id)
        n = story.n_articles
        vec = row.doc.astype(np.float64)
        story.centroid = (
            vec if story.centroid is None or n == 0 else (story.centroid * n + vec) / (n + 1)
        )
        story.n_articles = n + 1
        story.first_seen = _min_date(story.first_seen, row.published)
        story.last_seen = _max_date(story.last_seen, row.published)
        self.store.assign_article(row.article_id, story_id, prob, row.seq, reason)
        self._update_representative(story, row)
        self.store.save_story(story)

    def _update_representative(self, story: StoryState, row: LinkRow) -> None:
        centroid = np.asarray(story.centroid, dtype=np.float64)
        if story.n_articles <= REP_EXACT_MAX:
            ids = self.store.story_member_ids(story.id)
            vecs = self.store.doc_vectors(ids, self.model_name)
            vecs[row.article_id] = row.doc
            order = {a: i for i, a in enumerate(ids)}
            best = max(vecs, key=lambda a: (float(vecs[a] @ centroid), -order.get(a, len(ids))))
        else:
            best = row.article_id
            if story.rep_article_id:
                old = self.store.doc_vectors([story.rep_article_id], self.model_name)
                rep = old.get(story.rep_article_id)
                if rep is not None and float(rep @ centroid) >= float(row.doc @ centroid):
                    best = story.rep_article_id
        if best != story.rep_article_id or story.title is None:
            story.rep_article_id = best
            story.title = self.store.article_titles([best]).get(best)

    def _merge(self, young: StoryState, old: StoryState) -> None:
        n = old.n_articles + young.n_articles
        if young.centroid is not None and old.centroid is not None and n:
            old.centroid = (old.centroid * old.n_articles + young.centroid * young.n_articles) / n
        elif old.centroid is None:
            old.centroid = young.centroid
        old.n_articles = n
        old.first_seen = _min_date(old.first_seen, young.first_seen)
        old.last_seen = _max_date(old.last_seen, young.last_seen)
        self.store.move_story_members(young.id, old.id)
        self.store.save_story(old)

    # -- driving -----------------------------------------------------------

    def link_pending(
        self,
        ids: Sequence[str] | None = None,
        progress: Callable[[LinkDecision], None] | None = None,
        batch: int = 256,
        flush: bool = True,
        keys: Mapping[str, str] | None = None,
        consolidate: bool = True,
    ) -> list[LinkDecision]:
        """Encode (if needed) and link every article not yet in a story, batch by batch.

        Inside a batch the articles are linked in arrival order
        (``TrackerConfig.batch_order="published"``: in publication order,
        :func:`canonical_key`). ``ids`` limits it to those articles (given in
        arrival order; ones already in a story are skipped). ``flush=False`` leaves saving the
        index to a later :meth:`flush`. ``keys`` gives link keys already
        computed (by article id), so encoding need not compute them again.
        ``batch`` articles are encoded in one encoder call; after each batch
        :meth:`consolidate` merges the stories it touched whose cores agree
        (unless ``consolidate=False``).
        """
        if ids is None:
            pending = self.store.articles_without_story()
        else:
            linked = {
                r.article_id
                for r in self.store.link_rows(ids=ids, model=self.model_name)
                if r.story_id is not None
            }
            pending = [i for i in ids if i not in linked]
        decisions: list[LinkDecision] = []
        for start in range(0, len(pending), batch):
            chunk = pending[start : start + batch]
            encode_missing(
                self.store, self.encoder, chunk, self.config.lead_chars, batch, keys=keys
            )
            rows = self.store.link_rows(ids=chunk, model=self.model_name)
            if self.config.batch_order == "published":
                rows = sorted(rows, key=canonical_key)
            with self.store.transaction():
                self._in_batch = True
                online = []
                for row in rows:
                    decision = self.link_row(row)
                    online.append(decision)
                    if progress is not None:
                        progress(decision)
                at = {aid: i for i, aid in enumerate(chunk)}
                online.sort(key=lambda d: at.get(d.article_id, len(at)))  # as they arrived
                if self.config.settle:
                    again = {d.article_id: d for d in self.settle(list(at), consolidate)}
                    online = [again.get(d.article_id, d) for d in online]
                elif consolidate:
                    online = self._mark_merged(online, self.consolidate())
                decisions.extend(online)
                self.store.set_meta(f"mean:{self.model_name}", self.mean.to_dict())
                self._in_batch = False
            self._pairs.clear()
            self._sides.clear()
            self._aligns.clear()
            self._near.clear()
        if flush:
            self.flush()
        return decisions
