"""How :mod:`ipkg.extract.train_cid` chooses the CID model's regularisation and threshold (round 11): a choice
that does not wobble.

Until round 10 the choice was one two-fold cross-validation (BC5CDR train -> dev and back): C and the threshold
followed the best pooled F1 of that one split, and on a flat plateau (cross-validated F1 0.475 at C 0.01 against
0.474 at 0.03) a new lexicon flipped C and moved BC5CDR dev F1 by 0.012, more than a round of guards gains.

Now the training and development documents are pooled and split in halves :data:`REPEATS` times, each split by its
own seeded hash of the documents' ids (``sha256(seed:pmid)``: a document dropped or added moves no other one); each
half is scored by the models fitted on the other, and each split's scores are pooled into one F1 curve over the
thresholds, as before. For each C the curves are averaged over the splits; the C kept is the smallest (the strongest
regularisation) whose best mean F1 is within one standard deviation (over the splits, at the best C's best
threshold) of the best (:func:`choose`: the one-standard-error rule, the splits' deviation as the tolerance), and
the threshold the highest whose mean F1 is within :data:`PLATEAU` of that C's best (the plateau's precise end: a
graph claim that is wrong costs more than one missed). A mean of several splits moves less when the input moves a
little than one split does, and the rule does not follow a difference the splits do not agree on. The tolerance is
the splits' standard deviation, not its standard error (the deviation over the square root of their number): the
splits share their documents, so they are not independent draws, and the standard error (0.0012 on the shipped
features) is smaller than what dropping 5% of the training documents moves a one-split F1 by (0.002-0.005): with it,
C flipped on a margin of 0.0002.

Round 13: the plateau's end is where a falling curve crosses its best less :data:`PLATEAU`, and it moved a grid
step (0.600 -> 0.625) when the lexicon changed, on a margin of 0.0003. The threshold is now :data:`OFFSET` above
the peak of the kept C's mean curve smoothed over :data:`SMOOTH` neighbouring thresholds either side: the same
threshold as the plateau's end on the shipped features, and the same on the curves before the lexicon change and
on each four of the five splits (docs/findings.md, 8m).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["OFFSET", "PLATEAU", "REPEATS", "SMOOTH", "Choice", "choose", "describe", "drop_some", "fold_of", "halves",
           "sd", "smoothed"]

#: how many seeded two-fold splits the curves are averaged over
REPEATS = 5
#: the threshold kept is the highest whose mean cross-validated F1 is within this of the best (the F1 curve is
#: flat there; a graph claim that is wrong costs more than one missed, so the plateau's precise end is taken)
PLATEAU = 0.02
#: the threshold's rule (round 13): the mean F1 curve is averaged over this many neighbouring thresholds either
#: side, and the threshold kept is :data:`OFFSET` above that smoothed curve's peak. The peak of a smoothed curve
#: moves less than the plateau's end, which is where a falling curve crosses its best less :data:`PLATEAU` and
#: moved a step (0.600 -> 0.625) on a margin of 0.0003 when the lexicon changed
SMOOTH = 2
#: how far above the smoothed peak the threshold is kept: five steps of the grid, the precise side (a graph claim
#: that is wrong costs more than one missed). Round 13 kept six (0.15, the plateau's end then); round 15 measured
#: five against six on the same splits: +0.0065 mean F1, every split gaining (+0.0035 to +0.0090; docs 8o)
OFFSET = 0.125


def fold_of(key: str, seed: int, folds: int) -> int:
    """The fold of a document: ``sha256(seed:key)``'s first byte modulo ``folds`` (a document's fold depends on its
    own id only; with two folds, :func:`halves`' half; the second stage's inner folds of
    :mod:`ipkg.extract.cid_rank` use five)."""
    return hashlib.sha256(f"{seed}:{key}".encode()).digest()[0] % folds


def halves(keys: Sequence[str], seed: int) -> tuple[list[int], list[int]]:
    """The positions of ``keys`` (document ids) split in two halves by the parity of ``sha256(seed:key)``
    (:func:`fold_of` with two folds, the rule of the inner folds of :mod:`ipkg.extract.cid_rank`): a
    document's half depends on its own id and the seed only, so dropping or adding documents moves no other one
    (the halves are even in size up to chance: 1,000 documents split about 500 +- 16)."""
    one: list[int] = []
    two: list[int] = []
    for i, key in enumerate(keys):
        (two if fold_of(key, seed, 2) else one).append(i)
    return one, two


def drop_some(keys: Sequence[str], fraction: float, seed: int) -> list[int]:
    """The positions of ``keys`` kept when ``fraction`` of them are dropped, the dropped ones the first by the
    ranking ``sha256(drop<seed>:key)`` (a diagnostic of the choice's stability: ``train_cid --drop``)."""
    ranked = sorted(range(len(keys)), key=lambda i: (hashlib.sha256(f"drop{seed}:{keys[i]}".encode()).hexdigest(), i))
    return sorted(ranked[round(fraction * len(keys)):])


@dataclass(frozen=True)
class Choice:
    """The C and threshold kept, with the mean curves they were read from."""

    c: float
    threshold: float
    f1: float  #: the mean cross-validated F1 at the threshold kept
    best: dict[float, tuple[float, float]]  #: C -> (its best mean F1, the threshold where)
    se: float  #: the standard deviation of the best C's F1 at its best threshold, over the splits
    #: what one split alone would have chosen (round 10's rule: the best C, the plateau's end), split by split
    alone: tuple[tuple[float, float], ...] = ()
    #: the threshold round 11's rule would have kept: the plateau's end of the kept C's mean curve
    plateau_end: float | None = None
    #: how the threshold was read: ``offset`` above the peak of the curve smoothed over ``smooth`` thresholds either
    #: side, or (``offset`` None) the plateau's end
    offset: float | None = OFFSET
    smooth: int = SMOOTH


def choose(curves: dict[float, list[dict[float, float]]], plateau: float = PLATEAU, smooth: int = SMOOTH,
           offset: float | None = OFFSET) -> Choice:
    """The C and threshold of :mod:`ipkg.extract.cid_select`'s rule from ``curves``: C -> one F1 curve a split
    (threshold -> F1, the same thresholds everywhere). C: the smallest whose best mean F1 is within one standard
    deviation of the best C's. The threshold: ``offset`` above the peak of that C's mean curve averaged over
    ``smooth`` neighbouring thresholds either side (:func:`smoothed`; round 13), the nearest threshold of the grid
    (at most its highest); with ``offset`` ``None``, round 11's plateau's end (the highest threshold whose mean F1
    is within ``plateau`` of the best)."""
    means = {c: _mean_curve(splits) for c, splits in curves.items()}
    best = {c: max(((f1, t) for t, f1 in curve.items()), key=lambda x: (x[0], x[1])) for c, curve in means.items()}
    top = max(best, key=lambda c: (best[c][0], -c))
    at = best[top][1]
    se = sd([split[at] for split in curves[top]])
    c = min(c for c in best if best[c][0] >= best[top][0] - se)
    curve = means[c]
    end = max(t for t, f1 in curve.items() if f1 >= best[c][0] - plateau)
    threshold = end if offset is None else _above_peak(smoothed(curve, smooth), offset)
    alone = tuple(_one_split({k: splits[n] for k, splits in curves.items()}, plateau)
                  for n in range(len(curves[top])))
    return Choice(c, threshold, curve[threshold], best, se, alone, end, offset, smooth)


def _above_peak(curve: dict[float, float], offset: float) -> float:
    """The threshold of the grid nearest ``offset`` above ``curve``'s peak (ties: the higher threshold)."""
    peak = max(curve, key=lambda t: (curve[t], t))
    return min(curve, key=lambda t: (abs(t - peak - offset), -t))


def _one_split(curves: dict[float, dict[float, float]], plateau: float) -> tuple[float, float]:
    """The C and threshold of one split's curves by round 10's rule: the C of the best F1 (ties: the larger C),
    the highest threshold within ``plateau`` of it."""
    best = {c: max(curve.values()) for c, curve in curves.items()}
    c = max(best, key=lambda c: (best[c], c))
    return c, max(t for t, f1 in curves[c].items() if f1 >= best[c] - plateau)


def smoothed(curve: dict[float, float], width: int) -> dict[float, float]:
    """``curve`` (threshold -> F1) with each value the mean of its own and up to ``width`` neighbours either side
    (fewer at the ends of the grid); ``width`` 0 leaves it as it is."""
    ts = sorted(curve)
    return {t: sum(curve[u] for u in ts[max(0, i - width):i + width + 1]) / len(ts[max(0, i - width):i + width + 1])
            for i, t in enumerate(ts)}


def _mean_curve(splits: Sequence[dict[float, float]]) -> dict[float, float]:
    return {t: sum(split[t] for split in splits) / len(splits) for t in splits[0]}


def sd(values: Sequence[float]) -> float:
    """The sample standard deviation (0 for fewer than two values)."""
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def describe(choice: Choice, say: Callable[[str], None] = print) -> None:
    """Print each C's best mean F1 and the choice."""
    for c, (f1, t) in sorted(choice.best.items()):
        say(f"C={c}: mean cross-validated F1 {f1:.4f} at threshold {t:.3f}")
    say("one split alone would have kept (C, threshold): " + ", ".join(f"({c}, {t:.3f})" for c, t in choice.alone))
    rule = ("the plateau's end" if choice.offset is None else
            f"{choice.offset} above the peak of the curve smoothed over {choice.smooth} thresholds either side")
    say(f"kept C={choice.c} (the smallest within one standard deviation over the splits, {choice.se:.4f}, of the best), "
        f"threshold {choice.threshold:.3f}: {rule} (mean F1 {choice.f1:.4f}; the plateau's end {choice.plateau_end:.3f})")
