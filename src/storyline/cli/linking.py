"""Commands over stories: stories, story, similar, relink, split, merge, check, ``eval stories``.

``eval stories`` registers on the ``eval`` sub-app defined in
:mod:`storyline.cli.common` (``eval_app``), which other evaluation commands
share.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
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
from storyline.settings import DEFAULT_ENCODER, Settings
from storyline.terminal import safe

commands = Commands()
"""What this module offers the ``storyline`` app (registered by :mod:`storyline.cli`)."""

EncoderOption = Annotated[
    str,
    typer.Option(
        "--encoder",
        help=f"Encoder for linking: {DEFAULT_ENCODER} (default), e5-small-int8 (faster, own vector key), st:/path/to/sentence-transformers/model, or hashing (tests only).",
    ),
]


def _encoder(name: str) -> Any:
    from storyline.encode import get_encoder

    try:
        return get_encoder(name)
    except ValueError as exc:
        raise _fail(str(exc)) from exc


def _check_date(value: str | None, option: str) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        date.fromisoformat(value[:10])
    except ValueError as exc:
        raise _fail(f"bad {option} {value!r}: use an ISO date such as 2025-03-09") from exc
    return value


def _progress(label: str, quiet: bool) -> Progress:
    return Progress(
        TextColumn(f"[bold]{label}[/] " + "{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    )


@commands.command()
def stories(
    db: DbOption = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only stories seen on or after this date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only stories begun on or before this date.")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only stories with an article in this language.")
    ] = None,
    min_languages: Annotated[
        int, typer.Option("--min-languages", min=1, help="Only stories in this many languages.")
    ] = 1,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """List stories, most recently seen first."""
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    with _open_store(db, must_exist=True) as store:
        rows = store.list_stories(
            since=since, until=until, lang=lang, limit=None if min_languages > 1 else limit
        )
        rows = [r for r in rows if len(r.languages) >= min_languages][:limit]
        undated_counts = store.count_undated({r.id: r.article_ids for r in rows})
    if as_json:
        _print_json([{**r.to_dict(), "undated": undated_counts.get(r.id, 0)} for r in rows])
        return
    table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", no_wrap=True)
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("languages", overflow="fold", max_width=14)
    table.add_column("dates", no_wrap=True)
    table.add_column("title", overflow="fold", ratio=1)
    for r in rows:
        first, last = (r.first_seen or "")[:10], (r.last_seen or "")[:10]
        dates = first if first == last else f"{first}…{last[5:] if last[:4] == first[:4] else last}"
        undated = undated_counts.get(r.id, 0)
        if undated:
            dates = f"{dates} +{undated} undated" if dates else f"{undated} undated"
        table.add_row(
            safe(r.id),
            str(r.n_articles),
            safe(",".join(r.languages)),
            safe(dates),
            safe(r.title or "(untitled)"),
        )
    console.print(table)
    console.print(f"{len(rows)} stor{'y' if len(rows) == 1 else 'ies'}", style="dim")


@commands.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id (a merged story's id works too).")],
    db: DbOption = None,
    reasons: Annotated[
        bool, typer.Option("--reasons/--no-reasons", help="Show why each article joined.")
    ] = True,
    as_json: JsonOption = False,
) -> None:
    """Show one story: its articles grouped by language, and why each joined."""
    from storyline.api import StoreError, describe_reason
    from storyline.text.dates.evidence import describe_date, estimate_event_date

    with _open_store(db, must_exist=True) as store:
        try:
            detail = store.get_story(story_id)
        except StoreError as exc:
            raise _fail(str(exc)) from exc
        if detail is None:
            raise _fail(f"no story with id {story_id!r}", code=1)
        sources = {}
        for member in detail.articles:
            full = store.get_article(member.id)
            if full is not None:
                precision = "day" if full.published_precision == "minute" else full.published_precision
                estimated = (
                    None
                    if full.published
                    else estimate_event_date(full.title, full.text, full.lang)
                )
                sources[member.id] = describe_date(
                    full.published, precision, full.published_source, estimated
                )
    if as_json:
        data = detail.to_dict()
        data["undated"] = sum(1 for a in detail.articles if not a.published)
        for item in data.get("articles", []):
            item["date"] = sources.get(item.get("id"), "undated")
        _print_json(data)
        return
    console.print(f"[bold]{safe(detail.title or '(untitled)')}[/]", highlight=False)
    dates = f"{(detail.first_seen or '?')[:10]} .. {(detail.last_seen or '?')[:10]}"
    undated = sum(1 for a in detail.articles if not a.published)
    if undated:  # a date range never silently ignores what it cannot date
        dates += f", {undated} undated" if detail.first_seen else f" ({undated} undated)"
    console.print(f"[dim]{safe(detail.id)} · {detail.n_articles} article(s) · {safe(dates)}[/]")
    if detail.merged_ids:
        console.print(f"[dim]merged from: {safe(', '.join(detail.merged_ids))}[/]")
    short = {a.id: f"{a.lang} {a.id[:8]}" for a in detail.articles}
    for lang_, arts in detail.by_language().items():
        console.print(f"\n[bold]{safe(lang_)}[/] ({len(arts)})")
        for a in arts:
            meta = " · ".join(x for x in (sources.get(a.id, "undated"), a.outlet or "") if x)
            console.print(
                f"  {safe(a.id[:12])}  {safe(a.title or '(untitled)')}  [dim]{safe(meta)}[/]",
                highlight=False,
            )
            if reasons:
                console.print(
                    f"      [dim]{safe(describe_reason(a.reason, short))}[/]", highlight=False
                )


@commands.command()
def similar(
    target: Annotated[str, typer.Argument(help="Article id (or prefix), or a file to compare.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 10,
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
) -> None:
    """Nearest stored articles in any language (by title + lead vector).

    "same event" is the probability linking gives the pair, as compare shows it:
    for the nearest 5 with headlines and first sentences aligned (stage "sentences"),
    for the others from title + lead alone (stage "title+lead"); "yes" when it
    reaches that stage's join threshold (--json: joins_at).
    """
    from storyline.api import StoreError, similar_articles, similar_to_text

    _encoder(encoder)
    run = settings(encoder=encoder)
    path = Path(target)
    with _open_store(db, must_exist=True) as store:
        if path.is_file():
            from storyline.article import ReadFailure
            from storyline.pipeline import DocumentError, iter_documents, prepare

            docs = list(iter_documents([path]))
            if not docs:
                raise _fail(f"{path}: no document in the file")
            first = docs[0]
            if isinstance(first, ReadFailure):
                raise _fail(f"{path}: {first.reason}")
            try:
                article = prepare(first).article
            except DocumentError as exc:
                raise _fail(f"{path}: {exc}") from exc
            hits = similar_to_text(store, article, limit, run)
        else:
            try:
                hits = similar_articles(store, target, limit, run)
            except KeyError:
                raise _fail(f"no article with id {target!r} and no such file", code=1) from None
            except StoreError as exc:
                raise _fail(str(exc)) from exc
    if as_json:
        _print_json([h.to_dict() for h in hits])
        return
    table = Table(header_style="bold")
    for column in ("id", "lang", "cosine", "same event", "stage", "story", "title"):
        table.add_column(column, overflow="fold")
    for h in hits:
        prob = ""
        if h.same_event_probability is not None:
            prob = f"{h.same_event_probability:.2f} {'yes' if h.same_event else 'no'}"
        table.add_row(
            safe(h.article_id[:12]),
            safe(h.lang),
            f"{h.similarity:.3f}",
            prob,
            safe(h.same_event_stage or ""),
            safe(h.story_id or ""),
            safe(h.title or ""),
        )
    console.print(table)


@commands.command()
def relink(
    db: DbOption = None,
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
    recent: Annotated[
        float | None,
        typer.Option(
            "--recent",
            min=0,
            help="Only the articles of the last DAYS days (undated: stored since then), "
            "linked again in publication order: their stories no longer depend on the "
            "order they arrived in.",
            metavar="DAYS",
        ),
    ] = None,
) -> None:
    """Re-cluster every stored article into stories, in arrival order (or only recent ones)."""
    from storyline.api import relink as run_relink

    _encoder(encoder)
    with _open_store(db, must_exist=True) as store:
        progress = _progress("relink", as_json)
        with progress:
            task = progress.add_task("", total=None)

            def tick(stage: str, done: int, total: int) -> None:
                progress.update(task, completed=done, total=total, description=stage)

            report = run_relink(
                store, settings(encoder=encoder), progress=tick, recent_days=recent
            )
    if as_json:
        _print_json(report.to_dict())
        return
    console.print(
        f"linked [bold]{report.articles}[/] articles into [bold]{report.stories}[/] stories "
        f"(merges {report.merges}, encoded {report.encoded}, old ids kept {report.kept_ids})"
    )


def _edit(db: Path | None, encoder: str, apply: Callable[[Any, Settings], Any]) -> Any:
    """Run one user edit (split or merge) on the store; its errors become one line."""
    from storyline.api import EditError, StoreError

    _encoder(encoder)
    run = settings(encoder=encoder)
    with _open_store(db, must_exist=True) as store:
        try:
            return apply(store, run)
        except (EditError, StoreError) as exc:
            raise _fail(str(exc)) from exc


@commands.command()
def split(
    article_id: Annotated[str, typer.Argument(help="Article id (or unique prefix) to move out.")],
    db: DbOption = None,
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
) -> None:
    """Move an article out of its story (remembered by later relink runs)."""
    from storyline.api import split_article

    result = _edit(db, encoder, lambda store, run: split_article(store, article_id, run))
    if as_json:
        _print_json(result.to_dict())
        return
    console.print(
        f"moved {safe(result.articles[0][:12])} out of {safe(result.from_story)} "
        f"into {safe(result.story_id)}",
        highlight=False,
    )


@commands.command()
def merge(
    story_a: Annotated[str, typer.Argument(help="The story to keep.")],
    story_b: Annotated[str, typer.Argument(help="The story whose articles move into STORY_A.")],
    db: DbOption = None,
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
) -> None:
    """Merge STORY_B into STORY_A (remembered by later relink runs)."""
    from storyline.api import merge_stories

    result = _edit(db, encoder, lambda store, run: merge_stories(store, story_a, story_b, run))
    if as_json:
        _print_json(result.to_dict())
        return
    console.print(
        f"merged {safe(result.from_story)} ({len(result.articles)} article(s)) "
        f"into {safe(result.story_id)}",
        highlight=False,
    )


@commands.command()
def check(
    db: DbOption = None,
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
) -> None:
    """Check the stories' invariants (counts, merges, dates, running mean, centroids); exit 1 on a problem."""
    from storyline.api import check_store

    _encoder(encoder)
    with _open_store(db, must_exist=True) as store:
        report = check_store(store, settings(encoder=encoder))
    if as_json:
        _print_json(report.to_dict())
    else:
        for kind, found in (("problem", report.problems), ("warning", report.warnings)):
            for p in found:
                console.print(
                    f"{kind}: {safe(p.kind)} {safe(p.subject)}: {safe(p.detail)}", highlight=False
                )
        state = "consistent" if report.ok else f"{len(report.problems)} problem(s)"
        console.print(f"{state}: {report.stories} stories, {report.members} articles in stories")
    if not report.ok:
        raise typer.Exit(1)


