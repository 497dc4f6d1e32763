"""Evidence of time beyond a stated publication date: URLs, ``date …`` lines, years.

Most scraped articles come without a clean publication date. This module
reads the other places a date hides, and records where each date came from:

- :func:`date_from_url`: ``/2018/12/30/``, ``/2019-07-19-slug``,
  ``/20170311/``, ``/2018/12/`` (month precision) in the URL's path. Query
  strings (``?p=1234``) and host names are never read.
- :func:`split_date_headline`: a scraper's first line ``date 2019-07-19
  <headline>`` gives the publication date and the headline.
- :func:`mentioned_years`: the years a text mentions (Gregorian, and Jalali
  or Hijri years converted), as evidence for the linker: an article that
  only mentions 2019 and 2020 is unlikely to report a 2025 event.
- :func:`mentioned_dates`: the days a text mentions (``27 апреля``,
  ``۱۵ دی‌ماه ۹۹``, ``16 أيار 2022``), with weekdays and year-less dates
  resolved against the publication date when it is known.
- :func:`stated_event_days` / :func:`estimate_event_date`: for an article
  without a publication date, the days its headline and first paragraphs
  state, and the estimate of when its event happened (the latest of them).
  An estimate is never a publication date: it is kept apart, shown as
  "estimated from the text", and the linker trusts it less.

- :func:`lead_date`: for an article no other source dates, the day its
  first paragraph states (``2026年11月12日晚``, ``في 16 مايو 2024``; a
  year-less ``в четверг, 19 ноября`` when the weekday fixes the year), a
  publication *estimate* with source ``lead``.
- :func:`yearless_publication_day`: a date-only line without a year in a
  page's header (``20 ноября, 22:41`` under the headline): the day and
  month it was published, in a year the page does not give.
- :func:`scrape_date_is_publication`: a first line holding only a date is
  the publication date when it is in the page's own form
  (:func:`is_scraper_date_form`) or the report's stated weekday corroborates
  it, and the report does not contradict it; else the scrape date.
- :func:`scrape_stamp`: a line a scraper writes about its own visit
  (``Scraped: 2027-03-02``, ``Retrieved on 2 March 2027``, ``abgerufen am
  …``, a machine timestamp to the second ``2027-03-02 09:14:33`` or
  ``2027-03-02T09:14:33Z``): never a publication date.
- :func:`stamp_contradicted`: whether the report contradicts a date line that
  may be a scraper's (a stated weekday, a later stated day, a first stated
  day more than a week earlier, only years long before).

``DATE_SOURCES`` lists the values of ``Article.published_source``. A scrape
date (the first line of many ``.txt`` scrapes) is never a publication date
and never a source (a first-line date the report corroborates is not a
scrape date: its source is ``text``).

Examples
--------
>>> date_from_url("https://example.com/world/2018/12/30/syria-iraq-strikes/").iso
'2018-12-30T00:00:00+00:00'
>>> date_from_url("https://example.com/?p=20181230") is None
True
>>> mentioned_years("The 1975 Algiers Agreement; in January 2020 a quake killed 41.")
(1975, 2020)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from storyline.text.dates import SCRAPE_LABEL_RE as _SCRAPE_LABEL
from storyline.text.dates import (
    DateValue,
    is_header_date_line,
    labelled_machine_stamp,
    match_date,
)
from storyline.text.dates.tables import MONTHS, fold_key, to_ascii_digits

__all__ = [
    "DATE_SOURCES",
    "SAME_ACTOR",
    "date_from_url",
    "date_near_title",
    "describe_date",
    "estimate_event_date",
    "is_scraper_date_form",
    "lead_date",
    "mentioned_dates",
    "mentioned_years",
    "scrape_date_is_publication",
    "scrape_stamp",
    "split_date_headline",
    "stamp_contradicted",
    "stated_event_days",
    "stated_event_weekdays",
    "yearless_publication_day",
]

#: Where a publication date came from, most trusted first; ``unknown`` when none.
#: ``metadata``: HTML meta tags, a feed's pubDate, an export's date field;
#: ``text``: a labelled or date-only line in the header, or a ``date …`` first line;
#: ``dateline``: the date in the first paragraph's dateline (``PARIS, 3 janv. 2019 (AFP)``);
#: ``url``: the date in the article's URL path;
#: ``lead``: an estimate, the day the first paragraph says the event happened (:func:`lead_date`).
DATE_SOURCES: tuple[str, ...] = ("metadata", "text", "dateline", "url", "lead", "unknown")

_MIN_YEAR, _MAX_YEAR = 1990, 2099
_URL_PATTERNS = (
    # /2018/12/30/, /2018-12-30-slug, _2018_12_30
    re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?![0-9])"),
    # /20170311/, -20170311.html (exactly eight digits)
    re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![0-9])"),
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?![0-9])")


def date_from_url(url: str | None) -> DateValue | None:
    """The publication date written in a URL's path, or ``None``.

    Reads ``YYYY/MM/DD``, ``YYYY-MM-DD``, ``YYYY_MM_DD`` and eight-digit
    ``YYYYMMDD`` in the path (years 1990-2099, a valid calendar day), and
    ``/YYYY/MM/`` with month precision (the first of the month, precision
    ``"month"``). The host, the query (``?p=1234``, ``?id=20190312``) and
    the fragment are ignored: ids there are not dates.

    Examples
    --------
    >>> date_from_url("https://news.example/2019/07/19/iran-tanker").precision
    'day'
    >>> date_from_url("https://news.example/news/20170311/a.html").iso[:10]
    '2017-03-11'
    >>> date_from_url("https://news.example/politics/2019-07-19-tanker-seized").iso[:10]
    '2019-07-19'
    >>> v = date_from_url("https://news.example/2018/12/syria")
    >>> v.iso[:10], v.precision
    ('2018-12-01', 'month')
    >>> date_from_url("https://news.example/2018/13/45/x") is None
    True
    >>> date_from_url("https://news.example/?p=1234") is None
    True
    >>> date_from_url("not a url") is None
    True
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = unquote(parts.path)
    if not path or path == "/":
        return None
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(path):
            day = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
            if day is not None:
                return DateValue(f"{day.isoformat()}T00:00:00+00:00", "day", "gregorian")
    for m in _URL_MONTH.finditer(path):
        day = _valid(int(m["y"]), int(m["m"]), 1)
        if day is not None:
            return DateValue(f"{day.isoformat()}T00:00:00+00:00", "month", "gregorian")
    return None


def _valid(y: int, m: int, d: int) -> dt.date | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_DATE_HEADLINE = re.compile(
    r"^\s*date\s*[:：]?\s*(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:\s+[-–—|:]?\s*(?P<title>\S.*?))?\s*$",
    re.IGNORECASE,
)


def split_date_headline(line: str) -> tuple[DateValue, str | None] | None:
    """Read a scraper's first line ``date 2019-07-19 <headline>``.

    Returns the date and the headline (``None`` when the line holds only the
    date), or ``None`` when the line is not of that form.

    Examples
    --------
    >>> value, title = split_date_headline("date 2019-07-19 Iran seizes British tanker")
    >>> value.iso, title
    ('2019-07-19T00:00:00+00:00', 'Iran seizes British tanker')
    >>> split_date_headline("Date: 2018-12-30")[1] is None
    True
    >>> split_date_headline("Dates and figs from Basra") is None
    True
    """
    m = _DATE_HEADLINE.match(line)
    if m is None:
        return None
    found = match_date(m["date"])
    if found is None:
        return None
    return found[0], m["title"] or None


_YEAR_RE = re.compile(
    r"(?<![\d.,/:$€£¥A-Za-z])(?P<y>1[3-4]\d\d|19\d\d|20\d\d)(?![\d%٪A-Za-z])"
    r"(?!\s*(?:GMT|UTC|Uhr|hrs)\b)"
    r"(?:\s*(?P<suf>هـ|ه\s?\.?\s?ق|ه\s?\.?\s?ش|ش|م)(?![^\W\d_]))?"
)
# Words that announce a count, not a year: "about 2000 jobs", "rund 2000", "около 2000".
_APPROX = frozenset(
    "about around nearly almost some over rund etwa fast über mehr knapp "
    "environ unos unas cerca casi около почти более свыше примерно "
    "حوالي نحو قرابة حدود حدودا تقریبا yaklaşık civarında".split()
)
#: Prepositions that announce a count only after a comparative ("more than 2000", "plus de
#: 2000", "más de 2000", "cerca de 2000", "أكثر من 2000", "بیش از ۲۰۰۰"): alone they often
#: head a year ("mayo de 2027", "من 2023").
_APPROX_AFTER = {
    "than": frozenset("more fewer less".split()),
    "de": frozenset("plus près moins más menos cerca alrededor mais cerca".split()),
    "als": frozenset("mehr weniger".split()),
    "من": frozenset("أكثر اكثر أقل اقل قرابة نحو حوالي".split()),
    "از": frozenset("بیش بیشتر کمتر".split()),
}


def _announces_count(before: list[str]) -> bool:
    """Whether the words before a number announce a count (``about``, ``plus de``).

    Examples
    --------
    >>> _announces_count(["plus", "de"]), _announces_count(["mayo", "de"]), _announces_count(["около"])
    (True, False, True)
    """
    if not before:
        return False
    last = before[-1].casefold()
    if last in _APPROX or (last.startswith("و") and last[1:] in _APPROX):  # وحوالي: "and about"
        return True
    heads = _APPROX_AFTER.get(last)
    return heads is not None and len(before) > 1 and before[-2].casefold() in heads


#: A year that starts a period lasting to the report's time (``since 2023``, ``desde 2023``,
#: ``с 2023 года``, ``منذ 2023``, ``از سال ۲۰۲۳``, ``自2023年以来``, ``2023'ten beri``): the
#: report's event is that year or later, not in it. The word before the year ...
_SINCE_BEFORE = frozenset("since desde depuis seit dal dall'anno od منذ".split())
#: Words that may stand between that word and the year (``since the year 2023``,
#: ``منذ عام 2023``, ``seit dem Jahr 2023``, ``desde el año 2023``).
_YEAR_WORDS = frozenset(
    "the year dem jahr el año l'année l'anno anno عام العام سنة السنة".split()
)
#: ... or the words after it (``2023年以来``, ``自2023年起``, ``2023'ten beri``, ``2023 yılından bu yana``).
_SINCE_AFTER = re.compile(
    r"\s*(?:年(?:以来|来|起)|['’]?(?:[dt][ae]n|y[ıi]l[ıi]ndan) (?:beri|bu yana)|['’]?[dt][ae]n beri)"
)
#: Russian and Persian "since/from": ``с 2023 года``, ``از سال ۲۰۲۳``.
_SINCE_TWO = re.compile(r"(?:(?<![^\W\d_])с|начиная с|از سال|از)\s*$")


