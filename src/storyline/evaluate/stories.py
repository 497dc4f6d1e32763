"""Story clustering quality: pairwise and BCubed scores, and the ``eval stories`` run.

A clustering is a dict ``item -> label``. Pairwise scores count pairs of
items put in one cluster (predicted) against pairs sharing a gold label;
cross-lingual pairs (two different languages) and monolingual ones are also
scored apart. BCubed scores average, over items, the precision and recall of
each item's predicted cluster against its gold one.

Examples
--------
>>> gold = {"a": 1, "b": 1, "c": 2}
>>> pred = {"a": "x", "b": "x", "c": "x"}
>>> pairwise_scores(pred, gold)["precision"], pairwise_scores(pred, gold)["recall"]
(0.3333, 1.0)
>>> bcubed_scores(pred, gold)["recall"]
1.0
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError
from storyline.settings import DEFAULT_ENCODER

__all__ = [
    "StoryEvalError",
    "bcubed_scores",
    "evaluate_clustering",
    "evaluate_stories_file",
    "pairwise_scores",
    "read_story_records",
    "sample_gold",
]


class StoryEvalError(StorylineError, ValueError):
    """A gold-labelled story file that cannot be evaluated (one-line reason)."""


def _prf(correct: float, predicted: float, gold: float) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _count(groups: Mapping[Any, Counter[str]], kind: str) -> int:
    total = 0
    for langs in groups.values():
        n = sum(langs.values())
        same = sum(_pairs(c) for c in langs.values())
        total += {"all": _pairs(n), "mono": same, "cross": _pairs(n) - same}[kind]
    return total


def pairwise_scores(
    pred: Mapping[Hashable, Hashable],
    gold: Mapping[Hashable, Hashable],
    langs: Mapping[Hashable, str] | None = None,
    kind: str = "all",
) -> dict[str, float]:
    """Pairwise precision, recall and F1 over items present in both clusterings.

    ``kind`` is ``"all"``, ``"cross"`` (pairs of two languages; needs
    ``langs``) or ``"mono"``.

    Examples
    --------
    >>> gold = {"a": 1, "b": 1, "c": 1}
    >>> pred = {"a": 1, "b": 1, "c": 2}
    >>> langs = {"a": "en", "b": "en", "c": "fa"}
    >>> pairwise_scores(pred, gold, langs, "cross")
    {'precision': 0.0, 'recall': 0.0, 'f1': 0.0, 'pairs_predicted': 0, 'pairs_gold': 2, 'pairs_correct': 0}
    >>> pairwise_scores(pred, gold, langs, "mono")["f1"]
    1.0
    """
    items = [i for i in pred if i in gold]
    lang_of = (lambda i: langs[i]) if langs is not None else (lambda i: "")
    if kind != "all" and langs is None:
        raise ValueError("cross/mono pairwise scores need langs")
    cells: dict[Any, Counter[str]] = {}
    p_groups: dict[Any, Counter[str]] = {}
    g_groups: dict[Any, Counter[str]] = {}
    for i in items:
        lang = lang_of(i)
        cells.setdefault((pred[i], gold[i]), Counter())[lang] += 1
        p_groups.setdefault(pred[i], Counter())[lang] += 1
        g_groups.setdefault(gold[i], Counter())[lang] += 1
    correct, predicted, gold_n = _count(cells, kind), _count(p_groups, kind), _count(g_groups, kind)
    out: dict[str, Any] = _prf(correct, predicted, gold_n)
    out.update({"pairs_predicted": predicted, "pairs_gold": gold_n, "pairs_correct": correct})
    return out


def bcubed_scores(
    pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]
) -> dict[str, float]:
    """BCubed precision, recall and F1 over items present in both clusterings.

    Examples
    --------
    >>> bcubed_scores({"a": 1, "b": 2}, {"a": 1, "b": 1})
    {'precision': 1.0, 'recall': 0.5, 'f1': 0.6667}
    """
    items = [i for i in pred if i in gold]
    if not items:
        return _prf(0, 0, 0)
    cell = Counter((pred[i], gold[i]) for i in items)
    p_size = Counter(pred[i] for i in items)
    g_size = Counter(gold[i] for i in items)
    precision = sum(cell[(pred[i], gold[i])] / p_size[pred[i]] for i in items) / len(items)
    recall = sum(cell[(pred[i], gold[i])] / g_size[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate_clustering(
    pred: Mapping[Any, Hashable],
    gold: Mapping[Any, Hashable],
    langs: Mapping[Any, str],
) -> dict[str, Any]:
    """Every figure at once: pairwise (all, cross-lingual, monolingual), BCubed, counts.

    Examples
    --------
    >>> r = evaluate_clustering({"a": 1, "b": 1}, {"a": "e", "b": "e"}, {"a": "en", "b": "fa"})
    >>> r["pairwise"]["f1"], r["pairwise_crosslingual"]["f1"], r["n_gold_stories"]
    (1.0, 1.0, 1)
    """
    items = [i for i in pred if i in gold]
    return {
        "n_articles": len(items),
        "n_gold_stories": len({gold[i] for i in items}),
        "n_predicted_stories": len({pred[i] for i in items}),
        "pairwise": pairwise_scores(pred, gold),
        "pairwise_crosslingual": pairwise_scores(pred, gold, langs, "cross"),
        "pairwise_monolingual": pairwise_scores(pred, gold, langs, "mono"),
        "bcubed": bcubed_scores(pred, gold),
    }


def read_story_records(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold story JSONL (``id, text, lang, published, story``; ``title`` optional).

    Raises
    ------
    StoryEvalError
        On a missing file, invalid JSON or a record without ``id``, ``text``
        or ``story``: one line naming the line number.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "s.jsonl")
    >>> _ = open(p, "w").write('{"id": "1", "text": "x", "lang": "en", "story": "e1"}\\n{"id": 2}\\n')
    >>> read_story_records(p)
    Traceback (most recent call last):
    ...
    storyline.evaluate.stories.StoryEvalError: line 2: missing field(s) text, story
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise StoryEvalError(f"cannot read {path}: {exc}") from exc
    records = []
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise StoryEvalError(f"line {n}: invalid JSON ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise StoryEvalError(f"line {n}: expected a JSON object")
        missing = [k for k in ("id", "text", "story") if rec.get(k) in (None, "")]
        if missing:
            raise StoryEvalError(f"line {n}: missing field(s) {', '.join(missing)}")
        rid = str(rec["id"])
        if rid in seen:
            raise StoryEvalError(f"line {n}: duplicate id {rid!r}")
        seen.add(rid)
        records.append({**rec, "id": rid, "story": str(rec["story"]), "_line": n})
    if not records:
        raise StoryEvalError(f"{path}: no records")
    return records


def evaluate_stories_file(
    path: str | Path,
    *,
    encoder: Any = None,
    config: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Ingest a gold story JSONL in order into a temporary store, link, and score it.

    Records that fail to prepare, or that are near-duplicates of an earlier
    record, count with the story of the article they map to (none for
    failures, which are reported under ``failed``).
    """
    from storyline.article import RawDocument
    from storyline.encode import get_encoder
    from storyline.link.tracker import Tracker
    from storyline.pipeline import DocumentError, prepare
    from storyline.store import Store

    records = read_story_records(path)
    stored: dict[str, str] = {}
    failed: list[dict[str, str]] = []
    with Store(":memory:") as store:
        tracker = Tracker(store, encoder or get_encoder(DEFAULT_ENCODER), config)
        for k, rec in enumerate(records, 1):
            declared = {
                key: str(rec[src])
                for key, src in (("title", "title"), ("lang", "lang"), ("date", "published"))
                if rec.get(src)
            }
            doc = RawDocument(f"{path}:line {rec['_line']}", str(rec["text"]), "text", declared)
            try:
                prepared = prepare(doc)
            except DocumentError as exc:
                failed.append({"id": rec["id"], "reason": str(exc)})
                continue
            added = store.add_article(prepared.article, prepared.signature)
            stored[rec["id"]] = added.original_id or added.article_id
            tracker.link_pending([stored[rec["id"]]], flush=False)
            if progress is not None:
                progress(k, len(records))
        rows = store.link_rows(ids=sorted(set(stored.values())), model=tracker.model_name)
        story_of = {r.article_id: r.story_id for r in rows}
    pred = {rid: story_of.get(aid) for rid, aid in stored.items()}
    gold = {r["id"]: r["story"] for r in records if r["id"] in pred}
    langs = {r["id"]: str(r.get("lang") or "") for r in records}
    result = evaluate_clustering(pred, gold, langs)
    result.update({"file": str(path), "n_records": len(records), "failed": failed})
    return result


