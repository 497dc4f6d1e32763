"""Parse dates in many languages and calendars; find the publication date.

Regexes and tables do the work; ``dateparser`` is only a fallback for short
strings the regexes do not understand. Every result is UTC: a time with an
offset or a known zone abbreviation is converted, a naive time is taken as
UTC. Numeric dates with a year below 1500 are Jalali (Persian), unless
``lang == "ar"`` or the year carries ``هـ``/``ق``, which make them Hijri.
Ambiguous ``a/b/yyyy`` dates are day-first, except for ``lang="en"``
(month-first, US style) when both readings are valid.

Relative references ("on Sunday", "دیروز") live in
:mod:`storyline.text.dates.relative` and are re-exported here.

Examples
--------
>>> parse_date("۹ دی ۱۳۹۷").iso
'2018-12-30T00:00:00+00:00'
>>> parse_date("Sun, 30 Dec 2018 10:15:00 +0300").iso
'2018-12-30T07:15:00+00:00'
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, cast

from storyline.text.dates.tables import (
    DOTTED_MONTHS,
    MONTHS,
    TZ_OFFSETS,
    WEEKDAYS,
    alternation,
    fold_key,
    language_months,
    language_weekdays,
    to_ascii_digits,
)

__all__ = [
    "DateValue",
    "find_labelled_date",
    "find_publication_date",
    "is_date_line",
    "is_header_date_line",
    "match_date",
    "parse_date",
    "writes_dates_its_own_way",
]

logger = logging.getLogger(__name__)

Calendar = Literal["gregorian", "jalali", "hijri", "bikram", "ethiopian"]

# 1:1 character fold so match offsets stay valid in the original text.
_MATCH_FOLD = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０１２３４５６７８９०१२३४५६७८९يىك\u200c",
    "0123456789" * 4 + "ییک ",
)


@dataclass(frozen=True)
class DateValue:
    """A parsed date.

    Parameters
    ----------
    iso
        UTC ISO-8601 timestamp, ``2018-12-30T00:00:00+00:00``.
    precision
        ``"day"`` when no time of day was given, ``"minute"`` otherwise;
        ``"month"`` for a URL that gives only ``/YYYY/MM/``.
    calendar
        The calendar the text was written in.
    """

    iso: str
    precision: Literal["month", "day", "minute"]
    calendar: Calendar


_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_YEAR_SUFFIX = r"(?:\s*(?P<suf>هـ|ه\s?\.?\s?ق|ه\s?\.?\s?ش|ق|ش|م|г\.|года|г)(?![^\W\d_]))?"
#: Turkmen "14-nji maý"; Esperanto "la 14-a de septembro", "la 3-an de junio" (accusative)
_DAY_SUFFIX = r"(?:er|st|nd|rd|th|\.|º|ª|-[iyuü]?nj[iy]|-an?(?=\s))?"


def _date_patterns(months: str) -> list[tuple[str, str]]:
    """The date patterns, with ``months`` the alternation of the month names read."""
    _M = months  # noqa: N806 - the patterns below read as before
    return [
        ("ymd", r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
        # "18.10.2027", "18/10/2027"; Slovenian, Czech, Croatian "12. 3. 2032" (a space after the dot)
        (
            "dmy_num",
            r"(?<!\d)(?P<a>\d{1,2})(?:[-/]|\.\s?)(?P<b>\d{1,2})(?:[-/]|\.\s?)(?P<y>\d{4})(?!\d)",
        ),
        # Japanese era years: "令和9年3月4日" (Reiwa 1 = 2019), "平成30年" (Heisei 1 = 1989)
        (
            "era",
            r"(?P<e>令和|平成)\s*(?P<y>\d{1,2}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?",
        ),
        # Chinese/Japanese "2027年3月4日", Korean "2027년 3월 4일"
        ("zh", r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号일]?"),
        # Uyghur "2038-يىلى 12-ئاينىڭ 8-كۈنى" (year, month, day, each with its hyphen and word)
        (
            "ug",
            # (read folded: ي and ى as ی, ك as ک)
            r"(?<!\d)(?P<y>\d{4})\s*-?\s*[يىی]{2}ل[يىی]\s*(?P<m>\d{1,2})\s*-?\s*ئا[يىی](?:ن[يىی]ڭ)?"
            r"\s*(?P<d>\d{1,2})\s*-?\s*[كک]ۈن[يىی]",
        ),
        # year-less Chinese/Japanese/Korean day ("7月19日电", "3월 4일"): read only when a year is supplied
        ("zh_md", r"(?<![\d年년])(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号일]"),
        # Vietnamese "ngày 20 tháng 11 năm 2029", "20 tháng 11, 2029"; year-less as zh_md
        (
            "vi",
            r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\d)"
            r"(?:\s*(?:năm\s+|,\s*)(?P<y>\d{4})(?!\d))?",
        ),
        # year first: Hungarian "2030. július 17.", Lithuanian "2030 m. vasario 24 d."
        (
            "ymd_named",
            rf"(?<!\d)(?P<y>\d{{4}})(?:\.|\s*m\.)\s*(?P<mn>{_M})\.?{_NOT_LETTER_AFTER}\s*(?P<d>\d{{1,2}})"
            r"(?:\.|\s*d\.|-(?=[^\W\d_]))",
        ),
        # year first, spaced: Sinhala "2029 සැප්තැම්බර් 03" (a year of this century or the last)
        (
            "ymd_spaced",
            rf"(?<![\d.,])(?P<y>(?:19|20)\d{{2}})\s+(?P<mn>{_M}){_NOT_LETTER_AFTER}\s+(?P<d>\d{{1,2}})"
            r"(?![\d:])",
        ),
        # Basque, year first with its suffixes: "2031ko urtarrilaren 22a", "2030eko martxoaren 3an"
        (
            "eu_ymd",
            rf"(?<!\d)(?P<y>\d{{4}})e?ko\s+(?P<mn>{_M})(?:ren)?\s+(?P<d>\d{{1,2}})(?:e?an?|ean)?(?!\d)",
        ),
        # Burmese, year first: "၂၀၃၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၇ ရက်" (ခုနှစ် "year", လ "month", ရက် "day")
        (
            "my_ymd",
            rf"(?<!\d)(?P<y>\d{{4}})\s*ခုနှစ်\s*[၊,]?\s*(?P<mn>{_M})(?:လ)?\s*(?P<d>\d{{1,2}})(?!\d)",
        ),
        (
            "dmy",
            # Kyrgyz, Uzbek, Kazakh "15-июнь", "15-iyun": a hyphen between the day and its month
            # Maltese "27 ta' Novembru 2033": "ta'", "of", between the day and its month;
            # Breton "27 a viz Ebrel 2045": "a viz", "of the month"; Occitan "15 d'octòbre"
            rf"(?<!\d)(?P<d>\d{{1,2}}){_DAY_SUFFIX}(?:-(?=[^\W\d_]))?\s*"
            rf"(?:de\s+|d['’]\s*|of\s+|ta['’]\s*|a\s+viz\s+)?(?P<mn>{_M})"
            r"(?:\s?ماه)?"  # Persian "مهرماه", "دی‌ماه" (the ZWNJ is folded to a space)
            rf"\.?{_NOT_LETTER_AFTER}"
            rf"(?:\s*/\s*(?:{_M}){_NOT_LETTER_AFTER})?"  # Levantine/Egyptian pair: "آذار/مارس"
            rf"(?:,?\s*(?:de\s+|del\s+)?(?P<y>\d{{4}}|\d{{2}})(?!\d))?",
        ),
        (
            "mdy",
            rf"(?<![^\W\d_])(?P<mn>{_M})(?:လ)?\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th|\s+ቀን)?(?!\d)"
            rf"(?:[,၊]?\s*(?P<y>\d{{4}})(?!\d))?",  # Amharic "የካቲት 30 ቀን 2024": ቀን, "day";
            # Burmese "ဇန်နဝါရီလ ၁၇၊ ၂၀၃၄": လ, "month", after the month's name; ၊, its comma
        ),
    ]


def _compile_dates(months: list[str]) -> re.Pattern[str]:
    patterns = _date_patterns(alternation(months + DOTTED_MONTHS))
    return re.compile(
        "|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in patterns),
        re.IGNORECASE,
    )


_DATE_RE = _compile_dates(list(MONTHS))


@cache
def _date_re(lang: str | None) -> re.Pattern[str]:
    """The date pattern for texts in ``lang``: with its month names when the tables do not
    list them (:func:`~storyline.text.dates.tables.language_months`)."""
    extra = language_months(lang)
    return _compile_dates(list(MONTHS) + list(extra)) if extra else _DATE_RE


def _month_of(name: str, lang: str | None) -> tuple[int, str]:
    key = fold_key(name)
    extra = language_months(lang).get(key)
    return (extra, "gregorian") if extra is not None else MONTHS[key]


_SUFFIX_RE = re.compile(_YEAR_SUFFIX)
_TZ = alternation([k for k in TZ_OFFSETS if k != "z"])
_TIME_RE = re.compile(
    r"(?:(?P<ap0>오전|오후|午前|午後|上午|下午|နံနက်|မနက်|မွန်းလွဲ|ညနေ|ည)\s*)?"  # Korean, Japanese,
    # Chinese, Burmese: the part of the day before the time (``下午3:30``, ``ညနေ ၆:၄၀``)
    r"(?<!\d)(?P<h>\d{1,2})\s*"
    rf"(?:[:h時시]|\.(?=\d{{2}}\s*(?:{_TZ})(?![^\W\d_])))"  # "16.05 BST": a dot only before a zone
    r"\s*(?P<mi>\d{2})(?::\d{2}(?:[.,]\d+)?)?(?!\d)(?:\s*[分분])?"
    r"\s*(?P<ap>a\.?m\.?|p\.?m\.?|ق\.?ظ|ب\.?ظ|ص|م)?(?![^\W\d_])"
    rf"(?:\s*\(?\s*(?P<tz>{_TZ}|z)(?![^\W\d_]))?"
    r"(?:\s*(?P<off>[+-]\d{1,2}(?::?\d{2})?))?",
    re.IGNORECASE,
)


_AP_BEFORE = {
    "오전": "am", "午前": "am", "上午": "am", "오후": "pm", "午後": "pm", "下午": "pm",
    "နံနက်": "am", "မနက်": "am", "မွန်းလွဲ": "pm", "ညနေ": "pm", "ည": "pm",
}  # fmt: skip
"""Morning / afternoon words written before the time (``오후 7:12``, ``下午3:30``, ``ညနေ ၆:၄၀``)."""


def _fold(text: str) -> str:
    return text.translate(_MATCH_FOLD)


def _to_gregorian(y: int, m: int, d: int, calendar: Calendar) -> dt.date | None:
    try:
        if calendar == "jalali":
            import jdatetime

            return jdatetime.date(y, m, d).togregorian()
        if calendar == "bikram":  # Nepal's Bikram Sambat (BS 2090 = AD 2033-34)
            import nepali_datetime

            return nepali_datetime.date(y, m, d).to_datetime_date()
        if calendar == "ethiopian":
            return _ethiopian_to_gregorian(y, m, d)
        if calendar == "hijri":
            from hijridate import Hijri

            g = Hijri(y, m, d).to_gregorian()
            return dt.date(g.year, g.month, g.day)
        if 1800 <= y <= 2200:
            return dt.date(y, m, d)
        if 2343 <= y <= 2743:  # a Buddhist-era year (Thai: 2574 = 2031)
            return dt.date(y - 543, m, d)
    except (ValueError, OverflowError):
        return None
    return None


_ETHIOPIAN_EPOCH = 1724221
"""The Julian day number of 1 Meskerem, year 1 of the Ethiopian calendar (Amete Mihret)."""


def _ethiopian_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """A day of the Ethiopian calendar (twelve months of 30 days, a thirteenth of five, six
    in the year before a Julian leap year) as a Gregorian date; ``None`` if there is none.

    Examples
    --------
    >>> _ethiopian_to_gregorian(2024, 6, 30), _ethiopian_to_gregorian(2016, 1, 1)
    (datetime.date(2032, 3, 9), datetime.date(2023, 9, 12))
    >>> _ethiopian_to_gregorian(2015, 13, 6), _ethiopian_to_gregorian(2016, 13, 6)
    (datetime.date(2023, 9, 11), None)
    """
    if not (1 <= m <= 13 and 1 <= d <= (30 if m < 13 else 6 if y % 4 == 3 else 5)):
        return None
    jdn = _ETHIOPIAN_EPOCH + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d - 1
    return dt.date.fromordinal(jdn - 1721425)


def _numeric_calendar(y: int, suffix: str | None, lang: str | None) -> Calendar:
    if y >= 1500:
        return "gregorian"
    if suffix and suffix.startswith(("هـ", "ق")) or (suffix and "ق" in suffix):
        return "hijri"
    if suffix and "ش" in suffix:
        return "jalali"
    return "hijri" if lang == "ar" else "jalali"


def _parts(
    m: re.Match[str], folded: str, lang: str | None
) -> tuple[int | None, int, int, Calendar]:
    kind = m.lastgroup or ""
    g = m.groupdict()
    suf_m = _SUFFIX_RE.match(folded, m.end())
    suffix = suf_m.group("suf") if suf_m and suf_m.group("suf") else None
    if kind == "era":
        n = 1 if g["era_y"] == "元" else int(g["era_y"])
        y = (2018 if g["era_e"] == "令和" else 1988) + n
        return y, int(g["era_m"]), int(g["era_d"]), "gregorian"
    if kind in ("ymd", "zh", "ug"):
        y, mo, d = int(g[f"{kind}_y"]), int(g[f"{kind}_m"]), int(g[f"{kind}_d"])
        return y, mo, d, _numeric_calendar(y, suffix, lang)
    if kind == "zh_md":
        return None, int(g["zh_md_m"]), int(g["zh_md_d"]), "gregorian"
    if kind == "vi":
        year_vi = int(g["vi_y"]) if g["vi_y"] else None
        return year_vi, int(g["vi_m"]), int(g["vi_d"]), "gregorian"
    if kind == "dmy_num":
        a, b, y = int(g["dmy_num_a"]), int(g["dmy_num_b"]), int(g["dmy_num_y"])
        month_first = a <= 12 and (b > 12 or lang == "en")
        mo, d = (a, b) if month_first else (b, a)
        return y, mo, d, _numeric_calendar(y, suffix, lang)
    month, name = _month_of(g[f"{kind}_mn"], lang)
    calendar = cast(Calendar, name)
    if calendar == "bikram" and lang not in ("ne", None):
        return None, 0, 0, calendar  # a Hindu lunar month in a Hindi text: no date
    year_text = g[f"{kind}_y"]
    year = int(year_text) if year_text else None
    if year_text and len(year_text) == 2 and year is not None:
        # a two-digit year is read only after a Persian month ("۱۵ دی‌ماه ۹۹" = 1399):
        # after other months "9 March 10 people" would read as a year
        year = (1300 + year if year >= 50 else 1400 + year) if calendar == "jalali" else None
    if calendar == "gregorian" and year is not None and year < 1500:
        calendar = _numeric_calendar(year, suffix, lang)
    return year, month, int(g[f"{kind}_d"]), calendar


def _time_near(folded: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Find a time of day within a few characters of a date: (hour, minute, offset min)."""
    window_start = max(0, start - 30)
    for tm in _TIME_RE.finditer(folded, window_start, min(len(folded), end + 40)):
        if start <= tm.start() < end:
            continue
        h, mi = int(tm.group("h")), int(tm.group("mi"))
        ap = (tm.group("ap") or "").lower().replace(".", "")
        ap = _AP_BEFORE.get(tm.group("ap0") or "", ap)
        if ap in ("pm", "بظ", "م") and h < 12:
            h += 12
        elif ap in ("am", "قظ", "ص") and h == 12:
            h = 0
        if h > 23 or mi > 59:
            continue
        offset = TZ_OFFSETS.get((tm.group("tz") or "").lower(), 0)
        if tm.group("off"):
            raw = tm.group("off")
            sign = -1 if raw[0] == "-" else 1
            digits = raw[1:].replace(":", "")
            hours = int(digits[:-2] or "0") if len(digits) > 2 else int(digits)
            minutes = int(digits[-2:]) if len(digits) > 2 else 0
            offset = sign * (hours * 60 + minutes)
        return h, mi, offset
    return None


