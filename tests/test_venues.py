"""The place a race is named for (storyline.link.venues): one runner's wins at two marathons.

A headline naming the Cebu Marathon is another race than one naming the Tacloban Marathon,
whatever else both say; names are compared within one script only.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.venues import venue_facts


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rotich wins Tacloban City Marathon in course record", ("venue.latin:tacloban",)),
        ("Kiprotich Wins Berlin Half Marathon", ("venue.latin:berlin",)),
        ("Leclerc takes Monaco Grand Prix from pole", ("venue.latin:monaco",)),
        ("لوكلير يفوز بجائزة موناكو الكبرى", ("venue.arabic:موناکو",)),
        ("Ротич выиграл марафон в Себу", ("venue.cyrillic:себу",)),
        ("Леклер выиграл Гран-при Монако", ("venue.cyrillic:монак",)),
        ("روتيتش يفوز بماراثون سيبو", ("venue.arabic:سیبو",)),
        ("روتیچ قهرمان ماراتن سبو شد", ("venue.persian:سبو",)),
        ("罗蒂奇夺得宿务马拉松冠军", ("venue.han:宿务",)),
        ("勒克莱尔杆位起步赢得摩纳哥大奖赛", ("venue.han:纳哥",)),
    ],
)
def test_race_places_in_several_scripts(title: str, expected: tuple[str, ...]) -> None:
    assert venue_facts(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Kenyan Wins Marathon In Record Time",  # title case, no place
        "Marathon talks end without a deal",
        "Road closures for Sunday's marathon announced",
        "فوز الكاتبة بجائزة نوبل للآداب",  # a prize, not a Grand Prix
        "首届城市马拉松鸣枪开跑",  # the first edition, no place
    ],
)
def test_no_place_no_venue(title: str) -> None:
    assert venue_facts(title) == ()


def test_two_marathons_conflict_within_a_script_only() -> None:
    tacloban_zh = typed_facts("肯尼亚选手罗蒂奇打破塔克洛班马拉松赛会纪录", "")
    cebu_zh = typed_facts("罗蒂奇夺得宿务马拉松冠军", "")
    cebu_en = typed_facts("Rotich adds Cebu Marathon title to his record", "")
    assert "venue.han" in fact_conflicts(tacloban_zh, cebu_zh)
    assert fact_conflicts(tacloban_zh, cebu_en) == ()  # other scripts: not compared
    assert fact_conflicts(cebu_zh, typed_facts("宿务马拉松：罗蒂奇夺冠", "")) == ()


def test_arabic_and_persian_names_of_one_place_are_not_compared() -> None:
    # heldout58 (session 51): لاتفيا (Arabic) and لتونی (Persian) are both Latvia
    arabic = typed_facts("فيتولس يحرز جائزة لاتفيا الكبرى للموتوكروس", "")
    persian = typed_facts("ویتولس قهرمان گرندپری لتونی شد", "")
    assert "venue.arabic:لاتفیا" in arabic and "venue.persian:لتونی" in persian
    assert not fact_conflicts(arabic, persian)


def test_the_grand_prix_of_a_place_from_the_lead_when_the_headline_names_none() -> None:
    germany = typed_facts(
        "Vitols takes red plate with Teutschenthal win",
        "TEUTSCHENTHAL, Germany — Krisjanis Vitols won the Grand Prix of Germany on Sunday. More.",
    )
    latvia = typed_facts(
        "Vitols sweeps both motos at Kegums",
        "KEGUMS, Latvia — Krisjanis Vitols won both motos at the Grand Prix of Latvia on Sunday.",
    )
    assert "venue.latin:germany" in germany and "venue.latin:latvia" in latvia
    assert fact_conflicts(germany, latvia)
