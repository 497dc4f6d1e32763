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
    assert "stage.deal:clearance" in occurrence_facts(title, "")


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
    # words that only begin like a ruling: Barcelona, clearly, blockbuster
    assert occurrence_facts("Barcelona completes takeover of a rival club", "") == ()
    assert occurrence_facts("Merger clearly on track, blockbuster deal says CEO", "") == ()
    assert occurrence_facts("Стадион закрыт: власти запретили матч", "") == ()


def test_conditional_and_unconditional_clearances_are_other_rulings() -> None:
    conditional = [t for t in CLEARED if "stage.terms:conditional" in occurrence_facts(t, "")]
    assert len(conditional) == 5  # en, de, ar, fa, zh state the conditions
    unconditional = [
        "EU unconditionally approves Harwick's purchase of a Polish rival",
        "ЕС без условий одобрил покупку Harwick",
        "الاتحاد الأوروبي يوافق دون شروط على صفقة هارويك",
        "欧盟无条件批准哈威克收购波兰企业",
    ]
    for title in unconditional:
        assert "stage.terms:unconditional" in occurrence_facts(title, ""), title
        for other in conditional:
            assert "stage.terms" in fact_conflicts(typed_facts(title, ""), typed_facts(other, ""))
    # a report that states no terms conflicts with neither
    plain = typed_facts("La CNMC autoriza la compra de Lindqvist por Harwick", "")
    assert not fact_conflicts(plain, typed_facts(unconditional[0], ""))


LAUNCHES = {
    "success": [
        "Kestrel-1 rocket puts weather satellite into orbit",
        "Ракета «Пустельга-1» вывела на орбиту спутник",
        "صاروخ كيسترل يضع قمرا صناعيا في المدار",
        "ماهواره هواشناسی با موشک کسترل به مدار رسید",
        "红隼火箭将气象卫星送入轨道",
    ],
    "failure": [
        "Kestrel-1 rocket explodes seconds after liftoff",
        "Ракета «Пустельга-1» взорвалась после старта",
        "انفجار صاروخ كيسترل بعد الإقلاع",
        "红隼火箭发射后爆炸",
        "ロケット打ち上げ直後に爆発",
    ],
    "scrub": [
        "Kestrel-1 launch scrubbed eight seconds before liftoff",
        "إلغاء إطلاق الصاروخ قبل ثوان من الإقلاع",
        "红隼火箭发射推迟",
    ],
}


@pytest.mark.parametrize("outcome", sorted(LAUNCHES))
def test_launch_outcomes(outcome: str) -> None:
    for title in LAUNCHES[outcome]:
        assert occurrence_facts(title, "") == (f"stage.launch:{outcome}",), title
        for other, titles in LAUNCHES.items():
            for t in titles:
                conflicts = fact_conflicts(typed_facts(title, ""), typed_facts(t, ""))
                assert ("stage.launch" in conflicts) == (other != outcome), (title, t)


def test_no_launch_named_no_launch_outcome() -> None:
    # talks failing are an impasse (session 48), not a launch's outcome
    assert occurrence_facts("Talks fail; summit postponed", "") == ("act.followup:impasse", "stage.meeting:leaders")
    assert occurrence_facts("Переговоры отложены", "") == ()