#: Words around a date some languages write that the date patterns do not hold, blanked
#: (the same length: spans stay true) before matching: Quechua's word for month after a
#: month's name (``11 julio killa 2038``); Sorani Kurdish's ezafe ``ی`` joining a day to its
#: month and a month to its year (``14ی ئازاری 2045``); Chuvash's "year's", "month's" and
#: ordinal ending (``2046 ҫулхи ҫу уйӑхӗн 17-мӗшӗ``: the 17th of May 2046).
_DATE_WORDS: dict[str, re.Pattern[str]] = {
    "qu": re.compile(r"(?<=[^\W\d_])\s+killa(?=\s+\d)", re.IGNORECASE),
    "ckb": re.compile(r"(?<=\d)ی(?=\s)|(?<=[^\W\d_])ی(?=\s+\d{4}(?!\d))"),
    "cv": re.compile(
        r"(?<=\d{4})\s+ҫулхи(?=\s)|(?<=[^\W\d_])\s+уйӑхӗн(?=\s+\d)|(?<=\d)-мӗшӗ(?![^\W\d_])",
        re.IGNORECASE,
    ),
    # Hausa: "the 14th of March" (``14 ga Maris, 2045``)
    "ha": re.compile(r"(?<=\d)\s+ga(?=\s+[^\W\d_])", re.IGNORECASE),
    # Sakha: "the year 2047, April, its 16th day" (``2047 сыл муус устар 16 күнэ``)
    "sah": re.compile(r"(?<=\d{4})\s+сыл(?:лаахха)?(?=\s)|(?<=\d)(?:-с)?\s+күнэ(?![^\W\d_])", re.IGNORECASE),
    # Khmer: "the 18th, the month of November, the year 2048" (``ទី១៨ ខែវិច្ឆិកា ឆ្នាំ២០៤៨``)
    "km": re.compile(r"ទី(?=\d)|ខែ(?=[^\W\d_])|ឆ្នាំ(?=\s*\d)"),
}

