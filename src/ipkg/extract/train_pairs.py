"""Train and measure the pair model of :mod:`ipkg.extract.pair_model` (run from a checkout, never at run time).

    python -m ipkg.extract.train_pairs [--shared /work/shared] [--out src/ipkg/extract/data/pair_model.json.gz]
    python -m ipkg.extract.train_pairs --diagnose      # where the rules lose recall (docs/findings.md section 10)
    python -m ipkg.extract.train_pairs --cv-only       # the cross-validated figures, nothing written

Data: the curated findings of the four readable parts (:mod:`ipkg.extract.pair_corpus`: dev's read half, tune,
tune2, tune3; the held-out parts and dev's unread half are never read). Every candidate pair
(:func:`ipkg.extract.pair_model.candidates`) is labelled with the gold relation of its concept pair (matched as
``tools/score_findings.py`` matches concepts) when the gold's evidence is this sentence (or, when the evidence is
found in no sentence, any sentence naming the pair), else ``none``. Evaluation (:mod:`ipkg.extract.pair_cv`): five
folds grouped by abstract and dealt within each part; every variant of :data:`ipkg.extract.pair_cv.VARIANTS` reads
each fold by a model of the other four at a threshold chosen on the other four; the out-of-fold readings are scored
with the rules' findings per part and pooled (strict, pair, harmful) and put to the shipping test
(:func:`ipkg.extract.pair_cv.passes`). The first variant that passes is refitted on everything and written
(:mod:`ipkg.extract.linear_fit`, the trainers' one fitting path: sorted JSON, weights rounded to 4 decimals): same
data, same scikit-learn, same bytes. None passed in session 22 (docs/findings.md section 10b): no model is shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ..learn import LinearModel
from ..models import Finding
from . import linear_fit
from .pair_corpus import PARTS, REPO, Abstract, concept_view, load_part, scorer
from .pair_model import MODEL_PATH, RELATIONS, Candidate

__all__ = ["FOLDS", "diagnose", "fit", "folds", "gold_polarities", "labels", "main", "polarity", "report", "score_part",
           "pico_tested", "strict_misses", "strictly_right"]

FOLDS = 5
#: the inverse regularisation strength (the default of a fit)
C = 0.3


def pico_tested(abstract: Abstract) -> frozenset[str]:
    """The PICO's tested interventions and studied conditions of ``abstract`` (IRIs)."""
    pico = abstract.pico
    return frozenset(c.iri for c in (*pico.interventions, *pico.conditions))


def _tokens(text: str) -> set[str]:
    return {w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in text).split() if len(w) > 2}


def _evidence_sentences(abstract: Abstract, gold: dict) -> set[int]:
    """The sentences (indexes) that hold most of the gold finding's evidence words."""
    words = _tokens(gold.get("evidence", ""))
    if not words:
        return set()
    out = set()
    for s in abstract.annotated.sentences:
        if len(words & _tokens(s.text)) >= 0.8 * len(words):
            out.add(s.index)
    return out


def labels(abstract: Abstract, cands: Sequence[Candidate], tool) -> list[str]:  # type: ignore[no-untyped-def]
    """The label of each candidate pair of ``abstract`` (see the module docstring): the gold relation of its
    concept pair when the gold's evidence is its sentence, else ``none``."""
    evidence = [_evidence_sentences(abstract, g) for g in abstract.gold]
    out = []
    for cand in cands:
        s, o = concept_view(cand.subject.concept, tool), concept_view(cand.obj.concept, tool)
        label = "none"
        for gold, where in zip(abstract.gold, evidence):
            if gold["relation"] in RELATIONS and tool.matches(gold["subject"], s) and tool.matches(gold["object"], o):
                if not where or cand.sentence.index in where:
                    label = gold["relation"]
                    break
        out.append(label)
    return out


def fit(rows: Sequence[tuple[list[str], str]], c: float = C, meta: dict | None = None) -> LinearModel:
    """A multinomial logistic regression over the rows, as shipped (:func:`ipkg.extract.linear_fit.exported`:
    features whose weights are all below 0.005 dropped, 4 decimals)."""
    model = linear_fit.fit([feats for feats, _ in rows], [label for _, label in rows], c=c, max_iter=5000)
    return linear_fit.exported(model, min_weight=0.005, meta=meta or {})


