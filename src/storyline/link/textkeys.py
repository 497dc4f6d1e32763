"""Language-neutral keys pulled from text: numbers, years, names, countries.

Two articles in different languages and scripts that report the same event
tend to share numbers ("2,000" = "۲۰۰۰" = "2.000"), names (``Башар Асад``
and ``Bashar Asad`` share the consonant skeleton ``bsrsd``) and countries
(``سوریه`` and ``Syrien`` are both ``SY``). These functions turn text into
sets of such keys; :mod:`storyline.link.features` compares the sets.

Examples
--------
>>> sorted(number_keys("۴۰۰ تا ۵۰۰ نفر"))
['400', '500']
>>> name_keys("Башар Асад", "ru") == name_keys("Bashar Asad met them", "en")
True
>>> country_keys("Irak und Syrien", "de") == country_keys("العراق وسوريا", "ar")
True
"""

from __future__ import annotations

import gettext
import os
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii

from storyline.text.boilerplate import WORD_MARKS
from storyline.text.dates.tables import to_ascii_digits

__all__ = ["country_keys", "name_keys", "normalise_digits", "number_keys", "skeleton", "year_keys"]

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
"""Arabic-Indic and Persian digits, the Arabic decimal (``٫``) and thousands (``٬``) separators."""
#: Ideographs and kana: Chinese and Japanese write numbers right against them
#: (``下调200个基点``), so only a letter of an alphabet before a digit makes it
#: part of a code such as ``A320``.
_CJK = "\u2e80-\u9fff\u3040-\u30ff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af\u3130-\u318f"
_NUMBER = re.compile(rf"(?<![.,])(?<![^\W{_CJK}])\d+(?:[.,'\u066b\u066c\u00a0\u202f ]\d+)*")
_SEP = re.compile(r"[.,'\u066b\u066c\u00a0\u202f ]")


_SLASH_PERCENT = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,2})(?=\s*(?:درصد|٪))")


