"""Clean plain text scraped from a news page.

:func:`clean_scraped_text` turns a noisy scrape into a title, a body of
paragraphs, the photo captions, and what the text states about itself:
scrape date, dateline place, outlet, author, publication date.

Rules, in order:

1. lines are stripped and their whitespace collapsed (ZWNJs are kept);
   hard-wrapped lines are joined when a line does not end a sentence and
   the next starts in lower case;
2. a first line that is only a date, or a scraper's stamp (``Retrieved on
   …``, ``2027-03-02T09:14:33Z``), is the scrape date (``scraped_at``),
   never the publication date; a first line ``date 2019-07-19 <headline>``
   (a scraper's own fields) gives the publication date and the title;
3. repeated lines are kept once (compared case- and space-insensitively);
4. a trailer line (``Leave a Reply``, ``ارسال نظر``, ``发表评论``...) in the last
   part of the text cuts it and everything after; short trailer, share and
   advert lines elsewhere are dropped;
5. photo captions and credits go to ``captions``;
6. before the first paragraph: section labels and breadcrumbs are dropped,
   the first headline-like line is the title, date lines give the
   publication date and are dropped (a label such as ``Published:`` or
   ``نُشر في:`` and clock words such as ``17:20 Baku time`` or ``Uhr`` may
   surround the date), ``By ...`` lines the author;
7. a dateline (``DAMASCUS, Syria (AP) —``) at the start of the first
   paragraph gives ``dateline_place`` and ``outlet``; **the dateline stays
   in the body** (it is part of the article; :func:`find_dateline` gives
   its end offset to callers who want it off); else, in this order, an
   attribution (``به گزارش آران نیوز:``), a source line in the header or
   among the last lines (``Источник: X``, ``来源：X``, ``© X``), or a first
   line ``Outlet | Section`` (dropped from the text) gives the outlet.

Examples
--------
>>> c = clean_scraped_text("Monday, 31 December 2018\\n\\nWorld\\n\\nSyria and Iraq agree on strikes\\n\\n"
...                        "LONDON (Reuters) - Syria and Iraq agreed on Sunday to coordinate strikes.")
>>> c.title, c.outlet, c.dateline_place, c.scraped_at
('Syria and Iraq agree on strikes', 'Reuters', 'London', '2018-12-31T00:00:00+00:00')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.text.boilerplate import WORD_MARKS, body_lines
from storyline.text.clean.dateline import (
    AGENCIES,
    Dateline,
    find_attribution,
    find_cited_agencies,
    find_dateline,
    find_header_outlet,
    find_line_dateline,
    find_source_line,
    masthead_cited,
)
from storyline.text.clean.rules import (
    CRUMB_MARKS,
    LIST_MARKS,
    is_breadcrumb,
    is_caption,
    is_masthead,
    is_menu_line,
    is_noise,
    is_paragraph,
    is_section_label,
    is_trailer,
    looks_like_headline,
    word_count,
)
from storyline.text.dates import (
    DateValue,
    find_labelled_date,
    is_header_date_line,
    match_date,
)
from storyline.text.dates.evidence import scrape_stamp, split_date_headline
from storyline.text.dates.tables import WEEKDAYS, fold_key
from storyline.text.language import detect_language

__all__ = ["CleanedText", "clean_scraped_text", "is_yearless_date_line"]


@dataclass(frozen=True)
class CleanedText:
    """The result of :func:`clean_scraped_text`.

    ``body`` holds paragraphs joined by ``"\\n\\n"``; dates are UTC ISO-8601;
    ``published_precision`` is ``"unknown"`` when ``published`` is ``None``.
    ``author`` is an addition to the brief (from ``By ...`` lines).
    ``outlet`` is the publisher (masthead, page title, ``به گزارش X``, else
    the dateline's); ``sources`` the news agencies the text cites.
    ``published_source`` is ``"text"`` (a header date line, a labelled date,
    a ``date …`` first line), ``"dateline"`` or ``"unknown"``.
    ``date_lines``: the header lines taken out of the body because they hold
    only a date (a time, a weekday, a place or a source may go with it), in
    order, as written; a year-less one (``11 февраля, 23:05``) never sets
    ``published`` and, for now, stays in the body too (the link keys read
    its day from the text).
    ``scrape_stamp_line``: a scraper's labelled stamp found under a page's first
    line (``抓取时间：2042-11-20 14:05`` below the headline), which set
    ``scraped_at``: a scrape, never the publication.
    """

    title: str | None
    body: str
    captions: tuple[str, ...]
    scraped_at: str | None
    dateline_place: str | None
    outlet: str | None
    published: str | None
    published_precision: str
    author: str | None = None
    sources: tuple[str, ...] = ()
    published_source: str = "unknown"
    date_lines: tuple[str, ...] = ()
    scrape_stamp_line: str | None = None


def _days_apart(a: DateValue, b: DateValue) -> int:
    """Calendar days between two parsed dates.

    Examples
    --------
    >>> from storyline.text.dates import parse_date
    >>> _days_apart(parse_date("2026-03-20"), parse_date("4 March 2026"))
    16
    """
    return abs((dt.date.fromisoformat(a.iso[:10]) - dt.date.fromisoformat(b.iso[:10])).days)


_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?!\d)")
_ANY_YEAR = 2000  # a leap year: any day and month of a year-less date is valid


def is_yearless_date_line(line: str, lang: str | None = None) -> bool:
    """Whether ``line`` holds only a day and month without a year (a time or a weekday may go with it).

    Page furniture, not a fact of the report; its day is evidence of time
    once a year is known, so :class:`CleanedText` keeps it in ``date_lines``.

    Examples
    --------
    >>> is_yearless_date_line("11 февраля, 23:05", "ru")
    True
    >>> is_yearless_date_line("Sunday, March 14 | 10:52", "en")
    True
    >>> is_yearless_date_line("11 февраля 2027", "ru")  # a full date: a header date line
    False
    >>> is_yearless_date_line("11 февраля парламент утвердил бюджет", "ru")
    False
    """
    line = " ".join(line.split())
    if not line or len(line) > 60 or match_date(line, lang) is not None:
        return False
    bare = _TIME_OF_DAY.sub(" ", line)
    found = match_date(bare, lang, year=_ANY_YEAR)
    if found is None:
        return False
    _, start, end = found
    rest = re.sub(r"[\W_]+", " ", f"{bare[:start]} {bare[end:]}").split()
    return all(fold_key(word) in WEEKDAYS for word in rest)


_SENTENCE_END = re.compile(r"[.!?。！？؟…:;'\"”’»)]$")
_BYLINE = re.compile(
    r"^(?:by|(?:posted|written|reported)\s+by|par|von|por|di|автор|текст|بقلم|نویسنده|نوشته|作者|记者|yazan|"
    r"โดย|teksti|autor|szerző|رپورٹ|رپورٹر|ავტორი|"
    # reporter / written by: Hindi, Marathi, Telugu, Kannada, Malayalam, Sinhala
    r"संवाददाता|रिपोर्टर|लेखक|वार्ताहर|రచన|విలేకరి|ವರದಿಗಾರ|ലേഖകൻ|වාර්තාකරු|ලිපිය)"
    r"\s*[:：]?\s+(?P<name>[^|·•,،\n]{2,60})",
    re.IGNORECASE,
)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*"
_STAFF_BYLINE = re.compile(rf"^(?P<name>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,4}})\s+staff$")
"""``Euro Labour Wire staff``, ``Reuters staff``: a desk signs the report."""
_KO_BYLINE = re.compile(
    r"^(?:[가-힣]{1,12}\s*=\s*)?(?P<name>[가-힣]{2,4})\s*(?:선임|객원|수습)?(?:기자|특파원|통신원)"
    r"(?:\s*[\w.+-]+@[\w.-]+)?$"
)
"""``하노이=최윤서 특파원``, ``김도윤 기자``: a Korean byline (a correspondent's city first)."""
_NAME_IN_PLACE = re.compile(
    rf"^(?P<name>{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}}(?:\s+and\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}})?)"
    rf"\s+in\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}$"
)
"""``Giulia Marchetti in Rome``: a byline with the reporter's place, under the headline."""
_TRAILER_ZONE = 0.4  # a trailer must start after this share of the characters


def _is_date_line_unit(line: str) -> bool:
    """Whether a line is a scraper's ``date 2019-07-19 12:30`` or a labelled date line.

    Such a line starts lower-case but is never the wrapped end of the line
    before it (the headline): it is kept apart so that it is read as a date.
    """
    if len(line) > 100 or not any(ch.isdigit() for ch in line):
        return False
    return split_date_headline(line) is not None or is_header_date_line(line) is not None


#: Georgian's letters (Mkhedruli) are lower-case letters to Unicode, but the script is written
#: without capitals: a line starting with one is no wrapped line's end.
_NO_CAPITALS = re.compile(r"[\u10d0-\u10ff]")


def _starts_lower(line: str) -> bool:
    """Whether ``line`` starts with a lower-case letter of a script written with capitals.

    Examples
    --------
    >>> _starts_lower("and the rest"), _starts_lower("The rest"), _starts_lower("კვირა, 13 აგვისტო")
    (True, False, False)
    """
    return line[0].islower() and not _NO_CAPITALS.match(line)


def _units(text: str) -> list[str]:
    """Split into stripped, non-empty lines, joining hard-wrapped ones."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    units: list[str] = []
    joinable = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            joinable = False
            continue
        if (
            joinable
            and units
            and _starts_lower(line)
            and not _SENTENCE_END.search(units[-1])
            and not _is_date_line_unit(line)
            and not is_breadcrumb(units[-1])  # a site's path is never wrapped into a line
        ):
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        joinable = True
    return units


def _dedupe(units: list[str], long_repeats: bool = True) -> list[str]:
    """Drop repeated lines: a repeat of the header, of the line just before, or of a paragraph.

    Short lines repeated further down (list items, table rows, poll options)
    are content and stay; so do long ones when ``long_repeats`` is false
    (an extractor's main text, where a repeat is the article's own).
    """
    header_end = next((i for i, u in enumerate(units) if is_paragraph(u)), len(units))
    seen: dict[str, int] = {}
    out: list[str] = []
    for index, unit in enumerate(units):
        key = unit.casefold()
        first = seen.get(key)
        if first is not None and (
            first < header_end
            or index - first <= _REPEAT_GAP
            or (long_repeats and len(unit) >= _REPEAT_LONG)
        ):
            continue
        seen.setdefault(key, index)
        out.append(unit)
    return out


def _repeated_headline(units: list[str]) -> str | None:
    """The headline a page prints twice near its top (in the header and above the story).

    A header may hold a site's name or a section before the headline
    (``北海道日報デジタル``); the line the page repeats among its first lines,
    headline-like, is the one it shows as its headline.

    Examples
    --------
    >>> _repeated_headline(["Home > Space", "Hokkaido Daily Digital", "Rocket lost after launch",
    ...                     "Rocket lost after launch", "The rocket exploded 71 seconds in."])
    'Rocket lost after launch'
    >>> _repeated_headline(["Rocket lost after launch", "The rocket exploded."]) is None
    True

    A line printed again after a paragraph of the story is a photo caption
    repeated in the body, whatever its language labels a photo with:

    >>> lead = "Nine workers died when the gate gave way, the ministry said. " * 3
    >>> _repeated_headline(["Crush at the stadium", "Stadium gates in Dushanbe (archive)",
    ...                     lead, "Stadium gates in Dushanbe (archive)"]) is None
    True
    """
    head = units[:_REPEAT_REACH]
    folded = [_fold(u) for u in head]
    for index, unit in enumerate(head):
        again = next((j for j in range(index + 1, len(head)) if folded[j] == folded[index]), None)
        if (
            again is not None
            and len(unit) >= 8
            # a paragraph of the story between its prints: a caption in the body
            and all(len(u) < _REPEAT_BODY for u in head[index + 1 : again])
            and looks_like_headline(unit)
            and not is_section_label(unit)
            and not is_caption(unit)  # a photo caption printed twice is no headline
        ):
            return unit
    return None


_REPEAT_REACH = 10  # lines from the top searched for a repeated headline
_REPEAT_GAP = 2  # a line repeated within this many lines is a repeat
_REPEAT_LONG = 100  # a line this long is never content twice
_REPEAT_BODY = 160  # a line this long between a line's two prints is the story's text


def _cut_trailer(units: list[str]) -> list[str]:
    total = sum(len(u) for u in units) or 1
    before = 0
    out: list[str] = []
    for index, unit in enumerate(units):
        if is_trailer(unit):
            late = before >= _TRAILER_ZONE * total or index >= 0.6 * len(units)
            if late and index > 0:
                break
            if len(unit) <= 40:  # an early short trailer line: drop it alone
                before += len(unit)
                continue
        before += len(unit)
        out.append(unit)
    return out


def _byline(unit: str, after_title: bool = False) -> str | None:
    """The author a header line names (``By A``, ``Posted by A``, ``A staff``), else ``None``.

    ``after_title``: the headline is known, so ``A in Place`` (a reporter and
    where they file from) is a byline too.

    Examples
    --------
    >>> _byline("Posted by Jung Ha-eun"), _byline("Euro Labour Wire staff")
    ('Jung Ha-eun', 'Euro Labour Wire')
    >>> _byline("Giulia Marchetti in Rome", after_title=True)
    'Giulia Marchetti'
    >>> _byline("Giulia Marchetti in Rome") is None, _byline("Hospital cuts 200 staff") is None
    (True, True)
    >>> _byline("하노이=최윤서 특파원"), _byline("김도윤 기자")
    ('최윤서', '김도윤')
    """
    if len(unit) <= 60:
        other = (
            _STAFF_BYLINE.match(unit)
            or _KO_BYLINE.match(unit)
            or (_NAME_IN_PLACE.match(unit) if after_title else None)
        )
        if other is not None:
            return other.group("name")
    m = _BYLINE.match(unit)
    if m is None or len(unit) > 120:
        return None
    name = m.group("name")
    found = match_date(name)
    if found is not None:
        name = name[: found[1]]
    name = name.strip(" -–—|")
    return name or None


def _source_outlet(units: list[str]) -> str | None:
    """The outlet of a source line in the header or among the last three lines."""
    header_end = next((i for i, u in enumerate(units) if is_paragraph(u)), len(units))
    candidates = units[: min(header_end, 8)] + units[max(header_end, len(units) - 3) :][::-1]
    for unit in candidates:
        name = find_source_line(unit)
        if name is not None:
            return name
    return None


_SEGMENTS = re.compile(r"\s+[|｜•·]\s+")


_PLACE_DATE = re.compile(r"^(?P<place>[^\d,،]{2,40})[,،]\s*(?P<date>.+)$")
_PLACE_DASH_DATE = re.compile(r"^(?P<place>[^\d,،\-–—]{2,40}?)\s+[-–—]\s+(?P<date>.+)$")
_SOURCE_TAIL = re.compile(
    r"\s*(?:source|quelle|fuente|fonte|источник|المصدر|منبع|kaynak|来源|來源|出处)\s*[:：].*$",
    re.IGNORECASE,
)


def _segment_date(unit: str, lang: str | None) -> DateValue | None:
    """The date of a chrome line ``World | Tuesday 14 May 2024 | Share``, else ``None``.

    A dateline on a line of its own, a place then only a date (``Le Caire,
    19 novembre 2026``, ``بيروت - الخميس 11 شباط 2027``), counts too: it is
    never the headline; so does a date line ending in its source
    (``2027年02月12日 08:15　来源：某某网``).

    Examples
    --------
    >>> _segment_date("بيروت - الخميس 11 شباط 2027", "ar").iso[:10]
    '2027-02-11'
    >>> _segment_date("2027年02月12日 08:15　来源：环球网", "zh").iso[:16]
    '2027-02-12T08:15'
    >>> _segment_date("2027年07月25日 08:12　环球视界", "zh").iso[:10]
    '2027-07-25'
    >>> _segment_date("Gaza - five killed in a strike on Sunday", "en") is None
    True
    """
    if find_source_line(unit) is not None or _SOURCE_TAIL.search(unit):
        dated = _SOURCE_TAIL.sub("", unit).strip()
        if dated and dated != unit.strip():
            value = is_header_date_line(dated, lang)
            if value is not None:
                return value
    named = _date_then_name(unit, lang)
    if named is not None:
        return named
    for regex in (_PLACE_DATE, _PLACE_DASH_DATE):
        place_date = regex.match(unit) if len(unit) <= 80 else None
        if place_date is not None and word_count(place_date["place"]) <= 4:
            dated = place_date["date"].strip()
            value = is_header_date_line(dated, lang, labelled=False) or _date_then_name(dated, lang)
            if value is not None:
                return value
    parts = _SEGMENTS.split(unit)
    if len(parts) < 2 or len(unit) > 120:
        return None
    found = None
    for part in parts:
        value = is_header_date_line(part, lang)
        if value is not None:
            found = found or value
        elif word_count(part) > 4:
            return None
    return found


_NAME_AFTER_TIME = 4  # at most this many words of a name after a date line's time of day
_NAME_SEPARATORS = " \u3000|｜·•-–—/"


def _date_then_name(unit: str, lang: str | None) -> DateValue | None:
    """The date of a header line ``<date> <time> <outlet>`` (``2027年07月25日 08:12　环球视界``).

    The time of day closes the date; what follows is a short name (no
    digits, no sentence punctuation), as the outlet signs its page.

    Examples
    --------
    >>> _date_then_name("24.07.2027 17:32 Kyiv Post", "en").iso[:16]
    '2027-07-24T17:32'
    >>> _date_then_name("24 July 2027 17:32 two buses collide. Five dead", "en") is None
    True
    >>> _date_then_name("Talks at 17:30 Moscow time", "en") is None
    True
    """
    if len(unit) > 100:
        return None
    times = list(_TIME_OF_DAY.finditer(unit))
    if not times:
        return None
    end = times[-1].end()
    name = unit[end:].strip(_NAME_SEPARATORS)
    if not name or len(name) > 40 or word_count(name) > _NAME_AFTER_TIME:
        return None
    digits = any(ch.isdigit() for ch in name) and not _NAME_NUMBER.fullmatch(name)
    if digits or re.search(r"[.!?。！？؟:;,،]", name):
        return None
    return is_header_date_line(unit[:end], lang)


_NAME_NUMBER = re.compile(r"\D*[^\W\d_][-\s]\d{1,3}")
"""An outlet's name may end in a short number after a word (``Кабар-24``, ``France 24``)."""


_SHORT_HEADER = 6  # at most this many lines before the body: an article's own header
_CAPTION_REACH = 3  # lines after the body where a photo caption still belongs to it
_HEADER_WINDOW = 8  # lines before a page's body searched for its date and byline
_TITLE_SEPARATORS = re.compile(r"\s+[|｜\-–—:·•»]{1,2}\s+")


def _fold(line: str) -> str:
    return " ".join(line.replace("\u200c", " ").casefold().split())


#: A line of a few words, a colon and a numeric date (and time), or a numeric date and a time
#: without the colon, whatever the label's language ("Data di acquisizione: 11/02/2025 17:48",
#: "Seite gespeichert 21.11.2028 10:02"): a tool's field, never a headline. A label read
#: as a publication or scrape label is handled before; this one says nothing of which it is.
_NUMERIC_DATE = r"(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{4}年\d{1,2}月\d{1,2}日)"
_CLOCK = r"[T\s,]+\d{1,2}:\d\d(?::\d\d)?"
_UNKNOWN_STAMP = re.compile(
    rf"^\s*[^\d:：\n]{{1,40}}(?:[:：]\s*{_NUMERIC_DATE}(?:{_CLOCK})?"
    rf"|\s{_NUMERIC_DATE}{_CLOCK})"  # no colon: a date and a time ("Seite gespeichert 21.11.2028 10:02")
    r"\s*(?:[A-Z]{1,4}|[+-]\d\d:?\d\d)?\s*$"
)


def _page_title(header: list[str]) -> str | None:
    """A page's headline, from its header; the first line is taken for the page's ``<title>``.

    In order: the longest header line that the first line contains
    (``Opinion | Tax plan stalls - The Daily`` and ``Tax plan stalls``), the
    header line sharing most words with it (a headline reworded for search
    engines), the first headline after a site's path in the first three lines
    (``Site``, ``tagline`` above ``Home / World``), under a masthead the first
    headline after its menus and path (:func:`_headline_after_menus`), the first headline under a
    first line that is a masthead (a section-label-short line, no
    separators), else the first line less its site and section parts.

    Examples
    --------
    >>> _page_title(["Tax plan stalls again - The Daily", "Home", "Tax plan stalls again"])
    'Tax plan stalls again'
    >>> _page_title(["Key moments from the testimony | Site", "Menu",
    ...              "Key moments from the impeachment testimony"])
    'Key moments from the impeachment testimony'
    >>> _page_title(["Classificação NASCAR | Autoracing | F1 | Indy", "Home"])
    'Classificação NASCAR'
    >>> _page_title(["Budějovické listy", "Zprávy › Jižní Čechy", "Temelín: první blok se odstavil",
    ...              "čtvrtek 16. ledna 2031, 07:55", "Autor: Lenka Hrubá"])
    'Temelín: první blok se odstavil'
    >>> _page_title(["World Review — news, analysis, opinion", "Home / World / Asia",
    ...              "Methane blast kills 15 miners in Turkey", "By Anna Sokol"])
    'Methane blast kills 15 miners in Turkey'
    >>> _page_title(["KRUŠNOHORSKÉ LISTY", "Zprávy z Teplicka a Krušných hor", "Úvod > Zprávy",
    ...              "Zával v dole na Cínovci: zemřeli tři horníci", "Autor: Lukáš Vondráček"])
    'Zával v dole na Cínovci: zemřeli tři horníci'
    """
    first = header[0]
    folded_first = _fold(first)
    parts = [_fold(p) for p in _TITLE_SEPARATORS.split(first)]
    longest = max(parts, key=len)
    site_parts = {p for p in (parts[0], parts[-1]) if p != longest}  # "Fox Business"
    best: str | None = None
    for line in header[1:]:
        folded = _fold(line)
        if folded in site_parts:
            continue
        if len(folded) >= 12 and word_count(line) >= 2 and folded in folded_first:
            if best is None or len(line) >= len(best):
                best = line
    if best is not None:
        return best
    first_words = set(_TITLE_WORD.findall(folded_first))
    best_score = _TITLE_SIMILAR
    for line in header[1:]:
        if not looks_like_headline(line):
            continue
        words = set(_TITLE_WORD.findall(_fold(line)))
        shared = len(words & first_words)
        score = shared / len(words | first_words) if words else 0.0
        if shared >= 3 and score >= best_score:
            best, best_score = line, score
    if best is not None:
        return best
    crumbs = next((at for at, line in enumerate(header[:3]) if is_breadcrumb(line)), None)
    if crumbs is not None:  # "Site — tagline", then "Home / World": the headline follows the path
        best = _first_headline(header[crumbs + 1 :])
        if best is not None:
            return best
    parts = _TITLE_SEPARATORS.split(first)
    masthead = len(parts) == 1 and (
        is_section_label(first) or not looks_like_headline(first) or is_masthead(first)
    )
    if masthead and (best := _headline_after_menus(header)) is not None:
        return best
    if masthead:
        # a masthead first ("Budějovické listy"), not a <title> line: the first headline under it
        best = _first_headline(header[1:])
        if best is not None:
            return best
    while len(parts) >= 2 and word_count(parts[-1]) <= 5:
        parts.pop()
        if word_count(parts[-1]) >= 4:
            break
    if len(parts) >= 2 and is_section_label(parts[0]):
        parts.pop(0)
    head = " ".join(parts) if len(parts) > 1 else parts[0]
    if len(parts) > 1:  # keep the original separators between what is left
        head = first[first.find(parts[0]) : first.rfind(parts[-1]) + len(parts[-1])]
    return head if word_count(head) >= 2 or looks_like_headline(first) else None


def _headline_after_menus(header: list[str]) -> str | None:
    """Under a masthead, the first headline after its menus and path (``_MENU_REACH`` lines).

    A masthead may have a tagline under it, then menus (``News | Sport``, ``Новости Наука
    Игры``) and a path (``Syndicalisme > Mobilisation``): the headline follows the last of
    them that only menus, paths and section names separate from the tagline.

    Examples
    --------
    >>> _headline_after_menus(["TERRES & SILLONS", "Le magazine des agriculteurs du Centre",
    ...     "Actualités | Cultures | Élevage | Marchés", "Syndicalisme > Mobilisation",
    ...     "Les tracteurs bloquent le marché de Rungis", "Par Bertrand Lefeuvre"])
    'Les tracteurs bloquent le marché de Rungis'
    >>> _headline_after_menus(["ТехноПульс", "Новости Гаджеты Мобильные Наука Игры",
    ...     "Новости / Мобильные", "Смартфон поступил в продажу", "Автор: Артём Ковалев"])
    'Смартфон поступил в продажу'
    >>> _headline_after_menus(["Site", "Cabinet falls after budget vote", "12 March 2031"]) is None
    True
    """
    menus = [
        at
        for at, line in enumerate(header[1:_MENU_REACH], 1)
        if is_menu_line(line) or (is_section_label(line) and _MENU_MARK.search(line))
    ]
    for at in reversed(menus):
        between = header[2:at]  # the line under the masthead may be its tagline
        if all(is_section_label(line) or is_menu_line(line) for line in between):
            best = _first_headline(header[at + 1 :])
            if best is not None:
                return best
    return None


_MENU_REACH = 5  # a masthead's menus and path come within its first lines
_MENU_MARK = re.compile(rf"\s[{CRUMB_MARKS}{LIST_MARKS}]\s")  # links apart: a path or a menu


def _first_headline(lines: list[str]) -> str | None:
    """The first of ``lines`` that reads as a headline: no section label, date line or byline.

    Examples
    --------
    >>> _first_headline(["Politics", "12 March 2031, 10:14", "Cabinet falls after budget vote"])
    'Cabinet falls after budget vote'
    """
    for line in lines:
        if (
            looks_like_headline(line)
            and not is_section_label(line)
            and not is_menu_line(line)
            and is_header_date_line(line) is None
            and _byline(line) is None
        ):
            return line
    return None


_TITLE_WORD = re.compile(rf"[\w{WORD_MARKS}]+")  # Devanagari words whole, with their vowel signs
_TITLE_SIMILAR = 0.4  # word overlap (Jaccard) of a reworded headline with the page title


def _page_body(
    units: list[str], lang: str | None
) -> tuple[list[str], list[str] | None, str | None, str | None]:
    """Drop page furniture: ``(units, page_header, title, site)``.

    The body is :func:`~storyline.text.boilerplate.body_lines`' run of
    lines. When more than :data:`_SHORT_HEADER` lines come before it, the
    text is a whole page: its header is returned apart (the last
    :data:`_HEADER_WINDOW` lines, for date and byline) with the page's
    title; else the header stays in ``units`` for the article rules.
    """
    if not units:
        return units, None, None, None
    if lang is None:
        sample = "\n".join(sorted(units, key=len)[-12:])[:3000]
        guess = detect_language(sample).lang
        lang = guess if guess != "und" else None
    start, end, keep = body_lines(units, lang)
    if end == 0:
        return units, None, None, None  # nothing reads as running text: keep it all
    kept = set(keep)  # captions in or just after the body stay: the caption rule files them
    near = units[start : end + _CAPTION_REACH]
    body = [u for i, u in enumerate(near, start) if i in kept or is_caption(u)]
    if start <= _SHORT_HEADER:
        return units[:start] + body, None, None, None
    header = units[:start]
    title = _page_title(header)
    return body, header[-_HEADER_WINDOW:], title, _page_site(header[0], title)


def _page_site(first: str, title: str | None) -> str | None:
    """The site's name in a page's ``<title>`` line, beside its headline.

    Examples
    --------
    >>> _page_site("Opinion | Tax plan stalls - The Daily Post", "Tax plan stalls")
    'The Daily Post'
    >>> _page_site("Harbour Daily | Port workers strike", "Port workers strike")
    'Harbour Daily'
    """
    if not title:
        return None
    at = first.casefold().find(title.casefold())
    if at >= 0:
        after, before = first[at + len(title) :], first[:at]
        rest = after if after.strip(_SEPARATOR_CHARS) else before
    else:
        parts = _TITLE_SEPARATORS.split(first)
        rest = parts[-1] if len(parts) > 1 else ""
    parts = [p for p in _TITLE_SEPARATORS.split(rest.strip(_SEPARATOR_CHARS)) if p.strip()]
    site = parts[-1].strip(_SEPARATOR_CHARS) if parts else ""
    if not site or word_count(site) > 5 or is_section_label(site) and word_count(site) == 1:
        return None
    return site


_SEPARATOR_CHARS = " |｜-–—:·•»"


def _first_dateline(body: list[str]) -> Dateline | None:
    """The dateline of the first paragraph; short lines before it are skipped."""
    for unit in body[:3]:
        dateline = find_dateline(unit)
        if dateline is not None or is_paragraph(unit):
            return dateline
    return None


#: How many lines of a page's header, before its first paragraph, may hold a scrape stamp.
HEADER_STAMP_LINES = 8


def _header_scrape_stamp(units: list[str], lang: str | None) -> tuple[int, str] | None:
    """Where a scraper's labelled stamp stands among a page's header lines, and its date.

    A scraper writes its stamp first, or under the breadcrumb, headline and
    source line it copied. Only an explicit scrape label (``Retrieved:``,
    ``抓取时间：``) or a machine time to the second counts there: a short
    label in any language is trusted on the first line only.

    Examples
    --------
    >>> _header_scrape_stamp(["News > World", "Court rules", "Retrieved: 2042-11-20 14:05",
    ...                       "LISBON - The court ruled on Thursday that the case was closed."], "en")
    (2, '2042-11-20T14:05:00+00:00')
    >>> _header_scrape_stamp(["Court rules", "Published: 2042-11-20"], "en") is None
    True
    """
    for index, unit in enumerate(units[:HEADER_STAMP_LINES]):
        if is_paragraph(unit):
            return None
        stamp = scrape_stamp(unit, lang)
        if stamp is not None:
            return index, stamp.iso
    return None


def clean_scraped_text(
    text: str, lang: str | None = None, *, extracted: bool = False
) -> CleanedText:
    """Clean a plain-text scrape of a news page.

    Parameters
    ----------
    text
        The scraped text, any language or script.
    lang
        ISO 639-1 code when known: reads ambiguous dates and picks the
        stop-word list of boilerplate removal (detected when ``None``).
    extracted
        True when the text is already a page's main text (an HTML
        extractor's output): page furniture removal is skipped.

    Returns
    -------
    CleanedText
        Title, body, captions and the metadata the text states about itself.

    Examples
    --------
    >>> raw = ("\\n\\n\\nسیاسی\\n\\nهمکاری عراق و سوریه در یک موضوع مهم\\n\\n"
    ...        "به گزارش ایسنا: یک منبع دولتی در عراق اعلام کرد که توافق شده است.\\n\\n"
    ...        "عکس: ایسنا\\n\\nارسال نظر")
    >>> c = clean_scraped_text(raw)
    >>> c.title, c.outlet, c.captions, c.body.endswith("است.")
    ('همکاری عراق و سوریه در یک موضوع مهم', 'ISNA', ('عکس: ایسنا',), True)
    """
    units = _units(text)
    scraped_at: str | None = None
    line_date: DateValue | None = None
    line_title: str | None = None
    date_headline = split_date_headline(units[0]) if units else None
    if date_headline is not None:  # "date 2019-07-19 <headline>": the scraper's own fields
        line_date, line_title = date_headline
        units = [u for u in units[1:] if not line_title or u.casefold() != line_title.casefold()]
    elif units:
        first = is_header_date_line(units[0], lang, labelled=False) or scrape_stamp(
            units[0], lang, any_label=True
        )
        if first is not None:
            scraped_at = first.iso
            units = units[1:]
    stamp_line: str | None = None
    if scraped_at is None and (header_stamp := _header_scrape_stamp(units, lang)) is not None:
        at, scraped_at = header_stamp  # "抓取时间：2042-11-20 14:05" under the headline and source
        stamp_line = units[at]
        units = units[:at] + units[at + 1 :]
    repeated = None if extracted else _repeated_headline(units)
    header_outlet = None
    if units:  # "Outlet | Section", or the outlet the dateline cites and its tagline
        header_outlet = find_header_outlet(units[0]) or masthead_cited(units[0], text)
    if header_outlet is not None:
        units = units[1:]
    page_header: list[str] | None = None
    title: str | None = None
    page_site: str | None = None
    line_dateline: Dateline | None = None
    source_outlet = None
    if not extracted:
        source_outlet = _source_outlet(units)  # read before furniture goes: footers name the site
        units, page_header, title, page_site = _page_body(units, lang)
    units = [u for u in _cut_trailer(_dedupe(units, not extracted)) if not is_noise(u)]
    source_outlet = source_outlet or _source_outlet(units)
    flags = [is_caption(u) for u in units]
    captions = tuple(u for u, flag in zip(units, flags, strict=True) if flag)
    units = [u for u, flag in zip(units, flags, strict=True) if not flag]

    title = line_title or title
    author: str | None = None
    published: DateValue | None = line_date or find_labelled_date(text[:3000], lang)
    body: list[str] = []
    if page_header is None:
        first_paragraph = next((i for i, u in enumerate(units) if is_paragraph(u)), len(units))
        header, rest = units[:first_paragraph], units[first_paragraph:]
    else:
        header, rest = page_header, units
    date_lines: list[str] = []
    own_date: DateValue | None = None  # the page's own header date line
    title_at: int | None = None  # where in the header the title was taken
    banner: str | None = None
    for index, unit in enumerate(header):
        if title_at is not None and not body and title and is_breadcrumb(unit):
            banner, title = title, None  # "みなみ九州ニュース" then "トップ ＞ 鹿児島" (a list of
            continue  # sections between them): the site's name; the headline comes after them
        found_dateline = find_line_dateline(unit)
        if found_dateline is not None:  # "واشنطن - فلسطين اليوم": never the title
            line_dateline = line_dateline or found_dateline
            continue
        date_line = is_header_date_line(unit, lang)
        if date_line is not None or find_labelled_date(unit, lang) is not None:
            published = published or date_line
            own_date = own_date or date_line
            date_lines.append(unit)
            continue
        name = _byline(unit, after_title=title is not None)
        if name is not None:
            author = author or name
            found = match_date(unit, lang)
            published = published or (found[0] if found else None)
            continue
        date_line = _segment_date(unit, lang)
        if date_line is not None:
            published = published or date_line
            own_date = own_date or date_line
            date_lines.append(unit)
            continue
        if is_yearless_date_line(unit, lang):  # "11 февраля, 23:05": no year, still in the body
            date_lines.append(unit)
        if page_header is not None or _UNKNOWN_STAMP.match(unit):
            continue  # the rest of a page's header is furniture; "Label: 11/02/2025 17:48" too
        if title is None:
            following = header[index + 1] if index + 1 < len(header) else None
            if is_section_label(unit) and not (following is None and len(unit.split()) >= 2):
                continue
            if is_menu_line(unit) and following is not None:
                continue  # "Новости Гаджеты Наука Игры": a menu, the headline comes after it
            if looks_like_headline(unit) or following is None:
                title, title_at = unit, index
            continue
        if not is_section_label(unit):
            body.append(unit)
    body.extend(rest)
    if title is None and banner is not None:
        title = banner  # no headline after the breadcrumb: the first line it is
    if repeated is not None and line_title is None and page_header is None and (
        title is None or _fold(title) not in _fold(repeated) and _fold(repeated) not in _fold(title)
    ):  # the page's own headline, not the site's name above it
        title = repeated
        body = [u for u in body if _fold(u) != _fold(repeated)]
    if line_date is not None and own_date is not None and _days_apart(line_date, own_date) > 1:
        published = own_date  # the page's own date line beats a scraper's "date …" field

    if body and line_dateline is None:
        line_dateline = find_line_dateline(body[0])
        if line_dateline is not None:
            body = body[1:]
    dateline_place = dateline_outlet = None
    sources: list[str] = []
    strong = None
    if line_dateline is not None:
        dateline_place, dateline_outlet = line_dateline.place, line_dateline.outlet
    source = "text" if published is not None else "unknown"
    if body:
        dateline = _first_dateline(body)
        if dateline is not None:
            dateline_place, dateline_outlet = dateline.place, dateline.outlet
            if published is None and dateline.date_text:
                found = match_date(dateline.date_text, lang)
                published = found[0] if found else None
                source = "dateline" if found else source
        lead = "\n".join(body[:2])
        strong = find_attribution(lead, strong_only=True)
        weak = find_attribution(lead)
        if weak is not None and weak != strong:
            sources.append(weak[0])  # after the agencies named in the text
    masthead = header_outlet or page_site or source_outlet
    outlet = masthead or (strong[0] if strong else None) or dateline_outlet
    cited = find_cited_agencies("\n".join([title or "", *body]))
    sources = ([dateline_outlet] if dateline_outlet in AGENCIES else []) + cited + sources
    sources = [s for i, s in enumerate(sources) if s != outlet and s not in sources[:i]]
    return CleanedText(
        title=title,
        body="\n\n".join(body),
        captions=captions,
        scraped_at=scraped_at,
        dateline_place=dateline_place,
        outlet=outlet,
        published=published.iso if published else None,
        published_precision=published.precision if published else "unknown",
        author=author,
        sources=tuple(sources),
        published_source=source,
        date_lines=tuple(date_lines),
        scrape_stamp_line=stamp_line,
    )
