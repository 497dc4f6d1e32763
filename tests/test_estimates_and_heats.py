"""A figure's flash estimate and its revision, a race's heat and its final: other occurrences.

A statistics office publishes a quarter's growth first as a flash estimate and weeks later
revised, a tenth apart; an athlete runs a heat two days before the final. Reports of each pair
share the office (the athlete), the period (the championship) and most names: the estimate
(``stage.estimate``) and the round (``stage.match:heat``) tell them apart.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.periods import estimate_facts
from storyline.link.rounds import match_rounds

FLASH = [
    "Czech economy grew 0.4% in the third quarter, flash estimate shows",
    "Чехия: по предварительной оценке, ВВП в третьем квартале вырос на 0,4%",
    "أظهرت التقديرات الأولية أن الناتج المحلي التشيكي نما 0.4% في الربع الثالث",
    "رشد تولید ناخالص داخلی چک در فصل سوم در برآورد اولیه ۰٫۴ درصد اعلام شد",
    "捷克三季度GDP初步核算环比增长0.4%",
    "Tschechiens Wirtschaft wuchs laut Schnellschätzung im dritten Quartal um 0,4 Prozent",
]
REVISED = [
    "Czech statistics office revises third-quarter growth up to 0.6%",
    "Чешская статслужба пересмотрела рост ВВП за третий квартал до 0,6%",
    "عدلت هيئة الإحصاء التشيكية نمو الناتج المحلي في الربع الثالث إلى 0.6%",
    "بازنگری رشد اقتصادی چک در فصل سوم به ۰٫۶ درصد",
    "捷克统计局将三季度GDP增速修正为0.6%",
    "Tschechien: Wachstum im dritten Quartal auf 0,6 Prozent revidiert",
]


@pytest.mark.parametrize("title", FLASH)
def test_a_flash_estimate_is_read_in_each_language(title: str) -> None:
    assert estimate_facts(title) == ("stage.estimate:flash",)


@pytest.mark.parametrize("title", REVISED)
def test_a_revision_is_read_in_each_language(title: str) -> None:
    assert estimate_facts(title) == ("stage.estimate:revised",)


@pytest.mark.parametrize(
    "title",
    [
        "Preliminary talks on the new stadium begin in Prague",  # no statistic
        "Government announces revised fuel prices from Friday",  # a price decision
        "Parliament revises the election law",
        "Czech economy grew 0.4% in the third quarter",  # no estimate named
        "الربع الأول: نما الاقتصاد 0.3%",  # الأول is the first quarter, not a first estimate
    ],
)
def test_no_estimate_without_a_statistic_or_an_estimate_word(title: str) -> None:
    assert estimate_facts(title) == ()


def test_a_revision_naming_the_flash_figure_is_the_revision() -> None:
    title = "Growth revised up to 0.6% from the flash estimate of 0.4%"
    assert estimate_facts(title) == ("stage.estimate:revised",)


@pytest.mark.parametrize(("flash", "revised"), list(zip(FLASH, REVISED, strict=True)))
def test_a_flash_and_a_revised_report_are_two_releases(flash: str, revised: str) -> None:
    a, b = typed_facts(flash, ""), typed_facts(revised, "")
    assert "stage.estimate" in fact_conflicts(a, b)


def test_two_reports_of_one_flash_estimate_do_not_conflict() -> None:
    a, b = typed_facts(FLASH[0], ""), typed_facts(FLASH[4], "")
    assert "stage.estimate" not in fact_conflicts(a, b)


def test_the_lead_tells_the_estimate_when_the_headline_does_not() -> None:
    facts = typed_facts(
        "Czech economy beats expectations",
        "Czech GDP grew 0.4% quarter on quarter in July-September, the preliminary estimate "
        "showed on Friday. Household spending rose.",
    )
    assert "stage.estimate:flash" in facts


@pytest.mark.parametrize(
    "title",
    [
        "Ruto eases through her 1500m heat in Budapest",
        "Ruto tops the 1500m heats in Budapest",
        "Рута уверенно выиграла предварительный забег на 1500 метров",
        "روتو تتأهل بسهولة من الدور التمهيدي لسباق 1500 متر",
        "روتو در مرحله مقدماتی ۱۵۰۰ متر اول شد",
        "鲁托轻松赢得1500米预赛",
        "Ruto gewinnt ihren Vorlauf über 1500 Meter",
    ],
)
def test_a_heat_is_a_round_of_its_own(title: str) -> None:
    assert "stage.match:heat" in match_rounds(title)


@pytest.mark.parametrize(
    "title",
    [
        "Record heat closes schools across Hungary",
        "Heat wave: Budapest opens cooling centres",
        "Runners suffer in the heat of Budapest",
        "Ruto wins 1500m gold in Budapest",
        "بولندا تفوز على إستونيا ضمن تصفيات كأس العالم",  # a qualifying campaign
        "Польша обыграла Эстонию в квалификации чемпионата мира",
    ],
)
def test_weather_a_final_and_a_qualifying_campaign_are_no_heat(title: str) -> None:
    assert "stage.match:heat" not in match_rounds(title)


def test_a_heat_and_a_final_are_two_races() -> None:
    heat = typed_facts("Ruto wins her heat in Budapest", "")
    final = typed_facts("Ruto wins the 1500m final in Budapest", "")
    assert "stage.match" in fact_conflicts(heat, final)


def test_a_final_report_recalling_the_heat_conflicts_with_neither() -> None:
    both = typed_facts("After winning her heat on Tuesday, Ruto takes the 1500m final", "")
    heat = typed_facts("Ruto wins her heat in Budapest", "")
    assert "stage.match" not in fact_conflicts(both, heat)
