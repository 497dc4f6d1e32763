"""Commands for running at scale: ``storyline spark prepare``, ``spark link``, ``export``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from storyline.cli.common import (
    Commands,
    DbOption,
    JsonOption,
    _fail,
    _open_store,
    _print_json,
    console,
    err,
    settings,
)
from storyline.terminal import safe

commands = Commands()
"""What this module offers the ``storyline`` app (registered by :mod:`storyline.cli`)."""

spark_app = typer.Typer(
    name="spark",
    help="Run storyline's stages on Apache Spark (needs the spark extra and Java 17+).",
    no_args_is_help=True,
)
commands.add_typer(spark_app, name="spark")

MasterOption = Annotated[
    str | None,
    typer.Option(
        "--master",
        help="Spark master URL (local[2], yarn, spark://host:7077; default: spark-submit's, "
        "else local[*]).",
    ),
]


def _session(master: str | None) -> Any:
    from storyline.api import spark_session
    from storyline.errors import StorylineError

    try:
        return spark_session(master)
    except StorylineError as exc:
        raise _fail(str(exc)) from exc


@spark_app.command("prepare")
def spark_prepare(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, directories or URIs (hdfs://, s3a://): JSONL, JSON, CSV, "
                       "Parquet tables of records, text and HTML files, feeds."),
    ],
    out: Annotated[str, typer.Option("--out", "-o", help="Output directory (Parquet).")],
    master: MasterOption = None,
    partitions: Annotated[
        int | None,
        typer.Option("--partitions", "-p", min=1, help="Partitions to prepare in "
                     "(default: twice the cores)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="txt, html, json, jsonl, csv, feed or parquet "
                     "(default: detect)."),
    ] = None,
    glob: Annotated[
        str | None, typer.Option("--glob", help="Only files matching this pattern in directories.")
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing output directory.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read, clean, date, language-identify and encode articles on Spark; write Parquet.

    DIR/articles holds every prepared article (all the fields the store
    keeps, MinHash signature, link keys, float16 title+lead vector, arrival
    key); DIR/failures what could not be prepared, with the reason. Link it
    with: storyline ingest DIR --db X.
    """
    from storyline.api import spark_prepare as run
    from storyline.read import SUPPORTED_FORMATS

    known = (*SUPPORTED_FORMATS, "parquet")
    if fmt is not None and fmt not in known:
        raise _fail(f"unknown format {fmt!r}: use one of {', '.join(known)}")
    spark = _session(master)
    try:
        summary = run(
            spark, inputs, out, partitions=partitions, fmt=fmt, glob=glob,
            settings=settings(), mode="overwrite" if overwrite else "error",
        )
    except Exception as exc:  # Spark's own errors (output exists, cluster lost) as one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _fail(f"spark prepare failed: {first}") from exc
    finally:
        spark.stop()
    if as_json:
        _print_json(summary.to_dict())
        return
    console.print(
        f"files [bold]{summary.files}[/], prepared [bold green]{summary.prepared}[/], "
        f"failed [bold {'red' if summary.failed else 'green'}]{summary.failed}[/] "
        f"-> {safe(summary.out)} (vectors {safe(summary.vector_key or '-')})",
        highlight=False,
    )
    if summary.failed:
        err.print(f"failures: {safe(summary.out)}/failures", highlight=False)


@spark_app.command("link")
def spark_link(
    prepared: Annotated[str, typer.Argument(help="A directory `storyline spark prepare` wrote.")],
    out: Annotated[str, typer.Option("--out", "-o", help="Output directory (Parquet).")],
    shard_by: Annotated[
        str, typer.Option("--shard-by", help="Time shard: month or week.")
    ] = "month",
    overlap_days: Annotated[
        float | None,
        typer.Option(
            "--overlap-days", min=0,
            help="Days of the previous shard each shard also links, to stitch stories across "
            "the boundary (default: from the linker's time rule, see docs/scale.md).",
        ),
    ] = None,
    master: MasterOption = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing output directory.")
    ] = False,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="Also write the articles and these stories into this SQLite store "
            "(as `storyline ingest PREPARED --stories OUT --db X`; again adds nothing).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Back-fill: one exact linker per time shard, stitched through the overlap; stories as Parquet.

    DIR/story_articles holds (id, story_id, shard, probability, reason),
    DIR/stories one row per story; --db writes them into a store that
    `storyline stories`, `story` and `web` open. For the exact sequential
    result, use: storyline ingest PREPARED --db X.
    """
    from storyline.api import spark_link_shards
    from storyline.errors import StorylineError

    spark = _session(master)
    try:
        summary = spark_link_shards(
            spark, prepared, out, shard_by=shard_by, overlap_days=overlap_days,
            settings=settings(), mode="overwrite" if overwrite else "error",
        )
    except StorylineError as exc:
        raise _fail(str(exc)) from exc
    except Exception as exc:  # Spark's own errors as one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _fail(f"spark link failed: {first}") from exc
    finally:
        spark.stop()
    result = summary.to_dict()
    if db is not None:
        from storyline.api import ingest_prepared_dir

        with _open_store(db) as store:
            try:
                report = ingest_prepared_dir(prepared, store, settings=settings(),
                                             stories=summary.out)
            except StorylineError as exc:
                raise _fail(str(exc)) from exc
        result["store"] = {"db": str(db), **report.to_dict()}
    if as_json:
        _print_json(result)
        return
    console.print(
        f"articles [bold]{summary.articles}[/], stories [bold]{summary.stories}[/] in "
        f"{summary.shards} shard(s), overlap {summary.overlap_days:g} days -> {safe(summary.out)}",
        highlight=False,
    )
    if db is not None:
        stored = result["store"]
        console.print(
            f"store {safe(str(db))}: added [bold green]{stored['added']}[/], "
            f"placed [bold]{stored['linked']}[/] in [bold]{stored['new_stories']}[/] new stories",
            highlight=False,
        )


@commands.command("export")
def export(
    out: Annotated[str, typer.Option("--out", "-o", help="Output directory.")],
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="parquet, jsonl or csv.")
    ] = "parquet",
    table: Annotated[
        list[str] | None,
        typer.Option("--table", "-t", help="Only these tables (articles, stories, "
                     "story_articles, facts, entities); repeatable."),
    ] = None,
    no_coverage: Annotated[
        bool, typer.Option("--no-coverage", help="Leave out facts and entities (they encode "
                           "every sentence of the stories once).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Export articles, stories (with members), facts and entities to Parquet, JSONL or CSV."""
    from storyline.api import EXPORT_TABLES, export_store
    from storyline.errors import StorylineError

    store = _open_store(db, must_exist=True)
    with store:
        try:
            counts = export_store(
                store, out, fmt=fmt, tables=table or EXPORT_TABLES,
                coverage=not no_coverage, settings=settings(),
            )
        except StorylineError as exc:
            raise _fail(str(exc)) from exc
    if as_json:
        _print_json({"out": out, "format": fmt, "rows": counts})
        return
    parts = ", ".join(f"{name} {n}" for name, n in counts.items())
    console.print(f"{parts} -> {safe(out)} ({fmt})", highlight=False)
