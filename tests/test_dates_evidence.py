"""Evidence of time: URL dates, ``date …`` first lines, dates in many scripts, years.

Fixtures are written here, in Latin, Arabic, Persian, Cyrillic and CJK
scripts, the way real scrapes state (or do not state) their dates.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.clean import clean_scraped_text
from storyline.text.dates import is_header_date_line, match_date
from storyline.text.dates.evidence import (
    DATE_SOURCES,
    date_from_url,
    date_near_title,
    describe_date,
    mentioned_dates,
    mentioned_years,
    split_date_headline,
    stated_event_days,
)

# -- URLs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "day", "precision"),
    [
        ("https://www.iraqinews.com/2018/12/30/assad-greenlights-iraq/", "2018-12-30", "day"),
        ("https://news.example/world/20170311/iran-iraq.html", "2017-03-11", "day"),
        ("https://news.example/politics/2019-07-19-iran-seizes-tanker", "2019-07-19", "day"),
        ("https://news.example/2019_07_19_tanker", "2019-07-19", "day"),
        ("https://news.example/2019/7/9/short-parts", "2019-07-09", "day"),
        ("https://news.example/2018/12/syria-iraq/", "2018-12-01", "month"),
        ("https://اخبار.example/%D8%B9/2022/05/16/عاصفة", "2022-05-16", "day"),
        ("https://hangyun.example/news/20230216/marseille.html?p=1", "2023-02-16", "day"),
    ],
)
def test_url_dates(url: str, day: str, precision: str) -> None:
    value = date_from_url(url)
    assert value is not None and value.iso[:10] == day and value.precision == precision


@pytest.mark.parametrize(
    "url",
    [
        "https://maritime-bulletin.example/?p=48213",
        "https://news.example/article.php?id=20190312",  # an id in the query is not a date
        "https://news.example/#2019/03/12",
        "https://2019-03-12.example/news",  # nor the host
        "https://news.example/news/12345678/slug",  # year 1234
        "https://news.example/news/201912345/slug",  # nine digits
        "https://news.example/2019/13/40/x",
        "https://news.example/2019/02/30/x",
        "https://news.example/1890/01/01/x",
        "https://news.example/",
        "",
        "not a url at all",
    ],
)
def test_url_without_a_date(url: str) -> None:
    assert date_from_url(url) is None


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    form=st.sampled_from(["{y}/{m:02d}/{d:02d}", "{y}-{m:02d}-{d:02d}", "{y}{m:02d}{d:02d}"]),
    slug=st.text(alphabet="abcxyz-", max_size=12),
)
def test_url_dates_round_trip(day: dt.date, form: str, slug: str) -> None:
    path = form.format(y=day.year, m=day.month, d=day.day)
    value = date_from_url(f"https://news.example/section/{path}/{slug}")
    assert value is not None and value.iso[:10] == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(query=st.text(max_size=30), post=st.integers(min_value=0, max_value=10**12))
def test_url_query_and_fragment_are_never_read(query: str, post: int) -> None:
    assert date_from_url(f"https://news.example/?p={post}&q={query}#{post}") is None


@settings(max_examples=200, deadline=None)
@given(url=st.text(max_size=80))
def test_url_parser_never_raises(url: str) -> None:
    value = date_from_url(url)
    assert value is None or dt.date.fromisoformat(value.iso[:10]).year >= 1990


# -- the scraper's "date …" first line --------------------------------------------

DATE_LINE_SCRAPE = """date 2018-12-30 Assad greenlights Iraq to target Islamic State sites in Syria
FILE PHOTO: Syria's President Bashar al-Assad speaks during an interview in Damascus. SANA/Handout via REUTERS
Baghdad (IraqiNews.com) – An Iraqi governmental source said on Sunday that Syrian President Bashar al-Assad gave the Iraqi government the green light to bombard Islamic State positions.
Under Assad's directives, the Iraqi warplanes will be able to enter the Syrian territories."""


def test_date_line_gives_the_date_and_the_headline_not_the_caption() -> None:
    cleaned = clean_scraped_text(DATE_LINE_SCRAPE)
    assert cleaned.title == "Assad greenlights Iraq to target Islamic State sites in Syria"
    assert cleaned.published is not None and cleaned.published.startswith("2018-12-30")
    assert cleaned.published_source == "text"
    assert cleaned.scraped_at is None
    assert "An Iraqi governmental source" in cleaned.body


