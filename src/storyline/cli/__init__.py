"""The ``storyline`` command line: a thin shell over the public Python API.

Every command that prints something can print JSON instead (``--json``);
errors are one line on standard error and a non-zero exit code. Each
module here registers its commands on the one typer ``app``.
"""

from storyline.cli import articles as _articles  # noqa: F401  (registers commands)
from storyline.cli import compare as _compare  # noqa: F401  (compare, eval pairs, train)
from storyline.cli import coverage as _coverage  # noqa: F401  (registers `coverage`)
from storyline.cli import feeds as _feeds  # noqa: F401  (sources, watch, watches)
from storyline.cli import linking as _linking  # noqa: F401  (registers commands)
from storyline.cli import scale as _scale  # noqa: F401  (spark prepare, spark link, export)
from storyline.cli import web as _web  # noqa: F401  (registers `serve`)
from storyline.cli.common import app

__all__ = ["app"]
