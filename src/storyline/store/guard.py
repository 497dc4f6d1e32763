"""No raw ``sqlite3.Error`` leaves the store: each becomes a one-line :class:`StoreError`.

:func:`sqlite_errors_as_store_errors` decorates the :class:`~storyline.store.Store`
class: every public method (those of its mixins too) and property is wrapped
so that an ``sqlite3.Error`` raised inside it (a locked database, a full
disk, a corrupt page) comes out as a :class:`StoreError` naming the store,
with the original chained as ``__cause__``.

Examples
--------
>>> import sqlite3
>>> @sqlite_errors_as_store_errors
... class Box:
...     path = "x.db"
...     def get(self):
...         raise sqlite3.OperationalError("database is locked")
>>> Box().get()
Traceback (most recent call last):
...
storyline.store.records.StoreError: store x.db: database is locked (in get)
"""

from __future__ import annotations

import functools
import inspect
import logging
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from storyline.errors import one_line
from storyline.store.records import StoreError

__all__ = ["sqlite_errors_as_store_errors"]

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=type)


def _store_error(self: Any, name: str, exc: sqlite3.Error) -> StoreError:
    logger.debug("sqlite error in %s", name, exc_info=exc)
    return StoreError(f"store {getattr(self, 'path', '?')}: {one_line(exc)} (in {name})")


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def gen(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from fn(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise _store_error(self, name, exc) from exc

        return gen

    @functools.wraps(fn)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _store_error(self, name, exc) from exc

    return call


def sqlite_errors_as_store_errors(cls: T) -> T:
    """Wrap ``cls``'s public methods and properties (inherited ones too); returns ``cls``."""
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, property) and attr.fget is not None:
            setattr(cls, name, property(_wrap(name, attr.fget), attr.fset, attr.fdel, attr.__doc__))
        elif inspect.isfunction(attr):
            setattr(cls, name, _wrap(name, attr))
    return cls
