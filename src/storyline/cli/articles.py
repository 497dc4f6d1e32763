"""Commands for reading articles in and looking at them: ingest, articles, show, search."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

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


def _parse_fields(values: list[str]) -> Any:
    from storyline.read.records import FieldMap

    mapping: dict[str, str] = {}
    known = set(FieldMap.__dataclass_fields__)
    for value in values:
        name, sep, column = value.partition("=")
        if not sep or not column or name not in known:
            raise _fail(
                f"bad --field {value!r}: use NAME=COLUMN with NAME one of {', '.join(sorted(known))}"
            )
        mapping[name] = column
    return FieldMap(**mapping)


@commands.command()
def ingest(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, or - for standard input.")
    ] = None,
    db: DbOption = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="txt, html, json, jsonl, csv or feed (default: detect)."
        ),
    ] = None,
    glob: Annotated[
        str | None, typer.Option("--glob", help="Only files matching this pattern in directories.")
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option("--field", help="JSON/CSV field name, NAME=COLUMN (e.g. text=body)."),
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="Ingest the sample corpus that ships with storyline.")
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=0, help="Worker processes (0 = one per core).")
    ] = 0,
    no_link: Annotated[
        bool, typer.Option("--no-link", help="Store only: do not encode or link into stories.")
    ] = False,
    order: Annotated[
        str,
        typer.Option(
            "--order",
            help="For a directory `storyline spark prepare` wrote: link in arrival order "
            "(publication time, else fetch time, then id) or input order (as a local "
            "ingest of the same inputs).",
        ),
    ] = "arrival",
    stories: Annotated[
        str | None,
        typer.Option(
            "--stories",
            help="For a prepared directory: take the stories from what `storyline spark link` "
            "wrote there instead of linking again (a back-fill; running it twice adds nothing).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Read articles, clean them, add them to the store and link them into stories.

    A directory written by `storyline spark prepare` is stored and linked as
    it is: nothing is prepared or encoded again.
    """
    from storyline.pipeline import IngestAborted
    from storyline.pipeline import ingest as run_ingest
    from storyline.read import SUPPORTED_FORMATS

    targets = list(paths or [])
    if sample:
        from storyline.sample import data_files

        targets.extend(str(path) for path in data_files())
    if not targets:
        raise _fail("nothing to ingest: give one or more paths, - for standard input, or --sample")
    if fmt is not None and fmt not in SUPPORTED_FORMATS:
        raise _fail(f"unknown format {fmt!r}: use one of {', '.join(SUPPORTED_FORMATS)}")
    from storyline.api import is_prepared_dir

    if any(is_prepared_dir(t) for t in targets):
        if len(targets) != 1:
            raise _fail("a prepared directory is ingested on its own: give it as the only path")
        if order not in ("arrival", "input"):
            raise _fail(f"unknown order {order!r}: use arrival or input")
        _ingest_prepared(targets[0], db, order, no_link, as_json, stories)
        return
    if stories is not None:
        raise _fail("--stories goes with a directory `storyline spark prepare` wrote")
    fields = _parse_fields(field or [])
    missing = [t for t in targets if t != "-" and not os.path.lexists(t)]
    if missing and len(missing) == len(targets):  # nothing to read: do not create a store
        raise _fail(f"no such file or directory: {', '.join(missing)}")
    store = _open_store(db)
    run = settings(workers=workers) if workers else settings()
    with store:
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/]"),
            BarColumn(),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            TextColumn("{task.description}", style="dim"),
            console=err,
            transient=True,
            disable=as_json or not err.is_terminal,
        )
        with progress:
            task = progress.add_task("", total=None)

            def tick(origin: str, _report: Any) -> None:
                progress.update(task, advance=1, description=safe(Path(origin).name[-40:]))

            aborted: IngestAborted | None = None
            try:
                report = run_ingest(
                    targets,
                    store,
                    fmt=fmt,
                    glob=glob,
                    fields=fields,
                    stdin=sys.stdin.buffer if "-" in targets else None,
                    workers=run.resolved_workers(),
                    progress=tick,
                    link=not no_link,
                    settings=run,
                )
            except IngestAborted as exc:
                aborted, report = exc, exc.report
        alerts = None
        if aborted is None and not no_link:
            from storyline.cli.feeds import fire_watches

            alerts = fire_watches(store, run)  # None when the store has no watch
    if as_json:
        out = report.to_dict()
        if aborted is not None:
            out["error"] = str(aborted)
        if alerts is not None:
            out["alerts"] = alerts
        _print_json(out)
    else:
        summary = (
            f"read [bold]{report.read}[/], added [bold green]{report.added}[/], "
            f"duplicates [bold]{report.duplicates}[/], already stored [bold]{report.existing}[/], "
            f"failed [bold {'red' if report.failed else 'green'}]{len(report.failed)}[/]"
        )
        if not no_link:
            summary += (
                f"; linked [bold]{report.linked}[/], new stories [bold]{report.new_stories}[/]"
            )
        if alerts is not None:
            summary += f"; alerts [bold]{alerts}[/]"
        console.print(summary, soft_wrap=True)
        for origin, reason in report.failed:
            console.print(
                f"  [red]failed[/] {safe(origin)}: {safe(reason)}", highlight=False, soft_wrap=True
            )
    if aborted is not None:
        raise _fail(f"{aborted} (stopped; everything counted above as added is stored)")
    raise typer.Exit(1 if report.failed else 0)


