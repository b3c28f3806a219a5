"""The pair model's variants, measured out of fold on the readable curated parts (issue 12; docs/findings.md 10b).

The ways a pair model is used beside the rules (:mod:`ipkg.extract.pair_model` gives the candidates and features):

* ``add``: a concept pair no rule finding relates gets the model's finding when its probability of some relation
  reaches the threshold (section 10's use);
* ``filter``: a rule finding whose pair the model scores low in the finding's own sentence (probability of some
  relation below the threshold) is dropped; a finding with no candidate there (an argument in another sentence,
  a relation the class table does not list) is kept;
* ``relabel``: a second opinion on the relation: a rule finding's relation is replaced by the model's most probable
  allowed relation when that one is more probable by at least the threshold;
* ``polarity``: a second opinion on the polarity: a model trained on the rules' findings that have a gold finding of
  the same subject, relation and object (label: that gold finding's polarity) over the pair's features and the
  rule's own polarity; the rule's polarity is replaced by the model's when that one is more probable by at least
  the threshold;
* ``judge``: a binary model trained on the rules' own findings (strictly right or not, as the scorer counts),
  with the pair's features where a candidate is found and the rule's relation, polarity and role; a finding
  judged right less often than the threshold is dropped;
* ``confidence``: no fit here: the shipped finding confidence (:mod:`ipkg.extract.confidence`, trained on the
  hand-judged fresh samples, not on these parts) as the filter, for comparison.

Evaluation: five folds grouped by abstract and dealt within each part (:func:`ipkg.extract.train_pairs.folds`).
Every fold's abstracts are read by a model fitted on the other four, at a threshold chosen on those four alone
(the best pooled strict F1 of the other four folds' out-of-fold readings; none when no threshold beats the rules
there). So no abstract is read by a model trained on it, and its own labels do not score its threshold (they did
train the models whose readings of the other folds choose it: a small leak, in the model's favour). The shipping
test (:func:`passes`) was fixed before any variant was run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..learn import LinearModel
from ..models import Finding
from .pair_corpus import Abstract
from .pair_model import Candidate, allowed, candidates, related, to_finding
from .train_pairs import fit, gold_polarities, labels, pico_tested, polarity, score_part

__all__ = ["ADD_THRESHOLDS", "FILTER_THRESHOLDS", "MAX_F1_LOSS", "MIN_COUNT", "VARIANTS", "Prepared", "Scored", "Variant",
           "apply", "by_part", "choose", "features", "passes", "prepare", "pruned", "readings", "rows", "run", "score"]

#: thresholds tried by ``add`` and ``judge`` (probability of a relation / of being right)
ADD_THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(18))
#: thresholds tried by ``filter`` (a rule finding is dropped below them) and ``relabel`` (the margin)
FILTER_THRESHOLDS = (0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
#: features seen in fewer training rows are left out of a fit (they cannot carry to another abstract)
MIN_COUNT = 2
#: how far below the rules' strict F1 any one part may fall (the shipping test)
MAX_F1_LOSS = 0.005


@dataclass(frozen=True)
class Variant:
    """One way of training and using the model."""

    name: str
    mode: str  #: "add", "filter", "relabel", "polarity", "judge" or "confidence"
    c: float = 0.3
    uncovered: bool = False  #: train on the pairs the rules leave empty only
    roles: frozenset[str] | None = None  #: candidates of these sentence roles only (None: every role)
    design: bool = False  #: the design class as a feature (alone and with the class pair)
    cues: bool = False  #: the rules' reading of the sentence as features (see :func:`_cue_features`)

    def thresholds(self) -> tuple[float, ...]:
        return FILTER_THRESHOLDS if self.mode in ("filter", "relabel", "polarity") else ADD_THRESHOLDS


@dataclass
class Prepared:
    """One abstract's candidate pairs (features before the variant's extras), labels and the rules' findings."""

    abstract: Abstract
    cands: list[Candidate]
    labels: list[str]  #: the gold relation of each candidate, or "none"
    polarities: list[frozenset[str]]  #: each rule finding's gold polarities (:func:`~.train_pairs.gold_polarities`)

    @property
    def right(self) -> list[bool]:
        """Whether each rule finding (of ``abstract.found``) is strictly right."""
        return [polarity(f) in pols for f, pols in zip(self.abstract.found, self.polarities)]


