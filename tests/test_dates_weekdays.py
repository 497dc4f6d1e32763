"""Undated against undated: the weekday a report gives its event, and years read as years.

"Date unknown must not mean date compatible": an undated report that names
only a weekday (``اليوم الثلاثاء``) is not placed by it, but a weekday that
is not the day the story states (or the day its reports came out) is
another day in an unknown year; a report that states no day at all against
a story that does needs stronger content, as against a dated story. Counts
(``2,000 marchers``) are not years.
"""

from __future__ import annotations

import json

import pytest

from storyline.link.decide import link_keys
from storyline.link.timing import text_days, text_years, time_evidence
from storyline.text.dates.evidence import stated_event_weekdays
from storyline.text.dates.relative import stated_weekdays

KW = dict(quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)

# The 2019 signing (a Tuesday) and the 2021 talks (Monday 4 January 2021), both undated.
AR_SIGNING = (
    "العراق وإيران يوقعان مذكرة تفاهم لكري شط العرب\n\n"
    "بغداد (دجلة برس) - وقّع العراق وإيران، اليوم الثلاثاء، مذكرة تفاهم لكري شط العرب "
    "بشكل مشترك. ويتقاسم البلدان مياه شط العرب وفق اتفاقية الجزائر الموقعة عام 1975."
)
AR_TALKS = (
    "وزيرا النقل العراقي والإيراني يبحثان في طهران كري شط العرب\n\n"
    "طهران (المربد نيوز) - بحث وزير النقل العراقي مع وزير الطرق الإيراني، يوم الاثنين "
    "4 كانون الثاني 2021، تنفيذ مذكرة التفاهم الخاصة بكري شط العرب."
)
FA_TALKS = (
    "گفت‌وگوی وزیران راه ایران و عراق درباره لایروبی اروندرود\n\n"
    "وزیر راه ایران و وزیر حمل‌ونقل عراق روز دوشنبه ۱۵ دیماه ۹۹ در تهران گفت‌وگو کردند."
)
RU_TUESDAY = (
    "Ирак и Иран подписали меморандум об очистке Шатт-эль-Араба\n\n"
    "БАГДАД – Ирак и Иран во вторник подписали меморандум о совместной очистке фарватера."
)
ZH_TUESDAY = "伊拉克与伊朗签署阿拉伯河疏浚备忘录\n\n伊拉克与伊朗周二在巴格达签署联合疏浚阿拉伯河的谅解备忘录。"


def _keys(text: str, lang: str) -> str:
    title, _, body = text.partition("\n\n")
    return link_keys(title, body, lang)


@pytest.mark.parametrize(
    "text,lang,weekday",
    [
        ("وقّع العراق وإيران، اليوم الثلاثاء، مذكرة تفاهم", "ar", 1),
        ("وزیران روز دوشنبه در تهران دیدار کردند", "fa", 0),
        ("Ирак и Иран во вторник подписали меморандум", "ru", 1),
        ("伊拉克与伊朗周二签署备忘录", "zh", 1),
        ("The quake struck on Sunday.", "en", 6),
        ("Les ministres se sont réunis mardi à Bagdad.", "fr", 1),
    ],
)
def test_the_weekday_of_the_event_is_read_in_several_scripts(
    text: str, lang: str, weekday: int
) -> None:
    assert stated_weekdays(text, lang) == (weekday,)


def test_days_to_come_and_today_name_no_event_weekday() -> None:
    assert stated_weekdays("They will meet again next Friday; talks today.", "en") == ()
    assert stated_weekdays("يعقد الاجتماع المقبل يوم الخميس المقبل", "ar") == ()
    body = "Ministers met on Tuesday. " + "x " * 200 + "They meet again on Friday."
    assert stated_event_weekdays("Ministers meet", body, "en") == (1,)  # only the first paragraph


def test_link_keys_keep_weekdays_and_years_read_as_years() -> None:
    keys = json.loads(_keys(AR_SIGNING, "ar"))
    assert keys["w"] == [1] and keys["y"] == [1975]
    assert "-W-2" in text_days(_keys(AR_SIGNING, "ar"))
    counted = link_keys("March", "About 2,000 marchers took to the streets in 2019.", "en")
    assert "2000" in json.loads(counted)["n"]  # still a number to compare
    assert text_years(counted, "en") == [2019]  # but not a year
    assert text_years(_keys(FA_TALKS, "fa"), "fa") == [2021]


