"""A second stage over an abstract's candidate pairs (round 12, session 14, issue 12): measured, not adopted.

The first stage (:mod:`ipkg.extract.cid_model`: the logistic regression and the boosted trees, averaged) scores each
(chemical, disease) pair of an abstract alone. What the published document-level systems add is a ranking of the
abstract's pairs against each other: a pair that is the best of its chemical's, or far below the abstract's best,
or whose disease another chemical explains better. Here a second stage reads, for each pair the model may state
(:func:`ipkg.extract.cid_model.guarded_candidates`), its first-stage probability and where it stands among the
abstract's other pairs (:data:`RELATIVE`), optionally with what the abstract says of each side (:data:`DOCUMENT`),
and a small class-balanced logistic regression (scikit-learn, deterministic) gives the pair's new probability.

No leakage: the second stage is trained on first-stage probabilities that are out of fold. Within the documents it
is fitted on, each document's pairs are scored by a first stage fitted on the other folds
(:func:`out_of_fold`: :data:`FOLDS` folds by ``sha256(seed:pmid)``), never by one that saw the document; the
documents it is judged on are scored by the first stage fitted on all of its training documents, as at run time,
and neither stage saw them (:func:`stacked_curves`, inside each half of :mod:`ipkg.extract.cid_select`'s seeded
splits).

``python -m ipkg.extract.train_cid --stage-two`` prints the comparison and the second stage's weights and writes
nothing: on BC5CDR train + dev (five splits) the second stage did not beat the first by more than the splits'
deviation (docs/findings.md, 8l), so the shipped model is the first stage alone.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from .cid_select import fold_of as _fold_of
from .cid_select import sd

__all__ = ["DOCUMENT", "FOLDS", "RELATIVE", "Candidate", "Comparison", "RankModel", "compare", "fold_of",
           "out_of_fold", "rank_features", "stacked_curves"]

#: the inner folds of the out-of-fold first-stage scores (five: the first stage that scores them is fitted on 80%
#: of the second stage's documents; with two folds, on half, its probabilities were lower than those the second
#: stage is applied to, and the stacked F1 fell 0.005 to 0.009)
FOLDS = 5
#: the second stage's features of a pair's standing among the abstract's pairs (a log-odds, a difference of
#: log-odds, a 0/1 or a log count)
RELATIVE = ("logit", "chem_other_best_minus_own", "chem_has_other", "dis_other_best_minus_own", "dis_has_other",
            "own_minus_abstract_best", "best_of_its_chemical", "best_of_its_disease", "log_pairs")
#: the second stage's features of what the abstract says of each side (the first stage's own features, read
#: again; the rules' statements of other pairs): 0/1
DOCUMENT = ("rank_0", "rank_1", "rank_3_or_more", "log_chemicals", "log_diseases", "chem_stated_elsewhere",
            "dis_stated_elsewhere", "CT", "DT", "CTDT", "CTOP", "DTOP", "OTH:DTREATED", "OTH:DCAUSED",
            "OTH:CCAUSES", "OTH:CTREATS", "FIRST:CD", "FIRST:SAME")
_FIRST_STAGE_FEATURES = DOCUMENT[7:]


class Pair(Protocol):
    """What the second stage reads of a candidate pair: its chemical's and disease's IRIs and its features."""

    chem: str
    dis: str
    features: set[str] | frozenset[str]


@dataclass(frozen=True)
class Candidate:
    """A candidate pair as :func:`rank_features` reads it."""

    chem: str
    dis: str
    features: frozenset[str] = frozenset()


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def rank_features(pairs: Sequence[Pair], probs: Sequence[float], stated: Collection[tuple[str, str]] = (),
                  document: bool = False) -> list[list[float]]:
    """One vector a pair (:data:`RELATIVE`, then with ``document`` :data:`DOCUMENT`) of one abstract's candidate
    pairs and their first-stage probabilities; ``stated`` the (chemical, disease) IRIs the rules state."""
    by_chem: dict[str, list[int]] = defaultdict(list)
    by_dis: dict[str, list[int]] = defaultdict(list)
    for i, pair in enumerate(pairs):
        by_chem[pair.chem].append(i)
        by_dis[pair.dis].append(i)
    logits = [_logit(p) for p in probs]
    top = max(logits, default=0.0)
    order = sorted(range(len(pairs)), key=lambda i: (-probs[i], i))
    rank = {i: r for r, i in enumerate(order)}
    rule_chem, rule_dis = {c for c, _ in stated}, {d for _, d in stated}
    out = []
    for i, pair in enumerate(pairs):
        own = logits[i]
        chem_other = [logits[j] for j in by_chem[pair.chem] if j != i]
        dis_other = [logits[j] for j in by_dis[pair.dis] if j != i]
        row = [own, max(chem_other) - own if chem_other else 0.0, float(bool(chem_other)),
               max(dis_other) - own if dis_other else 0.0, float(bool(dis_other)), own - top,
               float(all(logits[j] <= own for j in by_chem[pair.chem])),
               float(all(logits[j] <= own for j in by_dis[pair.dis])), math.log1p(len(pairs))]
        if document:
            row += [float(rank[i] == 0), float(rank[i] == 1), float(rank[i] >= 3), math.log1p(len(by_chem)),
                    math.log1p(len(by_dis)), float(pair.chem in rule_chem), float(pair.dis in rule_dis)]
            row += [float(name in pair.features) for name in _FIRST_STAGE_FEATURES]
        out.append(row)
    return out


def fold_of(key: str, seed: int, folds: int = FOLDS) -> int:
    """The inner fold of a document (:func:`ipkg.extract.cid_select.fold_of` with :data:`FOLDS` by default)."""
    return _fold_of(key, seed, folds)


def out_of_fold(keys: Sequence[str], probs: Callable[[list[int], list[int]], list[list[float]]], seed: int,
                folds: int = FOLDS) -> list[list[float]]:
    """Each document's first-stage probabilities scored by a first stage fitted on the other folds only:
    ``probs(fitted_on, scored_on)`` (positions in ``keys``) gives the probabilities of ``scored_on``'s pairs."""
    fold = [fold_of(key, seed, folds) for key in keys]
    out: list[list[float]] = [[] for _ in keys]
    for k in range(folds):
        fitted_on = [i for i, f in enumerate(fold) if f != k]
        scored_on = [i for i, f in enumerate(fold) if f == k]
        for i, p in zip(scored_on, probs(fitted_on, scored_on)):
            out[i] = p
    return out


