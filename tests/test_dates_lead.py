"""The day a report's first paragraph states, as a publication estimate (date source ``lead``).

Fixtures are written here in several scripts (Han, Arabic, Persian, Cyrillic,
Latin), the way undated scrapes state when their event happened.
"""

from __future__ import annotations

import pytest

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.dates.evidence import DATE_SOURCES, describe_date, lead_date


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("体育周报讯 2026年11月12日晚，西亚足球联合会锦标赛A组第二轮比赛在巴士拉进行。", "zh", "2026-11-12"),
        ("丝路财经 塔什干消息：2026年3月4日，两国外长在塔什干举行会谈。", "zh", "2026-03-04"),
        ("باكو – آسيا الوسطى اليوم\n\nعقدت اللجنة الحكومية المشتركة اجتماعها الثامن في باكو في 16 مايو 2024، برئاسة نائبي رئيسي الوزراء.", "ar", "2024-05-16"),
        ("وزیر راه ایران و وزیر حمل‌ونقل عراق روز دوشنبه ۱۵ دی‌ماه ۹۹ در تهران دیدار کردند.", "fa", "2021-01-04"),
        # a year-less day: the stated weekday picks the year among the text's latest and the next
        ("Центральный банк Египта в четверг, 19 ноября, снизил ставку на 200 б.п. Инфляция в 2026 году замедлилась.", "ru", "2026-11-19"),
        ("МОСКВА, 27 апреля – Министры в среду договорились о тарифе. В 2021 году по коридору перевезли 9 млн тонн.", "ru", "2022-04-27"),
        # without a weekday, a full day of that year stated up to a week before it
        ("本报满洲里4月25日电 外贝加尔边疆区自2023年4月24日起进入紧急状态。", "zh", "2023-04-25"),
    ],
)  # fmt: skip
def test_the_first_paragraph_states_the_day(text: str, lang: str, day: str) -> None:
    found = lead_date(None, text, lang)
    assert found is not None and found.iso[:10] == day and found.precision == "day"


@pytest.mark.parametrize(
    ("text", "lang", "scraped_at"),
    [
        # the stated weekday is not the day's
        ("Ministers met on Monday, 3 March 2026, in Baku.", "en", None),
        ("Центральный банк Египта в среду, 19 ноября, снизил ставку. Инфляция в 2026 году замедлилась.", "ru", None),
        # the page was scraped before that day
        ("Ministers met on 3 March 2026 in Baku.", "en", "2026-02-01"),
        # a year-less day the text gives no year for
        ("МОСКВА, 27 апреля – министры договорились о тарифах.", "ru", None),
        ("埃及中央银行货币政策委员会11月19日宣布降息200个基点。", "zh", None),
        # a solar-hijri day without a year ("will be shown on Monday 9 Mordad"; the film dates from 1349)
        ("این فیلم روز دوشنبه ۹ مردادماه در موزه سینما نمایش داده خواهد شد. این فیلم در سال ۱۳۴۹ ساخته شده است.", "fa", None),
        # a year-less first day whose year is unknown: a later full day may end a range
        ("The festival runs from 19 July to 28 July 2023 in the old town.", "en", None),
        # no day at all, and a day past the first paragraph
        ("The bank left rates unchanged on Thursday." + " More text." * 40 + " On 2 October 2026 it said so.", "en", None),
    ],
)  # fmt: skip
def test_no_estimate(text: str, lang: str, scraped_at: str | None) -> None:
    assert lead_date(None, text, lang, scraped_at=scraped_at) is None


def test_lead_is_the_source_only_when_nothing_else_dates_the_article() -> None:
    body = "丝路财经 塔什干消息：2026年3月4日，乌兹别克斯坦外长在塔什干与阿塞拜疆外长举行会谈，双方讨论了运价问题。"
    article = prepare(RawDocument("a.txt", "乌阿两国外长在塔什干会谈\n\n" + body)).article
    assert (article.published or "")[:10] == "2026-03-04"
    assert article.published_source == "lead" and "lead" in DATE_SOURCES
    dated = RawDocument("b.jsonl:1", body, declared={"url": "https://x.example/2026/03/05/talks"})
    assert prepare(dated).article.published_source == "url"
    labelled = prepare(
        RawDocument("c.txt", "乌阿两国外长在塔什干会谈\n\n发布时间：2026年3月5日\n\n" + body)
    ).article
    assert labelled.published_source == "text" and labelled.published[:10] == "2026-03-05"


