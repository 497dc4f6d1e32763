"""The period a periodic figure is for (storyline.link.periods), read as an occurrence fact.

A statistics office's release of March's inflation and its release of February's read alike:
the same office, the same country, the same kind of figure. The month (quarter, half year) the
figure is for tells them apart, in every script.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.occurrence import occurrence_facts
from storyline.link.periods import period_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's annual inflation slows to 38.2% in March", ("period.month:3",)),
        ("March inflation at 38.2%, lowest in two years", ("period.month:3",)),
        ("UK inflation rises in May as food prices climb", ("period.month:5",)),
        ("Годовая инфляция в Турции в марте замедлилась до 38,2%", ("period.month:3",)),
        ("Безработица в Казахстане за апрель составила 4,7%", ("period.month:4",)),
        ("Інфляція в Україні у березні сповільнилася до 5,1%", ("period.month:3",)),
        ("تراجع التضخم السنوي في تركيا خلال مارس إلى 38.2%", ("period.month:3",)),
        ("نرخ تورم سالانه ترکیه در ماه مارس به ۳۸٫۲ درصد رسید", ("period.month:3",)),
        ("土耳其3月份CPI同比上涨38.2%", ("period.month:3",)),
        ("德国2月通胀率降至2.4%", ("period.month:2",)),
        ("Inflation in der Türkei sinkt im März auf 38,2 Prozent", ("period.month:3",)),
        ("L'inflation ralentit en mai en France", ("period.month:5",)),
        ("Japan's economy shrinks in the third quarter", ("period.quarter:3",)),
        ("Q2 profit at Siemens beats forecasts", ("period.quarter:2",)),
        ("ВВП России во втором квартале вырос на 1,2%", ("period.quarter:2",)),
        ("نمو الاقتصاد المصري 4.1% في الربع الثالث", ("period.quarter:3",)),
        ("رشد اقتصادی ایران در فصل سوم ۲ درصد شد", ("period.quarter:3",)),
        ("中国第三季度GDP同比增长4.9%", ("period.quarter:3",)),
        ("Gazprom's first-half net income falls 40%", ("period.half:1",)),
        ("Прибыль «Газпрома» за первое полугодие упала на 40%", ("period.half:1",)),
        ("أرباح أرامكو في النصف الأول تتراجع 15%", ("period.half:1",)),
        ("上半年全国居民消费价格同比上涨0.1%", ("period.half:1",)),
    ],
)
def test_period_read_in_many_languages(text: str, expected: tuple[str, ...]) -> None:
    assert period_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thousands rally in Ankara on 3 March over pensions",  # no figure
        "Statistics office to publish inflation figures on April 12",  # a date, not a period
        "国家统计局将于4月11日发布物价数据",  # a day, not a month's figures
        "Inflation may ease further, central bank governor says",  # "may" is no month here
        "Striker scores twice in the second half as Galatasaray win",  # no figure
        "1-3月全国规模以上工业企业利润下降",  # the months to March: no one month
        "تورم اسفند ماه به ۴۰ درصد رسید",  # an Iranian solar month: not read
    ],
)
def test_no_period_without_a_figure_or_for_a_date(text: str) -> None:
    assert period_facts(text) == ()


def test_the_first_period_is_the_release_s_own() -> None:
    # the month a release compares with comes after its own
    assert period_facts("Inflation eased to 4.2% in March from 4.5% in February") == (
        "period.month:3",
    )
    assert period_facts("Инфляция в марте составила 4,2% после 4,5% в феврале") == (
        "period.month:3",
    )


def test_a_quarter_is_the_figures_period_not_an_ordinal_of_occurrence() -> None:
    assert occurrence_facts("Apple's 2nd quarter earnings", "") == ("period.quarter:2",)


def test_read_from_the_lead_when_the_headline_states_no_period() -> None:
    lead = "Annual inflation in Egypt slowed to 12.1% in April, the statistics agency said."
    assert "period.month:4" in occurrence_facts("Egypt's inflation slows again", lead)
    # the headline's period wins over the lead's
    facts = occurrence_facts("Egypt's March inflation slows", lead)
    assert "period.month:3" in facts and "period.month:4" not in facts


def test_two_releases_of_other_months_conflict_across_scripts() -> None:
    march_en = typed_facts("Turkey's annual inflation slows to 38.2% in March", "")
    march_zh = typed_facts("土耳其3月份CPI同比上涨38.2%", "")
    february_ru = typed_facts("Инфляция в Турции в феврале замедлилась до 39,1%", "")
    assert fact_conflicts(march_en, march_zh) == ()
    assert "period.month" in fact_conflicts(march_en, february_ru)
    assert "period.month" in fact_conflicts(march_zh, february_ru)


def test_a_rate_decision_is_not_the_release_of_the_inflation_it_cites() -> None:
    release = typed_facts(
        "Inflatschoon stiggt in April op 3,1 Perzent",  # Low German: inflation, percent
        "Dat Statistische Bundesamt hett an'n Middeweek mellt: 3,1 Perzent in April.",
    )
    assert "period.month:4" in release and "pct:3.1" in release
    decision = typed_facts(
        "ЕЦБ повысил ставку и сослался на инфляцию в Германии",
        "ЕЦБ повысил ставку на 0,25 пункта, сославшись на инфляцию в Германии в апреле (3,1%).",
    )
    # the decision's lead cites the release's month: not its own period
    assert "stage.decision:raise" in decision and not any(f.startswith("period.") for f in decision)
    assert "release" in fact_conflicts(release, decision)
    assert "release" in fact_conflicts(decision, release)
    # a decision headline that names the month itself is both: no conflict of this kind
    both = typed_facts("ECB raises rates after German inflation hits 3.1% in April", "")
    assert "release" not in fact_conflicts(both, release)


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Enflasyon ogmante 3,1 pousan nan mwa avril", "pct:3.1"),  # Haitian
        ("Umabot ha 4.2 porsiyento an inflation", "pct:4.2"),  # Waray / Tagalog
        ("Pries sünd um 2,8 Perzent stegen", "pct:2.8"),  # Low German
        ("Ël sì a pija l'61,2 për sent", "pct:61.2"),  # Piedmontese (session 48)
    ],
)
def test_percent_words_of_more_languages(text: str, pct: str) -> None:
    assert pct in typed_facts(text, "")
