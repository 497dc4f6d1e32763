"""Tests for date parsing, publication dates and relative dates."""

from __future__ import annotations

import datetime as dt

from storyline.text.dates import (
    find_labelled_date,
    find_publication_date,
    is_date_line,
    is_header_date_line,
    parse_date,
)
from storyline.text.dates.relative import find_relative_dates, resolve_relative

MONDAY = dt.datetime(2018, 12, 31, 8, 30)  # a Monday


def test_iso_and_offsets() -> None:
    assert parse_date("2018-12-30").iso == "2018-12-30T00:00:00+00:00"
    v = parse_date("2018-12-30T23:30:00-02:00")
    assert (v.iso, v.precision, v.calendar) == ("2018-12-31T01:30:00+00:00", "minute", "gregorian")
    assert parse_date("2018-12-30 10:15").iso == "2018-12-30T10:15:00+00:00"  # naive = UTC


def test_rfc2822() -> None:
    assert parse_date("Sun, 30 Dec 2018 10:15:00 GMT").iso == "2018-12-30T10:15:00+00:00"
    assert parse_date("Sun, 30 Dec 2018 10:15:00 +0330").iso == "2018-12-30T06:45:00+00:00"
    assert parse_date("Sun, 30 Dec 2018 10:15:00 EST").iso == "2018-12-30T15:15:00+00:00"


def test_written_dates_many_languages() -> None:
    expected = "2018-12-30T00:00:00+00:00"
    for text, lang in [
        ("December 30, 2018", "en"),
        ("30th December 2018", "en"),
        ("30 décembre 2018", "fr"),
        ("30. Dezember 2018", "de"),
        ("30 de diciembre de 2018", "es"),
        ("30 декабря 2018 г.", "ru"),
        ("30 Aralık 2018 Pazar", "tr"),
        ("30 ديسمبر 2018", "ar"),
        ("30 كانون الأول 2018", "ar"),
        ("٣٠ ديسمبر ٢٠١٨", "ar"),
        ("2018年12月30日", "zh"),
        ("30.12.2018", "de"),
        ("12/30/2018", "en"),
    ]:
        v = parse_date(text, lang)
        assert v is not None and v.iso == expected, (text, v)
    assert parse_date("03/04/2019", "fr").iso.startswith("2019-04-03")
    assert parse_date("03/04/2019", "en").iso.startswith("2019-03-04")
    assert parse_date("10:30 am, 30 Dec 2018").iso == "2018-12-30T10:30:00+00:00"
    assert parse_date("30 Dec 2018 3:05 pm").iso == "2018-12-30T15:05:00+00:00"


def test_jalali_to_gregorian() -> None:
    for text in ["۹ دی ۱۳۹۷", "1397/10/09", "۱۳۹۷-۱۰-۰۹", "يكشنبه ۹ دي ۱۳۹۷"]:
        v = parse_date(text)
        assert v is not None, text
        assert (v.iso, v.calendar) == ("2018-12-30T00:00:00+00:00", "jalali"), text
    assert parse_date("۱ فروردین ۱۴۰۳").iso == "2024-03-20T00:00:00+00:00"


def test_hijri_to_gregorian() -> None:
    v = parse_date("23 ربيع الآخر 1440")
    assert (v.iso, v.calendar) == ("2018-12-30T00:00:00+00:00", "hijri")
    assert parse_date("١ رمضان ١٤٤٥ هـ").iso == "2024-03-11T00:00:00+00:00"
    assert parse_date("1440/04/23 هـ").calendar == "hijri"
    assert parse_date("1440/04/23", "ar").calendar == "hijri"


def test_invalid_and_empty() -> None:
    assert parse_date("") is None
    assert parse_date("31 February 2019") is None
    assert parse_date("nothing to see") is None
    assert parse_date("yesterday") is None  # relative: not an absolute date


def test_dateparser_fallback_short_strings() -> None:
    v = parse_date("2018 Dec 30", "en")
    assert v is not None and v.iso == "2018-12-30T00:00:00+00:00"


