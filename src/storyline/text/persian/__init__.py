"""Persian script cleanup: Arabic letter variants and stripped-ZWNJ repair.

Scrapers often drop the zero-width non-joiner (ZWNJ, U+200C) that Persian
writes inside words: ``کرده‌اند`` arrives as ``کردهاند``. :func:`repair_zwnj`
puts them back from a lexicon (:mod:`.lexicon`) and a few morphology
rules, word by word, and leaves a word alone when unsure. It never joins
or splits words at spaces.

Examples
--------
>>> repair_zwnj("عراق و سوریه توافق کردهاند") == "عراق و سوریه توافق کرده\u200cاند"
True
"""

from __future__ import annotations

import functools
import re

from storyline.text.persian.lexicon import (
    HAZM_SCALE,
    NON_JOINING,
    ZWNJ,
    Lexicon,
    join_parts,
    load_lexicon,
)

#: Letters only Persian (not Arabic) uses.
PERSIAN_ONLY = frozenset("پچژگ")
_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_TOKEN = re.compile("[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c]+")

# Plural and comparative suffixes, longest first.
_PLURAL = ("هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "هاست", "های", "ها")
_COMPARATIVE = ("ترین", "تری", "تر")
# Enclitics written apart after a final ه or ی (خانه‌ای، رسانه‌اش، گوشی‌ام).
_AFTER_HEH = ("ایی", "ایم", "اید", "اند", "است", "ام", "ای", "ات", "اش")
_AFTER_YEH = ("ایم", "اید", "اند", "ام", "ای", "اش")
# Plural possessive enclitics, written apart after a silent ه or a vowel ی
# (علاقه‌شان، داخلی‌شان); attached elsewhere (کشورمان، برایشان).
_POSSESSIVE = ("شان", "مان", "تان")
MIN_POSSESSOR = 100_000  # web count for a word to take a split-off possessive
# Prefixes written apart before a known word (بی‌توجهی، به‌عنوان).
# هم and پس are left out: most of their compounds are written attached (همکار، پسران).
_PREFIXES = ("بی", "به", "پیش", "غیر", "نیمه", "فوق")
# Productive second parts of compounds, written apart in standard orthography.
_SECOND_PARTS = tuple(
    sorted(
        (
            "گذاری گذار گذاران ریزی سازی سازان مند مندان مندی کننده کنندگان کنندگی "
            "پذیر پذیری آمیز رسانی گیری برداری اندازی آوری زاده نژاد پور المللی الملل "
            "شناسی شناس شناسان گرایی آموز آموزان آموزی"
        ).split(),
        key=len,
        reverse=True,
    )
)
# Comparatives the Academy of Persian Language and Literature writes attached
# (دستور خط فارسی: بهتر، بیشتر، کمتر، مهتر، کهتر and their ترین forms).
_ATTACHED_COMPARATIVE_STEMS = frozenset({"به", "بیش", "کم", "مه", "که"})
# Inflections a productive compound part can carry (مند -> مندان، مندی).
_HEAD_ENDINGS = ("", "ی", "ان", "انی", "ها", "های")
# Written forms that look like a stripped verb or compound but are words.
_KEEP = frozenset(
    {
        "میدانی",
        "میزاد",
        "میزان",
        "میدون",
        "میسان",
        "میگون",
        "میدانه",
        "میرون",
        "تنها",
        "بهتر",
        "بهترین",
        "همه",
        "بهار",
        "بیمار",
    }
    | {"آنها", "اینها", "آنهایی", "اینهایی", "بیشتر", "بیشترین", "کمتر", "کمترین", "کمتری"}
)

MIN_STEM = 20_000  # web count for a stem to count as a known word
MIN_WORD = 20_000  # web count above which an unsplit form is left alone
MIN_HAZM_WORD = 3_000  # the same for a hazm count (about 0.15 times the scale)
COMPARATIVE_SHARE = 0.3  # a "stem+تر" commoner than this share of the stem is its own word
KEEP_ATTACHED = 1_000_000  # an attached form this common beats a listed compound


def to_persian_letters(text: str) -> str:
    """Write Arabic letter variants the Persian way (ي ى -> ی, ك -> ک).

    Examples
    --------
    >>> to_persian_letters("علي كريمي") == "علی کریمی"
    True
    """
    return text.translate(_ARABIC_TO_PERSIAN)


def looks_persian(text: str, sample: int = 2000) -> bool:
    """True when ``text`` is Arabic-script text with Persian-only letters.

    Examples
    --------
    >>> looks_persian("گفت‌وگو با شبکه")
    True
    >>> looks_persian("قال الرئيس السوري")
    False
    """
    head = text[:sample]
    arabic = sum(1 for ch in head if "\u0600" <= ch <= "\u06ff")
    if arabic < 3:
        return False
    persian = sum(1 for ch in head if ch in PERSIAN_ONLY or ch == "ی" or ch == "ک")
    arabic_only = sum(1 for ch in head if ch in "يةى")
    return persian > arabic_only and persian >= max(1, arabic // 200)


def _stem_form(lex: Lexicon, stem: str) -> str | None:
    """Written form of a stem that must be a known word (its own ZWNJs repaired)."""
    if stem in _KEEP:
        return stem if lex.counts.get(stem, 0) >= MIN_STEM else None
    if stem in lex.joined:
        return lex.joined[stem]
    if lex.counts.get(stem, 0) >= MIN_STEM:
        return stem
    if len(stem) > 2 and lex.hazm.get(stem, 0) >= MIN_HAZM_WORD:
        return stem
    # nisba adjectives: آمریکا -> آمریکایی, استقلال -> استقلالی
    for ending in ("یی", "ی"):
        base = stem[: -len(ending)]
        if stem.endswith(ending) and len(base) > 2 and lex.counts.get(base, 0) >= MIN_STEM * 5:
            if ending == "یی" or base[-1] not in "اوی":
                return stem
    return None


def _split_suffix(lex: Lexicon, word: str) -> str | None:
    if word.endswith("های") and len(word) > 4:
        # رسانهای: رسانه + ای, or رسان + های? Trust the commoner stem.
        heh_stem, bare = word[:-2], word[:-3]
        heh_count = lex.counts.get(heh_stem, 0)
        if heh_count >= MIN_STEM and heh_count >= 0.3 * lex.counts.get(bare, 0):
            return join_parts(_stem_form(lex, heh_stem) or heh_stem, "ای")
    for suffix in _PLURAL:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = _stem_form(lex, word[: -len(suffix)])
            if stem is not None:
                return join_parts(stem, suffix)
    for suffix in _COMPARATIVE:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = _stem_form(lex, word[: -len(suffix)])
            if stem is not None:
                return join_parts(stem, suffix)
    for suffixes, final in ((_AFTER_HEH, "ه"), (_AFTER_YEH, "ی")):
        for suffix in suffixes:
            if word.endswith(suffix) and word[: -len(suffix)].endswith(final):
                stem = _stem_form(lex, word[: -len(suffix)])
                if stem is not None and len(stem) > 2:
                    return join_parts(stem, suffix)
    return None


def _split_possessive(lex: Lexicon, word: str) -> str | None:
    """``علاقهشان`` -> ``علاقه‌شان``: a plural possessive after a vowel-final word.

    Called only for words the lexicons do not know. The possessor must be a
    common word ending in a silent ``ه`` or a vowel ``ی`` (after which the
    Academy's orthography writes enclitics apart, as with ``خانه‌ام``), and
    the plural reading must not be a known word (``متهمان`` is ``متهم`` + ``ان``).
    After ``ای``/``وی`` the ``ی`` is a glide (``برایشان`` = ``برا`` + ``یشان``),
    written attached; after consonants the attached spelling is the standard.
    """
    for suffix in _POSSESSIVE:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        if lex.counts.get(word[:-2], 0) or lex.hazm.get(word[:-2], 0) or word[:-2] in lex.joined:
            return None
        if stem[-1] not in "هی" or stem[-2] in "اوآ":
            continue
        if (
            lex.counts.get(stem, 0) >= MIN_POSSESSOR
            or lex.hazm.get(stem, 0) >= MIN_POSSESSOR * HAZM_SCALE
        ):
            return join_parts(lex.joined.get(stem, stem), suffix)
    return None


def _split_comparative(lex: Lexicon, word: str) -> str | None:
    """``مهمترین`` -> ``مهم‌ترین``: تر/ترین after an adjective are written apart.

    The Academy's orthography writes them apart except after the stems in
    ``_ATTACHED_COMPARATIVE_STEMS``. The stem must be an adjective (hazm tag).
    Words hazm counts as lemmas (``بستر``، ``برتر``) are not comparatives, nor
    is a ``...تر`` form that is common next to its stem (``فیلتر`` beside
    ``فیل``): true comparatives are rarer than their adjective.
    """
    if lex.hazm.get(word, 0) > 0:
        return None
    for suffix in _COMPARATIVE:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 2 or stem in _ATTACHED_COMPARATIVE_STEMS:
            continue
        written = lex.joined.get(stem, stem)
        if stem in lex.adjectives or written in lex.adjectives:
            if lex.counts.get(stem + "تر", 0) <= COMPARATIVE_SHARE * lex.counts.get(stem, 0):
                return join_parts(written, suffix)
    return None


def _split_compound(lex: Lexicon, word: str) -> str | None:
    for part in _SECOND_PARTS:
        if word.endswith(part) and len(word) > len(part) + 1:
            stem = _stem_form(lex, word[: -len(part)])
            if stem is not None:
                return join_parts(stem, part)
    return None


def _split_head(lex: Lexicon, word: str, silent_heh: bool = False) -> str | None:
    """An unknown word made of a known word and a productive second part (+ ending).

    With ``silent_heh`` only first parts ending in a silent ``ه`` qualify
    (``علاقه`` but not ``شاه``): the Academy's orthography writes anything
    that follows a silent ``ه`` apart (``علاقه‌مند``، ``برنامه‌ریزی``), so
    this holds even when the attached spelling is common on the web, and any
    frequent second part qualifies -- unless the counts for this very
    compound favour the attached spelling (``نگهداری``: its ``ه`` is sounded).
    """
    heads = lex.second_parts if silent_heh else lex.heads
    for ending in _HEAD_ENDINGS:
        if not word.endswith(ending):
            continue
        body = word[: len(word) - len(ending)]
        for cut in range(2, len(body) - 2):
            head = body[cut:]
            if head not in heads or body[cut - 1] in NON_JOINING:
                continue
            if silent_heh and (cut < 3 or body[cut - 1] != "ه" or body[cut - 2] in "اوآ"):
                continue
            if (
                silent_heh
                and body in lex.joined
                and lex.prefers_zwnj(body, lex.joined[body]) is False
            ):
                continue  # a pronounced ه (نگهداری) shows in the counts
            stem = _stem_form(lex, body[:cut])
            if stem is not None:
                return (
                    join_parts(join_parts(stem, head), ending)
                    if ending[:1] == "ه"
                    else (join_parts(stem, head + ending))
                )
    return None


def _split_prefix(lex: Lexicon, word: str) -> str | None:
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 2 and rest[0] != "ا":
            stem = _stem_form(lex, rest)
            if stem is not None and lex.counts.get(rest, 0) >= MIN_STEM * 5:
                return join_parts(prefix, stem)
    return None


def _analyse(lex: Lexicon, word: str) -> str | None:
    """The repaired form of one ZWNJ-less word, or None to leave it alone."""
    if word in _KEEP:
        return None
    if word.endswith("تری") and lex.hazm.get(word[:-1], 0) > 0:
        return None  # a lemma plus ی (ریشتری = ریشتر + ی), not stem + تری
    forced = _split_comparative(lex, word) or _split_head(lex, word, silent_heh=True)
    if forced is not None:
        return forced
    target = lex.joined.get(word)
    if target is not None:
        if word in lex.verb_forms:
            return target
        prefers = lex.prefers_zwnj(word, target)
        if prefers is None:
            # a common attached form beats a compound only listed, never counted
            return None if lex.counts.get(word, 0) >= KEEP_ATTACHED else target
        return target if prefers else None
    if lex.counts.get(word, 0) >= MIN_WORD or lex.hazm.get(word, 0) >= MIN_HAZM_WORD:
        return None
    # plural -ان of a known word (سالمندان), or ezafe/indefinite ی after a vowel (دنیای)
    if word.endswith("ان") and lex.counts.get(word[:-2], 0) >= MIN_WORD:
        return None
    if word.endswith("ی") and word[-2] in "اوی" and lex.counts.get(word[:-1], 0) >= MIN_WORD:
        return None
    return (
        _split_suffix(lex, word)
        or _split_possessive(lex, word)
        or _split_compound(lex, word)
        or _split_head(lex, word)
        or _split_prefix(lex, word)
    )


class ZwnjRepairer:
    """Reusable repairer with a per-word memo (safe to share; no text state).

    Examples
    --------
    >>> ZwnjRepairer().repair("تروریستها") == "تروریست\u200cها"
    True
    """

    def __init__(self, lexicon: Lexicon | None = None, memo_size: int = 200_000) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.memo_size = memo_size
        self._memo: dict[str, str] = {}

    def word(self, word: str) -> str:
        """Repair one written word (returned unchanged when unsure or already has a ZWNJ).

        Examples
        --------
        >>> ZwnjRepairer().word("میز")
        'میز'
        """
        done = self._memo.get(word)
        if done is not None:
            return done
        if ZWNJ in word or len(word) < 4:
            fixed = word
        else:
            fixed = _analyse(self.lexicon, word) or word
        if len(self._memo) >= self.memo_size:
            self._memo.clear()
        self._memo[word] = fixed
        return fixed

    def repair(self, text: str) -> str:
        """Put stripped ZWNJs back into Persian ``text``.

        Examples
        --------
        >>> ZwnjRepairer().repair("بشار اسد")
        'بشار اسد'
        """
        return _TOKEN.sub(lambda m: self.word(m.group()), text)




def repair_zwnj(text: str) -> str:
    """Restore zero-width non-joiners a scraper stripped from Persian text.

    Handles ``می``/``نمی`` verb prefixes, the perfect (``کرده‌اند``), plural
    ``ها``/``های``, ``تر``/``ترین``, enclitics after a final ``ه``
    (``رسانه‌ای``) and listed compounds (``رئیس‌جمهور``). Spaces are never
    added or removed, words that already carry a ZWNJ are left as they are,
    and running it twice changes nothing more. No ZWNJ is put after a letter
    that does not join forward (``ا د ذ ر ز ژ و``), where it would be invisible.

    Parameters
    ----------
    text
        Persian text, ideally with Persian letters (see :func:`to_persian_letters`).

    Returns
    -------
    str
        The text with ZWNJs restored.

    Examples
    --------
    >>> out = repair_zwnj("او در گفتوگو با رئیسجمهور گفت که میکنند")
    >>> out == "او در گفت\u200cوگو با رئیس\u200cجمهور گفت که می\u200cکنند"
    True
    >>> repair_zwnj("میز و میدان و میلیون") == "میز و میدان و میلیون"
    True
    """
    return default_repairer().repair(text)


@functools.cache
def default_repairer() -> ZwnjRepairer:
    """The process-wide :class:`ZwnjRepairer` over the shipped word lists (loaded once).

    Examples
    --------
    >>> default_repairer() is default_repairer()
    True
    """
    return ZwnjRepairer()


__all__ = [
    "PERSIAN_ONLY",
    "ZwnjRepairer",
    "default_repairer",
    "looks_persian",
    "repair_zwnj",
    "to_persian_letters",
]