#: A year that ends a period of a contract or a term (``a contract until 2046``, ``до лета 2046 года``, ``حتى نهاية
#: 2048``, ``تا سال ۲۰۴۸``, ``bis Ende 2048``, ``合同至2048年底``, ``2048'e kadar``): the term
#: or the contract it ends runs past the report's event, which is not in that year. The word
#: before the year (after the words of :data:`_PERIOD_PARTS`) ...
_UNTIL_BEFORE = frozenset(
    "until till through до حتى لغاية تا bis jusqu'en jusqu'à jusqu'au hasta até fino ĝis".split()
)
#: ... the words that may stand between it and the year (``until the end of``, ``до конца``,
#: ``до лета``, ``حتى نهاية``, ``bis Ende``, ``hasta finales de``, ``fino al``).
_PERIOD_PARTS = frozenset(
    "the end of middle mid start summer spring autumn fall winter конца середины начала лета "
    "осени зимы весны نهاية منتصف أواخر اواخر عام العام سنة سال پایان ende mitte anfang "
    "zum fin finales fines de del la al el le".split()
)
#: ... or the words after it (Chinese ``至2048年``, ``到2048年底``, not ``截至``, "as of";
#: Turkish ``2048'e kadar``, ``2048 yılına kadar``, ``2048 sonuna kadar``).
_UNTIL_HAN = re.compile(r"(?<!截)(?:至|到|直到)\s*$")
_UNTIL_AFTER = re.compile(r"\s*(?:['’]?[ey]?[ae]|\s+yılı(?:na|nın sonuna)|\s+sonuna) kadar")
#: A year before the marker: a range (``1964 to 1973``, ``2013年至2014年``), not a period's end.
_RANGE_START = re.compile(r"(?<!\d)(?:1[3-4]|19|20)\d\d(?:年|\)|,)?\s*$")


#: Words between a month and its year (``agosto de 2023``, ``August of 2023``).
_MONTH_LINKS = frozenset({"de", "of", "del"})


def _is_month(word: str) -> bool:
    """Whether ``word`` names a month (``August``, ``августа``, ``أغسطس/آب``, ``مرداد``)."""
    return any(fold_key(part) in MONTHS for part in word.strip("(,").split("/") if part)


def _drop_month(before: list[str]) -> bool:
    """Drop the month (and its link, ``agosto de``) ending ``before``, the words before a
    year; whether there was one.

    Examples
    --------
    >>> words = "desde agosto de".split()
    >>> _drop_month(words), words
    (True, ['desde'])
    """
    if len(before) > 2 and before[-1].casefold() in _MONTH_LINKS and _is_month(before[-2]):
        before.pop()
    if len(before) > 1 and _is_month(before[-1]):
        before.pop()
        return True
    return False


def _since(folded: str, start: int, end: int) -> bool:
    """Whether the year at ``folded[start:end]`` starts a period (``since 2023``).

    Examples
    --------
    >>> t = "cuts they apply since 2023 and in 2027"
    >>> _since(t, t.index("2023"), t.index("2023") + 4), _since(t, t.index("2027"), t.index("2027") + 4)
    (True, False)
    >>> t = "وتتزايد الهجمات منذ عام 2022 ، seit dem Jahr 2021"
    >>> _since(t, t.index("2022"), t.index("2022") + 4), _since(t, t.index("2021"), t.index("2021") + 4)
    (True, True)
    >>> t = "the largest since August 2023, с августа 2023 года, desde agosto de 2023"
    >>> [_since(t, i, i + 4) for i in (t.index("2023"), t.index("2023 г"), t.rindex("2023"))]
    [True, True, True]
    >>> t = "阿连杰耶夫自2041年起执掌楚瓦什，2046年5月辞职"
    >>> _since(t, t.index("2041"), t.index("2041") + 4), _since(t, t.index("2046"), t.index("2046") + 4)
    (True, False)
    >>> t = "in August 2023 the grid failed"
    >>> _since(t, t.index("2023"), t.index("2023") + 4)
    False
    """
    before = folded[max(0, start - 32) : start].split()
    while len(before) > 1 and before[-1].casefold() in _YEAR_WORDS:
        before.pop()  # since the year 2023, منذ عام 2023, seit dem Jahr 2023
    month = _drop_month(before)  # since August 2023, desde agosto de 2023, از مرداد ۱۴۰۲
    if before and before[-1].casefold().strip("(") in _SINCE_BEFORE:
        return True
    if _SINCE_AFTER.match(folded, end):
        return True
    head = " ".join(before[-2:]) if month else folded[max(0, start - 16) : start]
    if _SINCE_TWO.search(head):
        after = folded[end : end + 8]
        return head.rstrip().endswith(("از سال", "از")) or after.lstrip().startswith("год")
    return False


#: Names of scheduled events a year labels (``the 2028 Olympics``, ``LA 2028 Games``,
#: ``المپیک ۲۰۲۸``, ``Олимпиада-2028``, ``2028年洛杉矶奥运会``, ``WM 2026``, ``Expo 2030``):
#: the year names that event, not a date of the report's own.
_EVENT_LABEL = re.compile(
    r"olympi|olímpic|olimpi|paralymp|world cup|coupe du monde|copa (?:del|do) mundo|"
    r"weltmeisterschaft|europameisterschaft|\bwm\b|\bexpo\b|\bjo\b|dünya kupası|"
    r"mistrzostw\w* (?:świata|europy)|\bmś\b|piala dunia|"
    r"championnats? (?:du monde|d'europe)|campeonato (?:mundial|do mundo|europeo)|"
    r"asian cup|africa cup of nations|copa américa|"
    r"олимпи|паралимпи|чемпионат\w* (?:мира|европы)|\bчм\b|чемпіонат\w* (?:світу|європи)|"
    r"المپیک|پارالمپیک|جام جهانی|أولمب|الأولمب|كأس العالم|كأس آسيا|مونديال|إكسبو|ورلڈ کپ|"
    r"מונדיאל|גביע העולם|μουντιάλ|"
    r"奥运|奥林匹克|世界杯|世博|亚运|亚洲杯|オリンピック|五輪|ワールドカップ|올림픽|월드컵|ओलंपिक|विश्व कप",
    re.IGNORECASE,
)
_LABEL_REACH = 24  # characters between the year and the name, inside one clause

#: A budget (or a finance bill) a year names: ``the 2044 state budget``, ``budget for 2044``,
#: ``бюджет социального страхования на 2044 год``, ``موازنة 2044``, ``بودجه سال ۲۰۴۴``,
#: ``2044年预算``. Budgets are debated, voted and cut the autumn before their year: the year
#: is the plan's, not the report's.
_BUDGET = re.compile(
    r"(?<![^\W\d_])(?:budgets?|budjed\w*|finance bill|loi de finances|бюджет\w*|"
    r"(?:[وبل]|لل)?(?:ال)?(?:موازن[ةه]|ميزاني[ةه])|بودجه|haushalt\w*|presupuestos?|bilancio|"
    r"bütçe\w*|orçamento|anggaran|budżet\w*|rozpočet\w*)(?![^\W\d_])|预算",
    re.IGNORECASE,
)
_BUDGET_REACH = 48  # characters before the year a budget word may stand, inside one clause
#: The word right before a budget's year, when words stand between it and the budget
#: (``budget for 2044``, ``бюджет ... на 2044 год``, ``budjed ... evit 2044``).
_BUDGET_FOR = frozenset(
    "for of year fiscal на для evit لعام لسنة عام العام سال für pour para per için tahun".split()
)
_CLAUSE_END = re.compile(r"[.!?;:,。！？؟؛،，；：\n]")


#: What a period a year ends may be: a contract, a deal, a term of office (not a plan or a
#: target: ``to close the plant by the end of June 2030`` still names its year).
_TERM_WORDS = re.compile(
    r"(?<![^\W\d_])(?:contracts?|deals?|terms?|mandates?|tenure|контракт\w*|договор\w*|"
    r"соглашени\w*|срок\w*|мандат\w*|полномочи\w*|(?:[وبل]|لل)?(?:ال)?عقد\w*|(?:ال)?ولاي\w*|"
    r"(?:ال)?اتفاق\w*|قرارداد\w*|توافق\w*|دوره|vertrag\w*|amtszeit|contrat\w*|mandat\w*|"
    r"contrato\w*|mandato|contratto|sözleşme\w*|kontrakt\w*|umow\w*|kadencj\w*)"
    r"(?![^\W\d_])|合同|合约|协议|任期",
    re.IGNORECASE,
)

_SENTENCE_START = re.compile(r"[.!?。！？؟\n]")


def _until(folded: str, start: int, end: int) -> bool:
    """Whether the year at ``folded[start:end]`` ends a contract or a term (``a contract
    until 2046``): a period's end (:func:`_period_end`) in a sentence naming one
    (:data:`_TERM_WORDS`).

    Examples
    --------
    >>> t = "His contract ran until 2046. The plant closes by the end of 2030."
    >>> _until(t, t.index("2046"), t.index("2046") + 4), _until(t, t.index("2030"), t.index("2030") + 4)
    (True, False)
    """
    if not _period_end(folded, start, end):
        return False
    sentence = _SENTENCE_START.split(folded[max(0, start - 160) : start])[-1]
    return bool(_TERM_WORDS.search(sentence))


def _period_end(folded: str, start: int, end: int) -> bool:
    """Whether the year at ``folded[start:end]`` ends a period (``a contract until 2046``).

    Examples
    --------
    >>> t = "his contract ran until June 2046; he was sacked in 2045"
    >>> _period_end(t, t.index("2046"), t.index("2046") + 4), _period_end(t, t.index("2045"), t.index("2045") + 4)
    (True, False)
    >>> t = "контракт действовал до лета 2046 года, рассчитан до конца 2048 года; в 2045 году"
    >>> [_period_end(t, i, i + 4) for i in (t.index("2046"), t.index("2048"), t.index("2045"))]
    [True, True, False]
    >>> t = "合同至2048年底，截至2046年底，2045年9月"
    >>> [_period_end(t, i, i + 4) for i in (t.index("2048"), t.index("2046"), t.index("2045"))]
    [True, False, False]
    >>> t = "2013年至2014年暴发麻疹; در سال‌های ۱۹۶۴ تا ۱۹۷۳".replace("۱۹۶۴", "1964").replace("۱۹۷۳", "1973")
    >>> _period_end(t, t.index("2014"), t.index("2014") + 4), _period_end(t, t.index("1973"), t.index("1973") + 4)
    (False, False)
    """
    han = _UNTIL_HAN.search(folded[max(0, start - 3) : start])
    if han and not _RANGE_START.search(folded[max(0, start - 12) : start - 3 + han.start()]):
        return True  # 至2048年底, not 2013年至2014年 (a range)
    if _UNTIL_AFTER.match(folded, end):
        return True
    before = folded[max(0, start - 40) : start].split()
    _drop_month(before)  # until June 2046, hasta junio de 2046, до июня 2046 года
    parts = []
    while len(before) > 1 and before[-1].casefold() in _PERIOD_PARTS:
        parts.append(before.pop().casefold())  # until the end of 2048, до конца 2048 года
    if len(before) > 1 and _RANGE_START.search(before[-2]):
        return False  # ۱۹۶۴ تا ۱۹۷۳, from 1964 till 1973: a range, both its years named
    if before and before[-1].casefold() in ("to", "by") and "end" in parts:
        return True  # a contract to the end of 2048
    return bool(before) and before[-1].casefold() in _UNTIL_BEFORE


