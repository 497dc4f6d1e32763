"""CLI commands register explicitly: listed in ``storyline.cli.COMMAND_MODULES``, never on import."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import typer

import storyline.cli
from storyline.cli.common import Commands

CLI = Path(storyline.cli.__file__).parent
ROOT_NAMES = {"app", "eval_app"}


def _touches_the_app(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ROOT_NAMES
        ):
            found.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
    return found


def test_no_command_module_registers_on_the_app_itself() -> None:
    offenders = []
    for path in sorted(CLI.glob("*.py")):
        if path.name not in ("__init__.py", "common.py"):
            offenders += _touches_the_app(path)
    assert offenders == [], "offer commands with `commands = Commands()`:\n" + "\n".join(offenders)


def test_every_module_that_offers_commands_is_registered() -> None:
    offering = set()
    for path in sorted(CLI.glob("*.py")):
        if path.name == "__main__.py":  # importing it runs the command line
            continue
        module = importlib.import_module(f"storyline.cli.{path.stem}")
        if isinstance(getattr(module, "commands", None), Commands):
            offering.add(module.__name__)
    assert offering == {m.__name__ for m in storyline.cli.COMMAND_MODULES}


def test_registration_is_what_builds_the_commands() -> None:
    names = [c.name or c.callback.__name__ for c in storyline.cli.app.registered_commands]
    assert names[:2] == ["ingest", "articles"] and "serve" in names
    fresh = typer.Typer()
    storyline.cli.web.commands.register(fresh, typer.Typer())
    assert [c.callback.__name__ for c in fresh.registered_commands] == ["serve"]


def test_the_registration_check_finds_a_decorator(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("@app.command()\ndef hello():\n    pass\n")
    assert _touches_the_app(bad) == ["bad.py:1 app.command"]