def test_is_date_line() -> None:
    assert is_date_line("Thursday, November 7, 2024").iso == "2024-11-07T00:00:00+00:00"
    assert is_date_line("پنجشنبه ۱۷ آبان ۱۴۰۳").iso == "2024-11-07T00:00:00+00:00"
    assert is_date_line("7 ноября 2024, 14:20").precision == "minute"
    assert is_date_line("Talks resumed on November 7, 2024") is None


def test_publication_date_labels() -> None:
    text = "Headline of the article here\n\nتاریخ انتشار: ۹ دی ۱۳۹۷ - ۱۴:۳۰\n\nمتن خبر."
    v = find_publication_date(text)
    assert v.iso == "2018-12-30T14:30:00+00:00"  # a naive time is taken as UTC
    text = "عنوان الخبر هنا طويل\n\nتاريخ النشر: 30 ديسمبر 2018\n\nنص الخبر."
    assert find_publication_date(text).iso == "2018-12-30T00:00:00+00:00"
    text = "Заголовок новости\n\nОпубликовано: 30.12.2018 10:00\n\nТекст."
    assert find_publication_date(text).iso == "2018-12-30T10:00:00+00:00"
    text = "Title\n\nUpdated: 31 Dec 2018\n\nPublished: 30 Dec 2018\n\nBody."
    assert find_publication_date(text).iso.startswith("2018-12-30")


def test_publication_date_not_scrape_line_nor_sentence() -> None:
    text = "Thursday, November 7, 2024\n\nAssad greenlights Iraq strikes in Syria\n\n"
    text += (
        "An Iraqi source said on 30 December 2018 that Syria agreed to the strikes on its soil.\n\n"
    )
    text += "Photo: taken 29 December 2018"
    assert find_publication_date(text) is None


def test_publication_date_line_under_title_and_dateline() -> None:
    text = "Thursday, November 7, 2024\n\nAssad greenlights Iraq strikes\n\nDecember 30, 2018\n\nBody here."
    assert find_publication_date(text).iso == "2018-12-30T00:00:00+00:00"
    body = "A headline about Russia\n\nMOSCOW, Dec 30 (Reuters) - Russia said on Sunday it would act soon, officials said."
    assert find_publication_date(body) is None
    assert find_publication_date(body, anchor_year=2018).iso == "2018-12-30T00:00:00+00:00"


def test_resolve_relative_english() -> None:
    assert resolve_relative("on Sunday", MONDAY) == dt.date(2018, 12, 30)
    assert resolve_relative("on Monday", MONDAY) == dt.date(2018, 12, 31)
    assert resolve_relative("last Monday", MONDAY) == dt.date(2018, 12, 24)
    assert resolve_relative("yesterday", MONDAY) == dt.date(2018, 12, 30)
    assert resolve_relative("two weeks ago", MONDAY) == dt.date(2018, 12, 17)
    assert resolve_relative("3 months ago", MONDAY) == dt.date(2018, 9, 30)
    assert resolve_relative("next Friday", MONDAY) == dt.date(2019, 1, 4)
    assert resolve_relative("nothing relative", MONDAY) is None


def test_resolve_relative_other_languages() -> None:
    cases = [
        ("روز شنبه", "fa", dt.date(2018, 12, 29)),
        ("روز (شنبه)", "fa", dt.date(2018, 12, 29)),
        ("روز جمعه گذشته", "fa", dt.date(2018, 12, 28)),
        ("دوشنبه هفته گذشته", "fa", dt.date(2018, 12, 24)),
        ("دو هفته پیش", "fa", dt.date(2018, 12, 17)),
        ("دیروز", "fa", dt.date(2018, 12, 30)),
        ("أمس", "ar", dt.date(2018, 12, 30)),
        ("يوم الأحد", "ar", dt.date(2018, 12, 30)),
        ("قبل أسبوعين", "ar", dt.date(2018, 12, 17)),
        ("вчера", "ru", dt.date(2018, 12, 30)),
        ("в воскресенье", "ru", dt.date(2018, 12, 30)),
        ("две недели назад", "ru", dt.date(2018, 12, 17)),
        ("dimanche dernier", "fr", dt.date(2018, 12, 30)),
        ("il y a deux semaines", "fr", dt.date(2018, 12, 17)),
        ("am Sonntag", "de", dt.date(2018, 12, 30)),
        ("vor zwei Wochen", "de", dt.date(2018, 12, 17)),
        ("el domingo pasado", "es", dt.date(2018, 12, 30)),
        ("hace dos semanas", "es", dt.date(2018, 12, 17)),
        ("geçen Pazar", "tr", dt.date(2018, 12, 30)),
        ("上周一", "zh", dt.date(2018, 12, 24)),
    ]
    for expression, lang, expected in cases:
        assert resolve_relative(expression, MONDAY, lang) == expected, expression
        assert resolve_relative(expression, MONDAY) == expected, (expression, "no lang")


