"""An undated report naming only another year, but stating the figures the story's core states
(session 54).

Reports of a cup final recall the last final between the two clubs ("revenge for the 2043
final"); a summit's report recalls the bid's history ("applied in 2041"). Undated, such a report
was kept from its story by "its text names 2043, the story is 2048" although it stated the
story's score (or its ordinal: the 27th summit) like every core member. The year it names
still counts; the date unknown is spared, as it is for an undated report naming no year.
"""

from __future__ import annotations

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.tracker_evidence import shared_figures
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState

DAY = "2048-05-13T20:00:00+00:00"
CORE = [
    ("Debrecen beat Ferencvaros 2-1 to win the Hungarian Cup", "Radovic scored late in Budapest.", "en"),
    ("«Дебрецен» обыграл «Ференцварош» 2:1 и выиграл Кубок Венгрии", "Радович забил на 87-й минуте.", "ru"),
    ("德布勒森2比1击败费伦茨瓦罗斯夺得匈牙利杯", "拉多维奇第87分钟绝杀。", "zh"),
]
RECALLING = (
    "Radovic gives Debrecen the Hungarian Cup",
    "Debrecen beat Ferencvaros 2-1, revenge for their 3-0 defeat in the 2043 final.",
)
OTHER_YEAR = (
    "Ferencvaros rout Debrecen to lift the Hungarian Cup",
    "Ferencvaros beat Debrecen in the final in Budapest, as they did in 2043.",
)


def _evidence(title: str, lead: str, config: TrackerConfig | None = None):
    vec = np.ones(8) / 8**0.5
    core = [LinkRow(i, f"c{i}", lang, DAY, vec, link_keys(t, lead, lang), "s1") for i, (t, lead, lang) in enumerate(CORE)]
    row = LinkRow(9, "x", "en", None, vec, link_keys(title, lead, "en"), None)
    story = StoryState("s1", 1, DAY, DAY, len(core), vec * len(core), CORE[0][0], "c0")
    tracker = Tracker(Store(":memory:"), HashingEncoder(dim=8), config or TrackerConfig())
    return tracker.evidence(row, story, core=core, refine=False), row, core


def test_the_shared_score_spares_the_date_unknown_not_the_year() -> None:
    ev, row, core = _evidence(*RECALLING)
    assert shared_figures(row, core)
    assert "its text names 2043" in ev.time
    assert "it states the figures most of the core states" in ev.time
    other, _, _ = _evidence(*OTHER_YEAR)  # the same year named, no score the core states
    assert "it states the figures" not in other.time
    assert ev.support_required < other.support_required
    # the year still counts: more is needed than of an undated report naming no year
    plain, _, _ = _evidence(RECALLING[0], "Debrecen beat Ferencvaros 2-1 in Budapest.")
    assert plain.support_required < ev.support_required


def test_an_ordinal_of_the_occurrence_counts_as_a_figure() -> None:
    vec = np.ones(2)
    def row(i: int, keys: str) -> LinkRow:
        return LinkRow(i, f"a{i}", "en", None, vec, keys, None)
    core = [row(1, '{"f":["ordinal.summit:27"]}'), row(2, '{"f":["ordinal.summit:27"]}')]
    assert shared_figures(row(3, '{"f":["ordinal.summit:27"]}'), core, ordinals=True)
    assert not shared_figures(row(3, '{"f":["ordinal.summit:27"]}'), core)
    first = [row(1, '{"f":["ordinal.visit:1"]}'), row(2, '{"f":["ordinal.visit:1"]}')]
    assert not shared_figures(row(3, '{"f":["ordinal.visit:1"]}'), first, ordinals=True)
