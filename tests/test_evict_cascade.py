"""After a member is moved out, the rest of the story is weighed again (issue 14, session 38).

A stop-work notice, dated two days before a building's collapse, started the
story; the same outlet's undated report of the notice joined it (a lone
report in another language), and the collapse's reports, two days on, joined
too. Once they are there the notice's own dated report leaves (days ahead of
them: :meth:`Tracker._evict`). The undated report came in on it alone: it
names the notice's Monday, against the collapse's Wednesday, and the story
without the notice rejects it. It now leaves with it, instead of staying until
another report joins (with none to come, it stayed: heldout35, settled).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from storyline.link.tracker import Tracker, TrackerConfig
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder, add_report, stories_of  # noqa: E402


def _at(degrees: float) -> list[float]:
    a = math.radians(degrees)
    return [math.cos(a), math.sin(a), 0.0]


# the notice's two reports 5 degrees apart; the collapse's 40-45 degrees from them
VECTORS = {"NOTICE": _at(30.0), "COPY": _at(35.0), "E1": _at(75.0), "E2": _at(75.5),
           "E3": _at(74.5), "E4": _at(75.2)}  # fmt: skip
PUBLISHED = {"NOTICE": "2034-07-10T14:40:00+00:00", "COPY": None,
             "E1": "2034-07-12T07:55:00+00:00", "E2": "2034-07-12T09:50:00+00:00",
             "E3": "2034-07-12T21:40:00+00:00", "E4": "2034-07-13T10:05:00+00:00"}  # fmt: skip
LANGS = {"NOTICE": "en", "COPY": "ru", "E1": "mr", "E2": "en", "E3": "fr", "E4": "ar"}
TEXTS = {"COPY": "COPY в понедельник мэрия выдала предписание остановить стройку",
         **{k: f"{k} the tower collapsed on Wednesday morning" for k in ("E1", "E2", "E3", "E4")}}  # fmt: skip
EVENT = ("E1", "E2", "E3", "E4")


def _link(order: tuple[str, ...]) -> dict[str, str]:
    store = Store(":memory:")
    ids = {
        k: add_report(store, k, PUBLISHED[k], lang=LANGS[k], text=TEXTS.get(k)) for k in VECTORS
    }
    config = TrackerConfig(
        threshold=0.65, support=0.65, merge_threshold=0.65, settle=False, batch_order="arrival"
    )
    tracker = Tracker(store, TableEncoder(VECTORS), config, CosineModel())
    for key in order:
        tracker.link_pending(ids=[ids[key]], batch=1)
    return stories_of(store, ids, tracker.model_name)


def test_the_undated_copy_leaves_with_the_notice_it_came_in_on() -> None:
    story = _link(("NOTICE", "COPY", *EVENT))
    assert len({story[k] for k in EVENT}) == 1
    assert story["NOTICE"] != story["E1"]
    assert story["COPY"] != story["E1"]
    assert story["COPY"] == story["NOTICE"]
