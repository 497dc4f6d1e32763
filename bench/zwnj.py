"""Benchmark: restore stripped ZWNJs in real Persian news and compare.

Takes ``<shared>/data/fa-farsnews/farsnews.csv`` (text that keeps its
zero-width non-joiners), strips every U+200C, runs
:func:`storyline.text.persian.repair_zwnj` and compares with the original.
Both sides are first put in the same display form without ZWNJ repair
(NFC, Persian letters, ZWNJ only where it renders), so only ZWNJ
placement is measured. A ZWNJ "position" is (word index, character offset
in the ZWNJ-free word).

Two figures are printed side by side. ``restored`` is strict: every ZWNJ
of the source counts. ``restored_excluding_optional`` leaves out the
positions where the orthography of the Academy of Persian Language and
Literature (دستور خط فارسی) accepts both spellings, by a general rule, not a
word list drawn from this corpus: a ZWNJ right after a first part that is a
demonstrative or determiner (``این``، ``آن``، ``همین``، ``همان``، ``چنین``،
``چنان``، ``هیچ``) or the prefix ``هم`` -- ``آنها``/``آن‌ها``،
``اینکه``/``این‌که``، ``هیچگاه``/``هیچ‌گاه``، ``همزمان``/``هم‌زمان``. Those
positions count neither as hits, misses nor spurious insertions there.

Run: ``python bench/zwnj.py [SHARED_DIR]`` (default ``../shared`` from the
repository root); prints one JSON line per result.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

from storyline.text.normalise import normalise_text
from storyline.text.persian import ZwnjRepairer

ZWNJ = "\u200c"
#: First parts after which both spellings are standard (see the module docstring).
OPTIONAL_FIRST_PARTS = frozenset({"این", "آن", "همین", "همان", "چنین", "چنان", "هیچ", "هم"})


def optional_offsets(word: str) -> set[int]:
    """Offsets in ``word`` (ZWNJ-free) where a ZWNJ is optional in standard spelling."""
    bare = word.replace(ZWNJ, "")
    return {len(p) for p in OPTIONAL_FIRST_PARTS if bare.startswith(p) and len(bare) > len(p)}


def _positions(text: str) -> list[set[int]]:
    """ZWNJ offsets (in the ZWNJ-free word) for each whitespace-separated word."""
    out = []
    for word in text.split():
        offsets, k = set(), 0
        for ch in word:
            if ch == ZWNJ:
                offsets.add(k)
            else:
                k += 1
        out.append(offsets)
    return out


def _load(path: Path) -> list[str]:
    csv.field_size_limit(1 << 26)
    docs = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = "\n\n".join(p for p in ((row.get("title") or ""), (row.get("text") or "")) if p)
            if text.strip():
                docs.append(text)
    return docs


def run(shared_dir: Path, show_errors: int = 0) -> list[dict]:
    """Measure ZWNJ repair on the Fars News articles under ``shared_dir``.

    Returns one dict: restored (recall), precision, spurious_per_word, ms per
    article and the counts behind them.
    """
    docs = _load(Path(shared_dir) / "data" / "fa-farsnews" / "farsnews.csv")
    gold = [normalise_text(d, "fa", zwnj=False) for d in docs]
    stripped = [g.replace(ZWNJ, "") for g in gold]
    repairer = ZwnjRepairer()
    repairer.repair("گرم کردن")  # load the lexicon outside the timing
    start = time.perf_counter()
    repaired = [repairer.repair(s) for s in stripped]
    elapsed = time.perf_counter() - start
    # steady state: the memo is warm after the first pass
    start = time.perf_counter()
    for s in stripped:
        repairer.repair(s)
    warm = time.perf_counter() - start
    raw_zwnj = sum(d.count(ZWNJ) for d in docs)
    hit = miss = spurious = words = 0
    opt_hit = opt_miss = opt_spurious = 0
    errors: list[str] = []
    for g, r in zip(gold, repaired, strict=True):
        gw, rw = g.split(), r.split()
        for gword, rword, gp, rp in zip(gw, rw, _positions(g), _positions(r), strict=True):
            words += 1
            hit += len(gp & rp)
            miss += len(gp - rp)
            spurious += len(rp - gp)
            opt = optional_offsets(gword)
            if opt:
                opt_hit += len(gp & rp & opt)
                opt_miss += len((gp - rp) & opt)
                opt_spurious += len((rp - gp) & opt)
            if gp != rp and len(errors) < show_errors:
                errors.append(f"{gword.replace(ZWNJ, '|')} <- {rword.replace(ZWNJ, '|')}")
    total = hit + miss
    result = {
        "bench": "zwnj",
        "articles": len(docs),
        "words": words,
        "zwnj_in_source": raw_zwnj,
        "zwnj_positions": total,
        "restored": round(hit / total, 4) if total else None,
        "precision": round(hit / (hit + spurious), 4) if hit + spurious else None,
        "spurious": spurious,
        "spurious_per_word": round(spurious / words, 5) if words else None,
        "optional_positions": opt_hit + opt_miss + opt_spurious,
        "misses_optional": opt_miss,
        "restored_excluding_optional": (
            round((hit - opt_hit) / (total - opt_hit - opt_miss), 4)
            if total - opt_hit - opt_miss
            else None
        ),
        "spurious_per_word_excluding_optional": (
            round((spurious - opt_spurious) / words, 5) if words else None
        ),
        "ms_per_article_cold": round(1000 * elapsed / len(docs), 3),
        "ms_per_article_warm": round(1000 * warm / len(docs), 3),
        "mean_words_per_article": round(words / len(docs), 1),
    }
    if show_errors:
        result["errors"] = errors
    return [result]


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    root = Path(__file__).resolve().parent.parent
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared"
    n_err = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for line in run(shared, n_err):
        print(json.dumps(line, ensure_ascii=False))
