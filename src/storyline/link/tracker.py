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
   (:func:`~storyline.link.timing.time_evidence`): the gap to the story's
   date span, a margin when the story has been quiet for more than
   ``quiet_days``, when the article's date is unknown, and more when the
   days or years its headline and lead state fall outside the story's (an
   undated article's days are an estimate: a stated day near the story's
   dates counts, one far from them is evidence against);
4. joins the best-supported story whose evidence passes (a story the time
   evidence argues against, asking more than an unknown date does, counts
   its core support less by that much), else starts a new
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

The class is built in layers, each module one step, each class the base of
the next: :mod:`.tracker_config` (settings, decisions), :mod:`.tracker_state`
(store, index, running mean, first-stage pair probabilities, story updates),
:mod:`.tracker_refine` (the second stage), :mod:`.tracker_evidence`
(candidates, the first stage), :mod:`.tracker_merge` (merging), and here
:class:`Tracker` (linking one article, settling a batch, driving batches).

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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from storyline.link.readable import unreadable
from storyline.link.support import StoryEvidence
from storyline.link.timing import gap_days
from storyline.link.tracker_config import (
    LinkDecision,
    _max_date,
    _min_date,
    canonical_key,
    story_id_for,
)
from storyline.link.tracker_config import (  # re-exported: callers import them from here
    TrackerConfig as TrackerConfig,
)
from storyline.link.tracker_config import (
    join_threshold as join_threshold,
)
from storyline.link.tracker_merge import MergingTracker
from storyline.link.vectors import encode_missing
from storyline.store.story_records import LinkRow, StoryState

__all__ = ["ACROSS_TIME", "STATED_DAY_SLACK", "Tracker", "off_its_day"]

_gap_days = gap_days  # kept for callers of the old private name


STATED_DAY_SLACK = 1.0
"""Days an undated article's stated day may lie from a story's dates and still fall on them
(reports come out the day of their event or the next)."""


ACROSS_TIME = 0.1
"""How much of its agreement with a report in another language a story loses, in choosing
between stories, where the time evidence argues against it (:meth:`Tracker._choose`): an
undated report recalling one story's year as an earlier occurrence's agreed 0.96 with it,
0.92 with its own event's; an undated report agreeing 0.97 with its event's dated story
against another weekday, 0.83 with a story of another event, still takes its event's."""


EVICT_SCAN = 2
"""A story of up to this many times ``core_size`` members has each of them weighed against
the rest of its core after a join (:meth:`Tracker._evict`), a larger one only its core's:
the core is the members nearest the centroid, so the member furthest from it, the likeliest
intruder, is the one a core-only scan never weighs."""

EVEN_ODDS = 0.5
"""The pair probability below which a member agrees with no report in another language
(:meth:`Tracker._apart_in_content`); the same even odds at which a core member counts as
matched (:attr:`StoryEvidence.matched`)."""


def off_its_day(ev: Any) -> bool:
    """Whether the day an undated article states lies more than :data:`STATED_DAY_SLACK` days
    from this candidate story's dates (``False`` when no stated day placed it).

    Between stories that both pass, the one whose dates the stated day falls on is taken
    first: a Russian report of a fire stating "20 March" scored higher with a
    same-language report of the fire a week later than with the event's own story,
    dated 20 March, and carried it in.

    Examples
    --------
    >>> from storyline.link.support import StoryEvidence
    >>> on = StoryEvidence("a", 0.98, 0.81, 5, (), 0.7, 0.55, "", stated=0.0)
    >>> week = StoryEvidence("b", 0.99, 0.89, 2, (), 0.7, 0.55, "", stated=7.0)
    >>> off_its_day(on), off_its_day(week), off_its_day(StoryEvidence("c", 0.9, 0.9, 1, (), 0.6, 0.45, ""))
    (False, True, False)
    """
    return ev.stated is not None and ev.stated > STATED_DAY_SLACK


