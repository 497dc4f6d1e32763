"""The two errors the web service raises; the app turns them into 404 and 422.

Examples
--------
>>> str(NotFound("no story with id 'x'"))
"no story with id 'x'"
"""

from __future__ import annotations

from storyline.errors import StorylineError

__all__ = ["BadRequest", "NotFound"]


class NotFound(StorylineError, LookupError):
    """An id that names no article or story (the message says which)."""


class BadRequest(StorylineError, ValueError):
    """Arguments that cannot be answered (the message says why, in one line)."""
