"""The ``storyline`` command line: a thin shell over the public Python API.

Every command that prints something can print JSON instead (``--json``);
errors are one line on standard error and a non-zero exit code.

Commands register explicitly: each module in :data:`COMMAND_MODULES` offers
its commands as ``commands`` (a :class:`~storyline.cli.common.Commands`) and
this module registers them on the one typer ``app``, in the order
``storyline --help`` lists them. Importing a command module registers
nothing. A new command module: ``commands = Commands()``, decorate its
functions with ``@commands.command()`` (``@commands.eval_command()`` for
``storyline eval ...``; its own sub-app with ``commands.add_typer``), and add
it to :data:`COMMAND_MODULES`.
"""

from types import ModuleType

from storyline.cli import articles, compare, coverage, feeds, linking, scale, web
from storyline.cli.common import app, eval_app

__all__ = ["COMMAND_MODULES", "app"]

COMMAND_MODULES: tuple[ModuleType, ...] = (
    articles,
    compare,
    coverage,
    feeds,
    linking,
    scale,
    web,
)
"""Every module whose commands ``storyline`` offers, in ``--help`` order."""

for _module in COMMAND_MODULES:
    _module.commands.register(app, eval_app)