class RankModel:
    """The second stage: a class-balanced logistic regression over standardised :func:`rank_features` rows
    (build time only; scikit-learn)."""

    def __init__(self, rows: Sequence[Sequence[float]], labels: Sequence[int], c: float) -> None:
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        self.model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000, class_weight="balanced"))
        self.model.fit(rows, labels)

    def proba(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The probability of each row (an empty list for none)."""
        return [float(p) for p in self.model.predict_proba(rows)[:, 1]] if rows else []

    @property
    def weights(self) -> list[float]:
        """The weights of the standardised features (comparable with each other)."""
        return [float(w) for w in self.model[-1].coef_[0]]


@dataclass(frozen=True)
class Comparison:
    """The second stage against the first on the same splits: each split's best F1 (over the thresholds)."""

    first: tuple[float, ...]
    second: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  #: the second stage's standardised weights, one tuple a fitted model

    @property
    def gain(self) -> float:
        return statistics.mean(s - f for f, s in zip(self.first, self.second))

    @property
    def sd(self) -> float:
        """The deviation over the splits of the first stage's best F1 (:mod:`ipkg.extract.cid_select`'s tolerance)."""
        return sd(self.first)

    @property
    def adopted(self) -> bool:
        """The second stage beats the first by more than the splits' deviation."""
        return self.gain > self.sd


def compare(first: Sequence[dict[float, float]], second: Sequence[dict[float, float]],
            weights: Sequence[Sequence[float]] = ()) -> Comparison:
    """The :class:`Comparison` of two lists of F1 curves (threshold -> F1), one a split."""
    return Comparison(tuple(max(c.values()) for c in first), tuple(max(c.values()) for c in second),
                      tuple(tuple(w) for w in weights))


def stacked_curves(splits: Sequence[tuple[list[int], list[int]]], keys: Sequence[str],
                   probs: Callable[[list[int], list[int]], list[list[float]]],
                   features: Callable[[int, list[float]], list[list[float]]],
                   labels: Callable[[int], list[int]],
                   curve: Callable[[list[int], list[list[float]]], dict[float, float]],
                   c: float = 0.1, seed: int = 100) -> Comparison:
    """The first stage and the stacked second stage, each split's two halves scored by the models fitted on the
    other (positions in ``keys``): ``probs(fitted_on, scored_on)`` the first stage's probabilities of each scored
    document's pairs, ``features(document, probs)`` its :func:`rank_features`, ``labels(document)`` its pairs'
    gold labels, ``curve(documents, probs)`` the pooled F1 curve of documents with their pairs' probabilities.
    The second stage of a half is fitted on the other half's out-of-fold probabilities (:func:`out_of_fold`)."""
    first, second, weights = [], [], []
    for n, (one, two) in enumerate(splits, start=1):
        firsts: list[list[float]] = []
        seconds: list[list[float]] = []
        docs: list[int] = []
        for fitted_on, scored_on in ((two, one), (one, two)):
            scored = probs(fitted_on, scored_on)
            inner = out_of_fold([keys[i] for i in fitted_on],
                                lambda a, b: probs([fitted_on[i] for i in a], [fitted_on[i] for i in b]), seed + n)
            rows = [row for i, p in zip(fitted_on, inner) for row in features(i, p)]
            model = RankModel(rows, [y for i in fitted_on for y in labels(i)], c)
            weights.append(model.weights)
            docs += scored_on
            firsts += scored
            seconds += [model.proba(features(i, p)) for i, p in zip(scored_on, scored)]
        first.append(curve(docs, firsts))
        second.append(curve(docs, seconds))
    return compare(first, second, weights)