def sample_gold(store: Any, corpus: Any = None) -> tuple[dict[str, str], dict[str, str]]:
    """Gold story labels and languages of the sample corpus as stored in ``store``.

    Stored articles are matched to :func:`storyline.sample.load_manifest`
    entries by file, then by headline, then by position inside the file.
    Returns ``(article id -> story label, article id -> language)``.

    Parameters
    ----------
    store
        The store the corpus was ingested into.
    corpus
        A folder laid out like the sample corpus (``manifest.jsonl`` with
        ``file`` paths relative to it), such as the held-out set in
        ``tests/fixtures/heldout``; ``None`` (default): the packaged sample.

    Examples
    --------
    >>> from storyline.store import Store
    >>> sample_gold(Store(":memory:"))
    ({}, {})
    """
    from storyline.sample import load_manifest, sample_dir

    root = sample_dir() if corpus is None else Path(corpus).resolve()
    by_file: dict[str, list[dict[str, Any]]] = {}
    for entry in load_manifest(root):
        if entry.get("duplicate_of"):
            continue
        by_file.setdefault(entry["file"], []).append(entry)
    stored: dict[str, list[Any]] = {}
    for art in store.list_articles():
        origin = str(art.origin)
        for sep in (":", "#"):
            if origin.rsplit(sep, 1)[0].endswith((".jsonl", ".csv", ".xml")):
                origin = origin.rsplit(sep, 1)[0]
        try:
            rel = Path(origin).resolve().relative_to(root).as_posix()
        except ValueError:
            continue
        stored.setdefault(rel, []).append(art)
    gold: dict[str, str] = {}
    langs: dict[str, str] = {}
    for rel, arts in stored.items():
        entries = list(by_file.get(rel, []))
        for pos, art in enumerate(arts):
            match = next((e for e in entries if e["title"] == art.title), None)
            if match is None and len(entries) == len(arts) - pos:
                match = entries[0]
            if match is None:
                continue
            entries.remove(match)
            gold[art.id], langs[art.id] = match["story"], art.lang
    return gold, langs
