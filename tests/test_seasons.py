"""The season (or fiscal year) a report is of: one club's titles, one government's budgets."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, fact_note, typed_facts
from storyline.link.periods import season_facts

# The same title, reported in four scripts; the season the headline or first sentence names.
TITLE_2045 = [
    ("Partizan clinch the 2044-45 Superliga title", "Partizan beat Vojvodina 3-1 on Saturday."),
    ("«Партизан» досрочно стал чемпионом сезона 2044/2045",
     "Белградский клуб обыграл «Воеводину» со счётом 3:1."),
    ("帕蒂赞提前两轮夺得2044-45赛季塞超冠军", "帕蒂赞在周六以3比1击败伏伊伏丁那。"),
    ("پارتیزان قهرمان سوپرلیگ صربستان در فصل ۲۰۴۴-۴۵ شد",
     "پارتیزان روز شنبه با نتیجه ۳ بر ۱ ووی‌وودینا را شکست داد."),
]
TITLE_2044 = ("Partizan retain the Superliga title",
              "Partizan sealed the 2043/44 title with a 2-0 win over Cukaricki on Sunday.")


@pytest.mark.parametrize(("title", "lead"), TITLE_2045)
def test_a_season_is_read_in_every_script(title: str, lead: str) -> None:
    assert "period.season:2044-45" in typed_facts(title, lead)


@pytest.mark.parametrize(("title", "lead"), TITLE_2045)
def test_two_seasons_are_two_occurrences(title: str, lead: str) -> None:
    """The previous season's title (its season in the first sentence) conflicts with this
    season's reports in every script, and says which season in the 'joined because' note."""
    other = typed_facts(*TITLE_2044)
    assert "period.season:2043-44" in other
    assert "period.season" in fact_conflicts(typed_facts(title, lead), other)
    assert "2044-45 vs 2043-44" in fact_note(typed_facts(title, lead), [other])


def test_reports_of_one_season_do_not_conflict_on_it() -> None:
    facts = [set(typed_facts(t, lead)) for t, lead in TITLE_2045]
    for a in facts:
        for b in facts:
            assert "period.season" not in fact_conflicts(tuple(a), tuple(b))
    # a report naming no season conflicts with none
    plain = typed_facts("Partizan are champions again", "They beat Vojvodina on Saturday.")
    assert "period.season" not in fact_conflicts(plain, typed_facts(*TITLE_2045[0]))


def test_the_headline_season_is_the_reports_own() -> None:
    """A lead recalling last season is not read when the headline names its own."""
    facts = typed_facts("Partizan clinch the 2044-45 title",
                        "It is their second in a row after the 2043-44 crown.")
    assert [f for f in facts if f.startswith("period.season")] == ["period.season:2044-45"]


def test_an_iranian_season_is_given_as_gregorian_years() -> None:
    assert season_facts("قهرمانی استقلال در فصل ۱۴۲۳-۱۴۲۴ لیگ برتر") == ("period.season:2044-45",)


@pytest.mark.parametrize("text", [
    "Published 2044-12-05 10:31",  # a date
    "The 2044/45/46 plan",  # not two years
    "Reforms planned for 2044-2047",  # a range of other years
    "Ticket 12044-45 drew the prize",  # part of a longer figure
    "Unrest of 2019-2020 recalled",  # two whole years and no season's word: a range
])
def test_no_season_in_dates_ranges_and_figures(text: str) -> None:
    assert season_facts(text) == ()


def test_a_budgets_fiscal_year() -> None:
    a = typed_facts("Botswana tables 2047/48 budget", "The finance minister presented it on Monday.")
    b = typed_facts("Botswana tables budget", "The 2046/2047 budget was presented on Monday.")
    assert "period.season" in fact_conflicts(a, b)
