"""Train the chemical-induced disease model of :mod:`ipkg.extract.cid_model` (run at build time of the package,
never at run time of ipkg).

    python -m ipkg.extract.train_cid [--cdr /work/shared/corpus/external/bc5cdr] [--out src/ipkg/extract/data/cid_weights.tsv]

Candidates are the (intervention, disorder or symptom) concept pairs that ipkg itself finds in each abstract of the
BioCreative V CDR training and development sets (the gold mentions are not used, so the model sees what it will
see at run time); a pair is positive when the one MeSH pair a BioCreative system would output for it
(:func:`official_pairs`, :meth:`ipkg.ground.meshmap.MeshMap.pair`, as the CID bench's first row scores) is a gold
CID pair of the document, and the cross-validation scores that official count (round 21: a negative row whose
disease is a MeSH ancestor or descendant of a gold disease of the same chemical says nothing and is not fitted,
:func:`unlabelled`; it is still scored). Each document is read as
:func:`ipkg.extract.findings.read_study` reads it (main intervention, PICO, the rules' findings). For each C of
a small grid a logistic regression (scikit-learn, L2, ``class_weight`` balanced) and boosted trees are fitted on one
half of the training + development documents and scored on the other half and the other way round (the rules'
pairs plus the model's guarded pairs, pooled: :func:`repeated_curves`; the rules' pairs of a chemical that the
fitted model scores under :data:`ipkg.extract.cid_model.RULE_FLOOR` left out, as at run time), for
:data:`ipkg.extract.cid_select.REPEATS` seeded splits; C and the threshold are chosen on the curves averaged over
the splits by :func:`ipkg.extract.cid_select.choose` (the strongest regularisation within one standard deviation
over the splits of the best; the threshold a fixed distance above the smoothed curve's peak, on its precise
side), the model refitted on training + development, and the weights written, sorted, rounded to 4 decimals
(features with |w| < 0.005 left out; the fit and the export are :mod:`ipkg.extract.linear_fit`'s, the trainers'
one path).
Boosted trees over the same rows (:data:`TREE_PARAMS`, :mod:`ipkg.extract.cid_trees`) are fitted beside it in
each fold and for the shipped model, and a pair's probability is the mean of the two; the trees are written beside
the weights (``cid_trees.tsv.gz``). The test set is never read. Same data, same scikit-learn: same file.

``--stage-two`` (round 12) and ``--sentence-stage with|alone`` (round 13), diagnostics that write nothing
(:mod:`ipkg.extract.cid_diagnostics`), compare a second stage over each abstract's pairs (:mod:`ipkg.extract.cid_rank`)
and a per-sentence first stage whose aggregates feed the document-level model (:mod:`ipkg.extract.cid_sentence`)
with the first stage on the same five splits; neither beat it by more than the splits' deviation: not shipped.
"""

from __future__ import annotations

import argparse
import csv
import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from ..ground.meshmap import INDUCED_FORM, SHARED, MeshMap
from ..learn import LinearModel
from ..models import Concept, Mention
from .cid_model import CLASSES, RULE_FLOOR, WEIGHTS, doubtable, pair_features
from .cid_select import REPEATS, choose, describe, drop_some, halves
from .cid_trees import TREES, Ensemble, Trees, from_sklearn, write_trees
from .linear_fit import exported, fit

__all__ = ["GRID", "MeshMap", "Predicted", "candidates", "descriptor_trees", "fitted_rows", "gold_annotations",
           "gold_mentions", "gold_pairs", "main", "mesh_relation", "official_pairs", "read_sets", "reset_fits", "score",
           "shipped_c", "sweep", "unlabelled"]

#: BC5CDR inside the shared data folder (the one :class:`MeshMap` reads its ontologies from)
CDR = SHARED / "corpus" / "external" / "bc5cdr"
SETS = {"train": "CDR_TrainingSet.PubTator.txt", "dev": "CDR_DevelopmentSet.PubTator.txt",
        "test": "CDR_TestSet.PubTator.txt"}
