"""What every part of :mod:`storyline.api` shares: the default settings and the vector key.

Examples
--------
>>> vector_model(Settings(encoder="hashing")).startswith("hashing")
True
"""

from __future__ import annotations

from storyline.encode import get_encoder
from storyline.settings import DEFAULT_ENCODER, Settings

__all__ = ["ENCODER", "vector_model"]


ENCODER = DEFAULT_ENCODER
"""The default encoder (``Settings().encoder``); pass a :class:`Settings` to use another."""


def _or_default(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings()


def vector_model(settings: Settings | None = None) -> str:
    """The key the linking vectors of ``settings.encoder`` are cached under in the store.

    Examples
    --------
    >>> vector_model().startswith("e5-small")
    True
    >>> vector_model(Settings(encoder="hashing")).startswith("hashing")
    True
    """
    from storyline.link.vectors import vector_key

    s = _or_default(settings)
    return vector_key(get_encoder(s.encoder), s.tracker.lead_chars)
