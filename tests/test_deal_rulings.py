"""A competition authority's ruling on a deal as an occurrence stage (link/occurrence.py):
the in-depth review's opening, the clearance and the prohibition of one buyer's deals are
other occurrences, in every script; without a deal named, no stage is read."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.occurrence import occurrence_facts

CLEARED = [
    "Competition office clears Harwick's takeover of Lindqvist with conditions",
    "Kartellamt gibt die Übernahme von Lindqvist durch Harwick unter Auflagen frei",
    "Антимонопольная служба одобрила покупку Lindqvist компанией Harwick",
    "السلطات توافق على استحواذ هارويك على ليندكفيست بشروط",
    "مجوز مشروط برای ادغام دو شرکت سیمان",
    "反垄断机构附条件批准哈威克收购林德奎斯特",
    "La CNMC autoriza la compra de Lindqvist por Harwick",
]
BLOCKED = [
    "Competition office blocks Harwick's bid for rival",
    "Bundeskartellamt untersagt Harwick die Übernahme eines Kalkwerks",
    "Регулятор запретил сделку Harwick по покупке конкурента",
    "السلطات تمنع صفقة استحواذ هارويك على منافستها",
    "آلمان جلوی خرید یک کارخانه سیمان را گرفت",
    "监管机构禁止哈威克收购竞争对手",
]
REVIEWS = [
    "Competition office opens in-depth investigation into Harwick takeover",
    "Картельное ведомство начало углубленную проверку сделки Harwick",
    "监管机构对哈威克收购案展开深入调查",
]


@pytest.mark.parametrize("title", CLEARED)
def test_clearance(title: str) -> None:
    assert occurrence_facts(title, "") == ("stage.deal:clearance",)


@pytest.mark.parametrize("title", BLOCKED)
def test_prohibition(title: str) -> None:
    assert occurrence_facts(title, "") == ("stage.deal:prohibition",)


@pytest.mark.parametrize("title", REVIEWS)
def test_review_opening(title: str) -> None:
    assert occurrence_facts(title, "") == ("stage.deal:review",)


def test_clearance_and_prohibition_are_other_occurrences_across_scripts() -> None:
    for cleared in CLEARED:
        for other in BLOCKED + REVIEWS:
            conflicts = fact_conflicts(typed_facts(cleared, ""), typed_facts(other, ""))
            assert "stage.deal" in conflicts, (cleared, other)
        for same in CLEARED:
            assert not fact_conflicts(typed_facts(cleared, ""), typed_facts(same, ""))


def test_cleared_after_a_review_is_the_clearance_and_no_deal_no_stage() -> None:
    assert occurrence_facts("Regulator clears merger after in-depth probe", "") == (
        "stage.deal:clearance",
    )
    assert occurrence_facts("Police clear protest camp; club bars fans", "") == ()
    assert occurrence_facts("Стадион закрыт: власти запретили матч", "") == ()
