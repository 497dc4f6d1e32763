"""A match's own result is the one its headline states (``hscore``): a report of a return leg
recalls the first leg's result and the aggregate in its lead, and those must not make it a
report of the first leg.

The typed facts of a headline and lead held every result the lead states; a return leg's
report (1-1, "3-2 on aggregate", "after the 2-1 first leg") then shared the first leg's 2-1 with
every report of the first leg, and no score conflict was seen.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.link.facts import conflict_line, conflict_shifts, fact_conflicts, typed_facts
from storyline.link.tracker_config import TrackerConfig

FIRST_LEG = {
    "en": ("Bekoev's late winner gives Dinamo 2-1 first-leg lead over Rubin",
           "Dinamo beat Rubin 2-1 in the first leg of the cup quarter-final on Wednesday."),
    "zh": ("俄罗斯杯首回合：迪纳摩主场2比1力克鲁宾", "迪纳摩周三主场2比1击败鲁宾。"),
    "ru": ("«Динамо» вырвало победу над «Рубином» в первом матче — 2:1",
           "«Динамо» обыграло «Рубин» со счётом 2:1 в первом матче четвертьфинала Кубка."),
}  # fmt: skip
RETURN_LEG = {
    "en": ("Dinamo hold Rubin 1-1 in Kazan to reach the semi-finals",
           "Dinamo drew 1-1 in Kazan on Wednesday and went through 3-2 on aggregate after "
           "their 2-1 win in the first leg."),
    "zh": ("俄罗斯杯：迪纳摩客场1比1逼平鲁宾 总比分3比2晋级四强",
           "迪纳摩在首回合主场2比1获胜后，次回合客场1比1战平鲁宾，以总比分3比2晋级。"),
    "ru": ("«Динамо» сыграло вничью с «Рубином» 1:1 и вышло в полуфинал",
           "После победы 2:1 в первом матче «Динамо» сыграло 1:1 в Казани; сумма двух матчей — 3:2."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(RETURN_LEG))
def test_a_return_legs_report_keeps_its_own_result(lang: str) -> None:
    facts = typed_facts(*RETURN_LEG[lang])
    assert "hscore:1-1" in facts
    assert "hscore:1-2" not in facts  # the first leg's, recalled in the lead
    assert "score:1-2" in facts


@pytest.mark.parametrize("lang", sorted(FIRST_LEG))
def test_a_report_whose_headline_and_lead_agree_has_no_headline_result(lang: str) -> None:
    assert not any(f.startswith("hscore:") for f in typed_facts(*FIRST_LEG[lang]))


@pytest.mark.parametrize("a", sorted(RETURN_LEG))
@pytest.mark.parametrize("b", sorted(FIRST_LEG))
def test_the_return_leg_and_the_first_leg_are_two_matches(a: str, b: str) -> None:
    conflicts = fact_conflicts(typed_facts(*RETURN_LEG[a]), typed_facts(*FIRST_LEG[b]))
    assert "hscore" in conflicts
    line = conflict_line(typed_facts(*RETURN_LEG[a]), typed_facts(*FIRST_LEG[b]), 1.0)
    assert line and "score in the headline" in line


@pytest.mark.parametrize(("a", "b"), [("en", "zh"), ("zh", "ru"), ("ru", "en")])
def test_two_reports_of_the_return_leg_agree(a: str, b: str) -> None:
    assert fact_conflicts(typed_facts(*RETURN_LEG[a]), typed_facts(*RETURN_LEG[b])) == ()


def test_one_report_headlining_the_aggregate_another_the_match() -> None:
    aggregate = typed_facts("Dinamo through 3-2 on aggregate", "They drew 1-1 in Kazan.")
    match = typed_facts("Dinamo draw 1-1 in Kazan", "Dinamo go through 3-2 on aggregate.")
    assert fact_conflicts(aggregate, match) == ()


def test_the_tracker_weighs_it_against_every_first_leg_report() -> None:
    """The tracker's shift of each pair's probability (``TrackerConfig.fact_conflict``)."""
    core = [typed_facts(*FIRST_LEG[lang]) for lang in sorted(FIRST_LEG)]
    shifts = conflict_shifts(typed_facts(*RETURN_LEG["zh"]), core, TrackerConfig().fact_conflict)
    assert TrackerConfig().fact_conflict > 0
    assert bool(np.all(shifts < 0)), shifts