MESH_IRI = "http://id.nlm.nih.gov/mesh/"
#: the inverse regularisation strengths tried (:func:`ipkg.extract.cid_select.choose` picks one; it is refitted on
#: train+dev). C 0.3 was the worst of the grid in every run from session 5 on and cost 60% of the fitting time of
#: the five repeated splits: left out in round 11.
GRID = (0.01, 0.03, 0.1)
#: the decision thresholds the cross-validation chooses from
THRESHOLDS = tuple(t / 40 for t in range(10, 39))


def gold_pairs(path: Path) -> dict[str, set[tuple[str, str]]]:
    """pmid -> {(chemical MeSH, disease MeSH)} of a PubTator file's CID lines (every document, even without)."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[1] == "CID":
            out[parts[0]].add((parts[2], parts[3]))
        elif "|t|" in line:
            out.setdefault(line.split("|", 1)[0], set())
    return out


#: predicted pairs of each document: one MeSH pair set per concept pair (a concept may map to several ids)
Predicted = dict[str, set[frozenset[tuple[str, str]]]]


def score(pred: Predicted, gold: dict[str, set[tuple[str, str]]], every_id: bool = False) -> tuple[int, int]:
    """(true pairs, predicted pairs) over all documents. A concept pair counts once, as BioCreative's systems
    output one MeSH pair for it: a hit when one of its MeSH pairs is gold, else one false pair unless a pair
    already counted shares an id pair with it (as ``bench/bench_grounding.py`` counts concepts). With ``every_id``,
    every MeSH pair of every concept pair counts (stricter: a concept mapped to two ids gives two pairs)."""
    tp = n_pred = 0
    for pmid in sorted(set(pred) | set(gold)):
        sets, truth = pred.get(pmid, set()), gold.get(pmid, set())
        if every_id:
            pairs = set().union(*sets) if sets else set()
            tp, n_pred = tp + len(pairs & truth), n_pred + len(pairs)
            continue
        hits = {p for s in sets for p in s & truth}
        counted = {p for s in sets if s & truth for p in s}
        for s in sorted((s for s in sets if s and not s & truth), key=lambda s: (len(s), sorted(s))):
            if not s & counted:
                n_pred += 1
                counted |= s
        tp, n_pred = tp + len(hits), n_pred + len(hits)
    return tp, n_pred


def official_pairs(mesh: MeshMap, chemical: Concept, disease: Concept, induced: bool = INDUCED_FORM
                   ) -> set[tuple[str, str]]:
    """The one MeSH pair a BioCreative system outputs for a concept pair (:meth:`MeshMap.pair`), as a set (empty
    when a side has no id): scored with :func:`score`, every distinct pair of a document counts (the official
    count)."""
    found = mesh.pair(chemical, disease, induced)
    return {found} if found else set()


def gold_annotations(path: Path) -> Iterator[tuple[str, str, int, int, str, str, str]]:
    """(pmid, passage, start, end, text, kind, ids) of every annotation line of a PubTator file, its offsets made
    passage-relative (the abstract starts one character after the title); ``ids`` as written ("D001|D002", "-1")."""
    titles: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "|t|" in line[:20]:
            pmid, _, title = line.split("|", 2)
            titles[pmid] = len(title) + 1
            continue
        parts = line.split("\t")
        if len(parts) < 6:
            continue
        pmid, start, end, text, kind, ids = parts[:6]
        lo, hi, offset = int(start), int(end), titles[pmid]
        passage, shift = ("title", 0) if lo < offset else ("abstract", offset)
        yield pmid, passage, lo - shift, hi - shift, text, kind, ids


def gold_mentions(path: Path) -> dict[str, list[Mention]]:
    """pmid -> the gold Chemical and Disease mentions of a PubTator file as ipkg mentions (a chemical an
    Intervention, a disease a Disorder; the concept is the first MeSH id; mentions without an id left out): the
    diagnostic "with gold mentions" of :func:`candidates` and ``bench/bench_cid.py --gold-mentions``."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for pmid, passage, lo, hi, text, kind, ids in gold_annotations(path):
        if kind not in ("Chemical", "Disease") or ids.startswith("-"):
            continue
        mesh = ids.split("|")[0]
        concept = Concept(MESH_IRI + mesh, mesh, "Intervention" if kind == "Chemical" else "Disorder", "MESH")
        out[pmid].append(Mention(passage, lo, hi, text, concept))
    return out