def test_date_line_without_a_headline_and_other_first_lines() -> None:
    assert split_date_headline("date: 2019-07-19")[1] is None
    assert split_date_headline("Dates from Basra reach Tehran") is None
    assert split_date_headline("2019-07-19 Iran seizes tanker") is None
    cleaned = clean_scraped_text("date 2019-07-19 Iran seizes tanker\n\nIran seizes tanker\n\nBody.")
    assert cleaned.title == "Iran seizes tanker" and "Iran seizes tanker" not in cleaned.body


def test_scrape_date_line_never_becomes_the_publication_date_when_the_report_contradicts_it() -> None:
    # a first date-only line is the scrape date for the cleaner; pipeline.prepare takes it as
    # the publication date only when it is in the page's own form and the report does not
    # contradict it (here: it tells of 2019), or a stated weekday corroborates it
    # (tests/test_first_line_date.py); a scraper's English form never on its own
    for first in (
        "Thursday, November 7, 2024",
        "الأحد، 9 تشرين الثاني 2025",
        "پنجشنبه ۱۷ آبان ۱۴۰۳",
        "Четверг, 7 ноября 2024",
        "2024年11月7日 星期四",
    ):
        body = "A body sentence that says nothing of dates, and ends here."
        if first[0] != "T":
            body = "A body sentence about the harbour works of 2019, and it ends here."
        text = f"{first}\n\nA headline about the harbour\n\n{body}"
        cleaned = clean_scraped_text(text)
        assert cleaned.published is None, first
        assert cleaned.scraped_at is not None, first
        article = prepare(RawDocument(origin="x.txt", content=text)).article
        assert article.published is None and article.published_source == "unknown", first


# -- dates in many scripts --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("سه‌شنبه ۲۱ اسفند ۹۷ - ۱۸:۴۰", "2019-03-12"),  # Jalali, two-digit year
        ("۱۵ دی‌ماه ۹۹", "2021-01-04"),
        ("یکشنبه ۱۰ مهرماه ۱۴۰۱ - ۱۴:۰۵", "2022-10-02"),
        ("۲۶ اردیبهشت ۱۴۰۱ - ۲۱:۱۵", "2022-05-16"),
        ("الاثنين 16 أيار 2022 | 18:20", "2022-05-16"),
        ("نُشر في: الأحد 26 كانون الثاني/يناير 2025 - 15:30", "2025-01-26"),
        ("الأحد، 9 تشرين الثاني 2025", "2025-11-09"),
        ("Дата публикации: 22.04.2025 18:05", "2025-04-22"),
        ("发布时间：2025-04-09 16:30", "2025-04-09"),
        ("Publié le 16 février 2023 à 19h10", "2023-02-16"),
    ],
)
def test_header_date_lines(line: str, day: str) -> None:
    value = is_header_date_line(line)
    assert value is not None and value.iso[:10] == day


def test_two_digit_years_only_after_a_persian_month() -> None:
    assert match_date("on 9 March 10 people died") is None
    assert match_date("۹ مارس ۱۰ نفر کشته شدند") is None
    value = match_date("۹ اسفند ۰۲")
    assert value is not None and value[0].iso[:10] == "2024-02-28"