def prepare(abstract: Abstract, tool) -> Prepared:  # type: ignore[no-untyped-def]
    """An abstract's every candidate pair (the PICO's tested interventions and studied conditions marked), labelled
    as :func:`ipkg.extract.train_pairs.labels` labels them, and the rules' findings judged."""
    cands = list(candidates(abstract.annotated, frozenset(), pico_tested(abstract)))
    return Prepared(abstract, cands, labels(abstract, cands, tool), gold_polarities(abstract, tool))


def _cue_features(prep: Prepared, cand: Candidate) -> list[str]:
    """What the rules read in the candidate's sentence: the relations of their findings there, and whether either
    argument takes part in one of them."""
    out = []
    for f in prep.abstract.found:
        if f.obj is None or f.passage != cand.sentence.passage or not cand.sentence.start <= f.start < cand.sentence.end:
            continue
        out.append(f"RULE={f.predicate}")
        if cand.subject.concept.iri in (f.subject.iri, f.obj.iri):
            out.append("S_IN_RULE")
        if cand.obj.concept.iri in (f.subject.iri, f.obj.iri):
            out.append("O_IN_RULE")
    return sorted(set(out))


def features(variant: Variant, prep: Prepared, cand: Candidate) -> list[str]:
    """A candidate's features under ``variant``."""
    feats = list(cand.features)
    group = f"{cand.subject.concept.cls}>{cand.obj.concept.cls}"
    if variant.design:
        design = prep.abstract.design or "unknown"
        feats += [f"DESIGN={design}", f"G+DESIGN={group}|{design}"]
    if variant.cues:
        feats += _cue_features(prep, cand)
    return feats


def _kept(variant: Variant, cand: Candidate) -> bool:
    return variant.roles is None or cand.sentence.role in variant.roles


def _matches(prep: Prepared, f: Finding) -> list[int]:
    """The candidates of a rule finding: its ordered concept pair in its own sentence."""
    if f.obj is None:
        return []
    return [i for i, c in enumerate(prep.cands)
            if c.key == (f.subject.iri, f.obj.iri) and c.sentence.passage == f.passage
            and c.sentence.start <= f.start < c.sentence.end]


def _judge_features(variant: Variant, prep: Prepared, f: Finding) -> list[str]:
    """A rule finding's features for ``judge``: its candidate's (the first), else the classes, and the rule's
    relation and polarity."""
    found = _matches(prep, f)
    pol = polarity(f)
    group = f"{f.subject.cls}>{f.obj.cls if f.obj else '-'}"
    base = features(variant, prep, prep.cands[found[0]]) if found else ["NOCAND", f"G={group}", f"ROLE={f.role}"]
    return [*base, f"P={f.predicate}", f"POL={pol}", f"P+G={f.predicate}|{group}", f"P+POL={f.predicate}|{pol}",
            f"P+ROLE={f.predicate}|{f.role}"]


def rows(variant: Variant, preps: Sequence[Prepared]) -> list[tuple[list[str], str]]:
    """The training rows of ``variant`` from these abstracts."""
    out = []
    for prep in preps:
        if variant.mode == "judge":
            out += [(_judge_features(variant, prep, f), "right" if ok else "wrong")
                    for f, ok in zip(prep.abstract.found, prep.right) if f.obj is not None]
            continue
        if variant.mode == "polarity":  # a gold finding of two polarities teaches neither
            out += [(_judge_features(variant, prep, f), next(iter(pols)))
                    for f, pols in zip(prep.abstract.found, prep.polarities) if len(pols) == 1]
            continue
        skip = related(prep.abstract.found) if variant.uncovered else frozenset()
        out += [(features(variant, prep, c), label) for c, label in zip(prep.cands, prep.labels)
                if _kept(variant, c) and c.key not in skip]
    return out


@dataclass
class Scored:
    """One abstract read by one model: what each threshold would make of the rules' findings."""

    prep: Prepared
    #: ``add``: (probability, finding) of each pair the rules leave empty; else per rule finding its score
    #: (probability of some relation / of being right; ``relabel``: the margin) and, for ``relabel``, the relation
    items: list[tuple[float, Finding]]


