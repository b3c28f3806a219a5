"""Train the design model, measure it on text it never saw, and write the shipped weights (training only).

    python -m ipkg.extract.train_design --shared ../shared            # measure, then write data/design_model.json
    python -m ipkg.extract.train_design --shared ../shared --no-write # measure only
    python -m ipkg.extract.train_design --shared ../shared --no-write --ablation  # every decision variant
    python -m ipkg.extract.train_design --shared ../shared --errors   # + the CV errors of the development part
                                                                      #   and the errors on the extra set
    python -m ipkg.extract.train_design --shared ../shared --no-write --extra  # train on the extra set too (measured,
                                                                      #   not adopted: docs/design.md)
    python -m ipkg.extract.train_design --shared ../shared --learning-curve  # pool CV training on 1/4 .. 4/4 of
                                                                      #   the pool (design_curve.py; writes nothing)
    python -m ipkg.extract.train_design --shared ../shared --no-write --border-draw  # the pool's third, targeted
                                                                      #   draw trained on too (measured, not adopted)

The model has two stages (:mod:`.design_model`): :func:`fit` fits the first on every class and an expert on the
designs of people (``--no-experts``: the first stage only). Needs scikit-learn (``pip install -e .[train]``); the
build never imports it. The data (:mod:`.design_corpus`):
the 192 labelled abstracts of ``corpus/design`` and the external abstracts whose title states the design (title
hidden; Evidence Inference's randomised trials). Figures, all through the run-time path
(:func:`ipkg.extract.design.extract_study_facts` with the fitted weights, so sample size follows the predicted
design); none of the models that give them sees the held-out third:

* *development-part CV*: five folds of the development part (the design set without its held-out third) by a
  seeded hash of the record id; each fold is scored by a model fitted on the external records (without their
  held-out slice) and the other four folds. The rules were read on these records: a development figure;
* *external held-out slice*: the fixed fifth of the external records (:func:`.design_corpus.external_heldout`),
  scored by a model fitted on the other external records and the development part. No rule was read on it; its
  titles are hidden, so the title rule does not act on it, and its class mix is not the design set's;
* *held-out third* (``--heldout-third`` only): the fixed third of the design set (:func:`.design_corpus.heldout`),
  scored by a model fitted without it; no rule was written while reading its errors (``--errors`` never prints
  them). Kept for the final figure of a chosen variant: never used to choose;
* *extra set* (:func:`.design_corpus.iter_extra_records`: 149 abstracts drawn from the design set's sources and
  labelled by one reader before ipkg ran on them): scored by a model fitted on the external records (without the
  ones in it) and the development part; with ``--extra`` it is trained on too and scored by five folds of its own
  (:func:`.design_corpus.extra_fold`). Rules have been read on its errors since round 4: a development figure;
* *training pool* (:mod:`.design_pool`: 594 abstracts of the design set's corpora and mix, two readers each and
  adjudicated, session 7; the second draw's labels too when ``data/design-train2.jsonl`` is there): trained on by
  every model (``--no-pool`` leaves it out); five folds of its own give its cross-validated figure (each draw's
  figure beside the whole pool's);
* *whole set*: the shipped model (fitted on everything) on the whole design set: an in-sample figure.

The reliability table bins the development-part CV, slice and extra-set calls by confidence and gives each bin's
accuracy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..models import Document
from . import linear_fit
from .annotate import AnnotatedDocument, annotate
from .design import DECISIONS, DEFAULT_DECISION
from .design_corpus import (N_FOLDS, Record, external_heldout, extra_fold, extra_labels, fold, heldout,
                            iter_design_records, iter_external_records, iter_extra_records)
from .design_model import EXPERT_GROUPS, MODEL_PATH, DesignModel, features
from .design_pool import POOL3_ADJUDICATED_PATH, POOL_PATHS, iter_pool_records, pool_fold
from .design_rules import ask, decide

__all__ = ["DEFAULT_PARAMS", "Example", "fit", "fit_linear", "main"]

#: the shipped model's training parameters: the command's defaults (``-C``, ``--design-weight``, ...), and what
#: another script that refits the model the same way (bench/bench_sample_size.py) passes to :func:`evaluate`
DEFAULT_PARAMS: dict = {"c": 0.3, "design_weight": 3.0, "max_ngrams": 3000, "ngram_scale": 10.0, "extra_weight": 3.0,
                        "experts": True, "expert_max_ngrams": 6000}

#: confidence bins of the reliability table
BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0001)


@dataclass
class Example:
    """One record with its annotated text, features and the rules' own decision."""

    record: Record
    annotated: AnnotatedDocument
    feats: dict[str, float]
    rule: str


