"""Train and measure the pair model of :mod:`ipkg.extract.pair_model` (run from a checkout, never at run time).

    python -m ipkg.extract.train_pairs [--shared /work/shared] [--out src/ipkg/extract/data/pair_model.json.gz]
    python -m ipkg.extract.train_pairs --diagnose      # where the rules lose recall (docs/findings.md section 10)
    python -m ipkg.extract.train_pairs --cv-only       # the cross-validated figures, nothing written

Data: the curated findings of the dev set and of the immunopsychiatry tuning part (:mod:`ipkg.extract.pair_corpus`;
the held-out parts are never read). Every candidate pair (:func:`ipkg.extract.pair_model.candidates`) is labelled
with the gold relation of its concept pair (matched as ``tools/score_findings.py`` matches concepts) when the
gold's evidence is this sentence (or, when the evidence is found in no sentence, any sentence naming the pair),
else ``none``. Evaluation: five folds grouped by abstract (each fold holds dev and tune abstracts; no abstract is
ever in the training and the test side); for each fold a logistic regression (scikit-learn, multinomial, L2) is
fitted on the other four and reads the fold's abstracts as :func:`~ipkg.extract.pair_model.pair_findings` would.
The out-of-fold additions are scored with the rules' findings, per part (strict, pair, harmful), for each
threshold; the threshold kept is the lowest whose added findings are strictly right at least :data:`MIN_PRECISION`
of the time over all folds. The model is then refitted on everything and written (:mod:`ipkg.extract.linear_fit`,
the trainers' one fitting path: sorted JSON, weights rounded to 4 decimals): same data, same scikit-learn, same
bytes.
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
from .pair_model import MODEL_PATH, RELATIONS, Candidate, candidates, predictions, related

__all__ = ["FOLDS", "MIN_PRECISION", "beats_rules", "diagnose", "evaluate", "fit", "folds",
           "labelled_rows", "main", "polarity", "score_part", "strict_misses"]

FOLDS = 5
#: the precision the added findings must reach out of fold (strict)
MIN_PRECISION = 0.6
#: the inverse regularisation strength (chosen by the out-of-fold F1 over the grid in the docs)
C = 0.3
#: thresholds tried
THRESHOLDS = tuple(round(0.05 + 0.05 * i, 2) for i in range(19))


def tested(abstract: Abstract) -> frozenset[str]:
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


def labelled_rows(abstract: Abstract, tool, uncovered: bool = False  # type: ignore[no-untyped-def]
                  ) -> list[tuple[list[str], str]]:
    """(features, label) of every candidate pair of one abstract; with ``uncovered`` only the pairs the rules
    leave empty (the pairs the model is applied to)."""
    skip = related(abstract.found) if uncovered else frozenset()
    cands = list(candidates(abstract.annotated, skip, tested(abstract)))
    return [(c.features, label) for c, label in zip(cands, labels(abstract, cands, tool))]


def fit(rows: Sequence[tuple[list[str], str]], c: float = C, meta: dict | None = None) -> LinearModel:
    """A multinomial logistic regression over the rows, as shipped (:func:`ipkg.extract.linear_fit.exported`:
    features whose weights are all below 0.005 dropped, 4 decimals)."""
    model = linear_fit.fit([feats for feats, _ in rows], [label for _, label in rows], c=c, max_iter=5000)
    return linear_fit.exported(model, min_weight=0.005, meta=meta or {})


def polarity(f: Finding) -> str:
    """The polarity the scorer compares: negated, hedged or asserted."""
    return "negated" if f.negated else "hedged" if f.hedged else "asserted"


def strictly_right(abstract: Abstract, tool) -> list[bool]:  # type: ignore[no-untyped-def]
    """Whether each of the rules' findings of ``abstract`` is strictly right (a gold finding with its subject,
    relation, object and polarity, matched as the scorer matches)."""
    out = []
    for f in abstract.found:
        if f.obj is None:
            out.append(False)
            continue
        s, o, pol = concept_view(f.subject, tool), concept_view(f.obj, tool), polarity(f)
        out.append(any(tool.matches(g["subject"], s) and tool.matches(g["object"], o) and g["relation"] == f.predicate
                       and g["polarity"] == pol for g in abstract.gold))
    return out


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
    """The fold of each abstract: by a hash of its id, dealt in turn within each part (so every fold holds both)."""
    out = [0] * len(abstracts)
    for part in sorted({a.part for a in abstracts}):
        members = sorted((i for i, a in enumerate(abstracts) if a.part == part), key=lambda i: _fold(abstracts[i]))
        for n, i in enumerate(members):
            out[i] = n % k
    return out


def out_of_fold(abstracts: Sequence[Abstract], rows: Sequence[list[tuple[list[str], str]]], c: float = C
                ) -> dict[str, list[tuple[float, Finding]]]:
    """Every abstract's (probability, finding) of the pairs its rules leave empty, from a model of the other folds."""
    assignment = folds(abstracts)
    out: dict[str, list[tuple[float, Finding]]] = {}
    for k in range(FOLDS):
        train = [row for i, r in enumerate(rows) if assignment[i] != k for row in r]
        model = fit(train, c)
        for i, a in enumerate(abstracts):
            if assignment[i] == k:
                out[a.key] = predictions(model, a.annotated, a.found, tested(a))
    return out


