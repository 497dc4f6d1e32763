"""Talks or a committee ending without agreement: the step before a decision, not the decision."""

from __future__ import annotations

import pytest

from storyline.link.facts import followup_conflict, typed_facts

IMPASSE = [
    ("en", "Pension talks end without deal as unions and employers stay far apart"),
    ("ru", "Трёхсторонняя комиссия не договорилась о размере МРОТ"),
    ("ar", "لجنة الأجور تنهي اجتماعها دون اتفاق على الحد الأدنى"),
    ("fa", "نشست شورای عالی کار بدون توافق بر سر دستمزد پایان یافت"),
    ("zh", "最低工资三方委员会未能达成一致"),
    ("de", "Mindestlohn-Kommission ohne Einigung vertagt"),
]
DECISION = [
    ("en", "Government raises minimum wage to 1,250 lari from January"),
    ("ru", "Правительство повысило МРОТ до 1250 лари"),
    ("ar", "الحكومة ترفع الحد الأدنى للأجور إلى 1250 لاري"),
    ("fa", "دولت حداقل دستمزد را به ۱۲۵۰ لاری افزایش داد"),
    ("zh", "政府将最低工资上调至1250拉里"),
]


@pytest.mark.parametrize(("lang", "headline"), IMPASSE)
def test_an_impasse_is_read_in_every_language(lang: str, headline: str) -> None:
    assert "act.followup:impasse" in typed_facts(headline, "")


@pytest.mark.parametrize(("lang", "headline"), IMPASSE)
def test_an_impasse_is_another_step_than_the_decision(lang: str, headline: str) -> None:
    for _, decision in DECISION:
        assert followup_conflict(typed_facts(headline, ""), typed_facts(decision, ""))


@pytest.mark.parametrize("headline", [
    "Government raises minimum wage after talks ended without a deal",
    "الحكومة ترفع الأجور بعد فشل التوصل إلى اتفاق",
    "在谈判未能达成一致后政府上调最低工资",
])
def test_a_decision_after_an_impasse_is_the_decision(headline: str) -> None:
    facts = typed_facts(headline, "")
    assert "act.followup:impasse" not in facts
    assert not followup_conflict(facts, typed_facts(DECISION[0][1], ""))


REJECTED_OFFERS = [
    ("en", "Huesca reject Zaragoza's €22m bid for Lacasa"),
    ("ru", "«Уэска» отклонила предложение «Сарагосы» по Лакасе"),
    ("ar", "هويسكا يرفض عرض سرقسطة لضم لاكاسا"),
    ("fa", "هوئسکا پیشنهاد ۲۲ میلیونی سرقسطه برای لاکاسا را رد کرد"),
    ("zh", "韦斯卡拒绝萨拉戈萨2200万欧元报价"),
    ("es", "El Huesca rechaza la primera oferta del Zaragoza por Lacasa"),
    ("de", "Huesca lehnt das Angebot aus Zaragoza ab"),
]


@pytest.mark.parametrize(("lang", "headline"), REJECTED_OFFERS)
def test_an_offer_turned_down_is_an_impasse_before_the_deal(lang: str, headline: str) -> None:
    assert "act.followup:impasse" in typed_facts(headline, "")


@pytest.mark.parametrize(
    "headline",
    [
        "Zaragoza sign Lacasa for €30m after Huesca rejected a first bid",
        "Constitutional Court rejects delivery apps' bid to suspend fee-cap law",  # an attempt
        "Zaragoza complete record signing of Lacasa",
    ],
)
def test_a_signing_after_a_rejected_bid_or_a_bid_to_act_is_no_impasse(headline: str) -> None:
    assert "act.followup:impasse" not in typed_facts(headline, "")