# -- years mentioned --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("Sivrice was at the centre of a magnitude 6.8 earthquake in January 2020.", "en", (2020,)),
        ("The 1975 Algiers Agreement; the 1980-1988 war; 2,000 troops; 2047 GMT.", "en", (1975, 1980, 1988)),
        ("В 2021 году по маршруту перевезено около 9 млн тонн.", "ru", (2021,)),
        ("ويتقاسم البلدان المياه وفق اتفاقية الجزائر الموقعة عام 1975.", "ar", (1975,)),
        ("طرح اتصال ریلی نخستین بار در سال ۱۳۹۰ مطرح شده بود.", "fa", (2011, 2012)),
        ("منطقه الازیغ در ۱۰ مهرماه ۱۴۰۱ لرزید", "fa", (2022,)),
        ("法国政府今年1月公布的改革方案；2015年火山喷发；约有2000人参加游行。", "zh", (2015,)),
        ("Entstehen sollen rund 2000 Arbeitsplätze.", "de", ()),
    ],
)
def test_mentioned_years(text: str, lang: str, years: tuple[int, ...]) -> None:
    assert mentioned_years(text, lang) == years


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        # a plain preposition before a year does not make it a count
        ("El Gobierno aprobará el recorte en mayo de 2027.", "es", (2027,)),
        ("O governo anunciou o plano em maio de 2027.", "pt", (2027,)),
        ("Les travaux reprendront en juin de 2026.", "fr", (2026,)),
        ("وارتفعت الأسعار اعتبارا من 2023 في المنطقة.", "ar", (2023,)),
        ("از ۲۰۲۳ تا ۲۰۲۵ قیمت‌ها بالا رفت.", "fa", (2023, 2025)),
        # ... a comparative before the preposition does
        ("Plus de 2000 manifestants et près de 2000 policiers.", "fr", ()),
        ("Más de 2000 personas y cerca de 2000 soldados.", "es", ()),
        ("More than 2000 people marched; mehr als 2000 Menschen.", "en", ()),
        ("شارك أكثر من 2000 شخص وحوالي 2000 جندي.", "ar", ()),
        ("بیش از ۲۰۰۰ نفر و حدود ۲۰۰۰ نیرو.", "fa", ()),
        ("Собралось около 2000 человек, более 2000 полицейских.", "ru", ()),
    ],
)
def test_prepositions_hide_no_year_but_counts_stay_counts(text: str, lang: str, years: tuple[int, ...]) -> None:
    assert mentioned_years(text, lang) == years


@settings(max_examples=150, deadline=None)
@given(year=st.integers(min_value=1900, max_value=2099), filler=st.sampled_from(["in", "عام", "в", "en"]))
def test_a_stated_year_is_found(year: int, filler: str) -> None:
    assert year in mentioned_years(f"It happened {filler} {year}, officials said.")


# -- the date next to the headline of a flattened page ------------------------------

FLAT_PAGE = """Menu
Politics
World
Sign in
Iraq and Iran sign dredging deal | Gulf Ledger
Subscribe
Iraq and Iran sign dredging deal
Ruth Callan - Mar 9, 2025, 11:20 am AST
— Some One (@someone) March 10, 2025
Basra (Gulf Ledger) – Iraq and Iran signed an agreement on Saturday to jointly dredge the Shatt al-Arab waterway and clear it of the wrecks that have blocked large vessels for decades, Iraqi officials said on Sunday, adding that work would begin after the spring.
Related: March 1, 2025"""


def test_date_next_to_the_headline_of_a_flattened_page() -> None:
    value = date_near_title(FLAT_PAGE, "Iraq and Iran sign dredging deal | Gulf Ledger")
    assert value is not None and value.iso.startswith("2025-03-09")
    article = prepare(RawDocument(origin="p.txt", content=FLAT_PAGE)).article
    if article.title and "dredging deal" in article.title:
        assert (article.published or "")[:10] == "2025-03-09"
        assert article.published_source == "text"


def test_no_date_from_a_sentence_or_a_quoted_post_near_the_headline() -> None:
    page = "Iraq and Iran sign dredging deal\n— Some One (@someone) March 10, 2025\nThe deal was first discussed on 12 March 2019."
    assert date_near_title(page, "Iraq and Iran sign dredging deal") is None


# -- sources, in the pipeline -----------------------------------------------------


def test_sources_in_the_pipeline() -> None:
    body = "BASRA (Gulf Ledger) - Iraq and Iran signed an agreement on Saturday to dredge the waterway together, officials said."
    cases = [
        (RawDocument("a.jsonl:1", body, declared={"date": "2025-03-09T10:00:00Z", "url": "https://x.example/2019/01/01/a"}), "metadata", "2025-03-09"),
        (RawDocument("b.jsonl:1", body, declared={"url": "https://x.example/2025/03/09/dredging"}), "url", "2025-03-09"),
        (RawDocument("c.jsonl:1", body, declared={"url": "https://x.example/?p=20250309"}), "unknown", None),
        (RawDocument("d.txt", "Published: 9 March 2025\n\n" + body), "text", "2025-03-09"),
        (RawDocument("e.txt", "BASRA, March 9, 2025 (Gulf Ledger) - " + body[22:]), "dateline", "2025-03-09"),
    ]  # fmt: skip
    for doc, source, day in cases:
        article = prepare(doc).article
        assert article.published_source == source, doc.origin
        assert (article.published or "")[:10] == (day or ""), doc.origin
        assert article.published_source in DATE_SOURCES


