"""Time evidence of undated articles: the days their text states, against a story's dates.

An estimate from the text past the first paragraph is never a publication
date: it moves the margin an article needs, it is shown apart ("estimated
from the text"), and a year the story's dated articles contradict is
evidence against. The day the first paragraph states is a publication
estimate of its own (source ``lead``, shown "estimated from the lead").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.encode import get_encoder
from storyline.link.decide import link_keys
from storyline.link.timing import text_days, time_evidence
from storyline.pipeline import ingest
from storyline.store import Store
from storyline.text.dates.evidence import estimate_event_date, stated_event_days

KW = dict(quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)
SPAN = ("2025-03-09T10:00:00+00:00", "2025-03-11T08:00:00+00:00")

# Same actors, another event: undated scrapes whose only time evidence is in the text.
RU_2019 = (
    "Ирак и Иран подписали меморандум об очистке Шатт-эль-Араба\n\n"
    "БАГДАД, 12 марта 2019 года – Ирак и Иран во вторник подписали меморандум о совместной "
    "очистке фарватера Шатт-эль-Араб во время визита президента Ирана Хасана Роухани в Багдад."
)
FA_1399 = (
    "امضای تفاهم‌نامه لایروبی اروندرود\n\n"
    "تهران، ۱۵ دی‌ماه ۹۹ - وزیران راه ایران و عراق تفاهم‌نامه‌ای برای لایروبی مشترک اروندرود "
    "امضا کردند."
)
ZH_2019 = (
    "伊拉克与伊朗签署阿拉伯河疏浚备忘录\n\n"
    "新华社巴格达2019年3月12日电 伊拉克与伊朗12日签署联合疏浚阿拉伯河的谅解备忘录，伊朗总统鲁哈尼正在巴格达访问。"
)
AR_YEARLESS = (
    "العراق وإيران يبحثان كري شط العرب\n\n"
    "بغداد، 27 نيسان - بحث وزيرا النقل العراقي والإيراني اليوم مشروع كري شط العرب المشترك."
)


@pytest.mark.parametrize(
    "text,lang,day",
    [(RU_2019, "ru", "2019-03-12"), (FA_1399, "fa", "2021-01-04"), (ZH_2019, "zh", "2019-03-12")],
)
def test_the_text_states_the_day_and_the_keys_keep_it(text: str, lang: str, day: str) -> None:
    title, _, body = text.partition("\n\n")
    assert estimate_event_date(title, body, lang) == day
    assert day in text_days(link_keys(title, body, lang))


def test_a_day_without_a_year_is_kept_without_one() -> None:
    title, _, body = AR_YEARLESS.partition("\n\n")
    assert stated_event_days(title, body, "ar") == ("--04-27",)
    assert estimate_event_date(title, body, "ar") is None


def test_only_the_head_counts() -> None:
    body = "Ministers met on Tuesday. " + "x " * 600 + "The 12 March 2019 memorandum was recalled."
    assert estimate_event_date("Ministers meet", body, "en") is None


def test_a_stated_day_far_from_the_story_is_evidence_against() -> None:
    ev = time_evidence(None, [], *SPAN, stated=["2019-03-12"], **KW)
    assert ev.margin == pytest.approx(0.6) and ev.gap is None  # a year or more: twice
    weeks = time_evidence(None, [], *SPAN, stated=["2025-02-01"], **KW)
    assert weeks.margin == pytest.approx(0.35)
    assert "2019-03-12" in ev.note and "years from the story" in ev.note


def test_a_stated_day_near_the_story_counts_like_a_date_but_not_as_one() -> None:
    ev = time_evidence(None, [2019], *SPAN, stated=["2019-03-12", "2025-03-09"], **KW)
    assert ev.margin == 0.0 and ev.gap is None  # the pair model never sees an estimate as a gap
    assert "2025-03-09" in ev.note
    # without stated days, lead years a few years before the story's are background
    # (session 19): an unknown date's margin, no more; five or more years before, or a
    # later year, are evidence against
    assert time_evidence(None, [2022], *SPAN, **KW).margin == pytest.approx(0.1)
    assert time_evidence(None, [2019], *SPAN, **KW).margin == pytest.approx(0.35)
    assert time_evidence(None, [2026], *SPAN, **KW).margin == pytest.approx(0.35)


def test_a_day_without_a_year_must_be_near_the_story_in_some_year() -> None:
    far = time_evidence(None, [], *SPAN, stated=["--04-27"], **KW)
    assert far.margin == pytest.approx(0.35) and "04-27 (no year)" in far.note
    near = time_evidence(None, [], *SPAN, stated=["--03-12"], **KW)
    assert near.margin == pytest.approx(0.1)
    # near in some year, but its lead names a later year than the story's: still against
    assert time_evidence(None, [2026], *SPAN, stated=["--03-12"], **KW).margin == pytest.approx(
        0.35
    )
    # an earlier year is background (session 19): the day near the story counts as before
    assert time_evidence(None, [2021], *SPAN, stated=["--03-12"], **KW).margin == pytest.approx(0.1)


def test_neither_dated_compares_stated_days_then_years() -> None:
    apart = time_evidence(
        None, [], None, None, stated=["2019-03-12"], story_stated=["2025-03-09"], **KW
    )
    assert apart.margin == pytest.approx(0.5) and "2019-03-12" in apart.note
    near = time_evidence(
        None, [], None, None, stated=["2025-03-10"], story_stated=["2025-03-09"], **KW
    )
    assert near.margin == 0.0
    years = time_evidence(None, [2019], None, None, story_years=[2025], **KW)
    assert years.margin == pytest.approx(0.25) and "2019" in years.note and "2025" in years.note
    shared = time_evidence(None, [2019, 2025], None, None, story_years=[2025], **KW)
    assert shared.margin == 0.0
    assert time_evidence(None, [], None, None, **KW).margin == 0.0


def test_years_long_before_are_history_not_evidence() -> None:
    # a 2019 report recalling the 1975 agreement, a 2023 one recalling the 2000 reform
    assert time_evidence(None, [1975], "2019-03-12", "2019-03-12", **KW).margin == pytest.approx(
        0.1
    )
    assert time_evidence(
        None, [1975, 2018], "2025-03-09", "2025-03-09", **KW
    ).margin == pytest.approx(0.35)  # 2018: seven years before still counts
    assert time_evidence(
        None, [1975, 2022], "2025-03-09", "2025-03-09", **KW
    ).margin == pytest.approx(0.1)  # 2022: background (session 19)
    assert time_evidence(
        None, [1975, 2026], "2025-03-09", "2025-03-09", **KW
    ).margin == pytest.approx(0.35)
    assert time_evidence(
        "2019-03-12", [], None, None, story_years=[1975], **KW
    ).margin == pytest.approx(0.1)
    assert time_evidence(None, [2000], None, None, story_years=[2023], **KW).margin == 0.0
    # a day stated ten or more years before is history too (a 2023 report recalling 25 June 1988)
    recall = time_evidence(None, [], "2023-08-19", "2023-08-19", stated=["1988-06-25"], **KW)
    assert recall.margin == pytest.approx(0.1)
    undated = time_evidence(
        None, [], None, None, stated=["1988-06-25"], story_stated=["2023-08-19"], **KW
    )
    assert undated.margin == 0.0
    assert time_evidence(None, [2000, 2022], None, None, story_years=[2023], **KW).margin == 0.25


def test_a_dated_article_against_a_story_whose_text_states_other_days() -> None:
    ev = time_evidence("2025-03-10", [], None, None, story_stated=["2019-03-12"], **KW)
    assert ev.margin == pytest.approx(0.6) and "2019-03-12" in ev.note
    yearless = time_evidence("2025-03-20", [2000], None, None, story_stated=["--03-07"], **KW)
    assert yearless.margin == pytest.approx(0.35) and "03-07 (no year)" in yearless.note
    ok = time_evidence("2025-03-10", [], None, None, story_stated=["2025-03-09"], **KW)
    assert ok.margin == pytest.approx(0.1)


# The day stated past the first paragraph: an estimate of the event's day, not a lead date.
RU_2019_LATER = (
    "Ирак и Иран подписали меморандум об очистке Шатт-эль-Араба\n\n"
    "БАГДАД – Ирак и Иран во вторник подписали меморандум о совместной очистке фарватера "
    "Шатт-эль-Араб во время визита президента Ирана Хасана Роухани в Багдад. Работы займут "
    "несколько лет, их оплатят обе страны, сообщили в министерстве транспорта Ирака. Фарватер "
    "не очищали несколько десятилетий, и крупные суда не могут подойти к портам Басры.\n\n"
    "Меморандум, подписанный 12 марта 2019 года, продолжает соглашение 1975 года о границе "
    "по Шатт-эль-Арабу, сообщило министерство.\n\n"
    "Первые земснаряды выйдут на фарватер осенью, добавили в министерстве транспорта Ирака."
)


def test_a_lead_day_is_a_publication_estimate_shown_as_one(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "ru-2019.txt"
    path.write_text(RU_2019, encoding="utf-8")  # БАГДАД, 12 марта 2019 года – ... во вторник
    db = str(tmp_path / "d.db")
    with Store(db) as store:
        assert ingest([path], store, encoder=get_encoder("hashing"), link=True).ok
    rows = json.loads(runner.invoke(app, ["articles", "--db", db, "--json"]).output)
    shown = json.loads(runner.invoke(app, ["show", rows[0]["id"], "--db", db, "--json"]).output)
    assert shown["published"][:10] == "2019-03-12" and shown["published_source"] == "lead"
    stories = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output)
    detail = json.loads(
        runner.invoke(app, ["story", stories[0]["id"], "--db", db, "--json"]).output
    )
    assert detail["articles"][0]["date"] == "2019-03-12 (estimated from the lead)"


def test_show_and_story_give_the_estimate_apart_from_the_publication_date(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "ru-2019.txt"
    path.write_text(RU_2019_LATER, encoding="utf-8")
    db = str(tmp_path / "d.db")
    with Store(db) as store:
        assert ingest([path], store, encoder=get_encoder("hashing"), link=True).ok
    rows = json.loads(runner.invoke(app, ["articles", "--db", db, "--json"]).output)
    shown = json.loads(runner.invoke(app, ["show", rows[0]["id"], "--db", db, "--json"]).output)
    assert shown["published"] is None and shown["estimated_date"] == "2019-03-12"
    text = runner.invoke(app, ["show", rows[0]["id"], "--db", db]).output
    assert "estimated from the text" in text and "2019-03-12" in text
    stories = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output)
    detail = json.loads(
        runner.invoke(app, ["story", stories[0]["id"], "--db", db, "--json"]).output
    )
    assert detail["articles"][0]["date"] == "undated; ~2019-03-12 (estimated from the text)"
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    page = TestClient(create_app(Path(db), token="")).get(f"/articles/{rows[0]['id']}").text
    assert (
        "an estimate of the event&#39;s date" in page or "an estimate of the event's date" in page
    )


def test_a_target_year_is_no_evidence_of_when_nor_is_an_earlier_year_but_a_later_one_is() -> None:
    story = ("2026-10-14T00:00:00+00:00", "2026-10-14T00:00:00+00:00")
    target = time_evidence(None, [2030], *story, **KW)  # "trade to reach $2 billion by 2030"
    assert target.margin == pytest.approx(KW["unknown_margin"])
    # "last year's meeting": an undated report names earlier years as background (session 19)
    earlier = time_evidence(None, [2025], *story, **KW)
    assert earlier.margin == pytest.approx(KW["unknown_margin"])
    both = time_evidence(None, [2025, 2030], *story, **KW)
    assert both.margin == pytest.approx(KW["unknown_margin"])
    # the next year: written in it or later, not a report of this story's event
    later = time_evidence(None, [2025, 2027], *story, **KW)
    assert later.margin == pytest.approx(KW["unknown_margin"] + KW["year_margin"])
    # a dated article against an undated story whose reports name only earlier years
    dated = time_evidence("2026-10-14", [], None, None, story_years=[2024], **KW)
    assert dated.margin == pytest.approx(KW["unknown_margin"])
    dated = time_evidence("2026-10-14", [], None, None, story_years=[2027], **KW)
    assert dated.margin == pytest.approx(KW["unknown_margin"] + KW["year_margin"])
    dated = time_evidence("2026-10-14", [], None, None, story_years=[2030], **KW)
    assert dated.margin == pytest.approx(KW["unknown_margin"])


def test_the_day_a_dated_story_states_fixes_the_weekday_an_undated_report_may_name() -> None:
    monday = ("2021-01-04T00:00:00+00:00", "2021-01-04T00:00:00+00:00")
    # published that Monday, no report states its day: a Tuesday report may be of the day before
    loose = time_evidence(None, [], *monday, stated=["-W-2"], **KW)
    assert loose.margin == pytest.approx(KW["unknown_margin"])
    # its reports say the event was on Monday 4 January: a report of a Tuesday is another day
    exact = time_evidence(None, [], *monday, stated=["-W-2"], story_stated=["2021-01-04"], **KW)
    assert exact.margin == pytest.approx(KW["unknown_margin"] + KW["year_margin"])
    assert "its reports state Monday" in exact.note
    same = time_evidence(None, [], *monday, stated=["-W-1"], story_stated=["2021-01-04"], **KW)
    assert same.margin == pytest.approx(KW["unknown_margin"])
    # a stated day may be the reports' own (a byline, a dateline): the night before is no
    # other day (session 20: a crush "on Saturday evening", its story's one stated day Sunday)
    eve = time_evidence(None, [], *monday, stated=["-W-7"], story_stated=["2021-01-04"], **KW)
    assert eve.margin == pytest.approx(KW["unknown_margin"])
    # the other way round: a dated article stating its Monday, a story naming only Tuesday
    other = time_evidence(
        "2021-01-04", [], None, None, stated=["2021-01-04"], story_stated=["-W-2"], **KW
    )
    assert other.margin == pytest.approx(KW["unknown_margin"] + KW["year_margin"])


def test_a_date_far_from_the_story_counts_at_least_as_much_as_a_stated_day_that_far() -> None:
    from storyline.link.tracker import TrackerConfig

    cfg = TrackerConfig()
    story = ("2026-11-12T00:00:00+00:00", "2026-11-12T00:00:00+00:00")
    dated = cfg.time_evidence("2026-11-20", [], *story)  # a report of the final, 8 days later
    stated = cfg.time_evidence(None, [], *story, stated=["2026-11-20"])
    assert dated.margin >= stated.margin == cfg.unknown_margin + cfg.year_margin > 0
    assert cfg.time_evidence("2026-11-15", [], *story).margin == 0.0  # a follow-up


def test_the_weekday_a_dated_story_s_reports_name_narrows_its_window() -> None:
    # a report published on Friday 13 June 2025 says its ship ran aground "yesterday, Thursday"
    friday = ("2025-06-13T10:20:00+00:00", "2025-06-13T10:20:00+00:00")
    thursday = ["-W-4"]
    saturday = time_evidence(None, [], *friday, stated=["-W-6"], story_stated=thursday, **KW)
    assert saturday.margin == pytest.approx(0.1 + 2 * 0.25)  # another day than its reports'
    assert "Saturday" in saturday.note and "Thursday" in saturday.note
    for weekday in ("-W-3", "-W-4", "-W-5"):  # a day either side: overnight, time zones
        near = time_evidence(None, [], *friday, stated=[weekday], story_stated=thursday, **KW)
        assert near.margin == pytest.approx(0.1)
    # without a weekday named by the story's reports, the days around its dates (Wed-Sat)
    unnamed = time_evidence(None, [], *friday, stated=["-W-6"], **KW)
    assert unnamed.margin == pytest.approx(0.1)
    monday = time_evidence(None, [], *friday, stated=["-W-1"], **KW)
    assert monday.margin == pytest.approx(0.1 + 0.25)


def test_a_dated_article_naming_its_event_s_weekday_against_an_undated_story() -> None:
    # the grounding's report, published Friday, says "yesterday, Thursday"; the undated story
    # is of a collision "at dawn on Saturday"
    friday = "2025-06-13T10:20:00+00:00"
    other_day = time_evidence(friday, [], None, None, stated=["-W-4"], story_stated=["-W-6"], **KW)
    assert other_day.margin == pytest.approx(0.1 + 2 * 0.25) and "Saturday" in other_day.note
    same_day = time_evidence(friday, [], None, None, stated=["-W-4"], story_stated=["-W-5"], **KW)
    assert same_day.margin == pytest.approx(0.1)


def test_a_recalled_year_and_another_weekday_both_count() -> None:
    # an undated 2027 report recalling the 2024 blast, on a Tuesday; the 2024 story's report
    # says its blast was on Thursday
    story = ("2024-10-10T14:05:00+00:00", "2024-10-10T14:05:00+00:00")
    both = time_evidence(
        None, [], *story, stated=["-W-2"], story_stated=["-W-4"], recalled=[2024], **KW
    )
    assert both.margin == pytest.approx(0.1 + 2 * 0.25)
    assert "recalls 2024" in both.note and "Tuesday" in both.note
    year_only = time_evidence(
        None, [], *story, stated=["-W-4"], story_stated=["-W-4"], recalled=[2024], **KW
    )
    assert year_only.margin == pytest.approx(0.1 + 0.25)


def test_the_weekday_an_undated_report_names_places_it_between_two_passing_stories() -> None:
    # an undated report of a Friday final passes the story of that final (dated that Friday)
    # and the story of the same fixture's final three years before (dated a Sunday)
    from storyline.link.support import StoryEvidence
    from storyline.link.tracker import off_its_day

    friday = ("2026-11-20T00:00:00+00:00", "2026-11-20T00:00:00+00:00")
    sunday = ("2023-12-17T00:00:00+00:00", "2023-12-17T00:00:00+00:00")
    on = time_evidence(None, [], *friday, stated=["-W-5"], **KW)
    off = time_evidence(None, [], *sunday, stated=["-W-5"], **KW)
    assert on.margin == off.margin == pytest.approx(0.1)  # both may pass: no evidence against
    assert (on.stated, off.stated) == (0.0, 2.0)
    evidence = [
        StoryEvidence(s, 0.9, 0.9, 1, (), 0.7, 0.55, "", stated=t.stated)
        for s, t in (("final-2026", on), ("final-2023", off))
    ]
    assert [off_its_day(e) for e in evidence] == [False, True]
    # a report naming no weekday is placed by none
    assert time_evidence(None, [], *friday, **KW).stated is None


# An airport closed by ash on Tuesday 16 November 2027; Chinese and Korean reports state the day
# of the month alone ("当地时间16日", "16일"), scraped weeks later.
ASH_ZH = (
    "意大利埃特纳火山喷发 卡塔尼亚机场关闭\n\n"
    "当地时间16日凌晨，埃特纳火山喷发，卡塔尼亚机场全天关闭，146个航班被取消。"
)
ASH_KO = (
    "에트나 화산 분화로 카타니아 공항 폐쇄\n\n"
    "이탈리아 에트나 화산이 16일 새벽 분화해 카타니아 공항이 하루 동안 폐쇄됐다."
)
ASH_STORY = ("2027-11-16T13:45:00+00:00", "2027-11-16T20:45:00+00:00")


def _days_of(text: str, lang: str, scraped_at: str | None = None) -> list[str]:
    title, _, body = text.partition("\n\n")
    return text_days(link_keys(title, body, lang, scraped_at=scraped_at))


@pytest.mark.parametrize(("text", "lang"), [(ASH_ZH, "zh"), (ASH_KO, "ko")])
def test_the_day_of_the_month_alone_places_an_undated_report_on_the_story_s_day(
    text: str, lang: str
) -> None:
    days = _days_of(text, lang, "2027-12-21")
    assert "---16" in days
    on_the_day = time_evidence(None, [], *ASH_STORY, stated=days, **KW)
    assert on_the_day.margin == 0.0 and "16th (no month), the story's day" in on_the_day.note
    # eleven days after the story in any month: another occurrence, not a follow-up
    later = [d.replace("---16", "---27") for d in days]
    assert time_evidence(None, [], *ASH_STORY, stated=later, **KW).margin == pytest.approx(0.35)
    # scraped years after the story: the 16th of some month is no evidence of this one
    old = time_evidence(
        None, [], "2024-11-16", "2024-11-16", stated=["---16", "../2027-12-21"], **KW
    )
    assert old.margin == pytest.approx(0.1)


@pytest.mark.parametrize(("text", "lang"), [(ASH_ZH, "zh"), (ASH_KO, "ko")])
def test_the_story_s_day_of_the_month_outweighs_a_background_year(text: str, lang: str) -> None:
    """ "当地时间16日" beside "the airport was rebuilt in 2019": the year is background."""
    days = _days_of(text, lang, "2027-12-21")
    on_the_day = time_evidence(None, [2019], *ASH_STORY, stated=days, **KW)
    assert on_the_day.margin == 0.0 and "the story's day" in on_the_day.note
    # another day of the month: the year still counts, with the day
    later = [d.replace("---16", "---27") for d in days]
    assert time_evidence(None, [2019], *ASH_STORY, stated=later, **KW).margin > 0.1
    # no day of the month: a year eight years before is evidence of another occurrence
    assert time_evidence(None, [2019], *ASH_STORY, **KW).margin == pytest.approx(0.35)
    # a later year is never background
    assert time_evidence(None, [2028], *ASH_STORY, stated=days, **KW).margin == pytest.approx(0.35)


def test_two_undated_reports_stating_days_of_the_month_far_apart() -> None:
    """ "当地时间21日" against "当地时间5日", neither dated: two occurrences (each states its
    event's day); the 30th and the 1st may be one night."""
    far = time_evidence(None, [], None, None, stated=["---21"], story_stated=["---05"], **KW)
    assert far.margin == pytest.approx(0.6) and "the 21st (no month), the story the 5th" in far.note
    near = time_evidence(None, [], None, None, stated=["---30"], story_stated=["---01"], **KW)
    assert near.margin == 0.0
    full = time_evidence(None, [], None, None, stated=["---21"], story_stated=["2027-03-05"], **KW)
    assert full.margin == pytest.approx(0.6)
    back = time_evidence(None, [], None, None, stated=["2027-03-05"], story_stated=["---04"], **KW)
    assert back.margin == 0.0


def test_a_dated_article_against_an_undated_story_scraped_long_before_it() -> None:
    # the story's only report was scraped in 2021: it cannot tell a 2026 event
    ev = time_evidence("2026-08-09", [], None, None, story_stated=["../2021-07-05"], **KW)
    assert ev.margin == pytest.approx(0.35) and "scraped 2021-07-05" in ev.note
    # scraped weeks after the article's day: no evidence either way
    ev = time_evidence("2026-08-09", [], None, None, story_stated=["../2026-09-10"], **KW)
    assert ev.margin == pytest.approx(0.1)
    # the story's report states the article's day of the month
    ev = time_evidence("2027-11-16", [], None, None, story_stated=["---16"], **KW)
    assert ev.margin == 0.0
    ev = time_evidence("2027-11-16", [], None, None, story_stated=["---27"], **KW)
    assert ev.margin == pytest.approx(0.35)


@pytest.mark.parametrize(
    ("text", "lang", "own"),
    [
        (
            "Whitlock on Tuesday downgraded 14 banks, following last Friday's cut of Turkey.",
            "en",
            [1],
        ),
        ("خفضت الوكالة يوم الثلاثاء تصنيفات 14 مصرفاً بعد خفض يوم الجمعة الماضي.", "ar", [1]),
        (
            "Агентство во вторник понизило рейтинги 14 банков после снижения в прошлую пятницу.",
            "ru",
            [1],
        ),
        ("The final was played last Sunday in Basra.", "en", [6]),  # "last" alone: its own day
    ],
)
def test_last_weekday_beside_a_bare_one_is_another_event_s_day(
    text: str, lang: str, own: list[int]
) -> None:
    assert json.loads(link_keys(None, text, lang))["w"] == own


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The airline, which had halted all flights since 15 January, sold its slots.", "en"),
        ("آئروولا از ۱۵ ژانویه همه پروازهای خود را متوقف کرده بود و اسلات‌ها را فروخت.", "fa"),
        ("وكانت الشركة قد أوقفت رحلاتها منذ 15 يناير، وباعت حقوق الهبوط.", "ar"),
        ("La compañía, sin vuelos desde el 15 de enero, vendió sus franjas.", "es"),
        ("Die Fluglinie, seit dem 15. Januar am Boden, verkaufte ihre Slots.", "de"),
    ],
)
def test_a_day_after_since_is_a_state_s_start_not_the_report_s_day(text: str, lang: str) -> None:
    """A state that lasts since a day (flights halted since 15 January) places the report on no
    day: a later step told by the same outlet named the event's day that way."""
    assert stated_event_days("Slots sold", text, lang) == ()
    assert stated_event_days(
        "Flights halted", "On 15 January the airline halted all flights.", "en"
    ) == ("--01-15",)


