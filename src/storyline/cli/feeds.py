"""Following the news as it happens: ``storyline sources ...`` and ``storyline watch``."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Annotated, Any

import typer
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

sources_app = typer.Typer(
    name="sources",
    help="Feeds and sitemaps to follow: sources add URL..., import FILE.opml, list, remove.",
    no_args_is_help=True,
)
commands.add_typer(sources_app, name="sources")

LangOption = Annotated[
    str | None, typer.Option("--lang", help="Language of the source's articles (ISO 639-1).")
]
EveryOption = Annotated[
    str | None,
    typer.Option("--every", help="Poll interval: 15m, 2h, 1d (default: feeds.every_s, 15m)."),
]


def _when(epoch: float) -> str:
    if epoch <= 0:
        return "now"
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%d %H:%M")


def _print_outcomes(outcomes: list[tuple[str, str]]) -> int:
    bad = 0
    for url, outcome in outcomes:
        ok = outcome in ("added", "already followed")
        bad += not ok
        style = "" if ok else "[red]"
        console.print(
            f"{style}{safe(outcome)}[/]  {safe(url)}" if style else f"{safe(outcome)}  {safe(url)}",
            highlight=False,
        )
    return bad


@sources_app.command("add")
def sources_add(
    urls: Annotated[list[str], typer.Argument(help="Feed or sitemap URLs (http/https).")],
    lang: LangOption = None,
    every: EveryOption = None,
    db: DbOption = None,
) -> None:
    """Follow feeds (RSS, Atom, JSON Feed) or sitemaps (news sitemaps too)."""
    from storyline import api

    with _open_store(db) as store:
        try:
            outcomes = api.add_sources(store, urls, lang=lang, every=every, settings=settings())
        except api.SourceError as exc:
            raise _fail(str(exc)) from exc
    if _print_outcomes(outcomes):
        raise typer.Exit(1)


@sources_app.command("import")
def sources_import(
    path: Annotated[Path, typer.Argument(help="An OPML file (a feed reader's export).")],
    every: EveryOption = None,
    db: DbOption = None,
) -> None:
    """Follow every feed an OPML file lists."""
    from storyline import api

    with _open_store(db) as store:
        try:
            outcomes = api.import_opml(store, path, every=every, settings=settings())
        except api.SourceError as exc:
            raise _fail(str(exc)) from exc
    bad = _print_outcomes(outcomes)
    added = sum(o == "added" for _, o in outcomes)
    err.print(f"{added} added, {len(outcomes) - added - bad} already followed, {bad} refused")
    if bad:
        raise typer.Exit(1)


@sources_app.command("list")
def sources_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Followed sources: last fetch, status, items stored, errors, next poll."""
    from storyline import api

    with _open_store(db) as store:
        rows = api.list_sources(store)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print("no sources (add one with `storyline sources add URL`)")
        return
    table = Table(box=None, pad_edge=False)
    for column in ("id", "url", "lang", "every", "last fetch", "status", "items", "errors", "next"):
        table.add_column(column, overflow="fold", no_wrap=column in ("url", "last fetch", "next"))
    for r in rows:
        status = r["status"]
        if r["last_error"]:
            status = f"{status}: {r['last_error']}"
        table.add_row(
            str(r["id"]),
            safe(r["url"]),
            safe(r["lang"] or ""),
            f"{r['every_s'] // 60}m",
            safe((r["last_fetch"] or "-").replace("T", " ")[:16]),
            safe(status),
            f"{r['items']}" + (f" (+{r['failed_items']} failed)" if r["failed_items"] else ""),
            str(r["errors"]),
            _when(r["next_due"]),
        )
    console.print(table)


@sources_app.command("remove")
def sources_remove(
    refs: Annotated[list[str], typer.Argument(help="Source ids or URLs.")],
    db: DbOption = None,
) -> None:
    """Stop following sources (the articles they gave stay stored)."""
    from storyline import api

    with _open_store(db) as store:
        for ref in refs:
            try:
                url = api.remove_source(store, ref)
            except api.SourceError as exc:
                raise _fail(str(exc)) from exc
            console.print(f"removed  {safe(url)}", highlight=False)


def fire_watches(store: Any, run_settings: Any) -> int | None:
    """Evaluate the watches on the articles stored since they last looked and deliver the
    alerts (what ``storyline ingest`` does after linking); ``None`` when there is no watch."""
    from storyline import api

    if not api.list_watches(store):
        return None
    alerts = api.evaluate_pending(store, run_settings)
    if alerts:
        api.deliver(store, alerts, run_settings)
    return len(alerts)


