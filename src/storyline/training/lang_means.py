"""Per-language mean linking vectors, the centring priors shipped in ``linker.json``.

The same-event model (:class:`~storyline.link.decide.LinkModel`) centres
each side of a pair on its language's mean title+lead vector. It was trained
with means of hundreds of articles per language; a store that holds six
Chinese reports would otherwise centre them on a mean that is still mostly
the overall one (:class:`~storyline.link.decide.RunningMean` shrinks a
language's mean toward its prior while the language has few articles). These
priors are measured once, offline, on a store of many real news articles in
each language, and written into the model file under ``lang_means``::

    storyline ingest ../shared/data --db /tmp/shared.sqlite
    python -m storyline.training.lang_means /tmp/shared.sqlite \\
        --into src/storyline/data/linker.json

They are language statistics (what every news text in Persian shares), not
facts of any event: a language needs at least :data:`MIN_ARTICLES` articles.

Examples
--------
>>> import numpy as np
>>> from storyline.store import Store
>>> from storyline.article import Article
>>> s = Store(":memory:")
>>> for i, lang in enumerate(["en", "en", "fa"]):
...     a = Article(id=f"a{i}", text=f"text {i}", text_original="", lang=lang, lang_confidence=1.0)
...     _ = s.add_article(a)
...     s.put_doc_vectors([(f"a{i}", np.eye(2)[i % 2])], "m@400")
>>> means, counts = language_means(s, "m@400", min_articles=2)
>>> {k: v.tolist() for k, v in means.items()}, counts
({'en': [0.5, 0.5]}, {'en': 2, 'fa': 1})
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from storyline.store import Store

__all__ = ["MIN_ARTICLES", "carried_priors", "language_means", "main", "write_into"]

MIN_ARTICLES = 50
"""A language needs at least this many articles in the store for a shipped prior."""


def language_means(
    store: Store, model: str, min_articles: int = MIN_ARTICLES
) -> tuple[dict[str, np.ndarray], dict[str, int]]:
    """Mean ``model`` linking vector of each language with ``min_articles`` or more.

    Returns the means and the article count of every language seen (kept or not).
    """
    ids: dict[str, list[str]] = {}
    for article in store.list_articles():
        ids.setdefault(article.lang, []).append(article.id)
    means: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for lang, members in sorted(ids.items()):
        rows = store.link_rows(ids=members, model=model)
        counts[lang] = len(rows)
        if len(rows) >= min_articles:
            means[lang] = np.mean([r.doc.astype(np.float64) for r in rows], axis=0)
    return means, counts


def write_into(
    path: Path, encoder_name: str, means: dict[str, np.ndarray], source: dict[str, object]
) -> None:
    """Write ``means`` into the model file at ``path`` under ``lang_means[encoder_name]``.

    Everything else in the file is kept as it is.
    """
    params = json.loads(path.read_text(encoding="utf-8"))
    block = params.setdefault("lang_means", {})
    block[encoder_name] = {
        lang: [round(float(x), 6) for x in vec] for lang, vec in sorted(means.items())
    }
    block["source"] = source
    path.write_text(json.dumps(params, indent=1) + "\n", encoding="utf-8")


def carried_priors(*sources: Path | None) -> dict[str, object] | None:
    """The ``lang_means`` block of the first model file among ``sources`` that has one.

    A retrained model file keeps the priors measured apart (training on pairs
    cannot measure them): from the file it replaces, else the shipped
    ``linker.json`` (``None`` in ``sources`` names it). ``None`` when none has them.

    Examples
    --------
    >>> {"ar", "de", "en"} <= set(carried_priors(None)["e5-small"])
    True
    >>> carried_priors(Path("/nonexistent/linker.json")) is None
    True
    >>> "e5-small" in carried_priors(Path("/nonexistent/linker.json"), None)
    True
    """
    from importlib import resources

    for source in sources or (None,):
        if source is None:
            text = resources.files("storyline.data").joinpath("linker.json").read_text("utf-8")
        elif Path(source).is_file():
            text = Path(source).read_text(encoding="utf-8")
        else:
            continue
        try:
            block = json.loads(text).get("lang_means")
        except (ValueError, AttributeError):
            continue
        if isinstance(block, dict) and block:
            return block
    return None


def main(argv: list[str] | None = None) -> int:
    """``python -m storyline.training.lang_means STORE --into linker.json``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path, help="a storyline SQLite store of many articles")
    parser.add_argument("--into", type=Path, required=True, help="the model file to update")
    parser.add_argument("--model", default="e5-small@400", help="vector key in the store")
    parser.add_argument("--min-articles", type=int, default=MIN_ARTICLES)
    args = parser.parse_args(argv)
    if not args.store.is_file():
        print(f"error: no store at {args.store}", file=sys.stderr)
        return 2
    if not args.into.is_file():
        print(f"error: no model file at {args.into}", file=sys.stderr)
        return 2
    with Store(args.store) as store:
        means, counts = language_means(store, args.model, args.min_articles)
    if not means:
        print(f"error: no language has {args.min_articles} articles with {args.model} vectors",
              file=sys.stderr)
        return 1
    encoder_name = args.model.split("@", 1)[0]
    source = {"store": args.store.name, "model": args.model, "articles": counts}
    write_into(args.into, encoder_name, means, source)
    print(json.dumps({"languages": sorted(means), "articles": counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