def _fmt(scores: dict[str, Any]) -> str:
    return f"P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}"


@commands.eval_command("stories")
def eval_stories(
    path: Annotated[Path, typer.Argument(help="JSONL: id, text, lang, published, story[, title].")],
    encoder: EncoderOption = DEFAULT_ENCODER,
    as_json: JsonOption = False,
) -> None:
    """Cluster gold-labelled articles in order; print pairwise and BCubed scores."""
    from storyline.evaluate.stories import StoryEvalError, evaluate_stories_file

    enc = _encoder(encoder)
    progress = _progress("eval stories", as_json)
    with progress:
        task = progress.add_task("", total=None)
        try:
            result = evaluate_stories_file(
                path,
                encoder=enc,
                progress=lambda k, n: progress.update(task, completed=k, total=n),
            )
        except StoryEvalError as exc:
            raise _fail(str(exc)) from exc
    if as_json:
        _print_json(result)
        return
    console.print(
        f"{result['n_articles']} articles, {result['n_gold_stories']} gold stories, "
        f"{result['n_predicted_stories']} predicted"
    )
    for label, key in (
        ("pairwise", "pairwise"),
        ("pairwise, cross-lingual", "pairwise_crosslingual"),
        ("pairwise, monolingual", "pairwise_monolingual"),
        ("BCubed", "bcubed"),
    ):
        console.print(f"  {label:<24} {_fmt(result[key])}")
    for fail in result["failed"]:
        console.print(
            f"  [red]failed[/] {safe(fail['id'])}: {safe(fail['reason'])}", highlight=False
        )