def test_find_relative_dates_without_anchor_never_resolves() -> None:
    text = "An Iraqi source said on Sunday that Trump ordered the withdrawal two weeks ago."
    found = find_relative_dates(text, "en", None)
    assert [(r.text, r.resolved) for r in found] == [("on Sunday", None), ("two weeks ago", None)]
    assert text[found[0].start : found[0].end] == "on Sunday"


def test_find_relative_dates_with_anchor_persian() -> None:
    text = (
        "«فالح الفیاض» روز (شنبه) در سفری به دمشق با بشار اسد دیدار کرد و روز جمعه گذشته خبر داد."
    )
    found = find_relative_dates(text, "fa", MONDAY)
    assert [r.resolved for r in found] == ["2018-12-29", "2018-12-28"]
    assert found[1].text == "روز جمعه گذشته"


def test_no_false_weekday_inside_words() -> None:
    assert find_relative_dates("Placido Domingo sang at the Sundays festival.", "en", MONDAY) == []
    assert find_relative_dates("یکی از اعضای جمعیت گفت", "fa", MONDAY) == []


def test_levantine_double_month_names() -> None:
    assert parse_date("الأحد 9 آذار/مارس 2025").iso == "2025-03-09T00:00:00+00:00"
    assert parse_date("14 نيسان 2025").iso == "2025-04-14T00:00:00+00:00"
    assert parse_date("1 تشرين الأول 2024").iso == "2024-10-01T00:00:00+00:00"
    assert parse_date("5 كانون الثاني/يناير 2025").iso == "2025-01-05T00:00:00+00:00"
    assert parse_date("۱۹ اسفند ۱۴۰۳").iso == "2025-03-09T00:00:00+00:00"  # آذر stays Jalali


def test_header_date_lines_with_labels_and_clock_words() -> None:
    cases = {
        "22 April 2025, 17:20 Baku time": "2025-04-22T17:20:00+00:00",
        "Veröffentlicht: 16.03.2025, 19:30 Uhr": "2025-03-16T19:30:00+00:00",
        "Опубликовано: 8 апреля 2025, 15:20 (мск)": "2025-04-08T15:20:00+00:00",
        "نُشر بتاريخ: 14/04/2025 - 19:45": "2025-04-14T19:45:00+00:00",
        "تاریخ انتشار: ۱۴۰۳/۱۲/۲۶ - ۱۱:۴۰": "2025-03-16T11:40:00+00:00",
        "Updated 22 April 2025": "2025-04-22T00:00:00+00:00",
        "Publié le 20 mars 2025 à 11h02": "2025-03-20T11:02:00+00:00",
    }
    for line, iso in cases.items():
        value = is_header_date_line(line)
        assert value is not None and value.iso == iso, line
    assert is_header_date_line("Published: 22 April 2025", labelled=False) is None
    assert is_header_date_line("22 April 2025: ministers meet in Baku") is None
    assert is_header_date_line("22 April 2025 Baku time") is None  # clock words need a time
    assert is_header_date_line("Talks in Baku on 22 April 2025, 17:20 local time") is None


def test_labels_tolerate_arabic_short_vowels() -> None:
    assert find_labelled_date("نُشِرَ في: 9 مارس 2025").iso == "2025-03-09T00:00:00+00:00"
    text = "عنوان الخبر هنا\n\nنُشر بتاريخ: 14/04/2025 - 19:45\n\nنص الخبر."
    assert find_publication_date(text, "ar").iso == "2025-04-14T19:45:00+00:00"
