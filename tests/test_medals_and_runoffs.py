"""An athlete's gold and her silver days later; a vote heading for a run-off and the run-off.

Both pairs are two events of the same actors at the same gathering, days (or a day) apart.
The medal (``stage.medal``) and the round a run-off ahead makes the news (a vote that
"heads for a run-off" is the first round: ``ordinal.round:1``) tell them apart.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.medals import medal_facts
from storyline.link.occurrence import occurrence_facts

GOLD = [
    "Rahayu retains her world title in Bandung",
    "Rahayu wins gold at the silat world championships",
    "Рахаю завоевала золото чемпионата мира",
    "راهايو تحرز الميدالية الذهبية في بطولة العالم",
    "راهایو مدال طلای جهان را گرفت",
    "拉哈尤夺得世锦赛金牌",
    "Rahayu holt Gold bei der WM",
    "Rahayu meunang medali emas di Bandung",
]
SILVER = [
    "Rahayu and Putri take pairs silver",
    "Rahayu settles for silver in the pairs",
    "Рахаю и Путри взяли серебро в парном разряде",
    "راهايو وزميلتها تحرزان فضية الثنائي",
    "راهایو و همتیمی‌اش مدال نقره گرفتند",
    "拉哈尤搭档获得双人项目银牌",
    "Rahayu gewinnt Silber im Doppel",
    "Rahayu jeung Putri meunang medali perak",
]


@pytest.mark.parametrize("title", GOLD)
def test_gold_is_read_in_each_language(title: str) -> None:
    assert medal_facts(title) == ("stage.medal:gold",)


@pytest.mark.parametrize("title", SILVER)
def test_silver_is_read_in_each_language(title: str) -> None:
    assert medal_facts(title) == ("stage.medal:silver",)


@pytest.mark.parametrize(
    "title",
    [
        "Gold hits a record as the dollar slips",
        "Central bank adds 20 tonnes of gold to reserves",
        "قیمت طلا رکورد زد",
        "金价创历史新高",
        "На золотом руднике погибли девять горняков",
        "Болгарские археологи нашли серебряный клад",
        "اكتشاف كنز ذهبي في بلغاريا",
        "استقالة الوزير على خلفية فضيحة",
        "卫冕冠军伊朗战平伊拉克",  # the defending champion, named
    ],
)
def test_a_metal_a_mine_a_hoard_or_a_defending_champion_is_no_medal(title: str) -> None:
    assert medal_facts(title) == ()


@pytest.mark.parametrize(("gold", "silver"), list(zip(GOLD, SILVER, strict=True)))
def test_a_gold_and_a_silver_report_are_two_events(gold: str, silver: str) -> None:
    assert "stage.medal" in fact_conflicts(typed_facts(gold, ""), typed_facts(silver, ""))


def test_a_headline_naming_two_medals_conflicts_with_neither() -> None:
    both = typed_facts("Rahayu wins gold as team-mate Putri takes bronze", "")
    bronze = typed_facts("Putri takes bronze in Bandung", "")
    assert "stage.medal" not in fact_conflicts(both, bronze)


def test_the_lead_tells_the_medal_when_the_headline_does_not() -> None:
    facts = typed_facts("Rahayu does it again", "Nengsih Rahayu won gold in Bandung on Thursday.")
    assert "stage.medal:gold" in facts


AHEAD = [
    "Yabloko congress heads for run-off after no candidate wins majority",
    "Пайгусов и Ветлугина вышли во второй тур съезда «Яблока»",
    "انتخابات رئاسة الحزب تتجه إلى جولة إعادة",
    "انتخاب رهبر حزب به دور دوم کشیده شد",
    "亚博卢党主席选举进入第二轮",
    "Parteitag: Wahl des Vorsitzenden muss in die Stichwahl",
]
RUNOFF = [
    "Yabloko elects Paygusov leader in run-off",
    "Пайгусов победил во втором туре и возглавил «Яблоко»",
    "بايغوسوف يفوز في جولة الإعادة برئاسة الحزب",
    "پایگوسوف در دور دوم رهبر حزب شد",
    "派古索夫在第二轮投票中胜出",
    "Paygusov gewinnt die Stichwahl um den Parteivorsitz",
]


@pytest.mark.parametrize("title", AHEAD)
def test_a_vote_heading_for_a_run_off_is_the_first_round(title: str) -> None:
    assert "ordinal.round:1" in occurrence_facts(title, "")
    assert "ordinal.round:2" not in occurrence_facts(title, "")


@pytest.mark.parametrize("title", RUNOFF)
def test_the_run_off_itself_is_the_second_round(title: str) -> None:
    assert occurrence_facts(title, "") == ("ordinal.round:2",)


@pytest.mark.parametrize(("ahead", "runoff"), list(zip(AHEAD, RUNOFF, strict=True)))
def test_the_first_round_and_the_run_off_are_two_votes(ahead: str, runoff: str) -> None:
    assert "ordinal.round" in fact_conflicts(typed_facts(ahead, ""), typed_facts(runoff, ""))


def test_the_headline_round_outweighs_a_run_off_ahead_in_the_lead() -> None:
    facts = occurrence_facts(
        "Paygusov elected in run-off", "The congress had headed for a run-off on Saturday."
    )
    assert facts == ("ordinal.round:2",)
