"""Dependencies point one way: cli/ and web/ reach link/, store/ and coverage/ only through storyline.api.

Read from the import graph (every ``import`` and ``from ... import`` in the
source, function-level ones included), not from a list kept by hand.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"
SHELLS = ("cli", "web")
INTERNALS = ("storyline.link", "storyline.store", "storyline.coverage")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _internal(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in INTERNALS)


def test_cli_and_web_import_link_store_and_coverage_only_through_the_api() -> None:
    offenders = []
    for shell in SHELLS:
        for path in sorted((SRC / shell).rglob("*.py")):
            for name in sorted(_imports(path)):
                if _internal(name):
                    offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == [], "go through storyline.api:\n" + "\n".join(offenders)


def test_the_api_is_not_a_shell_and_imports_no_shell() -> None:
    paths = sorted((SRC / "api").rglob("*.py"))
    assert len(paths) > 1  # the package, not a missing file
    names = set().union(*(_imports(p) for p in paths))
    assert not [n for n in names if n.startswith(("storyline.cli", "storyline.web"))]


def test_cli_and_web_use_the_api_door_not_its_modules() -> None:
    """``storyline.api``'s modules are its layout; the shells import the names from the package."""
    modules = {p.stem for p in (SRC / "api").glob("*.py")} - {"__init__"}
    assert {"compare", "stories"} <= modules
    offenders = []
    for shell in SHELLS:
        for path in sorted((SRC / shell).rglob("*.py")):
            for name in sorted(_imports(path)):
                parts = name.split(".")
                if parts[:2] == ["storyline", "api"] and len(parts) > 2 and parts[2] in modules:
                    offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == [], "import from storyline.api:\n" + "\n".join(offenders)


def test_lower_layers_never_import_the_shells_or_the_api() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        if rel.parts[0] in (*SHELLS, "api", "__init__.py"):
            continue
        for name in _imports(path):
            if name.startswith(("storyline.cli", "storyline.web", "storyline.api")):
                offenders.append(f"{rel} imports {name}")
    assert offenders == []


def _relayed(path: Path) -> list[str]:
    """Names a module lists in ``__all__`` but only imports (it re-exports what it does not own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    listed: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom | ast.Import):
            imported.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            listed = [e.value for e in ast.walk(node.value) if isinstance(e, ast.Constant)]
    owned = {
        n.name
        for n in tree.body
        if isinstance(n, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
    }
    return [name for name in listed if name in imported and name not in owned]


def test_no_module_relays_names_it_does_not_own() -> None:
    """Only the package faces (``__init__.py``, the door ``api/__init__.py`` too) list imported names."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "__init__.py":
            continue
        offenders += [f"{path.relative_to(SRC)}: {name}" for name in _relayed(path)]
    assert offenders == [], "import these from the module that defines them:\n" + "\n".join(
        offenders
    )


def test_the_relay_check_finds_a_relay(tmp_path: Path) -> None:
    relay = tmp_path / "relay.py"
    relay.write_text(
        "from os.path import join\n\n__all__ = ['join', 'own']\n\n\ndef own():\n    pass\n"
    )
    assert _relayed(relay) == ["join"]
