"""Datelines (``LONDON (Reuters) -``) and attributions (``به گزارش ایسنا:``).

Examples
--------
>>> d = find_dateline("DAMASCUS, Syria (AP) — Syrian troops moved on Sunday.")
>>> d.place, d.outlet, d.end
('Damascus', 'AP', 23)
>>> find_attribution("به گزارش آران نیوز: یک منبع دولتی گفت.")
('Aran News', 'آران نیوز')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.text.clean.rules import is_home_word, is_section_word
from storyline.text.dates.tables import MONTHS, alternation, fold_key

# Well-known outlets, as written in non-Latin text or in odd Latin forms,
# mapped to their usual Latin name.
_OUTLETS_RAW = {
    "Aran News": "آران نیوز",
    "ISNA": "ایسنا|خبرگزاری ایسنا|خبرگزاری دانشجویان ایران",
    "IRNA": "ایرنا|خبرگزاری ایرنا|خبرگزاری جمهوری اسلامی",
    "Fars News": "فارس|خبرگزاری فارس|فارس نیوز",
    "Tasnim": "تسنیم|خبرگزاری تسنیم",
    "Mehr News": "مهر|خبرگزاری مهر",
    "ILNA": "ایلنا|خبرگزاری ایلنا",
    "YJC": "باشگاه خبرنگاران جوان",
    "Tabnak": "تابناک",
    "Khabar Online": "خبرآنلاین|خبر آنلاین",
    "Entekhab": "انتخاب",
    "Reuters": "رویترز|رويترز|خبرگزاری رویترز|وكالة رويترز|رويترز للأنباء|Рейтер|Рейтерс|路透社|路透|REUTERS",
    "AFP": "خبرگزاری فرانسه|فرانس پرس|فرانس برس|وكالة فرانس برس|أ ف ب|Франс Пресс|Франс-Пресс|法新社|AFP",
    "AP": "آسوشیتدپرس|آسوشیتد پرس|أسوشيتد برس|اسوشيتد برس|Ассошиэйтед Пресс|美联社|AP",
    "Al Jazeera": "الجزيرة|الجزيره|الجزیره|Аль-Джазира",
    "Al Arabiya": "العربية|العربیه",
    "Al Mayadeen": "الميادين|المیادین",
    "RT": "روسيا اليوم|راشا تودی|راشاتودی|RT",
    "SANA": "سانا|وكالة سانا|وكالة الأنباء السورية|سانا للأنباء|САНА",
    "INA": "وكالة الأنباء العراقية|واع",
    "Anadolu": "الأناضول|وكالة الأناضول|آناتولی|Anadolu Ajansı|Anadolu Agency|AA",
    "Sky News Arabia": "سكاي نيوز عربية",
    "BBC": "بی‌بی‌سی|بی بی سی|بي بي سي|Би-би-си",
    "Euronews": "یورونیوز|يورونيوز",
    "Al-Manar": "المنار",
    "Al-Alam": "العالم|قناة العالم|شبکه العالم",
    "Palestine Today": "فلسطين اليوم|فلسطین الیوم",
    "Asharq Al-Awsat": "الشرق الأوسط",
    "Rudaw": "رووداو|رووداو",
    "RIA Novosti": "РИА Новости|РИА «Новости»|RIA",
    "TASS": "ТАСС|ИТАР-ТАСС|تاس",
    "Interfax": "Интерфакс",
    "RBC": "РБК",
    "Kommersant": "Коммерсантъ|Коммерсант",
    "Izvestia": "Известия",
    "Xinhua": "新华社|新华网|شينخوا|سين هوا|Синьхуа",
    "China News Service": "中新社|中新网",
    "dpa": "dpa|DPA",
    "EFE": "EFE",
    "ANSA": "ANSA",
}
OUTLETS: dict[str, str] = {
    fold_key(alias): latin
    for latin, aliases in _OUTLETS_RAW.items()
    for alias in aliases.split("|") + [latin]
}


#: News agencies: named in a report, they are its sources, not its publisher.
AGENCIES: frozenset[str] = frozenset(
    "Reuters AFP AP SANA INA Anadolu TASS Interfax Xinhua dpa EFE ANSA IRNA ISNA Tasnim ILNA".split()
    + ["RIA Novosti", "China News Service", "Fars News", "Mehr News"]
)
# How agencies are named in running text; short or ambiguous aliases (``AP``,
# ``مهر``, ``فارس``) only count in a dateline or with an agency word.
_CITED_RAW = {
    "Reuters": r"\bReuters\b|رويترز|رویترز|Рейтер|路透",
    "AFP": r"\bAFP\b|Agence France-Presse|فرانس برس|فرانس پرس|خبرگزاری فرانسه|Франс[- ]Пресс|法新社",
    "AP": r"Associated Press|\(AP\)|\bAP\s+(?:Photo|reported|said)|أسوشيتد برس|اسوشيتد برس|آسوشیتد ?پرس|Ассошиэйтед Пресс|美联社",
    "Xinhua": r"\bXinhua\b|新华社|شينخوا|Синьхуа",
    "TASS": r"\bTASS\b|ТАСС",
    "Interfax": r"\bInterfax\b|Интерфакс",
    "RIA Novosti": r"РИА Новости|\bRIA Novosti\b",
    "Anadolu": r"\bAnadolu\b|وكالة الأناضول|الأناضول|آناتولی",
    "SANA": r"\bSANA\b|وكالة سانا|وكالة الأنباء السورية|سانا",
    "INA": r"وكالة الأنباء العراقية",
    "dpa": r"\bdpa\b",
    "EFE": r"\bEFE\b",
    "ANSA": r"\bANSA\b",
    "IRNA": r"\bIRNA\b|ایرنا|إرنا|ارنا|خبرگزاری جمهوری اسلامی",
    "ISNA": r"\bISNA\b|ایسنا",
    "Tasnim": r"\bTasnim\b|تسنیم|تسنيم",
    "ILNA": r"ایلنا",
    "Fars News": r"\bFars News\b|خبرگزاری فارس|وكالة فارس",
    "Mehr News": r"\bMehr News\b|خبرگزاری مهر|وكالة مهر",
}
_CITED = {name: re.compile(rx) for name, rx in _CITED_RAW.items()}


def find_cited_agencies(text: str) -> list[str]:
    """News agencies a text names (its sources), in order of first mention.

    Examples
    --------
    >>> find_cited_agencies("قال مسؤول لوكالة أسوشيتد برس إن ... وذكرت رويترز أن")
    ['AP', 'Reuters']
    >>> find_cited_agencies("به گزارش ایرنا، وزیر گفت.")
    ['IRNA']
    >>> find_cited_agencies("The apple harvest was late.")
    []
    """
    found = []
    for name, regex in _CITED.items():
        m = regex.search(text)
        if m is not None:
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


def normalise_outlet(name: str) -> str:
    """Return the Latin name of a known outlet, else ``name`` tidied.

    Examples
    --------
    >>> normalise_outlet("رويترز"), normalise_outlet("IraqiNews.com")
    ('Reuters', 'IraqiNews.com')
    """
    name = " ".join(name.strip(" \t«»\"'“”").split())
    return OUTLETS.get(fold_key(name), name)


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph.

    ``end`` is the offset where the article's own words begin; ``date_text``
    is the date part as written (``Dec 30``) or ``None``.
    """

    place: str
    outlet: str | None
    outlet_as_written: str | None
    date_text: str | None
    end: int


