"""Steps of a prisoners' release, a state's membership of a bloc, a transit deal, a trial's
closing arguments, a sentence's serving, a deal's implementation and a league game against a
cup final (link/milestones.py, link/occurrence.py, link/rounds.py).

Each is news that comes in steps days or years apart with the same actors, the same places and
often the same figures: a release ordered, then done at the border; a bloc's ministers
recommending a state's admission, the leaders admitting it, its accession treaty signed; a
transit deal's draft finalised, the cabinet's approval, the first ship through; the prosecutor's
demand at an appeal days before the appeal court's ruling, and the convict starting to serve
weeks after; a summit, and its agreements put into practice by a joint committee; a league game
of two clubs days before the cup final between them. Reports telling two different steps are two
events (the stage conflict, or the follow-up conflict).
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, followup_conflict
from storyline.link.milestones import milestone_facts
from storyline.link.occurrence import occurrence_facts
from storyline.link.rounds import match_rounds


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        ("Pakistan frees 217 Indian fishermen at Wagah border", "stage.release:freed"),
        ("Pakistan to release 217 Indian fishermen on Monday", "stage.release:order"),
        ("Foreign Office orders release of 217 fishermen", "stage.release:order"),
        ("Пакистан освободил 217 индийских рыбаков", "stage.release:freed"),
        ("Пакистан освободит 217 индийских рыбаков", "stage.release:order"),
        ("باكستان تفرج عن 217 صيادا هنديا", "stage.release:freed"),
        ("باكستان ستفرج عن 217 صيادا هنديا", "stage.release:order"),
        ("پاکستان ۲۱۷ ماهیگیر هندی را آزاد کرد", "stage.release:freed"),
        ("巴基斯坦释放217名印度渔民", "stage.release:freed"),
        ("巴基斯坦将释放217名印度渔民", "stage.release:order"),
        ("EAC ministers recommend Somalia's admission", "stage.membership:recommendation"),
        ("East African leaders admit Somalia into the EAC", "stage.membership:admission"),
        ("EAC summit defers Somalia's membership bid", "stage.membership:deferred"),
        ("Somalia signs EAC accession treaty", "stage.membership:accession"),
        ("Саммит ЕАС принял Сомали в состав сообщества", "stage.membership:admission"),
        ("قمة شرق أفريقيا تقبل انضمام الصومال", "stage.membership:admission"),
        ("东非共同体峰会接纳索马里为新成员国", "stage.membership:admission"),
        ("Bangladesh, India finalise draft deal on Mongla port transit", "stage.transit:talks"),
        ("Bangladesh cabinet approves India's use of Mongla port for transit", "stage.transit:approval"),
        ("First Indian transit ship docks at Mongla", "stage.transit:first"),
    ],
)
def test_a_headline_tells_its_step(headline: str, stage: str) -> None:
    assert milestone_facts(headline) == (stage,)


@pytest.mark.parametrize(
    "headline",
    [
        "Bank of England releases inflation data",  # no prisoners
        "Union members vote on pay offer",  # no membership of a bloc
        "Cabinet approves new budget",  # no transit
    ],
)
def test_no_step_without_its_object(headline: str) -> None:
    assert not [f for f in milestone_facts(headline) if f.split(":")[0] in (
        "stage.release", "stage.membership", "stage.transit"
    )]


def test_different_steps_conflict_and_the_same_step_does_not() -> None:
    ordered = milestone_facts("Pakistan to release 217 Indian fishermen on Monday")
    freed = milestone_facts("Pakistan frees 217 Indian fishermen at Wagah border")
    assert fact_conflicts(ordered, freed)
    assert not fact_conflicts(freed, milestone_facts("巴基斯坦释放217名印度渔民"))
    recommended = milestone_facts("EAC ministers recommend Somalia's admission")
    admitted = milestone_facts("East African leaders admit Somalia into the EAC")
    assert fact_conflicts(recommended, admitted)
    assert fact_conflicts(admitted, milestone_facts("EAC summit defers Somalia's membership bid"))


def test_the_prosecutors_demand_is_not_the_ruling() -> None:
    demand = occurrence_facts("Prosecutor asks appeals court to uphold ex-minister's 10-year sentence", "")
    ruling = occurrence_facts("Athens appeals court upholds ex-minister's conviction, cuts sentence", "")
    assert demand == ("stage.trial:closing",)
    assert ruling == ("stage.trial:appeal",)
    assert fact_conflicts(demand, ruling)
    for headline in ("Прокурор запросил для экс-министра 10 лет", "النيابة تطالب بتأييد الحكم على الوزير السابق",
                     "检方要求维持原判"):
        assert occurrence_facts(headline, "") == ("stage.trial:closing",)
    # a verdict that names what the prosecution had sought is the verdict
    assert occurrence_facts("Court jails ex-minister for 8 years, less than prosecutors sought", "") == (
        "stage.trial:verdict",
    )


def test_serving_a_sentence_and_implementing_a_deal_are_steps_after() -> None:
    serving = occurrence_facts("Ex-minister begins serving eight-year sentence", "")
    assert serving == ("act.followup:custody",)
    assert occurrence_facts("Бывший министр начал отбывать срок", "") == ("act.followup:custody",)
    assert followup_conflict(serving, occurrence_facts("Appeals court upholds ex-minister's sentence", ""))
    committee = occurrence_facts("Joint border committee meets to implement summit agreements", "")
    assert committee == ("act.followup:implementation",)
    assert "act.followup:implementation" not in occurrence_facts(
        "Leaders sign deals and agree to implement border accord", ""
    )


def test_a_league_game_is_not_the_cup_final() -> None:
    league = match_rounds("Ferencváros beat Újpest 2-1 in league derby")
    final = match_rounds("Ferencváros nyerte a kupadöntőt")
    assert (league, final) == (("stage.match:league",), ("stage.match:final",))
    assert fact_conflicts(league, final)
    assert match_rounds("Champions League final in Budapest") == ("stage.match:final",)
    assert match_rounds("«Ференцварош» выиграл матч чемпионата у «Уйпешта»") == ("stage.match:league",)


def test_an_amnesty_frees_by_its_own_step_and_a_hospital_admits_no_member() -> None:
    assert milestone_facts("Vietnam to free more than 3,500 prisoners in National Day amnesty") == (
        "stage.amnesty:granted",
    )
    assert milestone_facts("Nine of them were admitted to the district hospital") == ()
    assert match_rounds("沙特联赛球队纳希尔官宣签下本哈穆") == ()
