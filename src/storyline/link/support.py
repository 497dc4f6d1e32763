"""Story-level evidence: how much of a story's core supports an article.

An article joins a story on the evidence of the story's *core* (its members
nearest the centroid, up to :attr:`TrackerConfig.core_size`), never on one
member: :class:`StoryEvidence` holds the probability against the centroid,
the mean probability over the core (*support*) and the core members it
matched, together with the time evidence (:func:`~storyline.link.timing.time_evidence`)
that sets how much content evidence is required. The same record, as JSON,
is what the store keeps as the reason an article joined (``storyline story
ID`` prints it as "joined because ..."; :func:`describe_reason`). One area
event (:func:`area_support`: a dust storm reported the same day in one
region) lowers the support it needs. The time evidence lives in
:mod:`storyline.link.timing`.

Examples
--------
>>> ev = StoryEvidence("s1", 0.9, 0.7, 3, ("a", "b"), 0.6, 0.5, "inside the story's dates")
>>> ev.passes, ev.reason()["matched"]
(True, ['a', 'b'])
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.link.eventkinds import PLACE_KEYS
from storyline.link.timing import parse_time

__all__ = [
    "AREA_DAYS",
    "AREA_SUPPORT",
    "AreaEvent",
    "StoryEvidence",
    "area_event",
    "area_support",
    "describe_reason",
]


#: Calendar days apart two reports' publication dates may be for one area event: a
#: dust storm, quake or flood is reported the day it strikes and the next morning.
AREA_DAYS = 1

#: The mean probability over a story's core (and against its centroid) an article needs
#: when most of the core reports the same area event (:func:`area_support`): the kind,
#: day and region carry the evidence that facets of one hazard (school closures in
#: Kuwait, dust in Khuzestan) lack in specific shared facts.
AREA_SUPPORT = 0.05


_NO_AREA: tuple[frozenset[str], ...] = (frozenset(),) * 4


def _area_keys(keys: str | None) -> tuple[frozenset[str], ...]:
    """(hazard kinds, countries, places, headline places) of an article's link keys."""
    if not keys:
        return _NO_AREA
    try:
        data = json.loads(keys)
    except ValueError:
        return _NO_AREA
    kinds = frozenset(k for k in data.get("k", ()) if isinstance(k, str))
    if not kinds:
        return _NO_AREA
    countries = frozenset(data.get("r", ())) | frozenset(data.get("c", ()))
    places = frozenset(e for e in data.get("e", ()) if e.startswith(PLACE_KEYS))
    return kinds, countries, places, frozenset(data.get("h", ()))


def area_event(
    keys: str | None, published: str | None, other_keys: str | None, other_published: str | None
) -> str | None:
    """The area event two reports share, in words, or ``None``.

    Both must carry a publication date, at most :data:`AREA_DAYS` calendar
    days apart, report the same kind of natural hazard in their headline and
    first paragraph (link keys ``"k"``,
    :func:`~storyline.link.eventkinds.area_keys`) and name a common country
    (``"r"``, ``"c"``) or place (``"e"``), and their headlines may not name
    only different places (``"h"``). The day alone is never enough:
    two events of one kind in one country on one day are rare, two events of
    any kind are common. An undated report never qualifies (a quake of
    another year reads the same).

    Examples
    --------
    >>> a = '{"k":["dust"],"r":["iq","kw"]}'
    >>> area_event(a, "2025-04-14T16:30", '{"k":["dust"],"r":["iq","ir"]}', "2025-04-15T09:15")
    'dust, iq, within 1 day'
    >>> area_event(a, "2025-04-14", '{"k":["dust"],"r":["iq"]}', None) is None
    True
    >>> area_event(a, "2025-04-14", '{"k":["quake"],"r":["iq"]}', "2025-04-14") is None
    True
    >>> area_event(a, "2025-04-14", '{"k":["dust"],"r":["iq"]}', "2025-04-17") is None
    True
    >>> henan = '{"k":["flood"],"r":["cn"],"h":["geonames:1808370"]}'
    >>> area_event(henan, "2025-07-01", '{"k":["flood"],"r":["cn"],"h":["guangdong"]}', "2025-07-01")
    """
    when, other_when = parse_time(published), parse_time(other_published)
    if when is None or other_when is None:
        return None
    days = abs((when.date() - other_when.date()).days)
    if days > AREA_DAYS:
        return None
    kinds, countries, places, headline = _area_keys(keys)
    other_kinds, other_countries, other_places, other_headline = _area_keys(other_keys)
    kind = kinds & other_kinds
    where = (countries & other_countries) | (places & other_places)
    if not kind or not where or (headline and other_headline and not headline & other_headline):
        return None  # headlines naming different places: floods in Henan, floods in Guangdong
    when_note = "the same day" if days == 0 else f"within {days} day"
    return f"{', '.join(sorted(kind))}, {', '.join(sorted(where)[:2])}, {when_note}"