_DASH = r"[-–—:]+"
_M = alternation(list(MONTHS))
_DATE_PART = (  # "30 дек", "Dec 30, 2024", Spanish "11 feb" / "11 de febrero de 2027"
    rf"(?:\d{{1,2}}\.?\s*(?:de\s+)?(?:{_M})\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|(?:{_M})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
_PLACE = r"[^\W\d_][^\W\d_'’.\- ]*(?:[ '’.\-]+[^\W\d_]+){0,3}"
_PAREN_RE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))?(?:,?\s*(?P<date>{_DATE_PART}))?"
    rf"\s*\((?P<outlet>[^()\n]{{2,40}})\)\.?\s*{_DASH}\s*",  # EFE's "(EFE).-" too
    re.IGNORECASE,
)
_AGENCY_RE = re.compile(  # "Москва, 30 декабря - РИА Новости." / "Paris, 3 janvier - AFP."
    rf"^(?P<place>{_PLACE}),\s*(?P<date>{_DATE_PART})\s*{_DASH}\s*(?P<outlet>[^.\n]{{2,30}}?)\.\s+",
    re.IGNORECASE,
)
_KO_RE = re.compile(  # Korean agencies: "(서울=연합뉴스) 홍길동 기자 = 본문"
    r"^\((?P<place>[^=()\n]{1,20})=(?P<outlet>[^=()\n]{1,20})\)\s*"
    r"(?:[^=\n]{1,30}?(?:기자|특파원|통신원)\s*=\s*)?"
)
_CAPS_RE = re.compile(  # "WASHINGTON — The ..." / "KABUL, Afghanistan —"
    r"^(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’.\- ]{2,30}?)(?:,\s*(?P<region>[A-Z][\w.' ]{1,25}))?"
    r"\s*[–—-]{1,2}\s+"
)


