"""Sentences for linking: the project's splitter when present, else a regex.

Examples
--------
>>> linking_sentences("Iraq struck IS targets. Syria agreed to it! Who knew?", "en")
('Iraq struck IS targets.', 'Syria agreed to it! Who knew?')
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["MAX_SENTENCES", "linking_sentences"]

MAX_SENTENCES = 40
"""At most this many sentences per article are encoded for pair features."""

_BOUNDARY = re.compile(r"(?<=[.!?\u061f\u06d4\u0964\u3002\uff01\uff1f])[\"'»”)\]]*\s+|\n+")


def _regex_split(text: str, lang: str) -> list[str]:
    return [s.strip() for s in _BOUNDARY.split(text) if s and s.strip()]


def _splitter() -> Callable[[str, str], list[str]]:
    try:
        from storyline.text.sentences import split_sentences
    except ImportError:
        return _regex_split
    return lambda text, lang: list(split_sentences(text, lang))


def linking_sentences(text: str, lang: str, limit: int = MAX_SENTENCES) -> tuple[str, ...]:
    """Split ``text`` into at most ``limit`` sentences, merging tiny fragments.

    Uses ``storyline.text.sentences.split_sentences`` when that module is
    installed, else a punctuation regex. Fragments under 20 characters
    are glued to the next sentence.

    Examples
    --------
    >>> linking_sentences("Ok. Then the army of Syria moved north.", "en")
    ('Ok. Then the army of Syria moved north.',)
    >>> len(linking_sentences("A long sentence number one. " * 60, "en", limit=5))
    5
    """
    out: list[str] = []
    carry = ""
    for sent in _splitter()(text, lang):
        sent = f"{carry} {sent}".strip() if carry else sent
        if len(sent) < 20:
            carry = sent
            continue
        carry = ""
        out.append(sent)
    if carry:
        if out:
            out[-1] = f"{out[-1]} {carry}"
        else:
            out.append(carry)
    return tuple(out[:limit])