def polarity(f: Finding) -> str:
    """The polarity the scorer compares: negated, hedged or asserted."""
    return "negated" if f.negated else "hedged" if f.hedged else "asserted"


def gold_polarities(abstract: Abstract, tool) -> list[frozenset[str]]:  # type: ignore[no-untyped-def]
    """For each of the rules' findings of ``abstract``, the polarities of the gold findings with its subject,
    relation and object (matched as the scorer matches); empty when there is none."""
    out = []
    for f in abstract.found:
        if f.obj is None:
            out.append(frozenset())
            continue
        s, o = concept_view(f.subject, tool), concept_view(f.obj, tool)
        out.append(frozenset(g["polarity"] for g in abstract.gold if g["relation"] == f.predicate
                             and tool.matches(g["subject"], s) and tool.matches(g["object"], o)))
    return out


def strictly_right(abstract: Abstract, tool) -> list[bool]:  # type: ignore[no-untyped-def]
    """Whether each of the rules' findings of ``abstract`` is strictly right (a gold finding with its subject,
    relation, object and polarity, matched as the scorer matches)."""
    return [polarity(f) in pols for f, pols in zip(abstract.found, gold_polarities(abstract, tool))]


def _units(findings: Iterable[Finding]) -> dict[tuple, Finding]:
    """The scorer's units (subject, relation, object, polarity) of some findings, the first finding of each."""
    units: dict[tuple, Finding] = {}
    for f in findings:
        if f.obj is not None:
            units.setdefault((f.subject.iri, f.predicate, f.obj.iri, polarity(f)), f)
    return units


def score_part(abstracts: Iterable[Abstract], added: dict, tool) -> dict:  # type: ignore[no-untyped-def]
    """Strict and pair P/R/F1, harmful, and the strict precision of the added findings alone, as
    ``tools/score_findings.py`` counts them (one finding per subject, relation, object and polarity). ``added``
    maps an abstract's key to the findings added to the rules', or to (the rules' findings as kept or changed,
    the findings added); "dropped" counts the rules' units no longer stated, "dropped_right" those strictly right."""
    n = Counter()
    for a in abstracts:
        reading = added.get(a.key, [])
        kept, extra_found = reading if isinstance(reading, tuple) else (a.found, reading)
        rules = _units(a.found)
        units = _units(kept)
        extra_units = {k: f for k, f in _units(extra_found).items() if k not in units}
        preds = [(concept_view(f.subject, tool), f.predicate, concept_view(f.obj, tool), unit[3], unit in extra_units,
                  unit not in rules) for unit, f in (*units.items(), *extra_units.items())]
        n["gold"] += len(a.gold)
        n["pred"] += len(preds)
        hit_g, loose_g = [False] * len(a.gold), [False] * len(a.gold)
        for s, rel, o, pol, extra, new in preds:
            strict = loose = bad = False
            for i, g in enumerate(a.gold):
                if not (tool.matches(g["subject"], s) and tool.matches(g["object"], o)):
                    continue
                if rel == g["relation"] or {rel, g["relation"]} <= tool.CHANGES:
                    loose = loose_g[i] = True
                if rel == g["relation"] and pol == g["polarity"]:
                    strict = hit_g[i] = True
                bad |= pol == "asserted" and rel == g["relation"] and g["polarity"] == "negated"
            n["strict_p"] += strict
            n["pair_p"] += loose
            n["harmful"] += bad
            n["added"] += extra or new
            n["added_right"] += (extra or new) and strict
        gone = [f for unit, f in rules.items() if unit not in units]
        n["dropped"] += len(gone)
        n["dropped_right"] += sum(strictly_right(replace(a, found=tuple(gone)), tool))
        n["strict_g"] += sum(hit_g)
        n["pair_g"] += sum(loose_g)
    out = {"gold": n["gold"], "pred": n["pred"], "harmful": n["harmful"], "added": n["added"],
           "added_right": n["added_right"], "dropped": n["dropped"], "dropped_right": n["dropped_right"]}
    for kind in ("strict", "pair"):
        p = n[f"{kind}_p"] / n["pred"] if n["pred"] else 0.0
        r = n[f"{kind}_g"] / n["gold"] if n["gold"] else 0.0
        out[kind] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3))
    return out


