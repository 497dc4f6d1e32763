"""Ordinals written out in words past the twelfth: the 27th summit, the 13th round.

Outlets that spell out ordinals (Arabic and Persian nearly always, Russian and English
often) write the 27th summit as ``القمة السابعة والعشرين`` (the seventh and twentieth),
``بیست و هفتمین اجلاس`` (twenty and seventh), ``двадцать седьмой саммит``,
``twenty-seventh summit``. :mod:`storyline.link.occurrence` reads single-word ordinals
(first to twelfth) and leaves a compound's last word unread (it is not the value: ``السابعة``
alone is the seventh); :func:`compound_ordinals` reads the whole: its value, and the kind
of the noun it numbers (one of :data:`~storyline.link.occurrence.ORDINAL_NOUNS`' nouns,
passed in as a regular expression with one named group per kind).

Examples
--------
>>> import re
>>> nouns = r"(?P<summit>summits?|قم(?:ة|ه)|اجلاس|саммит\\w*)|(?P<round>rounds?|جول(?:ة|ه))"
>>> sorted(compound_ordinals("القمة السابعة والعشرين في أروشا", nouns))
['ordinal.summit:27']
>>> sorted(compound_ordinals("بیست و هفتمین اجلاس سران", nouns))
['ordinal.summit:27']
>>> sorted(compound_ordinals("двадцать седьмой саммит", nouns)), sorted(compound_ordinals("the twenty-seventh summit", nouns))
(['ordinal.summit:27'], ['ordinal.summit:27'])
>>> sorted(compound_ordinals("الجولة الثانية عشرة من المحادثات", nouns))
['ordinal.round:12']
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compound_ordinals"]

_SP = r"[\s\u200c]+"

# English: twenty-seventh, thirteenth, twentieth
_EN_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_WHOLE = {"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
             "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
# Russian: двадцать седьмой, тринадцатый, двадцатый (any case ending)
_RU_UNITS = {"перв": 1, "втор": 2, "трет": 3, "четв[её]рт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
             "девят": 9}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
            "восемьдесят": 80, "девяносто": 90}
_RU_WHOLE = {"тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
             "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сороков": 40,
             "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80, "девяност": 90}
# Arabic, after the noun: السابعة والعشرين, الثانية عشرة, العشرين
_AR_UNITS = {"(?:ال)?حادي(?:ة)?": 1, "(?:ال)?ثاني(?:ة)?": 2, "(?:ال)?ثالث(?:ة)?": 3, "(?:ال)?رابع(?:ة)?": 4,
             "(?:ال)?خامس(?:ة)?": 5, "(?:ال)?سادس(?:ة)?": 6, "(?:ال)?سابع(?:ة)?": 7, "(?:ال)?ثامن(?:ة)?": 8,
             "(?:ال)?تاسع(?:ة)?": 9}
_AR_TENS = {"عشر(?:ين|ون)": 20, "ثلاث(?:ين|ون)": 30, "أربع(?:ين|ون)": 40, "خمس(?:ين|ون)": 50, "ست(?:ين|ون)": 60,
            "سبع(?:ين|ون)": 70, "ثمان(?:ين|ون)": 80, "تسع(?:ين|ون)": 90}
# Persian, before the noun: بیست و هفتمین; after it: بیست و هفتم
_FA_UNITS = {"یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9}
_FA_TENS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
_FA_WHOLE = {"سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18,
             "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20, "سی[\\s\u200c]*ام": 30, "چهلم": 40, "پنجاهم": 50}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _value(token: str, table: dict[str, int]) -> int:
    return next((n for pattern, n in table.items() if re.fullmatch(pattern, token, re.IGNORECASE)), 0)


_EN = (
    rf"(?<![\w-])(?:(?P<en_tens>{_alt(_EN_TENS)})[- ](?P<en_unit>{_alt(_EN_UNITS)})|(?P<en_whole>{_alt(_EN_WHOLE)}))"
    r"\s+(?:[^\W\d_]+\s+)?"
)
_RU = (
    rf"(?<!\w)(?:(?P<ru_tens>{_alt(_RU_TENS)})\s+(?P<ru_unit>{_alt(_RU_UNITS)})|(?P<ru_whole>{_alt(_RU_WHOLE)}))"
    r"\w*\s+(?:[^\W\d_]+\s+)?"
)
_FA_BEFORE = (
    rf"(?<!\S)(?:(?P<fa_tens>{_alt(_FA_TENS)}){_SP}و{_SP}(?P<fa_unit>{_alt(_FA_UNITS)})|(?P<fa_whole>{_alt(_FA_WHOLE)}))"
    rf"ین{_SP}"
)
_AR_AFTER = (
    rf"{_SP}(?:ال[^\W\d_]+{_SP})?(?:(?P<ar_unit>{_alt(_AR_UNITS)})(?:{_SP}و(?:ال)?(?P<ar_tens>{_alt(_AR_TENS)})|"
    rf"{_SP}(?P<ar_teen>عشر(?:ة)?))|(?:ال)?(?P<ar_whole>{_alt(_AR_TENS)}))(?!\w)"
)
_FA_AFTER = (
    rf"{_SP}(?:(?P<fa2_tens>{_alt(_FA_TENS)}){_SP}و{_SP}(?P<fa2_unit>{_alt(_FA_UNITS)})|(?P<fa2_whole>{_alt(_FA_WHOLE)}))(?!\w)"
)


#: The groups of the number words themselves (the rest name the noun's kind).
_OWN_GROUPS = frozenset(re.compile("|".join((_EN, _RU, _FA_BEFORE, _AR_AFTER, _FA_AFTER))).groupindex)


@lru_cache(maxsize=64)
def _patterns(nouns: str) -> tuple[re.Pattern[str], ...]:
    before = re.compile(rf"(?:{_EN}|{_RU}|{_FA_BEFORE})(?:ال)?(?:{nouns})(?!\w)", re.IGNORECASE)
    after_ar = re.compile(rf"(?<!\w)(?:[وف]?(?:بال|لل|ال))?(?:{nouns}){_AR_AFTER}", re.IGNORECASE)
    after_fa = re.compile(rf"(?<!\w)(?:{nouns}){_FA_AFTER}", re.IGNORECASE)
    return before, after_ar, after_fa


def _number(m: re.Match[str]) -> int:
    g = m.groupdict()
    if g.get("en_whole"):
        return _EN_WHOLE[g["en_whole"].lower()]
    if g.get("en_tens"):
        return _EN_TENS[g["en_tens"].lower()] + _EN_UNITS[g["en_unit"].lower()]
    if g.get("ru_whole"):
        return _value(g["ru_whole"], _RU_WHOLE)
    if g.get("ru_tens"):
        return _RU_TENS[g["ru_tens"].lower()] + _value(g["ru_unit"], _RU_UNITS)
    if g.get("fa_whole") or g.get("fa2_whole"):
        return _value(g.get("fa_whole") or g["fa2_whole"], _FA_WHOLE)
    if g.get("fa_tens") or g.get("fa2_tens"):
        tens, unit = (g["fa_tens"], g["fa_unit"]) if g.get("fa_tens") else (g["fa2_tens"], g["fa2_unit"])
        return _FA_TENS[tens] + _FA_UNITS[unit]
    if g.get("ar_whole"):
        return _value(g["ar_whole"], _AR_TENS)
    if g.get("ar_unit"):
        unit = _value(g["ar_unit"], _AR_UNITS)
        return unit + (_value(g["ar_tens"], _AR_TENS) if g.get("ar_tens") else 10)
    return 0


def compound_ordinals(text: str, nouns: str) -> set[str]:
    """``ordinal.<kind>:<n>`` for each ordinal past the twelfth written in words before (or, in
    Arabic and Persian, after) a noun of ``nouns`` (a regular expression, one named group per
    kind) in ``text``.

    Examples
    --------
    >>> compound_ordinals("the 27th summit", r"(?P<summit>summits?)")  # digits: read elsewhere
    set()
    >>> compound_ordinals("الدورة العشرين للمجلس", r"(?P<session>دور(?:ة|ه))")
    {'ordinal.session:20'}
    >>> compound_ordinals("اجلاس بیست و هفتم سران", r"(?P<summit>اجلاس)")
    {'ordinal.summit:27'}
    """
    out = set()
    for rx in _patterns(nouns):
        for m in rx.finditer(text):
            kind = next((k for k, v in m.groupdict().items() if v and k not in _OWN_GROUPS), "")
            n = _number(m)
            if kind and n:
                out.add(f"ordinal.{kind}:{n}")
    return out