@pytest.mark.parametrize(
    ("lang", "mine", "theirs"),
    [
        ("ru", "БРАЗИЛИА, 15 мая. /Южный меридиан/. Масштабное отключение электроэнергии "
               "затронуло во вторник большую часть Бразилии.",
               "РЕСИФИ, 11 августа. /Южный меридиан/. Все девять штатов северо-востока Бразилии "
               "остались во вторник без электричества."),
        ("en", "BRASILIA, May 15 (Atlantic Wire) - A blackout hit most of Brazil on Tuesday.",
               "RECIFE, Aug 11 (Atlantic Wire) - A blackout hit nine northeastern states on Tuesday."),
    ],
)  # fmt: skip
def test_two_undated_reports_whose_datelines_are_months_apart(
    lang: str, mine: str, theirs: str
) -> None:
    """Agency datelines without a year are the days the reports came out on: 15 May and
    11 August are 88 days apart in any year, whatever both say of Tuesday."""
    a = text_days(link_keys("Blackout in Brazil", mine, lang))
    b = text_days(link_keys("Blackout in Brazil", theirs, lang))
    assert "@--05-15" in a and "@--08-11" in b
    apart = time_evidence(None, [], None, None, stated=a, story_stated=b, **KW)
    assert apart.margin == pytest.approx(0.6) and "88 days apart in any year" in apart.note
    same = time_evidence(None, [], None, None, stated=a, story_stated=a, **KW)
    assert same.margin == 0.0


