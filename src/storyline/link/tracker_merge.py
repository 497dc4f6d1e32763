"""Merging stories: only when their cores agree (never through one bridge article).

:meth:`MergingTracker.cores_agree` scores every pair of the two cores and the
two centroids, under the time evidence; :meth:`MergingTracker.consolidate`
merges the stories a batch touched with the nearest ones whose cores agree.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.link.decide import pair_link_features
from storyline.link.event_day import ahead_of_its_day
from storyline.link.facts import penalise
from storyline.link.timing import ahead_of, gap_days, text_days
from storyline.link.tracker_config import LinkDecision, _max_date, _min_date
from storyline.link.tracker_evidence import (
    EvidenceTracker,
    ahead_first,
    core_time_keys,
    days_from_most,
    followup_days,
    median_published,
)
from storyline.store.story_records import LinkRow, StoryState

__all__ = ["MergingTracker", "without_bridge"]


def without_bridge(probs: np.ndarray) -> float:
    """The mean pair probability of two cores once each side's best-agreeing member is left out.

    ``probs[i, j]``: core member ``i`` of one story against member ``j`` of the
    other. A merge must not rest on one article: a report that joined a story
    of another occurrence (an undated event report in the story of the
    same actors' fire a week later) agrees with the event's story and carries its
    story-mates along. Leaving out the member that agrees most on each side of
    two or more members, the rest must still agree; a side of one member
    is kept (one article against a story is the join decision).

    Examples
    --------
    >>> import numpy as np
    >>> bridge = np.array([[0.95, 0.9, 0.92], [0.1, 0.05, 0.1]])  # one member carries it
    >>> round(float(bridge.mean()), 2), round(without_bridge(bridge), 2)
    (0.5, 0.08)
    >>> agree = np.array([[0.9, 0.8, 0.7], [0.7, 0.6, 0.8]])
    >>> round(without_bridge(agree), 2)
    0.7
    >>> round(without_bridge(np.array([[0.9, 0.2]])), 2)
    0.2
    """
    rows, cols = probs.shape
    keep_r = np.ones(rows, bool)
    keep_c = np.ones(cols, bool)
    if rows > 1:
        keep_r[int(np.argmax(probs.mean(axis=1)))] = False
    if cols > 1:
        keep_c[int(np.argmax(probs.mean(axis=0)))] = False
    return float(probs[np.ix_(keep_r, keep_c)].mean())


class MergingTracker(EvidenceTracker):
    """:class:`EvidenceTracker` with merging (see the module docstring)."""

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
        probs = np.stack([self._cached_pair_probs(m, core_b) for m in core_a])
        mean = float(probs.mean())
        need, need_centroid = self.merge_threshold, self.threshold
        first = _max_date(a.first_seen, b.first_seen)
        last = _min_date(a.last_seen, b.last_seen)
        apart = gap_days(last, first) if first and last and first > last else None
        if apart is not None and apart > cfg.quiet_days:
            need += cfg.quiet_margin
        timing = self._merge_time_margin(a, b, core_a, core_b)
        if apart is not None and apart <= cfg.quiet_days and ahead_of(last, first, cfg.ahead_days):
            timing += cfg.ahead_margin  # one story days ahead of the other: a step before it
        elif apart is not None and apart <= cfg.quiet_days and cfg.ahead_margin:
            earlier, later = (a, core_b) if (a.last_seen or "") < (b.last_seen or "") else (b, core_a)
            reports = [(m.published, text_days(m.keys)) for m in later]
            if ahead_of_its_day(earlier.last_seen, reports):
                timing += cfg.ahead_margin  # out before the day the other's reports give
        silent = apart is None and (a.first_seen is None or b.first_seen is None)
        # most of one core's reports days from most of the other's: a next-day report in
        # the incident's story does not carry its dates up to the follow-up's
        most = days_from_most(median_published(core_b), [m.published for m in core_a])
        apart_most = max((d for d in (apart, most) if d is not None), default=None)
        days_apart = apart_most is not None and apart_most >= followup_days(core_a + core_b)
        if (silent or days_apart) and self._followups_apart(
            core_a, core_b
        ):  # a follow-up's story against the incident's: as for one article (tracker_evidence)
            timing += cfg.year_margin * (2.0 if ahead_first(core_a, core_b) else 1.0)
        elif self._same_days_apart(core_a, core_b):  # "second blaze in a day": its dates can't tell
            timing += cfg.year_margin
        need += timing  # one side undated: unknown is not compatible, stated days decide
        need_centroid += timing
        if mean < need or without_bridge(probs) < need:
            return False, mean
        return self._centroids_agree(a, b, core_a, core_b) >= need_centroid, mean

    def _followups_apart(self, core_a: list[LinkRow], core_b: list[LinkRow]) -> bool:
        """Whether most of one core's headlines disagree with the other core on a follow-up
        action (:meth:`_followup_against`: an administrator appointed against the grounding),
        or their dated leads name a later day than most of the other's (:meth:`_later_weekday`:
        a reward on Tuesday against a record on Saturday)."""
        return any(
            2 * sum(self._followup_against(m, other) or self._later_weekday(m, other) for m in mine)
            > len(mine)
            for mine, other in ((core_a, core_b), (core_b, core_a))
        )

    def _same_days_apart(self, core_a: list[LinkRow], core_b: list[LinkRow]) -> bool:
        """Whether most of one core's headlines report another occurrence the same day and most
        of the other's do not (:meth:`_same_day_against`: the brigade's second fire "in a day"
        against the market fire's reports), whatever their dates."""
        return any(
            2 * sum(self._same_day_against(m, other) for m in mine) > len(mine)
            for mine, other in ((core_a, core_b), (core_b, core_a))
        )

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
        years_a, stated_a, recalled_a = core_time_keys(core_a)
        years_b, stated_b, recalled_b = core_time_keys(core_b)
        return self.config.time_evidence(
            None,
            years_b,
            a.first_seen,
            a.last_seen,
            story_years=years_a,
            stated=stated_b,
            story_stated=stated_a,
            recalled=recalled_b,
            story_recalled=recalled_a,
        ).margin

    def _centroids_agree(
        self, a: StoryState, b: StoryState, core_a: list[LinkRow], core_b: list[LinkRow]
    ) -> float:
        """Probability between the two centroids (with each pair of core members' keys)."""
        if a.centroid is None or b.centroid is None:
            return 0.0
        mean_a, mean_b = self.mean.value(), self.mean.value()
        if self.config.per_language:  # each centroid on its members' language means
            mean_a = self.mean.of_members([m.lang for m in core_a])
            mean_b = self.mean.of_members([m.lang for m in core_b])
        ca, cb = np.asarray(a.centroid), np.asarray(b.centroid)
        feats = [
            pair_link_features(ca, cb, x.keys, y.keys, x.lang, y.lang, mean_a, mean_b)
            for x in core_a
            for y in core_b
        ]
        gap = None
        if a.first_seen and b.first_seen:
            first = _max_date(a.first_seen, b.first_seen)
            last = _min_date(a.last_seen, b.last_seen)
            gap = gap_days(last, first) if first and last and first > last else 0.0
        probs = self.model.probability(np.array(feats), [gap] * len(feats))
        shifts = np.concatenate([self._conflicts(x, core_b) for x in core_a])
        return float(penalise(probs, shifts).max())

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
                for other in self._candidates(centroid / norm, None, *self._searched_as(story)):
                    if other == sid or (min(sid, other), max(sid, other)) in seen_pairs:
                        continue
                    seen_pairs.add((min(sid, other), max(sid, other)))
                    if self.cores_agree(self._story(sid), self._story(other))[0]:
                        merged.append(self._merge_pair(sid, other))
                        queue.append(self.store.resolve_story(sid) or sid)
                        break
        self._touched = set()
        return merged

    def _searched_as(self, story: StoryState) -> tuple[str | None, str | None, str | None]:
        """The language, link keys and date a story's merge candidates are looked up with.

        A story written in one language looks for stories as its articles do
        (:meth:`_candidates`): its centroid sits nearest stories of its own
        language, so the nearest stories in other languages, and those of its
        days, get places too; a story of one article also brings its keys and
        date (the sample's Persian corridor report, alone after the first
        report in another language had not come close, never met the story
        its English, Russian and Turkish reports formed: that story was not
        among its centroid's nearest).
        """
        core = self._core(story)
        langs = {m.lang for m in core}
        lang = next(iter(langs)) if len(langs) == 1 else None
        if len(core) != 1:
            return lang, None, None
        return lang, core[0].keys, core[0].published

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