class Tracker(MergingTracker):
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
                if unreadable(row.keys):  # its vector is noise: nothing links it by content
                    reason["unread"] = True
                story = StoryState(story_id, row.seq, None, None, 0, None, None, None)
                self.store.save_story(story)
            else:
                best = self._choose(passing)
                story_id, prob, action = best.story_id, best.centroid, "join"
                reason = {"action": "join", **best.reason()}
                if len(passing) > 1:
                    reason["chosen"] = self._choice_note(best, passing)
            left = self._leaving.pop(row.article_id, None)
            if left is not None:  # moved out of a story whose core no longer took it
                reason["left"] = left
            self._add_member(story_id, row, prob, reason)
            if action == "join":
                self._evict(story_id, row.article_id)
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

    def _evict(self, story_id: str, joined: str) -> str | None:
        """After ``joined`` joined ``story_id``, move out the core member its core now rejects.

        A member the rest of the core would not take now, with evidence
        against it (the time or a typed fact asks more than an unknown date:
        :meth:`_time_against`), leaves and is linked again like a new
        arrival: one at a time, a same-actor report of another occurrence that
        arrived first started the story the event's reports then joined (a
        blacklisting two weeks after a bridge collapse, an appeal against a
        ban), and stayed there. With no time evidence against it, a member
        leaves only when it falls ``evict_content`` short and its sentences do
        not agree either (the same police's drug raid that morning, published
        first, took the Russian report of their bank rescue; the rescue's
        reports in four more languages followed, agreeing 0.3 with the raid's).
        The member is weighed against the story as it would be without it
        (:meth:`_story_without`). Only with a core of two or more left, never a
        member the user placed (``must`` constraints); at most one per join
        (the one furthest below what it needs). Returns the moved article's id.
        """
        if self.config.evict <= 0 and self.config.evict_content <= 0:
            return None
        story = self._story(story_id)
        members = self.store.story_member_ids(story_id)
        if len(members) < 3:
            return None
        worst: tuple[float, LinkRow, StoryEvidence] | None = None
        small = len(members) <= EVICT_SCAN * self.config.core_size
        if small:
            # every member: the one furthest from the centroid, out of the core, is the likeliest
            candidates = self.store.link_rows(ids=members, model=self.model_name)
            published: list[str | None] | None = [r.published for r in candidates]
        else:
            candidates, published = self._core(story), None
        for member in candidates:
            if member.article_id == joined or member.article_id in self._evicted:
                continue
            if self.store.constrained_with(member.article_id, "must"):
                continue
            core = (
                self._core_among(story, candidates, member.article_id)
                if small
                else self._core(story, exclude=member.article_id)
            )
            if len(core) < 2:
                continue
            if published is None and member.published in (story.first_seen, story.last_seen):
                rows = self.store.link_rows(ids=members, model=self.model_name)
                published = [r.published for r in rows]
            dates = published or [story.first_seen, story.last_seen, member.published]
            without = self._story_without(story, member, dates)
            ev = self.evidence(member, without, core, refine=False)
            if ev.passes:
                continue
            short = ev.support - ev.support_required
            if self._time_against(ev) > 0:
                if short > -self.config.evict:
                    continue
            elif not self._apart_in_content(member, core, ev, short):
                continue
            elif self.evidence(member, without, core).passes:
                continue  # its sentences agree: an odd lead, not another event
            if worst is None or short < worst[0]:
                worst = (short, member, ev)
        if worst is None:
            return None
        from storyline.link.edits import recompute_story

        _, member, ev = worst
        self._evicted.add(member.article_id)
        self._leaving[member.article_id] = {
            "story": story_id,
            "support": round(ev.support, 4),
            "support_required": round(ev.support_required, 4),
            "time": ev.time,
        }
        self.store.unassign_articles([member.article_id])
        if story_id == story_id_for(member.article_id):
            # it started the story: the rest go on under the id of their first member, so
            # that a story it starts again does not take theirs
            rest = self.store.story_member_ids(story_id)
            renamed = replace(story, id=story_id_for(rest[0]), merged_into=None)
            self.store.save_story(renamed)
            self.store.move_story_members(story_id, renamed.id)
            story_id = renamed.id
        recompute_story(self.store, story_id, self.model_name)
        saved, self.relinking = self.relinking, self.relinking | {member.article_id}
        try:
            self.link_row(member)
        finally:
            self.relinking = saved
        # the rest weighed again without it: a member that came in on the one moved out (a
        # same-outlet report of a stop-work notice that had joined the notice's story, which
        # the collapse's reports then joined) no longer has it to agree with
        self._evict(story_id, joined)
        return member.article_id

    def _apart_in_content(
        self, member: LinkRow, core: Sequence[LinkRow], ev: StoryEvidence, short: float
    ) -> bool:
        """Whether a member with no time evidence against it is apart from the rest of its
        story's core on content alone (:meth:`_evict`): ``evict_content`` short of the core
        support it needs, and agreeing with none of two or more reports in other languages
        at even odds (only reports of its own language carried it in: they share names,
        wording and often the outlet whether or not they tell of one event).

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> def row(i, lang):
        ...     return LinkRow(i, f"a{i}", lang, None, np.ones(2), None, "s")
        >>> core = [row(1, "ru"), row(2, "fa"), row(3, "ar")]
        >>> raid = StoryEvidence("s", 0.0, 0.38, 3, (), 0.6, 0.45, "", across=0.3)
        >>> t._apart_in_content(row(0, "ru"), core, raid, -0.07)
        True
        >>> late = StoryEvidence("s", 0.0, 0.42, 3, (), 0.6, 0.45, "", across=0.75)
        >>> t._apart_in_content(row(0, "tl"), core, late, -0.07)
        False
        >>> t._apart_in_content(row(0, "ru"), core, raid, -0.03)
        False
        """
        if self.config.evict_content <= 0 or short > -self.config.evict_content:
            return False
        others = sum(m.lang != member.lang for m in core)
        return others >= 2 and ev.across < EVEN_ODDS

    @staticmethod
    def _story_without(
        story: StoryState, member: LinkRow, published: Sequence[str | None]
    ) -> StoryState:
        """``story`` as it would be without ``member``: its dates those of the other members
        (``published``: every member's, ``member``'s once among them) and its centroid their
        mean. A member is weighed against the rest as it would be arriving: the announcement
        two days before an event, in the event's story, had stood "inside the story's dates"
        (its own) and was never a report of another day.

        Examples
        --------
        >>> import numpy as np
        >>> story = StoryState("s", 0, "2031-01-20", "2031-01-23", 3, np.ones(2), None, None)
        >>> member = LinkRow(0, "a", "ru", "2031-01-20", np.array([1.0, 1.0]), None, "s")
        >>> rest = Tracker._story_without(story, member, ["2031-01-20", "2031-01-22", "2031-01-23"])
        >>> rest.first_seen, rest.last_seen, rest.n_articles
        ('2031-01-22', '2031-01-23', 2)
        """
        others = list(published)
        if member.published in others:
            others.remove(member.published)
        first = last = None
        for day in others:
            first, last = _min_date(first, day), _max_date(last, day)
        n = story.n_articles
        centroid = story.centroid
        if centroid is not None and n > 1:
            centroid = (np.asarray(centroid, np.float64) * n - member.doc) / (n - 1)
        return replace(
            story,
            first_seen=first,
            last_seen=last,
            n_articles=max(n - 1, 0),
            centroid=centroid,
        )

    def _choose(self, passing: Sequence[StoryEvidence]) -> StoryEvidence:
        """The story an article joins among those whose evidence passes.

        An undated article whose stated day falls on a story's dates takes that
        one first (:func:`off_its_day`); then the story holding the report in
        another language it agrees with most (:attr:`StoryEvidence.across`):
        same-language reports of the same actors share names, wording and often
        the outlet, and score high whether or not they tell of one event (a
        Russian report of a minister's resignation scored 0.91 with a Russian
        report of his successor sworn in a week later, 0.86 over the
        resignation's core of five languages; 0.97 with its Arabic report);
        agreement across a language is surer evidence of one event, less
        :data:`ACROSS_TIME` where the time evidence asks more of that story than
        an unknown date does (another weekday, other years: an undated report
        recalling the story's year as an earlier occurrence's agreed 0.96 with
        it, 0.92 with its own event's).
        Then, as between stories of its own language alone, one the time evidence
        argues against must do better than one it does not: the best core support
        less that, then the older story.

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> for sid in ("on", "week"):
        ...     t.store.save_story(StoryState(sid, 0, None, None, 0, None, None, None))
        >>> on = StoryEvidence("on", 0.98, 0.81, 5, (), 0.7, 0.55, "", stated=0.0)
        >>> week = StoryEvidence("week", 0.99, 0.89, 2, (), 0.7, 0.55, "", stated=6.0)
        >>> t._choose([week, on]).story_id, t._choose([week]).story_id
        ('on', 'week')
        >>> t.store.save_story(StoryState("same", 0, None, None, 0, None, None, None))
        >>> same = StoryEvidence("same", 0.91, 0.91, 1, ("x",), 0.6, 0.45, "")
        >>> many = StoryEvidence("on", 0.9, 0.86, 5, ("a", "b"), 0.6, 0.45, "", across=0.97)
        >>> t._choose([same, many]).story_id
        'on'
        >>> t.store.save_story(StoryState("then", 0, None, None, 0, None, None, None))
        >>> then = StoryEvidence("then", 0.97, 0.84, 2, (), 0.95, 0.8, "", across=0.96)
        >>> now = StoryEvidence("same", 0.93, 0.63, 5, (), 0.7, 0.55, "", across=0.92)
        >>> t._choose([then, now]).story_id
        'same'
        """
        created = {e.story_id: self._story(e.story_id).created_seq for e in passing}
        return max(
            passing,
            key=lambda e: (
                -off_its_day(e),
                self._across_less_time(e),
                e.support - self._time_against(e),
                e.score,
                -created[e.story_id],
            ),
        )

    def _choice_note(self, best: StoryEvidence, passing: Sequence[StoryEvidence]) -> str:
        """Why ``best`` was taken among the ``passing`` stories (the reason record's ``chosen``).

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> same = StoryEvidence("same", 0.91, 0.91, 1, ("x",), 0.6, 0.45, "")
        >>> many = StoryEvidence("many", 0.9, 0.86, 5, ("a", "b"), 0.6, 0.45, "", across=0.97)
        >>> t._choice_note(many, [same, many])
        'chosen over same (support 0.91): agrees 0.97 with a report in another language (0.00)'
        """
        others = [e for e in passing if e.story_id != best.story_id]
        over = ", ".join(f"{e.story_id} (support {e.support:.2f})" for e in others[:3])
        runner = max(others, key=self._across_less_time)
        if off_its_day(runner) and not off_its_day(best):
            why = "the day its text states falls on this story's dates"
        elif best.across > runner.across:
            why = (
                f"agrees {best.across:.2f} with a report in another language ({runner.across:.2f})"
            )
        elif self._across_less_time(best) > self._across_less_time(runner):
            less = runner.across - self._across_less_time(runner)
            why = (
                f"agrees {best.across:.2f} with a report in another language ({runner.across:.2f}"
                f", less {less:.2f}: its time evidence argues against it)"
            )
        else:
            why = "the best core support less what the time evidence asks beyond an unknown date"
        return f"chosen over {over}: {why}"

    def _across_less_time(self, ev: StoryEvidence) -> float:
        """``ev.across`` less :data:`ACROSS_TIME` when the time evidence argues against the
        story (:meth:`_time_against`): agreement across languages is compared in steps that
        size, and a step's difference is no evidence against what time says.

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> then = StoryEvidence("then", 0.97, 0.84, 2, (), 0.95, 0.8, "", across=0.96)
        >>> round(t._across_less_time(then), 2)
        0.86
        """
        return ev.across - min(ACROSS_TIME, self._time_against(ev))

    def _time_against(self, ev: Any) -> float:
        """How much more core support the time evidence asks of ``ev``'s story than an
        unknown date does (0 when it asks no more: inside its days, an unknown date).

        Examples
        --------
        >>> from storyline.encode import HashingEncoder
        >>> from storyline.link.support import StoryEvidence
        >>> from storyline.store import Store
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(support=0.45))
        >>> weekday = StoryEvidence("s", 0.99, 0.96, 1, (), 0.95, 0.80, "another weekday")
        >>> unknown = StoryEvidence("s", 0.99, 0.95, 2, (), 0.70, 0.55, "date unknown")
        >>> round(t._time_against(weekday), 2), round(t._time_against(unknown), 2)
        (0.25, 0.0)
        """
        extra = ev.support_required - self.support - self.config.unknown_margin
        return max(0.0, round(float(extra), 9))  # 0.55 - 0.45 - 0.1 is no margin

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
        mean fixed (they are in it already). When one of them joins a story
        outside the window, that story's latest members were linked before
        them only because the pass left them out: the pass is run once more
        with them in the window (an undated report of the hackers' leak,
        alone, took the first of the attack's reports linked again, and the
        rest followed it). Then stories whose cores agree merge
        (:meth:`consolidate`). Each pass starts with no member marked as
        moved out (:meth:`_evict` moves a member out once per pass; a mark
        carried over from the arrivals kept a union's warning in the
        rockfall's story it had started). The order the batch's articles
        arrived in no longer matters. A story id the pass does not create again
        resolves to the story of the article that had started it; a user's
        splits and merges are kept. Cost: linking the window once more
        (pair scores only: the vectors are stored).
        """
        from storyline.link.edits import recompute_story

        self._pairs.clear()  # probabilities cached with an earlier running mean
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
        old: dict[str, int] = {}
        for _ in range(2):
            with self.store.transaction():
                left = self.store.unassign_articles(list(window))
                for sid in left:
                    story = recompute_story(self.store, sid, self.model_name)
                    if story is not None:
                        old.setdefault(sid, story.created_seq)
            rows = sorted(
                self.store.link_rows(ids=list(window), model=self.model_name), key=canonical_key
            )
            self._aligns.clear()
            # each pass links its window afresh: a member moved out once while the batch
            # arrived may be moved out again (an eviction is once per member per pass)
            self._evicted.clear()
            self._touched = set()
            saved, self.relinking = self.relinking, self.relinking | set(window)
            try:
                decisions = [self.link_row(row) for row in rows]
            finally:
                self.relinking = saved
            # a story outside the window that its articles joined: its members were linked
            # before them only because the pass left them out; link them again together
            outside = [
                m
                for sid in sorted({d.story_id for d in decisions if d.action == "join"})
                for m in (self.store.story_member_ids(sid)[-cap:] if cap else [])
                if m not in window
            ]
            if not outside:
                break
            window.update(dict.fromkeys(outside))
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
            with self.store.transaction():
                # Read inside the write transaction: another writer (an ingest's first
                # link_pending, the web app) may have linked some of these since they
                # were listed; linking one again would count it in two stories. Catch up
                # first: the batch may link nothing and still writes the running mean.
                self.catch_up()
                rows = [
                    r
                    for r in self.store.link_rows(ids=chunk, model=self.model_name)
                    if r.story_id is None
                ]
                if self.config.batch_order == "published":
                    rows = sorted(rows, key=canonical_key)
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
                    # the batch's pairs were scored while the running mean (each language's
                    # centring) still lacked the articles after them: score merges afresh
                    # (their sentence alignments are kept: aligned once per batch)
                    self._pairs.clear()
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
