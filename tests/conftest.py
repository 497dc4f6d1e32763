"""Shared fixtures.

Web tests (``test_web_api``, ``test_web_pages``, ``test_browser``) share one
store built from the sample corpus, with linking, once per session.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the whole sample corpus, ingested and linked (read-only use!)."""
    from storyline.pipeline import ingest
    from storyline.sample import data_files
    from storyline.store import Store

    path = tmp_path_factory.mktemp("sample-store") / "sample.db"
    with Store(path) as store:
        report = ingest(data_files(), store, link=True)
    assert report.ok, report.failed
    return path


@pytest.fixture()
def sample_db_copy(sample_db: Path, tmp_path: Path) -> Path:
    """A private copy of :func:`sample_db` that a test may write to."""
    target = tmp_path / "copy.db"
    with sqlite3.connect(sample_db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target