def normalise_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits (and any Unicode ``Nd``) to ASCII.

    The Arabic decimal and thousands separators become ``.`` and ``,``
    (``۸۲٫۴`` is 82.4, ``۲۴٬۶۰۰`` is 24,600), and a Persian decimal written
    with a slash before a percent word or sign (``۸۲/۴ درصد``) takes a point.

    Examples
    --------
    >>> normalise_digits("سال ۱۳۹۷ و ٢٠١٨")
    'سال 1397 و 2018'
    >>> normalise_digits("اثربخشی ۸۲٫۴ درصد در ۲۴٬۶۰۰ داوطلب"), normalise_digits("۸۲/۴ درصد")
    ('اثربخشی 82.4 درصد در 24,600 داوطلب', '82.4 درصد')
    """
    text = text.translate(_DIGITS)
    if text.isascii():
        return text
    return to_ascii_digits(_SLASH_PERCENT.sub(r"\1.\2", text))


def _number_value(raw: str) -> str:
    parts = _SEP.split(raw)
    if len(parts) == 1:
        return str(int(parts[0]))
    if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
        return str(int("".join(parts)))
    if len(parts) == 2 and raw[len(parts[0])] in ".,\u066b":
        whole, frac = parts[0], parts[1].rstrip("0")
        return f"{int(whole)}.{frac}" if frac else str(int(whole))
    return ""


#: Chinese and Japanese count in ten-thousands (万/萬) and hundred-millions (亿/億).
_CJK_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Numeral units written between digits (``3천180명`` = 3,180; ``1만2천`` = 12,000;
#: ``1万2千``; ``2억5천만``): small units multiply the digits before them inside a
#: group of ten-thousands, big units close the group.
_SMALL_UNITS = {"천": 1_000, "千": 1_000, "백": 100, "百": 100}
_BIG_UNITS = {**_CJK_UNITS, "만": 10_000, "억": 100_000_000, "조": 10**12, "兆": 10**12}
_UNIT_CHARS = "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
_COMPOUND = re.compile(
    rf"(?<![\d.,])\d+(?:\.\d+)?[{_UNIT_CHARS}](?:\d+(?:\.\d+)?|[{_UNIT_CHARS}])*"
)
_COMPOUND_PART = re.compile(rf"(\d+(?:\.\d+)?)?([{_UNIT_CHARS}])?")


def _compound_value(raw: str) -> float:
    """The value of a number written with numeral units: ``3천180`` -> 3180.0.

    Examples
    --------
    >>> _compound_value("1만2천"), _compound_value("2억5천만"), _compound_value("6.1万")
    (12000.0, 250000000.0, 61000.0)
    >>> _compound_value("3.5万亿")  # 3.5 trillion
    3500000000000.0
    """
    total = group = 0.0
    digits: float | None = None
    for number, unit in _COMPOUND_PART.findall(raw):
        if number:
            digits = float(number)
        if unit in _SMALL_UNITS:
            group += (1.0 if digits is None else digits) * _SMALL_UNITS[unit]
            digits = None
        elif unit in _BIG_UNITS:
            if not group and digits is None and total:  # 万亿: units multiply
                total *= _BIG_UNITS[unit]
                continue
            group += digits or 0.0
            total += (group or 1.0) * _BIG_UNITS[unit]
            group, digits = 0.0, None
    return total + group + (digits or 0.0)


def _scaled(value: float, unit: int, min_value: float) -> set[str]:
    """``5亿`` as the other languages write it: 500 (million), 0.5 (billion); ``6.1万``: 61000, 61 (thousand)."""
    out = set()
    for scale in (1, 1_000, 1_000_000, 1_000_000_000):
        x = round(value * unit / scale, 6)
        if x >= min_value and (scale == 1 or x < 1_000):
            out.add(f"{x:.6f}".rstrip("0").rstrip("."))
    return out


def number_keys(text: str, min_value: float = 2.0) -> set[str]:
    """Numbers in ``text`` as canonical strings, whatever the digits and separators.

    Thousands separators (``,`` ``.`` ``'`` ``٬`` and spaces before groups of
    three digits) are dropped; a single ``,`` or ``.`` before one, two or
    four-plus digits is a decimal mark. Values under ``min_value`` (0, 1) are
    too common to say anything and are left out.

    Examples
    --------
    >>> sorted(number_keys("2,000 soldiers, 2.000 Soldaten, 2,5 Mio, 3.25%"))
    ['2.5', '2000', '3.25']
    >>> sorted(number_keys("۴۰۰ تا ۵۰۰ جنگجو در سال ۲۰۱۸"))
    ['2018', '400', '500']
    >>> sorted(number_keys("央行下调200个基点至19.5%，A320客机"))  # against ideographs, not letters
    ['19.5', '200']
    >>> sorted(number_keys("5亿美元, 6.1万名观众"))  # as "$500 million", "61,000" / "61 bin"
    ['500', '500000000', '61', '61000']
    >>> sorted(number_keys("주민 3천180명 대피, 제3차 회의"))  # 3,180 residents; the 3rd meeting
    ['3', '3.18', '3180']
    >>> sorted(number_keys("2억5천만원"))  # 250 million won
    ['250', '250000000']
    """
    out: set[str] = set()
    text = normalise_digits(text)
    for match in _COMPOUND.finditer(text):  # 3천180, 1万2千: read whole, then blanked
        compound = _compound_value(match.group())
        if compound:
            out.update(_scaled(compound, 1, min_value))
    text = _COMPOUND.sub(lambda m: " " * len(m.group()), text)
    for match in _NUMBER.finditer(text):
        raw = match.group().strip()
        unit = _CJK_UNITS.get(text[match.end() : match.end() + 1])
        try:
            value = _number_value(raw)
            if unit and value:
                out.update(_scaled(float(value), unit, min_value))
                continue
            if not value:
                for piece in _SEP.split(raw):
                    if piece and float(piece) >= min_value:
                        out.add(str(int(piece)))
                continue
            if float(value) >= min_value:
                out.add(value)
        except ValueError:
            continue
    return out


def year_keys(text: str) -> set[str]:
    """Four-digit Gregorian years 1900-2099 mentioned in ``text``.

    Examples
    --------
    >>> sorted(year_keys("In 2018, not 12018; and in ۲۰۱۹."))
    ['2018', '2019']
    """
    return {n for n in number_keys(text) if len(n) == 4 and n[:2] in ("19", "20")}


_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("kh", "h"),
    ("zh", "z"),
    ("th", "t"),
)
_DIGRAPHS += (("ph", "f"), ("gh", "g"), ("dh", "d"), ("ck", "k"), ("q", "k"), ("c", "k"))
_DIGRAPHS += (("w", "v"), ("x", "ks"), ("j", "y"), ("z", "s"))
_DIGRAPHS += (("v", "f"), ("p", "b"))
_ABJAD = re.compile(r"[\u0600-\u06ff]")
_ABJAD_VOWELS = str.maketrans({"و": "u", "ي": "i", "ی": "i", "ى": "a"})
_VOWELS = re.compile(r"[aeiouy]+")
_NONLETTER = re.compile(r"[^a-z]+")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton of a word in any script, for matching names across scripts.

    Transliterate to ASCII (``anyascii``), fold digraphs, drop vowels and
    doubled letters. Abjads (Arabic, Persian, Hebrew) write few vowels, so
    the vowel-less form is what two spellings of one name share.

    Examples
    --------
    >>> skeleton("Baghdad"), skeleton("بغداد"), skeleton("Багдад")
    ('bgd', 'bgd', 'bgd')
    >>> skeleton("Asad") == skeleton("اسد") == skeleton("Esad")
    True
    """
    if _ABJAD.search(word):
        word = word[:1] + word[1:].translate(_ABJAD_VOWELS)
        word = word[:-1] if len(word) > 3 and word[-1] in "هة" else word
    ascii_word = _NONLETTER.sub("", anyascii(word).lower())
    for src, dst in _DIGRAPHS:
        ascii_word = ascii_word.replace(src, dst)
    return _REPEAT.sub(r"\1", _VOWELS.sub("", ascii_word))