def test_a_url_day_beats_a_page_date_days_away() -> None:
    text = "Updated: 13 November 2019\n\nDelhi smog\n\nNEW DELHI (Vox) - Delhi's air was the worst in years on Friday, officials said."
    doc = RawDocument("v.jsonl:1", text, declared={"url": "https://v.example/2019/11/8/delhi-smog"})
    article = prepare(doc).article
    assert article.published_source == "url" and article.published.startswith("2019-11-08")
    near = RawDocument("w.jsonl:1", text, declared={"url": "https://v.example/2019/11/12/delhi"})
    assert prepare(near).article.published_source == "text"


def test_years_are_kept_on_the_article() -> None:
    text = "Quake in Sivrice\n\nA magnitude 5.2 quake shook Sivrice early on Sunday; the January 2020 quake killed 41."
    article = prepare(RawDocument("q.txt", text)).article
    assert article.published is None and article.years == (2020,)
    assert article.to_dict()["years"] == [2020]


def test_describe_date() -> None:
    assert describe_date("2022-05-16T00:00:00+00:00", "day", "url") == "2022-05-16 (url)"
    assert describe_date(None, "unknown", "unknown") == "undated"


# -- days mentioned ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "days"),
    [
        ("وقّع العراق وإيران، السبت، اتفاقاً", "ar", "2025-03-09T13:05:00+00:00", ("2025-03-08",)),
        ("Грузы в среду, 27 апреля, пошли по коридору", "ru", "2022-04-28T09:00:00+00:00", ("2022-04-27",)),
        ("МОСКВА, 27 апреля (Каспийские новости) – министры договорились", "ru", None, ("--04-27",)),
        ("در ۱۵ دی‌ماه ۹۹ و ۱۰ مهرماه ۱۴۰۱", "fa", None, ("2021-01-04", "2022-10-02")),
        ("Talks held on December 30 ended; the 2025 deal", "en", "2025-01-02T00:00:00+00:00", ("2024-12-30",)),
        ("16日，法国马赛-福斯港码头工人罢工", "zh", None, ()),
        ("Nothing dated on Saturday", "en", None, ()),
    ],
)
def test_mentioned_days(text: str, lang: str, published: str | None, days: tuple[str, ...]) -> None:
    assert mentioned_dates(text, lang, published) == days


