"""One Settings object, built once by the CLI and the web app and passed down."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.settings import Settings


def test_the_web_app_passes_its_settings_to_the_semantic_index(tmp_path: Path) -> None:
    from storyline.web.app import create_app

    app = create_app(tmp_path / "s.db", token="", settings=Settings(encoder="hashing"))
    assert app.state.settings.config.encoder == "hashing"
    assert app.state.semantic.model.startswith("hashing")
    assert app.state.settings.max_body_bytes == Settings().max_body_bytes
    smaller = dataclasses.replace(Settings(), max_body_bytes=10)
    assert create_app(tmp_path / "t.db", token="", settings=smaller).state.settings.max_body_bytes == 10


def test_the_cli_builds_settings_once_and_passes_them_to_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.pipeline
    from storyline.cli import app

    seen: list[Any] = []
    real = storyline.pipeline.ingest

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(storyline.pipeline, "ingest", spy)
    doc = tmp_path / "a.txt"
    doc.write_text("Floods close schools\n\nHeavy rain closed schools in Porto Alegre.\n")
    result = CliRunner().invoke(
        app, ["ingest", str(doc), "--db", str(tmp_path / "s.db"), "--no-link", "-w", "1"]
    )
    assert result.exit_code == 0, result.output
    (kwargs,) = seen
    assert isinstance(kwargs["settings"], Settings)
    assert kwargs["settings"].workers == 1 and kwargs["workers"] == 1
    assert kwargs["settings"].encoder == Settings().encoder