def candidates(name: str, mesh: MeshMap, cdr: Path = CDR, gold: bool = False) -> Iterator[tuple[set[str], int]]:
    """(features, label) of every candidate pair of one CDR set: from ipkg's own mentions, or with ``gold`` from
    the corpus's gold mentions (a diagnostic: how far the model goes when the mentions are right)."""
    from . import get_grounder
    from .annotate import annotate
    from .findings import candidate_findings
    from .mentions import extract_mentions
    from ..pipeline import iter_documents

    path = cdr / SETS[name]
    pairs = gold_pairs(path)
    grounder = get_grounder()
    given = gold_mentions(path) if gold else {}
    for doc in iter_documents([str(path)]):
        if gold:
            mentions, abbreviations = given.get(doc.pmid or "", []), []
        else:
            mentions, abbreviations = extract_mentions(doc, grounder)
        annotated = annotate(doc, mentions, abbreviations)
        for (chem, dis), (feats, _) in sorted(pair_features(annotated, candidate_findings(annotated)).items()):
            yield feats, int(bool(official_pairs(mesh, chem, dis) & pairs.get(doc.pmid or "", set())))


def _fit_linear(rows: list[tuple[set[str], int]], c: float) -> LinearModel:
    """The logistic regression of the rows (class-balanced, no intercept), its weights unrounded."""
    model = fit([feats for feats, _ in rows], [y for _, y in rows], c=c, class_weight="balanced", fit_intercept=False)
    return replace(model, classes=CLASSES)


#: the boosted trees of :mod:`ipkg.extract.cid_trees` (chosen by train <-> dev cross-validation: 500 trees at rate
#: 0.05 scored the same at the kept threshold and cost five times as much at run time; no subsampling, so the fit
#: is the same every time)
TREE_PARAMS = {"n_estimators": 100, "max_depth": 4, "learning_rate": 0.25, "subsample": 1.0, "random_state": 0}
#: a feature is a tree's when at least this many training rows have it
TREE_MIN_COUNT = 5


def _fit_trees(rows: list[tuple[set[str], int]]) -> Trees:
    """Gradient-boosted trees of the rows (class-balanced sample weights; the features of at least
    :data:`TREE_MIN_COUNT` rows), exported as :class:`ipkg.extract.cid_trees.Trees` (leaf values rounded)."""
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    counts: Counter[str] = Counter(f for feats, _ in rows for f in feats)
    kept = {f for f, n in counts.items() if n >= TREE_MIN_COUNT}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(sorted(feats & kept), 1) for feats, _ in rows])
    labels = [y for _, y in rows]
    positive = sum(labels)
    weights = [len(labels) / (2 * positive) if y else len(labels) / (2 * (len(labels) - positive)) for y in labels]
    model = GradientBoostingClassifier(**TREE_PARAMS)  # type: ignore[arg-type]
    model.fit(matrix, labels, sample_weight=weights)
    return from_sklearn(model, list(vectorizer.feature_names_))


#: the trees of a fold's documents, fitted once (they do not depend on C): id of the documents' list -> (that list,
#: kept so that its id is not reused while cached, and its trees)
_TREES_OF: dict[int, tuple[list[SweepDoc], Trees]] = {}


def reset_fits() -> None:
    """Forget the trees fitted for the documents scored so far (:func:`_scored` keeps them, by the id of the list of
    documents, while one split's C grid reuses them): a caller that fits on new lists of documents each time
    (:mod:`ipkg.extract.cid_diagnostics`) calls this after each, so the cache neither grows nor needs to be known."""
    _TREES_OF.clear()


def _fit(rows: list[tuple[set[str], int]], c: float, trees: Trees | None = None) -> Ensemble:
    """The ensemble of the rows: the logistic regression with ``c`` and the boosted trees (``trees`` when given,
    else fitted)."""
    return Ensemble(_fit_linear(rows, c), trees if trees is not None else _fit_trees(rows))


def _best_threshold(model: LinearModel | Ensemble, rows: list[tuple[set[str], int]], n_gold: int) -> tuple[float, float]:
    scored = sorted(((model.proba(f)[1], y) for f, y in rows), reverse=True)
    best, tp = (0.0, 0.5), 0
    for n, (p, y) in enumerate(scored, start=1):
        tp += y
        f1 = 2 * tp / (n + n_gold)
        if f1 > best[0]:
            best = (f1, p)
    return best


