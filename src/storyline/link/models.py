"""Small numpy-only models with JSON round-trips: ridge and logistic regression.

Trained weights ship as package data; inference needs nothing but numpy.

Examples
--------
>>> x = np.array([[0.0], [1.0], [2.0], [3.0]])
>>> model = Ridge(alpha=1e-6).fit(x, np.array([1.0, 3.0, 5.0, 7.0]))
>>> round(float(model.predict(np.array([[4.0]]))[0]), 3)
9.0
>>> Ridge.from_dict(model.to_dict()).predict(x).round(2).tolist()
[1.0, 3.0, 5.0, 7.0]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

__all__ = ["Boosted", "Logistic", "Ridge", "expand", "target_from_dict"]


def expand(x: np.ndarray) -> np.ndarray:
    """Add squares and pairwise products of the first four columns (the cosines).

    Examples
    --------
    >>> expand(np.ones((2, 5))).shape
    (2, 15)
    """
    k = min(4, x.shape[1])
    extra = [x[:, i] * x[:, j] for i in range(k) for j in range(i, k)]
    return np.column_stack([x, *extra]) if extra else x


class _Standardised:
    mean_: np.ndarray
    scale_: np.ndarray

    def _fit_scaler(self, x: np.ndarray) -> np.ndarray:
        self.mean_ = x.mean(axis=0)
        scale = x.std(axis=0)
        self.scale_ = np.where(scale > 1e-9, scale, 1.0)
        return (x - self.mean_) / self.scale_

    def _scale(self, x: np.ndarray) -> np.ndarray:
        return (np.asarray(x, dtype=np.float64) - self.mean_) / self.scale_


class Ridge(_Standardised):
    """L2-regularised least squares on standardised features.

    Examples
    --------
    >>> Ridge(alpha=2.0).alpha
    2.0
    """

    def __init__(self, alpha: float = 1.0) -> None:
        self.alpha = alpha
        self.coef_: np.ndarray = np.zeros(0)
        self.intercept_ = 0.0

    def fit(self, x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> Ridge:
        """Fit on rows ``x`` and targets ``y`` (optional sample weights).

        Examples
        --------
        >>> Ridge().fit(np.eye(3), np.arange(3.0)).coef_.shape
        (3,)
        """
        z = self._fit_scaler(np.asarray(x, dtype=np.float64))
        w = np.ones(len(z)) if weight is None else np.asarray(weight, dtype=np.float64)
        target = np.asarray(y, dtype=np.float64)
        self.intercept_ = float(np.average(target, weights=w))
        zw = z * w[:, None]
        gram = z.T @ zw + self.alpha * np.eye(z.shape[1])
        self.coef_ = np.linalg.solve(gram, zw.T @ (target - self.intercept_))
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Predict targets for rows ``x``.

        Examples
        --------
        >>> Ridge().fit(np.eye(2), np.array([1.0, 1.0])).predict(np.eye(2)).tolist()
        [1.0, 1.0]
        """
        return self._scale(x) @ self.coef_ + self.intercept_

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready parameters.

        Examples
        --------
        >>> sorted(Ridge().fit(np.eye(2), np.ones(2)).to_dict())
        ['alpha', 'coef', 'intercept', 'kind', 'mean', 'scale']
        """
        return {
            "kind": "ridge",
            "alpha": self.alpha,
            "mean": self.mean_.tolist(),
            "scale": self.scale_.tolist(),
            "coef": self.coef_.tolist(),
            "intercept": self.intercept_,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Ridge:
        """Rebuild from :meth:`to_dict` output.

        Examples
        --------
        >>> Ridge.from_dict(Ridge(0.5).fit(np.eye(2), np.ones(2)).to_dict()).alpha
        0.5
        """
        model = cls(alpha=float(d["alpha"]))
        model.mean_ = np.asarray(d["mean"], dtype=np.float64)
        model.scale_ = np.asarray(d["scale"], dtype=np.float64)
        model.coef_ = np.asarray(d["coef"], dtype=np.float64)
        model.intercept_ = float(d["intercept"])
        return model


class Logistic(_Standardised):
    """L2-regularised logistic regression (Newton steps) on standardised features.

    Examples
    --------
    >>> x = np.array([[0.0], [1.0], [2.0], [3.0]])
    >>> p = Logistic(alpha=0.1).fit(x, np.array([0, 0, 1, 1])).predict_proba(x)
    >>> bool(p[0] < 0.5 < p[3])
    True
    """

    def __init__(self, alpha: float = 1.0) -> None:
        self.alpha = alpha
        self.coef_ = np.zeros(0)
        self.intercept_ = 0.0

    def fit(self, x: np.ndarray, y: np.ndarray) -> Logistic:
        """Fit on rows ``x`` and 0/1 labels ``y``.

        Examples
        --------
        >>> Logistic().fit(np.eye(2), np.array([0, 1])).coef_.shape
        (2,)
        """
        z = np.column_stack([self._fit_scaler(np.asarray(x, dtype=np.float64)), np.ones(len(x))])
        y = np.asarray(y, dtype=np.float64)
        beta = np.zeros(z.shape[1])
        penalty = self.alpha * np.eye(z.shape[1])
        penalty[-1, -1] = 0.0
        for _ in range(50):
            p = 1.0 / (1.0 + np.exp(-(z @ beta)))
            grad = z.T @ (p - y) + penalty @ beta
            hess = (z * (p * (1 - p))[:, None]).T @ z + penalty + 1e-9 * np.eye(len(beta))
            step = np.linalg.solve(hess, grad)
            beta -= step
            if np.abs(step).max() < 1e-8:
                break
        self.coef_, self.intercept_ = beta[:-1], float(beta[-1])
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Probability of label 1 for rows ``x``.

        Examples
        --------
        >>> Logistic().fit(np.eye(2), np.array([0, 1])).predict_proba(np.eye(2)).round(1).tolist()
        [0.3, 0.7]
        """
        logit = self._scale(x) @ self.coef_ + self.intercept_
        return 1.0 / (1.0 + np.exp(-np.clip(logit, -40, 40)))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready parameters.

        Examples
        --------
        >>> Logistic().fit(np.eye(2), np.array([0, 1])).to_dict()["kind"]
        'logistic'
        """
        return {
            "kind": "logistic",
            "alpha": self.alpha,
            "mean": self.mean_.tolist(),
            "scale": self.scale_.tolist(),
            "coef": self.coef_.tolist(),
            "intercept": self.intercept_,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Logistic:
        """Rebuild from :meth:`to_dict` output.

        Examples
        --------
        >>> m = Logistic().fit(np.eye(2), np.array([0, 1]))
        >>> Logistic.from_dict(m.to_dict()).intercept_ == m.intercept_
        True
        """
        model = cls(alpha=float(d["alpha"]))
        model.mean_ = np.asarray(d["mean"], dtype=np.float64)
        model.scale_ = np.asarray(d["scale"], dtype=np.float64)
        model.coef_ = np.asarray(d["coef"], dtype=np.float64)
        model.intercept_ = float(d["intercept"])
        return model


class Boosted:
    """Gradient-boosted regression trees (squared loss), numpy only.

    Depth-limited trees on quantile thresholds; each tree is stored as flat
    arrays (``feature, threshold, left, right, value``), leaves having
    ``feature == -1``.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> x = rng.uniform(size=(200, 2))
    >>> y = np.where(x[:, 0] > 0.5, 3.0, 1.0)
    >>> m = Boosted(n_trees=60, depth=2, seed=0).fit(x, y)
    >>> m.predict(np.array([[0.9, 0.1], [0.1, 0.9]])).round(0).tolist()
    [3.0, 1.0]
    >>> Boosted.from_dict(m.to_dict()).predict(x).round(5).tolist() == m.predict(x).round(5).tolist()
    True
    """

    def __init__(
        self,
        n_trees: int = 200,
        depth: int = 3,
        rate: float = 0.05,
        min_leaf: int = 10,
        subsample: float = 0.8,
        bins: int = 32,
        seed: int = 0,
    ) -> None:
        self.n_trees, self.depth, self.rate = n_trees, depth, rate
        self.min_leaf, self.subsample, self.bins, self.seed = min_leaf, subsample, bins, seed
        self.base_ = 0.0
        self.trees_: list[dict[str, list[float]]] = []
        self._packed: tuple[np.ndarray, ...] | None = None

    def _grow(self, x: np.ndarray, r: np.ndarray, cuts: list[np.ndarray]) -> dict[str, list[float]]:
        tree: dict[str, list[float]] = {
            k: [] for k in ("feature", "threshold", "left", "right", "value")
        }

        def node(idx: np.ndarray, level: int) -> int:
            me = len(tree["feature"])
            for key in tree:
                tree[key].append(-1.0 if key != "value" else float(r[idx].mean()))
            if level == self.depth or len(idx) < 2 * self.min_leaf:
                return me
            best = (0.0, -1, 0.0)
            total, count = r[idx].sum(), len(idx)
            base = total * total / count
            for f, thresholds in enumerate(cuts):
                col = x[idx, f]
                for t in thresholds:
                    mask = col <= t
                    n_left = int(mask.sum())
                    if n_left < self.min_leaf or count - n_left < self.min_leaf:
                        continue
                    s_left = r[idx][mask].sum()
                    gain = s_left**2 / n_left + (total - s_left) ** 2 / (count - n_left) - base
                    if gain > best[0]:
                        best = (gain, f, float(t))
            if best[1] < 0:
                return me
            f, t = best[1], best[2]
            mask = x[idx, f] <= t
            tree["feature"][me], tree["threshold"][me] = float(f), t
            tree["left"][me] = float(node(idx[mask], level + 1))
            tree["right"][me] = float(node(idx[~mask], level + 1))
            return me

        node(np.arange(len(x)), 0)
        return tree

    def fit(self, x: np.ndarray, y: np.ndarray) -> Boosted:
        """Fit ``n_trees`` trees on rows ``x`` and targets ``y``.

        Examples
        --------
        >>> len(Boosted(n_trees=3).fit(np.eye(30)[:, :2], np.arange(30.0)).trees_)
        3
        """
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        rng = np.random.default_rng(self.seed)
        qs = np.linspace(0, 1, self.bins + 1)[1:-1]
        cuts = [np.unique(np.quantile(x[:, f], qs)) for f in range(x.shape[1])]
        self.base_ = float(y.mean())
        pred = np.full(len(y), self.base_)
        self.trees_ = []
        self._packed = None
        for _ in range(self.n_trees):
            take = rng.random(len(y)) < self.subsample
            tree = self._grow(x[take], (y - pred)[take], cuts)
            tree["value"] = [v * self.rate for v in tree["value"]]
            self.trees_.append(tree)
            pred += self._tree_predict(tree, x)
        return self

    @staticmethod
    def _tree_predict(tree: dict[str, list[float]], x: np.ndarray) -> np.ndarray:
        feature = np.asarray(tree["feature"], dtype=np.int64)
        threshold = np.asarray(tree["threshold"])
        left = np.asarray(tree["left"], dtype=np.int64)
        right = np.asarray(tree["right"], dtype=np.int64)
        at = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        for _ in range(len(feature)):
            f = feature[at]
            inner = f >= 0
            if not inner.any():
                break
            go_left = x[rows, np.maximum(f, 0)] <= threshold[at]
            at = np.where(inner, np.where(go_left, left[at], right[at]), at)
        return np.asarray(tree["value"])[at]

    def _packed_trees(self) -> tuple[np.ndarray, ...]:
        """Every tree's arrays stacked, ``(n_trees, nodes)`` each, padded with leaves (built once)."""
        if self._packed is None or len(self._packed[0]) != len(self.trees_):
            nodes = max((len(t["feature"]) for t in self.trees_), default=1)
            shape = (len(self.trees_), nodes)
            feature = np.full(shape, -1, dtype=np.int64)
            threshold, value = np.zeros(shape), np.zeros(shape)
            left, right = np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=np.int64)
            for i, tree in enumerate(self.trees_):
                k = len(tree["feature"])
                feature[i, :k], threshold[i, :k] = tree["feature"], tree["threshold"]
                left[i, :k], right[i, :k], value[i, :k] = tree["left"], tree["right"], tree["value"]
            self._packed = (feature, threshold, left, right, value)
        return self._packed

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Predict targets for rows ``x``.

        Every tree is walked at once (one array step per level, not a Python
        loop per tree: a pair of the similarity scorer costs ~1 ms instead of
        ~29); the trees' values are added one tree after another, as in
        training, so the sums are the same to the last bit.

        Examples
        --------
        >>> Boosted(n_trees=0).fit(np.zeros((4, 1)), np.ones(4)).predict(np.zeros((1, 1))).tolist()
        [1.0]
        >>> rng = np.random.default_rng(1)
        >>> m = Boosted(n_trees=40, seed=1).fit(rng.normal(size=(200, 3)), rng.normal(size=200))
        >>> x = rng.normal(size=(50, 3))
        >>> one_by_one = np.full(50, m.base_)
        >>> for tree in m.trees_:
        ...     one_by_one += m._tree_predict(tree, x)
        >>> bool(np.array_equal(m.predict(x), one_by_one))
        True
        """
        x = np.asarray(x, dtype=np.float64)
        out = np.full(len(x), self.base_)
        if not self.trees_ or not len(x):
            return out
        feature, threshold, left, right, value = self._packed_trees()
        trees = np.arange(len(feature))[None, :]
        rows = np.arange(len(x))[:, None]
        at = np.zeros((len(x), len(feature)), dtype=np.int64)
        for _ in range(feature.shape[1]):
            f = feature[trees, at]
            inner = f >= 0
            if not inner.any():
                break
            go_left = x[rows, np.maximum(f, 0)] <= threshold[trees, at]
            at = np.where(inner, np.where(go_left, left[trees, at], right[trees, at]), at)
        leaf = value[trees, at]
        for t in range(leaf.shape[1]):  # tree after tree, as the training sums were made
            out += leaf[:, t]
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready parameters (leaf values rounded to 7 decimals).

        Examples
        --------
        >>> Boosted(n_trees=1).fit(np.eye(30)[:, :1], np.arange(30.0)).to_dict()["kind"]
        'boosted'
        """
        trees = [
            {k: [round(v, 7) if k == "value" else v for v in vals] for k, vals in t.items()}
            for t in self.trees_
        ]
        return {"kind": "boosted", "base": self.base_, "trees": trees}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Boosted:
        """Rebuild from :meth:`to_dict` output.

        Examples
        --------
        >>> Boosted.from_dict({"kind": "boosted", "base": 2.0, "trees": []}).predict(np.zeros((1, 3))).tolist()
        [2.0]
        """
        model = cls(n_trees=len(d["trees"]))
        model.base_ = float(d["base"])
        model.trees_ = d["trees"]
        return model


