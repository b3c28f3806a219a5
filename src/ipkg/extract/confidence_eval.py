"""How well a learned confidence tells right from wrong findings on abstracts it was not trained on.

Two splits of the training table (:mod:`ipkg.extract.confidence_table`): five folds grouped by abstract
(:func:`grouped_folds`: an abstract's findings stay together, the fold from a hash of its id) and leave one sample
out (:func:`sample_folds`: train on the other samples, score the left-out one; the cleanest figure, since a sample
is a separate draw). Each split gives every finding an out-of-fold probability; :func:`summary` turns them into the
AUC, the Brier score against the training folds' base rate, and :func:`curve` into the precision, kept fraction and
recall (right findings kept) at each threshold.

>>> auc([1, 1, 0, 0], [0.9, 0.4, 0.5, 0.1])
0.75
>>> [round(x, 3) for x in curve([1, 1, 0, 0], [0.9, 0.4, 0.5, 0.1], (0.45,))[0][1:]]
[0.5, 0.5, 0.5]
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .linear_fit import fit

__all__ = ["Scored", "auc", "curve", "grouped_folds", "out_of_fold", "sample_folds", "summary"]

#: the thresholds of the precision / kept curve
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass(frozen=True)
class Scored:
    """One finding's out-of-fold probability, its label, its fold and the training folds' base rate."""

    probability: float
    label: int
    fold: str
    base_rate: float


def grouped_folds(ids: Sequence[str], k: int = 5) -> list[str]:
    """The fold of each row: a hash of its abstract id, so an abstract's findings share a fold."""
    return [str(int(hashlib.sha256(("ipkg-confidence:" + i).encode()).hexdigest(), 16) % k) for i in ids]


def sample_folds(samples: Sequence[str]) -> list[str]:
    """The fold of each row: its sample (leave one sample out)."""
    return list(samples)


def out_of_fold(features: Sequence[Sequence[str]], labels: Sequence[int], folds: Sequence[str], *, c: float,
                keep: Callable[[str], bool] = lambda _: True) -> list[Scored]:
    """Every row scored by a logistic regression (L2, ``c``) fit on the rows of the other folds, with the
    features ``keep`` accepts."""
    rows = [[f for f in fs if keep(f)] for fs in features]
    out: list[Scored | None] = [None] * len(rows)
    for fold in sorted(set(folds)):
        train = [i for i, f in enumerate(folds) if f != fold]
        model = fit([rows[i] for i in train], [labels[i] for i in train], c=c)
        base = sum(labels[i] for i in train) / len(train)
        column = model.classes.index("1")
        for i, f in enumerate(folds):
            if f == fold:
                out[i] = Scored(model.proba(rows[i])[column], labels[i], fold, base)
    return out  # type: ignore[return-value]


def auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """The probability that a right finding scores above a wrong one (ties count half)."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def summary(scored: Sequence[Scored]) -> dict[str, float]:
    """AUC, the model's Brier score, the base rate's Brier score (the training folds' rate for every finding),
    the findings and their precision."""
    labels = [s.label for s in scored]
    probs = [s.probability for s in scored]
    n = len(scored)
    return {"n": n, "precision": sum(labels) / n if n else float("nan"), "auc": auc(labels, probs),
            "brier": sum((p - y) ** 2 for p, y in zip(probs, labels)) / n,
            "brier_base": sum((s.base_rate - s.label) ** 2 for s in scored) / n}


def curve(labels: Sequence[int], scores: Sequence[float], thresholds: Sequence[float] = THRESHOLDS
          ) -> list[tuple[float, float, float, float]]:
    """(threshold, kept fraction, precision of the kept, recall: right findings kept) at each threshold."""
    right = sum(labels)
    out = []
    for t in thresholds:
        kept = [y for y, s in zip(labels, scores) if s >= t]
        out.append((t, len(kept) / len(labels) if labels else float("nan"),
                    sum(kept) / len(kept) if kept else float("nan"), sum(kept) / right if right else float("nan")))
    return out
