"""A minimum wage, fuel prices or pensions raised, cut or held: a decision, which way it went."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts

RAISED = [
    "Belgium raises maximum fuel prices from Thursday",
    "Бельгия повысила предельные цены на топливо",
    "بلجيكا ترفع أسعار الوقود القصوى",
    "بلژیک قیمت سوخت را افزایش داد",
    "比利时上调油价",
    "Nepal raises minimum monthly wage to Rs 28,300",
]
HELD = [
    "Belgium keeps fuel prices unchanged for November",
    "Бельгия оставила цены на топливо без изменений",
    "بلجيكا تبقي أسعار الوقود دون تغيير",
    "比利时油价维持不变",
]


@pytest.mark.parametrize("headline", RAISED)
def test_a_raise_is_a_decision(headline: str) -> None:
    assert "stage.decision:raise" in typed_facts(headline, "")


@pytest.mark.parametrize("held", HELD)
def test_prices_held_are_another_decision_than_prices_raised(held: str) -> None:
    assert "stage.decision:hold" in typed_facts(held, "")
    for raised in RAISED[:5]:
        assert "stage.decision" in fact_conflicts(typed_facts(held, ""), typed_facts(raised, ""))


def test_a_statistic_rising_is_no_decision() -> None:
    assert not any(f.startswith("stage.") for f in typed_facts("Inflation rises to 3.1% in April", ""))