_TOKEN = re.compile(r"\w+")
#: A word whole with its vowel signs (Devanagari, Bengali, Sinhala, Thai, Khmer...): ``\w``
#: alone cuts ``सहरसा`` into ``सहरस``, and such one-letter pieces matched country names
#: (``ප ර`` Peru, ``ม ล`` Mali).
_WORD_TOKEN = re.compile(rf"[\w{WORD_MARKS}]+")
_ARABIC_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال)(?=\w{3})")
_STOP_UNCASED = frozenset(
    """
    الذي التي الذين على إلى الى عن في من مع هذا هذه ذلك تلك كان كانت يكون قد لقد أن ان إن
    لم لن ما لا كما بعد قبل بين حتى عند منذ خلال حول أيضا ايضا وقال قال وقالت قالت أكثر
    است این آن برای که را با به از در تا یک هم نیز شد شده کرد کرده می‌شود بود باید خود
    های ها اند دارد کند کنند گفت وی او ما شما آنها پس بر روی زیر پیش بعد بین همه
    """.split()
)


_SENTENCE_GAP = re.compile(r"[.!?:\n\"«“]")


def _strip_marks(text: str) -> str:
    """Drop combining marks (Arabic harakat, shadda): ``\\w`` does not match them."""
    return "".join(c for c in text if not unicodedata.combining(c))


def _clean(token: str) -> str:
    """Drop combining marks and the Arabic article."""
    return _ARABIC_PREFIX.sub("", _strip_marks(token))


def _cased(token: str) -> bool:
    return token.lower() != token.upper()


def name_keys(text: str, lang: str = "") -> set[str]:
    """Skeleton keys of likely names: capitalised words, or all content words in uncased scripts.

    In scripts with letter case, a capitalised word counts unless it only
    ever appears at the start of a sentence. In scripts without case
    (Arabic, Persian, Hebrew, CJK...), every word of three letters or more
    that is not a common function word counts, after removing the Arabic
    article. Skeletons shorter than two consonants are dropped.

    Examples
    --------
    >>> sorted(name_keys("The army of Bashar al-Assad met Iraqi generals.", "en"))
    ['bsr', 'rk', 'sd']
    >>> sorted(name_keys("ارتش بشار اسد با ژنرال‌های عراقی دیدار کرد", "fa"))
    ['bsr', 'dr', 'rk', 'rts', 'sd', 'snrl']
    """
    text = _strip_marks(normalise_digits(text))
    keys: set[str] = set()
    initial_only: dict[str, bool] = {}
    prev_end = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.isdigit() or len(token) < 2:
            prev_end = match.end()
            continue
        gap = text[prev_end : match.start()]
        at_start = prev_end == 0 or bool(_SENTENCE_GAP.search(gap))
        prev_end = match.end()
        if _cased(token[0]):
            if not token[0].isupper():
                continue
            key = skeleton(token)
            if len(key) >= 2:
                initial_only[key] = initial_only.get(key, True) and at_start
            continue
        if token.isalpha() and not _cased(token):
            token = _clean(token)
            if len(token) >= 3 and token not in _STOP_UNCASED:
                keys.add(skeleton(token))
    keys.update(k for k, only_initial in initial_only.items() if not only_initial)
    return {k for k in keys if len(k) >= 2}