def _is_ngram(name: str) -> bool:
    """Whether a feature is a word n-gram (the columns chosen by chi-square and scaled by ``ngram_scale``)."""
    return name[:2] in ("w:", "b:")


def _example(record: Record) -> Example:
    annotated = annotate(Document(f"{record.id}.txt", record.title, record.abstract))
    answers = ask(annotated)
    rule, _ = decide(answers)
    return Example(record, annotated, features(answers, rule, annotated.folded.text.lower()), rule)


def fit(examples: Sequence[Example], *, experts: bool = True, expert_max_ngrams: int = 6000,
        **params: float) -> DesignModel:
    """The two-stage design model (:mod:`.design_model`): :func:`fit_linear` on every example, and with
    ``experts`` one more on the examples of each of :data:`.design_model.EXPERT_GROUPS`' classes (the same
    features and parameters but ``expert_max_ngrams`` n-grams, chosen by their chi-square score against the
    expert's classes; an expert needs examples of two of its classes at least)."""
    model = fit_linear(examples, **params)
    if not experts:
        return model
    members = [[ex for ex in examples if ex.record.design in group] for group in EXPERT_GROUPS]
    expert_params = {**params, "max_ngrams": expert_max_ngrams}
    # a group whose examples hold fewer than two of its classes has nothing to tell apart (a toy training set)
    groups = tuple(fit_linear(group, **expert_params) for group in members  # type: ignore[arg-type]
                   if len({ex.record.design for ex in group}) >= 2)
    return replace(model, experts=groups)


def fit_linear(examples: Sequence[Example], *, c: float = 1.0, design_weight: float = 3.0, max_ngrams: int = 3000,
               min_df: int = 3, ngram_scale: float = 1.0, extra_weight: float = 3.0, pool_weight: float = 1.0,
               external_weight: float = 1.0) -> DesignModel:
    """A logistic regression over the examples' features: the answers always, the ``max_ngrams`` n-grams (seen in
    ``min_df`` records or more) with the highest chi-square score against the classes.

    The n-gram columns are scaled by ``ngram_scale`` before fitting (a smaller scale makes the L2 penalty hold the
    words back, so the answers to the questions carry the call and the topic words of a corpus do not); the
    exported weights fold the scale in, so the run time sees the same features as 1.0. The fit is the trainers' one
    path (:func:`.linear_fit.fit`, with its column scale and the records' weights); the weights are rounded to 5
    digits here and a feature whose rounded weights are all below 1e-4 is dropped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_selection import chi2

    df: dict[str, int] = {}
    for ex in examples:
        for name in ex.feats:
            df[name] = df.get(name, 0) + 1
    rows = [{k: v for k, v in ex.feats.items() if df[k] >= min_df} for ex in examples]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    y = [ex.record.design for ex in examples]
    names = vec.get_feature_names_out()
    scores, _ = chi2(x, y)
    ngram_cols = [i for i, name in enumerate(names) if _is_ngram(name)]
    ngram_cols.sort(key=lambda i: (-(scores[i] if scores[i] == scores[i] else 0.0), names[i]))
    kept = {str(names[i]) for i in ngram_cols[:max_ngrams]} | {str(name) for name in names if not _is_ngram(name)}
    part_weight = {"design": design_weight, "extra": extra_weight,  # labels a reader gave weigh more
                   "external": external_weight}
    weights = [part_weight.get(ex.record.part, pool_weight if ex.record.part.startswith("pool") else 1.0)
               for ex in examples]
    fitted = linear_fit.fit([{k: v for k, v in row.items() if k in kept} for row in rows], y, c=c,
                            class_weight="balanced", max_iter=5000, sample_weight=weights,
                            scale=lambda name: ngram_scale if _is_ngram(name) else 1.0)
    classes, intercept = list(fitted.classes), list(fitted.bias)
    columns = fitted.weights
    if len(classes) == 2:  # a binary fit scores the second class only: the same odds as a softmax of +-half
        intercept = [-intercept[0] / 2, intercept[0] / 2]
        columns = {name: [-w[0] / 2, w[0] / 2] for name, w in columns.items()}
    rows_out = {}
    for name, column in columns.items():
        row = [round(w, 5) for w in column]
        if any(abs(w) >= 1e-4 for w in row):
            rows_out[name] = row
    meta = {"C": c, "design_weight": design_weight, "max_ngrams": max_ngrams, "min_df": min_df,
            "ngram_scale": ngram_scale, "records": len(examples)}
    if any(ex.record.part == "extra" for ex in examples):
        meta["extra_weight"] = extra_weight
    return DesignModel(tuple(classes), tuple(round(float(b), 5) for b in intercept), rows_out, meta)


@dataclass
class Call:
    """The run-time path's answer for one design-set record."""

    record: Record
    design: str | None
    confidence: float
    sample_size: int | None
    evidence: str | None
    rule: str


