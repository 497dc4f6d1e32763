"""Boilerplate removal for plain text: keep the article body of a scraped page.

A scraped page flattened to text keeps the page's furniture on lines of its
own: menus, share bars, cookie notices, bylines, related-story teasers,
comment forms. :func:`main_span` finds the article body from features every
line still has, in any language:

1. each line is classified (:func:`classify_line`): ``good`` is running text
   (enough words, a sentence end or a long line, and, where jusText ships a
   stop-word list for the language, a share of stop words like prose has);
   ``bad`` is known furniture (cookie, subscription, sharing, copyright,
   sign-in and comment-form phrases, share-button rows, link-like lines);
   ``short`` is anything else (section names, headings, bylines);
2. each line scores: a good line its length in characters, a short line a
   small cost, a bad line a larger one, a comment-section opener
   (``Leave a Reply``, ``12 Comments``) an impassable one;
3. the body is the contiguous run of lines with the highest total (the
   maximum-sum segment, as in Finn et al.'s Body Text Extraction): text
   lines pull the segment, runs of menu items and teasers push it away.
   Bad lines inside the segment are dropped; short lines (subheadings,
   list items) inside it are kept.

Stop-word lists come from jusText (about 100 languages); for a language it
has no list for (Chinese, Japanese, Thai...), the stop-word test is left out
and CJK text counts a word per two characters.

Examples
--------
>>> lines = ["Home", "World", "Politics", "Sign in", "Floods close schools in Porto Alegre",
...          "By Ana Souza", "Heavy rain closed schools across the city on Monday as the rivers "
...          "rose above their banks.", "The mayor said the schools would stay shut until the "
...          "water went down.", "Share this article", "Facebook Twitter", "Related stories",
...          "Cookies help us deliver our services."]
>>> start, end = main_span(lines, "en")
>>> lines[start:end][0][:10], len(lines[start:end])
('Heavy rain', 2)
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

__all__ = [
    "body_lines",
    "classify_line",
    "classify_lines",
    "is_furniture",
    "main_span",
    "stop_words",
]

#: ISO 639-1 code -> jusText stop-list name, where the names differ from English names.
_JUSTEXT_NAMES = {
    "nb": "Norwegian_Bokmal",
    "no": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk",
    "pa": "Western_Panjabi",
    "be": "Belarusian",
    "ht": "Haitian",
    "ms": "Malay",
    "fy": "West_Frisian",
    "sh": "Serbo_Croatian",
}

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: Combining vowel signs and marks inside words (Devanagari, Bengali, Gurmukhi, Gujarati,
#: Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer; Latin,
#: Hebrew and Arabic diacritics): not ``\w`` to Python, still a word's letters.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3"
    "\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3"
    "\u0b01-\u0b03\u0b3c-\u0b57\u0b62\u0b63\u0b82\u0bbe-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c-\u0c56"
    "\u0c62\u0c63\u0c81-\u0c83\u0cbc-\u0cd6\u0ce2\u0ce3\u0d00-\u0d03\u0d3b-\u0d57\u0d62\u0d63"
    "\u0d81-\u0d83\u0dca-\u0ddf\u0df2\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc"
    "\u0ec8-\u0ecd\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e\u0f3f\u0f71-\u0f84\u102b-\u103e"
    "\u17b4-\u17d3"
)
_WORD = re.compile(rf"[^\W\d_](?:[\w{_MARKS}'’\u200c-]*[\w{_MARKS}])?")
WORD_MARKS = _MARKS
"""The combining marks a word keeps (a character class's ranges), for other word patterns."""
#: A line's sentence end, in the scripts' own marks too: the danda of Devanagari, Bengali and
#: Gurmukhi text (``।``, ``॥``), Urdu's ``۔``, Armenian ``։``, Ethiopic ``።``, Myanmar ``။``,
#: Khmer ``។``, Tibetan ``།`` (session 48: a Hindi page's lines read as no sentence at all).
_SENTENCE_END = re.compile(r"[.!?。！？؟…:;'\"”’»)\]।॥۔։።။។།]\s*$")
_LINKISH = re.compile(r"https?://|www\.|\S+@\S+\.\w+|^@\w+$|^#\w+")

# Furniture phrases: a short line containing one is not article text.
_FURNITURE = re.compile(
    r"(?:\bcookies?\b|\bnewsletters?\b|\bsubscribe\b|\bsubscription\b|\bsign\s*(?:in|up)\b|"
    r"\blog\s*(?:in|out)\b|\bregister\b|all\s+rights\s+reserved|\bcopyright\b|©|"
    r"privacy\s+(?:policy|notice|settings)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|"
    r"\bshare\s+(?:this|on|via)\b|\bshow\s+more\b|\bload\s+more\b|\bread\s+more\b|"
    r"\bclick\s+here\b|\bskip\s+to\b|\bback\s+to\s+top\b|\badvertisement\b|\badvertising\b|"
    r"\bsponsored\b|\bprint\s+friendly\b|\brequired\s+fields?\b|\*\s*required|"
    r"\bcomments?\s+(?:are|is)\s+closed\b|\bpost\s+comment\b|\bfollow\s+us\b|"
    r"\bdownload\s+(?:the|our)\s+app\b|\bcontact\s+us\b|\babout\s+us\b|"
    r"\bjavascript\b|\bbrowser\b.*\b(?:support|update|enable)|"
    # other languages: cookies, subscriptions, sharing, rights, comments
    r"\bdatenschutz|\bimpressum\b|\babonnieren\b|\banmelden\b|alle\s+rechte\s+vorbehalten|"
    r"\bs['’]abonner\b|\bconnexion\b|tous\s+droits\s+réservés|\bsuscr[ií]b|"
    r"todos\s+los\s+derechos|\bиспользуем\s+cookie|\bподписа|все\s+права\s+защищены|"
    r"\bвойти\b|\bрегистрац|"
    r"جميع\s+الحقوق\s+محفوظة|اشترك|سجل\s+الدخول|تسجيل\s+الدخول|"
    r"کلیه\s+حقوق|تمامی\s+حقوق|حقوق\s+این\s+سایت|عضویت|ورود\s+به|"
    r"版权所有|版權所有|登录|登錄|注册|订阅|"
    r"tüm\s+hakları\s+saklıdır|abone\s+ol|giriş\s+yap)",
    re.IGNORECASE,
)
# Furniture whatever the line's length: cookie and consent notices, moderation rules.
_STRONG_FURNITURE = re.compile(
    r"(?:(?:uses?|accept|necessary|these|third-party|store)\s+cookies|cookies?\s+(?:policy|settings|"
    r"preferences|consent)|all\s+rights\s+reserved|your\s+email\s+address\s+will\s+not|"
    r"reviewed\s+by\s+(?:the\s+)?moderator|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|"
    r"все\s+права\s+защищены|جميع\s+الحقوق\s+محفوظة|کلیه\s+حقوق|版权所有)",
    re.IGNORECASE,
)
# Openers of a related-content block: the body rarely runs on past one.
_SECTION_END = re.compile(
    r"^(?:related(?:\s+\w+)?|more\s+(?:from|in|on|stories|news|great\s+.{1,30}stories)\b.*|"
    r"(?:you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|"
    r"trending(?:\s+now)?|read\s+next|up\s+next|next\s+up(?:\s+in)?|latest(?:\s+news)?|"
    r"top\s+stories|don['’]t\s+miss|popular(?:\s+\w+)?|tags?|topics?|share\s+this(?:\s+\w+)?|"
    r"à\s+lire\s+aussi|lire\s+aussi|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|"
    r"te\s+puede\s+interesar|noticias\s+relacionadas|leia\s+também|читайте\s+также|"
    r"похожие\s+(?:новости|статьи)|اخبار\s+مرتبط|مطالب\s+مرتبط|أخبار\s+ذات\s+صلة|اقرأ\s+أيضا|"
    r"相关新闻|相关阅读|ilgili\s+haberler))\s*:?\s*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(?:^(?:photo(?:graph)?|image|picture|credit|foto|фото|عکس|صورة)\s*(?:credit)?\s*:|"
    r"getty\s+images\s*$|/\s*(?:ap|afp|reuters|epa|shutterstock)\s*$|^\(?(?:ap|afp|reuters)\s+photo|"
    r"\bvia\s+(?:getty|reuters|ap)\b|^credit\.\.\.|\bcredit\.\.\.)",
    re.IGNORECASE,
)

# Openers of a comment section: the body never runs past one.
_COMMENTS = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|"
    r"\d+\s+(?:comments?|responses?|replies)|comments?\s*(?:\(\d+\))?|"
    r"(?:\d+\s+)?responses?\s+to\s+|join\s+the\s+(?:conversation|discussion)|"
    r"your\s+email\s+address\s+will\s+not\s+be\s+published|"
    r"laisser\s+un\s+commentaire|kommentare?|deja\s+(?:una\s+respuesta|un\s+comentario)|"
    r"комментарии|оставить\s+комментарий|ارسال\s+نظر|نظرات|التعليقات|اترك\s+تعليقا|"
    r"发表评论|评论|yorumlar|yorum\s+yap)\s*:?\s*$",
    re.IGNORECASE,
)
_SHARE_ROW = re.compile(
    r"^(?:(?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|"
    r"pinterest|flipboard|copy\s+link|messenger|vk|ok|weibo|wechat|line|x)[\s,|/·•]*)+$",
    re.IGNORECASE,
)

