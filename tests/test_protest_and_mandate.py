"""A protest against an event, and a body mandating talks on a vote's result: steps after it."""

from __future__ import annotations

import pytest

from storyline.link.facts import followup_conflict, typed_facts

RAISE = [
    "Slovenia raises regulated fuel prices from Tuesday",
    "Словения повысила регулируемые цены на топливо",
    "سلوفينيا ترفع أسعار الوقود المنظمة",
    "اسلوونی قیمت سوخت را افزایش داد",
    "斯洛文尼亚上调成品油价格",
]
PROTEST = [
    "Hauliers block Ljubljana ring road in protest over diesel price",
    "Водители грузовиков протестуют против роста цен на дизель",
    "سائقو الشاحنات يحتجون على ارتفاع أسعار الديزل",
    "اعتراض رانندگان کامیون به گرانی گازوئیل",
    "斯洛文尼亚卡车司机堵路抗议柴油涨价",
]


@pytest.mark.parametrize("protest", PROTEST)
def test_a_protest_is_a_step_after_the_decision(protest: str) -> None:
    facts = typed_facts(protest, "")
    assert "act.followup:protest" in facts
    for decision in RAISE:
        assert followup_conflict(facts, typed_facts(decision, ""))


@pytest.mark.parametrize("headline", [
    "General strike in protest at the budget shuts Italy",
    "اعتصاب سراسری کارگران ایتالیا در اعتراض به بودجه",
    "意大利工会举行全国总罢工 抗议政府预算案",
])
def test_a_strike_in_protest_is_the_strike(headline: str) -> None:
    assert "act.followup:protest" not in typed_facts(headline, "")


@pytest.mark.parametrize("headline", [
    "Regional council mandates governor to negotiate autonomy with Rome",
    "Совет области поручил губернатору начать переговоры с Римом об автономии",
    "مجلس الإقليم يفوض رئيسته التفاوض مع روما على الحكم الذاتي",
    "地区议会授权主席与罗马就自治进行谈判",
])
def test_a_mandate_to_negotiate_is_a_step_after_the_vote(headline: str) -> None:
    facts = typed_facts(headline, "")
    assert "act.followup:mandate" in facts
    result = typed_facts("Region votes 61.2% yes to more autonomy, official count shows", "")
    assert followup_conflict(facts, result)


def test_a_peacekeeping_mandate_is_no_mandate_to_negotiate() -> None:
    assert "act.followup:mandate" not in typed_facts("UN extends peacekeeping mandate in Lebanon", "")


@pytest.mark.parametrize("headline", [
    "تحرير 11 رهينة احتجزهم مسلح داخل مصرف",  # hostages a gunman held
    "احتجاز مسؤولين في شركة صيانة الطرق",  # officials detained
    "إحباط محاولة فرار بعد اعتراض طائرة مسيرة",  # a drone intercepted
    "رئیس مجلس نماینده معترض را از صحن اخراج کرد",  # a protesting MP expelled: a ruling
])
def test_a_detention_an_interception_or_a_protesting_member_is_no_protest(headline: str) -> None:
    assert "act.followup:protest" not in typed_facts(headline, "")


def test_a_protest_report_counts_a_day_apart() -> None:
    import numpy as np

    from storyline.link.tracker_evidence import followup_days
    from storyline.store.story_records import LinkRow

    row = LinkRow(1, "a1", "en", "2044-10-07", np.ones(2), '{"f": ["act.followup:protest"]}', None)
    assert followup_days([row]) == 1.0