def _ingest_prepared(
    root: str, db: Path | None, order: str, no_link: bool, as_json: bool,
    stories: str | None = None,
) -> None:
    from storyline.api import ingest_prepared_dir
    from storyline.errors import StorylineError

    store = _open_store(db)
    with store:
        try:
            report = ingest_prepared_dir(
                root, store, order=order, settings=settings(), link=not no_link, stories=stories
            )
        except StorylineError as exc:
            raise _fail(str(exc)) from exc
    if as_json:
        _print_json(report.to_dict())
    else:
        summary = (
            f"prepared {report.read}, added [bold green]{report.added}[/], "
            f"duplicates [bold]{report.duplicates}[/], already stored [bold]{report.existing}[/]"
        )
        if not no_link:
            summary += (
                f"; linked [bold]{report.linked}[/], new stories [bold]{report.new_stories}[/]"
            )
        console.print(summary, soft_wrap=True)


@commands.command("articles")
def list_articles(
    db: DbOption = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only this language (ISO 639-1).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 1000,
    as_json: JsonOption = False,
) -> None:
    """List stored articles in arrival order."""
    with _open_store(db, must_exist=True) as store:
        rows = store.list_articles(lang=lang, limit=limit)
    if as_json:
        _print_json([_summary_dict(r) for r in rows])
        return
    table = Table(show_lines=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet", max_width=22, overflow="ellipsis", no_wrap=True)
    table.add_column("title", overflow="fold", ratio=1)
    from storyline.text.dates.evidence import describe_date

    for r in rows:
        precision = "day" if r.published_precision == "minute" else r.published_precision
        shown = describe_date(r.published, precision, r.published_source)
        table.add_row(
            safe(r.id[:12]),
            safe(r.lang),
            safe(shown),
            safe(r.outlet or ""),
            safe(r.title or "(untitled)"),
        )
    console.print(table)
    console.print(f"{len(rows)} article(s)", style="dim")


def _summary_dict(summary: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(summary)


@commands.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix of 6+ chars).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one article: metadata, captions, text and sentences."""
    from storyline.api import StoreError

    with _open_store(db, must_exist=True) as store:
        try:
            found = store.get_article(article)
        except StoreError as exc:
            raise _fail(str(exc)) from exc
    if found is None:
        raise _fail(f"no article with id {article!r}", code=1)
    from storyline.text.dates.evidence import estimate_event_date

    estimated = (
        None if found.published else estimate_event_date(found.title, found.text, found.lang)
    )
    if as_json:
        _print_json({**found.to_dict(), "estimated_date": estimated})
        return
    data = found.to_dict()
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for key in (
        "id",
        "title",
        "lang",
        "lang_confidence",
        "outlet",
        "url",
        "published",
        "published_precision",
        "published_source",
        "scraped_at",
        "dateline_place",
        "sources",
        "origin",
    ):
        value = data.get(key)
        if key == "published" and not value:
            value = "unknown (no date in metadata, text, dateline, URL or lead)"
        if isinstance(value, list):
            value = ", ".join(value)
        if value not in (None, ""):
            table.add_row(key, safe(value))
        if key == "published" and estimated:
            table.add_row(
                "event date", f"~{estimated} (estimated from the text, not a publication date)"
            )
    if found.years:
        table.add_row("years in text", ", ".join(str(y) for y in found.years))
    if found.days:
        table.add_row("days in text", ", ".join(found.days))
    console.print(table)
    for caption in found.captions:
        console.print(f"[dim]caption:[/] {safe(caption)}", highlight=False)
    console.print()
    console.print(safe(found.text, multiline=True), highlight=False)
    console.print(f"\n[dim]{len(found.sentences)} sentences[/]")


@commands.command()
def search(
    query: Annotated[str, typer.Argument(help="Keywords, in any language.")],
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 20,
    as_json: JsonOption = False,
) -> None:
    """Keyword search over titles and texts (full-text index)."""
    from dataclasses import asdict

    from storyline.api import StoreError

    with _open_store(db, must_exist=True) as store:
        try:
            hits = store.search(query, limit=limit, lang=lang)
        except StoreError as exc:
            raise _fail(str(exc)) from exc
    if as_json:
        _print_json([asdict(h) for h in hits])
        return
    table = Table(header_style="bold")
    for column in ("id", "lang", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for h in hits:
        table.add_row(safe(h.article_id[:12]), safe(h.lang), safe(h.title or ""), safe(h.snippet))
    console.print(table)
    console.print(f"{len(hits)} hit(s)", style="dim")
