"""Typed-fact conflicts on labelled pairs: how often the rule fires, per gold class and kind.

A pair whose typed facts conflict (:func:`storyline.link.facts.fact_conflicts`:
both reports state a score, percentages, a unit-keyed number or an office
holder, mostly with other values) loses ``TrackerConfig.fact_conflict``
logit wherever the tracker, ``compare`` and ``eval pairs`` score it. On real
pairs this shows whether the rule is right: a conflict on a same-event pair
is a false one, a conflict on a hard negative the rule doing its job.

The texts are read as ``storyline eval pairs`` reads them (the first line of
at most 200 characters is the title, :func:`storyline.training.metrics.split_title`;
facts from the title and the lead, as :func:`storyline.link.decide.link_keys`
stores them). Gold classes (the definitions ``eval pairs`` uses):

- ``same``: gold ``Overall <= 1.5`` (same event);
- ``hard_negative``: gold ``Entities <= 2`` and ``Overall >= 2.5`` (same actors,
  another story; a subset of ``different``);
- ``different``: gold ``Overall >= 2.5`` (every labelled negative, hard ones included);
- ``between``: the pairs in between (no label).

One JSON line per class (``fact_conflicts_<class>``: pairs, pairs where both
sides state a fact of one kind, pairs with a conflict, their share, the
conflicts by kind and by family -- ``score``, ``pct``, ``n`` for unit-keyed
numbers, ``role`` for office holders) and one per example pair
(``fact_conflicts_example``: ids, languages, the conflicting kind and the
values of each side, the two titles). ``--limit N`` reads the first N rows
(``--limit 796``: the set the folder held before), ``--kinds`` keeps only
facts of the kinds or families named (``pct``, ``score``, ``n``, ``n.votes``,
``role``...), ``--examples`` the examples per class (default 5; the examples
of ``same`` are the false conflicts).

Usage: ``python bench/fact_conflicts.py [SHARED_DIR | --csv PAIRS.csv] [--limit N]
[--kinds pct n] [--examples 5] [--class same]``. About 45 s on the 1,283 dev pairs (the
office-holder facts read names; about a second before them).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from storyline.link.facts import fact_conflicts, fact_kinds, typed_facts
from storyline.training.linker import hard_negative
from storyline.training.metrics import DIFFERENT_MIN, SAME_MAX, PairRow, read_pairs
from storyline.training.scorer import pair_sides

NEEDS_SHARED = True
HERE = Path(__file__).resolve().parent
CLASSES = ("same", "hard_negative", "different", "between")
PAIRS_CSV = Path("data") / "semeval2022-task8-dev" / "pairs.csv"


def gold_classes(gold: dict[str, float]) -> tuple[str, ...]:
    """The gold classes of a pair (a hard negative is also ``different``; unlabelled: none).

    Examples
    --------
    >>> gold_classes({"Overall": 1.0}), gold_classes({"Overall": 3.0, "Entities": 1.5})
    (('same',), ('hard_negative', 'different'))
    >>> gold_classes({"Overall": 2.0}), gold_classes({})
    (('between',), ())
    """
    overall = gold.get("Overall")
    if overall is None:
        return ()
    if overall <= SAME_MAX:
        return ("same",)
    if overall >= DIFFERENT_MIN:
        return ("hard_negative", "different") if hard_negative(gold) else ("different",)
    return ("between",)


def family(kind: str) -> str:
    """The family of a kind: ``n.votes`` -> ``n``, ``role.pm`` -> ``role``, ``pct`` -> ``pct``.

    Examples
    --------
    >>> family("n.votes"), family("role.pm"), family("score")
    ('n', 'role', 'score')
    """
    return kind.split(".", 1)[0]


def keep_kinds(facts: Sequence[str], kinds: Sequence[str] | None) -> tuple[str, ...]:
    """The facts whose kind or family is one of ``kinds`` (all of them when ``kinds`` is None).

    Examples
    --------
    >>> keep_kinds(("pct:19", "n.votes:250", "score:1-2"), ["pct", "n"])
    ('pct:19', 'n.votes:250')
    >>> keep_kinds(("pct:19", "n.votes:250"), ["n.votes"])
    ('n.votes:250',)
    """
    if kinds is None:
        return tuple(facts)
    wanted = set(kinds)
    out = []
    for fact in facts:
        kind = fact.partition(":")[0]
        if kind in wanted or family(kind) in wanted:
            out.append(fact)
    return tuple(out)


def audit(
    rows: Sequence[PairRow],
    kinds: Sequence[str] | None = None,
    examples: int = 5,
    classes: Sequence[str] = CLASSES,
) -> list[dict]:
    """One row per gold class, then up to ``examples`` example conflicts per class.

    Examples
    --------
    >>> rows = [
    ...     PairRow("1", "2", "en", "en", "Iraq beat Iran 2-1\\nIn Basra.", "Iraq win 2-1\\nText.",
    ...             {"Overall": 1.0}),
    ...     PairRow("3", "4", "en", "ru", "Iraq beat Iran 2-1\\nIn Basra.", "Ирак 3:1\\nТекст.",
    ...             {"Overall": 3.5, "Entities": 1.0}),
    ... ]
    >>> out = audit(rows, examples=1)
    >>> [(r["class"], r["pairs"], r["conflicts"]) for r in out if r["figure"] != "fact_conflicts_example"]
    [('same', 1, 0), ('hard_negative', 1, 1), ('different', 1, 1), ('between', 0, 0)]
    >>> [(r["class"], r["kind"], r["values1"], r["values2"]) for r in out if "kind" in r][0]
    ('hard_negative', 'score', ['1-2'], ['1-3'])
    """
    sides, ids = pair_sides(rows)
    facts = {k: keep_kinds(typed_facts(s.title, s.text), kinds) for k, s in sides.items()}
    figures = {c: {"pairs": 0, "both_state": 0, "conflicts": 0} for c in classes}
    by_kind = {c: Counter[str]() for c in classes}
    by_family = {c: Counter[str]() for c in classes}
    found: dict[str, list[dict]] = {c: [] for c in classes}
    for row, (a, b) in zip(rows, ids, strict=True):
        fa, fb = facts[a], facts[b]
        shared_kinds = fact_kinds(fa).keys() & fact_kinds(fb).keys()
        conflict = fact_conflicts(fa, fb) if shared_kinds else ()
        for cls in gold_classes(row.gold):
            if cls not in figures:
                continue
            figures[cls]["pairs"] += 1
            figures[cls]["both_state"] += bool(shared_kinds)
            if not conflict:
                continue
            figures[cls]["conflicts"] += 1
            by_kind[cls].update(conflict)
            by_family[cls].update({family(k) for k in conflict})
            if len(found[cls]) < examples:
                kind = conflict[0]
                found[cls].append(
                    {
                        "figure": "fact_conflicts_example",
                        "class": cls,
                        "pair_id": f"{a}_{b}",
                        "langs": f"{row.lang1}-{row.lang2}",
                        "overall": row.gold.get("Overall"),
                        "kind": kind,
                        "values1": sorted(fact_kinds(fa)[kind]),
                        "values2": sorted(fact_kinds(fb)[kind]),
                        "title1": (sides[a].title or sides[a].text)[:90],
                        "title2": (sides[b].title or sides[b].text)[:90],
                    }
                )
    out: list[dict] = []
    for cls in classes:
        f = figures[cls]
        out.append(
            {
                "figure": f"fact_conflicts_{cls}",
                "class": cls,
                **f,
                "conflict_rate": round(f["conflicts"] / f["pairs"], 4) if f["pairs"] else 0.0,
                "by_family": dict(by_family[cls].most_common()),
                "by_kind": dict(by_kind[cls].most_common()),
            }
        )
    for cls in classes:
        out.extend(found[cls])
    return out


def run(
    shared: Path,
    limit: int | None = None,
    kinds: Sequence[str] | None = None,
    examples: int = 5,
    classes: Sequence[str] = CLASSES,
    csv_path: Path | None = None,
) -> list[dict]:
    """Rows for ``bench/run.py`` (all pairs and the first 796: classes only, 3 examples)."""
    path = csv_path or Path(shared) / PAIRS_CSV
    if not path.is_file():
        return [{"skipped": f"no pairs at {path}"}]
    start = time.perf_counter()
    rows = read_pairs(path)
    if limit is not None:
        out = audit(rows[:limit], kinds, examples, classes)
        for row in out:
            row["limit"] = limit
    else:
        out = audit(rows, kinds, examples, classes)
        first = [r for r in audit(rows[:796], kinds, 0, classes) if r["pairs"]]
        for row in first:
            row["figure"] += "_first_796"
        out += first
    elapsed = round(time.perf_counter() - start, 2)
    for row in out:
        row["seconds"] = elapsed
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", nargs="?", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--csv", type=Path, default=None, help="a SemEval-format pairs CSV")
    parser.add_argument("--limit", type=int, default=None, help="the first N rows only")
    parser.add_argument("--kinds", nargs="*", default=None, help="kinds or families kept")
    parser.add_argument("--examples", type=int, default=5, help="example pairs per class")
    parser.add_argument("--class", dest="classes", nargs="*", default=list(CLASSES))
    args = parser.parse_args(argv)
    for row in run(args.shared, args.limit, args.kinds, args.examples, args.classes, args.csv):
        print(json.dumps({"bench": "fact_conflicts", **row}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    raise SystemExit(main())