def _tidy_place(place: str) -> str:
    place = " ".join(place.split())
    letters = [c for c in place if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return place.title()
    return place


_LINE_DATELINE = re.compile(
    r"^(?P<a>[^\W\d_][^-–—:|\n.,،]{0,30}?)\s+[-–—]\s+(?P<b>[^\W\d_][^-–—:|\n.,،]{0,30})$"
)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def find_line_dateline(line: str) -> Dateline | None:
    """A dateline standing on its own line, Arabic and Persian style: ``CITY - OUTLET``.

    Both parts are short names; the one that is a known outlet is the
    outlet, else the first part is the place. Only lines in Arabic script
    count (``London - Reuters`` on a line of its own is rare, and an English
    ``Politics - Economy`` menu line is not a dateline).

    Examples
    --------
    >>> d = find_line_dateline("واشنطن - فلسطين اليوم")
    >>> d.place, d.outlet
    ('واشنطن', 'Palestine Today')
    >>> d = find_line_dateline("العالم - سوریه")
    >>> d.place, d.outlet
    ('سوریه', 'Al-Alam')
    >>> find_line_dateline("الأسد يسمح للعراق بضرب مواقع داعش داخل سوريا") is None
    True
    """
    m = _LINE_DATELINE.match(line.strip())
    if m is None or not _ARABIC_SCRIPT.search(line):
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if len(a.split()) > 3 or len(b.split()) > 3:
        return None
    if fold_key(a) in OUTLETS and fold_key(b) not in OUTLETS:
        a, b = b, a
    return Dateline(
        place=a, outlet=normalise_outlet(b), outlet_as_written=b, date_text=None, end=len(line)
    )


def find_dateline(paragraph: str) -> Dateline | None:
    """Find a dateline at the start of ``paragraph``.

    Examples
    --------
    >>> find_dateline("Baghdad (IraqiNews.com) – An Iraqi source said.").outlet
    'IraqiNews.com'
    >>> d = find_dateline("MOSCOW, Dec 30 (Reuters) - Russia said.")
    >>> d.place, d.date_text
    ('Moscow', 'Dec 30')
    >>> find_dateline("القاهرة (رويترز) - قال مسؤول").outlet
    'Reuters'
    >>> find_dateline("Москва, 30 декабря - РИА Новости. Текст.").outlet
    'RIA Novosti'
    >>> d = find_dateline("Viena, 30 nov 2026 (EFE).- La OPEP acordó hoy.")
    >>> d.place, d.outlet, d.date_text
    ('Viena', 'EFE', '30 nov 2026')
    >>> find_dateline("The minister (left) - said nothing.") is None
    True
    >>> d = find_dateline("(의성=한빛통신) 김도윤 기자 = 경북 의성군에서 산불이 났다.")
    >>> d.place, d.outlet
    ('의성', '한빛통신')
    """
    head = paragraph[:160]
    for regex in (_PAREN_RE, _AGENCY_RE, _KO_RE, _CAPS_RE):
        m = regex.match(head)
        if m is None:
            continue
        place = m.group("place").strip()
        if len(place.split()) > 4 or place[:1].islower():
            continue
        if regex is _PAREN_RE and place.split()[0].lower() in _NOT_PLACES:
            continue
        groups = m.groupdict()
        written = (groups.get("outlet") or "").strip() or None
        return Dateline(
            place=_tidy_place(place),
            outlet=normalise_outlet(written) if written else None,
            outlet_as_written=written,
            date_text=(groups.get("date") or "").strip() or None,
            end=m.end(),
        )
    return None


def is_dateline_only(sentence: str) -> bool:
    """True when a sentence holds nothing but a dateline and its outlet credit.

    A sentence splitter cuts ``БЕЙРУТ, 11 фев — «Вести». Парламент ...`` after
    the credit, so the first "sentence" is furniture, not something the report
    says (coverage would show it as a fact only this report states).

    Examples
    --------
    >>> is_dateline_only("Москва, 30 декабря - РИА Новости.")
    True
    >>> is_dateline_only("БЕЙРУТ — «Вести Ближнего Востока».")
    True
    >>> is_dateline_only("MOSCOW, Dec 30 (Reuters) -")
    True
    >>> is_dateline_only("MOSCOW, Dec 30 (Reuters) - Russia said it would reply.")
    False
    >>> is_dateline_only("Parliament voted on Thursday.")
    False
    >>> is_dateline_only("РИМ."), is_dateline_only("НАТО заявило."), is_dateline_only("OK.")
    (True, False, False)
    """
    if _CAPS_ONLY_RE.fullmatch(sentence.strip()):
        return True  # "РИМ." / "BISHKEK.": the place, cut from its paragraph by the splitter
    dateline = find_dateline(sentence.strip() + " ")
    if dateline is None:
        return False
    rest = sentence.strip()[dateline.end :].strip(" .:-–—")
    if not rest:
        return True
    quoted = rest[:1] in "«\"“„'" and rest[-1:] in "»\"”'“"
    return len(rest.split()) <= 5 and (quoted or fold_key(rest) in OUTLETS)


_CAPS_ONLY_RE = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]{3,}(?:[ \-][A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}){0,2}\.")
_NOT_PLACES = {
    "the",
    "a",
    "an",
    "this",
    "he",
    "she",
    "it",
    "they",
    "we",
    "le",
    "la",
    "der",
    "die",
    "el",
}
_NAME = r"[^\s:،,.؛()«»\"]+(?:\s+[^\s:،,.؛()«»\"]+){0,3}"
_STRONG_RE = re.compile(rf"به\s+گزارش\s+(?P<o>{_NAME}?)\s*(?:[:،,]|\s+به\s+نقل|\s+از\s)")
_WEAK_RE = re.compile(
    rf"(?:به\s+نقل\s+از|نقلا\s+عن|نقلاً\s+عن|وفقا\s+لـ?\s*|وفقاً\s+لـ?\s*|بحسب|ذكرت|أفادت|"
    rf"сообщает|сообщило|сообщили|по\s+данным|передает|according\s+to|reported\s+by|"
    rf"selon|laut|según|据)\s*(?P<o>{_NAME})"
)
_ROLE_WORDS = re.compile(r"^(?:خبرنگار|خبرنگاران|پایگاه خبری|سایت|وب‌?سایت)\s+")
_AGENCY_WORDS = re.compile(
    r"^(?:خبرگزاری|خبرنگار|پایگاه خبری|سایت|شبکه|روزنامه|وكالة|صحيفة|قناة|موقع|агентство|газета|"
    r"телеканал|издание)\s+"
)


