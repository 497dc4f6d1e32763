"""Texts the encoder cannot read: letters no piece of its vocabulary holds.

The packaged multilingual e5 model reads about a hundred languages; a script
it was never given (Thaana for Dhivehi, Tibetan, Syriac, N'Ko...) comes out
as one ``<unk>`` per letter, and every such text gets nearly the same title +
lead vector. Two Dhivehi reports of a diving accident and a storm warning,
and a Tibetan report of a blizzard, then score as the same event (held-out
corpus 41, session 41). Their vectors say nothing, so the tracker gives a
pair with such a text no same-event probability (:func:`unreadable`): the
report starts a story of its own rather than join one on noise.

:func:`unread_share` measures the share of a text's letters in characters
the vocabulary lacks; :func:`link keys <storyline.link.decide.link_keys>`
record it as ``"u"`` when it reaches :data:`UNREAD_SHARE`.

Examples
--------
>>> unread_share("Five divers swept away off Dhigurah")
0.0
>>> unread_share("ދިގުރާ ކައިރިން ގެއްލުނު ފަސް ޑައިވަރުން") > UNREAD_SHARE
True
"""

from __future__ import annotations

import json
import logging
from functools import cache, lru_cache

__all__ = ["UNREAD_SHARE", "unread_share", "unreadable"]

logger = logging.getLogger(__name__)

UNREAD_SHARE = 0.5
"""A text with at least this share of its letters unknown to the encoder is unreadable."""


@cache
def _known_characters() -> frozenset[str]:
    """Every character some piece of the packaged e5 vocabulary holds (empty without it)."""
    try:
        from storyline.e5.weights import load_weights

        pieces = load_weights().pieces
    except Exception:  # noqa: BLE001 - no e5 model: nothing is known to be unreadable
        logger.debug("no e5 vocabulary: every text counts as readable", exc_info=True)
        return frozenset()
    return frozenset("".join(pieces))


def unread_share(text: str) -> float:
    """The share of ``text``'s letters in characters the encoder's vocabulary lacks (0-1).

    0.0 when the text has no letters, or when the packaged e5 model is not
    installed (then nothing is known to be unreadable).

    Examples
    --------
    >>> unread_share(""), unread_share("2037 - 14")
    (0.0, 0.0)
    >>> round(unread_share("ཨ་མདོ་རྫོང་ Amdo"), 1)  # Tibetan letters, then Latin ones
    0.6
    """
    known = _known_characters()
    letters = [ch for ch in text if ch.isalpha()]
    if not known or not letters:
        return 0.0
    return sum(ch not in known for ch in letters) / len(letters)


@lru_cache(maxsize=8192)
def unreadable(keys: str | None) -> bool:
    """Whether link keys say the encoder cannot read the article's title and lead (``"u"``).

    Examples
    --------
    >>> unreadable('{"u": 0.86}'), unreadable('{"n": []}'), unreadable(None)
    (True, False, False)
    """
    if not keys:
        return False
    return json.loads(keys).get("u", 0.0) >= UNREAD_SHARE
