"""Language-independent keys for personal names.

A name is transliterated to ASCII (``anyascii``), Arabic articles are
dropped, Russian case endings cut, common digraphs merged (``kh`` = ``h``,
``sh`` = ``s``, ``q`` = ``k``...) and vowels (with ``w``, ``y``, ``v``,
which Arabic script writes as long vowels) removed. What is left is a
consonant skeleton that "Bashar al-Assad", "Башар Асад" and "بشار اسد"
share.

Examples
--------
>>> name_key("Bashar al-Assad") == name_key("Башар Асад") == name_key("بشار اسد")
True
>>> same_name("Adel Abdul-Mahdi", "عادل عبدالمهدی")
True
>>> same_name("Assad", "Bashar al-Assad"), same_name("Bashar al-Assad", "Donald Trump")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from storyline.entities._text import fold_token, script_of, tokenize

_ARTICLES = {
    "al",
    "el",
    "ad",
    "ash",
    "as",
    "an",
    "ar",
    "at",
    "az",
    "ul",
    "аль",
    "эль",
    "ад",
    "ас",
    "ан",
    "ар",
    "ат",
}
_DIGRAPHS = (
    ("kh", "h"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    ("ph", "f"),
    ("sh", "s"),
    ("ch", "c"),
    ("dj", "j"),
    ("dzh", "j"),
    ("zh", "j"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("ck", "k"),
)
_VOWELS = re.compile(r"[aeiouywv]+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=16384)
def _skeleton(word: str) -> str:
    s = anyascii(word).lower()
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _NOT_LETTER.sub("", s)
    s = _VOWELS.sub("", s)
    return _REPEAT.sub(r"\1", s)


@lru_cache(maxsize=16384)
def name_tokens_cached(surface: str) -> tuple[str, ...]:
    """:func:`name_tokens` as a tuple, remembered (names are compared pairwise)."""
    return tuple(name_tokens(surface))


def name_tokens(surface: str) -> list[str]:
    """Consonant skeletons of the words of a name, articles dropped.

    Examples
    --------
    >>> name_tokens("Faleh al-Fayyadh"), name_tokens("فالح الفیاض")
    (['flh', 'fd'], ['flh', 'fd'])
    """
    out: list[str] = []
    for tok in tokenize(surface):
        w = tok.text
        if not w[:1].isalpha() or w.lower() in _ARTICLES:
            continue
        script = script_of(w)
        if script == "arabic" and w.startswith("ال") and len(w) > 4:
            w = w[2:]
        elif script == "cyrillic":
            w = fold_token(w)
        sk = _skeleton(w)
        if sk:
            out.append(sk)
    return out


def name_key(surface: str) -> str:
    """Return the cross-script key of a personal name (a consonant skeleton).

    Examples
    --------
    >>> name_key("Donald Trump"), name_key("دونالد ترامپ")
    ('dnldtrmp', 'dnldtrmp')
    """
    return "".join(name_tokens(surface))


def _close(a: str, b: str) -> bool:
    """Edit distance at most one (for skeletons of 6+ letters)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def same_name(a: str, b: str) -> bool:
    """Whether two surface forms (any scripts) plausibly name the same person.

    Full skeletons equal (or one edit apart when long), or one side is a
    single word equal to the other's last word (a surname mention).

    Examples
    --------
    >>> same_name("Сергей Лавров", "Sergei Lavrov"), same_name("Putin", "Путина")
    (True, True)
    """
    ta, tb = name_tokens_cached(a), name_tokens_cached(b)
    if not ta or not tb:
        return False
    ka, kb = "".join(ta), "".join(tb)
    if _close(ka, kb):
        return True
    if len(ta) == 1 and len(ka) >= 2 and len(tb) > 1:
        return _close(ka, tb[-1]) or ka == "".join(tb[-2:])
    if len(tb) == 1 and len(kb) >= 2 and len(ta) > 1:
        return _close(kb, ta[-1]) or kb == "".join(ta[-2:])
    return False
