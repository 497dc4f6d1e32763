"""A dated article's candidate places go first to stories of its days."""

from __future__ import annotations

from types import SimpleNamespace

from storyline.link.tracker_config import TrackerConfig
from storyline.link.tracker_evidence import EvidenceTracker


class _Stories:
    def __init__(self, spans: dict[str, tuple[str | None, str | None]]) -> None:
        self.spans = spans

    def load_story(self, sid: str) -> SimpleNamespace:
        first, last = self.spans[sid]
        return SimpleNamespace(first_seen=first, last_seen=last)


def _order(found: list[str], published: str, spans: dict) -> list[str]:
    fake = SimpleNamespace(config=TrackerConfig(max_candidates=2), store=_Stories(spans))
    return EvidenceTracker._in_time_first(fake, found, published)  # type: ignore[arg-type]


def test_stories_of_the_articles_days_come_first_nearest_first_within_each() -> None:
    spans = {
        "old-zh": ("2026-12-30", "2026-12-31"),
        "other-month": ("2027-05-18", "2027-05-20"),
        "event": ("2027-07-24", "2027-07-24"),
        "undated": (None, None),
        "week-before": ("2027-07-18", "2027-07-19"),
    }
    found = ["old-zh", "other-month", "event", "undated", "week-before"]
    assert _order(found, "2027-07-25T08:12:00+00:00", spans) == [
        "event",
        "undated",
        "week-before",
        "old-zh",
        "other-month",
    ]


def test_an_unreadable_date_keeps_the_vector_order() -> None:
    spans = {"a": ("2020-01-01", "2020-01-02"), "b": ("2027-07-24", "2027-07-24")}
    assert _order(["a", "b"], "not a date", spans) == ["a", "b"]
