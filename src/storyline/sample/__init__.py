"""The sample corpus that ships inside the package.

Short fictional news articles, written by the project, in nine languages and
in every input format the readers support (plain-text scrapes, saved HTML
pages, JSONL exports, a CSV export and an RSS feed). Nine events are each
reported in three to six languages; seven single articles are distractors.
Six *hard-negative* stories (two to three languages and scripts each) report
the same actors and places as five of the events but another occurrence: an
earlier year's agreement, another minister, an earlier earthquake, strike or
sandstorm; they must never join the event's story.
``manifest.jsonl`` is the answer key: one line per article, with its
language, story label, headline, outlet, publication date and where the file
states it, encoding, whether it is a near-duplicate of another file and which
event it is a hard negative of. ``README.md`` lists the deliberate
differences and conflicts between the reports of each event.

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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from storyline.article import RawDocument

__all__ = [
    "GoldArticle",
    "data_files",
    "gold_articles",
    "gold_documents",
    "load_manifest",
    "sample_dir",
    "stories",
]

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


def data_files(*, hard_negatives: bool = True) -> list[Path]:
    """Return every article file of the corpus, sorted, without the manifest.

    These are the files to ingest for a demo: the ``articles/`` and
    ``feeds/`` folders, never ``manifest.jsonl`` or ``README.md``.

    Parameters
    ----------
    hard_negatives
        ``False`` leaves out the files that hold only hard negatives (the
        corpus as it was before they were added: 47 articles).

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
    >>> len(data_files(hard_negatives=False)) < len(files)
    True
    """
    root = sample_dir()
    found = [
        path
        for folder in DATA_FOLDERS
        for path in (root / folder).rglob("*")
        if path.is_file() and not path.name.startswith(".")
    ]
    if not hard_negatives:
        events = {e["file"] for e in load_manifest() if not e["hard_negative_of"]}
        found = [p for p in found if p.relative_to(root).as_posix() in events]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def load_manifest(root: Path | None = None) -> list[dict[str, Any]]:
    """Read ``manifest.jsonl``: one dict per article, in file order.

    ``root``: a folder laid out like this corpus (its own ``manifest.jsonl``,
    ``file`` paths relative to it); ``None`` (default): the packaged sample.

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
        the HTML page carries script-injection markup), ``hard_negative_of``
        (the event label this article must stay out of, or ``None``) and
        ``date_source`` (where the file states its publication date:
        ``metadata`` for HTML meta tags and export/feed date fields, ``url``,
        ``text`` for a date line or dateline, or ``None`` when the file states
        none; ``published`` is then known only to the manifest).

    Examples
    --------
    >>> entries = load_manifest()
    >>> sorted({e["encoding"] for e in entries})
    ['cp1251', 'utf-8', 'windows-1256']
    >>> [e["file"] for e in entries if e["zwnj_stripped"]]
    ['articles/fa-sepehr-news-arvand-layrobi.txt']
    """
    path = (sample_dir() if root is None else Path(root)) / MANIFEST_NAME
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def stories(
    min_languages: int = 2, *, hard_negatives: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Group the manifest by story label, keeping multi-language events.

    Parameters
    ----------
    min_languages
        Keep only stories reported in at least this many languages; ``1``
        keeps every story, distractors included.
    hard_negatives
        Also keep the hard-negative stories (labels ``h…``, entries with a
        ``hard_negative_of``); by default only the events and distractors.

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
    >>> negatives = stories(hard_negatives=True).keys() - events.keys()
    >>> sorted(label.split("-")[0] for label in negatives)
    ['h1a', 'h1b', 'h1c', 'h2', 'h3', 'h4', 'h6', 'h7']
    """
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entry in load_manifest():
        if entry["hard_negative_of"] and not hard_negatives:
            continue
        grouped.setdefault(entry["story"], []).append(entry)
    return {
        label: entries
        for label, entries in sorted(grouped.items())
        if len({e["lang"] for e in entries}) >= min_languages
    }