def _undated_pair(article: str, a_lang: str, story: list[tuple[str, str]]) -> float:
    keys = _keys(article, a_lang)
    core = [(_keys(t, lang), lang) for t, lang in story]
    return time_evidence(
        None,
        text_years(keys, a_lang),
        None,
        None,
        story_years=sorted({y for k, lang in core for y in text_years(k, lang)}),
        stated=text_days(keys),
        story_stated=sorted({d for k, _ in core for d in text_days(k)}),
        **KW,
    ).margin


def test_a_weekday_that_is_not_the_undated_storys_day_is_evidence_against() -> None:
    # the 2019 Tuesday signing against the undated story of the 2021 Monday talks
    story = [(AR_TALKS, "ar"), (FA_TALKS, "fa")]
    assert _undated_pair(AR_SIGNING, "ar", story) == pytest.approx(0.35)
    assert _undated_pair(RU_TUESDAY, "ru", story) == pytest.approx(0.35)
    assert _undated_pair(ZH_TUESDAY, "zh", story) == pytest.approx(0.35)
    # and the other way round: the talks against a story of the Tuesday signing
    assert _undated_pair(AR_TALKS, "ar", [(AR_SIGNING, "ar")]) == pytest.approx(0.35)
    # a report of the same talks: same day, no margin
    assert _undated_pair(FA_TALKS, "fa", [(AR_TALKS, "ar")]) == 0.0


def test_an_undated_report_silent_on_time_is_no_evidence_either_way() -> None:
    silent = "وزيرا النقل يبحثان كري شط العرب\n\nبحث وزيرا النقل العراقي والإيراني كري شط العرب."
    ev = time_evidence(None, [], None, None, stated=[], story_stated=["2021-01-04"], **KW)
    assert ev.margin == 0.0
    assert _undated_pair(silent, "ar", [(AR_TALKS, "ar")]) == 0.0
    assert _undated_pair(AR_TALKS, "ar", [(silent, "ar")]) == 0.0
    # the same weekday as the story's day: no evidence against
    monday = "وزيرا النقل يبحثان كري شط العرب\n\nبحث الوزيران يوم الاثنين كري شط العرب."
    assert _undated_pair(monday, "ar", [(AR_TALKS, "ar")]) == 0.0
    assert time_evidence(None, [], None, None, **KW).margin == 0.0


def test_two_undated_reports_naming_different_weekdays() -> None:
    ev = time_evidence(None, [], None, None, stated=["-W-2"], story_stated=["-W-1"], **KW)
    assert ev.margin == pytest.approx(0.35)  # another day in an unknown year (session 17)
    assert ev.note == "neither has a date; the article names Tuesday, the story Monday"
    same = time_evidence(None, [], None, None, stated=["-W-2"], story_stated=["-W-2"], **KW)
    assert same.margin == 0.0
    # one side silent on time: no evidence either way, in both directions (the seeds: the
    # English one names Sunday, the Persian one no day)
    assert time_evidence(None, [], None, None, stated=["-W-7"], **KW).margin == 0.0
    assert time_evidence(None, [], None, None, story_stated=["-W-7"], **KW).margin == 0.0


def test_a_weekday_against_a_dated_story() -> None:
    # story published Sunday 9 and Monday 10 March 2025: a report of it names a weekday
    # from two days before (Friday 7) to a day after (Tuesday 11)
    span = ("2025-03-09T10:00:00", "2025-03-10T08:00:00")
    other = time_evidence(None, [], *span, stated=["-W-4"], **KW)  # "on Thursday"
    assert other.margin == pytest.approx(0.35)
    assert other.note == "date unknown; its text names Thursday, the story's dates are " + (
        "Monday or Tuesday or Friday or Saturday or Sunday"
    )
    for near in ("-W-5", "-W-6", "-W-2"):  # Friday, Saturday, Tuesday
        assert time_evidence(None, [], *span, stated=[near], **KW).margin == pytest.approx(0.1)
    # a story of a week or more covers every weekday: no evidence
    week = ("2025-03-01", "2025-03-10")
    assert time_evidence(None, [], *week, stated=["-W-4"], **KW).margin == pytest.approx(0.1)
    # a dated article against an undated story that names another weekday
    dated = time_evidence("2025-03-13", [], None, None, story_stated=["-W-1"], **KW)
    assert dated.margin == pytest.approx(0.35)  # Thursday 13 (Tuesday to Friday), not Monday
    assert time_evidence("2025-03-12", [], None, None, story_stated=["-W-1"], **KW).margin == (
        pytest.approx(0.1)
    )
