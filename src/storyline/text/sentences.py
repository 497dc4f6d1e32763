"""Paragraph and sentence splitting for news text in any script.

Rules, in order:

* Paragraphs: blank lines and line ends are boundaries, except a line that
  does not end a sentence followed by a line starting in lower case (a hard
  wrap): those two are joined.
* Sentence ends: ``. ! ?`` and ``…``/``...`` followed by a space (or the
  end), ``؟`` (Arabic/Persian), ``۔`` (Urdu), ``।`` ``॥`` (Devanagari and
  Bengali), ``։`` ``።`` ``။``; ``。！？`` need no space after them (but ``。」と`` goes on). Closing
  quotes and brackets after the mark stay with the sentence (``."``,
  ``.»``, ``。」``). In Greek (``lang="el"``) ``;`` is the question mark.
* Not an end: a mark followed by a lower-case letter (``"Stop!" he said``,
  ``e.g. this``); a dot after a known abbreviation (``Dr.``, ``z.B.``,
  ``т.е.``), after a single letter (initials: ``J. R. R. Tolkien``), after a
  number-prefix abbreviation or a month followed by a number (``No. 5``,
  ``Jan. 12``), after a dotted acronym such as ``U.S.`` unless the next word
  usually starts a sentence, and after a day number in languages that write
  ordinals with a dot (``am 12. März``). Dots with no space after them
  (``3.5``, ``12.03.2021``, ``example.com``) never split.
* ``;`` and ``؛`` (Arabic semicolon) join clauses and do not split, and
  neither does ``،`` (Arabic comma).

Examples
--------
>>> split_sentences("Dr. Smith arrived at 3.5 p.m. on Monday. He left early.")
['Dr. Smith arrived at 3.5 p.m. on Monday.', 'He left early.']
"""

from __future__ import annotations

import re

__all__ = ["split_paragraphs", "split_sentences"]

_TERMINATORS = ".!?…؟۔।॥։።။‼⁇⁈⁉"
_CLOSERS = "\"'”’»›」』）)]】〉》"
_CJK_TERMINATORS = "。！？｡"
_SENTENCE_END_CHARS = _TERMINATORS + _CJK_TERMINATORS + _CLOSERS + ":："

# A Western mark (with trailing closers) needs a space or the end after it; a CJK mark does not.
_CANDIDATE_RE = re.compile(
    rf"(?:[{re.escape(_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*(?=\s|$))"
    rf"|(?:[{re.escape(_CJK_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*)"
)
_GREEK_CANDIDATE_RE = re.compile(
    rf"(?:[{re.escape(_TERMINATORS)};]+[{re.escape(_CLOSERS)}]*(?=\s|$))"
    rf"|(?:[{re.escape(_CJK_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*)"
)
_LIST_MARKER_RE = re.compile(r"(?:\d{1,3}|[A-Za-z]|[IVXLC]{1,5})\.")
_LAST_TOKEN_RE = re.compile(r"(\S+)$")
_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0\u200b]*\n")

