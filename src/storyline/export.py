"""Export a store to a data lake: articles, stories with members, facts and entities.

``storyline export --db X --out DIR --format parquet|jsonl|csv`` writes one
table per file:

==================  ================================================================
``articles``        every stored article (all the fields the store keeps; copies left out)
``stories``         one row per story: id, title, languages, size, first and last date
``story_articles``  one row per member: story id, article id, language, probability, why
``facts``           per story of two or more articles: each fact (a group of aligned
                    sentences), the articles and languages that report it
``entities``        per story: people, places, organisations and who names them
==================  ================================================================

List-valued columns stay lists in Parquet and JSON Lines, and become JSON
text in CSV. ``facts`` and ``entities`` come from the coverage of each story,
given as a function (:func:`storyline.api.export_store` passes
:func:`storyline.api.coverage_of`: sentence vectors are encoded once and
cached in the store), so they cost time on a large store; without one they
are empty.

Examples
--------
>>> from storyline.store import Store
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> with Store(":memory:") as store:
...     counts = export_store(store, out, fmt="jsonl")
>>> counts["articles"], sorted(p.name for p in out.iterdir())[:2]
(0, ['articles.jsonl', 'entities.jsonl'])
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError
from storyline.store import Store

logger = logging.getLogger(__name__)

__all__ = ["EXPORT_FORMATS", "TABLES", "ExportError", "export_store"]

EXPORT_FORMATS: tuple[str, ...] = ("parquet", "jsonl", "csv")
TABLES: tuple[str, ...] = ("articles", "stories", "story_articles", "facts", "entities")
_CHUNK = 500


class ExportError(StorylineError, ValueError):
    """An export that cannot be written (one-line reason)."""


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = store.list_articles(limit=_CHUNK, offset=offset)
        if not page:
            return
        for summary in page:
            article = store.get_article(summary.id)
            if article is not None:
                yield article.to_dict()
        offset += len(page)


def _stories(store: Store) -> list[Any]:
    return [d for s in store.list_stories(limit=None) if (d := store.get_story(s.id)) is not None]


def _story_rows(stories: list[Any]) -> Iterator[dict[str, Any]]:
    for d in stories:
        yield {
            "story_id": d.id,
            "title": d.title,
            "languages": list(d.languages),
            "n_articles": d.n_articles,
            "first_seen": d.first_seen,
            "last_seen": d.last_seen,
            "article_ids": [a.id for a in d.articles],
            "merged_ids": list(d.merged_ids),
        }


def _member_rows(stories: list[Any]) -> Iterator[dict[str, Any]]:
    for d in stories:
        for position, a in enumerate(d.articles):
            yield {
                "story_id": d.id,
                "article_id": a.id,
                "position": position,
                "lang": a.lang,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "url": a.url,
                "probability": float(a.probability),
                "reason": None if a.reason is None else json.dumps(a.reason, ensure_ascii=False),
            }


def _coverage_rows(
    stories: list[Any], coverage_of: Callable[[list[str]], dict[str, Any] | None]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    facts: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    for d in stories:
        if d.n_articles < 2:
            continue
        cov = coverage_of([a.id for a in d.articles])
        if cov is None:
            continue
        for n, fact in enumerate(cov.get("facts", [])):
            facts.append({"story_id": d.id, "fact_no": n, **_flat(fact)})
        for entity in cov.get("entities", []):
            entities.append({"story_id": d.id, **_flat(entity)})
    return facts, entities


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """Nested values (dicts, lists of dicts) as JSON text; plain lists stay lists."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict) or (
            isinstance(value, list) and any(isinstance(v, dict | list) for v in value)
        ):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def _write(rows: Iterable[dict[str, Any]], path: Path, fmt: str) -> int:
    rows = list(rows)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns = list(dict.fromkeys(k for row in rows for k in row))
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(v) for k, v in row.items()})
    else:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ExportError(
                "Parquet needs pyarrow: pip install 'storyline[spark]' (or pyarrow)"
            ) from exc
        columns = list(dict.fromkeys(k for row in rows for k in row))
        table = pa.Table.from_pylist(_uniform_columns(rows, columns))
        pq.write_table(table, path)
    return len(rows)


def _uniform_columns(rows: list[dict[str, Any]], columns: list[str]) -> list[dict[str, Any]]:
    """Rows whose every column holds one kind of value, as a Parquet column must.

    A column that is a plain list in some rows and text, a number or nested
    JSON in others (one fact's ``members`` a list of names, another's a list
    of records, already JSON text) is written as text in every row: lists and
    numbers as JSON, text as it is; ``None`` stays null.

    Examples
    --------
    >>> _uniform_columns([{"a": ["x"], "b": 1}, {"a": "y", "b": 2}], ["a", "b"])
    [{'a': '["x"]', 'b': 1}, {'a': 'y', 'b': 2}]
    >>> _uniform_columns([{"a": ["x"]}, {"a": None}], ["a"])
    [{'a': ['x']}, {'a': None}]
    """
    mixed = set()
    for column in columns:
        kinds = {isinstance(r.get(column), list) for r in rows if r.get(column) is not None}
        if len(kinds) > 1:
            mixed.add(column)
    return [
        {
            c: json.dumps(r.get(c), ensure_ascii=False)
            if c in mixed and r.get(c) is not None and not isinstance(r.get(c), str)
            else r.get(c)
            for c in columns
        }
        for r in rows
    ]


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def export_store(
    store: Store,
    out: str | Path,
    *,
    fmt: str = "parquet",
    tables: Iterable[str] = TABLES,
    coverage: Callable[[list[str]], dict[str, Any] | None] | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Write ``tables`` of ``store`` under ``out`` as ``<table>.<fmt>``; return rows per table.

    ``coverage`` maps a story's article ids to its coverage JSON (facts,
    entities); ``None`` leaves the ``facts`` and ``entities`` tables empty.

    Raises
    ------
    ExportError
        For an unknown format or table, or when ``out`` cannot be created.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(EXPORT_FORMATS)})")
    wanted = list(dict.fromkeys(tables))
    unknown = [t for t in wanted if t not in TABLES]
    if unknown:
        raise ExportError(f"unknown table {unknown[0]!r} (known: {', '.join(TABLES)})")
    root = Path(out)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {root}: {exc.strerror or exc}") from exc
    stories = _stories(store) if set(wanted) - {"articles"} else []
    facts: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    if coverage is not None and {"facts", "entities"} & set(wanted):
        facts, entities = _coverage_rows(stories, coverage)
    sources: dict[str, Callable[[], Iterable[dict[str, Any]]]] = {
        "articles": lambda: _articles(store),
        "stories": lambda: _story_rows(stories),
        "story_articles": lambda: _member_rows(stories),
        "facts": lambda: facts,
        "entities": lambda: entities,
    }
    counts: dict[str, int] = {}
    for table in wanted:
        counts[table] = _write(sources[table](), root / f"{table}.{fmt}", fmt)
        if progress is not None:
            progress(table, counts[table])
    return counts
