"""Dates read from a labelled corpus, against its manifest: one aggregate JSON line.

``python bench/corpus_dates.py [CORPUS ...]`` (``sample``, the default: the packaged sample)
prepares every report of a folder laid out like the sample corpus (a
``manifest.jsonl`` whose ``file`` paths are relative to it; records of a
JSONL/CSV/feed file by their ``record`` index) exactly as ingest does
(:func:`storyline.pipeline.prepare`) and compares the publication day it
reads with the manifest's ``published`` (day precision). Counts only, never
titles or file names, so anyone may gate on a corpus nobody may read:

- ``stated``: reports whose file states their date (``date_source`` set, or
  ``published`` set where the manifest has no ``date_source``): ``right``,
  ``wrong`` (another day, as stored: UTC; a month-precision reading of
  another month counts wrong too, of the right month ``coarse``), ``none``;
- ``unstated``: the others: ``none`` (as it should be), ``gold_day`` (given
  the manifest's ``published``, else its ``event_date``: an estimate that
  happens to be right), ``wrong`` (given another day);
- ``by_source``: ``source -> {right, wrong, ...}`` over both groups
  (``metadata``, ``text``, ``dateline``, ``url``, ``lead``);
- ``by_lang``: ``lang -> {right, wrong, none}`` (``wrong`` includes the
  unstated reports given a wrong day);
- ``unreadable``: manifest entries whose document could not be read.

Run by ``make bench`` on the sample (``NEEDS_SHARED = False``). Example,
main 9119008: ``python bench/corpus_dates.py tests/fixtures/heldout``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from storyline.article import RawDocument
from storyline.errors import StorylineError
from storyline.pipeline import prepare
from storyline.read import read_path

NEEDS_SHARED = False


def _documents(root: Path, rel: str) -> list[RawDocument | None]:
    """Every document of one corpus file, in file order (``None`` for a failure)."""
    try:
        return [d if isinstance(d, RawDocument) else None for d in read_path(root / rel)]
    except (StorylineError, OSError):
        return []


def _verdict(read: str | None, precision: str, gold: str | None) -> str:
    """``right``, ``coarse``, ``wrong`` or ``none`` for one reading against a gold day.

    Examples
    --------
    >>> _verdict("2026-11-20T00:00:00+00:00", "day", "2026-11-20")
    'right'
    >>> _verdict("2026-11-01T00:00:00+00:00", "month", "2026-11-20")
    'coarse'
    >>> _verdict("2026-11-19T22:00:00+00:00", "day", "2026-11-20")
    'wrong'
    >>> _verdict(None, "unknown", "2026-11-20")
    'none'
    """
    if read is None:
        return "none"
    if gold is None:
        return "wrong"
    if precision != "month":  # day or minute
        return "right" if read[:10] == gold[:10] else "wrong"
    return "coarse" if read[:7] == gold[:7] else "wrong"


def corpus_dates(corpus: Path | str | None = None) -> dict[str, Any]:
    """The aggregate date-reading figure of one labelled corpus (counts only).

    Parameters
    ----------
    corpus
        A folder with a ``manifest.jsonl`` (``None``: the packaged sample).

    Examples
    --------
    >>> row = corpus_dates()
    >>> row["stated"]["wrong"], row["unstated"]["wrong"], row["reports"] > 60
    (0, 0, True)
    """
    from storyline.sample import load_manifest, sample_dir

    root = sample_dir() if corpus is None else Path(corpus).resolve()
    entries = [e for e in load_manifest(root) if not e.get("duplicate_of")]
    docs: dict[str, list[RawDocument | None]] = {}
    stated: Counter[str] = Counter()
    unstated: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = defaultdict(Counter)
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    unreadable = 0
    for entry in entries:
        rel = entry["file"]
        if rel not in docs:
            docs[rel] = _documents(root, rel)
        index = entry.get("record") or 0
        doc = docs[rel][index] if index < len(docs[rel]) else None
        if doc is None:
            unreadable += 1
            continue
        try:
            article = prepare(doc).article
        except StorylineError:
            unreadable += 1
            continue
        says = entry.get("date_source") if "date_source" in entry else entry.get("published")
        has_date = bool(says) and entry.get("published") is not None
        gold = entry.get("published") or entry.get("event_date")
        verdict = _verdict(article.published, article.published_precision, gold)
        lang = entry.get("lang") or article.lang
        if has_date:
            stated[verdict] += 1
            by_lang[lang][verdict] += 1
        else:
            verdict = {"right": "gold_day", "coarse": "gold_day"}.get(verdict, verdict)
            unstated[verdict] += 1
            by_lang[lang]["wrong" if verdict == "wrong" else "unstated"] += 1
        if article.published is not None:
            by_source[article.published_source or "unknown"][verdict] += 1
    keys = ("right", "coarse", "wrong", "none")
    return {
        "corpus": root.name,
        "reports": len(entries) - unreadable,
        "stated": {k: stated[k] for k in keys} | {"total": sum(stated.values())},
        "unstated": {k: unstated[k] for k in ("none", "gold_day", "wrong")}
        | {"total": sum(unstated.values())},
        "by_source": {s: dict(sorted(c.items())) for s, c in sorted(by_source.items())},
        "by_lang": {lang: dict(sorted(c.items())) for lang, c in sorted(by_lang.items())},
        "unreadable": unreadable,
    }


def run(shared: Path | None = None) -> list[dict[str, Any]]:
    """``make bench``: the sample corpus's figure (it needs no shared data)."""
    return [{"figure": "corpus_dates_sample", **corpus_dates()}]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for corpus in args or ["sample"]:
        corpus = None if corpus == "sample" else corpus
        print(json.dumps({"figure": "corpus_dates", **corpus_dates(corpus)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    raise SystemExit(main())