#: Languages whose papers put the year first and then the day and month
#: (Chechen ``2044 шеран 18 октябрь``: "of the year 2044, 18 October"): rewritten, in place
#: and at the same length, as day, month, year before matching.
_YEAR_FIRST: dict[str, re.Pattern[str]] = {
    "ce": re.compile(r"(\d{4})(?:-?г[ӏӀ1i]а)?\s+шеран\s+(\d{1,2})\s+([^\W\d_]+)", re.IGNORECASE),
}


def writes_dates_its_own_way(lang: str | None) -> bool:
    """Whether ``lang``'s papers write dates in words or an order only its rules read
    (:data:`_DATE_WORDS`, :data:`_YEAR_FIRST`): its texts must be read in it, even where its
    month names are another language's (Chechen ``октябрь``).

    Examples
    --------
    >>> writes_dates_its_own_way("ce"), writes_dates_its_own_way("ru")
    (True, False)
    """
    return lang in _DATE_WORDS or lang in _YEAR_FIRST


def _year_last(m: re.Match[str]) -> str:
    """``2044 шеран 18 октябрь`` as ``18 октябрь 2044``, padded to its length."""
    return f"{m.group(2)} {m.group(3)} {m.group(1)}".ljust(len(m.group()))


def match_date(
    text: str, lang: str | None = None, *, year: int | None = None
) -> tuple[DateValue, int, int] | None:
    """Find the first complete date in ``text``; return it with its span.

    ``year`` fills in a missing year ("Dec 30"); without it such dates are
    skipped. A time of day next to the date is included in the value (not
    in the span).

    Examples
    --------
    >>> value, start, end = match_date("Posted on December 30, 2018 by staff")
    >>> value.iso, start, end
    ('2018-12-30T00:00:00+00:00', 10, 27)
    >>> match_date("MOSCOW, Dec 30", year=2018)[0].iso
    '2018-12-30T00:00:00+00:00'
    """
    folded = _fold(text)
    blanked: list[tuple[int, int]] = []
    if lang in _DATE_WORDS:  # "11 julio killa 2038", "14ی ئازاری 2045"
        blanked = [w.span() for w in _DATE_WORDS[lang].finditer(folded)]
        folded = _DATE_WORDS[lang].sub(lambda w: " " * len(w.group()), folded)
    regions: list[tuple[int, int]] = []
    if lang in _YEAR_FIRST:  # "2044 шеран 18 октябрь"
        regions = [w.span() for w in _YEAR_FIRST[lang].finditer(folded)]
        folded = _YEAR_FIRST[lang].sub(_year_last, folded)
    for m in _date_re(lang).finditer(folded):
        y, mo, d, calendar = _parts(m, folded, lang)
        if y is None:
            if year is None:
                continue
            y = year
        day = _to_gregorian(y, mo, d, calendar)
        if day is None:
            continue
        # an Ethiopian page's hour is on the Ethiopian clock (from 6 a.m.): the day only
        tm = None if calendar == "ethiopian" else _time_near(folded, m.start(), m.end())
        if tm is None:
            value = DateValue(f"{day.isoformat()}T00:00:00+00:00", "day", calendar)
        else:
            h, mi, offset = tm
            local = dt.datetime(day.year, day.month, day.day, h, mi)
            utc = local - dt.timedelta(minutes=offset)
            value = DateValue(f"{utc.isoformat()}+00:00", "minute", calendar)
        start, end = m.start(), m.end()
        for lo, hi in regions:  # a rewritten date spans what the page printed
            if lo < end and start < hi:
                start, end = min(start, lo), max(end, hi)
        for lo, hi in blanked:  # and its closing word: "... 16 күнэ", "... 17-мӗшӗ"
            if lo >= end and not folded[end:lo].strip():
                end = hi
        return value, start, end
    return None


