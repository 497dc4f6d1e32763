"""Steps of one procedure are two events; a value before a change is the previous change's.

A no-confidence motion tabled days before the vote on it, a rating agency's affirmation days
after another's downgrade, a line's ground broken years before it opens: the step a headline
tells (``stage.motion``, ``stage.rating``, ``stage.works``) tells them apart. A report of a
change states the value before it (``to 21,000 from 15,000``, ``breaking her record of
6.28``): that value is the previous change's own figure, not this one's.
"""

from __future__ import annotations

import json

import pytest

from storyline.link.decide import link_keys
from storyline.link.facts import fact_conflicts
from storyline.link.milestones import milestone_facts
from storyline.link.occurrence import occurrence_facts
from storyline.link.previous_values import previous_values
from storyline.link.recalled_figures import figure_recall_conflict

TABLED = [
    "Opposition tables no-confidence motion against Prime Minister Haas",
    "Оппозиция внесла в Госдуму вотум недоверия правительству",
    "المعارضة تقدم طلبا لسحب الثقة من حكومة الرئيس",
    "在野党向议会提交不信任动议",
    "Opposition bringt Misstrauensantrag gegen Regierung ein",
]
VOTED = [
    "Haas government survives no-confidence vote, 201 to 145",
    "Правительство пережило вотум недоверия в парламенте",
    "الحكومة تنجو من تصويت لسحب الثقة في البرلمان",
    "دولت از رأی عدم اعتماد مجلس جان سالم به در برد",
    "议会否决对内阁的不信任动议",
    "Regierung übersteht Misstrauensvotum",
]


@pytest.mark.parametrize("title", TABLED)
def test_a_motion_tabled_is_read(title: str) -> None:
    assert milestone_facts(title) == ("stage.motion:tabled",)


@pytest.mark.parametrize("title", VOTED)
def test_a_vote_on_a_motion_is_read(title: str) -> None:
    assert milestone_facts(title) == ("stage.motion:vote",)


def test_the_motion_tabled_and_the_vote_conflict_across_languages() -> None:
    tabled = occurrence_facts("Оппозиция внесла в Госдуму вотум недоверия правительству", "")
    voted = occurrence_facts("Haas government survives no-confidence vote, 201 to 145", "")
    assert "stage.motion" in fact_conflicts(tabled, voted)
    other_vote = occurrence_facts("议会否决对内阁的不信任动议", "")
    assert "stage.motion" not in fact_conflicts(voted, other_vote)


@pytest.mark.parametrize(
    ("title", "step"),
    [
        ("Moody's downgrades Egypt to Caa1 from B3", "downgrade"),
        ("Moody's понизило суверенный рейтинг Египта до Caa1", "downgrade"),
        ("موديز تخفض التصنيف الائتماني لمصر إلى Caa1", "downgrade"),
        ("مودیز رتبه اعتباری مصر را کاهش داد", "downgrade"),
        ("穆迪将埃及主权评级下调至Caa1", "downgrade"),
        ("Fitch affirms Egypt at B-, outlook stable", "affirmation"),
        ("Fitch подтвердило рейтинг Египта на уровне B-", "affirmation"),
        ("فيتش تثبت تصنيف مصر عند B-", "affirmation"),
        ("惠誉维持埃及B-评级", "affirmation"),
        ("S&P upgrades Turkey to BB-", "upgrade"),
        ("标普将土耳其评级上调至BB-", "upgrade"),
    ],
)
def test_a_rating_action_is_read(title: str, step: str) -> None:
    assert milestone_facts(title) == (f"stage.rating:{step}",)


@pytest.mark.parametrize(
    ("title", "step"),
    [
        ("Metro Line 4 opens to passengers", "opening"),
        ("Линию метро открыли для пассажиров", "opening"),
        ("افتتاح الخط الرابع لمترو المدينة", "opening"),
        ("خط ۴ مترو افتتاح شد", "opening"),
        ("地铁4号线开通运营", "opening"),
        ("Ground broken for Metro Line 4", "start"),
        ("Заложили первый камень новой линии метро", "start"),
        ("وضع حجر الأساس للخط الرابع من المترو", "start"),
        ("کلنگ خط ۴ مترو به زمین زده شد", "start"),
        ("地铁4号线正式开工", "start"),
    ],
)
def test_a_works_step_is_read(title: str, step: str) -> None:
    assert milestone_facts(title) == (f"stage.works:{step}",)


