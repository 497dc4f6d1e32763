"""The steps of a strike, a title fight, an export ban, a census, power cuts and a bank's
trouble (link/milestones.py).

Each procedure's steps are days or weeks apart with the same actors and figures: a strike's
notice, the strike and its end; the weigh-in and the fight; an export ban proposed, imposed,
extended and lifted; a census's preliminary count and its final results; a schedule of rolling power cuts and a
nationwide blackout; a bank's loss and its rescue by the state. Reports telling two
different steps are two events (the stage conflict); a report naming two steps conflicts with
neither.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts
from storyline.link.milestones import milestone_facts


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        ("Rail unions call 48-hour strike for next Tuesday", "stage.strike:notice"),
        ("Dockers vote to strike over pay", "stage.strike:notice"),
        ("Профсоюз пригрозил забастовкой", "stage.strike:notice"),
        ("النقابة تهدد بالإضراب الأسبوع المقبل", "stage.strike:notice"),
        ("Nationwide rail strike halts trains across Denmark", "stage.strike:strike"),
        ("Забастовка парализовала железные дороги", "stage.strike:strike"),
        ("إضراب شامل يشل حركة القطارات", "stage.strike:strike"),
        ("اعتصاب سراسری قطارها را متوقف کرد", "stage.strike:strike"),
        ("铁路工人罢工致全国列车停运", "stage.strike:strike"),
        ("Union calls off rail strike after pay offer accepted", "stage.strike:end"),
        ("Профсоюз отменил забастовку", "stage.strike:end"),
        ("النقابة تعلق الإضراب", "stage.strike:end"),
        ("سندیکا اعتصاب را لغو کرد", "stage.strike:end"),
        ("工会宣布取消罢工", "stage.strike:end"),
        ("Usyk and Fury make weight ahead of title fight", "stage.fight:weighin"),
        ("Усик и Фьюри прошли взвешивание перед боем за пояс", "stage.fight:weighin"),
        ("拳王称重仪式顺利完成", "stage.fight:weighin"),
        ("Usyk knocks out Fury to retain WBC belt", "stage.fight:fight"),
        ("الملاكم الأوكراني يحتفظ بحزام الوزن الثقيل", "stage.fight:fight"),
        ("乌西克击败富里卫冕重量级拳王", "stage.fight:fight"),
        ("Ministry proposes ban on wheat exports", "stage.ban:proposal"),
        ("وزارة تقترح حظر تصدير القمح", "stage.ban:proposal"),
        ("Kyrgyzstan bans wheat exports for six months", "stage.ban:imposed"),
        ("قيرغيزستان تحظر تصدير القمح", "stage.ban:imposed"),
        ("吉尔吉斯斯坦禁止小麦出口", "stage.ban:imposed"),
        ("Kyrgyzstan extends wheat export ban", "stage.ban:extension"),
        ("Kyrgyzstan lifts wheat export ban", "stage.ban:lifted"),
        ("الحكومة ترفع حظر تصدير القمح", "stage.ban:lifted"),
        ("吉尔吉斯斯坦解除小麦出口禁令", "stage.ban:lifted"),
        ("Census preliminary count puts population at 130m", "stage.census:preliminary"),
        ("Final census results: population 131m", "stage.census:final"),
        ("نتایج نهایی سرشماری اعلام شد", "stage.census:final"),
        ("人口普查初步结果公布", "stage.census:preliminary"),
        ("CEB announces rolling power cuts schedule", "stage.outage:schedule"),
        ("جدول خاموشی های تهران اعلام شد", "stage.outage:schedule"),
        ("电网公布轮流停电计划", "stage.outage:schedule"),
        ("Sri Lanka plunged into darkness after nationwide blackout", "stage.outage:blackout"),
        ("انقطاع شامل للكهرباء يغرق البلاد في الظلام", "stage.outage:blackout"),
        ("全国大停电", "stage.outage:blackout"),
        ("Commercial Bank posts record $1bn loss", "stage.bank:loss"),
        ("بنك الرافدين يعلن خسائر", "stage.bank:loss"),
        ("Банк объявил об убытках", "stage.bank:loss"),
        ("Government rescues Commercial Bank with $2bn injection", "stage.bank:rescue"),
        ("الحكومة تنقذ بنك الرافدين", "stage.bank:rescue"),
        ("政府注资救助国民银行", "stage.bank:rescue"),
    ],
)
def test_a_headline_tells_its_step(headline: str, stage: str) -> None:
    assert milestone_facts(headline) == (stage,)


@pytest.mark.parametrize(
    "headline",
    [
        "Israeli air strike kills five",  # no labour strike
        "Missile strike hits Kyiv",
        "Exports rose 5% in May",  # exports, no step of a ban
        "Fury arrives in Riyadh",  # a boxer named, no step
        "Census bureau hires 500 enumerators",
        "Central bank injects liquidity as losses mount",  # a central bank is no lender in trouble
        "البنك المركزي يضخ سيولة",
        "Банк России снизил ставку",
    ],
)
def test_no_step_without_its_object_and_word(headline: str) -> None:
    assert milestone_facts(headline) == ()


def test_a_lifting_or_a_proposal_names_the_ban_it_is_about() -> None:
    # "lifts ... ban", "proposes ban": the ban is named, not imposed
    assert "stage.ban:imposed" not in milestone_facts("Kyrgyzstan lifts ban on wheat exports")
    assert "stage.ban:imposed" not in milestone_facts("Ministry proposes to ban wheat exports")


def test_a_rescue_told_with_its_losses_is_the_rescue() -> None:
    assert milestone_facts("State rescues Bank Alfa after $2bn loss") == ("stage.bank:rescue",)


def test_a_strike_called_off_is_not_the_strike() -> None:
    assert milestone_facts("Union calls off the strike that halted trains") == ("stage.strike:end",)


def test_different_steps_conflict_and_the_same_step_does_not() -> None:
    notice = milestone_facts("Rail unions call 48-hour strike")
    strike = milestone_facts("Забастовка парализовала железные дороги")
    held = milestone_facts("铁路工人罢工致全国列车停运")
    assert fact_conflicts(notice, strike)
    assert not fact_conflicts(strike, held)
    weighin = milestone_facts("Usyk and Fury make weight ahead of title fight")
    fight = milestone_facts("乌西克击败富里卫冕重量级拳王")
    assert fact_conflicts(weighin, fight)


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        # Slovak, Danish, Amharic, Khmer words of the same steps (written without spaces in Khmer)
        ("Odbory potvrdili štrajk železničiarov, vlaky v stredu nepôjdu", "stage.strike:notice"),
        ("Štrajk železničiarov zastavil Slovensko", "stage.strike:strike"),
        ("Kjærgaard og Salcedo klarer vægten", "stage.fight:weighin"),
        ("Kjærgaard slår Salcedo ud og beholder VM-bæltet", "stage.fight:fight"),
        ("كيرغارد وسالسيدو يجتازان الميزان قبل نزال اللقب", "stage.fight:weighin"),
        ("መንግሥት ሳባ ኅብረት ባንክን ለመታደግ 62 ቢሊዮን ብር መደበ", "stage.bank:rescue"),
        ("ሳባ ኅብረት ባንክ 9.4 ቢሊዮን ብር ኪሳራ አስመዘገበ", "stage.bank:loss"),
        ("លទ្ធផលជំរឿនចុងក្រោយ៖ ប្រជាជនកម្ពុជាមាន ១៩ លាន", "stage.census:final"),
        ("كمبوديا: العدد الأولي للسكان 19.61 مليون نسمة", "stage.census:preliminary"),
    ],
)
def test_more_languages_tell_the_steps(headline: str, stage: str) -> None:
    assert milestone_facts(headline) == (stage,)


def test_a_step_vowed_or_promised_is_not_told() -> None:
    # the press conference's promise is no fight; a union's threat is a notice, not the walkout
    assert milestone_facts("Сальседо на пресс-конференции пообещал нокаутировать Кьергора в бою за пояс") == (
        "stage.fight:weighin",
    )
    assert milestone_facts("Union threatens to walk out next week") == ("stage.strike:notice",)
    assert milestone_facts("Kjaergaard knocks out Salcedo to keep IBF belt") == ("stage.fight:fight",)


def test_weighing_is_no_weigh_in() -> None:
    assert milestone_facts("A stone meteorite weighing about 1.2 kg smashed through a roof") == ()
