"""``compare`` two articles, ``eval pairs`` on SemEval-format CSVs, and ``train``."""

from __future__ import annotations

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


def _load_side(ref: str, store: Any) -> Any:
    """An article from a file (prepared, not stored) or from the store by id."""
    from storyline.api import ArticleNotFound, StoreError, article_from

    if store is None and not Path(ref).is_file():
        raise _fail(f"{ref!r} is neither a file nor an article id (no store at --db)")
    try:
        return article_from(ref, store)
    except (ArticleNotFound, StoreError) as exc:
        raise _fail(str(exc)) from exc


@commands.command()
def compare(
    a: Annotated[str, typer.Argument(help="A file, or an article id.")],
    b: Annotated[str, typer.Argument(help="A file, or an article id.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare two articles in any languages: the same-event probability linking uses
    (and why), the SemEval-scale similarity, and the sentences they share and those
    only one reports."""
    from storyline.api import compare_articles, default_db_path

    run = settings()
    path = db or default_db_path()
    store = _open_store(path) if Path(path).exists() else None
    try:
        first, second = _load_side(a, store), _load_side(b, store)
        result = compare_articles(first, second, store, settings=run)
    finally:
        if store is not None:
            store.close()
    if as_json:
        _print_json(result)
        return
    from storyline.cli.render import render_compare

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    score = result["score"]
    for label, side in (("A", first), ("B", second)):
        head.add_row(
            label,
            f"{safe(side.title or side.id)} [dim]({safe(side.lang)}, {safe(side.outlet or '?')})[/]",
        )
    head.add_row(
        "similarity",
        f"{score['overall']:.2f}  [dim](SemEval Overall: 1 = very similar … 4 = very dissimilar)[/]",
    )
    verdict = "same event" if score["same_event"] else "not the same event"
    head.add_row(
        "same event",
        f"{score['same_event_probability']:.2f} [dim]({verdict}; joins at "
        f"{score['joins_at']:.2f})[/]",
    )
    if score.get("evidence"):
        head.add_row("because", "; ".join(score["evidence"]))
    dims = ", ".join(f"{k} {v:.2f}" for k, v in score["dimensions"].items())
    head.add_row("dimensions", dims)
    console.print(head)
    render_compare(
        {**result["coverage"], "a": "A", "b": "B", "a_lang": first.lang, "b_lang": second.lang},
        console,
    )


def _figure_table(result: dict[str, Any]) -> Table:
    table = Table(header_style="bold")
    table.add_column("language pair")
    table.add_column("pearson", justify="right")
    table.add_column("n", justify="right")
    table.add_row("all", f"{result['pearson']:.3f}", str(result["n"]))
    for pair, row in sorted(result["by_language_pair"].items()):
        value = row.get("pearson")
        table.add_row(pair, "-" if value is None else f"{value:.3f}", str(row["n"]))
    return table


@commands.eval_command("pairs")
def eval_pairs(
    csv_path: Annotated[
        Path,
        typer.Argument(
            help="SemEval-format CSV (pair_id, lang1, lang2, text1, text2, Overall, ...)."
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            help="Write one CSV row per pair: predictions, the join decision and the gold.",
        ),
    ] = None,
    similarity: Annotated[
        bool,
        typer.Option(
            "--similarity/--no-similarity",
            help="Also predict Overall (encodes every sentence: slow); off: same event only.",
        ),
    ] = True,
    cache: Annotated[
        Path | None,
        typer.Option("--cache", help="SQLite file caching the vectors (a rerun encodes nothing)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Pearson of predicted and gold ``Overall`` (and dimensions); same-event F1 at the join
    threshold, monolingual and cross-language, and the hard-negative false-join rate."""
    from storyline.evaluate.pairs import evaluate_pairs

    if not csv_path.is_file():
        raise _fail(f"no such file: {csv_path}")
    if predictions is not None and not predictions.parent.is_dir():
        raise _fail(f"no such directory for --predictions: {predictions.parent}")
    try:
        with err.status("scoring pairs (encodes every article once)…") as status:
            result = evaluate_pairs(
                csv_path,
                progress=lambda msg: status.update(msg),
                predictions_path=predictions,
                similarity=similarity,
                cache=cache,
            )
    except (KeyError, ValueError) as exc:
        raise _fail(f"{csv_path}: {exc}") from exc
    if as_json:
        _print_json(result)
        return
    if result.get("pearson") is not None:
        console.print(_figure_table(result))
    for name, value in (result.get("dimensions") or {}).items():
        pearson = value.get("pearson") if isinstance(value, dict) else value
        if pearson is not None:
            console.print(f"{name}: pearson {pearson:.3f}")
    same = result.get("same_event") or {}
    if same:
        console.print(
            f"same event at {same.get('threshold', 0):.2f}: F1 {same.get('f1', 0):.3f} "
            f"(precision {same.get('precision', 0):.3f}, recall {same.get('recall', 0):.3f}, "
            f"n {same.get('n', 0)}); cross-language F1 "
            f"{same.get('crosslingual', {}).get('f1', 0):.3f}; Brier {same.get('brier', 0):.3f}"
        )
        rate = same.get("hard_negative_false_join_rate")
        if rate is not None:
            console.print(f"hard negatives joined: {rate:.1%} of {same.get('n_hard_negatives', 0)}")
    if predictions is not None:
        console.print(f"wrote {predictions}")
    if result.get("in_sample"):
        console.print(
            "[yellow]in-sample: this CSV is the one the shipped weights were trained on[/]"
        )
        recorded = (result.get("cross_validated") or {}).get("all") or {}
        stage = (result.get("cross_validated") or {}).get("stage", "")
        if recorded:
            console.print(
                f"cross-validated by article when trained ({stage} stage): same-event F1 "
                f"{recorded['f1']:.3f} "
                f"at {recorded.get('threshold', 0):.2f} (cross-language "
                f"{recorded.get('crosslingual', {}).get('f1', 0):.3f}), hard negatives joined "
                f"{recorded.get('hard_negative_false_join_rate') or 0:.1%}"
            )


@commands.command()
def train(
    csv_path: Annotated[Path, typer.Argument(help="SemEval-format pairs CSV with gold scores.")],
    out: Annotated[
        Path, typer.Option("--out", help="Directory for scorer.json and linker.json.")
    ] = Path("."),
    cache: Annotated[
        Path | None, typer.Option("--cache", help="SQLite file caching sentence/document vectors.")
    ] = None,
    folds: Annotated[int, typer.Option("--folds", min=2, help="Cross-validation folds.")] = 5,
    encoder_name: Annotated[
        str | None,
        typer.Option("--encoder", help="Encoder to train with (default: the product's)."),
    ] = None,
    keep_title_lead: Annotated[
        Path | None,
        typer.Option(
            "--keep-title-lead",
            help="A linker.json whose title+lead stage (weights, threshold) to keep; "
            "the shipped one is made with the package's own.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Re-train the similarity scorer and the same-event model from a pairs CSV (CV split
    by article; the same-event probability calibrated on out-of-fold predictions).

    Both files record the encoder they were trained with. Copy them over
    ``storyline/data/`` to use them.
    """
    from storyline.api import train_models

    if not csv_path.is_file():
        raise _fail(f"no such file: {csv_path}")
    if keep_title_lead is not None and not keep_title_lead.is_file():
        raise _fail(f"no such file: {keep_title_lead}")
    run = settings(encoder=encoder_name) if encoder_name else settings()
    with err.status("training the same-event model…") as status:
        try:
            summary = train_models(
                csv_path,
                out,
                folds=folds,
                cache=cache,
                settings=run,
                progress=lambda msg: status.update(msg),
                keep_title_lead=keep_title_lead,
            )
        except ValueError as exc:  # an unknown encoder name, weights for other features
            raise _fail(str(exc)) from exc
    link_cv, scorer_cv = summary["linker_cv"], summary["scorer_cv"]
    if as_json:
        _print_json(summary)
        return
    console.print(
        f"wrote {safe(summary['scorer'])} and {safe(summary['linker'])} "
        f"(encoder {safe(summary['encoder'])})"
    )
    same = link_cv.get("all", {})
    if same:
        console.print(
            f"same event, cross-validated by article: F1 {same['f1']:.3f} at "
            f"{same['threshold']:.2f} (cross-language {same['crosslingual']['f1']:.3f}), "
            f"Brier {same['brier']:.3f}, hard negatives joined "
            f"{same['hard_negative_false_join_rate'] or 0:.1%}"
        )
    console.print(
        f"similarity: cross-validated Pearson {scorer_cv.get('pearson', float('nan')):.3f} "
        f"over {summary['evaluated']} of {summary['pairs']} pairs"
    )
