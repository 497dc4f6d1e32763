"""Every benchmark script answers ``--help`` with its docstring and does no work."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
SCRIPTS = sorted(
    p.name for p in BENCH.glob("*.py") if 'if __name__ == "__main__":' in p.read_text(encoding="utf-8")
)


def test_there_are_scripts_to_check() -> None:
    assert "story_orders.py" in SCRIPTS and "linking.py" in SCRIPTS


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_prints_the_docstring_and_stops(script: str, tmp_path: Path) -> None:
    doc = ast.get_docstring(ast.parse((BENCH / script).read_text(encoding="utf-8")))
    assert doc, f"{script} has no module docstring to show"
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--help"],
        cwd=tmp_path,  # a benchmark that ran anyway would write its cache or database here
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = " ".join(done.stdout.split())
    assert " ".join(doc.split()[:8]) in shown  # argparse (encoder.py) rewraps the text
    rest = shown.replace(" ".join(doc.split()), "")  # what was printed besides the docstring
    assert '"figure"' not in rest and '"bench"' not in rest, "a figure was printed: it ran"
    assert list(tmp_path.iterdir()) == []