# Dot-abbreviations that never end a sentence (lower-cased, inner dots kept, final dot dropped).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr drs prof gen lt col sgt capt cmdr adm maj brig gov sen rep rev hon
    st mt ft jr sr vs v cf approx est e.g i.e a.k.a ca
    z.b d.h u.a bzw vgl evtl ggf sog inkl zzgl abs hr fr frl mio mrd tsd
    mme mlle mgr pr
    sra srta dra ud uds av avda pág
    sig sig.ra dott ing avv on
    т.е т.к т.н т.ч им ул пр просп пл акад проф доц ген кв корп см стр рис напр тов
    m.in np tzw ds św ul al
    """.split()
)
# Abbreviations that stand before a number: "No. 5", "Art. 3", "Jan. 12".
_NUMBER_PREFIXES = frozenset(
    """
    no nos nr art fig vol p pp ch sec para s n° nº núm tel godz ok
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# English words that usually open a sentence: after "U.S." they mean a new one.
_SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our there
    but and yet so however meanwhile still also in on at as after before when while if
    officials police some many most
    el la los las le les il elle der die das er sie es o os
    """.split()
)
# Languages that write ordinal numbers with a dot ("12. März", "3. května").
_ORDINAL_DOT_LANGS = frozenset("de da no nb nn fi cs sk pl hu hr sr bs sl et lv is tr".split())
_MONTHS = frozenset(
    """
    januar februar märz april mai juni juli august september oktober november dezember
    jänner stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
    listopada grudnia ledna února března dubna května června července srpna září října
    listopadu prosince tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta
    heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta januari februari mars
    juni juli augusti oktober december
    """.split()
)
# After a year these may end a sentence ("в 2021 г.", "w 2020 r."); elsewhere not ("г. Москва").
_YEAR_ABBREVIATIONS = frozenset({"г", "гг", "r"})


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs, joining hard-wrapped lines.

    Parameters
    ----------
    text
        Plain text; ``\\r\\n`` and ``\\r`` are treated as ``\\n``.

    Returns
    -------
    list of str
        Stripped, non-empty paragraphs with inner whitespace collapsed.

    Examples
    --------
    >>> split_paragraphs("Title\\n\\nFirst line of a\\nwrapped paragraph.\\nNext one.")
    ['Title', 'First line of a wrapped paragraph.', 'Next one.']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in _BLANK_LINE_RE.split(text):
        current = ""
        for line in block.split("\n"):
            line = " ".join(line.split())
            if not line:
                continue
            if current and _is_continuation(current, line):
                current = f"{current} {line}"
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def _is_continuation(previous: str, line: str) -> bool:
    """A hard wrap: the previous line does not end a sentence, this one starts lower case."""
    return previous[-1] not in _SENTENCE_END_CHARS and line[0].islower()


def split_sentences(text: str, lang: str | None = None) -> list[str]:
    """Split text into sentences.

    Parameters
    ----------
    text
        Plain text, possibly several paragraphs.
    lang
        ISO 639-1 code if known; it switches on language-specific rules
        (Greek ``;``, ordinal dots in German, Polish, Czech...). Unknown or
        None: rules that are safe for all languages.

    Returns
    -------
    list of str
        Stripped, non-empty sentences, in order. A paragraph never spans
        two sentences.

    Examples
    --------
    >>> split_sentences('"Stop!" he said. The U.S. President left. Prices rose 3.5%.')
    ['"Stop!" he said.', 'The U.S. President left.', 'Prices rose 3.5%.']
    >>> split_sentences("او گفت: «ما آماده هستیم.» آیا این درست است؟ بله.")
    ['او گفت: «ما آماده هستیم.»', 'آیا این درست است؟', 'بله.']
    >>> split_sentences("他说：「我们准备好了。」然后离开了。")
    ['他说：「我们准备好了。」', '然后离开了。']
    """
    sentences: list[str] = []
    for paragraph in split_paragraphs(text):
        sentences.extend(_split_paragraph(paragraph, lang))
    return sentences


def _split_paragraph(paragraph: str, lang: str | None) -> list[str]:
    pattern = _GREEK_CANDIDATE_RE if lang == "el" else _CANDIDATE_RE
    out: list[str] = []
    start = 0
    for match in pattern.finditer(paragraph):
        end = match.end()
        if end >= len(paragraph):
            break
        piece = paragraph[start:end].strip()
        if _is_list_marker(piece):  # "1. ", "b. ", "IV. " at the start
            continue
        if _is_boundary(paragraph, match.start(), match.group(), end, lang):
            if piece:
                out.append(piece)
            start = end
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    merged: list[str] = []
    for piece in out:  # a stray "." or "..." belongs to the sentence before it
        if merged and not any(ch.isalnum() for ch in piece):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def _is_list_marker(piece: str) -> bool:
    return _LIST_MARKER_RE.fullmatch(piece) is not None


def _is_boundary(paragraph: str, mark_start: int, mark: str, end: int, lang: str | None) -> bool:
    """Decide whether the mark ``paragraph[mark_start:end]`` ends a sentence."""
    following = paragraph[end:].lstrip()
    if not following:
        return True
    first = following[0]
    if first.islower():  # "Stop!" he said / e.g. this / ... and then
        return False
    if mark[0] in _CJK_TERMINATORS:
        # Japanese 「...。」と述べた: the quote goes on as part of the sentence
        return not (mark[-1] in _CLOSERS and first in "とっ")
    if mark[0] != ".":
        return True
    if mark.rstrip(_CLOSERS) != ".":  # "..", "...", ".!" or a closer after the dot
        return True
    token_match = _LAST_TOKEN_RE.search(paragraph, max(0, mark_start - 40), mark_start)
    if token_match is None:
        return True
    token = token_match.group(1).lstrip("\"'“‘«‹(「『[")
    word = token.lower()
    next_word = following.split(maxsplit=1)[0].strip("\"'“‘«‹(「『[,.;:")
    if word in _ABBREVIATIONS:
        return False
    if token in _YEAR_ABBREVIATIONS:
        before = paragraph[: token_match.start()].rstrip().rsplit(maxsplit=1)[-1:]
        return bool(before) and before[0].isdigit()  # "2021 г." may end; "г. Москва" not
    if len(token) == 1 and token.isalpha():  # initials, "т. е."
        return False
    if word in _NUMBER_PREFIXES and first.isdigit():
        return False
    if "." in token and token.replace(".", "").isalpha() and len(token) <= 12:
        # dotted acronym (U.S, U.N, a.m): an end only if a sentence clearly starts next
        return token[0].islower() or next_word.lower() in _SENTENCE_STARTERS
    if token.isdigit() and len(token) <= 2:
        if next_word.lower() in _MONTHS:
            return False
        if lang in _ORDINAL_DOT_LANGS:
            return False
    return True