def _summary(report: Any) -> str:
    d = report.to_dict()
    errors = sum(s["status"] == "error" for s in d["sources"])
    unchanged = sum(s["status"] == "not modified" for s in d["sources"])
    return (
        f"polled {len(d['sources'])} source(s) ({unchanged} not modified, {errors} error(s)); "
        f"new items {d['new_items']}: stored {d['stored']}, duplicates {d['duplicates']}, "
        f"already stored {d['existing']}, failed {len(d['failed_items'])} "
        f"(pages {d['pages']}, from feed text {d['fallbacks']}); linked {d['linked']}, "
        f"new stories {d['new_stories']}; alerts {d['alerts']}"
    )


@commands.command("watch")
def watch(
    db: DbOption = None,
    once: Annotated[
        bool, typer.Option("--once", help="Poll the due sources once and exit (for cron).")
    ] = False,
    every_source: Annotated[
        bool, typer.Option("--all", help="Poll every source now, due or not.")
    ] = False,
    encoder: Annotated[
        str | None, typer.Option("--encoder", help="Encoder for linking (default e5-small).")
    ] = None,
    quiet_backfill: Annotated[
        bool,
        typer.Option(
            "--quiet-backfill",
            help="Record what the watches see in this run without firing alerts (a first run "
            "over a backlog).",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Poll the followed sources, ingest and link their new items, fire the watches (Ctrl-C stops)."""
    from rich.progress import BarColumn, Progress, TextColumn

    from storyline import api

    run_settings = settings(encoder=encoder) if encoder else settings()
    with _open_store(db) as store:
        if not api.list_sources(store):
            raise _fail("no sources to watch (add one with `storyline sources add URL`)")
        failed_any = False
        while True:
            show = not as_json and err.is_terminal
            progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.completed}/{task.total}"),
                console=err,
                transient=True,
                disable=not show,
            )
            tasks: dict[str, Any] = {}

            def tick(
                stage: str,
                done: int,
                total: int,
                progress: Progress = progress,
                tasks: dict[str, Any] = tasks,
            ) -> None:
                if stage not in tasks:
                    tasks[stage] = progress.add_task(stage, total=total)
                progress.update(tasks[stage], completed=done, total=total)

            with progress:
                report = api.poll(
                    store,
                    run_settings,
                    every_source=every_source,
                    progress=tick,
                    quiet_backfill=quiet_backfill,
                )
            failed_any = (
                failed_any
                or bool(report.failed_items)
                or any(s.status == "error" for s in report.sources)
            )
            if as_json:
                _print_json(report.to_dict())
            elif report.sources:
                for s in report.sources:
                    if s.status == "error":
                        err.print(
                            f"[red]error[/] {safe(s.url)}: {safe(s.error or '')}", highlight=False
                        )
                for url, why in report.failed_items:
                    err.print(f"[yellow]item failed[/] {safe(url)}: {safe(why)}", highlight=False)
                console.print(_summary(report), highlight=False)
            if once:
                break
            every_source = quiet_backfill = False
            due = [s["next_due"] for s in api.list_sources(store)]
            wait = max(5.0, min(due, default=time.time() + 60) - time.time()) if due else 60.0
            try:
                time.sleep(min(wait, 300.0))
            except KeyboardInterrupt:
                break
    if once and failed_any:
        raise typer.Exit(1)


# -- watches -------------------------------------------------------------------------

watches_app = typer.Typer(
    name="watches",
    help="Standing questions over the stories and their alerts: watches add, list, alerts, remove, check.",
    no_args_is_help=True,
)
commands.add_typer(watches_app, name="watches")


@watches_app.command("add")
def watches_add(
    name: Annotated[str, typer.Argument(help="A name (letters, digits, '-', '_', '.').")],
    query: Annotated[
        str | None,
        typer.Option("--query", help="Keywords (all must occur) or a phrase matched by meaning."),
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", help="A country, place, person or organisation, any script."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only stories with a report in this language.")
    ] = None,
    min_languages: Annotated[
        int, typer.Option("--min-languages", min=1, help="Only stories in at least N languages.")
    ] = 1,
    on: Annotated[
        list[str] | None,
        typer.Option(
            "--on",
            help="Fire on: new-story, new-language, new-outlet, conflict (repeat or comma-separate; "
            "default new-story).",
        ),
    ] = None,
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each alert here (signed JSON).")
    ] = None,
    secret: Annotated[
        str | None,
        typer.Option("--secret", help="HMAC secret for the webhook signature (default: random)."),
    ] = None,
    quiet_backfill: Annotated[
        bool,
        typer.Option(
            "--quiet-backfill", help="Stories matching now are recorded as seen, not alerted."
        ),
    ] = False,
    encoder: Annotated[
        str | None, typer.Option("--encoder", help="Encoder the store was linked with.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a watch; stories it already matches fire now unless --quiet-backfill."""
    from storyline import api

    events = [e.strip() for value in (on or ["new-story"]) for e in value.split(",")]
    run_settings = settings(encoder=encoder) if encoder else settings()
    with _open_store(db) as store:
        try:
            row = api.add_watch(
                store,
                name,
                query=query,
                entity=entity,
                lang=lang,
                min_languages=min_languages,
                on=events,
                webhook=webhook,
                secret=secret,
                quiet_backfill=quiet_backfill,
                settings=run_settings,
            )
        except api.WatchError as exc:
            raise _fail(str(exc)) from exc
        fired = store.count_alerts(row.name)
    if as_json:
        _print_json({**row.to_dict(secret=True), "alerts": fired})
        return
    console.print(
        f"watch {safe(row.name)} added: fires on {', '.join(row.events)}; "
        f"{fired} alert(s) from the stories stored now",
        highlight=False,
    )
    if row.webhook:
        err.print(f"webhook secret (X-Storyline-Signature HMAC-SHA256 key): {row.secret}")


@watches_app.command("list")
def watches_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Watches, what they match, what they fire on, their alerts."""
    from storyline import api

    with _open_store(db) as store:
        rows = api.list_watches(store)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print("no watches (add one with `storyline watches add NAME --query ...`)")
        return
    table = Table(box=None, pad_edge=False)
    for column in ("name", "matches", "fires on", "alerts", "last alert", "webhook"):
        table.add_column(column, overflow="fold")
    for r in rows:
        what = []
        if r["query"]:
            what.append(f"query {r['query']!r}")
        if r["entity"]:
            what.append(f"entity {r['entity']!r}")
        if r["lang"]:
            what.append(f"lang {r['lang']}")
        if r["min_languages"] > 1:
            what.append(f">= {r['min_languages']} languages")
        table.add_row(
            safe(r["name"]),
            safe("; ".join(what)),
            ", ".join(r["events"]),
            str(r["alerts"]),
            safe(r["last_alert"] or "-"),
            safe(r["webhook"] or "-"),
        )
    console.print(table)


@watches_app.command("alerts")
def watches_alerts(
    name: Annotated[str, typer.Argument(help="The watch.")],
    limit: Annotated[int, typer.Option("--limit", min=1, help="Newest alerts shown.")] = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """A watch's alerts, newest first."""
    from storyline import api

    with _open_store(db) as store:
        if store.get_watch(name) is None:
            raise _fail(f"no watch {name!r} (see `storyline watches list`)")
        alerts = api.watch_alerts(store, name, limit=limit)
    if as_json:
        _print_json(alerts)
        return
    for a in alerts:
        console.print(
            f"{safe(a['created_at'])}  {safe(a['summary'])}  {safe(a['story']['id'])}  "
            f"{safe(a['story']['title'] or '')}",
            highlight=False,
        )
        for art in a["articles"]:
            console.print(
                f"    {safe(art['lang'])}  {safe(art['title'] or art['id'])}"
                + (f" · {safe(art['outlet'])}" if art["outlet"] else ""),
                highlight=False,
            )
    if not alerts:
        console.print("no alerts yet")


@watches_app.command("remove")
def watches_remove(
    names: Annotated[list[str], typer.Argument(help="Watch names.")],
    db: DbOption = None,
) -> None:
    """Delete watches with their alerts."""
    from storyline import api

    with _open_store(db) as store:
        for name in names:
            try:
                api.remove_watch(store, name)
            except api.WatchError as exc:
                raise _fail(str(exc)) from exc
            console.print(f"removed  {safe(name)}", highlight=False)


@watches_app.command("check")
def watches_check(
    quiet_backfill: Annotated[
        bool, typer.Option("--quiet-backfill", help="Record what the watches see, fire nothing.")
    ] = False,
    encoder: Annotated[
        str | None, typer.Option("--encoder", help="Encoder the store was linked with.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Evaluate the watches on the articles stored since they last looked (after `ingest`)."""
    from storyline import api

    run_settings = settings(encoder=encoder) if encoder else settings()
    with _open_store(db) as store:
        alerts = api.evaluate_pending(store, run_settings, quiet=quiet_backfill)
        sent = api.deliver(store, alerts, run_settings) if alerts else {"delivered": 0, "failed": 0}
    if as_json:
        _print_json({"alerts": alerts, **sent})
        return
    console.print(
        f"{len(alerts)} alert(s); webhooks delivered {sent['delivered']}, failed {sent['failed']}",
        highlight=False,
    )
