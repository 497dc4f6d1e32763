"""The sample corpus that ships inside the package.

Short fictional news articles, written by the project, in nine languages and
in every input format the readers support (plain-text scrapes, saved HTML
pages, a JSONL export, a CSV export and an RSS feed). Nine events are each
reported in three to five languages; seven single articles are distractors.
``manifest.jsonl`` is the answer key: one line per article, with its
language, story label, headline, outlet, publication date, encoding and
whether it is a near-duplicate of another file. ``README.md`` lists the
deliberate differences and conflicts between the reports of each event.

Only the standard library is used here, so tests and the demo can rely on
this module whatever else is installed.

Examples
--------
>>> entries = load_manifest()
>>> len({e["lang"] for e in entries}) >= 7
True
>>> (sample_dir() / entries[0]["file"]).is_file()
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["data_files", "load_manifest", "sample_dir", "stories"]

MANIFEST_NAME = "manifest.jsonl"
DATA_FOLDERS = ("articles", "feeds")


def sample_dir() -> Path:
    """Return the folder that holds the sample corpus.

    Returns
    -------
    pathlib.Path
        The package folder ``storyline/sample``; article files live in its
        ``articles/`` and ``feeds/`` subfolders, next to ``manifest.jsonl``.

    Examples
    --------
    >>> (sample_dir() / "manifest.jsonl").is_file()
    True
    >>> sorted(p.name for p in sample_dir().iterdir() if p.is_dir() and not p.name.startswith("_"))
    ['articles', 'feeds']
    """
    return Path(__file__).resolve().parent


def data_files() -> list[Path]:
    """Return every article file of the corpus, sorted, without the manifest.

    These are the files to ingest for a demo: the ``articles/`` and
    ``feeds/`` folders, never ``manifest.jsonl`` or ``README.md``.

    Returns
    -------
    list of pathlib.Path
        Absolute paths, sorted by their path relative to :func:`sample_dir`.

    Examples
    --------
    >>> files = data_files()
    >>> sorted({p.suffix for p in files})
    ['.csv', '.html', '.jsonl', '.txt', '.xml']
    >>> any(p.name == "manifest.jsonl" for p in files)
    False
    """
    root = sample_dir()
    found = [
        path
        for folder in DATA_FOLDERS
        for path in (root / folder).rglob("*")
        if path.is_file() and not path.name.startswith(".")
    ]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def load_manifest() -> list[dict[str, Any]]:
    """Read ``manifest.jsonl``: one dict per article, in file order.

    Returns
    -------
    list of dict
        Keys: ``file`` (path relative to :func:`sample_dir`), ``record``
        (0-based index inside a JSONL/CSV/RSS file, else ``None``),
        ``format`` (``txt``, ``html``, ``jsonl``, ``csv`` or ``rss``),
        ``lang`` (ISO 639-1), ``story`` (event label such as
        ``"e2-elazig-earthquake"``; distractors have a unique ``x-`` label),
        ``title`` (the headline exactly), ``outlet``, ``published``
        (``YYYY-MM-DD`` or ``None``), ``duplicate_of`` (file of the
        original, or ``None``), ``zwnj_stripped`` (bool), ``encoding``
        (``utf-8``, ``cp1251`` or ``windows-1256``) and ``hostile`` (bool:
        the HTML page carries script-injection markup).

    Examples
    --------
    >>> entries = load_manifest()
    >>> sorted({e["encoding"] for e in entries})
    ['cp1251', 'utf-8', 'windows-1256']
    >>> [e["file"] for e in entries if e["zwnj_stripped"]]
    ['articles/fa-sepehr-news-arvand-layrobi.txt']
    """
    path = sample_dir() / MANIFEST_NAME
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def stories(min_languages: int = 2) -> dict[str, list[dict[str, Any]]]:
    """Group the manifest by story label, keeping multi-language events.

    Parameters
    ----------
    min_languages
        Keep only stories reported in at least this many languages; ``1``
        keeps every story, distractors included.

    Returns
    -------
    dict
        Story label to its manifest entries, labels sorted.

    Examples
    --------
    >>> events = stories()
    >>> len(events) >= 9
    True
    >>> sorted({e["lang"] for e in events["e1-shatt-al-arab-dredging"]})
    ['ar', 'en', 'fa']
    >>> len(stories(min_languages=1)) > len(events)
    True
    """
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entry in load_manifest():
        grouped.setdefault(entry["story"], []).append(entry)
    return {
        label: entries
        for label, entries in sorted(grouped.items())
        if len({e["lang"] for e in entries}) >= min_languages
    }