def _added(oof: dict[str, list[tuple[float, Finding]]], threshold: float) -> dict[str, list[Finding]]:
    return {key: [f for p, f in found if p >= threshold] for key, found in oof.items()}


def _line(name: str, result: dict) -> str:
    s, p = result["strict"], result["pair"]
    added = f"added {result['added']} (right {result['added_right']})" if result["added"] else ""
    return (f"{name:<28} strict P {s[0]:.3f} R {s[1]:.3f} F1 {s[2]:.3f}  pair P {p[0]:.3f} R {p[1]:.3f}  "
            f"harmful {result['harmful']}  {added}")


def evaluate(abstracts: Sequence[Abstract], tool, c: float = C, verbose: bool = True,  # type: ignore[no-untyped-def]
             uncovered: bool = False) -> tuple[float | None, dict]:
    """The out-of-fold figures of each threshold; the threshold chosen (``None`` when none reaches the precision)."""
    rows = [labelled_rows(a, tool, uncovered) for a in abstracts]
    oof = out_of_fold(abstracts, rows, c)
    parts = sorted({a.part for a in abstracts})
    table: dict = {}
    chosen = None
    for t in (None, *THRESHOLDS):
        added = _added(oof, t) if t is not None else {}
        results = {part: score_part([a for a in abstracts if a.part == part], added, tool) for part in parts}
        results["all"] = score_part(abstracts, added, tool)
        table[t] = results
        total = results["all"]
        if verbose:
            for part in (*parts, "all"):
                print(_line(f"{'rules' if t is None else f't {t:.2f}'} {part}", results[part]))
        if t is not None and chosen is None and total["added"] and total["added_right"] >= MIN_PRECISION * total["added"]:
            chosen = t
    return chosen, table


def beats_rules(table: dict, threshold: float | None) -> bool:
    """The shipping test (issue 12 brief): at ``threshold``, the out-of-fold strict F1 of the rules plus the model's
    additions beats the rules alone on the dev part and on the tune part, and the dev part has no harmful finding."""
    if threshold is None:
        return False
    rules, model = table[None], table[threshold]
    return (all(model[part]["strict"][2] > rules[part]["strict"][2] for part in ("dev", "tune"))
            and model["dev"]["harmful"] == 0)


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the pair model on the dev and tune findings, write it.")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--diagnose", action="store_true", help="print where the rules lose recall, and stop")
    ap.add_argument("--parts", default=",".join(PARTS), help="the curated parts read (comma-separated)")
    ap.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    ap.add_argument("-C", type=float, default=C)
    ap.add_argument("--uncovered", action="store_true",
                    help="train on the pairs the rules leave empty only (the default: every candidate pair)")
    args = ap.parse_args(argv)
    tool = scorer(args.shared)
    abstracts = [a for part in args.parts.split(",") for a in load_part(part, args.shared)]
    if args.diagnose:
        for part, counts in diagnose(abstracts, tool).items():
            print(part, ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
        return 0
    chosen, table = evaluate(abstracts, tool, args.C, uncovered=args.uncovered)
    ships = beats_rules(table, chosen)
    print(f"threshold chosen: {chosen}; rules + model beat the rules on both parts: {'yes' if ships else 'no'}")
    if args.cv_only:
        return 0
    if not ships:
        print("no model written: out of fold it does not beat the rules (docs/findings.md section 10)")
        return 1
    rows = [row for a in abstracts for row in labelled_rows(a, tool, args.uncovered)]
    model = fit(rows, args.C, {"threshold": chosen, "C": args.C, "rows": len(rows),
                               "trained_on": args.parts})
    linear_fit.write(args.out, model)
    print(f"wrote {args.out} ({len(model.weights)} features, {len(rows)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