def _calls(model: DesignModel, examples: Sequence[Example], decision: str | None = None) -> list[Call]:
    from .design import DEFAULT_DECISION, extract_study_facts

    out = []
    for ex in examples:
        facts = extract_study_facts(ex.annotated, model, decision or DEFAULT_DECISION)
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


def _as_dict(model: DesignModel) -> dict:
    return {"classes": list(model.classes), "bias": list(model.bias),
            "weights": {k: list(v) for k, v in sorted(model.weights.items())}, "meta": dict(model.meta)}


def _write(model: DesignModel, path: Path) -> None:
    data = _as_dict(model)
    if model.experts:
        data["experts"] = [_as_dict(expert) for expert in model.experts]
    text = json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _parts(examples: Sequence[Example]) -> str:
    """``pool 594, pool2 400``: the records of each part."""
    parts = Counter(ex.record.part for ex in examples)
    return ", ".join(f"{part} {n}" for part, n in sorted(parts.items()))


def evaluate(design: Sequence[Example], external: Sequence[Example], params: dict[str, float],
             decisions: Sequence[str], extra: Sequence[Example] = (), use_extra: bool = True,
             pool: Sequence[Example] = (), scored_pool: Sequence[Example] | None = None,
             ) -> dict[str, tuple[list[Call], list[Call], list[Call], list[Call]]]:
    """For each decision variant: the development part's cross-validated calls, the external held-out slice's
    calls, the extra set's calls and the training pool's cross-validated calls. No model here sees the held-out
    third, nor the slice when it scores it. The pool (:mod:`.design_pool`) is trained on by every model, each of
    the five CV models without its own fold of it (:func:`.design_pool.pool_fold`), which it scores.

    With ``use_extra`` the extra set is trained on and scored by its own five folds (the same five models as the
    development part's); without, it is scored by a model fitted on neither it nor the external records that are
    also in it (``external`` then still holds those, as the shipped model's data did).

    ``scored_pool`` (default ``pool``): the pool records the CV scores, each by the model fitted without its fold
    (a learning curve trains on part of the pool and scores all of it)."""
    train_external = [ex for ex in external if not external_heldout(ex.record.id)]
    dev_part = [ex for ex in design if not heldout(ex.record.id)]
    train_extra = list(extra) if use_extra else []
    pool = list(pool)
    scored = pool if scored_pool is None else list(scored_pool)
    out: dict[str, tuple[list[Call], list[Call], list[Call], list[Call]]] = {
        name: ([], [], [], []) for name in decisions}
    for k in range(N_FOLDS):
        model = fit(train_external + [ex for ex in dev_part if fold(ex.record.id) != k]
                    + [ex for ex in train_extra if extra_fold(ex.record.id) != k]
                    + [ex for ex in pool if pool_fold(ex.record.id) != k], **params)  # type: ignore[arg-type]
        for name in decisions:
            out[name][0].extend(_calls(model, [ex for ex in dev_part if fold(ex.record.id) == k], name))
            out[name][2].extend(_calls(model, [ex for ex in train_extra if extra_fold(ex.record.id) == k], name))
            out[name][3].extend(_calls(model, [ex for ex in scored if pool_fold(ex.record.id) == k], name))
    model = fit(train_external + dev_part + train_extra + pool, **params)  # type: ignore[arg-type]
    for name in decisions:
        out[name][1].extend(_calls(model, [ex for ex in external if external_heldout(ex.record.id)], name))
    if extra and not use_extra:
        ids = {ex.record.id for ex in extra}
        model = fit([ex for ex in train_external if ex.record.id not in ids] + dev_part + pool,
                    **params)  # type: ignore[arg-type]
        for name in decisions:
            out[name][2].extend(_calls(model, extra, name))
    return out


