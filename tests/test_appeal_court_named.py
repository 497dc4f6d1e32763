"""A court of appeal named as the institution that proclaims a vote's result is no appeal stage."""

from __future__ import annotations

import pytest

from storyline.link.facts import followup_conflict, typed_facts

# A regional referendum's official result, proclaimed at a court of appeal (as Italy's are).
PROCLAIMED = [
    ("Official count confirms 61.2% yes in Liguria autonomy vote",
     "The result was proclaimed at Genoa's court of appeal on Monday: 61.2% yes, turnout 44%."),
    ("Официальные итоги референдума в Лигурии: 61,2% «за»",
     "Апелляционный суд Генуи объявил в понедельник официальные итоги: 61,2% «за»."),
    ("النتيجة الرسمية لاستفتاء ليغوريا: 61.2% نعم للحكم الذاتي",
     "أعلنت محكمة الاستئناف في جنوة النتيجة الرسمية: 61.2% نعم."),
    ("نتیجه رسمی همه‌پرسی لیگوریا: ۶۱٫۲ درصد موافق",
     "دفتر همه‌پرسی در دادگاه تجدیدنظر جنوا نتیجه رسمی را اعلام کرد: ۶۱٫۲ درصد رأی‌دهندگان موافق بودند."),
    ("利古里亚自治公投正式结果：61.2%支持", "热那亚上诉法院周一公布正式结果，61.2%的选民投了赞成票。"),
]


@pytest.mark.parametrize(("title", "lead"), PROCLAIMED)
def test_a_court_proclaiming_a_result_is_no_appeal(title: str, lead: str) -> None:
    facts = typed_facts(title, lead)
    assert not any(f.startswith("stage.trial") for f in facts)


def test_reports_of_one_result_are_no_steps_apart() -> None:
    facts = [typed_facts(*p) for p in PROCLAIMED]
    assert not any(followup_conflict(a, b) for a in facts for b in facts)


@pytest.mark.parametrize("headline", [
    "Appeals court upholds former minister's sentence",
    "Апелляционный суд оставил в силе приговор бывшему министру",
    "محكمة الاستئناف تؤيد الحكم بسجن الوزير السابق",
    "上诉法院维持原判",
    "Court of cassation rejects former minister's appeal",
])
def test_a_court_of_appeal_judging_a_case_is_the_appeal(headline: str) -> None:
    assert "stage.trial:appeal" in typed_facts(headline, "")
