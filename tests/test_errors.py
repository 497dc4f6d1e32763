"""One error base, no raw sqlite3 errors out of the store, swallowed errors logged, --verbose."""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import storyline
from storyline.errors import StorylineError
from storyline.store import Store, StoreError

_SKIP = {"storyline.cli.__main__"}


def _all_modules() -> list[str]:
    names = [storyline.__name__]
    for info in pkgutil.walk_packages(storyline.__path__, prefix="storyline."):
        if info.name not in _SKIP and ".data." not in info.name:
            names.append(info.name)
    return names


def test_every_exception_storyline_defines_derives_from_the_one_base() -> None:
    from starlette.exceptions import HTTPException

    found = []
    for name in _all_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__ == name
            ):
                found.append(value)
    assert len(found) >= 8
    # an HTTP status signal for the web server (413) is the one exception that is no error of ours
    strays = [e for e in found if not issubclass(e, StorylineError | HTTPException)]
    assert strays == []


def test_a_broken_database_is_a_one_line_store_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        other = sqlite3.connect(path)
        other.execute("DROP TABLE meta")  # another program damages the file under the store
        other.commit()
        other.close()
        with pytest.raises(StoreError) as info:
            store.get_meta("index:m")
    assert not isinstance(info.value, sqlite3.Error)
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    assert str(info.value) == f"store {path}: no such table: meta (in get_meta)"


def test_a_locked_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store._conn.execute("PRAGMA busy_timeout = 0")
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreError, match="locked"):
                store.set_meta("k", 1)
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_store_generators_and_properties_wrap_sqlite_errors_too() -> None:
    store = Store(":memory:")
    store._conn.close()
    with pytest.raises(StoreError):
        list(store.iter_doc_vectors("m"))
    with pytest.raises(StoreError):
        _ = store.schema_version


def test_an_unreadable_vector_index_is_logged_and_rebuilt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from storyline.link.index import VectorIndex, index_path

    with Store(tmp_path / "s.db") as store:
        path = index_path(store.path, "m")
        assert path is not None
        path.write_bytes(b"not an index" * 10)
        with caplog.at_level(logging.WARNING, logger="storyline"):
            index = VectorIndex.for_store(store, "m", 4)
    assert len(index) == 0
    assert any(
        r.name == "storyline.link.index" and "unreadable" in r.getMessage() for r in caplog.records
    )


def test_a_sentence_vector_cache_that_cannot_write_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from storyline.api import sentence_vectors
    from storyline.article import Article

    class ReadOnlyStore:
        def sentence_vectors(self, article_id: str, model: str) -> None:
            return None

        def put_sentence_vectors(self, article_id: str, mat: np.ndarray, model: str) -> None:
            raise StoreError("store x.db: attempt to write a readonly database")

    article = Article(
        id="a" * 16, text="", text_original="", lang="en", lang_confidence=1.0, sentences=()
    )
    with caplog.at_level(logging.DEBUG, logger="storyline"):
        assert sentence_vectors(ReadOnlyStore(), article).shape[0] == 0  # type: ignore[arg-type]
    article = Article(
        id="b" * 16,
        text="Rain fell.",
        text_original="Rain fell.",
        lang="en",
        lang_confidence=1.0,
        sentences=("Rain fell.",),
    )
    with caplog.at_level(logging.DEBUG, logger="storyline"):
        assert sentence_vectors(ReadOnlyStore(), article).shape[0] == 1  # type: ignore[arg-type]
    assert any("not cached" in r.getMessage() for r in caplog.records)


def test_the_package_logger_is_silent_by_default() -> None:
    handlers = logging.getLogger("storyline").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_verbose_sends_storyline_log_lines_to_stderr(tmp_path: Path) -> None:
    from storyline.cli import app

    db = tmp_path / "s.db"
    Store(db).close()
    logger = logging.getLogger("storyline")
    level = logger.level
    runner = CliRunner()
    debug = runner.invoke(app, ["-vv", "stories", "--db", str(db)])
    info = runner.invoke(app, ["--verbose", "stories", "--db", str(db)])
    quiet = runner.invoke(app, ["stories", "--db", str(db)])
    assert debug.exit_code == info.exit_code == quiet.exit_code == 0
    assert f"DEBUG storyline.store.core: opened store {db}" in debug.stderr
    assert "opened store" not in info.stderr and "opened store" not in quiet.stderr
    assert "opened store" not in debug.stdout
    assert logger.level == level  # an invocation without -v leaves no handler or level behind