_FALLBACK_LANGS = ["en", "fr", "de", "es", "ru", "ar", "fa", "tr", "zh"]


@lru_cache(maxsize=512)
def _dateparser_fallback(value: str, lang: str | None) -> DateValue | None:
    import dateparser

    settings = {
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
    }
    languages = [lang] if lang else _FALLBACK_LANGS
    try:
        parsed = dateparser.parse(value, languages=languages, settings=settings)
    except Exception as exc:  # noqa: BLE001 - dateparser raises many types on odd input
        logger.debug("dateparser failed on %r: %s", value[:80], exc)
        return None
    if parsed is None:
        return None
    utc = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    if _TIME_RE.search(_fold(value)):
        return DateValue(
            f"{utc.replace(second=0, microsecond=0).isoformat()}+00:00", "minute", "gregorian"
        )
    return DateValue(f"{utc.date().isoformat()}T00:00:00+00:00", "day", "gregorian")


def parse_date(value: str, lang: str | None = None) -> DateValue | None:
    """Parse one date string (ISO, RFC 2822, written dates, Jalali, Hijri).

    Returns ``None`` when no complete date (day, month and year) is found.

    Examples
    --------
    >>> parse_date("2018-12-30T14:05:00+03:30").iso
    '2018-12-30T10:35:00+00:00'
    >>> parse_date("30 décembre 2018").precision
    'day'
    >>> v = parse_date("23 ربيع الآخر 1440 هـ")
    >>> v.iso, v.calendar
    ('2018-12-30T00:00:00+00:00', 'hijri')
    >>> parse_date("1397/10/09").calendar
    'jalali'
    >>> parse_date("2018年12月30日").iso
    '2018-12-30T00:00:00+00:00'
    >>> parse_date("no date here") is None
    True
    """
    value = " ".join(value.split())
    if not value:
        return None
    found = match_date(value, lang)
    if found is not None:
        return found[0]
    if len(value) > 64 or not any(ch.isdigit() for ch in value):
        return None
    for m in _date_re(lang).finditer(_fold(value)):  # a full date we read, but invalid (31 Feb)
        kind = m.lastgroup or ""
        if kind in ("ymd", "dmy_num", "zh", "era") or m.group(f"{kind}_y"):
            return None
    return _dateparser_fallback(value, lang)