GOOD, SHORT, BAD, STOP, END = "good", "short", "bad", "stop", "end"
_COMMENT_WORD = re.compile(
    r"^(?:(?:view|read|show|see|add|all|top(?:\s+rated)?|load)\s+(?:all\s+)?(?:\d+\s+)?comments?|"
    r".*comments?\s+powered\s+by)\b",
    re.IGNORECASE,
)

_MIN_WORDS = 7
_LONG = 200  # characters: a line this long is text even without a sentence end
_STOP_DENSITY = 0.15
_SHORT_COST = 12
_BAD_COST = 30
_FURNITURE_SENTENCE = 12  # words: a furniture word in a sentence this long is text
_END_COST = 300
_FIRST_SHARE = 0.2
_CREDIT_WORDS = 8  # a photo credit line is this short; a longer one is the caption itself
_TEMPLATE_REPEATS = 3  # a line printed this often on one page is part of its template


@cache
def stop_words(lang: str | None) -> frozenset[str]:
    """The jusText stop-word list for an ISO 639-1 code; empty when it has none.

    Examples
    --------
    >>> "the" in stop_words("en"), "и" in stop_words("ru"), len(stop_words("zh"))
    (True, True, 0)
    """
    if not lang:
        return frozenset()
    import justext
    import pycountry

    name = _JUSTEXT_NAMES.get(lang)
    if name is None:
        found = pycountry.languages.get(alpha_2=lang)
        name = found.name.split(" (")[0].replace(" ", "_") if found else None
    if name is None or name not in justext.get_stoplists():
        return frozenset()
    return frozenset(word.casefold() for word in justext.get_stoplist(name))