_ALIASES = {
    "US": "us",
    "U.S.": "us",
    "USA": "us",
    "America": "us",
    "UK": "gb",
    "Britain": "gb",
    "England": "gb",
    "Russia": "ru",
    "Iran": "ir",
    "Syria": "sy",
    "Turkey": "tr",
    "South Korea": "kr",
    "North Korea": "kp",
    "Vietnam": "vn",
    "Holland": "nl",
}


# territories whose names hold another country's adjective ("American Samoa")
_NO_PARTIAL = frozenset(
    "as tf um vi vg pf gf io hm sh pm nc mf bl sx bq gs cc cx ky fk fo mp tc wf".split()
)


class _Stem(NamedTuple):
    """A one-word country name as matched at a word's start."""

    code: str
    #: the name lost its final vowel to an inflection (``Сирии``, ``сирийский``)
    inflected: bool
    #: at most this many letters (two more if inflected) may follow a word of a long
    #: name, or any after a name of one word
    longest_ending: int | None


#: letters a name may end in and lose to an inflection: vowels and semivowels of alphabets
#: and abjads. A name ending in another letter keeps it (``Катар`` -> ``Катара``, not
#: ``ката`` of ``катастрофа``; ``إيران`` -> ``إيرانية``, not ``إيرا`` of ``إيرادات``).
_VOWEL_LETTERS = frozenset(
    "aeiouyáàâäãåæéèêëíìîïóòôöõøœúùûüýÿıə"
    "аеёиоуыэюяйьъіїєўј"
    "αεηιουωάέήίόύώϊϋΐΰς"
    "اأإآىيیوةهءئۀ"
    "აეიოუ"
    "աեէըիոօ"
)
#: scripts whose vowels are letters (above); in others (abugidas, Hebrew...) a name of
#: five letters or more may lose its last letter whatever it is, as before
_ALPHABETS = re.compile("[a-zà-ɏͰ-Ͽ\u0400-\u052f\u0600-\u06ff\u10a0-\u10ff\u0530-\u058f]")
#: Cyrillic endings after a name that lost its vowel start with a vowel, a semivowel, or a
#: demonym's or adjective's ``-ц-``, ``-к-``, ``-ск-``, ``-ськ-`` (``Сирии``, ``сирийский``,
#: ``украинцы``, ``украинский``), not ``само|лёт``, ``пала|та``; the bare stem is no form
_CYRILLIC_ENDING = re.compile("[аеёиоуыэюяйьъіїєўјцк]|с[кь]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_WORD_OF_NAME_ENDING = 2


def _ends_in_vowel(word: str) -> bool:
    """Whether ``word`` ends in a vowel letter, or in a script whose vowels are not letters."""
    last = word[-1]
    return last in _VOWEL_LETTERS or not _ALPHABETS.match(last)


def _stem_matches(stem: _Stem, key: str, word: str, token: str) -> bool:
    """Whether ``word`` (lowercase; ``token`` as written) names ``stem``'s country."""
    ending = word[len(key) :]
    longest = stem.longest_ending
    if longest is not None and len(ending) > longest + (2 if stem.inflected else 0):
        return False
    if stem.inflected:
        if _CYRILLIC.match(key) and not _CYRILLIC_ENDING.match(ending):
            return False
    elif not ending and _cased(token[:1]) and not token[:1].isupper():
        # a bare name is written with a capital: "того" is not Togo, "turkey" not Turkey
        return False
    return True


@lru_cache(maxsize=256)
def _country_table(lang: str) -> tuple[dict[str, _Stem], dict[str, str]]:
    """(single-word stems -> :class:`_Stem`, multi-word lowercase names -> code) for ``lang``."""
    import pycountry

    base = (lang or "en").split("-")[0].split("_")[0].lower()
    english: dict[str, str] = {}
    native: dict[str, str] = {}
    sounds: dict[str, set[str]] = {}
    translator = None
    if base != "en" and os.path.exists(
        os.path.join(pycountry.LOCALES_DIR, base, "LC_MESSAGES", "iso3166-1.mo")
    ):
        translator = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [base])
    for country in pycountry.countries:
        code = country.alpha_2.lower()
        forms = {country.name, getattr(country, "common_name", country.name)}
        forms.add(country.name.split(",")[0])
        for form in sorted(forms):  # sorted: a set's order changes from one process to the next
            english.setdefault(form.lower(), code)
            # the name before a comma ("Taiwan", not "Province of China")
            head = form.split(",")[0]
            sounds.setdefault(code, set()).update(skeleton(w)[:2] for w in _TOKEN.findall(head))
            if translator is not None:
                native.setdefault(translator.gettext(form).lower(), code)
    for alias, code in _ALIASES.items():
        english.setdefault(alias.lower(), code)
    word_codes: dict[str, set[str]] = {}
    native = {_strip_marks(name): code for name, code in native.items()}
    for name, code in native.items():
        for word in _WORD_TOKEN.findall(name):
            word_codes.setdefault(_clean(word), set()).add(code)
    single: dict[str, _Stem] = {}
    multi: dict[str, str] = {}
    for table, is_native in ((english, False), (native, True)):
        for name, code in table.items():
            words = [_clean(w) for w in _WORD_TOKEN.findall(name)]
            if len(words) in (2, 3):
                multi.setdefault(" ".join(words), code)
            for word in words:
                if len(word) < 4 or (len(words) > 1 and (not is_native or code in _NO_PARTIAL)):
                    continue
                # a word of a translated long name that names only this country
                # and sounds like its English name ("سوریه" in "جمهوری عربی سوریه")
                if len(words) > 1 and (
                    word_codes.get(word) != {code} or skeleton(word)[:2] not in sounds[code]
                ):
                    continue
                inflected = is_native and len(word) >= 5 and _ends_in_vowel(word)
                stem = word[:-1] if inflected else word
                # a word of a long name takes short endings only ("Cook", not "cookies")
                extra = _WORD_OF_NAME_ENDING if len(words) > 1 else None
                known = single.get(stem)
                if known is None or (
                    known.code == code and known.longest_ending is not None and extra is None
                ):  # the name of one word over a word of a long name: any ending
                    single[stem] = _Stem(code, inflected, extra)
    return single, multi