@pytest.mark.parametrize(
    "title",
    [
        "Museum opens new wing",  # no line, bridge or airport
        "Central bank cuts rate, outlook uncertain",  # a rate decision, no rating
        "Approval ratings of the president fall",
        "Рейтинг президента снизился",  # a poll's rating
        "الشرطة تفتح تحقيقا",
        "巴西发生大面积停电 机场启用备用发电机",
        "意大利劳动工会发起全国大罢工",  # 劳动工会: "labour union", not 动工
        "Rail strike halts trains as talks fail to open",
    ],
)
def test_no_step_without_the_procedure_named(title: str) -> None:
    # a strike's or a blackout's own step may be read (link/milestones.py), no line's, rating's,
    # motion's or record's
    procedures = {fact.split(":")[0] for fact in milestone_facts(title)}
    assert not procedures & {"stage.works", "stage.rating", "stage.motion", "stage.record"}


def test_a_strike_and_a_blackout_are_read_as_their_own_steps() -> None:
    assert milestone_facts("巴西发生大面积停电 机场启用备用发电机") == ("stage.outage:blackout",)
    assert milestone_facts("Rail strike halts trains as talks fail to open") == ("stage.strike:strike",)


def test_both_steps_in_one_headline_conflict_with_neither() -> None:
    both = occurrence_facts(
        "Government survives the no-confidence motion the opposition tabled", ""
    )
    assert {"stage.motion:tabled", "stage.motion:vote"} <= set(both)
    assert fact_conflicts(both, occurrence_facts(TABLED[0], "")) == ()


@pytest.mark.parametrize(
    ("title", "text", "previous"),
    [
        ("Bank devalues rupiah to 21,000 per dollar from 15,000", "", ("15000",)),
        (None, "The bank moved the rate from 15,000 to 21,000 rupiah per dollar.", ("15000",)),
        (None, "Банк девальвировал рупию с 15 000 до 21 000 за доллар.", ("15000",)),
        (None, "خفض البنك سعر الصرف من 15000 إلى 21000 روبية للدولار.", ("15000",)),
        (None, "بانک مرکزی نرخ را از ۱۵۰۰۰ به ۲۱۰۰۰ روپیه رساند.", ("15000",)),
        (None, "央行将汇率由15000调整至21000。", ("15000",)),
        ("Kova clears 6.32 m, breaking her own world record of 6.28 m", "", ("6.28",)),
        (None, "Прежний рекорд – 6,28 м – принадлежал ей же.", ("6.28",)),
        (None, "Die Notenbank senkte den Leitzins von 12,5 auf 11,75 Prozent.", ("12.5",)),
        (None, "央行将印尼盾交易区间由上下2%扩大至5%。", ("2",)),  # a percentage, however small
        (None, "The band was widened from 2% to 5%.", ("2",)),
    ],
)
def test_previous_values_are_read(title: str | None, text: str, previous: tuple[str, ...]) -> None:
    assert previous_values(title, text) == previous


@pytest.mark.parametrize(
    "text",
    [
        "Open from 9 to 17 daily.",  # hours, not a previous value
        "Ages from 2 to 5 years.",  # small and no percentage
        "The works ran from 2040 to 2045.",  # years
        "Rate raised from 15% to 16%. Analysts had expected 15%.",  # stated as its own, too
        "Более 40 автомобилей столкнулись на трассе G30.",
        "اکنون در ارتفاع 4700 متری قرار دارد، شب گذشته به 32 نفر رسید",
    ],
)
def test_no_previous_value_where_none_is_stated(text: str) -> None:
    assert previous_values(None, text) == ()


def test_the_previous_record_report_is_another_occurrence() -> None:
    new = link_keys(
        "Kova clears 6.32 m, breaking her own world record of 6.28 m",
        "The 24-year-old set the mark in Zurich on Friday.",
        "en",
    )
    old = link_keys(
        "Kova sets world record of 6.28 m in Rome", "The mark came in her third attempt.", "en"
    )
    same = link_keys("Кова установила мировой рекорд – 6,32 м", "В Цюрихе в пятницу.", "ru")
    assert json.loads(new)["rf"] == ["6.28"]
    assert figure_recall_conflict(new, old)
    assert not figure_recall_conflict(new, same)


def test_the_old_band_is_not_shared_with_the_previous_devaluation() -> None:
    new = link_keys(
        "印尼央行下调印尼盾中间价", "央行将交易区间由上下2%扩大至5%，美元兑印尼盾升至21000。", "zh"
    )
    old = link_keys("Индонезия девальвировала рупию на 10%", "ЦБ ввёл коридор в 2%.", "ru")
    new_facts, old_facts = json.loads(new)["f"], json.loads(old)["f"]
    assert "pct:2" not in new_facts and "pct:2" in old_facts
    assert "pct" in fact_conflicts(new_facts, old_facts)
