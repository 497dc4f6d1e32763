"""An undated report naming only another year, but stating the figures the story's core states
(session 54).

An amnesty's report recalls the last amnesty ("after the 2042 amnesty"); a summit's report
recalls the bid's history ("applied in 2041"). Undated, such a report was kept from its story
by "its text names 2042, the story is 2047" although it stated the story's count (3,512
prisoners freed; or its ordinal: the 27th summit) like most core members. The year it names
still counts; the date unknown is spared, as it is for an undated report naming no year. A
match's score does not speak for it: 2-1 ends many finals, 3-6 many sets (a 2045 final's
report joined the 2044 final's story on one set score).
"""

from __future__ import annotations

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.tracker_evidence import shared_figures
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState

DAY = "2047-08-28T20:00:00+00:00"
CORE = [
    ("Vietnam's president grants amnesty to 3,512 prisoners", "The amnesty marks National Day.", "en"),
    ("Президент Вьетнама амнистировал 3512 заключенных", "Амнистия приурочена к Дню независимости.", "ru"),
    ("越南国家主席特赦3512名囚犯", "特赦以纪念国庆节。", "zh"),
]
RECALLING = (
    "Vietnam frees prisoners in National Day amnesty",
    "Vietnam will free 3,512 prisoners, after an amnesty of 2,930 in 2042.",
)
OTHER_YEAR = (
    "Vietnam frees prisoners in National Day amnesty",
    "Vietnam will free 2,930 prisoners, the president said in 2042.",
)
SCORED = (
    ("Debrecen beat Ferencvaros 2-1 in the final", "Radovic scored late in Budapest.", "en"),
    ("«Дебрецен» обыграл «Ференцварош» 2:1 в финале", "Радович забил на 87-й минуте.", "ru"),
)


def _evidence(title: str, lead: str, config: TrackerConfig | None = None, story=CORE):
    vec = np.ones(8) / 8**0.5
    core = [LinkRow(i, f"c{i}", lang, DAY, vec, link_keys(t, lead, lang), "s1") for i, (t, lead, lang) in enumerate(story)]
    row = LinkRow(9, "x", "en", None, vec, link_keys(title, lead, "en"), None)
    story = StoryState("s1", 1, DAY, DAY, len(core), vec * len(core), CORE[0][0], "c0")
    tracker = Tracker(Store(":memory:"), HashingEncoder(dim=8), config or TrackerConfig())
    return tracker.evidence(row, story, core=core, refine=False), row, core


def test_the_shared_count_spares_the_date_unknown_not_the_year() -> None:
    ev, row, core = _evidence(*RECALLING)
    assert shared_figures(row, core)
    assert "its text names 2042" in ev.time
    assert "it states the figures most of the core states" in ev.time
    other, _, _ = _evidence(*OTHER_YEAR)  # the same year named, no score the core states
    assert "it states the figures" not in other.time
    assert ev.support_required < other.support_required
    # the year still counts: more is needed than of an undated report naming no year
    plain, _, _ = _evidence(RECALLING[0], "Vietnam will free 3,512 prisoners.")
    assert plain.support_required < ev.support_required


def test_a_shared_score_does_not_speak_for_a_report_naming_another_year() -> None:
    ev, row, core = _evidence(
        "Debrecen win the Hungarian Cup", "Debrecen beat Ferencvaros 2-1, revenge for the 2040 final.",
        story=SCORED,
    )
    assert "its text names 2040" in ev.time
    assert shared_figures(row, core)  # it does where only the date is unknown
    assert "it states the figures" not in ev.time


def test_an_ordinal_of_the_occurrence_counts_as_a_figure() -> None:
    vec = np.ones(2)
    def row(i: int, keys: str) -> LinkRow:
        return LinkRow(i, f"a{i}", "en", None, vec, keys, None)
    core = [row(1, '{"f":["ordinal.summit:27"]}'), row(2, '{"f":["ordinal.summit:27"]}')]
    assert shared_figures(row(3, '{"f":["ordinal.summit:27"]}'), core, ordinals=True)
    assert not shared_figures(row(3, '{"f":["ordinal.summit:27"]}'), core)
    first = [row(1, '{"f":["ordinal.visit:1"]}'), row(2, '{"f":["ordinal.visit:1"]}')]
    assert not shared_figures(row(3, '{"f":["ordinal.visit:1"]}'), first, ordinals=True)