@lru_cache(maxsize=256)
def _stem_lengths(lang: str) -> tuple[int, ...]:
    """The lengths of :func:`_country_table`'s one-word stems, longest first."""
    return tuple(sorted({len(k) for k in _country_table(lang)[0]}, reverse=True))


def country_keys(text: str, lang: str = "en") -> set[str]:
    """ISO 3166 alpha-2 codes (lowercase) of countries named in ``text``.

    Names come from ``pycountry`` and its translations into the text's
    language (plus English); a word matches when it starts with a
    one-word country name (``Iraqi`` -> ``iq``; outside English, names of
    five letters or more may lose their last letter, for inflection:
    ``Сирии`` -> ``sy``).

    Examples
    --------
    >>> sorted(country_keys("Iraqi jets hit Syria; the United States watched.", "en"))
    ['iq', 'sy', 'us']
    >>> sorted(country_keys("ارتش عراق در سوریه", "fa"))
    ['iq', 'sy']
    """
    single, multi = _country_table(lang)
    lengths = _stem_lengths(lang)
    written = [_clean(t) for t in _WORD_TOKEN.findall(_strip_marks(text))]
    tokens = [_strip_marks(t.lower()) for t in written]
    found: set[str] = set()
    for i, token in enumerate(tokens):
        for n in (3, 2):
            code = multi.get(" ".join(tokens[i : i + n]))
            if code:
                found.add(code)
        for word in (token, token[1:]) if token.startswith("و") else (token,):
            for k in lengths:
                stem = single.get(word[:k]) if k <= len(word) else None
                if stem and _stem_matches(stem, word[:k], word, written[i]):
                    found.add(stem.code)
                    break
    return found