_FILLER_WORDS = (
    r"at|à|um|a las|alle|ore|godz|saat|الساعة|ساعت|updated|le|la|am|el|il|в|о|às|de|"
    r"kl|klo|น|frissítve|ปรับปรุง|aktualizováno|aktualizovano|uppdaterad|uppdaterat|opdateret|oppdatert|"
    r"bijgewerkt|aktualisiert|mis à jour|actualizado|aggiornato|обновлено|оновлено|עודכן|päivitetty|"
    r"u|ažurirano|saa|asubuhi|mchana|alasiri|jioni|usiku|alfajiri|আপডেট"
)


def _compile_filler(weekdays: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"\s*[（(][月火水木金土日월화수목금토일][）)]|"  # "3月4日(木)", "3월 4일 (목)"
        # Khmer, written without spaces: "day" before a weekday's name, "the" before a day's number
        # (``ថ្ងៃពុធ ទី១៨``); Amharic "of the day", "of the night", "of the morning" before an hour
        r"ថ្ងៃ(?=\S)|ទី(?=\d|\s|$)|ម៉ោង|ከቀኑ|ከምሽቱ|ከሌሊቱ|ከጠዋቱ|"
        rf"(?:{alternation(weekdays)}|{_FILLER_WORDS})"
        r"(?![^\W\d_])|[\s,،.;:|/()（）\-–—]+",
        re.IGNORECASE,
    )


_FILLER_RE = _compile_filler(list(WEEKDAYS))


@cache
def _filler_re(lang: str | None) -> re.Pattern[str]:
    """What may surround a date on a date line in ``lang``: weekdays, "at", punctuation;
    with the language's weekday names where the tables do not list them."""
    extra = language_weekdays(lang)
    return _compile_filler(list(WEEKDAYS) + list(extra)) if extra else _FILLER_RE


def is_date_line(line: str, lang: str | None = None) -> DateValue | None:
    """Return the date when ``line`` holds a date and nothing else, else ``None``.

    Weekday names, a time of day and punctuation may surround the date.

    Examples
    --------
    >>> is_date_line("Thursday, November 7, 2024").iso
    '2024-11-07T00:00:00+00:00'
    >>> is_date_line("Assad met Iraqi officials on November 7, 2024.") is None
    True
    """
    line = line.strip()
    if not line or len(line) > 80:
        return None
    found = match_date(line, lang)
    if found is None:
        return None
    value, start, end = found
    rest = _fold(line[:start]) + " " + _without_year_suffix(_fold(line[end:]))
    rest = _TIME_RE.sub(" ", _dotted_times(rest))
    return value if not _filler_re(lang).sub("", rest).strip() else None


#: The Ethiopian calendar's era after its year (``2038 ዓ.ም.``, "year of mercy"); Amharic pages
#: also write the hour "of the day" (``ከቀኑ 11:30``) and the hour of the night or morning.
_ETHIOPIAN_ERA = re.compile(r"^\s*ዓ\.?\s?ም\.?")


def _without_year_suffix(after: str) -> str:
    """``after`` (the text after a date) without a year suffix it starts with (``г.``, ``هـ``,
    ``ዓ.ም.``)."""
    era = _ETHIOPIAN_ERA.match(after)
    if era is not None:
        return after[era.end() :]
    suffix = _SUFFIX_RE.match(after) if after.strip().startswith(("ه", "م", "ق", "ش", "г")) else None
    return after[suffix.end() :] if suffix is not None else after


_DOTTED_TIME_RE = re.compile(
    r"(?P<pre>(?<![^\W\d_])(?:klo|kl|godz|ore|alle|saat|um|at|à|às|a las|o|в|о|"
    r"päivitetty|updated|frissítve|aktualizováno|uppdaterad|opdateret|oppdatert|bijgewerkt|"
    r"aktualisiert|actualizado|aggiornato|actualizat|обновлено|оновлено|ปรับปรุง)\.?\s*)"
    r"(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?![\d.])"
    r"|(?<![\d.])(?P<h2>[01]?\d|2[0-3])\.(?P<mi2>[0-5]\d)(?=\s*(?:น|uhr|h)(?![^\W\d_]))",
    re.IGNORECASE,
)


def _dotted_times(rest: str) -> str:
    """``klo 10.15``, ``Päivitetty 12.40``, ``10.35 น.``: a dotted time after a time or
    update word, or before ``น``/``Uhr``, on a date line (what is left of it once its date is
    taken), read as ``10:15``. Without such a word ``16.05`` may be a day and month."""

    def colon(m: re.Match[str]) -> str:
        if m.group("h") is not None:
            return f"{m.group('pre')}{m.group('h')}:{m.group('mi')}"
        return f"{m.group('h2')}:{m.group('mi2')}"

    return _DOTTED_TIME_RE.sub(colon, rest)


_PUBLISHED = (
    r"first published|published|posted|publication date|date published|publié(?:e)?(?: le)?|"
    r"mis en ligne(?: le)?|veröffentlicht(?: am)?|erschienen(?: am)?|publicado(?: el)?|"
    r"publicada(?: el)?|fecha de publicación|опубликовано|дата публикации|تاریخ انتشار|"
    r"زمان انتشار|منتشر شده(?: در)?|تاريخ النشر|نشر في|نشر بتاريخ|نشر يوم|"
    r"yayınlanma(?: tarihi)?|yayın tarihi|发布时间|发布日期|发表时间|发布于|"
    r"pubblicato(?: il)?|pubblicata(?: il)?|data di pubblicazione|opublikowano|data publikacji|"
    r"publicado em|publicada em|опубліковано|дата публікації|公開日|配信日|掲載日|기사입력|입력|"
    r"प्रकाशित|प्रकाशन तिथि|publicerad|publicerat|publiceret|publisert|publikováno|zveřejněno|"
    r"gepubliceerd|δημοσιεύθηκε|δημοσίευση|julkaistu|publicat|diterbitkan|ngày đăng|"
    r"פורסם|פורסם ב|תאריך פרסום|เผยแพร่|วันที่เผยแพร่|megjelent|publikálva|közzétéve|"
    r"objavljeno|প্রকাশ|প্রকাশিত|imechapishwa|ilichapishwa|публикувано|شائع"
)
_GENERIC = r"date|datum|fecha|data|дата|تاریخ|تاريخ|tarih|日期|时间"
_UPDATED = (
    r"last updated|updated|mis à jour(?: le)?|aktualisiert(?: am)?|actualizado(?: el)?|"
    r"обновлено|آخر تحديث|به‌روزرسانی|بروزرسانی|güncelleme|güncellenme|更新时间|"
    r"aggiornato(?: il)?|aktualizacja|zaktualizowano|stand|atualizado em|оновлено|更新日|수정|अपडेट|"
    r"uppdaterad|uppdaterat|opdateret|oppdatert|aktualizováno|bijgewerkt|ενημερώθηκε|päivitetty|"
    r"actualizat|diperbarui|cập nhật|עודכן|ปรับปรุง|อัปเดต|frissítve|módosítva|ažurirano|আপডেট|"
    r"imesasishwa|обновено|اپ ڈیٹ"
)
_LABEL_RES = [
    re.compile(rf"(?:^|[|·•]\s*)(?:{group})\s*(?:on\b|in\b|:|：|-|–)?\s*", re.I | re.M)
    for group in (_PUBLISHED, _GENERIC, _UPDATED)
]
_BYLINE_RE = re.compile(r"^(?:by|par|von|por|автор|بقلم|نویسنده)\b", re.I)


