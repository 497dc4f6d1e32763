"""Engine-neutral batch stages: pandas DataFrames in, pandas DataFrames out.

A distributed engine (Spark's ``mapInPandas``, a Ray or Dask ``map_batches``)
calls these on one batch of rows at a time; they hold no engine code, so the
engine shell (:mod:`storyline.spark`) stays a few lines. They reuse the
pipeline's own stages (:func:`storyline.read.read_path`,
:func:`storyline.pipeline.prepare`, the encoder), so an article prepared
here is the article ``storyline ingest`` would store, and its vector the
vector it would encode (bit for bit: the encoder gives each text the same
float16 vector whatever its batch).

Stages, in order:

1. :func:`list_inputs` (driver side): the files under the given paths, in
   the order ``ingest`` reads them (``input_no``, ``file_no``).
2. :func:`read_batch`: files -> raw records (:data:`RAW_COLUMNS`), one row
   per document or per read failure.
3. :func:`prepare_batch`: raw records -> prepared articles
   (:data:`PREPARED_COLUMNS`: every field the store keeps, the MinHash
   signature, link keys, the float16 title + lead vector, the arrival key)
   or failures (``failure`` set, with the stage and reason).
4. :func:`iter_prepared`: prepared rows -> :class:`storyline.pipeline.Prepared`
   for the exact sequential linker (:func:`storyline.pipeline.ingest_prepared`).

pandas and pyarrow come with the ``storyline[spark]`` extra.

Examples
--------
>>> import pandas as pd
>>> raw = pd.DataFrame([raw_row(0, 0, 0, RawDocument(origin="a.txt", content=(
...     "Floods close schools in Porto Alegre\\n\\nHeavy rain closed schools across "
...     "the city on Monday 6 May 2024 as rivers rose.")))])
>>> out = prepare_batch(raw, encoder="hashing")
>>> out.loc[0, "title"], out.loc[0, "lang"], out.loc[0, "failure"] is None
('Floods close schools in Porto Alegre', 'en', True)
>>> p = next(iter_prepared(out))
>>> p.article.title, p.vector.dtype, p.vector_key
('Floods close schools in Porto Alegre', dtype('float16'), 'hashing-256-3@400')
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.article import Article, RawDocument, ReadFailure
from storyline.encode import Encoder, doc_text_for_linking, get_encoder
from storyline.errors import StorylineError
from storyline.read.common import MAX_DOCUMENT_BYTES
from storyline.read.directory import iter_files
from storyline.read.records import FieldMap

if TYPE_CHECKING:
    import pandas as pd

    from storyline.pipeline import Prepared

logger = logging.getLogger(__name__)

__all__ = [
    "FAILURE_COLUMNS",
    "PREPARED_COLUMNS",
    "PreparedReader",
    "RAW_COLUMNS",
    "arrival_key",
    "iter_prepared",
    "list_inputs",
    "prepare_batch",
    "raw_row",
    "read_batch",
    "records_batch",
    "worker_encoder",
]

#: Column name -> type (Spark DDL names) of the files stage.
FILE_COLUMNS: dict[str, str] = {"input_no": "bigint", "file_no": "bigint", "path": "string"}

#: Column name -> type of a raw record (a document as read, or a read failure).
RAW_COLUMNS: dict[str, str] = {
    "input_no": "bigint",
    "file_no": "bigint",
    "record_no": "bigint",
    "origin": "string",
    "kind": "string",
    "content": "string",
    "declared": "string",  # JSON object
    "failure": "string",  # the reason, when this row is a read failure
}

#: Column name -> type of a prepared article. ``signature`` is the MinHash
#: signature (128 little-endian uint64), ``vector`` the title + lead vector
#: (``dim`` little-endian float16) cached under ``vector_key``; ``arrival``
#: orders articles as they would arrive (publication time, else fetch time,
#: then id), ``input_no``/``file_no``/``record_no`` as ``ingest`` reads them.
PREPARED_COLUMNS: dict[str, str] = {
    "id": "string",
    "text": "string",
    "text_original": "string",
    "lang": "string",
    "lang_confidence": "double",
    "title": "string",
    "url": "string",
    "outlet": "string",
    "author": "string",
    "published": "string",
    "published_precision": "string",
    "published_source": "string",
    "scraped_at": "string",
    "dateline_place": "string",
    "mixed_language": "boolean",
    "captions": "array<string>",
    "sentences": "array<string>",
    "sources": "array<string>",
    "years": "array<int>",
    "days": "array<string>",
    "origin": "string",
    "signature": "binary",
    "link_keys": "string",
    "vector": "binary",
    "dim": "int",
    "vector_key": "string",
    "arrival": "string",
    "input_no": "bigint",
    "file_no": "bigint",
    "record_no": "bigint",
    "stage": "string",  # where it failed: read, prepare, encode (failure rows only)
    "failure": "string",  # the reason (failure rows only)
}

#: Columns of the ``failures`` table.
FAILURE_COLUMNS: tuple[str, ...] = (
    "origin", "stage", "failure", "input_no", "file_no", "record_no",
)

_LIST_FIELDS = ("captions", "sentences", "sources", "years", "days")
_UNDATED = "~"  # sorts after every ISO date: undated articles arrive last, by id


def _frame(rows: list[dict[str, Any]], columns: Iterable[str]) -> pd.DataFrame:
    import pandas as pd

    cols = list(columns)
    # object columns keep None as None (not NaN), which every engine reads as null
    return pd.DataFrame([[r.get(c) for c in cols] for r in rows], columns=cols, dtype=object)


def list_inputs(
    paths: Sequence[str | Path], glob: str | None = None
) -> tuple[list[dict[str, Any]], list[ReadFailure]]:
    """The files under ``paths`` in the order ``ingest`` reads them, and what cannot be listed.

    A directory is walked as :func:`storyline.read.read_path` walks it
    (sorted, hidden files and web assets skipped, ``glob`` applied); a
    path with a scheme (``hdfs://``, ``s3a://``) is kept as it is, for the
    engine to list.

    Examples
    --------
    >>> files, failed = list_inputs(["/no/such/file.jsonl", "s3a://bucket/news/"])
    >>> [f["path"] for f in files], failed
    (['/no/such/file.jsonl', 's3a://bucket/news/'], [])
    """
    files: list[dict[str, Any]] = []
    failed: list[ReadFailure] = []
    for input_no, path in enumerate(paths):
        text = str(path)
        if "://" not in text and os.path.isdir(text):
            file_no = 0
            for item in iter_files(Path(text), glob):
                if isinstance(item, ReadFailure):
                    failed.append(item)
                else:
                    files.append({"input_no": input_no, "file_no": file_no, "path": str(item)})
                    file_no += 1
        else:
            files.append({"input_no": input_no, "file_no": 0, "path": text})
    return files, failed


def raw_row(
    input_no: int, file_no: int, record_no: int, item: RawDocument | ReadFailure
) -> dict[str, Any]:
    """One :data:`RAW_COLUMNS` row for a document or a read failure.

    Examples
    --------
    >>> raw_row(0, 1, 2, ReadFailure("x.bin", "binary file"))["failure"]
    'binary file'
    """
    if isinstance(item, ReadFailure):
        return {
            "input_no": input_no, "file_no": file_no, "record_no": record_no,
            "origin": item.origin, "kind": None, "content": None, "declared": None,
            "failure": item.reason,
        }
    return {
        "input_no": input_no, "file_no": file_no, "record_no": record_no,
        "origin": item.origin, "kind": item.kind, "content": item.content,
        "declared": json.dumps(item.declared, ensure_ascii=False, default=str),
        "failure": None,
    }


def read_batch(
    files: pd.DataFrame,
    fmt: str | None = None,
    fields: FieldMap | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> pd.DataFrame:
    """Read each file (:data:`FILE_COLUMNS` row) into raw records (:data:`RAW_COLUMNS`).

    With a ``content`` column (bytes, as Spark's ``binaryFile`` source gives
    them) the bytes are read instead of the path; the format then comes from
    the name and the first bytes, as for a local file.

    Examples
    --------
    >>> import pandas as pd
    >>> files = pd.DataFrame([{"input_no": 0, "file_no": 0, "path": "x.jsonl",
    ...     "content": b'{"text": "Snow in Moscow"}\\nnot json\\n'}])
    >>> read_batch(files)[["record_no", "origin", "failure"]].values.tolist()
    [[0, 'x.jsonl:1', None], [1, 'x.jsonl:2', 'invalid JSON: Expecting value (column 1)']]
    """
    from storyline.read import format_for, guarded, read_path, read_stream

    rows: list[dict[str, Any]] = []
    has_bytes = "content" in files.columns
    for rec in files.to_dict("records"):
        path = str(rec["path"])
        if has_bytes and rec.get("content") is not None:
            import io

            data = bytes(rec["content"])
            name = path.split("/")[-1]
            kind = fmt or format_for(Path(name), data[:4096])
            items: Iterator[RawDocument | ReadFailure] = guarded(
                path,
                read_stream(io.BytesIO(data), kind, fields=fields, max_bytes=max_bytes,
                            origin=path),
            )
        else:
            items = guarded(path, read_path(path, fmt, fields=fields, max_bytes=max_bytes))
        for record_no, item in enumerate(items):
            rows.append(raw_row(int(rec["input_no"]), int(rec["file_no"]), record_no, item))
    return _frame(rows, RAW_COLUMNS)


#: Columns :func:`records_batch` adds to a table of records (the rest are the record's fields).
RECORD_META: tuple[str, ...] = ("input_no", "file_no", "record_no", "path")


def _plain(value: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "isoformat"):  # pandas/NumPy/datetime timestamps and dates
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value


def records_batch(
    frame: pd.DataFrame, fields: FieldMap | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> pd.DataFrame:
    """Rows of a table of records (Parquet: text, title, date, url, lang, ...) -> raw records.

    Each row is one record, read exactly as a JSON Lines record
    (:func:`storyline.read.records.record_document`, ``fields`` naming the
    columns); :data:`RECORD_META` columns say where it came from, and its
    origin is ``path:row`` (1-based).

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame([
    ...     {"input_no": 0, "file_no": 0, "record_no": 0, "path": "n.parquet",
    ...      "text": "Snow in Moscow", "date": pd.Timestamp("2025-01-02")},
    ...     {"input_no": 0, "file_no": 0, "record_no": 1, "path": "n.parquet",
    ...      "text": None, "date": None}])
    >>> out = records_batch(rows)
    >>> out["origin"].tolist(), out.loc[0, "declared"], out.loc[1, "failure"]
    (['n.parquet:1', 'n.parquet:2'], '{"date": "2025-01-02T00:00:00"}', "empty 'text' field")
    """
    from storyline.read.records import record_document

    rows: list[dict[str, Any]] = []
    data_cols = [c for c in frame.columns if c not in RECORD_META]
    for rec in frame.to_dict("records"):
        record = {c: _plain(rec[c]) for c in data_cols}
        origin = f"{rec['path']}:{int(rec['record_no']) + 1}"
        item = record_document(record, origin, fields, max_bytes=max_bytes)
        rows.append(raw_row(int(rec["input_no"]), int(rec["file_no"]), int(rec["record_no"]),
                            item))
    return _frame(rows, RAW_COLUMNS)


_WORKER_ENCODERS: dict[tuple[str, int | None], Encoder] = {}


def worker_encoder(name: str, threads: int | None = None) -> Encoder:
    """The encoder ``name`` for this worker process, loaded once, on ``threads`` threads.

    ``e5-small`` gets its own instance with ``threads`` intra-op threads
    (one per engine task, so tasks do not fight over cores); other names
    are :func:`storyline.encode.get_encoder`'s process-wide instance.

    Examples
    --------
    >>> worker_encoder("hashing") is worker_encoder("hashing", 1)
    True
    """
    if name != "e5-small" or threads is None:
        return get_encoder(name)
    key = (name, threads)
    if key not in _WORKER_ENCODERS:
        from storyline.encode import FastE5Encoder

        _WORKER_ENCODERS[key] = FastE5Encoder(threads=threads)
    return _WORKER_ENCODERS[key]


def arrival_key(article: Article) -> str:
    """Sort key for arrival order: publication time, else fetch time, then the id.

    Articles with neither time sort last (by id).

    Examples
    --------
    >>> a = Article(id="ab", text="t", text_original="t", lang="en", lang_confidence=1.0,
    ...             published="2025-03-16T00:00:00+00:00")
    >>> arrival_key(a)
    '2025-03-16T00:00:00+00:00|ab'
    >>> arrival_key(Article(id="cd", text="t", text_original="t", lang="en", lang_confidence=1))
    '~|cd'
    """
    return f"{article.published or article.scraped_at or _UNDATED}|{article.id}"


def _article_row(prepared: Prepared) -> dict[str, Any]:
    a = prepared.article
    return {
        "id": a.id, "text": a.text, "text_original": a.text_original, "lang": a.lang,
        "lang_confidence": float(a.lang_confidence), "title": a.title, "url": a.url,
        "outlet": a.outlet, "author": a.author, "published": a.published,
        "published_precision": a.published_precision, "published_source": a.published_source,
        "scraped_at": a.scraped_at, "dateline_place": a.dateline_place,
        "mixed_language": bool(a.mixed_language), "captions": list(a.captions),
        "sentences": list(a.sentences), "sources": list(a.sources),
        "years": [int(y) for y in a.years], "days": list(a.days), "origin": a.origin,
        "signature": np.asarray(prepared.signature, dtype="<u8").tobytes(),
        "link_keys": prepared.link_keys, "arrival": arrival_key(a),
    }


def prepare_batch(
    raw: pd.DataFrame,
    *,
    encoder: str = "e5-small",
    lead_chars: int | None = None,
    threads: int | None = None,
) -> pd.DataFrame:
    """Prepare and encode a batch of raw records (:data:`RAW_COLUMNS` -> :data:`PREPARED_COLUMNS`).

    Each document goes through :func:`storyline.pipeline.prepare` (with its
    link keys); the batch's title + lead texts are encoded in one call of
    the encoder ``encoder`` (``threads`` intra-op threads,
    :func:`worker_encoder`). A document that fails, at any stage, becomes a
    row with ``stage`` and ``failure`` set and no article; the batch never
    fails for one document.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame([raw_row(0, 0, 0, RawDocument(origin="e.txt", content="  ")),
    ...                     raw_row(0, 1, 0, ReadFailure("b.bin", "binary file"))])
    >>> prepare_batch(raw, encoder="hashing")[["origin", "stage", "failure"]].values.tolist()
    [['e.txt', 'prepare', 'no text'], ['b.bin', 'read', 'binary file']]
    """
    from storyline.link.vectors import LEAD_CHARS, vector_key
    from storyline.pipeline import _prepare_safely

    lead = LEAD_CHARS if lead_chars is None else lead_chars
    rows: list[dict[str, Any]] = []
    done: list[tuple[int, Prepared]] = []
    for rec in raw.to_dict("records"):
        where = {k: int(rec[k]) for k in ("input_no", "file_no", "record_no")}
        if rec.get("failure") is not None:
            rows.append({**where, "origin": rec["origin"], "stage": "read",
                         "failure": rec["failure"]})
            continue
        doc = RawDocument(
            origin=rec["origin"], content=rec["content"] or "", kind=rec["kind"] or "text",
            declared=json.loads(rec["declared"]) if rec.get("declared") else {},
        )
        result = _prepare_safely(doc, with_link_keys=True)
        if isinstance(result, ReadFailure):
            rows.append({**where, "origin": result.origin, "stage": "prepare",
                         "failure": result.reason})
            continue
        rows.append({**where, **_article_row(result), "stage": None, "failure": None})
        done.append((len(rows) - 1, result))
    if done:
        enc = worker_encoder(encoder, threads)
        key = vector_key(enc, lead)
        texts = [doc_text_for_linking(p.article.title, p.article.text, lead) for _, p in done]
        try:
            vecs = np.asarray(enc.encode(texts), dtype=np.float32)
        except Exception as exc:  # the encoder failing must cost this batch's vectors only
            logger.warning("encoding a batch of %d failed", len(texts), exc_info=True)
            reason = f"internal error: {type(exc).__name__}: {exc}"[:300]
            for i, _ in done:
                rows[i] = {**{k: rows[i][k] for k in ("input_no", "file_no", "record_no",
                                                       "origin")},
                           "stage": "encode", "failure": reason}
        else:
            for (i, _), vec in zip(done, vecs, strict=True):
                rows[i]["vector"] = vec.astype("<f2").tobytes()
                rows[i]["dim"] = int(vec.size)
                rows[i]["vector_key"] = key
    return _frame(rows, PREPARED_COLUMNS)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, float) and value != value:  # NaN from an empty pandas cell
        return []
    return list(value)


def _opt(value: Any) -> Any:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def iter_prepared(frame: pd.DataFrame) -> Iterator[Prepared]:
    """Rebuild :class:`~storyline.pipeline.Prepared` articles (with vectors) from prepared rows.

    Rows with a ``failure`` are skipped; order is kept.

    Examples
    --------
    >>> import pandas as pd
    >>> list(iter_prepared(pd.DataFrame(columns=list(PREPARED_COLUMNS))))
    []
    """
    from storyline.pipeline import Prepared

    for rec in frame.to_dict("records"):
        if _opt(rec.get("failure")) is not None or _opt(rec.get("id")) is None:
            continue
        article = Article(
            id=rec["id"], text=rec["text"], text_original=rec["text_original"],
            lang=rec["lang"], lang_confidence=float(rec["lang_confidence"]),
            title=_opt(rec["title"]), url=_opt(rec["url"]), outlet=_opt(rec["outlet"]),
            author=_opt(rec["author"]), published=_opt(rec["published"]),
            published_precision=rec["published_precision"],
            scraped_at=_opt(rec["scraped_at"]), dateline_place=_opt(rec["dateline_place"]),
            mixed_language=bool(rec["mixed_language"]),
            captions=tuple(_as_list(rec["captions"])),
            sentences=tuple(_as_list(rec["sentences"])), origin=rec["origin"] or "",
            sources=tuple(_as_list(rec["sources"])),
            published_source=rec["published_source"] or "unknown",
            years=tuple(int(y) for y in _as_list(rec["years"])),
            days=tuple(_as_list(rec["days"])),
        )
        vector = None
        if _opt(rec.get("vector")) is not None:
            vector = np.frombuffer(bytes(rec["vector"]), dtype="<f2").astype(np.float16)
        yield Prepared(
            article=article,
            signature=np.frombuffer(bytes(rec["signature"]), dtype="<u8").astype(np.uint64),
            link_keys=_opt(rec.get("link_keys")),
            vector=vector,
            vector_key=_opt(rec.get("vector_key")),
        )


class PreparedDirError(StorylineError, ValueError):
    """A prepared directory that cannot be read (one-line reason)."""


#: Orders a prepared directory can be linked in: ``arrival`` (publication
#: time, else fetch time, then id) or ``input`` (as ``ingest`` reads the
#: inputs: input, file, record).
ORDERS: dict[str, tuple[str, ...]] = {
    "arrival": ("arrival",),
    "input": ("input_no", "file_no", "record_no"),
}


def articles_path(root: str | Path) -> Path:
    """The Parquet folder of prepared articles in a prepared directory (or ``root`` itself).

    Examples
    --------
    >>> articles_path("/no/such/dir")
    Traceback (most recent call last):
    ...
    storyline.batch.PreparedDirError: not a prepared directory: /no/such/dir
    """
    base = Path(root)
    for candidate in (base / "articles", base):
        if candidate.is_dir() and any(candidate.glob("*.parquet")):
            return candidate
    raise PreparedDirError(f"not a prepared directory: {root}")


def is_prepared_dir(path: str | Path) -> bool:
    """True when ``path`` is a directory :func:`storyline.spark.prepare` wrote.

    Examples
    --------
    >>> is_prepared_dir("/no/such/dir")
    False
    """
    base = Path(path)
    return (base / "_storyline.json").is_file() or (
        (base / "articles").is_dir() and any((base / "articles").glob("*.parquet"))
    )


def read_prepared_dir(root: str | Path, order: str = "arrival") -> pd.DataFrame:
    """Every prepared article under ``root``, sorted in ``order`` (:data:`ORDERS`).

    The whole table is read (about 2 KB per article beside its text); the
    sort is stable and total (the arrival key ends with the id).
    """
    if order not in ORDERS:
        raise PreparedDirError(f"unknown order {order!r} (known: {', '.join(ORDERS)})")
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(articles_path(root))
    except PreparedDirError:
        raise
    except Exception as exc:  # pyarrow raises many kinds for a damaged file
        raise PreparedDirError(f"cannot read prepared articles in {root}: {exc}") from exc
    missing = [c for c in PREPARED_COLUMNS if c not in ("stage", "failure")
               and c not in table.column_names]
    if missing:
        raise PreparedDirError(f"{root}: not prepared articles (no {', '.join(missing)} column)")
    frame = table.to_pandas()
    return frame.sort_values(list(ORDERS[order]), kind="stable").reset_index(drop=True)


def prepared_vector_keys(frame: pd.DataFrame) -> list[str]:
    """The vector keys found in a prepared table (normally one).

    Examples
    --------
    >>> import pandas as pd
    >>> prepared_vector_keys(pd.DataFrame({"vector_key": ["a@400", None, "a@400"]}))
    ['a@400']
    """
    return sorted({k for k in frame["vector_key"] if isinstance(k, str)})


class PreparedReader:
    """The prepared articles of a directory, streamed in ``order`` with bounded memory.

    Each Parquet file is read ``batch_rows`` rows at a time. When every file
    is sorted in ``order`` -- what ``spark prepare`` writes for ``arrival``:
    range-partitioned by arrival, sorted inside each file -- the files are
    merged as they stream, holding at most one batch per file
    (``peak_rows`` counts the rows held at once; ``streamed`` is True).
    Otherwise (``input`` order of a directory written in arrival order, or
    files written by hand in no order) the whole table is read and sorted,
    as :func:`read_prepared_dir` does. Either way the order is the same
    (stable: files in name order, rows in file order).

    Examples
    --------
    >>> PreparedReader("/no/such/dir")
    Traceback (most recent call last):
    ...
    storyline.batch.PreparedDirError: not a prepared directory: /no/such/dir
    """

    def __init__(self, root: str | Path, order: str = "arrival", batch_rows: int = 1024) -> None:
        if order not in ORDERS:
            raise PreparedDirError(f"unknown order {order!r} (known: {', '.join(ORDERS)})")
        import pyarrow.parquet as pq

        self.root = root
        self.order = order
        self.batch_rows = max(1, int(batch_rows))
        self.files = sorted(articles_path(root).glob("*.parquet"))
        try:
            names = set(pq.read_schema(self.files[0]).names)
        except Exception as exc:  # pyarrow raises many kinds for a damaged file
            raise PreparedDirError(f"cannot read prepared articles in {root}: {exc}") from exc
        missing = [c for c in PREPARED_COLUMNS if c not in ("stage", "failure") and c not in names]
        if missing:
            raise PreparedDirError(f"{root}: not prepared articles (no {', '.join(missing)} column)")
        self.streamed = all(self._is_sorted(f) for f in self.files)
        self.peak_rows = 0
        self._held = 0

    def _column(self, path: Path, names: Sequence[str]) -> pd.DataFrame:
        import pyarrow.parquet as pq

        try:
            return pq.read_table(path, columns=list(names)).to_pandas()
        except Exception as exc:  # pyarrow raises many kinds for a damaged file
            raise PreparedDirError(f"cannot read prepared articles in {path}: {exc}") from exc

    def _is_sorted(self, path: Path) -> bool:
        keys = self._column(path, ORDERS[self.order])
        rows = list(zip(*(keys[c].tolist() for c in ORDERS[self.order]), strict=True))
        return all(a <= b for a, b in zip(rows, rows[1:], strict=False))

    def vector_keys(self) -> list[str]:
        """The vector keys found (normally one), reading only that column."""
        found: set[str] = set()
        for path in self.files:
            found |= set(prepared_vector_keys(self._column(path, ["vector_key"])))
        return sorted(found)

    def _stream(self, path: Path) -> Iterator[tuple[tuple[Any, ...], Prepared]]:
        import pyarrow.parquet as pq

        names = ORDERS[self.order]
        for batch in pq.ParquetFile(path).iter_batches(batch_size=self.batch_rows):
            frame = batch.to_pandas()
            keep = frame["id"].notna()
            if "failure" in frame.columns:
                keep &= frame["failure"].isna()
            frame = frame[keep]
            self._held += len(frame)
            self.peak_rows = max(self.peak_rows, self._held)
            try:
                keys = zip(*(frame[c].tolist() for c in names), strict=True)
                yield from zip(keys, iter_prepared(frame), strict=True)
            finally:
                self._held -= len(frame)

    def __iter__(self) -> Iterator[Prepared]:
        if not self.streamed:
            frame = read_prepared_dir(self.root, self.order)
            self.peak_rows = max(self.peak_rows, len(frame))
            yield from iter_prepared(frame)
            return
        import heapq

        for _, prepared in heapq.merge(*(self._stream(f) for f in self.files),
                                       key=lambda item: item[0]):
            yield prepared