def score(variant: Variant, model: LinearModel | None, prep: Prepared) -> Scored:
    """The model's reading of one abstract under ``variant``."""
    found = prep.abstract.found
    if variant.mode == "confidence":
        from .confidence import scored_findings
        from .confidence_features import FindingContext

        a = prep.abstract
        judged = scored_findings(FindingContext(a.annotated, found, a.pico, a.design or None))
        return Scored(prep, [(1.0 if g.confidence is None else g.confidence, f) for f, g in zip(found, judged)])
    assert model is not None
    if variant.mode == "polarity":
        items = []
        for f in found:
            if f.obj is None:
                items.append((0.0, f))
                continue
            p = dict(zip(model.classes, model.proba(_judge_features(variant, prep, f))))
            top = max(p, key=p.__getitem__)
            items.append((p[top] - p.get(polarity(f), 0.0),
                          replace(f, negated=top == "negated", hedged=top == "hedged")))
        return Scored(prep, items)
    if variant.mode == "judge":
        right = model.classes.index("right")
        return Scored(prep, [(model.proba(_judge_features(variant, prep, f))[right] if f.obj is not None else 1.0, f)
                             for f in found])
    probs = [model.proba(features(variant, prep, c)) if _kept(variant, c) else None for c in prep.cands]
    none = model.classes.index("none")
    if variant.mode == "add":
        skip = related(found)
        best: dict[tuple[str, ...], tuple[float, int]] = {}
        for i, (c, p) in enumerate(zip(prep.cands, probs)):
            if p is None or c.key in skip:
                continue
            key, value = tuple(sorted(c.key)), 1.0 - p[none]
            if key not in best or value > best[key][0]:
                best[key] = (value, i)
        items = []
        for value, i in best.values():
            c, p = prep.cands[i], probs[i]
            ok = [(p[model.classes.index(r)], r) for r in allowed(c.subject.concept.cls, c.obj.concept.cls)
                  if r in model.classes]
            if ok:
                items.append((value, to_finding(c, max(ok)[1])))
        return Scored(prep, items)
    items = []
    for f in found:
        idx = [i for i in _matches(prep, f) if probs[i] is not None]
        if not idx:
            items.append((1.0 if variant.mode == "filter" else 0.0, f))
            continue
        if variant.mode == "filter":
            items.append((max(1.0 - probs[i][none] for i in idx), f))
            continue
        p = probs[idx[0]]
        c = prep.cands[idx[0]]
        ok = [(p[model.classes.index(r)], r) for r in allowed(c.subject.concept.cls, c.obj.concept.cls)
              if r in model.classes]
        own = p[model.classes.index(f.predicate)] if f.predicate in model.classes else 0.0
        top, relation = max(ok) if ok else (0.0, f.predicate)
        direction = {"increases": "increase", "decreases": "decrease"}.get(relation, f.direction)
        items.append((top - own, replace(f, predicate=relation, direction=direction) if relation != f.predicate else f))
    return Scored(prep, items)


def apply(variant: Variant, scored: Scored, threshold: float | None) -> tuple[tuple[Finding, ...], list[Finding]]:
    """(the rules' findings as kept or changed, the findings added) at ``threshold`` (``None``: the rules alone)."""
    found = scored.prep.abstract.found
    if threshold is None:
        return found, []
    if variant.mode == "add":
        return found, [f for p, f in scored.items if p >= threshold]
    if variant.mode in ("filter", "judge", "confidence"):
        return tuple(f for p, f in scored.items if p >= threshold), []
    # relabel and polarity: the model's reading where its margin reaches the threshold
    return tuple(new if margin >= threshold else old for (margin, new), old in zip(scored.items, found)), []


def _f1(variant: Variant, scored: Sequence[Scored], threshold: float | None, tool) -> float:  # type: ignore[no-untyped-def]
    return score_part([s.prep.abstract for s in scored], readings(variant, scored, threshold), tool)["strict"][2]


def readings(variant: Variant, scored: Sequence[Scored], threshold: float | None) -> dict:
    """:func:`apply`'s reading of every scored abstract at ``threshold``, by abstract key."""
    out = {}
    for s in scored:
        kept, added = apply(variant, s, threshold)
        out[s.prep.abstract.key] = (kept, added)
    return out


def _fit(variant: Variant, preps: Sequence[Prepared]) -> LinearModel | None:
    if variant.mode == "confidence":
        return None
    return fit(pruned(rows(variant, preps)), variant.c)


def pruned(train: Sequence[tuple[list[str], str]]) -> list[tuple[list[str], str]]:
    """The rows without the features seen in fewer than :data:`MIN_COUNT` of them."""
    seen = Counter(f for feats, _ in train for f in set(feats))
    return [([f for f in feats if seen[f] >= MIN_COUNT], label) for feats, label in train]


