"""A motor race's qualifying or race, a coalition agreement, an aftershock, a grounding
(issue 14, session 51): steps of one event kind, read from a headline as occurrence facts.

A meeting postponed was read as a step before it too (chosen blind), and taken out: of the
SemEval same-event pairs, two report one postponement, one headline naming it and the
other not ("will no longer arrive this April"), and one of them was split."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts
from storyline.link.milestones import milestone_facts
from storyline.link.occurrence import occurrence_facts


@pytest.mark.parametrize(
    ("headline", "step"),
    [
        ("Norris takes pole for the Hungarian Grand Prix", "qualifying"),
        ("Verstappen won the pole at the Monza GP", "qualifying"),
        ("Ферстаппен выиграл квалификацию Гран-при Венгрии", "qualifying"),
        ("فيرستابن ينطلق أولا في التجارب التأهيلية لجائزة المجر الكبرى", "qualifying"),
        ("ورستاپن در جلسه تعیین خط گرند پری مجارستان اول شد", "qualifying"),
        ("维斯塔潘夺得匈牙利大奖赛杆位", "qualifying"),
        ("Norris wins Hungarian Grand Prix from pole", "race"),
        ("Ферстаппен выиграл Гран-при Венгрии", "race"),
        ("فيرستابن يفوز بجائزة المجر الكبرى", "race"),
        ("ورستاپن قهرمان گرندپری مجارستان شد", "race"),
        ("维斯塔潘赢得匈牙利大奖赛", "race"),
    ],
)
def test_a_motor_race_step_is_read_in_each_language(headline: str, step: str) -> None:
    assert milestone_facts(headline) == (f"stage.race:{step}",)


@pytest.mark.parametrize(
    "headline",
    ["Poles rally after Warsaw wins the vote", "Window makers win export prize", "Cabinet wins confidence vote"],
)
def test_no_race_step_without_a_motor_race(headline: str) -> None:
    assert not any(f.startswith("stage.race") for f in milestone_facts(headline))


def test_pole_and_win_are_two_events_but_a_win_from_pole_is_the_race() -> None:
    pole = occurrence_facts("Norris takes pole for the Hungarian Grand Prix", "")
    win = occurrence_facts("Norris wins the Hungarian Grand Prix", "")
    from_pole = occurrence_facts("Norris wins Hungarian GP from pole", "")
    assert fact_conflicts(pole, win)
    assert not fact_conflicts(win, from_pole)


@pytest.mark.parametrize(
    "headline",
    [
        "Parties sign coalition agreement",
        "Коалиция подписала коалиционное соглашение",
        "الأحزاب توقع اتفاق الائتلاف الحكومي",
        "احزاب توافق‌نامه ائتلاف را امضا کردند",
        "各党签署联合执政协议",
    ],
)
def test_a_coalition_agreement_signed_is_a_step_before_the_cabinet(headline: str) -> None:
    agreement = occurrence_facts(headline, "")
    assert "stage.government:agreement" in agreement
    assert fact_conflicts(agreement, occurrence_facts("New cabinet sworn in", ""))


@pytest.mark.parametrize(
    "headline",
    [
        "Strong aftershock jolts Van",
        "هزة ارتدادية بقوة 5.9 تضرب وان",
        "پس‌لرزه ۵.۹ ریشتری وان را لرزاند",
        "Сильный афтершок магнитудой 5,9 ощутили в Ване",
        "凡城发生5.9级余震",
    ],
)
def test_an_aftershock_is_a_step_after_the_quake(headline: str) -> None:
    assert "act.followup:aftershock" in occurrence_facts(headline, "")


@pytest.mark.parametrize(
    "headline",
    ["Quake kills 12 as aftershocks rattle region", "Землетрясение в Ване: 12 погибших и афтершоки", "زلزال يضرب وان وهزات ارتدادية"],
)
def test_aftershocks_told_with_the_quake_are_the_quake_s(headline: str) -> None:
    assert "act.followup:aftershock" not in occurrence_facts(headline, "")


@pytest.mark.parametrize(
    "headline",
    [
        "Regulator grounds all Dala Airways A321neo jets",
        "Росавиация запретила полеты всех A321neo авиакомпании",
        "السلطات تعلق تشغيل طائرات A321neo",
        "سازمان هواپیمایی همه ایرباس‌های A321neo را زمین‌گیر کرد",
        "哈萨克斯坦民航管理局停飞达拉航空全部A321neo客机",
    ],
)
def test_aircraft_grounded_is_a_regulator_s_step_after(headline: str) -> None:
    # heldout57 (session 51): the grounding two days after an overrun joined the overrun's story
    assert "act.followup:sanction" in occurrence_facts(headline, "")


@pytest.mark.parametrize("headline", ["Pilot grounded his son for a week", "Farmers grounded by drought"])
def test_grounded_without_aircraft_is_no_sanction(headline: str) -> None:
    assert "act.followup:sanction" not in occurrence_facts(headline, "")


def test_an_inquiry_named_before_a_colon_reports_its_findings() -> None:
    assert "act.followup:inquiry" in occurrence_facts("لجنة التحقيق: شفرة مروحة مكسورة وراء حادث طائرة", "")
    assert "act.followup:inquiry" in occurrence_facts("Investigators: fan blade broke before overrun", "")


def test_a_coalition_agreement_cited_is_no_stage() -> None:
    # a SemEval report citing "the coalition agreement" for a policy: no signing
    text = "Das Kinderhilfswerk fordert, ein Versprechen aus dem Koalitionsvertrag der Bundesregierung einzulösen."
    assert "stage.government:agreement" not in occurrence_facts(None, text)
    assert "stage.government:agreement" not in occurrence_facts("Under the coalition agreement, taxes fall", "")


def test_no_postponement_act() -> None:
    assert not any(f.startswith("act.followup:postpone") for f in occurrence_facts("OPEC+ postpones meeting", ""))
