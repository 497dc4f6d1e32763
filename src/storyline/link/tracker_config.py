"""The story tracker's settings and decisions: :class:`TrackerConfig`, :class:`LinkDecision`.

Also the small rules every part of the tracker (:mod:`storyline.link.tracker`)
shares: the join threshold, a new story's id and the order a batch is linked in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.link.decide import LinkModel
from storyline.link.timing import TimeEvidence, time_evidence
from storyline.link.vectors import LEAD_CHARS
from storyline.store.story_records import LinkRow

__all__ = [
    "LinkDecision",
    "REQUIRED_KNEE",
    "TrackerConfig",
    "canonical_key",
    "join_threshold",
    "raise_required",
    "required_probability",
    "story_id_for",
]

DEFAULT_THRESHOLD = 0.6
"""Join threshold for a pair model without a calibrated ``threshold`` of its own."""


REQUIRED_KNEE = 0.99
"""Up to this probability, what a join requires is the threshold plus the margins; beyond it
the margins go on in logit (see :func:`required_probability`)."""

_KNEE_LOGIT = math.log(REQUIRED_KNEE / (1.0 - REQUIRED_KNEE))
_KNEE_SLOPE = 1.0 / (REQUIRED_KNEE * (1.0 - REQUIRED_KNEE))  # d logit / dp at the knee


def required_probability(base: float, margin: float = 0.0) -> float:
    """The probability an article needs: ``base + margin``, continued in logit beyond 0.99.

    Time and content margins add to what a join requires; a plain sum stops
    making sense near 1, and a cap at 0.99 let a pair scored 0.99 through
    whatever the evidence against it (undated same-language reports of the
    same actors score 0.93-0.99: held-out corpus, session 12). Up to
    :data:`REQUIRED_KNEE` the sum is returned as it is; beyond, each further
    unit adds the logit the sum's slope has at the knee (~101 per unit:
    0.05 more margin, 5 logits), so a large margin can still stop a 0.99 pair.

    Examples
    --------
    >>> required_probability(0.6, 0.2)
    0.8
    >>> round(required_probability(0.6, 0.39), 4)
    0.99
    >>> required_probability(0.6, 0.45) > 0.998
    True
    >>> required_probability(0.6, 0.55) > 0.99999
    True
    """
    x = base + margin
    if x <= REQUIRED_KNEE:
        return x
    return 1.0 / (1.0 + math.exp(-(_KNEE_LOGIT + (x - REQUIRED_KNEE) * _KNEE_SLOPE)))


def raise_required(required: float, by: float) -> float:
    """What :func:`required_probability` gave, raised by ``by`` more margin.

    Examples
    --------
    >>> round(raise_required(0.7, 0.1), 3)
    0.8
    >>> p = required_probability(0.6, 0.45)
    >>> abs(raise_required(p, 0.0) - p) < 1e-9, raise_required(p, 0.05) > p
    (True, True)
    """
    if required <= REQUIRED_KNEE:
        return required_probability(required, by)
    p = min(max(required, 1e-15), 1.0 - 1e-15)
    x = REQUIRED_KNEE + (math.log(p / (1.0 - p)) - _KNEE_LOGIT) / _KNEE_SLOPE
    return required_probability(x, by)


@dataclass(frozen=True)
class TrackerConfig:
    """Linking parameters (see the module docstring).

    The thresholds are same-event probabilities of the pair model
    (:class:`LinkModel`). ``threshold`` is what the probability against a
    story's centroid must reach (``None``: the model's calibrated
    ``threshold``), ``support`` what the mean probability over its core must
    reach (``None``: three quarters of ``threshold``; a story of one article:
    that article alone). Time evidence raises both by ``quiet_margin`` (an
    article more than ``quiet_days`` before the story's first date or after its
    last; at least ``unknown_margin + year_margin``, what an undated article
    stating a day that far needs: a date is surer evidence than a stated day),
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
    are pairs without dates, and pay least). ``settle`` (on by
    default): at the end of each batch, the batch's articles and the other
    members of the stories they ended in (at most ``settle_members`` latest
    per story) are linked again in publication order (:meth:`Tracker.settle`):
    the stories a batch leaves do not depend on the order its articles
    arrived in, nor on how they were split into batches (one file at a time,
    a feed's poll).
    ``key_candidates``: besides the ``max_candidates`` nearest stories, up
    to this many farther ones (among the ``k`` nearest articles' stories)
    reached through an article naming one of the same specific places or
    people (0: none). ``time_candidates``: a dated article is also offered up to
    this many stories of its days (dates within ``quiet_days``) that the ``k``
    nearest articles did not reach, the nearest to it by centred cosine with
    their centroids (0: none): in a store of thousands, a report's nearest
    articles are its own language's reports of other events.
    ``centred_candidates``: up to this many more stories, reached through
    articles in other languages nearest to the article's vector moved off its
    language's running mean (0: none; :meth:`Tracker._across_languages`).
    ``fact_conflict``: the logit a pair's same-event
    probability loses when the two reports state a typed fact of one kind
    differently (another score, other rates: :mod:`storyline.link.facts`),
    evidence of another occurrence of the same actors' event (0: off).
    ``shared_facts``: the share of ``unknown_margin`` an undated article is
    spared when it states a figure (a score, a percentage, an amount, a
    serial number, a count of a noun) that at least half of the story's core,
    two members or more, states too (a story of one report: two figures of
    it), and nothing conflicts
    (:func:`~storyline.link.tracker_evidence.shared_figures`): specific
    evidence of the same occurrence where time is silent (0: off). The
    same share of ``unknown_margin`` is spared an undated article whose text
    names only another year than the story's (``year_margin`` stays), when it
    states such a figure or the occurrence's ordinal (the 27th summit), not a
    match's score (:attr:`~storyline.link.timing.TimeEvidence.named_years`).
    ``lone_report``: the share of ``unknown_margin`` an undated article is
    spared against a story of one dated report in another language, when
    nothing else argues against it
    (:func:`~storyline.link.tracker_evidence.lone_report_across`): the two
    reports of one occurrence that no other report tells, one dated and one
    not (0: off).
    ``lone_followup``: the same share, against the same story, when only a
    headline's follow-up action argues against it (one headline names a step
    after, or another occurrence, the other none: the follow-up margin,
    ``year_margin``, stays): the words a headline names a step with are read
    in some languages and not others, so two reports of one follow-up in two
    languages often disagree on it (0: off).
    ``two_figures``: how much lower the core support and the probability against
    the centroid an article needs are when it states two figures or more that at
    least half of the core states, and neither time nor a typed fact argues against
    (:func:`~storyline.link.tracker_evidence.shared_figure_count`): a Chinese
    report of Mexico's final duties stating the same 21.6% and 64.3% as every
    report of the core had a mean probability of 0.42 over them; a Low German
    report of a release with the core's three percentages had 0.63 against the
    centroid, of the 0.64 it needed (the centroid since session 48; 0: off).
    ``evict``: after a join, a core member the rest of the core would not take
    now, with the time evidence against it, leaves when its core support is this
    much short of what it needs (:meth:`Tracker._evict`; 0: never);
    ``evict_content``: one with no time evidence against it leaves when it is
    this much short, sentence evidence included, and agrees with none of the
    core's reports in other languages (another incident of the same actors the
    same day, published first, had started the story the event's reports then
    joined; 0: never).
    ``ahead_days``, ``ahead_margin``: an article published ``ahead_days``
    calendar days or more before a story's first dated report (and no more
    than ``quiet_days``)
    needs ``ahead_margin`` more, at a join, a merge and an eviction alike (a
    union's warning after a small tremor, three days before the rockfall it
    warned of, had started the rockfall's story; 0: off), as does a report
    out before the day a story's reports give their event
    (:func:`~storyline.link.event_day.ahead_of_its_day`). 0.25 since session
    57 (0.15 before): an arrest the day before a verdict, from the verdict's
    outlet, kept 0.61 of the 0.60 its eviction needed on top of the shared
    corpus; on the seventy held-out corpora no order of any corpus links worse.
    ``shared_recalled``: a day an undated report states more than ``quiet_days``
    from a story's dates is no distance when the story's reports state it too
    (:func:`~storyline.link.timing.recalled_together`: two reports of the
    arrests ten days after an accident both recall its day; False: off).

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
    quiet_margin: float = 0.35
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
    settle: bool = True
    settle_members: int = 64
    key_candidates: int = 2
    time_candidates: int = 2
    centred_candidates: int = 2
    fact_conflict: float = 5.0
    shared_facts: float = 1.0
    lone_report: float = 1.0
    lone_followup: float = 1.0
    two_figures: float = 0.1
    evict: float = 0.01
    evict_content: float = 0.06
    ahead_days: float = 2.0
    ahead_margin: float = 0.25
    shared_recalled: bool = True

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
        recalled: Sequence[int] = (),
        story_recalled: Sequence[int] = (),
    ) -> TimeEvidence:
        """:func:`~storyline.link.timing.time_evidence` with this config's days and margins.

        Examples
        --------
        >>> cfg = TrackerConfig()
        >>> cfg.time_evidence(None, [2026], "2025-03-09", "2025-03-11").margin == (
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
            recalled=recalled,
            story_recalled=story_recalled,
            ahead_days=self.ahead_days,
            ahead_margin=self.ahead_margin,
            shared_recalled=self.shared_recalled,
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
    >>> import numpy as np
    >>> rows = [LinkRow(1, "b", "en", None, np.zeros(2), None, None),
    ...         LinkRow(2, "c", "en", "2025-03-02", np.zeros(2), None, None),
    ...         LinkRow(3, "a", "en", "2025-03-02", np.zeros(2), None, None)]
    >>> [r.article_id for r in sorted(rows, key=canonical_key)]
    ['a', 'c', 'b']
    """
    return (row.published or "\uffff", row.article_id)


def _min_date(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max_date(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)