def _budget_year(folded: str, start: int, end: int) -> bool:
    """Whether the year at ``folded[start:end]`` names a budget's year (:data:`_BUDGET`).

    The budget word stands right before the year (``موازنة 2044``), or at most four words
    before it with a "for" right before the year (``budget for 2044``, ``budjed ar surentez
    sokial evit 2044``; not ``the budget passed in 2043``), or two after it (``the 2044 state budget``,
    ``2044年预算``), inside one clause.

    Examples
    --------
    >>> t = "support for the 2044 state budget; elected in 2043; бюджет на 2044 год"
    >>> [_budget_year(t, i, i + 4) for i in (t.index("2044"), t.index("2043"), t.rindex("2044"))]
    [True, False, True]
    >>> t = "2044年国家预算草案，2043年11月"
    >>> _budget_year(t, 0, 4), _budget_year(t, t.index("2043"), t.index("2043") + 4)
    (True, False)
    """
    before = _CLAUSE_END.split(folded[max(0, start - _BUDGET_REACH) : start])[-1]
    found = list(_BUDGET.finditer(before))
    if found:
        gap = before[found[-1].end() :].split()
        if not gap or (len(gap) <= 4 and gap[-1].casefold() in _BUDGET_FOR):
            return True
    after = _CLAUSE_END.split(folded[end : end + _LABEL_REACH])[0]
    hit = _BUDGET.search(after)
    if hit is None:
        return False
    gap = after[: hit.start()]
    if _CJK.search(gap) or gap.startswith("年"):
        return len(gap) <= 5  # 2044年预算, 2044年度国家预算
    return len(gap.split()) <= 2


def _event_label(folded: str, start: int, end: int) -> bool:
    """Whether the year at ``folded[start:end]`` labels a scheduled event (``the 2028 Olympics``).

    The name stands at most two words before the year (``Olympische Spiele 2028``,
    ``أولمبياد لوس أنجلوس 2028``), or after it with nothing between, only capitalised
    words (``2028 Los Angeles Olimpiyatları``) or a few CJK characters
    (``2028年洛杉矶奥运会``), inside one clause.

    Examples
    --------
    >>> t = "he misses the 2028 Olympics. Banned in 2027; World Cup. 2026 was quiet"
    >>> [_event_label(t, t.index(y), t.index(y) + 4) for y in ("2028", "2027", "2026")]
    [True, False, False]
    >>> t = "في 2027 يحرمه من أولمبياد لوس أنجلوس 2028"
    >>> [_event_label(t, t.index(y), t.index(y) + 4) for y in ("2027", "2028")]
    [False, True]
    >>> t = "Mecz eliminacji mistrzostw świata 2058 obejrzało 56 912 widzów w 2057 roku"
    >>> [_event_label(t, t.index(y), t.index(y) + 4) for y in ("2058", "2057")]
    [True, False]
    """
    before = _CLAUSE_END.split(folded[max(0, start - _LABEL_REACH) : start])[-1]
    found = list(_EVENT_LABEL.finditer(before))
    if found:
        gap = _WORD_HEAD.sub("", before[found[-1].end() :])  # the rest of the name's word
        if len(gap.split()) <= 2:
            return True
    after = _CLAUSE_END.split(folded[end : end + _LABEL_REACH])[0]
    hit = _EVENT_LABEL.search(after)
    if hit is None:
        return False
    gap = _WORD_TAIL.sub("", after[: hit.start()])  # up to the word the name starts in
    words = gap.split()
    if not words:
        return True
    if len(words) == 1 and _CJK.fullmatch(words[0]) and len(words[0]) <= 5:
        return True
    return len(words) <= 2 and all(w[:1].isupper() for w in words)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_LETTERS = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]*"  # a word's letters, not CJK
_WORD_HEAD = re.compile("^" + _LETTERS)
_WORD_TAIL = re.compile(_LETTERS + "$")


#: Words that make a sentence tell of another occurrence than the report's own: an
#: ordinal (``the second return``), ``previous``, ``again``, ``already``, ``earlier``.
_RECALL_MARK = re.compile(
    r"(?<![^\W\d_])(?:"
    r"second|third|fourth|previous(?:ly)?|earlier|again|already|prior|"
    r"втор\w+|трет\w+|предыдущ\w+|прошл\w+|ранее|снова|вновь|уже|напомним|нагадаємо|"
    r"искә төшерәбез|искә алыйк|ئەسلىتىپ|"  # Tatar, Uyghur: "let us recall" (background)
    r"الثاني\w*|الثالث\w*|ثاني\w*|ثالث\w*|السابق\w*|سابق\w*|مجدد\w*|سبق\w*|"
    r"دومین|سومین|قبلی|پیشین|پیشتر|دوباره|قبلا|قبلاً|"  # مجدد: above, with Arabic
    r"önceki|ikinci|üçüncü|yeniden|tekrar|"
    r"anterior\w*|segund\w+|tercer\w*|de nuevo|otra vez|novamente|"
    r"precedent\w*|précédent\w*|second[oa]|terz[oa]|di nuovo|già|deuxième|troisième|déjà|"
    r"vorherig\w*|zweit\w+|dritt\w+|erneut|bereits|"
    r"sebelumnya|kedua|ketiga|"
    r"이전|두\s?번째|세\s?번째|다시|앞서"
    r")(?![^\W\d_])|此前|上一|上次|第二|第三|再次|再度|曾|前回|二度目|再び|以前",
    re.IGNORECASE,
)
#: An actor named as the one of an earlier occurrence (``second plant of the same
#: company``, ``للشركة نفسها``, ``همان شرکت``, ``той же компании``, ``同一公司``): a report of the
#: first occurrence has no earlier one to point back to.
SAME_ACTOR = re.compile(
    r"(?<!\w)the same (?:company|firm|operator|owner|group|plant|factory|airline|carrier|"
    r"contractor|builder|mine|dam|hospital)(?!\w)|"
    r"(?:شركة|مصنع|مشغل|مالك|مجموعة|مقاول|سد|مستشفى|منجم)\S{0,3}\s(?:نفسها|نفسه|ذاتها|ذاته)(?!\w)|"
    r"همان (?:شرکت|کارخانه|پیمانکار|سد|بیمارستان|اپراتور|مالک|گروه|معدن)|"
    r"(?:той же|того же|тот же|та же|тем же) (?:компани|фирм|завод|оператор|владел|подрядчик|"
    r"плотин|больниц|шахт|авиакомпани)\w*|"
    r"同一(?:家|座|个|所)?(?:公司|企业|工厂|运营商|承包商|大坝|水坝|医院|矿)|同じ(?:会社|企業|工場|業者)|"
    r"(?:la misma|el mismo) (?:empresa|compañía|firma|operadora?|planta|fábrica|constructora|"
    r"contratista|presa|hospital|mina)(?!\w)|"
    r"(?:la même|le même) (?:entreprise|société|usine|exploitant|groupe|barrage|hôpital|mine)(?!\w)|"
    r"aynı (?:şirket|firma|fabrika|müteahhit|baraj|hastane|maden)\w*|"
    r"(?:derselben|desselben|dieselbe|derselbe|gleichen) (?:firma|unternehmens?|konzerns?|werks?|"
    r"betreibers?|talsperre|klinik)(?!\w)",
    re.IGNORECASE,
)
#: A place named as an earlier occurrence's (``at the same crossing``, ``في الموقع نفسه``,
#: ``در همان محل``, ``на том же месте``, ``同一地点``, ``isla goobtaas``): a sentence naming one
#: recalls that occurrence, and the year it names is not the report's own.
SAME_PLACE = re.compile(
    r"(?<!\w)(?:at|on|in|near|from) the same (?:crossing|spot|place|site|location|junction|"
    r"intersection|crossroads|road|stretch|section|bridge|tunnel|river|village|street|area|"
    r"slope|ridge|beach|port|quay|pier|market|field|bend)s?(?!\w)|"
    r"(?:المكان|الموقع|المعبر|الطريق|الجسر|النفق|الميناء|المنطقة|التقاطع|المنعطف|الحقل|السوق)"
    r"\s(?:نفسه|نفسها|ذاته|ذاتها)(?!\w)|"
    r"همان (?:محل|نقطه|مکان|جاده|پل|تونل|بندر|گذرگاه|منطقه|تقاطع|پیچ|مزرعه|بازار|روستا)|"
    r"(?:на|в|у) (?:том же|той же) (?:месте|участке|переезде|перекр[её]стке|мосту|тоннеле|"
    r"порту|районе|трассе|дороге|поле|рынке|селе|деревне)(?!\w)|"
    r"同一(?:地点|地方|路段|位置|处|河段|路口|地段|村)|"
    r"(?:en|del) (?:el )?mism[oa] (?:lugar|sitio|punto|tramo|cruce|puente|túnel|carretera)(?!\w)|"
    r"(?:au|du) même (?:endroit|carrefour|pont|tunnel|tronçon|lieu)(?!\w)|"
    r"an (?:derselben|der gleichen) stelle(?!\w)|am (?:selben|gleichen) ort(?!\w)|"
    r"(?<!\w)isla (?:goob|meel|waddo|tog)\w*|"
    r"(?<!\w)مۇشۇ (?:ئەتراپ|بۆلەك|جاي|يەر|يول)\w*",  # Uyghur "in this same area, section"
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"[^.!?。！？؟\n]+")