_HARAKAT_RE = re.compile("[\u064b-\u0652\u0670\u0640]")  # Arabic short vowels and tatweel


def _strip_harakat(text: str) -> str:
    return _HARAKAT_RE.sub("", text)


#: A label a scraper or an archive puts before the day it visited a page (``Retrieved on``,
#: ``abgerufen am``, ``Дата сохранения:``, ``Копия страницы от``, ``بایگانی شده در``,
#: ``تاریخ بازدید:``, ``Ανακτήθηκε:``, ``Ngày truy cập:``, ``Geraadpleegd op``).
SCRAPE_LABEL_RE = re.compile(
    r"\s*(?:(?:page|страница|сторінка|pagina|página|seite|صفحه|الصفحة)\s+)?"  # "Страница сохранена"
    r"(?:(?:last|ultimo|ultima|último|última|dernier|dernière|letzter|letzte|ostatni|ostatnio|"
    r"son|последн\w*|останн\w*)\s+)?"  # "Ultimo accesso:", "Last accessed", "Letzter Zugriff"
    r"(?:(?:date|data|datum|fecha|дата)\s+(?:(?:di|de|do|da|of|del|des|der)\s+)?)?"  # "Data di"
    r"(?:scraped|retrieved|fetched|accessed|crawled|downloaded|archived|captured|collected|"
    r"harvested|saved|last\s+checked|abgerufen|zugegriffen|heruntergeladen|gespeichert|consulté|consulte|"
    r"enregistré|enregistre|guardado|salvato|zapisano|kaydedildi|сохранен\w*|збережен\w*|"
    r"дата\s+сохранения|копия\s+страницы|архивная\s+копия|снимок\s+страницы|копія\s+сторінки|"
    r"archivado|archivé|archiviert|archiviato|arquivado|"
    r"ofgeruff|alnan\s+wagty|حاصل\s+ڪيل|"  # Luxembourgish, Turkmen, Sindhi: "retrieved"
    r"بایگانی\s*شده|آرشیو\s*شده|تاریخ\s+بایگانی|تمت\s+الأرشفة|تاريخ\s+الأرشفة|نسخة\s+محفوظة|"
    r"页面存档|存档于|存档时间|快照时间|"
    r"保存时间|保存日期|保存日時|저장\s*일시|تاريخ\s+الحفظ|تاریخ\s+ذخیره|ذخیره\s*شده|"
    r"récupéré|recupere|consultado|consulta|recuperado|acessado|acesso|consultato|recuperato|pobrano|"
    r"access|accesso|accès|acces|acceso|zugriff|"
    r"dostęp|dostep|erişim|erisim|alınma|дата\s+обращения|обращено|обращени\w*|звернен\w*|получено|загружено|"
    r"дата\s+звернення|дата\s+доступу|завантажено|抓取时间|抓取日期|采集时间|采集日期|爬取时间|"
    r"取得日時|取得日|アクセス日|수집\s*일시|수집일|تاريخ\s+الاسترجاع|تاريخ\s+الوصول|"
    r"تاریخ\s+دسترسی|تاریخ\s+بازیابی|"
    r"acquisizione|captura|capturado|capturada|abrufs|erfasst|dostępu|dostepu|pobrania|"
    r"zarchiwizowano|consultation|crawl(?:ed)?\s+date|arşivlendi|arsivlendi|diakses|diarsipkan|"
    r"disimpan|diambil|доступа|збереження|访问日期|访问时间|获取时间|获取日期|采集于|保存日|"
    r"접속\s*일(?:시)?|저장\s*일|수집\s*날짜|संग्रह\s+तिथि|अभिगमन\s+तिथि|पुनःप्राप्त|"
    r"सहेजा\s+गया|संग्रहीत|"
    r"تاریخ\s+بازدید|بازدید\s*شده|تاریخ\s+مشاهده|ανακτήθηκε|ανακτηθηκε|ημερομηνία\s+πρόσβασης|"
    r"ημερομηνία\s+ανάκτησης|πρόσβαση|αποθηκεύτηκε|αρχειοθετήθηκε|ngày\s+truy\s+cập|truy\s+cập|"
    r"ngày\s+truy\s+xuất|truy\s+xuất|ngày\s+lưu|đã\s+lưu|lưu\s+lúc|thu\s+thập\s+lúc|opgehaald|"
    r"geraadpleegd|bezocht|opgeslagen|gearchiveerd|hämtad|hämtat|hentet|haettu|luettu|citováno|"
    r"staženo|letöltve|letöltés|hozzáférés|accesat|preluat|arhivat|נשמר|נשמרה|אוחזר|"
    r"บันทึกเมื่อ|บันทึก|เข้าถึงเมื่อ|ดึงข้อมูลเมื่อ|"
    r"תאריך\s+גישה|תאריך\s+אחזור|תאריך\s+שמירה|נצפה)"
    r"(?![^\W\d_])(?:\s+(?:on|at|am|le|el|em|il|w|в|на|o|tarihi|от|در|في|于|pada|op|στις|lúc|ngày|"
    r"בתאריך|ב)(?![^\W\d_]))?\s*[:：\-–]?\s*",
    re.IGNORECASE,
)


