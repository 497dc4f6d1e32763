"""The public Python API: the one door of the CLI and the web app.

Functions here take a :class:`~storyline.store.Store` (or plain articles) and
a :class:`~storyline.settings.Settings`, and return plain data, so that
anything the command line or a web page shows, a Python user gets with one
call. ``cli/`` and ``web/`` reach ``link/``, ``store/`` and ``coverage/`` only
through this module (``tests/test_import_graph.py`` reads the import graph
to keep it so): the store (:class:`Store`, :class:`StoreError`,
:func:`default_db_path`), loading an article from a file or an id
(:func:`article_from`), the story of an article (:func:`story_of`),
linking one article (:func:`link_article`), similar articles, relinking,
semantic search (:class:`SemanticIndex`), compare, coverage and training.

The names live in small modules by area, and are imported from here:
:mod:`~storyline.api.common` (:data:`ENCODER`, :func:`vector_model`),
:mod:`~storyline.api.articles` (loading articles, cards),
:mod:`~storyline.api.compare` (similarity, same-event probability, compare),
:mod:`~storyline.api.coverage` (sentence vectors, coverage),
:mod:`~storyline.api.stories` (story of an article, linking, relinking,
similar articles, edits), :mod:`~storyline.api.search` (semantic search),
:mod:`~storyline.api.train` (training), :mod:`~storyline.api.feeds`
(sources, watches, alerts) and :mod:`~storyline.api.scale` (prepared
Parquet, Spark, export).

Examples
--------
>>> from storyline.store import Store
>>> with Store(":memory:") as store:
...     coverage_of(store, ["nope00"]) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.api.articles import CARD_LEAD_CHARS as CARD_LEAD_CHARS
from storyline.api.articles import (
    ArticleNotFound,
    article_card,
    article_from,
    articles_of,
    lead_of,
)
from storyline.api.common import ENCODER, vector_model
from storyline.api.compare import compare_articles, link_probability, pair_score, same_event
from storyline.api.coverage import (
    coverage_for,
    coverage_of,
    sentence_vectors,
    two_article_coverage,
)
from storyline.api.feeds import FEEDS_API, list_sources, list_watches, watch_alerts
from storyline.api.scale import (
    EXPORT_TABLES,
    export_store,
    ingest_prepared_dir,
    is_prepared_dir,
    spark_link_shards,
    spark_prepare,
    spark_session,
)
from storyline.api.search import SemanticIndex, semantic_index
from storyline.api.stories import (
    check_store,
    describe_reason,
    link_article,
    merge_stories,
    relink,
    similar_articles,
    similar_to_text,
    split_article,
    story_of,
)
from storyline.api.train import train_models
from storyline.store import Store, StoreError, default_db_path

if TYPE_CHECKING:
    from storyline.coverage.facts import Coverage
    from storyline.link.edits import EditError

__all__ = [
    "ENCODER",
    "ArticleNotFound",
    "Coverage",
    "EditError",
    "SemanticIndex",
    "Store",
    "StoreError",
    "article_card",
    "article_from",
    "describe_reason",
    "default_db_path",
    "lead_of",
    "link_article",
    "merge_stories",
    "relink",
    "semantic_index",
    "similar_articles",
    "similar_to_text",
    "split_article",
    "story_of",
    "train_models",
    "articles_of",
    "compare_articles",
    "coverage_for",
    "link_probability",
    "same_event",
    "coverage_of",
    "pair_score",
    "sentence_vectors",
    "two_article_coverage",
    "vector_model",
    "check_store",
    "list_sources",
    "list_watches",
    "watch_alerts",
    "ingest_prepared_dir",
    "is_prepared_dir",
    "spark_session",
    "spark_prepare",
    "spark_link_shards",
    "export_store",
    "EXPORT_TABLES",
]


def __getattr__(name: str) -> Any:
    """``Coverage`` and ``EditError`` load on first use (opening a store needs neither),
    and so do the names of :data:`FEEDS_API` (the HTTP client is not needed to read a store)."""
    if name == "Coverage":
        from storyline.coverage.facts import Coverage

        return Coverage
    if name in FEEDS_API:
        import storyline.feeds

        return getattr(storyline.feeds, name)
    if name == "EditError":
        from storyline.link.edits import EditError

        return EditError
    raise AttributeError(f"module 'storyline.api' has no attribute {name!r}")
