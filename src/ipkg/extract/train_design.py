"""Train the design model, measure it on text it never saw, and write the shipped weights (training only).

    python -m ipkg.extract.train_design --shared ../shared            # measure, then write data/design_model.json
    python -m ipkg.extract.train_design --shared ../shared --no-write # measure only
    python -m ipkg.extract.train_design --shared ../shared --errors   # + the CV errors of the development part

Needs scikit-learn (``pip install -e .[train]``); the build never imports it. The data (:mod:`.design_corpus`):
the 192 labelled abstracts of ``corpus/design`` and the external abstracts whose title states the design (title
hidden). Figures, all through the run-time path (:func:`ipkg.extract.design.extract_study_facts` with the fitted
weights, so sample size follows the predicted design):

* *cross-validated*: five folds of the design set by a seeded hash of the record id; each fold is scored by a
  model fitted on the external records and the other four folds;
* *held-out third*: the fixed third of the design set (:func:`.design_corpus.heldout`), scored by a model fitted
  without it; no rule was written while reading its errors (``--errors`` never prints them);
* *whole set*: the shipped model (fitted on everything) on the whole design set: an in-sample figure.

The reliability table bins the cross-validated calls by confidence and gives each bin's accuracy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import Document
from .annotate import AnnotatedDocument, annotate
from .design_corpus import N_FOLDS, Record, fold, heldout, iter_design_records, iter_external_records
from .design_model import MODEL_PATH, DesignModel, features
from .design_rules import ask, decide

__all__ = ["Example", "fit", "main"]

#: confidence bins of the reliability table
BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0001)


@dataclass
class Example:
    """One record with its annotated text, features and the rules' own decision."""

    record: Record
    annotated: AnnotatedDocument
    feats: dict[str, float]
    rule: str


def _example(record: Record) -> Example:
    annotated = annotate(Document(f"{record.id}.txt", record.title, record.abstract))
    answers = ask(annotated)
    rule, _ = decide(answers)
    return Example(record, annotated, features(answers, rule, annotated.folded.text.lower()), rule)


def fit(examples: Sequence[Example], *, c: float = 1.0, design_weight: float = 3.0, max_ngrams: int = 3000,
        min_df: int = 3, ngram_scale: float = 1.0) -> DesignModel:
    """A logistic regression over the examples' features: the answers always, the ``max_ngrams`` n-grams (seen in
    ``min_df`` records or more) with the highest chi-square score against the classes.

    The n-gram columns are scaled by ``ngram_scale`` before fitting (a smaller scale makes the L2 penalty hold the
    words back, so the answers to the questions carry the call and the topic words of a corpus do not); the
    exported weights fold the scale in, so the run time sees the same features as 1.0."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_selection import chi2
    from sklearn.linear_model import LogisticRegression

    df: dict[str, int] = {}
    for ex in examples:
        for name in ex.feats:
            df[name] = df.get(name, 0) + 1
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{k: v for k, v in ex.feats.items() if df[k] >= min_df} for ex in examples])
    y = [ex.record.design for ex in examples]
    names = vec.get_feature_names_out()
    scores, _ = chi2(x, y)
    ngram_cols = [i for i, name in enumerate(names) if name[:2] in ("w:", "b:")]
    ngram_cols.sort(key=lambda i: (-(scores[i] if scores[i] == scores[i] else 0.0), names[i]))
    keep = sorted({i for i, name in enumerate(names) if name[:2] not in ("w:", "b:")} | set(ngram_cols[:max_ngrams]))
    x = x[:, keep].tocsc(copy=True)
    kept = [names[i] for i in keep]
    scale = [ngram_scale if name[:2] in ("w:", "b:") else 1.0 for name in kept]
    for j, factor in enumerate(scale):
        x.data[x.indptr[j]:x.indptr[j + 1]] *= factor
    x = x.tocsr()
    weights = [1.0 if ":" in ex.record.id else design_weight for ex in examples]  # external ids are source:key
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=weights)
    classes = [str(cls) for cls in clf.classes_]
    rows = {}
    for j, name in enumerate(kept):
        row = [round(float(clf.coef_[i][j]) * scale[j], 5) for i in range(len(classes))]
        if any(abs(w) >= 1e-4 for w in row):
            rows[str(name)] = row
    return DesignModel(tuple(classes), tuple(round(float(b), 5) for b in clf.intercept_), rows,
                       {"C": c, "design_weight": design_weight, "max_ngrams": max_ngrams, "min_df": min_df,
                        "ngram_scale": ngram_scale, "records": len(examples)})


@dataclass
class Call:
    """The run-time path's answer for one design-set record."""

    record: Record
    design: str | None
    confidence: float
    sample_size: int | None
    evidence: str | None
    rule: str


