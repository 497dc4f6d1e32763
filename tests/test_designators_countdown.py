"""A designator in capitals names one occurrence; a countdown is the step before a launch (issue 14).

Session 59: a launch vehicle's flight (``PSLV-C112``), a satellite (``EOS-21``), a crewed
mission (``MS-25``) or a flight number (``AI-171``) is written alike in every script's reports;
the next of the series has the next number. Two reports naming other numbers of one series in
their headline or their lead's first sentence tell of two launches (held out: the launch three
weeks later had taken an undated report of the first). A report of the countdown tells the step
before the launch, not the launch.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.headline import code_facts

#: One launch, as outlets in five languages and four scripts tell it (headline, lead).
LAUNCH = [
    (
        "India's PSLV puts radar satellite into orbit",
        "PSLV-C112 lifted off at 09:17 carrying EOS-21.",
    ),
    ("الهند تطلق القمر الراداري «EOS-21»", "انطلق الصاروخ PSLV-C112 صباح الأربعاء من سريهاريكوتا."),
    (
        "هند ماهواره راداری را به مدار فرستاد",
        "موشک PSLV-C112 صبح چهارشنبه ماهواره EOS-21 را پرتاب کرد.",
    ),
    (
        "Индийская ракета вывела на орбиту радарный спутник",
        "Ракета PSLV-C112 стартовала в среду утром с космодрома на острове Шрихарикота.",
    ),
    ("印度成功发射雷达卫星", "PSLV-C112火箭周三从萨迪什·达万航天中心起飞，将EOS-21送入轨道。"),
]


@pytest.mark.parametrize(("title", "lead"), LAUNCH)
def test_one_launch_in_every_script_names_one_flight(title: str, lead: str) -> None:
    facts = typed_facts(title, lead)
    assert "model.pslv:c112" in facts
    for other_title, other_lead in LAUNCH:
        assert not fact_conflicts(facts, typed_facts(other_title, other_lead))


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Indická raketa vynesla Oceansat-4",
            "Raketa PSLV-C113 odstartovala v sobotu ráno z kosmodromu na ostrově Šríharikota.",
        ),
        (
            "Nederlandse satellieten met Indiase raket gelanceerd",
            "De PSLV-C111 vertrok om 10.17 uur van het ruimtevaartcentrum op Sriharikota.",
        ),
        ("صاروخ هندي يضع قمرا جديدا في المدار", "انطلق الصاروخ PSLV-C113 صباح السبت من مركز ساتيش داوان للفضاء."),
    ],
)
def test_another_flight_of_the_same_rocket_conflicts(title: str, lead: str) -> None:
    facts = typed_facts(title, lead)
    for event_title, event_lead in LAUNCH:
        assert "model.pslv" in fact_conflicts(facts, typed_facts(event_title, event_lead))


def test_designators_are_read_in_capitals_only() -> None:
    assert code_facts("Soyuz MS-25 docks; flight AI-171 lands") == ("model.ai:171", "model.ms:25")
    # a grade, a size, a fuel, an age group or a jet type in mixed case are no designators
    assert code_facts("PM2.5 at 40; RON95-III; U-21 side; Su-35 jets; 4-3 win") == ()
    assert code_facts(None) == ()


def test_a_designator_recalled_later_in_the_lead_is_not_read() -> None:
    lead = "The rocket lifted off on Saturday. Three weeks ago PSLV-C112 carried EOS-21."
    assert not [f for f in typed_facts("India launches Oceansat-4", lead) if "pslv" in f]


@pytest.mark.parametrize(
    "title",
    [
        "В Индии начался предстартовый отсчёт для ракеты PSLV-C112",
        "ISRO begins countdown for PSLV-C112 launch",
        "بدء العد التنازلي لإطلاق الصاروخ الهندي",
        "آغاز شمارش معکوس برای پرتاب موشک هند",
        "印度PSLV火箭发射进入倒计时",
    ],
)
def test_a_countdown_is_the_step_before_the_launch(title: str) -> None:
    assert "act.followup:ahead" in typed_facts(title, "")


def test_a_launch_after_its_countdown_is_the_launch() -> None:
    facts = typed_facts("PSLV lifts off after a smooth countdown, EOS-21 in orbit", "")
    assert "act.followup:ahead" not in facts