_ISO_MINUTE_TAIL = re.compile(
    r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?:T|\s+)\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?"
    r"(?:\s*(?:Z|UTC|GMT|[+-]\d\d:?\d\d))?\s*$",
    re.IGNORECASE,
)
# Stems of the words that say a page's own time: published, updated, posted, issued.
_OWN_TIME_STEM = re.compile(
    r"publi|pubbl|posted|issued|updated|veröff|aktualis|actualiz|aggiorn|atualiz|mis à jour|"
    r"опубл|обновл|оновл|нашр|نشر|انتشار|منتشر|تحديث|به\s*روز|بروز|yayın|güncel|opubl|"
    r"发布|發布|发表|更新|公開|配信|掲載|입력|수정|등록|प्रकाश|अपडेट|publicer|publiser|publik|"
    r"zveřej|gepubl|bijgew|uppdat|opdat|oppdat|δημοσ|ενημερ|julkai|päivit|diterb|diperb|"
    r"đăng|cập nhật|פורס|עודכ|เผยแพร่|ปรับปรุง|megjel|frissít|közzét",
    re.IGNORECASE,
)
_GENERIC_ALONE_RE = re.compile(rf"(?:{_GENERIC})\s*[:：\-–]?", re.IGNORECASE)


def labelled_machine_stamp(line: str) -> int | None:
    """Where the date starts on a tool's stamp line: a label, then a machine date-time.

    ``Pagina salvata il 2025-01-14 09:51``, ``تاریخ دریافت: 2027-03-29 09:12``:
    a few words, then ``YYYY-MM-DD HH:MM`` ending the line. Pages print
    their own time under a label that says so (``Published``, ``Updated``,
    ``تاریخ انتشار``, ``发布时间``) or a bare ``Date:``; any other label before
    a machine date-time is a scraper's or an archive's, whatever its language.

    Examples
    --------
    >>> labelled_machine_stamp("Pagina salvata il 2025-01-14 09:51")
    18
    >>> labelled_machine_stamp("تاریخ دریافت: 2027-03-29 09:12") is not None
    True
    >>> labelled_machine_stamp("ទាញយកនៅ៖ ២០៣២-០៣-២៦ ១០:៤០")  # Khmer: its own colon and digits
    9
    >>> [labelled_machine_stamp(x) for x in ("Published: 2027-03-29 09:12",
    ...     "Date: 2027-03-29 09:12", "2027-03-29 09:12", "Saved 29 March 2027")]
    [None, None, None, None]
    """
    line = to_ascii_digits(line.strip())  # "ទាញយកនៅ៖ ២០៣២-០៣-២៦ ១០:៤០": Khmer digits
    found = _ISO_MINUTE_TAIL.search(line)
    if found is None or found.start() == 0:
        return None
    label = line[: found.start()].strip().rstrip(":：៖-–").strip()
    if (
        not label
        or len(label) > 40
        or len(label.split()) > 4
        or any(ch.isdigit() for ch in label)
        or re.search(r"[.!?。！？؟,،;|]", label)
        or _OWN_TIME_STEM.search(label)
        or _GENERIC_ALONE_RE.fullmatch(label)
    ):
        return None
    return found.start()


def find_labelled_date(text: str, lang: str | None = None) -> DateValue | None:
    """Find a date introduced by a label (``Published:``, ``تاريخ النشر``, ``Updated``).

    Published-type labels win over generic ``Date:`` labels, which win over
    ``Updated``. The label must start a line (or follow ``|``).

    Examples
    --------
    >>> find_labelled_date("Updated: 31 Dec 2018\\nPublished: 30 Dec 2018").iso
    '2018-12-30T00:00:00+00:00'
    >>> find_labelled_date("He published a book on 30 Dec 2018.") is None
    True
    >>> find_labelled_date("نُشر بتاريخ: 14/04/2025 - 19:45").iso
    '2025-04-14T19:45:00+00:00'
    >>> find_labelled_date("Дата обращения: 25.03.2027") is None  # when it was scraped
    True
    >>> find_labelled_date("פורסם: 14.03.32, 11:42 | עודכן: 14.03.32, 18:05").iso
    '2032-03-14T00:00:00+00:00'
    """
    text = _strip_harakat(text)
    for label_re in _LABEL_RES:
        for m in label_re.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if SCRAPE_LABEL_RE.match(text, line_start) or labelled_machine_stamp(
                text[line_start : line_end if line_end != -1 else len(text)]
            ) is not None:  # "Дата обращения:", "تاریخ دریافت: 2027-03-29 09:12": a scrape date
                continue
            snippet = text[m.end() : line_end if line_end != -1 else m.end() + 80][:80]
            found = match_date(snippet, lang)
            if found is not None and found[1] <= 15:
                return found[0]
            short = _short_year_date(snippet, lang)
            if short is not None:
                return short
    return None


_SHORT_YEAR_RE = re.compile(r"\s*(\d{1,2})([./])(\d{1,2})\2(\d\d)(?![\d./])")
_SPACED_DAY_RE = re.compile(r"\s*(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")  # 16. 1. 2031


def _short_year_date(snippet: str, lang: str | None) -> DateValue | None:
    """A day with a two-digit year starting what follows a page's own label (``פורסם: 14.03.32``),
    or a Czech or Slovak spaced one (``Publikováno: 16. 1. 2031``).

    Read only there: a label that says the page's own time tells it is a
    date, not a score or a version. Day first (``14.03.32``, ``14/03/32``),
    but month first for English with slashes; years 00-69 are 2000-2069.

    Examples
    --------
    >>> _short_year_date("14.03.32, 11:42 | 18:05", "he").iso
    '2032-03-14T00:00:00+00:00'
    >>> _short_year_date("03/14/32", "en").iso, _short_year_date("1.2.3.4", None)
    ('2032-03-14T00:00:00+00:00', None)
    >>> _short_year_date("16. 1. 2031", "cs").iso
    '2031-01-16T00:00:00+00:00'
    """
    m = _SHORT_YEAR_RE.match(snippet)
    spaced = _SPACED_DAY_RE.match(snippet) if m is None else None
    if spaced is not None:
        day, month, year = (int(g) for g in spaced.groups())
    elif m is not None:
        day, month = int(m.group(1)), int(m.group(3))
        if m.group(2) == "/" and lang == "en":
            day, month = month, day
        year = int(m.group(4))
        year += 2000 if year < 70 else 1900
    else:
        return None
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    return DateValue(f"{when.isoformat()}T00:00:00+00:00", "day", "gregorian")