def _calls(model: DesignModel, examples: Sequence[Example]) -> list[Call]:
    from .design import extract_study_facts

    out = []
    for ex in examples:
        facts = extract_study_facts(ex.annotated, model)
        out.append(Call(ex.record, facts.design, facts.design_confidence or 0.0, facts.sample_size,
                        facts.design_evidence, ex.rule))
    return out


def _accuracy(calls: Sequence[Call]) -> tuple[float, float, float, int]:
    n = len(calls) or 1
    design = sum(c.design == c.record.design for c in calls) / n
    size = sum(c.sample_size == c.record.sample_size for c in calls) / n
    rule = sum(c.rule == c.record.design for c in calls) / n
    return design, size, rule, len(calls)


def _reliability(calls: Sequence[Call]) -> list[tuple[str, int, str]]:
    rows = []
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [c for c in calls if lo <= c.confidence < hi]
        acc = f"{sum(c.design == c.record.design for c in inside) / len(inside):.3f}" if inside else "-"
        rows.append((f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", len(inside), acc))
    return rows


def _write(model: DesignModel, path: Path) -> None:
    data = {"classes": list(model.classes), "bias": list(model.bias),
            "weights": {k: list(v) for k, v in sorted(model.weights.items())}, "meta": dict(model.meta)}
    text = json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def evaluate(design: Sequence[Example], external: Sequence[Example], params: dict[str, float]
             ) -> tuple[list[Call], list[Call], list[Call], DesignModel]:
    """Cross-validated calls, held-out-third calls, in-sample calls of the final model, and the final model."""
    cv: list[Call] = []
    for k in range(N_FOLDS):
        train = list(external) + [ex for ex in design if fold(ex.record.id) != k]
        cv += _calls(fit(train, **params), [ex for ex in design if fold(ex.record.id) == k])  # type: ignore[arg-type]
    dev_part = [ex for ex in design if not heldout(ex.record.id)]
    held = _calls(fit(list(external) + dev_part, **params), [ex for ex in design if heldout(ex.record.id)])  # type: ignore[arg-type]
    final = fit(list(external) + list(design), **params)  # type: ignore[arg-type]
    return cv, held, _calls(final, design), final


def main(argv: list[str] | None = None) -> int:
    """Measure (cross-validated, held-out third, whole set) and write the shipped model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-write", action="store_true", help="measure only")
    parser.add_argument("--errors", action="store_true",
                        help="list the cross-validated errors of the development part (never the held-out third)")
    parser.add_argument("-C", type=float, default=0.3)
    parser.add_argument("--design-weight", type=float, default=3.0)
    parser.add_argument("--max-ngrams", type=int, default=3000)
    parser.add_argument("--ngram-scale", type=float, default=10.0)
    args = parser.parse_args(argv)
    params = {"c": args.C, "design_weight": args.design_weight, "max_ngrams": args.max_ngrams,
              "ngram_scale": args.ngram_scale}

    design = [_example(r) for r in iter_design_records(args.shared)]
    external = [_example(r) for r in iter_external_records(args.shared)]
    print(f"design set {len(design)} records, external {len(external)} records (title hidden)", file=sys.stderr)

    cv, held, whole, final = evaluate(design, external, params)
    rows = [("cross-validated (5 folds, all 192)", *_accuracy(cv)),
            ("  of which development part", *_accuracy([c for c in cv if not heldout(c.record.id)])),
            ("  of which held-out third", *_accuracy([c for c in cv if heldout(c.record.id)])),
            ("held-out third, model fitted without it", *_accuracy(held)),
            ("whole set, shipped model (in-sample)", *_accuracy(whole))]
    print("| figure | design | sample size | rules alone | records |\n|---|---|---|---|---|")
    for name, d, s, r, n in rows:
        print(f"| {name} | {d:.3f} | {s:.3f} | {r:.3f} | {n} |")
    print("\nreliability (cross-validated calls)\n| confidence | calls | accuracy |\n|---|---|---|")
    for row in _reliability(cv):
        print("| {} | {} | {} |".format(*row))
    if args.errors:
        print("\ncross-validated errors of the development part (gold -> called, confidence, evidence):")
        for c in sorted(cv, key=lambda c: c.record.id):
            if not heldout(c.record.id) and (c.design != c.record.design or c.sample_size != c.record.sample_size):
                print(f"  {c.record.id} {c.record.design} -> {c.design} ({c.confidence:.2f}; rule {c.rule}); "
                      f"size {c.record.sample_size} -> {c.sample_size}; {c.evidence!r:.160}")
    if not args.no_write:
        _write(final, args.out)
        print(f"\nwrote {args.out} ({len(final.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
