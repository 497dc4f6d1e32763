"""``compare`` two articles, ``eval pairs`` on SemEval-format CSVs, and ``train``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from storyline.cli.common import (
    DbOption,
    JsonOption,
    _fail,
    _open_store,
    _print_json,
    app,
    console,
    err,
    eval_app,
    safe,
    settings,
)


def _load_side(ref: str, store: Any) -> Any:
    """An article from a file (prepared, not stored) or from the store by id."""
    from storyline.article import RawDocument
    from storyline.pipeline import DocumentError, prepare
    from storyline.read import read_path

    path = Path(ref)
    if path.is_file():
        for item in read_path(path):
            if not isinstance(item, RawDocument):
                raise _fail(f"{ref}: {item.reason}")
            try:
                return prepare(item).article
            except DocumentError as exc:
                raise _fail(f"{ref}: {exc}") from exc
        raise _fail(f"{ref}: no document in file")
    if store is None:
        raise _fail(f"{ref!r} is neither a file nor an article id (no store at --db)")
    from storyline.store import StoreError

    try:
        found = store.get_article(ref)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    if found is None:
        raise _fail(f"{ref!r} is neither a file nor a stored article id")
    return found


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="A file, or an article id.")],
    b: Annotated[str, typer.Argument(help="A file, or an article id.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare two articles in any languages: the same-event probability linking uses
    (and why), the SemEval-scale similarity, and the sentences they share and those
    only one reports."""
    from storyline.api import compare_articles
    from storyline.store import default_db_path

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
    from storyline.coverage.render import render_compare

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for label, side in (("A", first), ("B", second)):
        head.add_row(
            label,
            f"{safe(side.title or side.id)} [dim]({safe(side.lang)}, {safe(side.outlet or '?')})[/]",
        )
    head.add_row(
        "similarity",
        f"{result['overall']:.2f}  [dim](SemEval Overall: 1 = very similar … 4 = very dissimilar)[/]",
    )
    verdict = "same event" if result["same_event"] else "not the same event"
    head.add_row(
        "same event",
        f"{result['same_event_probability']:.2f} [dim]({verdict}; joins at "
        f"{result['joins_at']:.2f})[/]",
    )
    if result.get("evidence"):
        head.add_row("because", "; ".join(result["evidence"]))
    dims = ", ".join(f"{k} {v:.2f}" for k, v in result["dimensions"].items())
    head.add_row("dimensions", dims)
    console.print(head)
    render_compare(
        {**result, "a": "A", "b": "B", "a_lang": first.lang, "b_lang": second.lang}, console
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


@eval_app.command("pairs")
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
    as_json: JsonOption = False,
) -> None:
    """Pearson of predicted and gold ``Overall`` (and dimensions); same-event F1 at the join
    threshold, monolingual and cross-language, and the hard-negative false-join rate."""
    from storyline.evaluate_pairs import evaluate_pairs

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


@app.command()
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
    as_json: JsonOption = False,
) -> None:
    """Re-train the similarity scorer and the same-event model from a pairs CSV (CV split
    by article; the same-event probability calibrated on out-of-fold predictions).

    Both files record the encoder they were trained with. Copy them over
    ``storyline/data/`` to use them.
    """
    from storyline.encode import CachedEncoder, get_encoder
    from storyline.link.linktrain import train_link_model
    from storyline.link.train import train_from_pairs

    if not csv_path.is_file():
        raise _fail(f"no such file: {csv_path}")
    out.mkdir(parents=True, exist_ok=True)
    try:
        encoder: Any = get_encoder(encoder_name or settings().encoder)
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    if cache is not None:
        encoder = CachedEncoder(encoder, cache)
    with err.status("training the same-event model…") as status:
        params, link_cv = train_link_model(
            csv_path, encoder, folds=folds, progress=lambda msg: status.update(msg)
        )
        (out / "linker.json").write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")
        status.update("training the similarity scorer…")
        report = train_from_pairs(
            csv_path,
            encoder=encoder,
            folds=folds,
            out_path=out / "scorer.json",
            progress=lambda msg: status.update(msg),
        )
    link_cv.pop("predictions", None)
    summary = {
        "encoder": encoder.name,
        "scorer": str(out / "scorer.json"),
        "linker": str(out / "linker.json"),
        "pairs": report.n_pairs,
        "evaluated": report.n_evaluated,
        "scorer_cv": report.cv,
        "linker_cv": link_cv,
    }
    if as_json:
        _print_json(summary)
        return
    console.print(
        f"wrote {safe(summary['scorer'])} and {safe(summary['linker'])} (encoder {encoder.name})"
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
        f"similarity: cross-validated Pearson {report.cv.get('pearson', float('nan')):.3f} "
        f"over {report.n_evaluated} of {report.n_pairs} pairs"
    )
