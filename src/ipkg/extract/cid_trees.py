"""Boosted trees beside the chemical-induced disease model's logistic regression (issue 12, round 8): a small
ensemble, applied in pure Python.

The linear model of :mod:`ipkg.extract.cid_model` weighs each feature alone; whether "the chemical is the
abstract's main one" matters depends on whether the two are named in one sentence, in the title, with a cue of
cause, and a linear model cannot say so (pairwise conjunctions of the features were tried and lost: too many,
too sparse). Gradient-boosted trees of depth 4 over the same features learn such conjunctions where the data
hold them. :mod:`ipkg.extract.train_cid` fits them (scikit-learn, build time only) on the same rows as the
logistic regression and ships them as text (``data/cid_trees.tsv.gz``, one node a line); a pair's probability
is the mean of the two models' (:class:`Ensemble`), and the threshold is chosen on that mean.

The trees split on the presence of a feature only (every feature is 0 or 1), so a node is "feature present:
go right, else left" and a leaf is a value; the log-odds are ``init + rate * sum(leaf of each tree)``.
"""

from __future__ import annotations

import functools
import gzip
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..learn import LinearModel, write_gzip

__all__ = ["TREES", "Ensemble", "Trees", "ensemble_of", "from_sklearn", "load_trees_model", "write_trees"]

TREES = Path(__file__).parent / "data" / "cid_trees.tsv.gz"

#: a node: (feature, left child, right child) of a split, or (None, value, 0) of a leaf; a tree is its nodes,
#: the root first
Node = tuple[str | None, float, int]


@dataclass(frozen=True)
class Trees:
    """Boosted binary-split regression trees: log-odds ``init + rate * sum(tree values)``."""

    init: float
    rate: float
    trees: tuple[tuple[Node, ...], ...]

    def log_odds(self, features: set[str] | frozenset[str]) -> float:
        return self.init + self.rate * self._sum(features)

    def walk(self, features: set[str] | frozenset[str]) -> float:
        """The sum of the trees' leaf values for ``features``, each tree walked node by node (the reference
        :attr:`_sum` is compiled from, and the fallback for trees too deep to compile)."""
        total = 0.0
        for nodes in self.trees:
            feature, a, b = nodes[0]
            while feature is not None:
                feature, a, b = nodes[b if feature in features else int(a)]
            total += a
        return total

    @functools.cached_property
    def _sum(self) -> Callable[[set[str] | frozenset[str]], float]:
        """:meth:`walk` compiled once into one Python function of nested ``if "feature" in features`` tests, the
        leaves added in the same order (the same float, bit for bit), about five times faster than the walk."""
        if max((_depth(nodes) for nodes in self.trees), default=0) > _MAX_COMPILED_DEPTH:
            return self.walk
        lines = ["def _sum(features):", "    total = 0.0"]
        for nodes in self.trees:
            _compile_node(nodes, 0, 1, lines)
        lines.append("    return total")
        namespace: dict[str, object] = {}
        exec(compile("\n".join(lines), "<cid_trees>", "exec"), namespace)  # noqa: S102 -- our own text
        return namespace["_sum"]  # type: ignore[return-value]

    def proba(self, features: set[str] | frozenset[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.log_odds(features)))


#: trees deeper than this are walked, never compiled (Python nests at most 100 blocks)
_MAX_COMPILED_DEPTH = 40


def _depth(nodes: Sequence[Node], i: int = 0) -> int:
    feature, a, b = nodes[i]
    return 0 if feature is None else 1 + max(_depth(nodes, int(a)), _depth(nodes, b))


def _compile_node(nodes: Sequence[Node], i: int, indent: int, lines: list[str]) -> None:
    """Append the Python lines of node ``i`` of a tree: a leaf adds its value (``repr``: the same float), a split
    tests its feature (present: right)."""
    pad = "    " * indent
    feature, a, b = nodes[i]
    if feature is None:
        lines.append(f"{pad}total += {float(a)!r}")
        return
    lines.append(f"{pad}if {feature!r} in features:")
    _compile_node(nodes, b, indent + 1, lines)
    lines.append(f"{pad}else:")
    _compile_node(nodes, int(a), indent + 1, lines)