def _paired(calls: Sequence[Call], other: Sequence[Call]) -> str:
    """``+a / -b``: records ``calls`` gets right and ``other`` wrong, and the other way (the same records, in order)."""
    gained = sum(c.design == c.record.design != o.design for c, o in zip(calls, other))
    lost = sum(o.design == o.record.design != c.design for c, o in zip(calls, other))
    return f"+{gained} / -{lost}"


def _per_class(calls: Sequence[Call]) -> str:
    """``class right/records`` for each gold class, most records first."""
    classes = sorted({c.record.design for c in calls}, key=lambda d: (-sum(c.record.design == d for c in calls), d))
    return ", ".join(f"{d} {sum(c.design == d for c in calls if c.record.design == d)}/"
                     f"{sum(c.record.design == d for c in calls)}" for d in classes)


#: the design question whose answer separates two classes: who the subjects are, how people came to their groups,
#: whether the work pools other studies, whether it describes single patients
_SYNTHESIS = frozenset({"Review", "SystematicReview", "MetaAnalysis"})
_ALLOCATION = frozenset({"RandomizedControlledTrial", "NonRandomizedTrial", "ObservationalStudy"})


def question(gold: str, called: str | None) -> str:
    """The design question an error failed: ``single patients`` when one side is a case report, ``pooling`` when
    one side synthesises other studies, ``subjects`` when the subjects differ (animals, cells, people),
    ``allocation`` between two designs of people.

    >>> question("NonRandomizedTrial", "ObservationalStudy"), question("Review", "AnimalStudy")
    ('allocation', 'pooling')
    """
    pair = {gold, called}
    if "CaseReport" in pair:
        return "single patients"
    if pair & _SYNTHESIS:
        return "pooling"
    if pair <= _ALLOCATION:
        return "allocation"
    return "subjects"


def _error_groups(calls: Sequence[Call]) -> str:
    """The design errors by question, then by class pair (``gold -> called``), most first."""
    pairs: dict[tuple[str, str], int] = {}
    for c in calls:
        if c.design != c.record.design:
            key = (question(c.record.design, c.design), f"{c.record.design} -> {c.design}")
            pairs[key] = pairs.get(key, 0) + 1
    totals: dict[str, int] = {}
    for (q, _), n in pairs.items():
        totals[q] = totals.get(q, 0) + n
    return "; ".join(f"{q} {totals[q]} (" + ", ".join(f"{p} {n}" for (qq, p), n in sorted(
        pairs.items(), key=lambda kv: (-kv[1], kv[0])) if qq == q) + ")"
        for q in sorted(totals, key=lambda q: (-totals[q], q)))


