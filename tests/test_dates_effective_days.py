"""A day a decision takes effect from, and a tournament's year, are not a report's own (session 58).

An undated report of an OPEC+ meeting states the day its cut takes effect; an undated report of
a World Cup qualifier names the finals' year. Neither says when the report's event was.
"""

from __future__ import annotations

import pytest

from storyline.text.dates.evidence import mentioned_years, stated_event_days


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("OPEC+ cuts output", "Ministers agreed to cut output by 1.2 million bpd as of 1 July.", "en"),
        ("L'Opep+ baisse sa production", "Les ministres réduiront la production à partir du 1er juillet.", "fr"),
        ("أوبك+ تخفض الإنتاج", "قرر الوزراء خفض الإنتاج اعتبارا من 1 يوليو حتى نهاية العام.", "ar"),
        ("欧佩克+减产", "产油国在维也纳举行部长级会议，决定自7月1日起每日减产120万桶。", "zh"),
        ("日銀が利上げ", "日銀は政策金利を1.25%に引き上げることを決めた。8月1日から適用する。", "ja"),
        ("수수료 인하", "헌법재판소 결정에 따라 수수료 상한은 7월 1일부터 폐지된다.", "ko"),
    ],
)
def test_a_day_a_decision_takes_effect_from_is_not_the_event_day(
    title: str, text: str, lang: str
) -> None:
    assert stated_event_days(title, text, lang) == ()


def test_a_span_from_one_day_to_another_is_still_the_events() -> None:
    days = stated_event_days("Festival", "The festival ran from 1 to 3 July in the old town.", "en")
    assert days  # a bare "from" is an event's own span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mecz eliminacji mistrzostw świata 2058 obejrzało 56 912 widzów.", "pl"),
        ("Indonesia lolos ke putaran ketiga kualifikasi Piala Dunia 2058.", "id"),
        ("تأهل المنتخب إلى مونديال 2058 بعد الفوز.", "ar"),
    ],
)
def test_a_tournament_s_year_is_its_name_not_the_report_s(text: str, lang: str) -> None:
    assert mentioned_years(text, lang, since=False) == ()
    assert mentioned_years(text, lang) == (2058,)  # still a year the text names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Une réduction de 1,2 million de barils par jour du 1er juillet au 31 décembre.", "fr"),
        ("Сокращение добычи будет действовать с 1 июля по 31 декабря.", "ru"),
        ("The quota applies from 1 July to 31 December.", "en"),
        ("减产将从7月1日至12月31日执行。", "zh"),
    ],
)
def test_a_long_span_is_a_period_in_effect_not_the_event_days(text: str, lang: str) -> None:
    """Both ends of a span of more than a week are a measure's period (session 58: an
    undated French report of an OPEC+ cut stated the cut's period as its days)."""
    assert stated_event_days("Cut", text, lang) == ()