def _words(line: str) -> list[str]:
    return _WORD.findall(_CJK.sub(" ", line))


def _word_count(line: str) -> int:
    return len(_words(line)) + len(_CJK.findall(line)) // 2


def classify_line(line: str, stops: frozenset[str] = frozenset()) -> str:
    """``"good"`` (running text), ``"short"``, ``"bad"`` (furniture) or ``"stop"`` (comments open).

    Examples
    --------
    >>> en = stop_words("en")
    >>> classify_line("The minister said on Monday that talks would resume next week.", en)
    'good'
    >>> classify_line("Politics", en), classify_line("Facebook Twitter Email", en)
    ('short', 'bad')
    >>> classify_line("We use cookies to improve your experience.", en)
    'bad'
    >>> classify_line("3 Comments", en)
    'stop'
    """
    bare = line.strip(" \t[](){}|•·*-–—»«>")
    if len(bare) <= 60 and (_COMMENTS.match(bare) or _COMMENT_WORD.search(bare)):
        return STOP
    if len(bare) <= 60 and _SECTION_END.match(bare):
        return END
    if _STRONG_FURNITURE.search(line):
        return BAD
    if _SHARE_ROW.match(line) or _LINKISH.search(line) and len(line) < 120:
        return BAD
    count = _word_count(line)
    if len(line) < 160 and _FURNITURE.search(line):
        if count < _FURNITURE_SENTENCE or not _SENTENCE_END.search(line):
            return BAD
    if count < _MIN_WORDS:
        return SHORT
    if len(line) < _LONG and not _SENTENCE_END.search(line) or line.endswith(("…", "...")):
        return SHORT
    if stops and (density := _stop_density(line, stops)) is not None and density < _STOP_DENSITY:
        return SHORT
    return GOOD


def _stop_density(line: str, stops: frozenset[str]) -> float | None:
    """The share of ``line``'s words that are ``stops`` (``None``: no word, a CJK line)."""
    words = [w.casefold() for w in _words(line)]
    return sum(w in stops for w in words) / len(words) if words else None


def _score(kind: str, line: str) -> float:
    if kind == GOOD:
        return float(len(line))
    if kind == SHORT:
        return -float(_SHORT_COST)
    if kind == BAD:
        return -float(_BAD_COST)
    if kind == END:
        return -float(_END_COST)
    return float("-inf")


#: Share of a page's running-text lines that must use a stop-word list for it to fit the page.
_STOPS_FIT = 0.5


