"""Directories: every file below, recursively, in a stable order.

Files are visited in sorted order (by path, byte-wise on the name), so two
runs over the same tree yield the same documents in the same order. Hidden
files and directories (names starting with ``.``) are skipped, and so are
web-page assets that are never articles (``.css``, ``.js``, images, fonts:
see :data:`ASSET_EXTENSIONS`), as found in "Save page as" folders.
Symbolic links to files are followed; links to directories are not (no
loops). A broken link, a file that cannot be opened, or one that does not
decode becomes a :class:`~storyline.article.ReadFailure`; the walk goes on.

Examples
--------
>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     root = pathlib.Path(tmp)
...     _ = (root / "b.txt").write_text("Second", encoding="utf-8")
...     _ = (root / "a.txt").write_text("First", encoding="utf-8")
...     _ = (root / "logo.png").write_bytes(b"\\x89PNG")
...     [d.content for d in walk_directory(root, read_one=_demo_reader)]
['First', 'Second']
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath

from storyline.article import RawDocument, ReadFailure
from storyline.read.common import is_hidden

__all__ = ["ASSET_EXTENSIONS", "iter_files", "walk_directory"]

Result = RawDocument | ReadFailure

#: Extensions skipped silently inside directories: page assets, media, archives.
ASSET_EXTENSIONS: frozenset[str] = frozenset(
    ".css .js .mjs .map .png .jpg .jpeg .gif .webp .svg .ico .bmp .tif .tiff .avif "
    ".woff .woff2 .ttf .otf .eot .mp3 .mp4 .webm .ogg .wav .m4a .mov .avi .zip .gz "
    ".bz2 .xz .7z .tar .pyc .db .sqlite .sqlite3 .db-wal .db-shm".split()
)


def iter_files(root: Path, glob: str | None = None) -> Iterator[Path | ReadFailure]:
    """Paths of the candidate files below ``root``, sorted; failures for bad entries.

    ``glob`` (e.g. ``*.txt`` or ``2024/*.html``) is matched against the path
    relative to ``root`` (``/``-separated) and, for patterns without ``/``,
    against the file name.

    Examples
    --------
    >>> list(iter_files(Path("/no/such/dir")))
    [ReadFailure(origin='/no/such/dir', reason='cannot list directory: No such file or directory')]
    """

    def on_error(exc: OSError) -> None:
        errors.append(exc)

    errors: list[OSError] = []
    walker = os.walk(root, topdown=True, onerror=on_error, followlinks=False)
    for dirpath, dirnames, filenames in walker:
        for exc in errors:
            yield ReadFailure(str(exc.filename), _dir_reason(exc))
        errors.clear()
        dirnames[:] = sorted(d for d in dirnames if not is_hidden(d))
        base = Path(dirpath)
        for name in sorted(filenames):
            if is_hidden(name):
                continue
            path = base / name
            if path.suffix.lower() in ASSET_EXTENSIONS:
                continue
            if glob is not None and not _matches(path.relative_to(root), glob):
                continue
            if path.is_symlink() and not path.exists():
                yield ReadFailure(str(path), "broken symbolic link")
                continue
            yield path
    for exc in errors:
        yield ReadFailure(str(exc.filename), _dir_reason(exc))


def walk_directory(
    root: Path, *, read_one: Callable[[Path], Iterator[Result]], glob: str | None = None
) -> Iterator[Result]:
    """Read every candidate file below ``root`` with ``read_one``.

    Examples
    --------
    >>> next(walk_directory(Path("/no/such/dir"), read_one=_demo_reader)).origin
    '/no/such/dir'
    """
    for item in iter_files(root, glob):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_one(item)


def _matches(relative: Path, pattern: str) -> bool:
    posix = PurePosixPath(relative.as_posix())
    if fnmatch.fnmatch(str(posix), pattern):
        return True
    return "/" not in pattern and fnmatch.fnmatch(posix.name, pattern)


def _dir_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied (directory)"
    return f"cannot list directory: {exc.strerror or exc}"


def _demo_reader(path: Path) -> Iterator[Result]:
    """Doctest helper: one text document per file."""
    yield RawDocument(origin=str(path), content=path.read_text(encoding="utf-8"))