class SweepDoc(NamedTuple):
    """One document of the sweep, read as :func:`ipkg.extract.findings.read_study` reads it."""

    pmid: str
    gold: set[tuple[str, str]]  #: the gold CID pairs
    #: the rules' pairs: MeSH, hedged, concepts
    rules: list[tuple[set[tuple[str, str]], bool, tuple[Concept, Concept]]]
    rows: list[tuple[set[str], int]]  #: training rows (features, label)
    #: the guarded model pairs: MeSH, features, concepts
    model: list[tuple[set[tuple[str, str]], set[str], tuple[Concept, Concept]]]
    row_keys: Sequence[tuple[str, str]] = ()  #: each row's (chemical IRI, disease IRI)
    #: (chemical IRI, disease IRI) -> the features of each sentence naming both (:mod:`ipkg.extract.cid_sentence`)
    sentences: Mapping[tuple[str, str], tuple[frozenset[str], ...]] = MappingProxyType({})
    mentions: tuple[Mention, ...] = ()  #: ipkg's mentions of the document (``bench/bench_cid.py --unreached``)
    #: (CID round 21) the positions of the rows whose label says nothing (:func:`unlabelled`): left out of fitting,
    #: still scored
    unlabelled: frozenset[int] = frozenset()


@functools.lru_cache(maxsize=1)
def descriptor_trees() -> dict[str, tuple[str, ...]]:
    """MeSH descriptor -> its tree numbers (the shared MeSH 2024 descriptors)."""
    with (SHARED / "ontologies" / "mesh2024-descriptors.tsv").open(encoding="utf-8") as handle:
        return {row["mesh_id"]: tuple(filter(None, row["tree_numbers"].split("|")))
                for row in csv.DictReader(handle, delimiter="\t")}


def mesh_relation(ours: str, gold: str) -> str:
    """"broader" when descriptor ``ours`` is a MeSH ancestor of ``gold`` (a tree number of one a prefix of the
    other's at a dot), "narrower" when a descendant, else "unrelated"."""
    trees = descriptor_trees()
    mine, theirs = trees.get(ours, ()), trees.get(gold, ())
    if any(t.startswith(o + ".") for o in mine for t in theirs):
        return "broader"
    if any(o.startswith(t + ".") for o in mine for t in theirs):
        return "narrower"
    return "unrelated"


def unlabelled(pairs: set[tuple[str, str]], gold: set[tuple[str, str]]) -> bool:
    """(CID round 21) Whether a candidate's label says nothing of its text: its official MeSH pair is no gold pair,
    but a gold pair of the document has the same chemical and a disease that is a MeSH ancestor or descendant of the
    candidate's (:func:`mesh_relation`): the abstract relates the chemical to this disease, and the curators named it
    at another granularity (ipkg's "pneumonitis" is Lung Diseases where the gold is Pneumonia; its "hepatic failure"
    Liver Failure where the gold is Liver Failure, Acute). A model taught that such a pair is no relation unlearns
    the cues that found it; the row is left out of fitting, and still scored wrong, as the official measure counts
    it."""
    return not pairs & gold and any(c == gc and mesh_relation(d, gd) != "unrelated"
                                    for c, d in pairs for gc, gd in gold)


def fitted_rows(docs: Iterable[SweepDoc]) -> list[tuple[set[str], int]]:
    """The training rows of ``docs``: each document's rows but its :attr:`SweepDoc.unlabelled` ones."""
    return [row for d in docs for i, row in enumerate(d.rows) if i not in d.unlabelled]