_ANY_LABEL_RE = re.compile(
    rf"^(?:{_PUBLISHED}|{_UPDATED}|{_GENERIC})(?![^\W\d_])\s*(?:on\b|in\b|am\b|le\b|el\b|il\b)?\s*[:：\-–]?\s*",
    re.IGNORECASE,
)
# Words that may follow a time of day: "17:20 Baku time", "19:30 Uhr", "(мск)", "بتوقيت غرينتش".
_ZONE_WORD_RE = re.compile(  # matched against folded text: Persian letter forms
    _fold(
        r"(?<![^\W\d_])(?:time|uhr|ortszeit|heure|heures|hora|horas|local|время|времени|мск|"
        r"saat|saati|yerel|بتوقيت|توقيت|وقت|به\s+وقت|时间|北京时间|当地时间)(?![^\W\d_])"
    ),
    re.IGNORECASE,
)
_LEFTOVER_PUNCT_RE = re.compile(r"[\s,،.;:|/()（）\-–—]+")


def is_header_date_line(
    line: str, lang: str | None = None, *, labelled: bool = True
) -> DateValue | None:
    """Return the date of a header line that states when the article appeared.

    Like :func:`is_date_line`, plus an optional leading label (``Published:``,
    ``Updated``, ``نُشر في:``, ``تاریخ انتشار:``, ``Опубликовано:``,
    ``Veröffentlicht am``, ``Publié le``...) and, after a time of day, up to
    four words naming the clock (``Baku time``, ``Uhr``, ``(мск)``,
    ``بتوقيت غرينتش``), or one word in any language (the time of day: ``05/01/2028
    காலை 11:20``). ``labelled=False`` refuses labels (a bare date line).

    Examples
    --------
    >>> is_header_date_line("22 April 2025, 17:20 Baku time").iso
    '2025-04-22T17:20:00+00:00'
    >>> is_header_date_line("نُشر في: الأحد 9 آذار/مارس 2025 - 13:05").iso
    '2025-03-09T13:05:00+00:00'
    >>> is_header_date_line("Published: 22 April 2025", labelled=False) is None
    True
    >>> is_header_date_line("22 April 2025: ministers meet in Baku") is None
    True
    >>> is_header_date_line("By Meridian | 16 March 2025, 13:40 Baku time") is None
    True
    >>> is_header_date_line("05/01/2028 காலை 11:20", "ta").iso
    '2028-01-05T11:20:00+00:00'
    >>> is_header_date_line("22 April 2025, 17:20 ministers met") is None
    True
    """
    line = _strip_harakat(" ".join(line.split()))
    if not line or len(line) > 100:
        return None
    if labelled:
        label = _ANY_LABEL_RE.match(line)
        if label is not None and label.end() > 0:
            line = line[label.end() :]
    if len(line) > 80:
        return None
    found = match_date(line, lang)
    if found is None:
        return None
    value, start, end = found
    before = _filler_re(lang).sub(" ", _TIME_RE.sub(" ", _dotted_times(_fold(line[:start])))).strip()
    if before:  # only a weekday, a label or punctuation may precede the date
        return None
    rest = _dotted_times(_without_year_suffix(_fold(line[end:])))
    has_time = _TIME_RE.search(rest) is not None
    rest = _TIME_RE.sub(" ", rest)
    rest = _filler_re(lang).sub(" ", rest).strip()
    if not rest:
        return value
    words = _LEFTOVER_PUNCT_RE.sub(" ", rest).split()
    if (
        has_time
        and len(words) <= 4
        and not any(ch.isdigit() for ch in rest)
        and (_ZONE_WORD_RE.search(rest) is not None or len(words) == 1)
    ):  # one word beside the time names the clock or the time of day (``காலை``, morning)
        return value
    return None


def find_publication_date(
    text: str, lang: str | None = None, *, anchor_year: int | None = None
) -> DateValue | None:
    """Find a publication date stated in a scraped article.

    In order: a labelled date (``Published:``, ``تاریخ انتشار:``,
    ``Опубликовано``, ...; ``Updated`` only when nothing else), a date-only or
    byline line near the top (the very first line is the scrape date and is
    never used), a full date in the dateline (``Paris, 3 janvier 2019 (AFP)``;
    a year-less dateline date only with ``anchor_year``). Dates inside
    sentences and captions are not publication dates.

    Examples
    --------
    >>> text = "Thursday, November 7, 2024\\n\\nTitle here for test\\n\\nPublished: 30 Dec 2018\\n\\nBody."
    >>> find_publication_date(text).iso
    '2018-12-30T00:00:00+00:00'
    >>> find_publication_date("Thursday, November 7, 2024\\n\\nHeadline\\n\\nText.") is None
    True
    """
    from storyline.text.clean.dateline import find_dateline

    head = text[:3000]
    value = find_labelled_date(head, lang) or find_labelled_date(text[-1500:], lang)
    if value is not None:
        return value
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    for index, line in enumerate(lines[:10]):
        if index > 0 and len(line) <= 100:
            found = is_header_date_line(line, lang)
            if found is None and _BYLINE_RE.match(line):
                match = match_date(line, lang)
                found = match[0] if match else None
            if found is not None:
                return found
        if len(line) > 200 or (index > 0 and len(line) > 80 and line[-1] in ".!?。؟"):
            dateline = find_dateline(line)
            if dateline is not None and dateline.date_text:
                match = match_date(dateline.date_text, lang, year=anchor_year)
                return match[0] if match else None
            break
    return None
