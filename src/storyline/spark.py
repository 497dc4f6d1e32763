"""Apache Spark shell over :mod:`storyline.batch`: prepare (and link) at scale.

Only engine plumbing lives here: the stages are the pandas batch functions
of :mod:`storyline.batch` and :mod:`storyline.shards`, called through
``mapInPandas`` and ``applyInPandas``; a Ray or Dask shell would call the
same functions. Needs the ``storyline[spark]`` extra (PySpark 4, pandas,
pyarrow) and a Java runtime (17 or later).

:func:`prepare` writes a prepared directory::

    DIR/articles/    Parquet, one row per prepared article (storyline.batch.PREPARED_COLUMNS),
                     range-partitioned by arrival and sorted inside each file
    DIR/failures/    Parquet, one row per document or file that could not be prepared
    DIR/_storyline.json  what was run: encoder, vector key, counts

``storyline ingest DIR`` (:func:`storyline.api.ingest_prepared_dir`) then
links it with the exact sequential linker, without preparing or encoding
again.

Examples
--------
>>> spark_conf("local[2]")["spark.driver.bindAddress"]
'127.0.0.1'
>>> spark_conf("yarn").get("spark.driver.bindAddress") is None
True
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.batch import (
    FAILURE_COLUMNS,
    FILE_COLUMNS,
    PREPARED_COLUMNS,
    RAW_COLUMNS,
    RECORD_META,
    list_inputs,
    prepare_batch,
    read_batch,
    records_batch,
)
from storyline.errors import StorylineError
from storyline.read.common import MAX_DOCUMENT_BYTES
from storyline.read.records import FieldMap
from storyline.settings import Settings

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

logger = logging.getLogger(__name__)

__all__ = [
    "PrepareSummary",
    "ShardSummary",
    "SparkUnavailable",
    "link_shards",
    "prepare",
    "session",
    "spark_conf",
]

MANIFEST = "_storyline.json"
"""The file in a prepared directory that says how it was made."""


class SparkUnavailable(StorylineError, RuntimeError):
    """PySpark or Java is missing (one-line reason: what to install)."""


def _ddl(columns: dict[str, str]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns.items())


def spark_conf(master: str, threads_per_task: int = 1) -> dict[str, str]:
    """The Spark settings storyline runs with on ``master``.

    One OpenMP / BLAS thread per task (``threads_per_task``): Spark runs one
    task per core, so more threads would only fight. A ``local[...]``
    master binds to 127.0.0.1 and has no web UI.

    Examples
    --------
    >>> spark_conf("local[1]")["spark.executorEnv.OMP_NUM_THREADS"]
    '1'
    """
    threads = str(threads_per_task)
    conf = {
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.sql.execution.arrow.maxRecordsPerBatch": "256",
        "spark.python.worker.reuse": "true",
        "spark.executorEnv.OMP_NUM_THREADS": threads,
        "spark.executorEnv.OPENBLAS_NUM_THREADS": threads,
        "spark.executorEnv.MKL_NUM_THREADS": threads,
        "spark.executorEnv.TOKENIZERS_PARALLELISM": "false",
    }
    if master.startswith("local"):
        conf.update(
            {
                "spark.driver.host": "127.0.0.1",
                "spark.driver.bindAddress": "127.0.0.1",
                "spark.ui.enabled": "false",
                "spark.ui.showConsoleProgress": "false",
                # one shuffle partition per core: each is a task with a Python worker
                "spark.sql.shuffle.partitions": str(_local_cores(master)),
            }
        )
    return conf


def _local_cores(master: str) -> int:
    """The cores a ``local``, ``local[N]``, ``local[*]`` (or ``local[N,F]``) master runs on.

    Examples
    --------
    >>> _local_cores("local[2]"), _local_cores("local"), _local_cores("local[3,2]")
    (2, 1, 3)
    """
    inside = master[master.find("[") + 1 : master.rfind("]")] if "[" in master else "1"
    first = inside.split(",")[0].strip()
    if first == "*":
        return os.cpu_count() or 1
    return int(first) if first.isdigit() and int(first) > 0 else 1


def session(
    master: str | None = None, app_name: str = "storyline", threads_per_task: int = 1
) -> SparkSession:
    """Start (or join) a Spark session with :func:`spark_conf`.

    ``master`` ``None`` takes what ``spark-submit`` set, else ``local[*]``.
    The Python workers run this interpreter unless ``PYSPARK_PYTHON`` says
    otherwise.

    Raises
    ------
    SparkUnavailable
        When PySpark is not installed or no Java runtime is found.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable(
            "PySpark is not installed: pip install 'storyline[spark]'"
        ) from exc
    import shutil

    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise SparkUnavailable(
            "no Java runtime: install one (Debian: apt-get install openjdk-17-jre-headless)"
        )
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    resolved = master or os.environ.get("MASTER")
    if resolved is None and "spark.master" not in _submit_conf():
        resolved = "local[*]"
    if resolved is not None:
        builder = builder.master(resolved)
    for key, value in spark_conf(resolved or "", threads_per_task).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _submit_conf() -> dict[str, str]:
    """Settings ``spark-submit`` passed to this driver (empty when run directly)."""
    raw = os.environ.get("PYSPARK_SUBMIT_ARGS", "")
    return {"spark.master": raw} if "--master" in raw else {}