def _sweep_docs(name: str, mesh: MeshMap, cdr: Path = CDR) -> Iterator[SweepDoc]:
    """What :func:`sweep` needs of each document of one CDR set, read as :func:`ipkg.extract.findings.read_study`
    reads it (the model's own findings left out: they are what is studied)."""
    from . import get_grounder
    from .annotate import annotate
    from .cid_model import guarded_candidates
    from .cid_sentence import pair_sentences
    from .design import extract_study_facts
    from .findings import candidate_findings, main_intervention
    from .mentions import extract_mentions
    from .outcomes import found_findings
    from .pico import extract_pico
    from ..pipeline import iter_documents

    path = cdr / SETS[name]
    gold, grounder = gold_pairs(path), get_grounder()
    for doc in iter_documents([str(path)]):
        annotated = annotate(doc, *extract_mentions(doc, grounder))
        design = extract_study_facts(annotated).design
        main = main_intervention(doc, annotated.mentions, annotated)
        found_candidates = candidate_findings(annotated, main)
        pico = extract_pico(annotated, found_candidates, design, main)
        found = found_findings(annotated, found_candidates, pico, design)
        pairs = gold.get(doc.pmid or "", set())
        rules = [(official_pairs(mesh, f.subject, f.obj), f.hedged, (f.subject, f.obj)) for f in found
                 if f.predicate == "hasAdverseEffect" and not f.negated and f.obj is not None]
        features = sorted(pair_features(annotated, found_candidates, pico=pico).items())
        official = [official_pairs(mesh, c, d) for (c, d), _ in features]
        rows = [(feats, int(bool(found & pairs))) for found, (_, (feats, _)) in zip(official, features)]
        model = [(official_pairs(mesh, c, d), feats, (c, d))
                 for c, d, feats, _ in guarded_candidates(annotated, found_candidates, found, pico, lambda f: True)]
        yield SweepDoc(doc.pmid or doc.source_file, pairs, rules, rows, model,
                       [(c.iri, d.iri) for (c, d), _ in features], pair_sentences(annotated, [cd for cd, _ in features]),
                       annotated.mentions, frozenset(i for i, found in enumerate(official) if unlabelled(found, pairs)))


def read_sets(cdr: Path = CDR) -> dict[str, list[SweepDoc]]:
    """The training and development sets as :func:`sweep` and :func:`main` read them (the test set never)."""
    mesh = MeshMap()
    return {name: list(_sweep_docs(name, mesh, cdr)) for name in ("train", "dev")}


#: one document scored: its gold pairs, the rules' pairs, the model's pairs with their probability
Scored = tuple[set[tuple[str, str]], list[tuple[set[tuple[str, str]], bool, tuple[Concept, Concept]]],
               list[tuple[set[tuple[str, str]], float, tuple[Concept, Concept]]]]


def _trees_of(docs: list[SweepDoc]) -> Trees:
    """The trees fitted on ``docs``' rows, once per list (they do not depend on C)."""
    cached = _TREES_OF.get(id(docs))
    if cached is None or cached[0] is not docs:
        cached = _TREES_OF[id(docs)] = (docs, _fit_trees(fitted_rows(docs)))
    return cached[1]


def _scored(fitted_on: list[SweepDoc], scored_on: list[SweepDoc], c: float) -> list[Scored]:
    """The documents of ``scored_on`` with their model pairs' probabilities under the ensemble fitted on
    ``fitted_on`` with ``c``."""
    model = _fit(fitted_rows(fitted_on), c, _trees_of(fitted_on))
    return [(d.gold, _undoubted(model, d), [(p, model.proba(f)[1], cd) for p, f, cd in d.model]) for d in scored_on]


def _undoubted(model: Ensemble, doc: SweepDoc) -> list[tuple[set[tuple[str, str]], bool, tuple[Concept, Concept]]]:
    """The rules' pairs of ``doc`` that ``model`` scores at or above :data:`ipkg.extract.cid_model.RULE_FLOOR`, as
    :func:`ipkg.extract.findings.read_study` keeps them (:func:`ipkg.extract.cid_model.doubted_pairs`; a pair
    without a row or of no chemical the model reads is kept)."""
    rows = dict(zip(doc.row_keys, (feats for feats, _ in doc.rows)))
    return [rule for rule in doc.rules if (feats := rows.get((rule[2][0].iri, rule[2][1].iri))) is None
            or not doubtable(rule[2][0]) or model.proba(feats)[1] >= RULE_FLOOR]


