"""Cross-validation splits of labelled pairs that never share an article across sides.

Examples
--------
>>> fold_of_pairs([("a", "b"), ("b", "c"), ("d", "e")], folds=2, seed=0)
[0, 0, 1]
"""

from __future__ import annotations

import random
from collections.abc import Sequence

__all__ = ["cv_splits", "fold_of_pairs"]


def fold_of_pairs(pairs: Sequence[tuple[str, str]], folds: int = 5, seed: int = 0) -> list[int]:
    """Fold index of each pair, whole connected components of articles per fold.

    Components are shuffled (seeded), then each goes to the currently
    smallest fold.

    Examples
    --------
    >>> fold_of_pairs([("x", "y"), ("y", "x"), ("z", "w")], folds=2)
    [0, 0, 1]
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    comps: dict[str, list[int]] = {}
    for i, (a, _) in enumerate(pairs):
        comps.setdefault(find(a), []).append(i)
    order = sorted(comps.values(), key=lambda idx: idx[0])
    random.Random(seed).shuffle(order)
    sizes = [0] * folds
    fold = [0] * len(pairs)
    for members in sorted(order, key=len, reverse=True):
        target = sizes.index(min(sizes))
        sizes[target] += len(members)
        for i in members:
            fold[i] = target
    return fold


def cv_splits(
    pairs: Sequence[tuple[str, str]], folds: int = 5, seed: int = 0
) -> tuple[list[tuple[list[int], list[int]]], str]:
    """(train, test) pair indices per fold, no article on both sides; and the method used.

    Whole connected components go to one fold (every pair is tested once)
    unless one component is too big for that; then articles are dealt to
    folds, a fold tests the pairs whose two articles it holds and trains on
    the pairs that touch none of them (straddling pairs are never tested).

    Examples
    --------
    >>> splits, how = cv_splits([("a", "b"), ("c", "d"), ("e", "f")], folds=3)
    >>> how, sorted(len(test) for _, test in splits)
    ('components', [1, 1, 1])
    >>> ring = [(str(i), str((i + 1) % 12)) for i in range(12)]
    >>> splits, how = cv_splits(ring, folds=2)
    >>> how, all(not {ring[i] for i in tr} & {ring[i] for i in te} for tr, te in splits)
    ('articles', True)
    """
    fold = fold_of_pairs(pairs, folds=folds, seed=seed)
    sizes = [fold.count(k) for k in range(folds)]
    if max(sizes) <= 1.5 * max(1, -(-len(pairs) // folds)):
        return [
            ([i for i, f in enumerate(fold) if f != k], [i for i, f in enumerate(fold) if f == k])
            for k in range(folds)
        ], "components"
    articles = sorted({a for p in pairs for a in p})
    random.Random(seed).shuffle(articles)
    where = {a: i % folds for i, a in enumerate(articles)}
    splits = []
    for k in range(folds):
        test = [i for i, (a, b) in enumerate(pairs) if where[a] == k and where[b] == k]
        train = [i for i, (a, b) in enumerate(pairs) if where[a] != k and where[b] != k]
        splits.append((train, test))
    return splits, "articles"
