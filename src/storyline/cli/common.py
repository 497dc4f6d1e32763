"""Shared pieces of the command line: the typer app, options, output helpers."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import click
import typer
from rich.console import Console

from storyline.settings import Settings
from storyline.terminal import json_visible, safe

app = typer.Typer(
    name="storyline",
    help="Track news stories across languages: ingest articles, link them, compare coverage.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    name="eval",
    help="Measure storyline on labelled data: eval stories JSONL, eval pairs CSV.",
    no_args_is_help=True,
)
"""The ``storyline eval`` sub-app: every evaluation command registers on it
(``eval stories`` in :mod:`storyline.cli.linking`)."""
app.add_typer(eval_app, name="eval")
__all__ = ["Commands", "DbOption", "JsonOption", "app", "console", "err", "eval_app"]

F = TypeVar("F", bound=Callable[..., Any])


class Commands:
    """The commands one CLI module offers; nothing is registered until :meth:`register`.

    A command module makes one ``commands = Commands()``, decorates its
    command functions with ``@commands.command()`` (``@commands.eval_command()``
    for ``storyline eval ...``), adds its own sub-apps with
    :meth:`add_typer`, and is listed in ``storyline.cli.COMMAND_MODULES``,
    which registers them on the app in that order (the order ``--help``
    shows). Importing a command module changes no app.

    Examples
    --------
    >>> commands = Commands()
    >>> @commands.command("hello")
    ... def hello() -> None:
    ...     "Say hello."
    >>> demo = typer.Typer()
    >>> commands.register(demo, typer.Typer())
    >>> [c.name for c in demo.registered_commands]
    ['hello']
    """

    def __init__(self) -> None:
        self._entries: list[tuple[str, Any, dict[str, Any]]] = []

    def command(self, name: str | None = None, **options: Any) -> Callable[[F], F]:
        """Offer the decorated function as ``storyline NAME``."""

        def record(fn: F) -> F:
            self._entries.append(("app", fn, {"name": name, **options}))
            return fn

        return record

    def eval_command(self, name: str | None = None, **options: Any) -> Callable[[F], F]:
        """Offer the decorated function as ``storyline eval NAME``."""

        def record(fn: F) -> F:
            self._entries.append(("eval", fn, {"name": name, **options}))
            return fn

        return record

    def add_typer(self, sub_app: typer.Typer, *, name: str) -> None:
        """Offer a module's own sub-app as ``storyline NAME ...``."""
        self._entries.append(("typer", sub_app, {"name": name}))

    def register(self, root: typer.Typer, eval_root: typer.Typer) -> None:
        """Register every offered command on ``root`` (and ``eval_root``), in order."""
        for kind, target, options in self._entries:
            if kind == "typer":
                root.add_typer(target, **options)
            else:
                (eval_root if kind == "eval" else root).command(**options)(target)

console = Console()
err = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="STORYLINE_DB",
        help="SQLite store (default ./storyline.db; env STORYLINE_DB).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``error: <message>`` (escaped: it may quote file names or article data)."""
    err.print(f"[bold red]error:[/] {safe(message)}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _open_store(db: Path | None, *, must_exist: bool = False) -> Any:
    from storyline.api import Store, StoreError, default_db_path

    path = db or default_db_path()
    if must_exist and not Path(path).exists():
        raise _fail(f"no store at {path} (run `storyline ingest` first, or pass --db)")
    try:
        return Store(path)
    except StoreError as exc:
        raise _fail(str(exc)) from exc


def _print_json(data: Any) -> None:
    """Print JSON; bidi overrides and C1 controls in strings become ``\\uXXXX`` escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(json_visible(text) + "\n")


def _version(value: bool) -> None:
    if value:
        from storyline import __version__

        console.print(f"storyline {__version__}")
        raise typer.Exit()


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time of each record."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _verbose(count: int) -> int:
    """Send storyline's log to standard error: ``-v`` at INFO, ``-vv`` at DEBUG."""
    logger = logging.getLogger("storyline")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
    if count:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if count > 1 else logging.INFO)
    return count


def settings(**overrides: Any) -> Settings:
    """The :class:`Settings` this command line run was started with, with ``overrides``.

    The app's callback builds it once per run (``ctx.obj``); a command that
    has an option for a setting (``--encoder``, ``--workers``) overrides it
    here, and passes the result down.

    Examples
    --------
    >>> settings(encoder="hashing").encoder
    'hashing'
    """
    ctx = click.get_current_context(silent=True)
    found = ctx.find_root().obj if ctx is not None else None
    base = found if isinstance(found, Settings) else Settings()
    return dataclasses.replace(base, **overrides) if overrides else base


@app.callback()
def main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose",
            "-v",
            count=True,
            callback=_verbose,
            show_default=False,
            help="Log what storyline skips or falls back from to stderr (-vv: debug).",
        ),
    ] = 0,
) -> None:
    """storyline: a self-hosted multilingual news story tracker."""
    ctx.obj = Settings()