def _curve(scored: list[Scored], thresholds: Iterable[float], hedged: bool = True
           ) -> list[tuple[float, float, float, float]]:
    """(threshold, P, R, F1) of the rules' pairs (without the hedged ones unless ``hedged``) and the model's pairs
    at or above each threshold, pooled over ``scored``; as at run time, a model pair is dropped when the same
    chemical is stated with a narrower disease (:func:`ipkg.extract.cid_broader.drop_broader`)."""
    from .cid_broader import drop_broader

    n_gold = sum(len(gold) for gold, _, _ in scored)
    golds = {str(i): gold for i, (gold, _, _) in enumerate(scored)}
    out = []
    for threshold in thresholds:
        pred: Predicted = {}
        for i, (_, rules, pairs) in enumerate(scored):
            kept = [(ps, cd) for ps, h, cd in rules if hedged or not h]
            above = [(ps, cd) for ps, prob, cd in pairs if prob >= threshold]
            keep = drop_broader([cd for _, cd in above], [cd for _, cd in kept])
            pred[str(i)] = {frozenset(ps) for ps, _ in kept}
            pred[str(i)] |= {frozenset(ps) for (ps, _), k in zip(above, keep) if k}
        out.append((threshold, *_prf(*score(pred, golds), n_gold)))
    return out


def sweep(c: float, cdr: Path = CDR, thresholds: Iterable[float] = tuple(t / 20 for t in range(6, 20)),
          docs: dict[str, list[SweepDoc]] | None = None) -> list[tuple[str, float, float, float, float]]:
    """(rules kept, threshold, P, R, F1) of the rules and the model together, two-fold cross-validated on the
    training and development sets (fitted with ``c`` on one, scored on the other; pooled), with every rule pair
    kept and with the hedged ones left out; threshold 1.0 is the rules alone (:func:`_curve`)."""
    docs = docs if docs is not None else read_sets(cdr)
    scored = _scored(docs["dev"], docs["train"], c) + _scored(docs["train"], docs["dev"], c)
    return [(label, *row) for label, hedged in (("all", True), ("not hedged", False))
            for row in _curve(scored, (*thresholds, 1.0), hedged)]


def repeated_curves(pool: list[SweepDoc], grid: Iterable[float] = GRID, thresholds: Iterable[float] = THRESHOLDS,
                    repeats: int = REPEATS) -> dict[float, list[dict[float, float]]]:
    """C -> one F1 curve (threshold -> F1) for each of ``repeats`` seeded two-fold splits of ``pool``
    (:func:`ipkg.extract.cid_select.halves`): each half scored by the ensemble fitted on the other, pooled."""
    keys = [d.pmid for d in pool]
    curves: dict[float, list[dict[float, float]]] = defaultdict(list)
    for seed in range(1, repeats + 1):
        one, two = ([pool[i] for i in half] for half in halves(keys, seed))
        for c in grid:
            scored = _scored(two, one, c) + _scored(one, two, c)
            curves[c].append({t: f1 for t, _, _, f1 in _curve(scored, thresholds)})
        reset_fits()
    return dict(curves)


