"""A court's hearing of a case and its ruling as occurrence stages (link/occurrence.py): the
public hearing weeks before and the ruling are other news events, in every script; without a
court named, no stage is read."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.occurrence import occurrence_facts

HEARINGS = [
    "Constitutional court holds public hearing on mining royalties law",
    "Конституционный суд провёл открытые слушания по закону о горной ренте",
    "المحكمة الدستورية تعقد جلسة استماع بشأن قانون عائدات التعدين",
    "دادگاه قانون اساسی جلسه استماع درباره قانون معادن برگزار کرد",
    "宪法法院就矿业特许权使用费法举行公开辩论",
    "헌법재판소, 광업 로열티법 공개변론 열어",
    "Verfassungsgericht: mündliche Verhandlung zum Bergbaugesetz",
    "La Corte costituzionale in udienza pubblica sulla legge mineraria",
]
RULINGS = [
    "Constitutional court strikes down mining royalties law",
    "Конституционный суд признал закон о горной ренте неконституционным",
    "المحكمة الدستورية تقضي بعدم دستورية قانون عائدات التعدين",
    "دادگاه قانون اساسی قانون معادن را مغایر قانون اساسی دانست",
    "宪法法院裁定矿业特许权使用费法违宪",
    "헌재, 광업 로열티법 위헌 결정",
    "Verfassungsgericht erklärt Bergbaugesetz für verfassungswidrig",
    "La Corte costituzionale: incostituzionale la legge mineraria",
    "Supreme court rejects miners' bid to suspend royalties law",
]


@pytest.mark.parametrize("title", HEARINGS)
def test_hearing(title: str) -> None:
    assert occurrence_facts(title, "") == ("stage.case:hearing",)


@pytest.mark.parametrize("title", RULINGS)
def test_ruling(title: str) -> None:
    assert "stage.case:ruling" in occurrence_facts(title, "")


def test_the_hearing_and_the_ruling_are_other_occurrences_across_scripts() -> None:
    for hearing in HEARINGS:
        for ruling in RULINGS:
            conflicts = fact_conflicts(typed_facts(hearing, ""), typed_facts(ruling, ""))
            assert "stage.case" in conflicts, (hearing, ruling)
        for same in HEARINGS:
            assert not fact_conflicts(typed_facts(hearing, ""), typed_facts(same, ""))


def test_no_court_no_stage() -> None:
    assert occurrence_facts("Senate committee holds public hearing on AI bill", "") == ()
    # an offer turned down is an impasse before a deal, not a court's ruling
    assert occurrence_facts("Airline cancels flights; union rejects pay offer", "") == (
        "act.followup:impasse",
    )
    assert occurrence_facts("Президент отменил визит в Японию", "") == ()