def classify_lines(lines: list[str], lang: str | None = None) -> list[str]:
    """The kind of each line (:func:`classify_line`) in the context of its page.

    Two page-level rules: a line printed :data:`_TEMPLATE_REPEATS` times or
    more on the page is template (``bad``); a photo credit is ``bad`` and so is
    the caption line just before it. The language's stop words weigh running
    text only when at least :data:`_STOPS_FIT` of it uses them: a text in a
    language that shares the script and not the words (Meadow Mari read as
    Russian) has no line dense in them, and its first paragraphs would be
    filed as furniture.

    Examples
    --------
    >>> classify_lines(["Smoke covers the city on Monday, hiding the towers from view.",
    ...                 "Photo: Ana Souza/AP", "Home", "Home", "Home"], "en")
    ['bad', 'bad', 'bad', 'bad', 'bad']
    >>> mari = ["Москосо «Спартак» футбол команда таче кастене Казань олаште «Рубин» командым 3:1 шот дене сеҥен.",
    ...         "Мемнан республикын эргыже, Йошкар-Ола ола гыч лекше Павел Ялкаев, тиде модышто кок мячым пуртен."]
    >>> classify_lines(mari, "ru")
    ['good', 'good']
    """
    kinds = [classify_line(line) for line in lines]
    stops = stop_words(lang)
    if stops:  # stop-word density demotes running text only where the list fits the page
        running = [i for i, kind in enumerate(kinds) if kind == GOOD]
        density = {i: _stop_density(lines[i], stops) for i in running}
        dense = sum(d is not None and d >= _STOP_DENSITY for d in density.values())
        if dense >= _STOPS_FIT * len(running):
            for i, d in density.items():
                if d is not None and d < _STOP_DENSITY:
                    kinds[i] = SHORT
    counts = Counter(" ".join(line.casefold().split()) for line in lines)
    for index, line in enumerate(lines):
        if kinds[index] == STOP:
            continue
        if kinds[index] != GOOD and counts[" ".join(line.casefold().split())] >= _TEMPLATE_REPEATS:
            kinds[index] = BAD
        elif _word_count(line) <= _CREDIT_WORDS and _CREDIT.search(line):
            kinds[index] = BAD
            if index and kinds[index - 1] == GOOD and len(lines[index - 1]) <= 250:
                kinds[index - 1] = BAD
    return kinds


def main_span(lines: list[str], lang: str | None = None) -> tuple[int, int]:
    """``(start, end)``: the slice of ``lines`` that holds the article body.

    ``(0, 0)`` when no line reads as text.

    Examples
    --------
    >>> main_span(["Menu", "Only a menu"], "en")
    (0, 0)
    """
    return _span(classify_lines(lines, lang), lines)


def _best(kinds: list[str], lines: list[str], lo: int, hi: int) -> tuple[float, int, int]:
    """The maximum-sum run of lines in ``lines[lo:hi]``: ``(score, start, end)``."""
    best, best_span = 0.0, (lo, lo)
    total, start, run = 0.0, lo, 0
    for index in range(lo, hi):
        kind = kinds[index]
        run = 0 if kind == GOOD else run + 1
        score = _score(kind, lines[index]) * (run if kind != GOOD else 1)
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > best:
            best, best_span = total, (start, index + 1)
    return best, best_span[0], best_span[1]


def _span(kinds: list[str], lines: list[str]) -> tuple[int, int]:
    """The body: the first comment-free segment's best run that holds up against the page's best.

    Comment openers cut the page into segments; comments come after the
    article, so among the segments' best runs the first one scoring at
    least :data:`_FIRST_SHARE` of the best wins.
    """
    cuts = [i for i, kind in enumerate(kinds) if kind == STOP]
    bounds = list(zip([0] + [c + 1 for c in cuts], cuts + [len(lines)], strict=True))
    found = [_best(kinds, lines, lo, hi) for lo, hi in bounds]
    top = max((score for score, _, _ in found), default=0.0)
    for score, start, end in found:
        if top > 0 and score >= _FIRST_SHARE * top:
            return start, end
    return 0, 0


def body_lines(lines: list[str], lang: str | None = None) -> tuple[int, int, list[int]]:
    """The body's span and the indices of the lines kept in it (furniture inside it dropped).

    Examples
    --------
    >>> lines = ["Menu", "The minister said on Monday that talks would resume next week.",
    ...          "Facebook Twitter", "He added that both sides had agreed on a venue in Oslo."]
    >>> body_lines(lines, "en")
    (1, 4, [1, 3])
    """
    kinds = classify_lines(lines, lang)
    start, end = _span(kinds, lines)
    keep = [i for i in range(start, end) if kinds[i] in (GOOD, SHORT)]
    return start, end, keep


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture wherever it stands (share rows, cookie notices).

    Examples
    --------
    >>> is_furniture("Print Friendly, PDF & Email"), is_furniture("The talks resumed.")
    (True, False)
    """
    return classify_line(line) in (BAD, STOP)
