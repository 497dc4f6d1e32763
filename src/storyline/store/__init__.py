"""The SQLite store: the only part of storyline that talks SQL.

- :class:`Store` -- open (and create or upgrade) a database; add, fetch,
  list and search articles (:mod:`storyline.store.core`);
- :func:`article_id`, :func:`default_db_path` and the returned records
  (:mod:`storyline.store.records`);
- the versioned schema (:mod:`storyline.store.migrations`);
- full-text query building and snippets (:mod:`storyline.store.queries`).
- the float16 vector codec (:mod:`storyline.store.blob`) and the text-vector
  cache file behind :class:`~storyline.encode.CachedEncoder` (:mod:`storyline.store.vector_cache`).

Examples
--------
>>> with Store(":memory:") as store:
...     store.count_articles(), store.languages()
(0, {})
"""

from storyline.store.core import Store
from storyline.store.migrations import SCHEMA_VERSION
from storyline.store.records import (
    AddResult,
    ArticleSummary,
    SearchHit,
    StoreError,
    article_id,
    default_db_path,
)

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "ArticleSummary",
    "SearchHit",
    "Store",
    "StoreError",
    "article_id",
    "default_db_path",
]
