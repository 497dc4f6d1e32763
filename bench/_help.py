"""``-h`` / ``--help`` for the benchmark scripts: print the script's docstring and stop before any work.

Without it a script that reads its arguments by hand took ``--help`` for a path
or ran its full benchmark.
"""

from __future__ import annotations

import sys


def exit_if_help(doc: str | None) -> None:
    """Stop with the script's docstring when ``-h`` or ``--help`` is among its arguments.

    Parameters
    ----------
    doc : str or None
        The calling script's ``__doc__``.
    """
    if {"-h", "--help"} & set(sys.argv[1:]):
        print((doc or "No help for this script.").strip())
        raise SystemExit(0)