def find_attribution(text: str, *, strong_only: bool = False) -> tuple[str, str] | None:
    """Find an outlet attribution near the start; return (outlet, as written).

    ``به گزارش X:`` names the publisher. The weaker forms (``به نقل از``,
    ``نقلا عن``, ``сообщает``, ``according to``...) count only for outlets in
    the known table or named with an agency word (``وكالة``, ``агентство``).
    The outlet is the Latin name when known, else as written (an unknown
    ``خبرگزاری X`` keeps its agency word, part of the name; ``خبرنگار X``,
    "X's reporter", gives ``X``).

    Examples
    --------
    >>> find_attribution("قال مسؤول نقلا عن وكالة رويترز للأنباء.")
    ('Reuters', 'وكالة رويترز للأنباء')
    >>> find_attribution("Об этом сообщает ТАСС.")
    ('TASS', 'ТАСС')
    >>> find_attribution("according to local residents") is None
    True
    >>> find_attribution("به گزارش خبرگزاری پارس‌نگار، زمین‌لرزه‌ای رخ داد.")[0]
    'خبرگزاری پارس\u200cنگار'
    """
    head = text[:600]
    m = _STRONG_RE.search(head)
    if m is not None:
        written = m.group("o").strip()
        bare = _AGENCY_WORDS.sub("", written)
        if fold_key(bare) in OUTLETS:
            return OUTLETS[fold_key(bare)], written
        return normalise_outlet(_ROLE_WORDS.sub("", written)), written
    if strong_only:
        return None  # "according to X" names a source, not the publisher
    for m in _WEAK_RE.finditer(head):
        words = m.group("o").split()
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            bare = _AGENCY_WORDS.sub("", written)
            if fold_key(bare) in OUTLETS:
                return OUTLETS[fold_key(bare)], written
        if _AGENCY_WORDS.match(m.group("o")) and len(words) > 1:
            return _AGENCY_WORDS.sub("", m.group("o")), m.group("o")
    return None


_SOURCE_RE = re.compile(
    r"(?:^|[\s|｜(（])(?:source|quelle|fuente|fonte|источник|المصدر|منبع|kaynak|来源|來源|出处)"
    r"\s*[:：]\s*(?P<o>[^|｜()（）:：\n]{2,40}?)\s*[)）]?\s*$",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<o>[^\W\d_][^.|©\n]{1,40}?)\s*(?:\.\s*all rights reserved)?\.?$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_NAME_PUNCT = re.compile(r"[.!?。！？؟;,،:]$|\d")