@dataclass(frozen=True)
class PrepareSummary:
    """What :func:`prepare` wrote: counts and the output directory."""

    out: str
    files: int
    prepared: int
    failed: int
    vector_key: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary.

        Examples
        --------
        >>> PrepareSummary("d", 1, 2, 0, "k").to_dict()["prepared"]
        2
        """
        return {
            "out": self.out,
            "files": self.files,
            "prepared": self.prepared,
            "failed": self.failed,
            "vector_key": self.vector_key,
        }


def _files_frame(spark: SparkSession, files: list[dict[str, Any]], n: int) -> DataFrame:
    import pandas as pd

    local = [f for f in files if "://" not in f["path"]]
    remote = [f for f in files if "://" in f["path"]]
    frames = []
    if local:
        pdf = pd.DataFrame(local, columns=list(FILE_COLUMNS))
        frames.append(
            spark.createDataFrame(pdf, schema=_ddl(FILE_COLUMNS))
            .repartition(max(1, min(n, len(local))))
            .withColumn("content", _null_binary())
        )
    for f in remote:  # any Hadoop file system: list, then read the bytes there
        frames.append(_remote_files(spark, f))
    if not frames:
        return spark.createDataFrame(
            [], schema=_ddl({**FILE_COLUMNS, "content": "binary"})
        )
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


def _null_binary() -> Any:
    from pyspark.sql import functions as F

    return F.lit(None).cast("binary")


def _remote_files(spark: SparkSession, f: dict[str, Any]) -> DataFrame:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(f["path"])
    )
    order = files.select("path").withColumn(
        "file_no", F.row_number().over(Window.orderBy("path")) - 1
    )
    return (
        files.join(F.broadcast(order), "path")
        .select(
            F.lit(int(f["input_no"])).cast("bigint").alias("input_no"),
            F.col("file_no").cast("bigint"),
            "path",
            "content",
        )
    )


def hadoop_literal(path: str) -> str:
    """``path`` with Hadoop's glob characters escaped, so Spark reads that very path.

    Spark expands ``[``, ``]``, ``{``, ``}``, ``*``, ``?`` in the paths it
    reads: a folder named ``run[1]`` would not be found.

    Examples
    --------
    >>> hadoop_literal("/data/run[1]/articles")
    '/data/run\\\\[1\\\\]/articles'
    """
    return "".join("\\" + c if c in "\\[]{}*?" else c for c in path)


def is_parquet_input(path: str, fmt: str | None = None) -> bool:
    """True when ``path`` is read as a Parquet table of records (one article per row).

    ``fmt="parquet"``, a ``.parquet`` name, or a local directory holding
    Parquet files and nothing else readable.

    Examples
    --------
    >>> is_parquet_input("s3a://lake/news/2024.parquet"), is_parquet_input("feed.jsonl")
    (True, False)
    """
    if fmt == "parquet" or path.rstrip("/").endswith(".parquet"):
        return True
    if "://" in path or not os.path.isdir(path):
        return False
    names = [n for _, _, files in os.walk(path) for n in files if not n.startswith((".", "_"))]
    return bool(names) and all(n.endswith(".parquet") for n in names)


def _parquet_records(
    spark: SparkSession, path: str, input_no: int, fields: FieldMap | None, max_bytes: int
) -> DataFrame:
    """A Parquet table of records as raw records (origin ``file:row``, rows in file order)."""
    from pyspark.sql import functions as F

    table = spark.read.parquet(path if "://" in path else hadoop_literal(path))
    data = table.select(
        *[F.col(f"`{c}`") for c in table.columns if c not in RECORD_META],
        F.col("_metadata.file_path").alias("path"),
        F.col("_metadata.row_index").cast("bigint").alias("record_no"),
    )
    names = sorted(r[0] for r in data.select("path").distinct().collect())
    numbers = spark.createDataFrame(
        [(name, i) for i, name in enumerate(names)], schema="path string, file_no bigint"
    )
    data = data.join(F.broadcast(numbers), "path").withColumn(
        "input_no", F.lit(input_no).cast("bigint")
    )

    def records_fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for pdf in batches:
            yield records_batch(pdf, fields, max_bytes)

    return data.mapInPandas(records_fn, schema=_ddl(RAW_COLUMNS))


def prepare(
    spark: SparkSession,
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    partitions: int | None = None,
    fmt: str | None = None,
    glob: str | None = None,
    fields: FieldMap | None = None,
    settings: Settings | None = None,
    threads_per_task: int = 1,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    mode: str = "error",
) -> PrepareSummary:
    """Read, prepare and encode every document under ``inputs`` on Spark; write Parquet to ``out``.

    Files are read where they are (one task per file), the records spread
    round-robin over ``partitions`` (default: twice the default
    parallelism), and each batch prepared and encoded with
    :func:`storyline.batch.prepare_batch` (models load once per Python
    worker). A bad record lands in ``out/failures`` with its reason; it
    never fails the job. ``mode`` is Spark's save mode (``error``,
    ``overwrite``).
    """
    settings = settings if settings is not None else Settings()
    tables = {i: str(p) for i, p in enumerate(inputs) if is_parquet_input(str(p), fmt)}
    files, list_failed = list_inputs([str(p) for p in inputs], glob)
    files = [f for f in files if f["input_no"] not in tables]
    n = partitions or max(2, 2 * spark.sparkContext.defaultParallelism)
    encoder, lead = settings.encoder, settings.tracker.lead_chars

    def read_fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for pdf in batches:
            yield read_batch(pdf, fmt=None if fmt == "parquet" else fmt, fields=fields,
                             max_bytes=max_bytes)

    def prepare_fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for pdf in batches:
            yield prepare_batch(pdf, encoder=encoder, lead_chars=lead, threads=threads_per_task)

    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    raw = _files_frame(spark, files, n).mapInPandas(read_fn, schema=_ddl(RAW_COLUMNS))
    for input_no, path in tables.items():
        raw = raw.unionByName(_parquet_records(spark, path, input_no, fields, max_bytes))
    prepared = (
        raw.repartition(n)
        .mapInPandas(prepare_fn, schema=_ddl(PREPARED_COLUMNS))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    try:
        root = str(out).rstrip("/")
        good = prepared.where(F.col("failure").isNull()).drop("stage", "failure")
        # range-partitioned by arrival and sorted inside each file: `ingest DIR` streams it in
        # arrival order, one batch per file at a time (storyline.batch.PreparedReader)
        good.repartitionByRange(n, "arrival").sortWithinPartitions("arrival").write.mode(
            mode
        ).parquet(f"{root}/articles")
        bad = prepared.where(F.col("failure").isNotNull()).select(*FAILURE_COLUMNS)
        if list_failed:
            listed = spark.createDataFrame(
                [(f.origin, "read", f.reason, -1, -1, -1) for f in list_failed],
                schema=_ddl({c: PREPARED_COLUMNS[c] for c in FAILURE_COLUMNS}),
            )
            bad = bad.unionByName(listed)
        bad.coalesce(1).write.mode(mode).parquet(f"{root}/failures")
        # counted on the persisted frame, not read back: a path may hold glob characters ([, ])
        n_good = good.count()
        n_bad = bad.count()
        keys = [r[0] for r in good.select("vector_key").distinct().collect()]
    finally:
        prepared.unpersist()
    summary = PrepareSummary(root, len(files) + len(tables), n_good, n_bad, keys[0] if len(keys) == 1 else None)
    if "://" not in root or root.startswith("file://"):
        manifest = Path(root.removeprefix("file://")) / MANIFEST
        manifest.write_text(
            json.dumps(
                {**summary.to_dict(), "encoder": encoder, "lead_chars": lead,
                 "sorted_by": "arrival",
                 "inputs": [str(p) for p in inputs]},
                ensure_ascii=False, indent=1,
            ),
            encoding="utf-8",
        )
    return summary


@dataclass(frozen=True)
class ShardSummary:
    """What :func:`link_shards` wrote."""

    out: str
    articles: int
    stories: int
    shards: int
    overlap_days: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary.

        Examples
        --------
        >>> ShardSummary("d", 3, 2, 1, 10.0).to_dict()["stories"]
        2
        """
        return {
            "out": self.out,
            "articles": self.articles,
            "stories": self.stories,
            "shards": self.shards,
            "overlap_days": self.overlap_days,
        }


