"""The design model's learning curve on the training pool (training only; nothing here runs in a build).

    python -m ipkg.extract.train_design --shared ../shared --learning-curve

The pool is cut into four nested parts by a seeded hash of the record id (:func:`curve_quarter`, its own salt: no
relation to the CV folds). For 1/4, 2/4, 3/4 and all of the pool, :func:`.train_design.evaluate` trains every model
on that part of the pool only (the other data as usual) and scores the *whole* pool by its fixed folds
(:func:`.design_pool.pool_fold`), so the rows differ only in how much of the pool was learnt from; the
development-part CV, the extra set and the external slice come out of the same models.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .design_corpus import _hash

if TYPE_CHECKING:  # pragma: no cover
    from .train_design import Call, Example

__all__ = ["curve_quarter", "learning_curve"]

#: the parts of the pool a learning curve trains on, in quarters
QUARTERS = (1, 2, 3, 4)


def curve_quarter(record_id: str) -> int:
    """The quarter (0 .. 3) of a pool record for the learning curve, by a seeded hash of its id."""
    return _hash("ipkg-design-pool-curve-2026", record_id) % 4


def _right(calls: Sequence[Call], design: str) -> str:
    gold = [c for c in calls if c.record.design == design]
    return f"{sum(c.design == design for c in gold)}/{len(gold)}"


def learning_curve(design: Sequence[Example], external: Sequence[Example], params: dict[str, float],
                   extra: Sequence[Example], pool: Sequence[Example]) -> str:
    """A markdown table: for each share of the pool trained on, the pool CV (design, sample size, right/records by
    class), the development-part CV, the extra set (scored by models fitted without it) and the external slice."""
    from .design import DEFAULT_DECISION
    from .train_design import _accuracy, evaluate

    classes = sorted({ex.record.design for ex in pool}, key=lambda d: (-sum(ex.record.design == d for ex in pool), d))
    head = ("| pool trained on | records | pool CV design | size | dev-part CV | extra set | slice | "
            + " | ".join(classes) + " |")
    rows = [head, "|" + "---|" * (head.count("|") - 1)]
    for q in QUARTERS:
        part = [ex for ex in pool if curve_quarter(ex.record.id) < q]
        cv, sliced, extra_calls, pool_cv = evaluate(design, external, params, [DEFAULT_DECISION], extra, False, part,
                                                    scored_pool=pool)[DEFAULT_DECISION]
        (pd, ps, _, _), (cd, cs, _, _), (ed, es, _, _) = _accuracy(pool_cv), _accuracy(cv), _accuracy(extra_calls)
        rows.append(f"| {q}/4 | {len(part)} | {pd:.3f} | {ps:.3f} | {cd:.3f} / {cs:.3f} | {ed:.3f} / {es:.3f} | "
                    f"{_accuracy(sliced)[0]:.3f} | " + " | ".join(_right(pool_cv, d) for d in classes) + " |")
    return "\n".join(rows)
