"""The numbered unit of a plant in a headline is a typed fact (issue 14, session 28).

A report of a nuclear plant's unit 1 shutting down and a report of its unit 2
tripping two years before share the plant, the operator and the kind of event;
their headlines name other units. Clock times in a lead (``03:12``, ``05:12 мск``)
are no match scores: they had made reports of one incident agree on a "score"
and disagree with another report's times. Headlines written for these tests.
"""

from __future__ import annotations

from storyline.link.facts import fact_conflicts, typed_facts

UNIT_1 = [
    ("Первый энергоблок АЭС «Темелин» аварийно остановлен", "Сбой произошел в 03:12 (05:12 мск)."),
    ("泰梅林核电站一号机组因蒸汽泄漏自动停堆", "当地时间凌晨3时12分，机组自动停堆。"),
    ("Temelín: první blok se po úniku páry odstavil", "K poruše došlo ve 3:12."),
]
UNIT_2 = ("Czech Temelin plant's unit 2 trips offline after generator fault", "It tripped at 10:40.")


def test_other_units_of_one_plant_conflict_across_scripts() -> None:
    other = typed_facts(*UNIT_2)
    assert "unit:2" in other
    for title, lead in UNIT_1:
        mine = typed_facts(title, lead)
        assert "unit:1" in mine
        assert "unit" in fact_conflicts(mine, other)
    assert not fact_conflicts(typed_facts(*UNIT_1[0]), typed_facts(*UNIT_1[1]))


def test_clock_times_are_no_scores() -> None:
    for title, lead in [*UNIT_1, UNIT_2]:
        assert not [f for f in typed_facts(title, lead) if f.startswith("score:")]
    assert "score:1-2" in typed_facts("Iraq beat Iran 2:1 in the final", "")
