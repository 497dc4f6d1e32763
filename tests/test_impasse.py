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