def _fold(abstract: Abstract) -> int:
    return int(hashlib.sha256(f"{abstract.part}:{abstract.key}".encode()).hexdigest(), 16)


def folds(abstracts: Sequence[Abstract], k: int = FOLDS) -> list[int]:
    """The fold of each abstract: by a hash of its id, dealt in turn within each part (so every fold holds every
    part that has at least ``k`` abstracts)."""
    out = [0] * len(abstracts)
    for part in sorted({a.part for a in abstracts}):
        members = sorted((i for i, a in enumerate(abstracts) if a.part == part), key=lambda i: _fold(abstracts[i]))
        for n, i in enumerate(members):
            out[i] = n % k
    return out


_GREEK = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ", "epsilon": "ε"}


def _written(abstract: Abstract, concept: dict, tool) -> str:  # type: ignore[no-untyped-def]
    """How an argument no mention grounds is written: its label or an alias in the text with no mention there
    ("named in the text (no mention)": a lexicon gap), the same words covered by a mention of another concept
    ("named in the text (another concept there)"), or neither ("paraphrased": the text words it otherwise; the
    tune gold gives no aliases, so there this also counts labels the text words differently)."""
    names = {tool.norm(n) for n in (concept["label"], *concept.get("aliases", ()))} - {""}
    spans = [m for m in abstract.annotated.mentions]
    found = False
    for name in names:
        words = [f"(?:{re.escape(w)}|{_GREEK[w]})" if w in _GREEK else re.escape(w) for w in name.split()]
        pattern = re.compile(r"(?<![a-z0-9])" + r"[\W_]*".join(words) + r"(?![a-z0-9])", re.IGNORECASE)
        for passage, text in abstract.annotated.document.passages():
            for hit in pattern.finditer(text):
                found = True
                if any(m.passage == passage and m.start < hit.end() and hit.start() < m.end for m in spans):
                    return "named in the text (another concept there)"
    return "named in the text (no mention)" if found else "paraphrased"


def strict_misses(a: Abstract, preds: Sequence[tuple], tool,  # type: ignore[no-untyped-def]
                  counts: Counter) -> Iterator[tuple]:
    """The gold findings of ``a`` the rules miss strictly, given their stated findings ``preds`` (subject view,
    relation, object view, polarity), each as (gold finding, kind, the (relation, polarity) stated for its pair, the
    mentions grounded to its subject, to its object); ``counts`` gets "gold", "found" and "missed". The kinds: "d
    wrong polarity" or "d wrong relation" when the pair is stated otherwise (the mentions left empty); "c not
    grounded" when an argument is grounded nowhere in the abstract; else "a both grounded"."""
    views = [(m, concept_view(m.concept, tool)) for m in a.annotated.mentions]
    for g in a.gold:
        counts["gold"] += 1
        pair = [(r, pol) for s, r, o, pol in preds if tool.matches(g["subject"], s) and tool.matches(g["object"], o)]
        if any(r == g["relation"] and pol == g["polarity"] for r, pol in pair):
            counts["found"] += 1
            continue
        counts["missed"] += 1
        if pair:
            kind = "d wrong polarity" if any(r == g["relation"] for r, _ in pair) else "d wrong relation"
            yield g, kind, pair, set(), set()
            continue
        subject = {m for m, v in views if tool.matches(g["subject"], v)}
        obj = {m for m, v in views if tool.matches(g["object"], v)}
        yield g, "c not grounded" if not subject or not obj else "a both grounded", pair, subject, obj


