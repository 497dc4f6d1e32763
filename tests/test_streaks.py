"""The count of a run a headline states tells one occurrence of a recurring event from the next.

Session 59: a state fuel company raises prices every week; the reports of the second weekly
rise, of the third the week after and of the first a month before share the company, the
country and the words. What each headline counts (``second straight week``, ``третий раз
подряд``, ``三连涨``, ``впервые за месяц``) is an ordinal of occurrence: other counts conflict.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.streaks import streak_facts

#: One weekly rise, the second in a row, as outlets in five languages headline it.
SECOND = [
    "Vietnam raises petrol prices for a second straight week",
    "فيتنام ترفع أسعار البنزين للأسبوع الثاني على التوالي",
    "Вьетнам повысил цены на бензин второй раз подряд",
    "ویتنام برای دومین هفته متوالی قیمت بنزین را افزایش داد",
    "越南油价两连涨",
    "Giá xăng tăng tuần thứ hai liên tiếp",
]


@pytest.mark.parametrize("title", SECOND)
def test_one_rise_counted_alike_in_every_script(title: str) -> None:
    assert streak_facts(title) == ("ordinal.streak:2",)
    for other in SECOND:
        assert not fact_conflicts(typed_facts(title, ""), typed_facts(other, ""))


@pytest.mark.parametrize(
    "title",
    [
        "Petrolimex raises pump prices for a third straight week",
        "越南油价三连涨 RON95汽油每升再涨410越南盾",
        "Вьетнам впервые за месяц повысил цены на бензин",
        "Benzinpreise in Vietnam steigen zum dritten Mal in Folge",
    ],
)
def test_the_rise_before_or_after_counts_otherwise(title: str) -> None:
    for event in SECOND:
        assert "ordinal.streak" in fact_conflicts(typed_facts(title, ""), typed_facts(event, ""))


@pytest.mark.parametrize(
    "title",
    ["Vietnam raises petrol prices again", "Ulsan win the cup for a second time", "连续上涨"],
)
def test_no_count_no_streak(title: str) -> None:
    assert streak_facts(title) == ()