def link_shards(
    spark: SparkSession,
    prepared: str | Path,
    out: str | Path,
    *,
    shard_by: str = "month",
    overlap_days: float | None = None,
    settings: Settings | None = None,
    mode: str = "error",
) -> ShardSummary:
    """Link a prepared directory by time shard (one exact linker each), stitched through the overlap.

    Writes ``out/story_articles`` (``id, story_id, shard``) and
    ``out/stories`` (``story_id, n_articles, first_arrival, last_arrival,
    title``) as Parquet. ``overlap_days`` ``None`` takes
    :func:`storyline.shards.overlap_days_for` (the linker's own time rule).
    See :mod:`storyline.shards`.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from storyline.batch import articles_path
    from storyline.shards import (
        LINK_COLUMNS,
        MEMBER_COLUMNS,
        assign_shards,
        capped_overlap,
        link_shard,
        overlap_days_for,
        story_groups,
    )

    settings = settings if settings is not None else Settings()
    overlap = overlap_days_for(settings=settings) if overlap_days is None else float(overlap_days)
    overlap = capped_overlap(shard_by, overlap)  # bad parameters fail here, not in a task
    src = str(prepared).rstrip("/")
    if "://" in src:
        arts = spark.read.parquet(f"{src}/articles")
    else:
        arts = spark.read.parquet(hadoop_literal(str(articles_path(src))))
    arts = arts.dropDuplicates(["id"])

    def assign_fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for pdf in batches:
            yield assign_shards(pdf, shard_by, overlap)

    def link_fn(pdf: pd.DataFrame) -> pd.DataFrame:
        return link_shard(pdf, settings)

    keys = arts.select("id", "arrival").mapInPandas(
        assign_fn, schema="id string, shard string, role string, arrival string"
    )
    links = (
        arts.drop("arrival")
        .join(keys, "id")
        .groupBy("shard")
        .applyInPandas(link_fn, schema=_ddl(LINK_COLUMNS))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    root = str(out).rstrip("/")
    members = None
    try:
        multi = links.groupBy("id").count().where(F.col("count") > 1).select("id")
        edges = links.join(multi, "id").select("id", "shard", "role", "story", "core").toPandas()
        groups = story_groups(edges)
        mapping = spark.createDataFrame(
            [(s, st, f"{r[0]}\u241f{r[1]}") for (s, st), r in groups.items()],
            schema="shard string, story string, root string",
        )
        core = (
            links.where((F.col("role") == "core") & F.col("story").isNotNull())
            .join(F.broadcast(mapping), ["shard", "story"], "left")
            .withColumn(
                "root", F.coalesce("root", F.concat_ws("\u241f", "shard", "story"))
            )
        )
        first = core.groupBy("root").agg(
            F.concat(F.lit("s"), F.min_by("id", "arrival")).alias("story_id")
        )
        members = (
            core.join(first, "root")
            .select(*MEMBER_COLUMNS)
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        members.write.mode(mode).parquet(f"{root}/story_articles")
        titles = arts.select("id", "title", "arrival")
        stories = (
            members.join(titles, "id")
            .groupBy("story_id")
            .agg(
                F.count("id").alias("n_articles"),
                F.min("arrival").alias("first_arrival"),
                F.max("arrival").alias("last_arrival"),
                F.min_by("title", "arrival").alias("title"),
            )
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        stories.write.mode(mode).parquet(f"{root}/stories")
        # counted on the persisted frames, not read back: a path may hold glob characters ([, ])
        n_articles = members.count()
        n_stories = stories.count()
        stories.unpersist()
        n_shards = links.select("shard").distinct().count()
    finally:
        if members is not None:
            members.unpersist()
        links.unpersist()
    return ShardSummary(root, n_articles, n_stories, n_shards, overlap)