#: Words that put a clause in the future (a plan, a schedule, a target): ``will``, ``plans
#: to``, ``is expected to``, ``будет``, ``планирует``, ``سوف``, ``من المقرر``, ``خواهد``,
#: ``قرار است``, ``计划``, ``将于``, ``예정``, ``계획``, ``予定``, ``prévu``, ``wird``, the
#: Turkish future (``-acak``/``-ecek``). The years and days such a clause names are when
#: something is to happen (``to supply it from the 2028 season``, ``a hearing on 12
#: December``), not when the report's event did.
_FUTURE_MARK = re.compile(
    r"(?<![^\W\d_])(?:"
    r"will|won't|plans? to|planned|planning to|scheduled|due (?:to|in|by)|expected to|"
    r"intends? to|aims? to|set to|is to|are to|by the end of|by (?:19|20)\d\d|"
    r"к (?:19|20)\d\d(?:-?м)? год\w*|"  # a target year: "by 2047", "к 2047 году"
    r"будет|будут|планиру\w*|намерен\w*|собира\w*ся|предполага\w*|ожидается|ожидаются|"
    r"буде|будуть|планує\w*|планують|"
    r"سوف|من المقرر|المقرر أن|تعتزم|يعتزم|تخطط|يخطط|بحلول|من المتوقع|سيتم|ستتم|ستبدأ|سيبدأ|"
    r"ستكون|سيكون|ستعقد|سيعقد|خواهد|خواهند|قرار است|در نظر دارد|تا پایان|"
    r"prevé|previst[oaie]s?|planea|se espera|va a|irá|será|serán|pretende|"
    r"prevê|planeja|deverá|deverão|vai ser|"
    r"prevede|entro il|entro la fine|sarà|saranno|dovrà|intende|punta a|"
    r"prévu\w*|prévoit|d'ici|sera|seront|devrait|envisage|"
    r"wird|werden|soll|sollen|plant|geplant|voraussichtlich|"
    r"planlan\w*|hedefl\w*|\w{2,}(?:acak|ecek)\w*|"
    r"będzie|będą|planuje|planowan\w*|ma zostać|mają zostać|"
    r"akan|direncanakan|berencana|rencananya|ditargetkan|"
    r"जाएगा|जाएगी|जाएंगे|जाएँगे|योजना|होगा|होगी|करेगा|करेगी|करेंगे"
    r")(?![^\W\d_])|计划|预计|预期|拟于|拟在|将于|将在|有望|力争|届时|"
    r"予定|計画|見通し|目指|계획|예정|목표|방침|전망",
    re.IGNORECASE,
)
_CLAUSE_RE = re.compile(r"[^.!?。！？؟;；\n,،，]+")


def future_blanked(text: str) -> str:
    """``text`` with its clauses in the future (:data:`_FUTURE_MARK`) blanked, same length.

    Examples
    --------
    >>> future_blanked("It fell on 9 February. Hearings will start on 3 March, he said.").split()
    ['It', 'fell', 'on', '9', 'February.', ',', 'he', 'said.']
    >>> future_blanked("Exports rose 3% in 2046. Imports fall by 2047, it said.").split()
    ['Exports', 'rose', '3%', 'in', '2046.', ',', 'it', 'said.']
    >>> future_blanked("한빛은 2028년 접종 시즌부터 공급할 계획이다. 2027년 허가").split()
    ['.', '2027년', '허가']
    """
    out = list(text)
    for m in _CLAUSE_RE.finditer(text):
        if _FUTURE_MARK.search(m.group()):
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def recall_sentences(text: str) -> tuple[str, str]:
    """``(rest, recalled)``: a text's sentences that tell of another occurrence apart.

    A sentence with an ordinal, ``previous``, ``again`` or ``already`` (in
    the languages of the corpora), or one naming an actor or a place as an earlier
    occurrence's (``the same company``, :data:`SAME_ACTOR`; ``at the same crossing``,
    :data:`SAME_PLACE`), recalls another
    occurrence: the years it names are that occurrence's, not the report's.

    Examples
    --------
    >>> rest, recalled = recall_sentences(
    ...     "The museum returned 27 objects on Wednesday. It is its second return after nine "
    ...     "objects went back in 2024.")
    >>> rest.strip(), recalled.strip()
    ('The museum returned 27 objects on Wednesday', 'It is its second return after nine objects went back in 2024')
    >>> recall_sentences("An escalator sped up on Thursday. The same company was fined in 2029.")[1]
    ' The same company was fined in 2029'
    >>> recall_sentences("A minibus was swept away. In April 2031 a truck was lost at the same crossing.")[1]
    ' In April 2031 a truck was lost at the same crossing'
    """
    rest: list[str] = []
    recalled: list[str] = []
    for m in _SENTENCE_RE.finditer(text):
        recalls = (
            _RECALL_MARK.search(m.group())
            or SAME_ACTOR.search(m.group())
            or SAME_PLACE.search(m.group())
        )
        (recalled if recalls else rest).append(m.group())
    return "\n".join(rest), "\n".join(recalled)