def test_a_day_a_report_only_recalls_is_not_its_own() -> None:
    """'After the outage of 15 May' against a dateline of 7 June: no own day to compare."""
    recalled = text_days(link_keys("Fire cuts power", "A fire cut power to four states, weeks "
                                   "after the outage of 15 May.", "en"))
    own = text_days(link_keys("Outage", "RECIFE, June 7 (Wire) - Power was cut again.", "en"))
    assert not any(d.startswith("@") for d in recalled)
    assert time_evidence(None, [], None, None, stated=recalled, story_stated=own, **KW).margin == 0.0


def test_a_day_near_the_story_with_another_weekday_is_a_day_it_recalls() -> None:
    """'Saturday afternoon ... after the outage of 15 May': 15 May of the story's year was a
    Tuesday, so the report's own day is another (a substation fire weeks later)."""
    kw = dict(story_stated=["2029-05-15", "-W-2"], **KW)
    recalled = time_evidence(None, [], "2029-05-15", "2029-05-15", stated=["--05-15", "-W-6"], **kw)
    assert recalled.margin == pytest.approx(0.35) and "names Saturday" in recalled.note
    own = time_evidence(None, [], "2029-05-15", "2029-05-15", stated=["--05-15", "-W-2"], **kw)
    assert own.margin == pytest.approx(0.1)  # the story's weekday: only "needs stronger content"
    bare = time_evidence(None, [], "2029-05-15", "2029-05-15", stated=["--05-15"], **kw)
    assert bare.margin == pytest.approx(0.1)


def test_an_undated_report_recalling_the_year_an_undated_story_was_scraped_in() -> None:
    """Session 24: an undated Chinese report of a 2030 landslide, recalling the same road's
    2027 landslide, joined an undated story of that 2027 landslide scraped in August 2027."""
    recalls = link_keys(
        "日本长野县国道发生山体滑坡 致2死2失联",
        "当地时间9日，长野县国道19号发生山体滑坡。该路段2027年曾发生类似滑坡。",
        "zh",
        scraped_at="2030-08-05",
    )
    assert json.loads(recalls)["ry"] == [2027]
    story = text_days('{"s": "2027-08-03"}')
    against = time_evidence(None, [], None, None, story_stated=story, recalled=[2027], **KW)
    assert against.margin == pytest.approx(0.35) and "recalls 2027" in against.note
    # a story scraped after that year, or a year the article also names as its own: no evidence
    later = text_days('{"s": "2030-08-01"}')
    assert time_evidence(None, [], None, None, story_stated=later, recalled=[2027], **KW).margin == 0
    own = time_evidence(None, [2027], None, None, story_stated=story, recalled=[2027], **KW)
    assert "recalls" not in own.note