def diagnose(abstracts: Sequence[Abstract], tool) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    """Per part, the gold findings the rules miss (strictly), by kind (:func:`strict_misses`): (d) the pair is
    found with another relation or polarity; (c) an argument is grounded nowhere in the abstract; (a) both are
    grounded, (b) of those, in one sentence (by that sentence's role)."""
    out: dict[str, Counter] = {}
    for a in abstracts:
        c = out.setdefault(a.part, Counter())
        preds = [(concept_view(f.subject, tool), f.predicate, concept_view(f.obj, tool), polarity(f))
                 for f in a.found if f.obj is not None]
        for g, kind, _, subject, obj in strict_misses(a, preds, tool, c):
            c[kind] += 1
            if kind == "c not grounded":
                c["c subject not grounded"] += not subject
                c["c object not grounded"] += not obj
                for side, grounded in (("subject", subject), ("object", obj)):
                    if not grounded:
                        c[f"c  argument {_written(a, g[side], tool)}"] += 1
            elif kind == "a both grounded":
                roles = {s.role for s in a.annotated.sentences
                         if subject & set(s.mentions) and obj & set(s.mentions)}
                if roles:
                    c["b one sentence"] += 1
                    for role in roles:
                        c[f"b  in a {role} sentence"] += 1
    return out


def _figures(result: dict) -> str:
    s = result["strict"]
    return f"P {s[0]:.3f} R {s[1]:.3f} F1 {s[2]:.3f}"


def report(name: str, results: dict[str, dict], extra: str = "") -> str:
    """One line of the variants table: strict F1 per part and pooled, what was added and dropped (right)."""
    total = results["all"]
    parts = "  ".join(f"{part} {r['strict'][2]:.3f}" for part, r in results.items() if part != "all")
    return (f"{name:<38} {parts}  all {_figures(total)}  added {total['added']} ({total['added_right']} right)  "
            f"dropped {total['dropped']} ({total['dropped_right']} right)  harmful {total['harmful']}{extra}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Measure the pair model's variants out of fold; write the first that "
                                             "passes the shipping test.")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--diagnose", action="store_true", help="print where the rules lose recall, by part, and stop")
    ap.add_argument("--parts", default=",".join(PARTS), help="the curated parts read (comma-separated)")
    ap.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    ap.add_argument("--variant", action="append", default=[],
                    help="measure only the variants whose name holds this text (repeatable; default: all)")
    args = ap.parse_args(argv)
    from . import pair_cv  # it builds on this module's labels and scoring

    tool = scorer(args.shared)
    abstracts = [a for part in args.parts.split(",") for a in load_part(part, args.shared)]
    if args.diagnose:
        for part, counts in diagnose(abstracts, tool).items():
            print(part, ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
        return 0
    preps = [pair_cv.prepare(a, tool) for a in abstracts]
    assignment = folds(abstracts)
    rules = pair_cv.by_part(preps, {}, tool)
    print(report("rules alone", rules))
    passing = []
    for variant in pair_cv.VARIANTS:
        if args.variant and not any(text in variant.name for text in args.variant):
            continue
        readings, chosen, scored = pair_cv.run(variant, preps, assignment, tool)
        results = pair_cv.by_part(preps, readings, tool)
        ok = pair_cv.passes(rules, results)
        hindsight = max((pair_cv.by_part(preps, pair_cv.readings(variant, scored, t), tool)["all"]["strict"][2], t)
                        for t in variant.thresholds())
        print(report(variant.name, results, f"  thresholds {chosen}  {'PASSES' if ok else 'fails'}  "
                                            f"(hindsight: best pooled F1 {hindsight[0]:.3f} at {hindsight[1]})"))
        if ok and variant.mode != "confidence":  # the shipped confidence has its own trainer (train_confidence)
            passing.append(variant)
    if args.cv_only:
        return 0
    if not passing:
        print("no model written: no variant passes the shipping test out of fold (docs/findings.md section 10b)")
        return 1
    variant = passing[0]
    _, _, scored = pair_cv.run(variant, preps, assignment, tool)
    threshold = pair_cv.choose(variant, scored, tool)
    rows = pair_cv.rows(variant, preps)
    model = fit(pair_cv.pruned(rows), variant.c, {"variant": variant.name, "mode": variant.mode,
                                                  "threshold": threshold, "C": variant.c, "rows": len(rows),
                                                  "trained_on": args.parts})
    linear_fit.write(args.out, model)
    print(f"wrote {args.out} ({variant.name}, threshold {threshold}, {len(model.weights)} features, {len(rows)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