def main(argv: list[str] | None = None) -> int:
    """Measure (development-part CV, external held-out slice, whole set; the held-out third on request) and write
    the shipped model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-write", action="store_true", help="measure only")
    parser.add_argument("--errors", action="store_true",
                        help="list the cross-validated errors of the development part, the extra set and the training "
                             "pool's folds 0-2 (never the held-out third, never pool folds 3-4)")
    parser.add_argument("--ablation", action="store_true",
                        help="measure every decision variant (design.DECISIONS), not only the default")
    parser.add_argument("--heldout-third", action="store_true",
                        help="also score the held-out third (a look at text kept for the final figure: rarely)")
    parser.add_argument("--extra", action="store_true",
                        help="also train on the labelled extra set (scored by its own folds); without, it is scored by "
                             "a model fitted without it")
    parser.add_argument("--no-pool", action="store_true",
                        help="leave out the labelled training pool (data/design-train.jsonl): the figures without it")
    parser.add_argument("--border-draw", action="store_true",
                        help="also train on the pool's third, targeted draw (its adjudicated labels, "
                             "data/design-train3-adjudicated.jsonl, part pool3; rounds 16-17: measured, not "
                             "adopted), folded and scored like the others")
    parser.add_argument("--learning-curve", action="store_true",
                        help="only the pool CV (fixed folds) training on 25/50/75/100%% of the pool (writes nothing)")
    parser.add_argument("--no-experts", action="store_true",
                        help="one stage only: no expert re-splits the designs of people (the model before round 8)")
    parser.add_argument("-C", type=float, default=DEFAULT_PARAMS["c"])
    parser.add_argument("--design-weight", type=float, default=DEFAULT_PARAMS["design_weight"])
    parser.add_argument("--extra-weight", type=float, default=DEFAULT_PARAMS["extra_weight"])
    parser.add_argument("--max-ngrams", type=int, default=DEFAULT_PARAMS["max_ngrams"])
    parser.add_argument("--expert-max-ngrams", type=int, default=DEFAULT_PARAMS["expert_max_ngrams"])
    parser.add_argument("--ngram-scale", type=float, default=DEFAULT_PARAMS["ngram_scale"])
    args = parser.parse_args(argv)
    params = {"c": args.C, "design_weight": args.design_weight, "max_ngrams": args.max_ngrams,
              "ngram_scale": args.ngram_scale, "extra_weight": args.extra_weight, "experts": not args.no_experts,
              "expert_max_ngrams": args.expert_max_ngrams}

    if args.learning_curve and args.no_pool:
        parser.error("--learning-curve needs the pool")
    use_extra = args.extra
    design = [_example(r) for r in iter_design_records(args.shared)]
    extra = [_example(r) for r in iter_extra_records(args.shared)]
    paths = POOL_PATHS + ((POOL3_ADJUDICATED_PATH,) if args.border_draw else ())
    pool = [] if args.no_pool else [_example(r) for r in iter_pool_records(args.shared, paths)]
    skip = frozenset(extra_labels()) if use_extra else frozenset()
    skip |= {ex.record.id for ex in pool}  # a record a reader labelled is trained on with the reader's label
    external = [_example(r) for r in iter_external_records(args.shared, skip)]
    print(f"design set {len(design)} records, extra set {len(extra)} ({'trained on' if use_extra else 'not trained on'})"
          f", training pool {len(pool)} ({_parts(pool)}), external {len(external)} records (title hidden)",
          file=sys.stderr)

    if args.learning_curve:
        from .design_curve import learning_curve

        print(learning_curve(design, external, params, extra, pool))
        return 0
    decisions = list(DECISIONS) if args.ablation else [DEFAULT_DECISION]
    measured = evaluate(design, external, params, decisions, extra, use_extra, pool)
    print("| decision | external held-out slice: design | records | vs default: right only here / only there "
          "| development-part CV: design | sample size | records | extra set" + (" CV" if use_extra else "") +
          ": design | sample size | records |\n|---|---|---|---|---|---|---|---|---|---|")
    base = measured[DEFAULT_DECISION]
    for name in decisions:
        cv, sliced, extra_cv, _ = measured[name]
        (sd, _, _, sn), (cd, cs, _, cn), (ed, es, _, en) = _accuracy(sliced), _accuracy(cv), _accuracy(extra_cv)
        print(f"| {name}{' (default)' if name == DEFAULT_DECISION else ''} | {sd:.3f} | {sn} | "
              f"{_paired(sliced, base[1])} | {cd:.3f} | {cs:.3f} | {cn} | {ed:.3f} | {es:.3f} | {en} |")
    for name in decisions:
        print(f"\nexternal held-out slice, {name}, right/records by class: {_per_class(measured[name][1])}")
        print(f"extra set, {name}, right/records by class: {_per_class(measured[name][2])}")
    cv, sliced, extra_cv, pool_cv = base
    if pool_cv:
        d, sz, _, n = _accuracy(pool_cv)
        print(f"\ntraining pool, 5-fold CV ({n} records, two readers, adjudicated): design {d:.3f}, sample size {sz:.3f}; "
              f"by class: {_per_class(pool_cv)}")
        parts = sorted({c.record.part for c in pool_cv})
        for part in parts if len(parts) > 1 else ():
            d, sz, _, n = _accuracy([c for c in pool_cv if c.record.part == part])
            print(f"  of which {part} ({n} records): design {d:.3f}, sample size {sz:.3f}")
    if use_extra:
        d, sz, _, n = _accuracy(cv + extra_cv)
        print(f"\ncombined CV (development part + extra set, {n} records): design {d:.3f}, sample size {sz:.3f}")
    for label, calls in (("development-part CV", cv), ("external held-out slice", sliced), ("extra set", extra_cv)):
        print(f"{label}, design errors by question and class pair: {_error_groups(calls)}")
    print(f"development-part CV, rules alone: {_accuracy(cv)[2]:.3f}; external held-out slice, rules alone: "
          f"{_accuracy(sliced)[2]:.3f}; extra set, rules alone: {_accuracy(extra_cv)[2]:.3f}")
    trained_extra = extra if use_extra else []
    final = fit(list(external) + list(design) + trained_extra + pool, **params)  # type: ignore[arg-type]
    rows = [("whole design set, shipped model (in-sample)", *_accuracy(_calls(final, design)))]
    if args.heldout_third:
        dev_part = [ex for ex in design if not heldout(ex.record.id)]
        held = _calls(fit(list(external) + dev_part + trained_extra + pool, **params),  # type: ignore[arg-type]
                      [ex for ex in design if heldout(ex.record.id)])
        rows.insert(0, ("held-out third, model fitted without it", *_accuracy(held)))
    print("\n| figure | design | sample size | rules alone | records |\n|---|---|---|---|---|")
    for name, d, sz, r, n in rows:
        print(f"| {name} | {d:.3f} | {sz:.3f} | {r:.3f} | {n} |")
    print("\nreliability (development-part CV, external held-out slice and extra-set calls)\n| confidence | calls "
          "| accuracy |"
          "\n|---|---|---|")
    for row in _reliability(cv + sliced + extra_cv):
        print("| {} | {} | {} |".format(*row))
    if args.errors:
        # the pool's folds 3-4 are the rounds' judge (docs/design.md, rounds 8-12): their errors are never listed
        read_pool = [c for c in pool_cv if pool_fold(c.record.id) < 3]
        for label, calls in (("the development part", cv), ("the extra set", extra_cv),
                             ("the training pool, folds 0-2", read_pool)):
            print(f"\ncross-validated errors of {label} (gold -> called, confidence, evidence):")
            for c in sorted(calls, key=lambda c: c.record.id):
                if c.design != c.record.design or c.sample_size != c.record.sample_size:
                    print(f"  {c.record.id} {c.record.design} -> {c.design} ({c.confidence:.2f}; rule {c.rule}); "
                          f"size {c.record.sample_size} -> {c.sample_size}; {c.evidence!r:.160}")
    if not args.no_write:
        _write(final, args.out)
        print(f"\nwrote {args.out} ({len(final.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