def choose(variant: Variant, scored: Sequence[Scored], tool) -> float | None:  # type: ignore[no-untyped-def]
    """The threshold of the best pooled strict F1 over ``scored`` (``None`` when none beats the rules there; ties:
    the threshold that changes the fewest findings)."""
    best, chosen = _f1(variant, scored, None, tool), None
    order = variant.thresholds()
    for t in (reversed(order) if variant.mode in ("add", "relabel", "polarity") else order):
        value = _f1(variant, scored, t, tool)
        if value > best + 1e-9:
            best, chosen = value, t
    return chosen


def run(variant: Variant, preps: Sequence[Prepared], assignment: Sequence[int], tool  # type: ignore[no-untyped-def]
        ) -> tuple[dict[str, tuple], list[float | None], list[Scored]]:
    """Out of fold: every abstract read by a model fitted on the other folds, at the threshold of the best pooled
    F1 over the other folds' out-of-fold readings (the fold's own labels never score its threshold). Returns the
    readings by abstract key, the threshold of each fold and the out-of-fold scores."""
    folds_ = sorted(set(assignment))
    scored: dict[int, list[Scored]] = {}
    for k in folds_:
        model = _fit(variant, [p for p, a in zip(preps, assignment) if a != k])
        scored[k] = [score(variant, model, p) for p, a in zip(preps, assignment) if a == k]
    out: dict[str, tuple] = {}
    chosen: list[float | None] = []
    for k in folds_:
        threshold = choose(variant, [s for j in folds_ if j != k for s in scored[j]], tool)
        chosen.append(threshold)
        out.update(readings(variant, scored[k], threshold))
    return out, chosen, [s for k in folds_ for s in scored[k]]


def passes(rules: dict[str, dict], model: dict[str, dict]) -> bool:
    """The shipping test (fixed before any variant was run): out-of-fold strict F1 of rules + model above the rules'
    on the pooled parts ("all"), not below them on any one part by more than :data:`MAX_F1_LOSS`, and no harmful
    finding more than the rules have on any part."""
    parts = [p for p in rules if p != "all"]
    return (model["all"]["strict"][2] > rules["all"]["strict"][2]
            and all(model[p]["strict"][2] >= rules[p]["strict"][2] - MAX_F1_LOSS for p in parts)
            and all(model[p]["harmful"] <= rules[p]["harmful"] for p in (*parts, "all")))


def by_part(preps: Sequence[Prepared], read: dict[str, tuple], tool) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """Strict and pair figures per part and pooled ("all") of the readings ``read`` (:func:`readings`)."""
    abstracts = [p.abstract for p in preps]
    out = {part: score_part([a for a in abstracts if a.part == part], read, tool)
           for part in sorted({a.part for a in abstracts})}
    out["all"] = score_part(abstracts, read, tool)
    return out


_RCT = frozenset({"results", "conclusions", "title"})
#: every variant measured: section 10's worth repeating, then the new uses (fixed before any was run; the polarity
#: second opinion and the shipped confidence as the filter were added afterwards)
VARIANTS = (
    *(Variant(f"add C {c}", "add", c) for c in (0.1, 0.3, 1.0, 3.0)),
    *(Variant(f"add uncovered C {c}", "add", c, uncovered=True) for c in (0.3, 1.0, 10.0)),
    Variant("add results/conclusions/title C 0.3", "add", 0.3, roles=_RCT),
    Variant("add cues C 0.3", "add", 0.3, cues=True),
    Variant("add design C 0.3", "add", 0.3, design=True),
    Variant("add uncovered design+cues C 1", "add", 1.0, uncovered=True, design=True, cues=True),
    *(Variant(f"filter C {c}", "filter", c) for c in (0.3, 1.0, 3.0)),
    Variant("filter design C 1", "filter", 1.0, design=True),
    Variant("filter cues C 1", "filter", 1.0, cues=True),
    Variant("filter design+cues C 1", "filter", 1.0, design=True, cues=True),
    *(Variant(f"relabel C {c}", "relabel", c) for c in (0.3, 1.0)),
    Variant("relabel design+cues C 1", "relabel", 1.0, design=True, cues=True),
    *(Variant(f"polarity C {c}", "polarity", c) for c in (0.3, 1.0)),
    *(Variant(f"judge C {c}", "judge", c) for c in (0.1, 0.3, 1.0, 3.0)),
    Variant("judge design C 0.3", "judge", 0.3, design=True),
    Variant("judge design+cues C 0.3", "judge", 0.3, design=True, cues=True),
    Variant("shipped confidence as the filter", "confidence"),
)
