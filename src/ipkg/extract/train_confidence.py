"""Train and measure the findings' confidence (:mod:`ipkg.extract.confidence`); run from a checkout, never at run
time.

    python -m ipkg.extract.train_confidence --shared /work/shared            # measure, then write the model
    python -m ipkg.extract.train_confidence --shared /work/shared --cv-only  # the figures only, nothing written
    python -m ipkg.extract.train_confidence --shared /work/shared --cv-only --table /tmp/table.jsonl  # and the table

Data: the training table of :mod:`ipkg.extract.confidence_table` (the current tree's findings on the hand-judged
fresh samples A-N, joined to their judgments; ``right`` and ``trivial`` are 1). The regularisation ``C`` is the one
of :data:`C_GRID` with the lowest Brier score in five folds grouped by abstract; leaving one sample out with that
``C`` then gives the figures of docs/findings.md section 8p (AUC, Brier against the base rate, precision / kept /
recall at each threshold, per left-out sample). The model is refitted on every labelled row and written with
:mod:`ipkg.extract.linear_fit` (weights under :data:`MIN_WEIGHT` dropped, the rest rounded): the same tree, data and
scikit-learn give the same bytes.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ..learn import LinearModel
from . import linear_fit
from .confidence import MODEL_PATH
from .confidence_eval import THRESHOLDS, Scored, curve, grouped_folds, out_of_fold, sample_folds, summary
from .confidence_table import Row, build_table, write_table

__all__ = ["C_GRID", "MIN_WEIGHT", "choose_c", "leave_one_sample_out", "main", "train"]

#: the regularisations tried (grouped CV)
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
#: weights smaller than this are not shipped
MIN_WEIGHT = 0.001
#: the judged samples (tests/data/findings/fresh-s11, fresh-s15)
JUDGED = Path(__file__).resolve().parents[3] / "tests" / "data" / "findings"


def _columns(rows: Sequence[Row]) -> tuple[list[tuple[str, ...]], list[int]]:
    labelled = [r for r in rows if r.label is not None]
    return [r.features for r in labelled], [r.label for r in labelled]  # type: ignore[misc]


def choose_c(rows: Sequence[Row], grid: Sequence[float] = C_GRID) -> tuple[float, dict[float, dict[str, float]]]:
    """The ``C`` of ``grid`` with the lowest grouped-CV Brier score, and every ``C``'s summary."""
    features, labels = _columns(rows)
    folds = grouped_folds([r.id for r in rows if r.label is not None])
    table = {c: summary(out_of_fold(features, labels, folds, c=c)) for c in grid}
    return min(grid, key=lambda c: table[c]["brier"]), table


def leave_one_sample_out(rows: Sequence[Row], c: float) -> list[Scored]:
    """Every labelled row scored by a model fitted on the other samples."""
    features, labels = _columns(rows)
    return out_of_fold(features, labels, sample_folds([r.sample for r in rows if r.label is not None]), c=c)


def train(rows: Sequence[Row], c: float) -> LinearModel:
    """The model fitted on every labelled row, as shipped."""
    features, labels = _columns(rows)
    model = linear_fit.fit(features, labels, c=c)
    meta = {"C": c, "rows": len(labels), "right": sum(labels), "samples": sorted({r.sample for r in rows})}
    return linear_fit.exported(model, min_weight=MIN_WEIGHT, meta=meta)


def _print_scores(name: str, scored: Sequence[Scored]) -> None:
    s = summary(scored)
    line = " ".join(f"{t}:{k:.2f}/{p:.3f}/{r:.2f}" for t, k, p, r in curve(
        [x.label for x in scored], [x.probability for x in scored], THRESHOLDS))
    print(f"| {name} | {s['n']} | {s['precision']:.3f} | {s['auc']:.3f} | {s['brier']:.4f} | {s['brier_base']:.4f} | "
          f"{line} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the findings' confidence on the hand-judged fresh samples.")
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--judged", type=Path, default=JUDGED, help="the folder holding fresh-s11 and fresh-s15")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--cv-only", action="store_true", help="print the figures, write no model")
    ap.add_argument("--table", type=Path, help="also write the training table here (JSON lines; it holds ids)")
    args = ap.parse_args(argv)
    rows, stats = build_table(args.judged, args.shared)
    if args.table:
        write_table(args.table, rows)
    labelled = [r for r in rows if r.label is not None]
    print(f"judged findings {stats.judged} (conflicting judgments {stats.conflicts}), joined to a current finding "
          f"{stats.joined} ({stats.joined / stats.judged:.1%}); current findings {stats.findings}, unlabelled "
          f"{stats.unlabelled}; labelled {len(labelled)}, right {sum(r.label for r in labelled)}")  # type: ignore[misc]
    c, table = choose_c(rows)
    for value, s in table.items():
        print(f"grouped CV C={value}: AUC {s['auc']:.3f}, Brier {s['brier']:.4f} (base rate {s['brier_base']:.4f})")
    print(f"C chosen: {c}\n\nleave one sample out (threshold:kept/precision/recall)\n"
          "| left out | findings | precision | AUC | Brier | base Brier | curve |")
    scored = leave_one_sample_out(rows, c)
    _print_scores("all", scored)
    for sample in sorted({s.fold for s in scored}):
        _print_scores(sample, [s for s in scored if s.fold == sample])
    if args.cv_only:
        return 0
    model = train(rows, c)
    linear_fit.write(args.out, model)
    print(f"wrote {args.out} ({len(model.weights)} features, {len(labelled)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