def test_days_on_the_article() -> None:
    text = "Published: 9 March 2025\n\nDeal on the waterway\n\nBASRA (Gulf Ledger) - Iraq and Iran signed a deal on Saturday, officials said."
    article = prepare(RawDocument("d.txt", text)).article
    assert article.days == ("2025-03-08",)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eight producers unwind the voluntary cut they have applied since 2023, in May 2027.", "en"),
        ("Siguen desmantelando el recorte que aplican desde 2023, en 2027.", "es"),
        ("Страны возвращают сокращения, действующие с 2023 года, в мае 2027 года.", "ru"),
        ("التخفيضات الطوعية المطبقة منذ 2023، في مايو 2027", "ar"),
        ("کاهش داوطلبانه که از سال ۲۰۲۳ اجرا می شود، در مه ۲۰۲۷", "fa"),
        ("自2023年以来实施的自愿减产，2027年5月", "zh"),
        ("2023'ten beri uygulanan kesinti, Mayıs 2027", "tr"),
        # a word for "year" between "since" and the year (session 20)
        ("وتتزايد الهجمات منذ عام 2023، وفي مايو 2027 هوجمت الشركة", "ar"),
        ("Die Angriffe nehmen seit dem Jahr 2023 zu; im Mai 2027 traf es die Stadtwerke.", "de"),
        ("Attacks have grown since the year 2023; in May 2027 the utility was hit.", "en"),
        ("Los ataques crecen desde el año 2023; en mayo de 2027 cayó la empresa.", "es"),
        # a month between "since" and the year (session 23): the largest since August 2023
        ("The worst blackout since August 2023; in May 2027 the grid failed.", "en"),
        ("Крупнейший блэкаут с августа 2023 года; в мае 2027 года сеть отказала.", "ru"),
        ("El peor apagón desde agosto de 2023; en mayo de 2027 falló la red.", "es"),
        ("أكبر انقطاع منذ أغسطس/آب 2023، وفي مايو 2027 انهارت الشبكة", "ar"),
    ],
)
def test_a_year_that_starts_a_period_is_not_the_events_year(text: str, lang: str) -> None:
    # the years compared with a story's (link keys "y"): "since 2023" says 2023 or later
    import json

    from storyline.link.decide import link_keys

    assert mentioned_years(text, lang, since=False) == (2027,)
    assert 2023 in mentioned_years(text, lang)  # a lead's year-less date may still take it
    assert json.loads(link_keys(None, text, lang))["y"] == [2027]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The four-year ban, decided in 2027, rules him out of the 2028 Olympics.", "en"),
        ("Die Sperre aus dem Jahr 2027 kostet ihn die Olympischen Spiele 2028.", "de"),
        ("Дисквалификация 2027 года лишает его Олимпиады-2028.", "ru"),
        ("الإيقاف الصادر في 2027 يحرمه من أولمبياد لوس أنجلوس 2028", "ar"),
        ("محرومیت سال ۲۰۲۷ او را از المپیک ۲۰۲۸ لس آنجلس دور می کند", "fa"),
        ("2027年的禁赛使他无缘2028年洛杉矶奥运会", "zh"),
        ("2027'deki ceza onu 2028 Los Angeles Olimpiyatları'ndan uzak tutuyor", "tr"),
    ],
)
def test_a_year_naming_a_scheduled_event_is_not_the_events_year(text: str, lang: str) -> None:
    # session 20: "the 2028 Olympics" names an event; the report's own year is 2027
    assert mentioned_years(text, lang, since=False) == (2027,)
    assert 2028 in mentioned_years(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A fire cut power to four states on Saturday. Recall that on 15 May 2029 a blackout hit 24 states.", "en"),
        ("Пожар оставил без света четыре штата. Напомним, 15 мая 2029 года блэкаут затронул 24 штата.", "ru"),
        ("انقطع التيار عن أربع ولايات. وكانت البرازيل قد شهدت في 15 مايو 2029 انقطاعا واسعا.", "ar"),
        ("انقطع التيار عن أربع ولايات. يذكر أن البرازيل شهدت في 15 مايو 2029 انقطاعا واسعا.", "ar"),
        ("أصيب خمسة عمال يوم الأحد. وكان انفجار في وحدة أكسيد البروبيلين في مصنع الشركة قرب طراغونة قد أسفر في 15 مايو 2029 عن مقتل أربعة.", "ar"),
        ("آتش‌سوزی برق چهار ایالت را قطع کرد. گفتنی است ۱۵ مه ۲۰۲۹ خاموشی بزرگی رخ داد.", "fa"),
        ("变电站起火致四州停电。此前，2029年5月15日巴西曾发生大面积停电。", "zh"),
        ("Un incendio dejó sin luz a cuatro estados. Cabe recordar que el 15 de mayo de 2029 hubo un apagón.", "es"),
    ],
)  # fmt: skip
def test_a_sentence_opening_as_background_states_no_day_of_the_report(text: str, lang: str) -> None:
    """Its days are the earlier event's: an undated report of the substation fire must not
    be placed on the blackout's day."""
    assert "2029-05-15" not in stated_event_days(None, text, lang)


def test_a_day_in_a_plain_sentence_is_still_stated() -> None:
    assert stated_event_days(None, "A blackout hit 24 states on 15 May 2029.", "en") == ("2029-05-15",)
    assert stated_event_days(None, "变电站起火。2029年5月15日巴西发生大面积停电。", "zh") == ("2029-05-15",)
