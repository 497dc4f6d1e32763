"""A drill, a rehearsal, a simulation is the step before an event (issue 14, session 35).

An oil-spill drill off the cape where a tanker later ran aground, a rocket's full
launch rehearsal at the pad it later failed from: the same operator, the same
place, often the event's own scenario and figures, and nothing happened. A
headline that reports practice for an event is a step before it
(``act.followup:ahead``), evidence against a story whose reports state none
where time cannot tell (an undated Telugu report of the rehearsal had joined the
launch failure's story). A report of the event that recalls a drill in its lead
is still the event's. Lines written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.link.aftermath import drill
from storyline.link.facts import followup_conflict
from storyline.link.occurrence import occurrence_facts


@pytest.mark.parametrize(
    "title",
    [
        "Galicia stages oil-spill drill off Fisterra with a fictional tanker",
        "Bursa runs market-wide rehearsal ahead of new trading engine",
        "В Шрихарикоте прошла генеральная репетиция запуска ракеты",
        "В Галисии отработали ликвидацию разлива нефти у мыса Финистерре",
        "加利西亚海域举行溢油应急演练",
        "شرکت فضایی رزمایش کامل پرتاب را انجام داد",
        "الدفاع المدني ينفذ مناورة لإخلاء الملعب",
        "Simulacro en Fisterra: un petroleiro ficticio verte 600 toneladas",
        "Limanda petrol sızıntısı tatbikatı yapıldı",
        "శ్రీహరికోటలో పూర్తి స్థాయి రిహార్సల్",
        "स्टेडियम में मॉक ड्रिल, दमकल की 12 गाड़ियां पहुंचीं",
    ],
)
def test_a_drill_headline_is_a_step_before(title: str) -> None:
    assert drill(title, "")
    assert "act.followup:ahead" in occurrence_facts(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "Tanker runs aground off Fisterra, spilling oil",
        "Police urge drivers to exercise caution on icy roads",
        "Oil drilling resumes in the North Sea",
        "Private rocket fails on maiden flight from Sriharikota",
    ],
)
def test_an_event_headline_is_no_drill(title: str) -> None:
    lead = "A drill had simulated the same spill three weeks before."
    assert not drill(title, lead)
    assert "act.followup:ahead" not in occurrence_facts(title, lead)


def test_a_drill_conflicts_with_the_event_it_rehearses() -> None:
    rehearsal = occurrence_facts("Garuda runs full launch rehearsal at Sriharikota", "")
    failure = occurrence_facts("Private rocket fails on maiden flight from Sriharikota", "")
    assert followup_conflict(rehearsal, failure)
    assert not followup_conflict(rehearsal, occurrence_facts("Second launch rehearsal held", ""))