@dataclass(frozen=True)
class AreaEvent:
    """Core members that report the same area event as an article (:func:`area_support`)."""

    members: tuple[str, ...]
    note: str

    def __bool__(self) -> bool:
        return bool(self.members)


def area_support(
    keys: str | None, published: str | None, core: Sequence[tuple[str, str | None, str | None]]
) -> AreaEvent:
    """The area event an article shares with most of a story's core, if any.

    ``core``: ``(article id, link keys, publication date)`` of each core
    member. Holds when more than half of the core (every member of a core of
    one or two) shares an :func:`area_event` with the article: support from
    the core, never from one member.

    Examples
    --------
    >>> k = '{"k":["dust"],"r":["iq"]}'
    >>> core = [("a", k, "2025-04-14"), ("b", k, "2025-04-15"), ("c", '{"k":[]}', "2025-04-14")]
    >>> area_support(k, "2025-04-14", core).members
    ('a', 'b')
    >>> bool(area_support(k, "2025-04-14", core[1:]))
    False
    """
    if not core or not _area_keys(keys)[0] or parse_time(published) is None:
        return AreaEvent((), "")
    notes = {m: area_event(keys, published, mk, mp) for m, mk, mp in core}
    matched = tuple(m for m, note in notes.items() if note)
    if 2 * len(matched) <= len(core) and len(matched) < len(core):
        return AreaEvent((), "")
    first = next(notes[m] for m in matched)
    return AreaEvent(
        matched, f"the same area event as {len(matched)} of {len(core)} core members ({first})"
    )


@dataclass(frozen=True)
class StoryEvidence:
    """The evidence that an article belongs to one candidate story.

    ``centroid``: same-event probability against the story's centroid;
    ``support``: mean probability over the ``core`` members scored;
    ``matched``: the core members with probability >= 0.5, most probable
    first; ``required`` / ``support_required``: what the time evidence
    (``time``) asks of each; ``sentences``: the second stage decided
    (headlines and first sentences aligned), ``aligned``: the sentence
    pairs it aligned with the best-matching members; ``facts``: the typed
    facts (a score, percentages) the article shares with the core or states
    otherwise (:func:`storyline.link.facts.fact_note`); ``stated``: the
    :attr:`TimeEvidence.stated` of an undated article (days from the days it
    states to the story's dates); ``across``: the best probability against a
    core member in another language than the article's (0 when none is);
    ``followup``: its headline reports a follow-up action most of the core's do
    not, where time cannot tell, or a dated article a day or more from most of the
    core's dates is held to a margin as a step before or after (its lead names a
    later day than theirs, or one to come;
    :meth:`~storyline.link.tracker.Tracker._conflict_margin`): no second
    stage then, as a follow-up's report restates the incident sentence by sentence.
    """

    story_id: str
    centroid: float
    support: float
    core: int
    matched: tuple[str, ...]
    required: float
    support_required: float
    time: str
    best_member: float = 0.0
    sentences: bool = False
    aligned: tuple[str, ...] = ()
    facts: str = ""
    stated: float | None = None
    across: float = 0.0
    followup: bool = False

    @property
    def passes(self) -> bool:
        """Whether both the centroid and the core support reach what is required."""
        return self.centroid >= self.required and self.support >= self.support_required

    @property
    def score(self) -> float:
        """The figure stories are ranked by: the core support, then the centroid."""
        return self.support + 1e-3 * self.centroid

    def reason(self) -> dict[str, Any]:
        """JSON-ready reason record (kept in the store with the assignment)."""
        return {
            "story": self.story_id,
            "centroid": round(self.centroid, 3),
            "support": round(self.support, 3),
            "core": self.core,
            "matched": list(self.matched),
            "required": round(self.required, 3),
            "support_required": round(self.support_required, 3),
            "time": self.time,
            **({"sentences": True} if self.sentences else {}),
            **({"aligned": list(self.aligned)} if self.aligned else {}),
            **({"facts": self.facts} if self.facts else {}),
        }