@dataclass(frozen=True)
class GoldArticle:
    """One article of the corpus with its answer: the unit of an ordered evaluation.

    ``key`` is ``file`` or ``file#record``; ``story`` the gold story label;
    ``published`` the true publication day (``YYYY-MM-DD``, always set, even
    when the file does not state it: see ``date_source``); ``entry`` the
    whole manifest line.
    """

    key: str
    file: str
    record: int | None
    story: str
    published: str
    lang: str
    title: str
    hard_negative_of: str | None
    date_source: str | None
    duplicate_of: str | None
    entry: dict[str, Any]

    @property
    def path(self) -> Path:
        """Absolute path of the file that holds the article."""
        return sample_dir() / self.file


def gold_articles(
    order: Literal["file", "published"] = "file", *, duplicates: bool = True
) -> list[GoldArticle]:
    """Every article of the corpus with its gold story and publication day, ordered.

    Parameters
    ----------
    order
        ``"file"``: the order :func:`data_files` gives (path, then record
        index), the order ``storyline ingest --sample`` reads them.
        ``"published"``: by true publication day, ties in file order.
    duplicates
        Keep the near-duplicate copy (which ``ingest`` records as a copy,
        not as an article); ``False`` leaves it out.

    Returns
    -------
    list of GoldArticle

    Examples
    --------
    >>> by_day = gold_articles("published")
    >>> by_day[0].published < by_day[-1].published
    True
    >>> first = gold_articles()[0]
    >>> first.key, first.story
    ('articles/ar-almirbad-news-kari-shatt-2021.txt', 'h1c-shatt-al-arab-talks-2021')
    >>> sum(g.hard_negative_of is not None for g in by_day) >= 12
    True
    """
    if order not in ("file", "published"):
        raise ValueError(f"order must be 'file' or 'published', not {order!r}")
    golds = [
        GoldArticle(
            key=e["file"] if e["record"] is None else f"{e['file']}#{e['record']}",
            file=e["file"],
            record=e["record"],
            story=e["story"],
            published=e["published"],
            lang=e["lang"],
            title=e["title"],
            hard_negative_of=e["hard_negative_of"],
            date_source=e["date_source"],
            duplicate_of=e["duplicate_of"],
            entry=e,
        )
        for e in load_manifest()
        if duplicates or not e["duplicate_of"]
    ]
    golds.sort(key=lambda g: (g.file, g.record if g.record is not None else -1))
    if order == "published":
        golds.sort(key=lambda g: g.published)  # stable: ties keep file order
    return golds


def gold_documents(
    order: Literal["file", "published"] = "file", *, duplicates: bool = True
) -> list[tuple[RawDocument, GoldArticle]]:
    """The corpus as raw documents, one per article, each with its answer, ordered.

    Reads every file with :func:`storyline.read.read_path` (so this one
    function needs the readers) and picks each manifest entry's record, so
    the articles can be ingested one by one in any order.

    Parameters
    ----------
    order, duplicates
        As in :func:`gold_articles`.

    Returns
    -------
    list of (RawDocument, GoldArticle)

    Examples
    --------
    >>> docs = gold_documents("published")
    >>> len(docs) == len(gold_articles())
    True
    >>> doc, gold = docs[-1]
    >>> gold.published, gold.key, doc.declared["title"] == gold.title
    ('2025-04-28', 'feeds/export-newsdesk.jsonl#3', True)
    """
    from storyline.article import ReadFailure
    from storyline.read import read_path

    golds = gold_articles(order, duplicates=duplicates)
    per_file: dict[str, list[RawDocument]] = {}
    for name in {g.file for g in golds}:
        docs = []
        for doc in read_path(sample_dir() / name):
            if isinstance(doc, ReadFailure):
                raise ValueError(f"sample file unreadable: {doc.origin}: {doc.reason}")
            docs.append(doc)
        per_file[name] = docs
    return [(per_file[g.file][g.record or 0], g) for g in golds]
