"""The docs say what the code does: the settings table is kept in step with :class:`Settings`."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.settings import settings_table

ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"
_ROW = re.compile(r"^\|\s*`([a-z_.]+)`\s*\|\s*`([^`]*)`\s*\|\s*(.+?)\s*\|\s*$")


def _documented() -> dict[str, tuple[str, str]]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Settings", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = _ROW.match(line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    return rows


def test_every_setting_is_documented_with_its_default_and_nothing_else_is() -> None:
    documented = _documented()
    code = {name: (repr(default), help_) for name, default, help_ in settings_table()}
    assert sorted(documented) == sorted(code), "docs/architecture.md settings table is out of step"
    for name, (default, help_) in code.items():
        assert documented[name][0] == default, f"{name}: the docs say {documented[name][0]}"
        if help_:
            assert documented[name][1] == help_, f"{name}: the docs' help differs from the code's"
        assert documented[name][1], f"{name}: no help in the docs"