def test_an_undated_scrape_stays_undated() -> None:
    text = "Sunday, November 10, 2024\n\nCentral bank holds rates\n\nCAIRO - The central bank left its rates unchanged on Thursday, analysts said."
    article = prepare(RawDocument("d.txt", text)).article
    assert article.published is None and article.published_source == "unknown"


def test_the_estimate_is_shown_as_one() -> None:
    assert (
        describe_date("2026-03-04T00:00:00+00:00", "day", "lead")
        == "2026-03-04 (estimated from the lead)"
    )


HELDOUT = __import__("pathlib").Path(__file__).parent / "fixtures" / "heldout" / "articles"


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("zh-tiyu-zhoubao-iraq-iran-group.txt", "2026-11-12"),  # 体育周报讯 2026年11月12日晚
        ("zh-silu-caijing-uzbek-azeri-fm.txt", "2026-03-04"),  # 塔什干消息：2026年3月4日
        ("zh-huanqiu-caijing-cbe-cut-2025.txt", "2025-11-20"),  # 埃及中央银行2025年11月20日宣布
        ("ru-finmarket-cbe-cut.txt", "2026-11-19"),  # в четверг, 19 ноября (+ 2026 in the text)
        ("ar-asia-wasat-uzbek-azeri-commission-2024.txt", "2024-05-16"),  # في 16 مايو 2024
    ],
)
def test_held_out_reports_dated_by_their_lead(name: str, day: str) -> None:
    article = prepare(RawDocument(name, (HELDOUT / name).read_text(encoding="utf-8"))).article
    assert article.published_source == "lead" and (article.published or "")[:10] == day


@pytest.mark.parametrize(
    "name",
    [
        "zh-huanqiu-caijing-cbe-cut.txt",  # 11月19日, no year anywhere
        "ru-sport-express-iraq-iran-final.txt",  # 20 ноября, 22:41, no year, no weekday
        "en-nile-markets-cbe-hold-october.txt",  # a Sunday scrape line over a Thursday report
    ],
)
def test_held_out_reports_the_text_does_not_date_stay_undated(name: str) -> None:
    article = prepare(RawDocument(name, (HELDOUT / name).read_text(encoding="utf-8"))).article
    assert article.published is None


@pytest.mark.parametrize(
    ("own", "lang", "body", "day"),
    [
        ("4 March 2026, 16:05", "en", "TASHKENT - The foreign ministers of Uzbekistan and Azerbaijan met on Wednesday to discuss freight tariffs, officials said.", "2026-03-04"),
        ("4 марта 2026, 16:05", "ru", "ТАШКЕНТ – Министры иностранных дел Узбекистана и Азербайджана в среду обсудили тарифы на перевозку грузов.", "2026-03-04"),
        ("الأربعاء 4 مارس 2026", "ar", "طشقند - بحث وزيرا خارجية أوزبكستان وأذربيجان يوم الأربعاء تعريفات نقل البضائع عبر الممر الأوسط.", "2026-03-04"),
    ],
)  # fmt: skip
def test_the_pages_own_date_line_beats_a_scraper_date_field_days_away(
    own: str, lang: str, body: str, day: str
) -> None:
    scraped = f"date 2026-03-20 10:00\n\nMinisters meet over corridor tariffs\n\n{own}\n\n{body}\n\nThey agreed to set up a working group."
    article = prepare(RawDocument("a.txt", scraped)).article
    assert article.published[:10] == day and article.published_source == "text"
    same = scraped.replace("date 2026-03-20 10:00", "date 2026-03-04 18:30")
    assert prepare(RawDocument("b.txt", same)).article.published[:16] == "2026-03-04T18:30"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Полиция в понедельник задержала двух должностных лиц больницы, где во вторник, "
               "16 ноября 2027 года, при пожаре погибли 12 человек."),
        ("en", "Police on Monday detained two officials of the hospital where a fire on Tuesday, "
               "16 November 2027, killed 12 patients."),
        ("ar", "اعتقلت الشرطة يوم الاثنين مسؤولين في المستشفى الذي شهد يوم الثلاثاء 16 نوفمبر 2027 "
               "حريقا أودى بحياة 12 مريضا."),
    ],
)
def test_a_lead_naming_another_weekday_than_its_date_s_gives_no_estimate(lang: str, text: str) -> None:
    """Monday's arrest, after Tuesday 16 November's fire: the date is the earlier event's."""
    assert lead_date(None, text, lang) is None
    alone = text.replace("в понедельник ", "").replace(" on Monday", "").replace(" يوم الاثنين", "")
    assert lead_date(None, alone, lang).iso[:10] == "2027-11-16"