def find_source_line(line: str) -> str | None:
    """Return the outlet a ``Source: X`` or ``© X`` line names, else ``None``.

    The line must end with the name (``发布时间：... 来源：X`` counts), the
    name has at most five words, no digits and does not start in lower case.

    Examples
    --------
    >>> find_source_line("Источник: Культура сегодня")
    'Культура сегодня'
    >>> find_source_line("© 2025 Caspian Herald. All rights reserved.")
    'Caspian Herald'
    >>> find_source_line("发布时间：2025-04-09 16:30 来源：新华社")
    'Xinhua'
    >>> find_source_line("来源：南方新闻网 更多精彩内容请关注我们的公众号")
    '南方新闻网'
    >>> find_source_line("The source: he said nothing.") is None
    True
    >>> find_source_line("© RIPRODUZIONE RISERVATA") is None
    True
    """
    if len(line) > 120:
        return None
    m = _SOURCE_RE.search(line) or _COPYRIGHT_RE.match(line)
    if m is None:
        return None
    name = m.group("o").strip(" \t«»\"'“”")
    if _CJK.match(name):  # Chinese names have no spaces: what follows is another phrase
        name = name.split()[0]
    if not name or len(name.split()) > 5 or name[0].islower() or _NAME_PUNCT.search(name):
        return None
    if _RIGHTS_RE.search(name):  # "© RIPRODUZIONE RISERVATA": a notice, not a name
        return None
    return normalise_outlet(name)


_RIGHTS_RE = re.compile(
    r"riproduzione\s+riservata|rights\s+reserved|droits\s+réservés|derechos\s+reservados|"
    r"rechte\s+vorbehalten|права\s+защищены|الحقوق\s+محفوظة|حقوق\s+محفوظ|版权所有|"
    r"hakları\s+saklıdır|prawa\s+zastrzeżone|direitos\s+reservados",
    re.IGNORECASE,
)


_HEADER_SPLIT = re.compile(r"\s+[|｜]\s+|\s+[-–—]\s+")


def masthead_cited(line: str, text: str) -> str | None:
    """The outlet a page's first line names when its dateline cites it, else ``None``.

    ``L'Écho de Brienne – Défense & Industrie`` above ``PARIS, 19 octobre
    (L'Écho de Brienne) –``: the site's name and tagline, not the headline,
    though no section word follows the name. The line's part before a
    separator (or the whole short line) must stand in parentheses in ``text``.

    Examples
    --------
    >>> body = "PARIS, 19 octobre (L'Écho de Brienne) – Le ministre a signé."
    >>> masthead_cited("L'Écho de Brienne – Défense & Industrie", body)
    "L'Écho de Brienne"
    >>> masthead_cited("Paris et Berlin signent l'accord", body) is None
    True
    >>> masthead_cited("BALTIC & NORDIC DESK", "STOCKHOLM (Baltic & Nordic Desk) — Sweden will")
    'Baltic & Nordic Desk'
    """
    if len(line) > 80:
        return None
    parts = _HEADER_SPLIT.split(line.strip())
    name = parts[0].strip()
    if len(parts) > 2 or not name or len(name.split()) > 5 or _NAME_PUNCT.search(name):
        return None
    folded = text.casefold()
    for cited in (f"({name})", f"（{name}）"):  # a masthead in capitals: the dateline's own case
        at = folded.find(cited.casefold())
        if at >= 0:
            return normalise_outlet(text[at + 1 : at + len(cited) - 1])
    return None


def find_header_outlet(line: str) -> str | None:
    """Return the outlet of a site header line ``Outlet | Section``, else ``None``.

    Only a short line of exactly two parts whose right part is a known
    section name (``Panorama``, ``Politics``, ``سیاسی``, ``国际``...) counts;
    a breadcrumb's front-page link (``الرئيسية | اقتصاد``, ``Home |
    Politics``) is no outlet.

    Examples
    --------
    >>> find_header_outlet("Der Morgenbote | Panorama")
    'Der Morgenbote'
    >>> find_header_outlet("الرئيسية | اقتصاد") is None
    True
    >>> find_header_outlet("Iran and Iraq - Politics of water: a long story") is None
    True
    """
    if len(line) > 60:
        return None
    parts = _HEADER_SPLIT.split(line.strip())
    if len(parts) != 2 or not is_section_word(parts[1]):
        return None
    name = parts[0].strip()
    if not name or len(name.split()) > 5 or _NAME_PUNCT.search(name) or is_section_word(name):
        return None
    if is_home_word(name):
        return None
    return normalise_outlet(name)
