"""An undated report's stated day of the month beats a weekday it recalls (issue 14, session 38).

The Chinese report of arrests in a paper-leak case states the day they were
announced (``当地时间30日下午通报``) and recalls the exam cancelled "this
Monday" (``本周一的数学考试``); its Arabic twin is dated Wednesday the 30th.
The weekday, read as its own day, had counted as another day than its twin's
and kept the two apart. A report tells of its latest day and recalls earlier
ones: a weekday nearer before the stated day is recalled; one nearer after it
is the report's own later day, and the stated day the recalled one.
"""

from __future__ import annotations

from datetime import datetime

from storyline.link.decide import link_keys
from storyline.link.timing import text_days, weekdays_recalled
from storyline.link.tracker import TrackerConfig

STORY = ("2033-03-30T19:40:00+00:00", "2033-03-30T19:40:00+00:00")  # a Wednesday


def _evidence(title: str, text: str, lang: str = "zh"):
    keys = link_keys(title, text, lang)
    return TrackerConfig().time_evidence(None, [], *STORY, stated=text_days(keys))


def test_a_monday_recalled_beside_the_30th_places_the_report_on_the_30th() -> None:
    ev = _evidence(
        "卡纳塔克邦数学试卷泄露案三名嫌疑人被捕",
        "印度卡纳塔克邦刑事调查局当地时间30日下午通报，已逮捕三名嫌疑人。这起泄题事件导致该邦本周一的数学考试被取消。",
    )
    assert ev.margin == 0.0
    assert "the story's day" in ev.note


def test_a_weekday_after_the_stated_day_is_its_own_and_keeps_the_margin() -> None:
    ev = _evidence(
        "卡纳塔克邦数学试卷泄露案三名嫌疑人被捕",
        "印度卡纳塔克邦刑事调查局当地时间30日通报，周五将公布补考安排。周五，三名嫌疑人被捕。",
    )
    assert ev.margin > TrackerConfig().unknown_margin


def test_the_nearest_reading_of_each_weekday() -> None:
    wed = datetime(2033, 3, 30, 19, 40)
    assert weekdays_recalled({0, 1}, [30], wed, wed)  # Monday and Tuesday: both before
    assert not weekdays_recalled({0, 4}, [30], wed, wed)  # Friday is nearer after
    assert not weekdays_recalled({0}, [12], wed, wed)  # the 12th is no day of the story
    assert weekdays_recalled({0}, [31], wed, wed)  # the 31st (a day after it): Monday, 3 before