def shipped_c(path: Path = WEIGHTS) -> float:
    """The C the shipped weights were fitted with (their ``#C`` line)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#C\t"):
            return float(line.split("\t")[1])
    raise ValueError(f"{path}: no #C line")


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p, r = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the CID model on BC5CDR train (+dev) and write its weights.")
    ap.add_argument("--cdr", type=Path, default=CDR)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--gold-mentions", action="store_true",
                    help="diagnostic: fit on train and select on dev with the corpus's gold mentions; writes nothing")
    ap.add_argument("--sweep", action="store_true",
                    help="print the cross-validated precision/recall of each threshold (train <-> dev); writes nothing")
    ap.add_argument("--c", type=float, default=0.03, help="with --sweep: the regularisation strength")
    ap.add_argument("--stage-two", action="store_true",
                    help="diagnostic: the second stage of cid_rank against the first on the repeated splits; "
                         "writes nothing")
    ap.add_argument("--stage-two-document", action="store_true",
                    help="with --stage-two: add what the abstract says of each side to the pair's standing")
    ap.add_argument("--sentence-stage", action="append", choices=("with", "alone"), default=[],
                    help="diagnostic: a per-sentence first stage's aggregates fed to the document-level model, with "
                         "its own features or alone, against the first stage on the repeated splits; writes nothing")
    ap.add_argument("--sentence-c", type=float, default=0.1, help="with --sentence-stage: the sentence model's C")
    ap.add_argument("--drop", type=float, default=0.0,
                    help="diagnostic of the choice's stability: drop this fraction of the training documents")
    ap.add_argument("--drop-seed", type=int, default=1, help="with --drop: the seed of the documents dropped")
    args = ap.parse_args(argv)
    if args.stage_two or args.sentence_stage:
        from .cid_diagnostics import describe_comparison, sentence_stage, stage_two

        c = shipped_c()
        print(f"first stage: the ensemble with the shipped C {c}")
        docs = read_sets(args.cdr)
        pool = docs["train"] + docs["dev"]
        if args.stage_two:
            describe_comparison(stage_two(pool, c, args.stage_two_document), args.stage_two_document)
        for variant in args.sentence_stage:
            print(f"per-sentence first stage, the document-level model {variant} its own features:")
            describe_comparison(sentence_stage(pool, c, variant, c_sentence=args.sentence_c))
        return 0
    if not args.sweep and not args.gold_mentions:
        from .cid_broader import TABLE, write_table

        print(f"wrote {TABLE}: {write_table()} conditions with MeSH tree numbers")
        from .cid_procedures import PROCEDURES, write_procedures

        print(f"wrote {PROCEDURES}: {write_procedures()} interventions that are procedures")
        from .cid_classes import CLASSES_TABLE, write_classes

        print(f"wrote {CLASSES_TABLE}: {write_classes()} (chemical, class) memberships")
    if args.sweep:
        print("| rules | threshold | P | R | F1 |\n|---|---|---|---|---|")
        for label, threshold, p, r, f1 in sweep(args.c, args.cdr):
            print(f"| {label} | {'rules only' if threshold >= 1 else f'{threshold:.2f}'} | {p:.3f} | {r:.3f} | {f1:.3f} |")
        return 0
    if args.gold_mentions:
        return _gold_mentions_diagnostic(args.cdr)
    docs = read_sets(args.cdr)
    if args.drop:
        docs["train"] = [docs["train"][i] for i in drop_some([d.pmid for d in docs["train"]], args.drop, args.drop_seed)]
    train, dev = (fitted_rows(docs[name]) for name in ("train", "dev"))
    print(f"candidates: train {len(train)} ({sum(y for _, y in train)} positive), "
          f"dev {len(dev)} ({sum(y for _, y in dev)} positive)")
    choice = choose(repeated_curves(docs["train"] + docs["dev"]))
    describe(choice)
    c, threshold = choice.c, choice.threshold
    model = exported(_fit_linear(train + dev, c), min_weight=5e-3)
    trees_path = args.out.parent / TREES.name
    write_trees(trees_path, _fit_trees(train + dev))
    print(f"wrote {trees_path}: {TREE_PARAMS['n_estimators']} trees of depth {TREE_PARAMS['max_depth']}")
    lines = [f"#threshold\t{threshold:.4f}", f"#C\t{c}", "#trained on BC5CDR train+dev; python -m ipkg.extract.train_cid"]
    lines += [f"{k}\t{w:.4f}" for k, (w,) in model.weights.items()]
    tmp = args.out.with_suffix(".tmp")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}: {len(lines) - 3} weights, C={c}, threshold {threshold:.3f}")
    return 0


def _gold_mentions_diagnostic(cdr: Path) -> int:
    """Fit on train and choose the threshold on dev with the corpus's gold mentions (how far the model goes when
    the mentions are right); writes nothing."""
    mesh = MeshMap()
    train, dev = list(candidates("train", mesh, cdr, True)), list(candidates("dev", mesh, cdr, True))
    # the F1 denominators are the gold pairs of the set, reachable or not (document-level CID as scored)
    n_gold_dev = sum(len(v) for v in gold_pairs(cdr / SETS["dev"]).values())
    print(f"candidates: train {len(train)} ({sum(y for _, y in train)} positive), "
          f"dev {len(dev)} ({sum(y for _, y in dev)} positive of {n_gold_dev} gold pairs)")
    for c in GRID:
        f1, threshold = _best_threshold(_fit_linear(train, c), dev, n_gold_dev)
        print(f"C={c}: dev F1 {f1:.3f} at threshold {threshold:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
