"""Fixes for the general rule after heldout63 and heldout64 were read: who met (ministers or
leaders), compound ordinals, an appeal lodged against the ruling on it, a cup won as its final,
a breadcrumb of slashes, and more words for the release, membership and transit steps.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, followup_conflict
from storyline.link.meetings import meeting_level
from storyline.link.milestones import milestone_facts
from storyline.link.occurrence import occurrence_facts
from storyline.link.rounds import match_rounds
from storyline.text.clean.rules import is_section_label


@pytest.mark.parametrize(
    ("headline", "level"),
    [
        ("Thai, Cambodian foreign ministers finalise summit texts", "ministers"),
        ("Министры иностранных дел Таиланда и Камбоджи провели переговоры", "ministers"),
        ("وزيرا خارجية تايلاند وكمبوديا يمهدان للقمة", "ministers"),
        ("泰柬外长会晤", "ministers"),
        ("EAC Council of Ministers recommends admitting the Comoros", "ministers"),
        ("Baraza la Mawaziri la EAC lapendekeza Komoro", "ministers"),
        ("Thai, Cambodian leaders sign border crossing and power deals", "leaders"),
        ("Премьеры Таиланда и Камбоджи подписали соглашения", "leaders"),
        ("رئيسا وزراء تايلاند وكمبوديا يوقعان سبع اتفاقيات", "leaders"),
        ("دیدار نخست‌وزیران تایلند و کامبوج در مرز", "leaders"),
        ("泰柬两国总理在边境会晤", "leaders"),
        ("EAC summit in Arusha defers Comoros membership bid", "leaders"),
    ],
)
def test_who_met(headline: str, level: str) -> None:
    assert meeting_level(headline) == (f"stage.meeting:{level}",)


@pytest.mark.parametrize(
    "headline",
    [
        "Prime Minister meets visiting foreign minister",  # no group
        "Climbers reach the summit of Everest",  # a mountain's summit
        "Kurdish cabinet sends finance minister to Baghdad",  # a national cabinet
        "Council of Ministers declares a state of emergency",
        "Opposition leaders call for protest",
        "الأهلي والزمالك في قمة الدوري",  # a football "top match"
    ],
)
def test_no_level_without_a_meeting_of_states(headline: str) -> None:
    assert meeting_level(headline) == ()


def test_ministers_and_leaders_are_two_meetings() -> None:
    ministers = occurrence_facts("Thai, Cambodian foreign ministers finalise summit texts", "")
    leaders = occurrence_facts("Thai, Cambodian leaders sign border crossing and power deals", "")
    assert fact_conflicts(ministers, leaders)
    both = occurrence_facts("Leaders and foreign ministers sign seven accords", "")
    assert not fact_conflicts(both, leaders) and not fact_conflicts(both, ministers)


@pytest.mark.parametrize(
    ("headline", "ordinal"),
    [
        ("القمة السابعة والعشرين لمجموعة شرق أفريقيا", "ordinal.summit:27"),
        ("الجولة الثانية عشرة من المحادثات", "ordinal.round:12"),
        ("Twenty-seventh summit opens in Arusha", "ordinal.summit:27"),
        ("двадцать седьмой саммит ЕАС", "ordinal.summit:27"),
        ("بیست و هفتمین اجلاس سران", "ordinal.summit:27"),
        ("the thirteenth round of talks", "ordinal.round:13"),
        ("الدورة العشرين للمجلس", "ordinal.session:20"),
    ],
)
def test_a_compound_ordinal_is_read_whole(headline: str, ordinal: str) -> None:
    ordinals = [f for f in occurrence_facts(headline, "") if f.startswith("ordinal.")]
    assert ordinals == [ordinal]  # not its last word's value (the seventh, the second)


def test_ordinals_still_read() -> None:
    assert "ordinal.round:3" in occurrence_facts("الجولة الثالثة من المحادثات", "")
    assert "ordinal.summit:27" in occurrence_facts("27th EAC summit opens", "")


def test_an_appeal_lodged_is_not_the_ruling_on_it() -> None:
    ruling = occurrence_facts("Greek appeals court cuts ex-minister's sentence to 10 years", "")
    assert ruling == ("stage.trial:appeal",)
    for headline in (
        "Ex-minister's lawyers file appeal with the Supreme Court",
        "محامو الوزير السابق يطعنون في الحكم أمام محكمة النقض",
        "希腊前部长向最高法院提起上诉",
        "Защита экс-министра подала кассационную жалобу",
    ):
        filed = occurrence_facts(headline, "")
        assert filed == ("act.followup:appeal",), headline
        assert followup_conflict(filed, ruling)
    assert occurrence_facts("Supreme Court rejects ex-minister's appeal", "") == ("stage.trial:appeal",)


def test_a_sentence_given_and_a_second_instance_ruling() -> None:
    assert occurrence_facts("Former minister gets 15 years for laundering bribes", "") == ("stage.trial:verdict",)
    assert occurrence_facts("Εφετείο: Ένοχος και σε δεύτερο βαθμό ο πρώην υπουργός", "") == ("stage.trial:appeal",)


@pytest.mark.parametrize(
    "headline",
    [
        "Radovic's late strike gives Debrecen Hungarian Cup",
        "«Дебрецен» вырвал Кубок Венгрии у «Ференцвароша»",
        "فيرينتسفاروش يكتسح دبرتسن بثلاثية ويتوج بكأس المجر",
        "دبرسن قهرمان جام حذفی مجارستان شد",
        "德布勒森夺得匈牙利杯",
        "a DVSC nyerte a Magyar Kupát",
    ],
)
def test_a_cup_won_is_its_final(headline: str) -> None:
    assert match_rounds(headline) == ("stage.match:final",)


def test_a_cup_qualifier_or_semi_final_is_no_final() -> None:
    assert match_rounds("Italy win World Cup qualifier") == ()
    assert match_rounds("Debrecen win cup semi-final") == ("stage.match:semi",)


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        ("پاکستان آزادی ۲۱۷ ماهیگیر هندی را اعلام کرد", "stage.release:order"),
        ("۲۱۷ ماهیگیر هندی روز جمعه در مرز واگا به هند تحویل داده می‌شوند", "stage.release:order"),
        ("Baraza la Mawaziri la EAC lapendekeza Komoro ikubaliwe kujiunga na jumuiya", "stage.membership:recommendation"),
        ("Komoro yakubaliwa kuwa mwanachama wa tisa wa EAC", "stage.membership:admission"),
        ("کومور نهمین عضو جامعهٔ شرق آفریقا شد", "stage.membership:admission"),
        ("Коморы приняты в Восточноафриканское сообщество", "stage.membership:admission"),
        ("قمة شرق أفريقيا تقبل جزر القمر عضواً تاسعاً", "stage.membership:admission"),
        ("Коморы подписали договор о присоединении к сообществу", "stage.membership:accession"),
        ("EAC admits Comoros on the recommendation of its ministers", "stage.membership:admission"),
    ],
)
def test_more_words_of_the_steps(headline: str, stage: str) -> None:
    assert milestone_facts(headline) == (stage,)


def test_a_breadcrumb_of_slashes_is_a_section_label() -> None:
    assert is_section_label("Central Europe Football Wire / Hungary / Magyar Kupa")
    assert not is_section_label("Oil / gas / power: prices rise again")


def test_an_arabic_score_without_reply() -> None:
    from storyline.link.decide import fact_keys, link_keys

    keys = link_keys(
        "فيرينتسفاروش يتوج بكأس المجر",
        "أحرز فيرينتسفاروش لقب كأس المجر بعد فوزه على دبرتسن بثلاثة أهداف دون رد في المباراة النهائية.",
        "ar",
    )
    assert "score:0-3" in fact_keys(keys)