def own_and_recalled_years(text: str, lang: str | None = None) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The years a text names for its own event, and those it names only as another occurrence's.

    Both as :func:`mentioned_years` with ``since=False``: a year only a
    recalling sentence names (:func:`recall_sentences`: ``its second return,
    after nine objects went back in 2024``) is recalled, not the report's.

    Examples
    --------
    >>> own_and_recalled_years("Strike ends in 2027. The previous strike, in 2024, lasted a week.")
    ((2027,), (2024,))
    >>> own_and_recalled_years("Это вторая забастовка в 2027 году. Она началась в марте 2027 года.", "ru")
    ((2027,), ())
    """
    rest, recalled = recall_sentences(future_blanked(text))
    own = mentioned_years(rest, lang, since=False)
    other = mentioned_years(recalled, lang, since=False) if recalled else ()
    return own, tuple(y for y in other if y not in own)


def mentioned_years(text: str, lang: str | None = None, since: bool = True) -> tuple[int, ...]:
    """The Gregorian years a text mentions, sorted, each once.

    Four-digit numbers from 1900 to 2099 count as years, except thousands
    written with a separator (``2,000``), decimals, parts of numeric dates
    (those are read whole), percentages and parts of codes (``EP-E1907``,
    ``A2019``, ``2019B``: a Latin letter against the digits). In Persian text (``lang="fa"``)
    1300-1499 are Jalali years, both Gregorian years they overlap are
    given (``۱۳۹۸`` -> 2019, 2020); with ``هـ`` or in Arabic text, Hijri
    years (converted approximately, the two they may overlap). Full dates
    (``۲۱ اسفند ۹۷``, ``16 أيار 2022``) give their exact year.

    With ``since=False`` a year that starts a period lasting to the report's time
    (``since 2023``, ``desde 2023``, ``с 2023 года``, ``منذ 2023``, ``از سال ۲۰۲۳``,
    ``自2023年以来``, ``2023'ten beri``) is skipped: the report's event is in it or
    later, not in it (the years compared with a story's, ``link_keys`` ``"y"``); so is a
    year that ends a contract or a term (``a contract until 2046``, ``контракт до конца 2048
    года``, ``合同至2048年底``: :func:`_until`; a plan's year, ``to close it by 2030``, stays);
    so is a year that names a scheduled event (``the 2028 Olympics``, ``المپیک ۲۰۲۸``,
    ``2028年洛杉矶奥运会``: :func:`_event_label`), or a budget (``the 2044 state budget``,
    ``бюджет на 2044 год``, ``2044年预算``: :func:`_budget_year`). A
    lead's year-less date still takes its year from it (:func:`lead_date`).

    Counts announced as such (``about 2000``, ``rund 2000``, ``около 2000``,
    ``حوالي 2000``; in Chinese any number without 年) and clock times
    (``2047 GMT``) are skipped, but a bare "2000 protesters" is still read
    as a year: the list is evidence for comparison (a year that the story's
    dated reports contradict), not a date.

    Examples
    --------
    >>> mentioned_years("В 2021 году перевезено 9 млн тонн; 2,000 человек; 12.5%")
    (2021,)
    >>> mentioned_years("منطقه الازیغ در بهمن ۱۳۹۸ زمین‌لرزه‌ای را تجربه کرده بود", "fa")
    (2019, 2020)
    >>> mentioned_years("Dozens of ships sunk during the 1980-1988 war")
    (1980, 1988)
    >>> mentioned_years("قرارداد ۱۹۷۵ الجزایر و سال ۱۴۰۱", "fa")
    (1975, 2022, 2023)
    >>> mentioned_years("no years here, only 120 km and 300 million, about 2000 jobs, 2047 GMT")
    ()
    >>> mentioned_years("2015年喷发，约有2000人参加", "zh")
    (2015,)
    >>> mentioned_years("The aircraft, registered EP-E1907, landed in 2024; flight IR2019B")
    (2024,)
    >>> mentioned_years("el recorte que aplican desde 2023; в мае 2027 года, с 2023 года", "es", False)
    (2027,)
    >>> mentioned_years("自2023年以来累计恢复，2027年5月", "zh", False), mentioned_years("منذ 2023", "ar")
    ((2027,), (2023,))
    """
    folded = to_ascii_digits(text)
    years: set[int] = set()
    taken: list[tuple[int, int]] = []
    pos = 0
    while pos < len(folded):  # full dates first: their year is exact in any calendar
        found = match_date(folded[pos:], lang)
        if found is None:
            break
        value, start, end = found
        years.add(int(value.iso[:4]))
        taken.append((pos + start, pos + end))
        pos += max(end, 1)
    for m in _YEAR_RE.finditer(folded):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = folded[max(0, m.start() - 16) : m.start()].split()
        if _announces_count(before):
            continue
        if not since and _since(folded, m.start(), m.end()):
            continue  # since 2023: the event is that year or later
        if not since and _until(folded, m.start(), m.end()):
            continue  # a contract until 2046: the event is before the period ends
        if not since and _event_label(folded, m.start(), m.end()):
            continue  # the 2028 Olympics: a name, not the event's year
        if not since and _budget_year(folded, m.start(), m.end()):
            continue  # the 2044 budget, voted on the autumn before: the plan's year
        if lang in ("zh", "ja") and not folded.startswith("年", m.end()):
            continue  # CJK years carry 年; a bare 2000 is a count (约有2000人)
        y, suffix = int(m["y"]), m["suf"] or ""
        if y >= 1900:
            years.add(y)
        elif lang == "fa" and ("ق" not in suffix and "هـ" not in suffix) or "ش" in suffix:
            if 1300 <= y <= 1499:
                years.update((y + 621, y + 622))
        elif suffix or lang == "ar":
            if 1300 <= y <= 1499:  # Hijri: 1 AH year is ~0.97 of a solar year
                start_year = int(622 + (y - 1) * 0.970224)
                years.update((start_year, start_year + 1))
    return tuple(sorted(years))


def describe_date(
    published: str | None,
    precision: str | None = None,
    source: str | None = None,
    estimated: str | None = None,
) -> str:
    """A short label for a publication date and where it came from.

    ``estimated``: for an undated article, the day its text states
    (:func:`estimate_event_date`), shown apart from a publication date.

    Examples
    --------
    >>> describe_date("2019-03-12T18:40:00+00:00", "minute", "text")
    '2019-03-12 18:40 (text)'
    >>> describe_date("2018-12-01T00:00:00+00:00", "month", "url")
    '2018-12 (url)'
    >>> describe_date(None)
    'undated'
    >>> describe_date(None, estimated="2019-07-19")
    'undated; ~2019-07-19 (estimated from the text)'
    >>> describe_date("2026-11-12T00:00:00+00:00", "day", "lead")
    '2026-11-12 (estimated from the lead)'
    """
    if not published:
        return f"undated; ~{estimated} (estimated from the text)" if estimated else "undated"
    if precision == "month":
        shown = published[:7]
    elif precision == "minute":
        shown = f"{published[:10]} {published[11:16]}"
    else:
        shown = published[:10]
    if source == "lead":
        return f"{shown} (estimated from the lead)"
    return f"{shown} ({source})" if source and source != "unknown" else shown


_SENTENCE_END = re.compile(r"[.!?。！？؟]$")
_SITE_SUFFIX = re.compile(r"\s+[|｜–—-]\s+")
_NOT_META = re.compile(r"https?://|www\.|^[—–-]\s|@\w", re.IGNORECASE)


#: A clock's "a. m." / "p.m." ending a byline line: not the full stop of a sentence.
_CLOCK_TAIL = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.$", re.IGNORECASE)


def date_near_title(
    text: str, title: str | None, lang: str | None = None, *, window: int = 25
) -> DateValue | None:
    r"""The date on a short line next to the headline of a flattened page.

    Flattened web pages put the menus first, so the header of the article
    is not at the top: the headline line is found (the first three times
    it occurs among the first 400 lines), then the two lines before it and
    up to ``window`` lines after it, until the first long paragraph, are
    searched for a date-only line (``Nov. 19, 2019``, ``Wednesday 20
    November 2019 9:22 am``) or a short byline-like line that holds a date
    (``Chris Davies - Nov 19, 2019, 10:31 pm CST``, ``publiziert am 25.
    September 2018``). Sentences, links, photo captions and quoted posts
    (``— name (@handle) November 18, 2019``) are not read, nor a first line
    that holds only a date (the scrape date).

    Examples
    --------
    >>> head = "Home\nNews\nQuake hits eastern Turkey\nBy Ann Lee - Nov 19, 2019, 10:31 pm\n"
    >>> date_near_title(head + "x " * 200, "Quake hits eastern Turkey | Meridian").iso
    '2019-11-19T22:31:00+00:00'
    >>> head = "Tragedia en el estadio\nPor: Redacción | 5 de diciembre de 2027 - 08:40 a. m.\n"
    >>> date_near_title(head + "x " * 200, "Tragedia en el estadio", "es").iso
    '2027-12-05T08:40:00+00:00'
    >>> text = "Quake hits eastern Turkey\nIt was felt on 19 Nov 2019 in Malatya."
    >>> date_near_title(text, "Quake hits eastern Turkey") is None
    True
    >>> date_near_title("no title here", None) is None
    True
    """
    if not title or len(title.strip()) < 8:
        return None
    from storyline.text.clean.rules import is_caption

    key = " ".join(title.split()).casefold()
    keys = {key}
    parts = _SITE_SUFFIX.split(key)  # "Headline | Site" or "Headline - Site"
    if len(parts) > 1 and len(max(parts, key=len)) >= 8:
        keys.add(max(parts, key=len).strip())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line][:400]
    hits = [i for i, line in enumerate(lines) if line.casefold() in keys][:3]
    for index in hits:
        for j in range(max(0, index - 2), min(len(lines), index + window + 1)):
            line = lines[j]
            if j > index and len(line) > 250:
                break  # the article's first paragraph: the header is over
            if j == index or len(line) > 120 or _NOT_META.search(line) or is_caption(line):
                continue
            if (
                _SCRAPE_LABEL.match(line)
                or labelled_machine_stamp(line) is not None
                or j == 0
                and (split_date_headline(line) or scrape_stamp(line, lang, any_label=True))
            ):  # a scraper's stamp, or its "date …" field (the caller reads it): never
                continue  # (a timestamp near the headline, "2019-11-19T12:48:14Z", is the page's)
            value = is_header_date_line(line, lang)
            if value is not None and j == 0 and is_header_date_line(line, lang, labelled=False):
                continue  # a first line that is only a date is the scrape date: never
            if value is None and not _SENTENCE_END.search(_CLOCK_TAIL.sub("", line)):
                found = match_date(line, lang)
                value = found[0] if found else None
            if value is not None:
                return value
    return None


def _full_dates(folded: str, lang: str | None) -> list[tuple[str, int, int]]:
    """(ISO day, start, end) of every complete date in ``folded``."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    while pos < len(folded):
        found = match_date(folded[pos:], lang)
        if found is None:
            break
        value, start, end = found
        out.append((value.iso[:10], pos + start, pos + end))
        pos += max(end, 1)
    return out


def mentioned_dates(
    text: str, lang: str | None = None, published: str | None = None
) -> tuple[str, ...]:
    """The calendar days a text mentions, as ISO strings, sorted, each once.

    Complete dates in any supported language and calendar are always read.
    With ``published`` (the article's publication date, never its scrape
    date), dates without a year (``27 апреля``, ``on March 8``) take the
    latest year that does not put them more than two days after
    publication, and weekdays and relative references (``on Saturday``,
    ``دیروز``, ``two weeks ago``) are resolved against it. Without it, a
    date without a year is kept as ``--MM-DD`` (ISO 8601's form for a day
    of an unknown year) and weekdays are left out.

    Examples
    --------
    >>> mentioned_dates("Signed on Saturday; talks began on 6 March.", "en", "2025-03-09T11:20:00+00:00")
    ('2025-03-06', '2025-03-08')
    >>> mentioned_dates("МОСКВА, 27 апреля (Каспийские новости) – министры в среду договорились", "ru")
    ('--04-27',)
    >>> mentioned_dates("سه‌شنبه ۲۱ اسفند ۹۷", "fa")
    ('2019-03-12',)
    """
    import datetime as _dt

    from storyline.text.dates.relative import find_relative_dates

    folded = to_ascii_digits(text)
    full = _full_dates(folded, lang)
    days = {day for day, _, _ in full}
    taken = [(a, b) for _, a, b in full]
    anchor = None
    if published:
        try:
            anchor = _dt.datetime.fromisoformat(published.replace("Z", "+00:00")[:19])
        except ValueError:
            anchor = None
    probe_year = anchor.year if anchor else 2000  # a leap year: 29 February stays valid
    pos = 0
    while pos < len(folded):  # dates without a year
        found = match_date(folded[pos:], lang, year=probe_year)
        if found is None:
            break
        value, start, end = found
        if not any(a <= pos + start < b for a, b in taken):
            month_day = value.iso[5:10]
            if anchor is None:
                days.add(f"--{month_day}")
            else:
                day = _dt.date.fromisoformat(value.iso[:10])
                if day > anchor.date() + _dt.timedelta(days=2):
                    try:
                        day = day.replace(year=day.year - 1)
                    except ValueError:  # 29 February
                        day = day.replace(year=day.year - 1, day=28)
                days.add(day.isoformat())
        pos += max(start + 1, end)
    if anchor is not None:
        for ref in find_relative_dates(text, lang, anchor):
            if ref.resolved:
                days.add(ref.resolved)
    return tuple(sorted(days))


#: How much of an article's text (after its headline) is read for the days it states.
EVENT_HEAD_CHARS = 800


def stated_event_days(title: str | None, text: str, lang: str | None = None) -> tuple[str, ...]:
    """The days an article's headline and first paragraphs state, sorted.

    Full dates as ``YYYY-MM-DD`` (any supported language and calendar) and
    dates without a year as ``--MM-DD``; weekdays and relative references
    are not read (there is no publication date to resolve them against).
    Only the headline and the first :data:`EVENT_HEAD_CHARS` characters
    count: that is where a report says when its event happened, while
    later paragraphs recall earlier events; a day after "since" (``desde``,
    ``seit``, ``منذ``, ``از``) starts a state that lasts and is left out, and so
    is a sentence that opens as background (``Напомним``, ``يذكر أن``,
    ``وكانت ... قد``, ``此前``, ``Recall that``: :data:`_BACKGROUND`).

    Examples
    --------
    >>> stated_event_days("Iraq and Iran sign memorandum",
    ...     "BASRA, 12 March 2019 - Iraq and Iran signed a memorandum on Tuesday.")
    ('2019-03-12',)
    >>> stated_event_days(None, "МОСКВА, 27 апреля – министры договорились о тарифах.", "ru")
    ('--04-27',)
    >>> stated_event_days("No date", "Ministers met on Tuesday.")
    ()
    >>> stated_event_days("Slots sold", "The airline had halted flights since 15 January.")
    ()
    >>> stated_event_days("Fire cuts power", "A fire cut power on Saturday. وكانت البرازيل قد شهدت في 15 مايو انقطاعا واسعا.", "ar")
    ()
    >>> stated_event_days(None, "Пожар произошел 22 ноября. Напомним, 16 ноября в Виннице горела больница.", "ru")
    ('--11-22',)
    >>> stated_event_days("One year on", "Exactly a year ago, on 27 July 2032, Minsk hit 37.4C.")
    ()

    A day a decision takes effect from is not its event's either:

    >>> stated_event_days("OPEC+ cuts", "Ministers agreed on 4 June to cut output as of 1 July.")
    ('--06-04',)
    >>> stated_event_days("欧佩克+减产", "产油国4日在维也纳举行会议，决定自7月1日起每日减产120万桶。", "zh")
    ()
    >>> stated_event_days("L'Opep+ baisse", "Une réduction du 1er juillet au 31 décembre.", "fr")
    ()
    """
    head = _SINCE.sub(_blank, f"{title or ''}\n{text[:EVENT_HEAD_CHARS]}")
    head = effective_blanked(head, lang)
    head = future_blanked(_BACKGROUND.sub(_blank, _YEARS_AGO.sub(_blank, head)))
    return mentioned_dates(head, lang)


#: A sentence that opens as background, recalling what happened before the report's event
#: ("Напомним, 15 мая...", "يذكر أن", "وكانت البرازيل قد شهدت في 15 مايو", "此前", "Recall
#: that", "Cabe recordar"): its days are another event's, left out up to the sentence's end.
_BACKGROUND = re.compile(
    r"(?:^|(?<=[.!?。！？؟\n]))\s*(?:"
    r"recall that|it is worth (?:noting|recalling)|as previously reported|"
    r"напомним|как сообщалось ранее|как сообщалось|ранее|нагадаємо|раніше|"
    r"(?:و)?يذكر أن|(?:و)?يشار إلى أن|(?:و)?كان(?:ت)?\s[^.!?؟\n]{0,100}\sقد|(?:و)?سبق أن|"
    r"گفتنی است|شایان ذکر است|پیش از این|پیشتر|یادآوری می[\s\u200c]?شود|"
    r"此前|早前|据此前报道|"
    r"zur erinnerung|wie berichtet|cabe recordar|cabe señalar|vale lembrar|vale recordar|"
    r"pour rappel|si ricorda che|hatırlanacağı üzere)"
    r"[^.!?。！？؟\n]*",
    re.IGNORECASE,
)


#: A span of years ago ("a year ago", "год назад", "год таму", "一年前", "قبل عام", "یک سال پیش",
#: "hace un año"): the rest of its sentence recalls a day of another year (an anniversary's
#: report restating the event's day, ``Роўна год таму, 27 ліпеня 2032 года, ...``), never
#: the day the report tells of; left out up to the sentence's end.
_YEARS_AGO = re.compile(
    r"(?:(?<![^\W\d_])(?:(?:a|one|two|three|four|five|ten|\d+)\s+years?\s+ago|"
    r"(?:год|два года|\d+\s+(?:года|лет)|рік|роки|років|гады|гадоў)\s+(?:тому\s+)?(?:назад|таму|тому)|"
    r"(?:یک|دو|سه|\d+)\s+سال\s+(?:پیش|قبل)|پارسال|"
    r"قبل\s+(?:عام|سنة|عامين|سنتين|\d+\s+(?:أعوام|سنوات))|"
    r"(?:bir|iki|üç|\d+)\s+yıl\s+önce|hace\s+(?:un|dos|tres|\d+)\s+años?|"
    r"há\s+(?:um|dois|três|\d+)\s+anos?|il\s+y\s+a\s+(?:un|deux|trois|\d+)\s+ans?|"
    r"vor\s+(?:einem|zwei|drei|\d+)\s+jahr(?:en)?|(?:un|due|tre|\d+)\s+ann[oi]\s+fa|"
    r"fa\s+(?:un|dos|tres|\d+)\s+anys?|(?:rok|\d+\s+lat[a]?)\s+temu|"
    r"(?:pred|prije|pre)\s+(?:enim\s+letom|godinu\s+dana|\d+\s+godin\w*)|"
    r"před\s+(?:rokem|\d+\s+lety)|pred\s+rokom|(?:пред|преди|пре)\s+(?:една\s+)?годин\w*|"
    r"(?:een|\d+)\s+jaar\s+geleden|för\s+(?:ett|\d+)\s+år\s+sedan|for\s+(?:et|\d+)\s+år\s+siden|"
    r"vuosi\s+sitten|egy\s+évvel\s+ezelőtt|acum\s+(?:un|\d+)\s+an[i]?|"
    r"(?:setahun|\d+\s+tahun)\s+(?:yang\s+)?lalu|(?:một|\d+)\s+năm\s+trước|"
    r"fyrir\s+(?:ári|\d+\s+árum))(?![^\W\d_])|"
    r"(?:一|两|二|三|\d+)\s*年前|(?:1|한|\d+)\s*년\s*전|साल\s+पहले|वर्ष\s+अघि)"
    r"[^.!?。！？؟\n]*",
    re.IGNORECASE,
)


#: "Since" before a day: the start of a state that lasts, not the day a report tells of
#: ("had halted all flights since 15 January", "از ۱۵ ژانویه", "منذ 15 يناير", "с 15 января");
#: its words up to the next comma or stop (24 characters at most) are left out.
_SINCE = re.compile(
    r"(?<![^\W\d_])(?:since|desde|depuis|seit|начиная с|منذ|از)\s+[^.,;:،؛。，\n]{1,24}",
    re.IGNORECASE,
)


#: A day a decision takes effect from (``from 1 July``: ``as of``, ``à partir du``, ``a partir
#: del``, ``ab dem``, ``اعتبارا من``, ``自7月1日起``, ``8月1日から``, ``8월 1일부터``): a state that
#: starts then and lasts, after the report's event (the meeting decided on a Sunday in June),
#: so it is left out like a day after "since". A bare "from" is not read: ``from 1 to 3 July``
#: is an event's own span.
_TAKES_EFFECT = re.compile(
    r"(?<![^\W\d_])(?:as of|starting(?: on| from)?|effective(?: from| on)?|"
    r"à partir d[ue]|à compter d[ue]|a partir d[eo]l?|a partire da(?:l|ll')?|a contar de|"
    r"ab dem|ab (?=\d)|od dnia|mulai|"
    r"اعتبار[اًا]? من|ابتداء[ًا]? من|بدء[ًا]? من)\s+[^.,;:،؛。，\n]{1,24}|"
    r"(?:自|从|從)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|から|より)|\d{1,2}월\s*\d{1,2}일\s*부터",
    re.IGNORECASE,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


#: What joins the two ends of a span of days (``du 1er juillet au 31 décembre``, ``from 1 July
#: to 31 December``, ``с 1 июля по 31 декабря``, ``من 1 يوليو إلى 31 ديسمبر``, ``7月1日至12月31日``).
_SPAN_JOIN = re.compile(
    r"\s*(?:-|–|—|~|〜|to|until|till|through|au|à|al|a|bis(?: zum)?|do|по|до|إلى|الى|حتى|تا|"
    r"至|到|から|부터)\s*",
    re.IGNORECASE,
)
#: A span of more days than this is a period in effect (a measure from July to December, a
#: contract, a term), not the days of a report's event: a summit, a strike or a festival takes
#: a few days.
SPAN_DAYS = 7


def effective_blanked(text: str, lang: str | None = None) -> str:
    """``text`` with the days a state starts from and the ends of long spans blanked (same length).

    A day a decision takes effect from (:data:`_TAKES_EFFECT`) and both ends of a span of
    more than :data:`SPAN_DAYS` days are no day of the report's event.

    Examples
    --------
    >>> effective_blanked("Cut agreed on 4 June, from 1 July to 31 December.").split()
    ['Cut', 'agreed', 'on', '4', 'June,', 'from']
    >>> effective_blanked("决定自7月1日起每日减产", "zh").split()
    ['决定', '每日减产']
    >>> effective_blanked("The festival ran from 1 to 3 July.") == "The festival ran from 1 to 3 July."
    True
    >>> "28" in effective_blanked("Flights were halted from 28 December to 3 January.")
    True
    """
    out = _TAKES_EFFECT.sub(_blank, text)
    folded = to_ascii_digits(out)
    if len(folded) != len(out):
        return out
    found: list[tuple[dt.date, int, int]] = []
    pos = 0
    while pos < len(folded):
        hit = match_date(folded[pos:], lang, year=2000)
        if hit is None:
            break
        value, start, end = hit
        try:
            found.append((dt.date.fromisoformat(value.iso[:10]), pos + start, pos + end))
        except ValueError:
            pass
        pos += max(start + 1, end)
    for (a, a_start, a_end), (b, b_start, b_end) in zip(found, found[1:], strict=False):
        days = abs((b - a).days)
        if a.year == b.year == 2000:  # no year given: "28 December to 3 January" spans New Year
            days = min(days, 366 - days)
        if _SPAN_JOIN.fullmatch(folded[a_end:b_start]) and days > SPAN_DAYS:
            out = out[:a_start] + " " * (b_end - a_start) + out[b_end:]
    return out


#: How much of an article's text (after its headline) is read for the weekday of its event:
#: the first paragraph, where a report says on which day it happened (later ones
#: announce the next meeting or recall earlier days).
WEEKDAY_HEAD_CHARS = 300


def stated_event_weekdays(
    title: str | None, text: str, lang: str | None = None, *, own_only: bool = False
) -> tuple[int, ...]:
    """The weekdays (0 = Monday) the headline and first paragraph give as the event's day.

    Time evidence for an article without a publication date: a report says
    on which weekday its event happened (``اليوم الثلاثاء``, ``روز دوشنبه``,
    ``on Sunday``), and a report of the same event names the same day. Only
    the headline and the first :data:`WEEKDAY_HEAD_CHARS` characters count;
    days to come (``next Friday``) never do
    (:func:`storyline.text.dates.relative.stated_weekdays`; ``own_only``: not
    ``last Friday`` beside a bare weekday, as the linker reads them).

    Examples
    --------
    >>> stated_event_weekdays("العراق وإيران يوقعان مذكرة تفاهم",
    ...     "بغداد - وقّع العراق وإيران، اليوم الثلاثاء، مذكرة تفاهم لكري شط العرب.", "ar")
    (1,)
    >>> stated_event_weekdays(None, "A quake struck on Sunday. " + "x " * 200 + "on Friday", "en")
    (6,)
    """
    from storyline.text.dates.relative import stated_weekdays

    return stated_weekdays(f"{title or ''}\n{text[:WEEKDAY_HEAD_CHARS]}", lang, own_only=own_only)


def estimate_event_date(title: str | None, text: str, lang: str | None = None) -> str | None:
    """When an undated article's event happened, estimated from the text, or ``None``.

    The latest full date (``YYYY-MM-DD``) that the headline and first
    paragraphs state (:func:`stated_event_days`): reports state the day
    of their event and recall older ones. Use it only for an article
    without a publication date; it is evidence, not a publication date.

    Examples
    --------
    >>> estimate_event_date(None, "۱۵ دی‌ماه ۹۹ - وزیران ایران و عراق در تهران دیدار کردند.", "fa")
    '2021-01-04'
    >>> estimate_event_date(None, "伊拉克和土耳其19日签署协议，2018年12月30日曾举行会谈。", "zh")
    '2018-12-30'
    >>> estimate_event_date(None, "МОСКВА, 27 апреля – министры договорились.", "ru") is None
    True
    """
    full = [day for day in stated_event_days(title, text, lang) if not day.startswith("--")]
    return full[-1] if full else None


#: A date as a scraping tool writes it: ISO digits, or English month and weekday names.
_SCRAPER_WORDS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"\b(?:19|20)\d\d[-/][01]?\d[-/][0-3]?\d\b")


def is_scraper_date_form(line: str) -> bool:
    """Whether a date line is written as a scraping tool writes it (not in the page's own form).

    ISO digits (``2024-11-07``) or English month and weekday names in ASCII
    (``Thursday, November 7, 2024``): a scraper stamps the day it scraped in
    its own form. A date in the page's own language, script or calendar
    (``۱۵ دی‌ماه ۹۹``, ``الثلاثاء 10 نوفمبر 2026``, ``Среда, 12 ноября
    2025``, ``14.10.2026``, ``19 novembre 2026``) is the page's.

    Examples
    --------
    >>> is_scraper_date_form("Thursday, November 7, 2024"), is_scraper_date_form("2024-11-07")
    (True, True)
    >>> is_scraper_date_form("۱۵ دی‌ماه ۹۹"), is_scraper_date_form("14.10.2026")
    (False, False)
    >>> is_scraper_date_form("Viernes, 21 de marzo de 2025")
    False
    """
    return line.isascii() and bool(_ISO_DAY.search(line) or _SCRAPER_WORDS.search(line))


_MACHINE_STAMP = re.compile(
    r"^\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?:T\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?"
    r"|\s+\d\d:\d\d:\d\d(?:[.,]\d+)?)(?:\s*(?:Z|UTC|GMT|[+-]\d\d:?\d\d))?\s*$",
    re.IGNORECASE,
)


def scrape_stamp(line: str, lang: str | None = None, *, any_label: bool = False) -> DateValue | None:
    """The date of a line a scraper writes about its own visit, else ``None``.

    A labelled scrape line (``Scraped: 2027-03-02``, ``Retrieved on 2 March
    2027``, ``Accessed March 2, 2027``, ``abgerufen am 02.03.2027``,
    ``Дата обращения: 02.03.2027``, ``抓取时间：2027-03-02``) or a machine
    timestamp to the second (``2027-03-02 09:14:33``, ``2027-03-02T09:14:33Z``):
    pages show their time to the minute at most, a crawler logs its own.
    Such a date says when the page was scraped, never when it was published.

    Examples
    --------
    >>> scrape_stamp("Retrieved on 2 March 2027").iso[:10]
    '2027-03-02'
    >>> scrape_stamp("2027-03-02 09:14:33").iso[:16], scrape_stamp("2027-03-02T09:14:33Z").iso[:10]
    ('2027-03-02T09:14', '2027-03-02')
    >>> scrape_stamp("Дата обращения: 02.03.2027", "ru").iso[:10]
    '2027-03-02'
    >>> scrape_stamp("2 March 2027") is None, scrape_stamp("Published: 2 March 2027") is None
    (True, True)

    ``any_label``: for a page's first line, where scrapers write their stamp, a
    short label in any language before the date counts too (``Изтеглено:
    18.10.2027 г., 09:40``, ``محفوظ کیا گیا: 12 دسمبر 2031، 10:22``), unless it
    is a publication, update or date label (``Published:``, ``Datum:``).

    >>> scrape_stamp("Noutettu: 18.10.2027 klo 09.40", "fi", any_label=True).iso[:10]
    '2027-10-18'
    >>> scrape_stamp("Published: 2 March 2027", any_label=True) is None
    True
    >>> scrape_stamp("சேமித்த நாள்: 05/01/2028 காலை 11:20", "ta", any_label=True).iso[:10]
    '2028-01-05'
    """
    line = " ".join(line.split())
    if not line or len(line) > 100:
        return None
    if _MACHINE_STAMP.match(line):
        found = match_date(line, lang)
        return found[0] if found else None
    at = labelled_machine_stamp(line)  # "Pagina salvata il 2025-01-14 09:51"
    if at is not None:
        found = match_date(line[at:], lang)
        return found[0] if found else None
    label = _SCRAPE_LABEL.match(line)
    if label is None or label.end() == 0:
        return _any_label_stamp(line, lang) if any_label else None
    rest = line[label.end() :]
    if _MACHINE_STAMP.match(rest):
        found = match_date(rest, lang)
        return found[0] if found else None
    return is_header_date_line(rest, lang, labelled=False)


#: A label ends in a letter, or in a letter and its vowel signs (Indic scripts: ``சேமித்த நாள்``).
_ANY_LABEL = re.compile(
    r"(?P<label>[^\W\d_](?:[^\d:：\n|]{0,38}[^\W\d_])?[\u0900-\u0DFF\u0E31-\u0E4E]*)\s*[:：]\s*"
)
_ANY_LABEL_WORDS = 4


def _any_label_stamp(line: str, lang: str | None) -> DateValue | None:
    """A short unknown label (not a publication, update or date one), a colon, a date line."""
    label = _ANY_LABEL.match(line)
    if label is None or len(label.group("label").split()) > _ANY_LABEL_WORDS:
        return None
    if is_header_date_line(line, lang) is not None:  # a label it knows: the page's own date
        return None
    return is_header_date_line(line[label.end() :], lang, labelled=False)


#: A scraper's date line more than this many days after the first day its report
#: states (in the first paragraph) is not the report's publication date.
STAMP_LEAD_DAYS = 7


def _first_lead_day(text: str, lang: str | None, before: dt.date) -> dt.date | None:
    """The first day the first paragraph states, a year-less one in the latest year not after ``before``."""
    head = to_ascii_digits(text[:LEAD_CHARS])
    found = match_date(head, lang, year=before.year)
    if found is None:
        return None
    full = match_date(head, lang)
    if full is not None and full[1] == found[1]:
        return dt.date.fromisoformat(full[0].iso[:10])
    if found[0].calendar != "gregorian":
        return None
    day = dt.date.fromisoformat(found[0].iso[:10])
    if day > before + dt.timedelta(days=1):
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return day


def stamp_contradicted(day: str, title: str | None, text: str, lang: str | None = None) -> bool:
    """Whether a report contradicts a date line above it that may be a scraper's (``day``, ISO).

    It does when the weekday its headline and first paragraph give as the
    event's day (:func:`stated_event_weekdays`) is neither the line's nor the
    day before's (a report of the day before comes out the next day), when
    a full day its first paragraphs state (:func:`stated_event_days`) falls
    more than a day after the line's, when the first day its first paragraph
    states (a dateline ``ЖЕНЕВА, 4 марта``; a year-less one in the latest year
    not after the line) is more than :data:`STAMP_LEAD_DAYS` days before it,
    or, when it states no weekday, when the years it mentions all lie more
    than a year before the line's (a report of another year; with a stated
    weekday that agrees, such years are history recalled: ``the 1975 agreement``).

    Examples
    --------
    >>> lead = "GENEVA, March 4 - The presidents met in Geneva on Thursday."
    >>> stamp_contradicted("2027-03-04", "Summit in Geneva", lead, "en")
    False
    >>> stamp_contradicted("2027-03-25", "Summit in Geneva", lead, "en")  # a Thursday, 3 weeks on
    True
    >>> stamp_contradicted("2027-03-23", None, "Президенты во вторник встретились.", "ru")
    False
    >>> stamp_contradicted("2027-03-24", None, "Президенты во вторник встретились.", "ru")
    False
    >>> stamp_contradicted("2027-03-26", None, "Президенты во вторник встретились.", "ru")
    True
    """
    try:
        date = dt.date.fromisoformat(day[:10])
    except ValueError:
        return False
    weekdays = stated_event_weekdays(title, text, lang)
    if weekdays and not {date.weekday(), (date.weekday() - 1) % 7} & set(weekdays):
        return True
    full = [d for d in stated_event_days(title, text, lang) if not d.startswith("--")]
    if any(d > (date + dt.timedelta(days=1)).isoformat() for d in full):
        return True
    first = _first_lead_day(text, lang, date)
    if first is not None and (date - first).days > STAMP_LEAD_DAYS:
        return True
    if weekdays:
        return False  # the stated weekday is the line's (or the day before's)
    years = mentioned_years(f"{title or ''}\n{text}", lang)
    return bool(years) and max(years) < date.year - 1


def scrape_date_is_publication(
    day: str, title: str | None, text: str, lang: str | None = None, *, line: str | None = None
) -> bool:
    """Whether a first line holding only a date (``day``, ISO) is the publication date after all.

    Many scrapes begin with the date they were scraped on, days or years
    after the report appeared (``Thursday, November 7, 2024`` above a report
    of a Sunday in 2017), and many outlets begin theirs with the day they
    published (``۲۲ مهر ۱۴۰۵``, ``الثلاثاء 10 نوفمبر 2026``). The report
    decides. It contradicts the line when the weekday its headline and
    first paragraph give as the event's day (:func:`stated_event_weekdays`:
    ``روز چهارشنبه``, ``اليوم الثلاثاء``, ``on Sunday``) is not the line's
    own (a report of the day before is as often scraped the next day), when
    a day its headline and first paragraphs state (:func:`stated_event_days`)
    falls after the line's, or when the latest year it mentions
    (:func:`mentioned_years`) is more than a year before the line's. A line
    in the page's own form (``line``, :func:`is_scraper_date_form` false) is
    the publication date unless contradicted; one in a scraper's form (or
    not given) only when a stated weekday corroborates it and the first day
    its first paragraph states is not more than :data:`STAMP_LEAD_DAYS` days
    before it; a scraper's own stamp (:func:`scrape_stamp`: a labelled scrape
    line, a timestamp to the second) never is.

    Examples
    --------
    >>> scrape_date_is_publication("2026-11-10", "Inflation slows to 11.8%",
    ...     "CAIRO - The statistics agency said on Tuesday that inflation slowed.", "en")
    True
    >>> scrape_date_is_publication("2024-11-07", "Assad greenlights Iraq",
    ...     "BAGHDAD - An Iraqi source said on Sunday that Assad agreed.", "en")
    False
    >>> lead = "The prime ministers met in Baku and signed 14 documents."
    >>> scrape_date_is_publication("2026-10-14", "Two countries sign", lead, "en")
    False
    >>> scrape_date_is_publication("2026-10-14", "Two countries sign", lead, "en", line="14.10.2026")
    True
    >>> scrape_date_is_publication("2026-11-10", "Inflation slows to 11.8%",
    ...     "CAIRO - The statistics agency said on Tuesday that inflation slowed.", "en",
    ...     line="2026-11-10 09:14:33")
    False
    """
    try:
        date = dt.date.fromisoformat(day[:10])
    except ValueError:
        return False
    if line is not None and scrape_stamp(line, lang, any_label=True) is not None:
        return False
    weekdays = stated_event_weekdays(title, text, lang)
    if any(w != date.weekday() for w in weekdays):
        return False
    scraper_form = line is None or is_scraper_date_form(line)
    if not weekdays and scraper_form:
        return False
    if scraper_form:
        first = _first_lead_day(text, lang, date)
        if first is not None and (date - first).days > STAMP_LEAD_DAYS:
            return False
    full = [d for d in stated_event_days(title, text, lang) if not d.startswith("--")]
    if any(d > date.isoformat() for d in full):
        return False
    years = mentioned_years(f"{title or ''}\n{text}", lang)
    return not years or max(years) >= date.year - 1


#: How much of an article's text (after its headline) :func:`lead_date` reads: the first
#: paragraph, where a report says when its event happened.
LEAD_CHARS = 300


def _lead_year(
    month_day: str, years: Sequence[int], weekdays: Sequence[int], full: Sequence[str]
) -> int | None:
    """The year of a year-less lead day (``MM-DD``), or ``None`` when the text does not fix it.

    The candidates are the latest year the text states and the one after it
    (a report recalls last year's figures). A stated weekday picks the one
    whose day it is; without one, the latest year counts only when a full
    day the text states in that year lies at most a week before the day
    (``本报满洲里4月25日电 ... 自2023年4月24日起``).
    """
    if not years:
        return None
    latest = max(years)
    fits: list[int] = []
    for year in (latest, latest + 1):
        try:
            day = dt.date(year, int(month_day[:2]), int(month_day[3:5]))
        except ValueError:
            continue
        if weekdays:
            if day.weekday() in weekdays:
                fits.append(year)
        elif year == latest and any(
            0 <= (day - dt.date.fromisoformat(d)).days <= 7 for d in full if d[:4] == str(year)
        ):
            fits.append(year)
    return fits[0] if len(fits) == 1 else None


#: A year-less lead day takes its year from the scrape date (an upper bound) only when it
#: falls this many days before it at most.
SCRAPE_YEAR_DAYS = 62


def _scrape_year(
    month_day: str, scraped_at: str, years: Sequence[int], weekdays: Sequence[int]
) -> int | None:
    """The year of a year-less lead day (``MM-DD``) from the scrape date, or ``None``.

    The page existed when it was scraped: the day is the latest such day not
    after the scrape date, when that is at most :data:`SCRAPE_YEAR_DAYS` days
    before it and the text corroborates that year: the weekday it states is
    that day's, or (no weekday stated) the latest year it mentions is that year.
    """
    try:
        bound = dt.date.fromisoformat(scraped_at[:10])
        day = dt.date(bound.year, int(month_day[:2]), int(month_day[3:5]))
        if day > bound:
            day = day.replace(year=bound.year - 1)
    except ValueError:
        return None
    if (bound - day).days > SCRAPE_YEAR_DAYS:
        return None
    if weekdays:
        return day.year if day.weekday() in weekdays else None
    return day.year if years and max(years) == day.year else None


#: Words before a day that make it the day a measure takes effect or a deadline, not the day of
#: the report's event (``from April 1``, ``с 1 апреля``, ``اعتبارا من``, ``از اول فروردین``,
#: ``自4月1日起``, ``à partir du``, ``ab dem``, ``a partir del``, ``until``, ``by``).
_EFFECTIVE = re.compile(
    r"(?<![^\W\d_])(?:from|starting(?: on)?|effective|as (?:of|from)|beginning|until|till|by|"
    r"с|со|до|к|начиная с|من|اعتبارا من|اعتباراً من|ابتداء من|ابتداءً من|حتى|بحلول|از|تا|"
    r"à partir du|à compter du|jusqu'au|ab dem|ab|bis zum|a partir del?|desde el|hasta el)"
    r"\s+(?:the\s+)?$|(?:自|从|至|截至|截止)$",
    re.IGNORECASE,
)


#: A year-less lead day put in the year after the latest its text states (the weekday it names
#: fits that year) is not trusted when the page was scraped more than this many days after it:
#: ``to mark National Day on September 2, ... said on Wednesday`` with ``in 2042`` recalled,
#: scraped in 2047, is no report of 2043.
GUESSED_YEAR_SCRAPE_DAYS = 366


def _days_before(day: str, scraped_at: str) -> int:
    """Days from ``day`` (ISO) to the scrape date ``scraped_at``; 0 when either is unreadable.

    Examples
    --------
    >>> _days_before("2043-09-02", "2047-10-14T06:30:00+00:00"), _days_before("2043-02-30", "2047-10-14")
    (1503, 0)
    """
    try:
        return (dt.date.fromisoformat(scraped_at[:10]) - dt.date.fromisoformat(day)).days
    except ValueError:
        return 0


def lead_date(
    title: str | None, text: str, lang: str | None = None, *, scraped_at: str | None = None
) -> DateValue | None:
    """A publication estimate for an undated article: the day its first paragraph states.

    Reports say in their first paragraph when their event happened
    (``体育周报讯 2026年11月12日晚``, ``عقدت اللجنة ... في 16 مايو 2024``,
    ``روز دوشنبه ۱۵ دی‌ماه ۹۹``); they come out that day or within a day or
    two. The first full date in the first :data:`LEAD_CHARS` characters of
    ``text`` (the headline is not read: it may announce a day to come) is
    the estimate; a year-less one before it (``в четверг, 19 ноября``,
    ``本报满洲里4月25日电``) when the text fixes its year (the latest year it states, or the next,
    picked by the stated weekday; without a weekday, a full day of that
    year stated up to a week before it; Gregorian days only); none when the
    first day stated is year-less and its year is not fixed (a full day after
    it may end a range: ``از 28 تیرماه تا 6 مردادماه 1402``), nor when the first day is
    the day a measure takes effect or a deadline (``from April 1``, ``с 1 апреля``,
    ``自4月1日起``) and the report names its event's weekday (``on Monday``): the event has
    a day of its own. A scrape date
    fixes it too when the day falls up to :data:`SCRAPE_YEAR_DAYS` days
    before it and the stated weekday (else the latest year mentioned) agrees. No estimate when a weekday the
    headline and first paragraph give as the event's day
    (:func:`stated_event_weekdays`) is not the day's (the police detained two
    officials on Monday, after the fire on Tuesday, 16 November), or when the day is
    after ``scraped_at`` (the page existed by then). Use it only when no
    other source dates the article: it is an estimate (source ``lead``).

    Examples
    --------
    >>> lead_date(None, "体育周报讯 2026年11月12日晚，西亚锦标赛A组第二轮比赛在巴士拉进行。", "zh").iso
    '2026-11-12T00:00:00+00:00'
    >>> ru = "Центральный банк Египта в четверг, 19 ноября, снизил ставку. Это первое снижение с 2026 года."
    >>> lead_date(None, ru, "ru").iso[:10]
    '2026-11-19'
    >>> lead_date(None, ru.replace("четверг", "среду"), "ru") is None  # 19 Nov is no Wednesday then
    True
    >>> lead_date(None, "Ministers met on Monday, 3 March 2026, in Baku.", "en") is None  # a Tuesday
    True
    >>> lead_date(None, "Police on Monday detained two officials of the hospital where a fire "
    ...           "on Tuesday, 16 November 2027, killed 12.", "en") is None  # Monday's arrest
    True
    >>> lead_date(None, "Ministers met on 3 March 2026 in Baku.", "en", scraped_at="2026-02-01") is None
    True
    >>> lead_date(None, "МОСКВА, 27 апреля – министры договорились о тарифах.", "ru") is None
    True
    >>> lead_date(None, "本报满洲里4月25日电 边疆区自2023年4月24日起进入紧急状态。", "zh").iso[:10]
    '2023-04-25'
    >>> es = "Beirut, 11 feb (AMN).- El Parlamento aprobó este jueves la moción de confianza."
    >>> lead_date(None, es, "es", scraped_at="2027-02-15T18:40:00+00:00").iso[:10]
    '2027-02-11'
    >>> lead_date(None, es, "es", scraped_at="2027-06-15T18:40:00+00:00") is None  # too long after
    True
    >>> lead_date(None, "Роўна год таму, 27 ліпеня 2032 года, Мінск пабіў рэкорд.", "be") is None
    True
    >>> en = "HANOI - The president granted amnesty to mark National Day on September 2, the office said on Wednesday. The last one, in 2042, freed 2,930."
    >>> lead_date(None, en, "en").iso[:10], lead_date(None, en, "en", scraped_at="2047-10-14") is None
    ('2043-09-02', True)
    >>> lead_date(None, "The minister on Monday raised VAT to 16% from April 1.", "en",
    ...           scraped_at="2047-04-02T13:25:00+00:00") is None  # the day the tax takes effect
    True
    """
    head = _YEARS_AGO.sub(_blank, to_ascii_digits(text[:LEAD_CHARS]))  # not "a year ago, on ..."
    weekdays = stated_event_weekdays(title, text, lang)
    full = _full_dates(head, lang)
    day = full[0][0] if full else None
    found = match_date(head, lang, year=2000)  # the first day, with or without a year
    first = min([start for _, start, _ in full[:1]] + ([found[1]] if found else []), default=None)
    if first is not None and weekdays and _EFFECTIVE.search(head[max(0, first - 24) : first]):
        return None  # "on Monday ... raising VAT from April 1": the event has its own day; this
        # is the day a measure takes effect (without one, "ввёл режим ЧС с 24 апреля" is the day)
    if found is not None and (not full or found[1] < full[0][1]):  # a year-less day comes first
        if found[0].calendar != "gregorian":
            return None  # ``۹ مردادماه``: the year of a solar or lunar day is not read here
        month_day = found[0].iso[5:10]
        stated = [d for d in mentioned_dates(text, lang) if not d.startswith("--")]
        years = mentioned_years(f"{title or ''}\n{text}", lang)
        year = _lead_year(month_day, years, weekdays, stated)
        if year is not None and year not in years and scraped_at and _days_before(
            f"{year}-{month_day}", scraped_at
        ) > GUESSED_YEAR_SCRAPE_DAYS:
            year = None  # the year after the latest one stated, years before its scrape: a guess
        if year is None and scraped_at:
            year = _scrape_year(month_day, scraped_at, years, weekdays)
        if year is None:
            return None  # the first day stated is the event's; a later one may end a range
        day = f"{year}-{month_day}"
    if day is None:
        return None
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        return None
    if weekdays and set(weekdays) != {date.weekday()}:
        return None  # another weekday: the report's own day, the date an earlier one's
    if scraped_at and scraped_at[:10] < day:
        return None
    return DateValue(f"{day}T00:00:00+00:00", "day", "gregorian")


def yearless_publication_day(date_lines: Sequence[str], lang: str | None = None) -> str | None:
    """The day a page's date-only line without a year gives, as ``--MM-DD`` (the first such line).

    Pages put the day they published on a line of its own, often without the
    year (``20 ноября, 22:41`` under the headline, ``11月19日 14:05``,
    ``Sunday, March 14 | 10:52``). ``date_lines`` are the header lines that
    hold only a date (:attr:`storyline.text.clean.CleanedText.date_lines`);
    the first year-less one
    (:func:`storyline.text.clean.is_yearless_date_line`, Gregorian months
    only) gives the day. The year is unknown: a time key (the page came out
    that day of some year), never a publication date.

    Examples
    --------
    >>> yearless_publication_day(["20 ноября, 22:41"], "ru"), yearless_publication_day(["11月19日 14:05"], "zh")
    ('--11-20', '--11-19')
    >>> yearless_publication_day(["19 ноября 2026"], "ru") is None  # a full date: published is read from it
    True
    >>> yearless_publication_day(["۲۹ آبان"], "fa") is None  # a solar-hijri day: its year is unknown
    True
    """
    from storyline.text.clean import is_yearless_date_line
    from storyline.text.dates import _TIME_RE, _fold

    for line in date_lines:
        if not is_yearless_date_line(line, lang):
            continue
        found = match_date(_TIME_RE.sub(" ", _fold(line)), lang, year=2000)  # a leap year
        if found is not None and found[0].calendar == "gregorian":
            return "--" + found[0].iso[5:10]
    return None
