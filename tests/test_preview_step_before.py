"""A preview is the step before an event (issue 14, session 55).

A central bank's policy meeting opening with a hike expected, an election body
reviewing its preparations two days before it sets the vote's dates: the same
institution, the same figures (the rate the market expects is the rate then
set), and the event has not happened. Published a day or two before the event's
reports, such a report started the story and the event's reports then joined
it. A headline that reports a step as expected, prepared or about to begin is a
step before (``act.followup:ahead``); where the headline also tells a step (a
hike), only words that name the step as awaited count (``рынок ждет
повышения``), so a report of the hike that adds "markets expect more" is still
the hike's. Lines written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.link.aftermath import preview
from storyline.link.facts import followup_conflict
from storyline.link.occurrence import occurrence_facts


@pytest.mark.parametrize(
    "title",
    [
        "Central bank is widely expected to raise rates on Thursday",
        "Lira steadies ahead of the central bank's rate decision",
        "Policy board opens two-day meeting as hike looms",
        "Election body reviews poll readiness in Patna",
        "Банк Японии начал заседание, рынок ждет повышения ставки",
        "Центробанк накануне заседания: аналитики разошлись в прогнозах",
        "Нацбанк розпочав засідання щодо облікової ставки",
        "من المتوقع أن يرفع البنك المركزي الفائدة",
        "الأسواق قبيل قرار الفائدة: ترقب وحذر",
        "بانک مرکزی در انتظار تصمیم درباره نرخ بهره",
        "آغاز نشست دو روزه بانک مرکزی ژاپن",
        "央行议息会议今日开幕 市场预计加息25个基点",
        "选举委员会部署选举筹备工作",
        "日銀、きょうから決定会合 追加利上げ議論へ",
        "한은 금통위 앞두고 금리 인상 전망",
        "Merkez Bankası'ndan faiz artırımı bekleniyor",
        "चुनाव आयोग ने तैयारियों की समीक्षा की",
        "El Banco Central, a la espera de la decisión sobre los tipos",
        "新一代运载火箭竖立于发射台 计划14日发射月球着陆器",
        "发射体3号机发射台竖立完成…내일 오후 4시 발사",
        "Rocket rolled out to the pad, to fly tomorrow",
        "وزراء الخارجية يجتمعون غداً في الرياض",
    ],
)
def test_a_preview_headline_is_a_step_before(title: str) -> None:
    assert preview(title)
    assert "act.followup:ahead" in occurrence_facts(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "Bank of Japan raises rates to 1.25%, markets expect more",
        "Fireworks factory blast kills 8; toll expected to rise",
        "Банк Японии повысил ключевую ставку до 1,25%",
        "مقتل تسعة أشخاص في تدافع أمام ملعب قبيل حفل موسيقي",
        "الرئيس يصدر عفواً عن 412 سجيناً عشية عيد النوروز",
        "عفو ۴۱۱ زندانی در آستانه نوروز",
        "法国第三季度GDP环比增长0.5% 好于预期",
        "Irak ile İran hazırlık maçında yenişemedi",
        "日銀、政策金利を1.25%に引き上げ",
        "韩国首个月球着陆器发射升空 计划12月2日着陆",
        "اعلام آمادگی ایران برای میزبانی اجلاس",
        "Iran declares readiness to host the summit",
    ],
)
def test_an_event_headline_is_no_preview(title: str) -> None:
    assert "act.followup:ahead" not in occurrence_facts(title, "")


def test_a_preview_conflicts_with_the_event_it_awaits() -> None:
    opening = occurrence_facts("Банк Японии начал заседание, рынок ждет повышения ставки", "")
    hike = occurrence_facts("Банк Японии повысил ключевую ставку до 1,25%", "")
    assert followup_conflict(opening, hike)
    other_preview = occurrence_facts("日銀、きょうから決定会合 追加利上げ議論へ", "")
    assert not followup_conflict(opening, other_preview)


def test_only_a_headline_tells_a_preview() -> None:
    """A lead's first sentence says what is expected next as often as not: read without a
    headline, a report is no preview (on the shared corpus, 24 real articles without one
    took the step from their lead, and five same-event pairs fell apart)."""
    lead = "Analysts said the central bank is expected to raise rates again as prices climb."
    assert not preview(None)
    assert "act.followup:ahead" not in occurrence_facts(None, lead)
