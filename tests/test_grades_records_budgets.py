"""A rating's grade, a step named as another event's time, a trial run, a record missed, a men's
or women's event, a budget's year.

- Two rating actions setting other grades (S&P's cut to AA, Fitch's affirmation at AA+ two
  days later) are two actions; an undated report stating the story's grade shares a figure.
- ``days before its opening`` names the opening as another event's time: the report is not
  the opening's; a trial run is a step before it.
- A race won ``without a record`` a week after the record is another race; a women's record
  the day after a men's at one meeting is another record.
- ``the 2044 state budget`` in a report of November 2043 names the budget's year, not the
  report's.
"""

from __future__ import annotations

import pytest

from storyline.link.aftermath import drill
from storyline.link.facts import fact_conflicts
from storyline.link.medals import division_facts
from storyline.link.milestones import milestone_facts, rating_grades
from storyline.link.occurrence import occurrence_facts
from storyline.text.dates.evidence import own_and_recalled_years


@pytest.mark.parametrize(
    ("title", "grade"),
    [
        ("S&P cuts New Zealand to AA from AA+", "AA"),
        ("S&P понизило суверенный рейтинг Новой Зеландии до «AA»", "AA"),
        ("ستاندرد آند بورز تخفض تصنيف نيوزيلندا السيادي إلى AA", "AA"),
        ("استاندارد اند پورز رتبه اعتباری نیوزیلند را به AA کاهش داد", "AA"),
        ("标普将新西兰主权信用评级下调至AA 展望稳定", "AA"),
        ("Fitch affirms New Zealand at AA+, outlook negative", "AA+"),
        ("Moody's downgrades Egypt to Caa1 from B3", "Caa1"),
        ("Fitch lifts Georgia to investment grade at BBB-", "BBB-"),
    ],
)
def test_the_grade_a_rating_action_sets_is_read(title: str, grade: str) -> None:
    assert rating_grades(title) == (f"grade.rating:{grade}",)


@pytest.mark.parametrize(
    "title",
    ["Road A1 closed to traffic after crash", "Team B+ wins the school quiz", "AA meeting moved"],
)
def test_no_grade_without_a_rating(title: str) -> None:
    assert rating_grades(title) == ()


def test_a_cut_and_another_agencys_affirmation_conflict_on_the_grade() -> None:
    cut = occurrence_facts("标普将新西兰主权信用评级下调至AA", "")
    affirmed = occurrence_facts("Fitch affirms New Zealand at AA+, outlook negative", "")
    assert "grade.rating" in fact_conflicts(cut, affirmed)
    same = occurrence_facts("S&P понизило суверенный рейтинг Новой Зеландии до «AA»", "")
    assert fact_conflicts(cut, same) == ()


@pytest.mark.parametrize(
    "title",
    [
        "Tram makes first full test trip days before the opening of the new line",
        "ترام المدينة يجري أول رحلة تجريبية كاملة قبل افتتاح الخط",
        "地铁4号线开通前完成全线试运行",
        "Power cut halts trams on the new line two days after its opening",
    ],
)
def test_a_step_named_as_another_events_time_is_not_that_step(title: str) -> None:
    assert "stage.works:opening" not in milestone_facts(title)


@pytest.mark.parametrize(
    "title",
    [
        "New tram completes test run on Line 4",
        "ترام فلاديقوقاز الجديد يجري أول رحلة تجريبية كاملة",
        "新有轨电车线完成全线试运行",
        "На новой трамвайной линии прошёл пробный рейс",
        "اجرای آزمایشی خط تازه تراموا",
    ],
)
def test_a_trial_run_is_a_step_before(title: str) -> None:
    assert drill(title, "")


def test_a_metro_lines_trial_operation_with_passengers_is_its_opening_in_chinese() -> None:
    assert not drill("地铁4号线开通试运营", "")
    assert milestone_facts("地铁4号线开通试运营") == ("stage.works:opening",)


@pytest.mark.parametrize(
    ("title", "step"),
    [
        ("Hiemstra smashes 5,000m world record in Heerenveen", "set"),
        ("Химстра установил мировой рекорд на дистанции 5000 метров", "set"),
        ("هيمسترا يحطم الرقم القياسي العالمي لسباق 5000 متر", "set"),
        ("هیمسترا رکورد جهانی ۵۰۰۰ متر را شکست", "set"),
        ("希姆斯特拉打破男子5000米世界纪录", "set"),
        ("Hiemstra wins in Hamar but without a record", "missed"),
        ("Химстра выиграл «пятерку» в Хамаре, но без рекорда", "missed"),
        ("هيمسترا يفوز في هامار دون تحطيم الرقم القياسي", "missed"),
        ("هیمسترا در هامار برد اما رکوردی نزد", "missed"),
        ("希姆斯特拉哈马尔夺冠 未能打破纪录", "missed"),
    ],
)
def test_a_record_set_or_missed_is_read(title: str, step: str) -> None:
    assert milestone_facts(title) == (f"stage.record:{step}",)


def test_the_race_without_a_record_is_another_race() -> None:
    record = occurrence_facts("Hiemstra smashes 5,000m world record in Heerenveen", "")
    without = occurrence_facts("Химстра выиграл «пятерку» в Хамаре, но без рекорда", "")
    assert "stage.record" in fact_conflicts(record, without)


@pytest.mark.parametrize(
    ("text", "lang", "own"),
    [
        ("He warned that his support for the 2044 state budget was not assured.", "en", ()),
        ("Правительство провело бюджет социального страхования на 2044 год.", "ru", ()),
        ("صوت البرلمان على موازنة 2044 في نوفمبر 2043.", "ar", (2043,)),
        ("议会讨论2044年国家预算草案。", "zh", ()),
        ("The budget passed in 2043 cut spending.", "en", (2043,)),  # not a budget's year
        ("The board approved the 2027 budget on Friday.", "en", ()),  # voted the year before?
    ],
)
def test_a_budgets_year_is_not_the_reports(text: str, lang: str, own: tuple[int, ...]) -> None:
    assert own_and_recalled_years(text, lang)[0] == own


@pytest.mark.parametrize(
    ("title", "division"),
    [
        ("Kuramoto breaks women's 1000m world record in Heerenveen", "women"),
        ("日本选手仓本葵打破女子1000米世界纪录", "women"),
        ("کوراموتو رکورد جهانی ۱۰۰۰ متر زنان را شکست", "women"),
        ("Курамото установила рекорд мира среди женщин", "women"),
        ("كوراموتو تحطم الرقم القياسي العالمي لسباق 1000 متر للسيدات", "women"),
        ("荷兰名将希姆斯特拉打破男子5000米世界纪录", "men"),
        ("Hiemstra wins men's 5000m in Hamar", "men"),
    ],
)
def test_a_mens_or_womens_event_is_read(title: str, division: str) -> None:
    assert division_facts(title) == (f"division.sex:{division}",)


@pytest.mark.parametrize(
    "title",
    [
        "一男子在地铁站被捕",
        "Women march for equal pay in Madrid",
        "Среди женщин растёт безработица",
    ],
)
def test_no_division_outside_sport(title: str) -> None:
    assert division_facts(title) == ()


def test_a_womens_record_at_the_same_meeting_is_another_event() -> None:
    mens = occurrence_facts("荷兰名将希姆斯特拉打破男子5000米世界纪录", "")
    womens = occurrence_facts("کوراموتو رکورد جهانی ۱۰۰۰ متر زنان را در هیرنفین شکست", "")
    assert "division.sex" in fact_conflicts(mens, womens)