@dataclass(frozen=True)
class Ensemble:
    """The logistic regression and the trees, their probabilities averaged (``proba`` as
    :meth:`ipkg.learn.LinearModel.proba`: [none, hasAdverseEffect]); ``meta`` is the linear model's."""

    linear: LinearModel
    trees: Trees | None

    @property
    def meta(self) -> dict[str, float]:
        return self.linear.meta  # type: ignore[return-value]

    def proba(self, features: Iterable[str]) -> list[float]:
        feats = features if isinstance(features, (set, frozenset)) else set(features)
        p = self._linear_proba(feats)
        if self.trees is not None:
            p = (p + self.trees.proba(feats)) / 2
        return [1.0 - p, p]

    def reaches(self, features: set[str] | frozenset[str], threshold: float) -> bool:
        """``proba(features)[1] >= threshold``, the trees read only when the linear model's probability leaves
        the mean able to reach it (the trees' is at most 1: a linear one under ``2 * threshold - 1`` cannot)."""
        p = self._linear_proba(features)
        if self.trees is None:
            return p >= threshold
        return p >= 2 * threshold - 1 and (p + self.trees.proba(features)) / 2 >= threshold

    @functools.cached_property
    def _weights(self) -> dict[str, float] | None:
        """Feature -> its one weight, when the linear model is a logistic regression stored as one column."""
        linear = self.linear
        if len(linear.classes) != 2 or len(linear.bias) != 1:
            return None
        return {name: row[0] for name, row in linear.weights.items()}

    def _linear_proba(self, features: Iterable[str]) -> float:
        """``self.linear.proba(features)[1]``, the same float: the bias plus the weights of the features present,
        summed in the same order (a zero weight dropped adds nothing), without a row tuple per feature."""
        weights = self._weights
        if weights is None:
            return self.linear.proba(features)[1]
        return 1.0 / (1.0 + math.exp(-(self.linear.bias[0] + sum(filter(None, map(weights.get, features))))))


#: the last ensemble :func:`ensemble_of` made (its weight dict is built once, not once a document)
_LAST: list[Ensemble] = []


def ensemble_of(linear: LinearModel, trees: Trees | None) -> Ensemble:
    """``Ensemble(linear, trees)``, the same object again while both models are the same objects (the shipped
    models are cached: the ensemble's feature -> weight dict is then made once, not for every abstract)."""
    if _LAST and _LAST[0].linear is linear and _LAST[0].trees is trees:
        return _LAST[0]
    _LAST[:] = [Ensemble(linear, trees)]
    return _LAST[0]


def from_sklearn(model: object, names: Sequence[str], digits: int = 6) -> Trees:
    """The :class:`Trees` of a fitted binary ``sklearn.ensemble.GradientBoostingClassifier`` over 0/1 columns
    named ``names`` (its leaf values rounded to ``digits``; build time only)."""
    init = model.init_.class_prior_  # type: ignore[attr-defined]
    prior = float(init[1])
    trees = []
    for (estimator,) in model.estimators_:  # type: ignore[attr-defined]
        t = estimator.tree_
        nodes: list[Node] = []
        for i in range(t.node_count):
            if t.children_left[i] == -1:
                nodes.append((None, round(float(t.value[i][0][0]), digits), 0))
            else:  # a split "x <= 0.5": absent goes left
                nodes.append((names[t.feature[i]], int(t.children_left[i]), int(t.children_right[i])))
        trees.append(tuple(nodes))
    return Trees(round(math.log(prior / (1 - prior)), digits), float(model.learning_rate),  # type: ignore[attr-defined]
                 tuple(trees))


def write_trees(path: Path, trees: Trees) -> None:
    """Write ``trees`` as text: an ``#init`` and a ``#rate`` line, then one line a node (tree, node, feature or
    ``-``, left child or leaf value, right child); gzip without a timestamp (same trees, same bytes)."""
    lines = [f"#init\t{trees.init}", f"#rate\t{trees.rate}"]
    for n, nodes in enumerate(trees.trees):
        for i, (feature, a, b) in enumerate(nodes):
            lines.append(f"{n}\t{i}\t{feature if feature is not None else '-'}\t{a}\t{b}")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_gzip(path, ("\n".join(lines) + "\n").encode("utf-8"))


@functools.lru_cache(maxsize=1)
def load_trees_model(path: Path = TREES) -> Trees | None:
    """The shipped trees, or ``None`` when the file is not there (the logistic regression alone then)."""
    if not path.is_file():
        return None
    meta: dict[str, float] = {}
    trees: list[list[Node]] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if parts[0].startswith("#"):
                meta[parts[0][1:]] = float(parts[1])
                continue
            n, feature = int(parts[0]), parts[2]
            while len(trees) <= n:
                trees.append([])
            if feature == "-":
                trees[n].append((None, float(parts[3]), 0))
            else:
                trees[n].append((feature, int(parts[3]), int(parts[4])))
    return Trees(meta["init"], meta["rate"], tuple(tuple(t) for t in trees))
