"""The person a headline appoints tells one appointment from another of the same body (issue 14).

Session 59: a parliament confirmed a central bank's governor and, two days later, his first
deputy; the deputy's reports joined the governor's story on the same parliament, bank and
words. The person each headline appoints is an office-holder fact (``role.appointee``): other
people, neither headline naming the other's, are two occurrences, whatever the leads recall.
"""

from __future__ import annotations

import pytest

from storyline.link.appointments import appointee_facts
from storyline.link.facts import fact_conflicts, typed_facts

#: One confirmation, as outlets in four languages and three scripts headline it.
GOVERNOR = [
    "Romanian lawmakers confirm Zarnescu as central bank governor",
    "Парламент Румынии утвердил Кэтэлина Зэрнеску главой центробанка",
    "Cătălin Zărnescu este noul guvernator al BNR",
    "Zarnescu confirmed as Romania's central bank governor",
]
LEAD = "The vote in the joint session of both chambers was 291 to 87, the speaker announced."


@pytest.mark.parametrize("title", GOVERNOR)
def test_one_appointment_in_every_script_names_one_person(title: str) -> None:
    (fact,) = appointee_facts(title)
    assert fact.endswith("zrnsk")
    for other in GOVERNOR:
        assert not fact_conflicts(typed_facts(title, LEAD), typed_facts(other, LEAD))


def test_the_deputy_appointed_days_later_conflicts_though_her_lead_names_the_governor() -> None:
    deputy = "Парламент Румынии назначил Иоану Добреску первым заместителем главы ЦБ"
    lead = "Кандидатуру Добреску предложил сам Зэрнеску, утверждённый парламентом во вторник."
    for title in GOVERNOR:
        assert "role.appointee" in fact_conflicts(
            typed_facts(deputy, lead), typed_facts(title, LEAD)
        )


def test_a_headline_naming_both_people_does_not_conflict() -> None:
    both = "Senate confirms Dobrescu as deputy to Zarnescu"
    assert not fact_conflicts(typed_facts(both, ""), typed_facts(GOVERNOR[0], ""))


def test_chinese_names_are_compared_with_chinese_names_only() -> None:
    assert appointee_facts("罗马尼亚议会批准扎尔内斯库出任央行行长") == (
        "role.appointee:扎尔内斯库",
    )
    other = typed_facts("议会任命伊万诺娃为央行第一副行长", "")
    assert "role.appointee" in fact_conflicts(
        other, typed_facts("议会批准扎尔内斯库出任央行行长", "")
    )
    assert not fact_conflicts(other, typed_facts(GOVERNOR[0], ""))


@pytest.mark.parametrize(
    "title",
    [
        "Investors approve BHP takeover",
        "EU confirms Russia sanctions",
        "Parliament names new cabinet",
        "البرلمان يعين محافظا جديدا للبنك المركزي",
        "Police say the victim was named on Tuesday",
    ],
)
def test_no_person_no_appointee(title: str) -> None:
    assert appointee_facts(title) == ()


def test_role_words_after_a_name_are_not_the_name() -> None:
    assert appointee_facts("Macron nomme Michel Barnier Premier ministre") == (
        "role.appointee:mkl.brnr",
    )


def test_a_vote_whose_person_a_colon_names() -> None:
    deputy = "Parlamentul a votat noul prim-viceguvernator al BNR: Ioana Dobrescu"
    assert appointee_facts(deputy) == ("role.appointee:dbrsk",)
    governor = typed_facts("Cătălin Zărnescu este noul guvernator al BNR", "")
    assert "role.appointee" in fact_conflicts(typed_facts(deputy, ""), governor)
    assert appointee_facts("Parliament voted on the budget: 250 in favour") == ()
