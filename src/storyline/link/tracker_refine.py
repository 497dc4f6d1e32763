"""The tracker's second stage: near misses scored again with sentence-level evidence.

A candidate story an article falls just short of (:meth:`RefiningTracker._may_refine`)
is scored again with the two articles' headlines and first sentences aligned
(:func:`~storyline.link.align_evidence.pair_alignment`, :meth:`LinkModel.refine`).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from storyline.errors import StorylineError
from storyline.link.facts import penalise
from storyline.link.readable import unreadable
from storyline.link.sentences import linking_sentences
from storyline.link.support import StoryEvidence
from storyline.link.timing import TimeEvidence
from storyline.link.tracker_config import raise_required
from storyline.link.tracker_state import TrackerState
from storyline.store.story_records import LinkRow, StoryState

__all__ = ["RefiningTracker"]


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


class RefiningTracker(TrackerState):
    """:class:`TrackerState` with the second stage (see the module docstring)."""

    def _may_refine(self, ev: StoryEvidence, timing: TimeEvidence) -> bool:
        """Whether a first-stage miss may get the second stage (sentence-level evidence).

        Only a near miss (core support within ``refine_band`` of what is
        required) whose time evidence says nothing against the story: no
        margin (within ``quiet_days`` of a dated story, or neither side
        dated with no stated day or year apart); an article whose date is
        unknown against a dated story never gets it (it lifted a same-actor
        report of another year into an event's story). With
        ``refine_floor``, a core member's own probability must reach it;
        with ``refine_undated=False``, both sides must be dated. Never for a
        follow-up (``ev.followup``): its report restates the incident's facts
        sentence by sentence (a captain remanded two days after the cable cut
        his ship's anchor dragged aligned with the cut's reports).
        """
        if not self._can_refine or ev.passes or not ev.core or ev.followup:
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
            required=raise_required(ev.required, bump),
            support_required=raise_required(ev.support_required, bump),
            centroid=cent_p,
            support=float(member_p.mean()),
            matched=matched,
            best_member=float(member_p.max()),
            across=max(
                (float(p) for m, p in zip(core, member_p, strict=True) if m.lang != row.lang),
                default=0.0,
            ),
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
        shifts = self._conflicts(row, core)
        member_p = penalise(model.refine(feats, align, gaps), shifts)
        if centroid is None:
            return member_p, float(member_p.max()), shown, align
        best = np.argsort(-member_p, kind="stable")[:3]
        langs = [m.lang for m in core]
        cfeats, cgaps = self._pair_features(row, [core[i] for i in best], centroid, gap, langs)
        cent_p = float(penalise(model.refine(cfeats, align[best], cgaps), shifts[best]).max())
        return member_p, cent_p, shown, align

    def refined_probabilities(
        self, row: LinkRow, others: Sequence[LinkRow], side: Any = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Second-stage same-event probability of ``row`` with each of ``others``, and its bar.

        Each pair is scored as the second stage scores a core member: the
        two articles' headlines and first sentences aligned
        (:meth:`LinkModel.refine`); each article's encoded headline and
        sentences come from this tracker's batch, the store's cache, or are
        encoded once and kept there. ``side``: ``row``'s own
        (:func:`~storyline.link.align_evidence.encode_align_side`), for an
        article that is not stored. The bar is what the tracker holds a
        refined probability to: the join threshold or, with no ``threshold``
        set, the model's bar for refined decisions of that pair
        (``LinkModel.decision_threshold``), whichever is higher. Returns
        ``(probabilities, bars)``, one of each per row of ``others``.

        Raises
        ------
        StorylineError
            When the pair model has no second stage (``can_refine`` false).

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.link.tracker import Tracker
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> row = LinkRow(1, "a", "en", None, np.ones(8) / 8**0.5, None, None)
        >>> t.refined_probabilities(row, [])
        (array([], dtype=float64), array([], dtype=float64))
        """
        if not getattr(self.model, "can_refine", False):
            raise StorylineError("the pair model has no second stage (sentence-level evidence)")
        if not others:
            return np.zeros(0), np.zeros(0)
        if side is not None:
            self._sides[row.article_id] = side
        probs, _, _, align = self._refined(row, list(others), None, None)
        bars = np.full(len(others), self.threshold)
        decide = getattr(self.model, "decision_threshold", None)
        if self.config.threshold is None and decide is not None:
            bars = np.maximum(bars, [float(decide(a)) for a in align])
        probs = np.asarray(probs, dtype=np.float64)
        probs[[unreadable(row.keys) or unreadable(m.keys) for m in others]] = 0.0  # noise
        return probs, bars
