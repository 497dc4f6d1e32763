"""The one base of every error storyline raises on purpose.

Every exception storyline raises for bad input or a bad file derives from
:class:`StorylineError`, and ``str(exc)`` is a one-line reason fit to show
a user. A caller that wants "anything storyline refused" catches
:class:`StorylineError`; anything else that escapes is a bug.

The family (each also keeps the builtin base it had, so ``except
ValueError`` still catches what it caught before):

=====================================================  ===========================
error                                                  raised when
=====================================================  ===========================
:class:`storyline.store.StoreError`                    the SQLite store refuses (bad file, newer
                                                       schema, locked, disk I/O); it wraps every
                                                       ``sqlite3.Error``
:class:`storyline.read.common.ReadError`               a file cannot be read
:class:`storyline.read.decode.DecodeError`             bytes are not text in any known encoding
:class:`storyline.text.html.NoArticleError`            a page holds no main text
:class:`storyline.pipeline.DocumentError`              a document holds no usable article
:class:`storyline.evaluate.stories.StoryEvalError`     a gold story file cannot be evaluated
:class:`storyline.web.errors.NotFound`                 an id names nothing (HTTP 404)
:class:`storyline.web.errors.BadRequest`               arguments cannot be answered (HTTP 422)
=====================================================  ===========================

Derive a new error from :class:`StorylineError` (and from the builtin it
refines, if any).

Examples
--------
>>> from storyline.store import StoreError
>>> issubclass(StoreError, StorylineError)
True
>>> try:
...     raise StorylineError("no store at x.db")
... except StorylineError as exc:
...     str(exc)
'no store at x.db'
"""

from __future__ import annotations

__all__ = ["StorylineError", "one_line"]


class StorylineError(Exception):
    """Base of storyline's errors; ``str(exc)`` is a one-line reason for a user."""


def one_line(exc: BaseException) -> str:
    """``exc``'s message on one line (its type name when it has none).

    Examples
    --------
    >>> one_line(OSError("disk\\n  full"))
    'disk full'
    >>> one_line(KeyError())
    'KeyError'
    """
    return " ".join(str(exc).split()) or type(exc).__name__