def describe_reason(reason: dict[str, Any] | None, short: dict[str, str] | None = None) -> str:
    """One line of "joined because ..." from a stored reason record.

    ``short`` maps member ids to how they should be shown (e.g. language and
    title).

    Examples
    --------
    >>> describe_reason({"action": "join", "centroid": 0.91, "support": 0.72, "core": 3,
    ...                  "matched": ["a", "b"], "time": "inside the story's dates"})
    "joined because: probability 0.91 against the story's centroid, mean 0.72 over its 3 core members, matched 2 (a, b); inside the story's dates"
    >>> describe_reason({"action": "new", "best": None, "left": {"story": "s1", "support": 0.4,
    ...                  "support_required": 0.8, "time": "date unknown"}})
    'started the story: no story came close; moved out of s1: the rest of its core no longer took it (mean 0.40, needed 0.80; date unknown)'
    >>> describe_reason({"action": "new", "best": None, "unread": True})[:55]
    'started the story: the encoder cannot read its script ('
    """
    if not reason:
        return "no reason recorded (linked before reasons were kept)"
    line = _describe(reason, short)
    left = reason.get("left")
    if left:
        line += (
            f"; moved out of {left['story']}: the rest of its core no longer took it (mean "
            f"{left['support']:.2f}, needed {left['support_required']:.2f}; {left['time']})"
        )
    return line


def _describe(reason: dict[str, Any], short: dict[str, str] | None) -> str:
    """:func:`describe_reason` of the link decision itself."""
    action = reason.get("action", "join")
    if action == "new":
        if reason.get("unread"):
            return (
                "started the story: the encoder cannot read its script (most letters of its "
                "headline and lead), so no content evidence links it to another report"
            )
        best = reason.get("best")
        if not best or max(best["centroid"], best["support"]) < 0.05:
            return "started the story: no story came close"
        line = (
            f"started the story: the best candidate, {best['story']}, had mean probability "
            f"{best['support']:.2f} over its core (needed {best['support_required']:.2f})"
        )
        if best["centroid"] > 0:
            line += (
                f" and {best['centroid']:.2f} against its centroid (needed {best['required']:.2f})"
            )
        line = f"{line}; {best['time']}"
        return f"{line}; {best['facts']}" if best.get("facts") else line
    if action == "user":
        return f"put here by the user ({reason.get('note', 'merge or split')})"
    matched = [short.get(m, m[:12]) if short else m[:12] for m in reason.get("matched", [])]
    line = (
        f"joined because: probability {reason.get('centroid', 0):.2f} against the story's "
        f"centroid, mean {reason.get('support', 0):.2f} over its {reason.get('core', 0)} core "
        f"member{'s' if reason.get('core', 0) != 1 else ''}, matched {len(matched)}"
    )
    if matched:
        line += f" ({', '.join(matched[:4])}{', ...' if len(matched) > 4 else ''})"
    if reason.get("sentences"):
        line += "; headlines and first sentences compared"
        if reason.get("aligned"):
            line += " (aligned: " + "; ".join(reason["aligned"][:2]) + ")"
    if reason.get("time"):
        line += f"; {reason['time']}"
    if reason.get("facts"):
        line += f"; {reason['facts']}"
    if reason.get("chosen"):
        line += f"; {reason['chosen']}"
    if reason.get("merged"):
        line += f"; its story was merged: {reason['merged']}"
    return line