def target_from_dict(d: dict[str, Any]) -> Callable[[np.ndarray], np.ndarray]:
    """A predictor over *raw* feature rows from a saved target model.

    ``ridge`` sees :func:`expand` ed rows, ``boosted`` the raw ones, and
    ``blend`` averages its ``parts`` with ``weights``.

    Examples
    --------
    >>> x = np.array([[0.0], [1.0], [2.0]])
    >>> ridge = Ridge(1e-6).fit(expand(x), np.array([1.0, 2.0, 3.0])).to_dict()
    >>> f = target_from_dict({"kind": "blend", "parts": [ridge, ridge], "weights": [0.5, 0.5]})
    >>> f(x).round(3).tolist()
    [1.0, 2.0, 3.0]
    """
    kind = d["kind"]
    if kind == "ridge":
        ridge = Ridge.from_dict(d)
        return lambda x: ridge.predict(expand(np.asarray(x, dtype=np.float64)))
    if kind == "boosted":
        return Boosted.from_dict(d).predict
    if kind == "blend":
        parts = [target_from_dict(p) for p in d["parts"]]
        weights = [float(w) for w in d["weights"]]
        return lambda x: np.sum([w * f(x) for w, f in zip(weights, parts, strict=True)], axis=0)
    raise ValueError(f"unknown model kind {kind!r}")
