"""What a story tracker holds, and the first-stage pair probabilities it computes.

:class:`TrackerState` is the base of :class:`storyline.link.tracker.Tracker`:
the store, the ANN index, the running mean of the vectors, the per-batch
caches, the stories' cores, the pair model's probabilities (title + lead
vectors and link keys) and the updates of a story's centroid, dates and
representative article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from storyline.encode import Encoder
from storyline.link.decide import LinkModel, fact_keys, pair_link_features
from storyline.link.facts import conflict_shifts, penalise
from storyline.link.index import VectorIndex
from storyline.link.ports import LinkStore
from storyline.link.readable import unreadable
from storyline.link.recalled_figures import figure_recall_conflict
from storyline.link.timing import gap_days
from storyline.link.tracker_config import TrackerConfig, _max_date, _min_date, join_threshold
from storyline.link.vectors import vector_key
from storyline.store.story_records import LinkRow, StoryState

__all__ = ["TrackerState"]

REP_EXACT_MAX = 50
"""Up to this many members the representative article is recomputed exactly."""

CORE_SCAN_MAX = 400
"""Members whose vectors are read to pick a large story's core (the latest ones)."""


class TrackerState:
    """A tracker's state, stories' cores and first-stage pair probabilities.

    Parameters as :class:`storyline.link.tracker.Tracker`'s.
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
        # the count first: a writer committing while the index and mean are read then
        # shows as a moved count, and catch_up() reads them again
        self._linked_seen = 0 if fresh_index else self._linked_count()
        if fresh_index:
            from storyline.link.index import index_path

            self.index = VectorIndex(self.dim, index_path(store.path, self.model_name))
        else:
            self.index = VectorIndex.for_store(store, self.model_name, self.dim)
        self.mean = self.model.running_mean(encoder.name, self.dim)
        if not fresh_index:
            self.mean.load(store.get_meta(f"mean:{self.model_name}"))
        self._touched: set[str] = set()
        self._in_batch = False
        self.relinking: set[str] = set()
        self._evicted: set[str] = set()  # moved out once (Tracker._evict; per settle pass)
        self._leaving: dict[str, dict] = {}  # why, recorded in its next reason
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
        fresh = self.model.running_mean(self.encoder.name, self.dim)
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

    def _core_among(
        self, story: StoryState, rows: Sequence[LinkRow], exclude: str | None = None
    ) -> list[LinkRow]:
        """:meth:`_core` from the rows of all the story's members, already read (in member
        order; a story of at most ``CORE_SCAN_MAX`` members): no store read per call."""
        ids = [r for r in rows if r.article_id != exclude]
        size = self.config.core_size
        if len(ids) > size and story.centroid is not None:
            centroid = np.asarray(story.centroid, dtype=np.float64)
            order = {r.article_id: i for i, r in enumerate(ids)}
            ids = sorted(ids, key=lambda r: (-float(r.doc @ centroid), order[r.article_id]))
        return ids[:size]

    # -- probabilities ---------------------------------------------------

    def _pair_probs(
        self,
        row: LinkRow,
        others: Sequence[LinkRow],
        vector: np.ndarray | None = None,
        gap: float | None = None,
        centre_langs: Sequence[str] = (),
    ) -> np.ndarray:
        """Same-event probability of ``row`` with each of ``others``.

        ``vector`` replaces the others' document vectors (a story centroid,
        centred on the mean of its members' language means, ``centre_langs``,
        else on the overall mean; its keys are each member's in turn), and
        ``gap`` their publication gaps (the gap to the story's date span).
        """
        if not others or unreadable(row.keys):  # a text the encoder cannot read: noise
            return np.zeros(len(others))
        feats, gaps = self._pair_features(row, others, vector, gap, centre_langs)
        probs = penalise(self.model.probability(feats, gaps), self._conflicts(row, others))
        if vector is None:  # nor can a member's vector of noise be evidence
            probs[[unreadable(m.keys) for m in others]] = 0.0
        return probs

    def _conflicts(self, row: LinkRow, others: Sequence[LinkRow]) -> np.ndarray:
        """Logit shift of each pair whose typed facts conflict (``fact_conflict``; see
        :mod:`storyline.link.facts`): the same actors' other occurrence."""
        shifts = conflict_shifts(
            fact_keys(row.keys), [fact_keys(m.keys) for m in others], self.config.fact_conflict
        )
        for i, m in enumerate(others):  # it recalls as an earlier event what m states, or back
            if not shifts[i] and figure_recall_conflict(row.keys, m.keys):
                shifts[i] = -self.config.fact_conflict
        return shifts

    def _pair_features(
        self,
        row: LinkRow,
        others: Sequence[LinkRow],
        vector: np.ndarray | None = None,
        gap: float | None = None,
        centre_langs: Sequence[str] = (),
    ) -> tuple[np.ndarray, list[float | None]]:
        """The pair model's feature rows and publication gaps behind :meth:`_pair_probs`.

        A story's centroid (``vector``) is centred on the mean of its members' language
        means (``centre_langs``, one per member): the centroid of centred members.
        """
        per_lang = self.config.per_language
        own = self.mean.value(row.lang) if per_lang else self.mean.value()
        centre = self.mean.value()
        if vector is not None and per_lang and centre_langs:
            centre = self.mean.of_members(centre_langs)
        feats, gaps = [], []
        for m in others:
            vec = m.doc if vector is None else vector
            other = self.mean.value(m.lang) if vector is None else centre
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

    def pair_probabilities(self, row: LinkRow, others: Sequence[LinkRow]) -> np.ndarray:
        """First-stage same-event probability of ``row`` with each of ``others``.

        Title + lead vectors and link keys, each side centred on its own
        language's running mean (the second stage:
        :meth:`~storyline.link.tracker_refine.RefiningTracker.refined_probabilities`).

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.link.tracker import Tracker
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> row = LinkRow(1, "a", "en", None, np.ones(8) / 8**0.5, None, None)
        >>> p = t.pair_probabilities(row, [row])
        >>> p.shape, bool(0.0 <= p[0] <= 1.0)
        ((1,), True)
        """
        return self._pair_probs(row, others)

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

    def _cannot(self, article_id: str) -> set[str]:
        return self.store.constrained_with(article_id, "cannot")

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
