"""BioCreative V CDR chemical-induced disease (CID), end to end, document level, MeSH-mapped (issue 12).

    python bench/bench_cid.py                  # test set (scored); train and development printed beside it
    python bench/bench_cid.py --sets dev -v    # print the wrong pairs (of the sets the model was fitted on)
    python bench/bench_cid.py --sets train,dev --reach   # reachable gold pairs, why the others are missing
    python bench/bench_cid.py --sets train,dev --unreached   # where each gold pair stops, and why (round 20)
    python bench/bench_cid.py --sets dev --gold-mentions   # also the rules and model over the gold mentions

ipkg reads each abstract's text only (the gold mentions are not used): its own mentions, grounding and findings.
Every ``hasAdverseEffect`` finding that is not denied gives a (chemical, disease) concept pair of its document,
mapped to MeSH by :class:`ipkg.ground.meshmap.MeshMap` (the map the grounding bench and the model's training labels
use: MeSH IRIs, cross-references read both ways, MONDO xrefs and is_a, names; descriptors newer than MeSH 2015
as their older broader ones; the disease of a pair also as its "..., Drug-Induced" child). The first row is the
official count: each concept pair is output as the ONE MeSH pair a BioCreative system would output
(:meth:`ipkg.ground.meshmap.MeshMap.pair`, the order of :data:`ipkg.ground.meshmap.ORDER`; ``--induced no``
keeps the disease's own id), and every distinct MeSH pair of a document counts. The secondary row counts a
concept pair once, a hit when any of its MeSH pairs is gold (:func:`ipkg.extract.train_cid.score`). Pairs are
compared with the gold CID pairs of the document (precision, recall, F1 over all documents, as the shared task
scored them). Beside it:
pairing every chemical-like (Intervention) and disease-like (Disorder, Phenotype) concept that ipkg finds in one
sentence, the published best team (F1 0.57) and SemRep (0.38). The model of :mod:`ipkg.extract.cid_model` was
trained on the training and development sets (``python -m ipkg.extract.train_cid``): only the test figure is held
out. ``--reach`` (train and dev only) counts the gold pairs whose two concepts ipkg finds, and says why each
missing gold concept is missing: no mention on its gold span (grounding), a mention of a class not counted, a
concept without a MeSH id, or one mapped to another id. ``--unreached`` (train and dev only; CID round 20) follows
each gold pair to where it stops: a candidate the rules state or the guards let through, a candidate the CID path
refuses, or never a candidate, and then why its missing side is missing (:func:`unreached`).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ipkg.extract import extract_document, get_grounder, train_cid  # noqa: E402
from ipkg.extract.annotate import annotate  # noqa: E402
from ipkg.extract.findings import read_study  # noqa: E402
from ipkg.extract.sentences import split_sentences  # noqa: E402
from ipkg.extract.train_cid import (CDR, SETS, Predicted, gold_annotations, gold_pairs, mesh_relation,  # noqa: E402
                                    official_pairs, score)
from ipkg.ground.meshmap import INDUCED_FORM, MeshMap  # noqa: E402
from ipkg.pipeline import iter_documents  # noqa: E402

PUBLISHED = (("best team (Xu et al. 2016)", 0.5503, 0.5876, 0.5703), ("SemRep (shared task baseline)", None, None, 0.38))


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(name: str, mesh: MeshMap, verbose: bool, gold_mentions: bool = False, induced: bool = INDUCED_FORM
        ) -> list[tuple[str, float, float, float]]:
    path = CDR / SETS[name]
    gold = gold_pairs(path)
    grounder = get_grounder()
    given = train_cid.gold_mentions(path) if gold_mentions else {}
    found: Predicted = defaultdict(set)
    official: Predicted = defaultdict(set)
    cooccur: Predicted = defaultdict(set)
    reachable: Predicted = defaultdict(set)
    with_gold: Predicted = defaultdict(set)
    start = time.perf_counter()
    for doc in iter_documents([str(path)]):
        extraction = extract_document(doc, grounder)
        pmid = doc.pmid or doc.source_file
        found[pmid] |= _finding_pairs(mesh, extraction.findings)
        official[pmid] |= _finding_pairs(mesh, extraction.findings, induced)
        by_sentence: dict[tuple[str, int], list] = defaultdict(list)
        spans = {"title": split_sentences(doc.title), "abstract": split_sentences(doc.abstract)}
        for m in extraction.mentions:
            sentence = _sentence_of(spans["title" if m.passage == "title" else "abstract"], m.start)
            by_sentence[(m.passage, sentence)].append(m.concept)
        for concepts in by_sentence.values():
            cooccur[pmid] |= _all_pairs(mesh, concepts, induced)
        reachable[pmid] |= _all_pairs(mesh, [m.concept for m in extraction.mentions], induced)
        if gold_mentions:  # the same rules and model over the corpus's own mentions (a diagnostic)
            findings, _ = read_study(annotate(doc, given.get(doc.pmid or "", [])), extraction.facts.design)
            with_gold[pmid] |= _finding_pairs(mesh, findings, induced)
    seconds = time.perf_counter() - start
    rows = []
    n_gold = sum(len(v) for v in gold.values())
    systems = [("ipkg hasAdverseEffect findings", official),
               ("the same, a concept pair a hit when any of its MeSH pairs is gold (secondary)", found),
               ("every co-occurring pair in a sentence", cooccur),
               ("every co-occurring pair in the abstract (recall ceiling of ipkg's mentions)", reachable)]
    if gold_mentions:
        systems.append(("diagnostic: ipkg's rules and model over the gold mentions", with_gold))
    for label, pred in systems:
        rows.append((label, *_prf(*score(pred, gold), n_gold)))
    if verbose:
        for pmid in sorted(gold):
            for pairs in sorted(sorted(p) for p in official.get(pmid, set()) if not p & gold[pmid]):
                print(f"  {name} {pmid} extra {pairs}")
    print(f"{name}: {len(gold)} documents, {n_gold} gold CID pairs, extraction {seconds:.1f} s", file=sys.stderr)
    return rows


def _finding_pairs(mesh: MeshMap, findings, induced: bool | None = None  # type: ignore[no-untyped-def]
                   ) -> set[frozenset[tuple[str, str]]]:
    """The MeSH pairs of each stated adverse effect: the official one (:func:`official_pairs`) or, with
    ``induced`` None, all of them (the secondary count)."""
    return {frozenset(_pairs(mesh, f.subject, f.obj, induced)) for f in findings
            if f.predicate == "hasAdverseEffect" and not f.negated and f.obj is not None}


def _pairs(mesh: MeshMap, chemical, disease, induced: bool | None):  # type: ignore[no-untyped-def]
    return mesh.pairs(chemical, disease) if induced is None else official_pairs(mesh, chemical, disease, induced)


def _all_pairs(mesh: MeshMap, concepts: list, induced: bool | None = None  # type: ignore[type-arg]
               ) -> set[frozenset[tuple[str, str]]]:
    chemicals = {c for c in concepts if c.cls == "Intervention"}
    diseases = {d for d in concepts if d.cls in ("Disorder", "Phenotype")}
    return {frozenset(_pairs(mesh, c, d, induced)) for c in chemicals for d in diseases}


def _sentence_of(spans: list[tuple[int, int]], start: int) -> int:
    """The start of the sentence (of ``spans``, one passage's) holding the offset ``start``; -1 if none."""
    return next((s for s, e in spans if s <= start < e), -1)


#: the ipkg classes each BC5CDR side is compared with
SIDES = {"Chemical": ("Intervention",), "Disease": ("Disorder", "Phenotype")}


#: a gold mention: passage, start, end, text, and whether it is composite (one span, several ids)
GoldSpan = tuple[str, int, int, str, bool]


def read_gold_spans(path: Path) -> dict[str, dict[tuple[str, str], list[GoldSpan]]]:
    """pmid -> (kind, MeSH id) -> its gold mentions (:data:`GoldSpan`); composite ids split."""
    out: dict[str, dict[tuple[str, str], list[GoldSpan]]] = defaultdict(lambda: defaultdict(list))
    for pmid, passage, lo, hi, text, kind, ids in gold_annotations(path):
        if kind in SIDES:
            for mesh in ids.split("|"):
                if mesh and mesh != "-1":
                    out[pmid][(kind, mesh)].append((passage, lo, hi, text, "|" in ids))
    return out


def _miss_kind(mesh: MeshMap, kind: str, mesh_id: str, spans, mentions) -> str:  # type: ignore[no-untyped-def]
    """Why a gold concept is not among ipkg's: no mention on any of its gold spans (a grounding miss), a mention
    of a class the bench does not count, a mention whose concept maps to no MeSH id, or to other ids."""
    over = [m for m in mentions for p, lo, hi, *_ in spans if m.passage == p and m.start < hi and lo < m.end]
    if not over:
        return "no mention"
    counted = [m for m in over if m.concept.cls in SIDES[kind]]
    if not counted:
        hit = any(mesh_id in mesh(m.concept) for m in over)
        return f"other class ({'/'.join(sorted({m.concept.cls for m in over}))}{', id right' if hit else ''})"
    return "unmapped concept" if not any(mesh(m.concept) for m in counted) else "other MeSH id"


def reachability(name: str, mesh: MeshMap, top: int = 12) -> str:
    """How many gold pairs of one set have both concepts among ipkg's (a chemical as an Intervention, a disease
    as a Disorder or Phenotype, mapped to MeSH), and why each missing gold concept is missing (:func:`_miss_kind`)."""
    path = CDR / SETS[name]
    gold, spans, grounder = gold_pairs(path), read_gold_spans(path), get_grounder()
    counts: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for doc in iter_documents([str(path)]):
        pmid = doc.pmid or ""
        mentions = extract_document(doc, grounder).mentions
        found = {kind: {i for m in mentions if m.concept.cls in classes
                        for i in (mesh(m.concept) if kind == "Chemical" else mesh.induced_ids(m.concept))}
                 for kind, classes in SIDES.items()}
        missing: set[tuple[str, str]] = set()
        for chem, dis in gold.get(pmid, ()):
            has_c, has_d = chem in found["Chemical"], dis in found["Disease"]
            counts["reachable" if has_c and has_d else "chemical missing" if has_d else
                   "disease missing" if has_c else "both missing"] += 1
            missing |= {k for k, ok in ((("Chemical", chem), has_c), (("Disease", dis), has_d)) if not ok}
        for kind, mesh_id in sorted(missing):
            where = spans[pmid].get((kind, mesh_id), [])
            why = _miss_kind(mesh, kind, mesh_id, where, mentions) if where else "no gold mention"
            kinds[(kind, why)] += 1
            examples[(kind, why)][f"{mesh_id} {where[0][3].lower() if where else ''}"] += 1
    n = sum(counts.values())
    lines = [f"{name}: {n} gold pairs: " + ", ".join(f"{k} {counts[k]}" for k in
             ("reachable", "chemical missing", "disease missing", "both missing")),
             "missing gold concepts (document, MeSH id) by kind:"]
    for (kind, why), k in sorted(kinds.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        lines.append(f"  {kind:<8} {why:<40} {k:>4}   e.g. {examples[(kind, why)].most_common(top)}")
    return "\n".join(lines)


#: a descriptor id MeSH created after 2015 (nine digits): BC5CDR's MeSH (2015) had the concept as a supplementary
#: record (C...), an id no shared file keeps
_NEWER = re.compile(r"D\d{9}")
#: a gold mention's text that is an abbreviation: one token of up to eight characters, a capital first and a capital
#: or a digit after it ("SLE", "GI", "LiCl", "PGE2", "NSAIDs"); not a capitalised word ("Angina", "Cocaine")
_ABBREVIATION = re.compile(r"[A-Z](?=[a-z-]*[A-Z0-9])[A-Za-z0-9-]{1,7}s?")


def unreached(name: str, mesh: MeshMap, top: int = 6) -> str:
    """(CID round 20) Where each gold pair of one set (train or dev) stops on the way to a stated pair, counted by
    gold pair: a candidate the rules state or the guards let through (:func:`train_cid._sweep_docs`: before the
    threshold), a candidate the CID path refuses (no sentence to cite, the population's disorder, the guards), or
    never a candidate (no pair of ipkg's concepts maps to it: :func:`official_pairs`), then by the side missing and
    why (:func:`_unreached_kind`)."""
    path = CDR / SETS[name]
    spans = read_gold_spans(path)
    counts: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for doc in train_cid._sweep_docs(name, mesh):
        concepts = {m.concept.iri: m.concept for m in doc.mentions}
        candidates = {p for c, d in doc.row_keys if (p := mesh.pair(concepts[c], concepts[d])) is not None}
        kept = {p for pairs, *_ in (*doc.rules, *doc.model) for p in pairs}
        found = {kind: {i for m in doc.mentions if m.concept.cls in classes
                        and (i := _official_id(mesh, kind, m.concept)) is not None} for kind, classes in SIDES.items()}
        for pair in sorted(doc.gold):
            if pair in kept or pair in candidates:
                counts["a candidate, stated by the rules or past the guards" if pair in kept else
                       "a candidate the CID path refuses (no sentence to cite, the population, the guards)"] += 1
                continue
            missing = [(kind, i) for kind, i in zip(SIDES, pair) if i not in found[kind]]
            counts["never a candidate: " + ("both missing" if len(missing) == 2 else
                                            f"{missing[0][0].lower()} missing" if missing else "both found, not paired")] += 1
            for kind, mesh_id in missing:
                where = spans[doc.pmid].get((kind, mesh_id), [])
                why = _unreached_kind(mesh, kind, mesh_id, where, doc.mentions)
                kinds[(kind, why)] += 1
                examples[(kind, why)][where[0][3].lower() if where else mesh_id] += 1
    lines = [f"{name}: {sum(counts.values())} gold pairs:"] + [f"  {n:>5}  {k}" for k, n in sorted(counts.items())]
    lines.append("the side missing of the pairs never a candidate, by why (gold pairs):")
    for (kind, why), k in sorted(kinds.items(), key=lambda x: (x[0][0], -x[1], x[0][1])):
        lines.append(f"  {kind:<8} {why:<44} {k:>4}   e.g. {[w for w, _ in examples[(kind, why)].most_common(top)]}")
    return "\n".join(lines)


def _official_id(mesh: MeshMap, kind: str, concept):  # type: ignore[no-untyped-def]
    """The MeSH id a concept takes in the official pair (:meth:`MeshMap.pair`): a chemical's own, a disease's
    :meth:`MeshMap.disease_id` (an emotion as its disorder, the chemically induced form where MeSH has one)."""
    return mesh.disease_id(concept, INDUCED_FORM) if kind == "Disease" else mesh.one(concept)


def _unreached_kind(mesh: MeshMap, kind: str, mesh_id: str, spans: list[GoldSpan], mentions) -> str:  # type: ignore[no-untyped-def]
    """Why no candidate holds a gold concept: no mention on its gold spans (a composite mention, an abbreviation,
    other wording: "no mention: ..."), a mention of a class not paired, one without a MeSH id, one whose MeSH ids hold
    the gold id but another is chosen (:meth:`MeshMap.one`), or one mapped to an id broader or narrower than the
    gold one in MeSH's trees, or unrelated; "(title only)" when every gold mention is in the title."""
    title = " (title only)" if spans and all(s[0] == "title" for s in spans) else ""
    over = [m for m in mentions for p, lo, hi, *_ in spans if m.passage == p and m.start < hi and lo < m.end]
    if not spans:
        return "no gold mention"
    if not over:
        wording = ("composite" if any(s[4] for s in spans) else
                   "abbreviation" if all(_ABBREVIATION.fullmatch(s[3]) for s in spans) else "other wording")
        return f"no mention: {wording}{title}"
    counted = [m for m in over if m.concept.cls in SIDES[kind]]
    if not counted:
        return f"a mention of another class ({'/'.join(sorted({m.concept.cls for m in over}))}){title}"
    ours = {i for m in counted if (i := _official_id(mesh, kind, m.concept)) is not None}
    if not ours:
        return f"a mention without a MeSH id{title}"
    if any(mesh_id in (mesh(m.concept) if kind == "Chemical" else mesh.induced_ids(m.concept)) for m in counted):
        return f"a mention, another of its MeSH ids chosen{title}"
    if mesh_id.startswith("C") and all(_NEWER.fullmatch(i) for i in ours):
        return f"a mention, a descriptor newer than the gold's MeSH{title}"  # the gold a supplementary record then
    relation = {mesh_relation(i, mesh_id) for i in ours}
    return "a mention, " + next((r for r in ("broader", "narrower") if r in relation), "unrelated") + f" id{title}"


def _table(rows: Iterable[tuple[str, str, object, object, object]]) -> str:
    def cell(x: object) -> str:
        return f"{x:.3f}" if isinstance(x, float) else ("—" if x is None else str(x))

    lines = ["| set | system | P | R | F1 |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(cell(x) for x in row)} |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="train,dev,test", help="comma-separated: train, dev, test")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--gold-mentions", action="store_true",
                    help="also run the rules and model over the corpus's gold mentions (a diagnostic)")
    ap.add_argument("--induced", choices=("yes", "no"), default="yes" if INDUCED_FORM else "no",
                    help="the official disease id as its '..., Drug-Induced' child where MeSH has one")
    ap.add_argument("--reach", action="store_true",
                    help="print the reachable gold pairs and why gold concepts are missing (train/dev only)")
    ap.add_argument("--unreached", action="store_true",
                    help="print where each gold pair stops: a candidate kept or refused, or never one and why "
                         "(train/dev only)")
    args = ap.parse_args(argv)
    mesh = MeshMap()
    if args.reach or args.unreached:
        if "test" in args.sets.split(","):
            ap.error("--reach and --unreached read the gold mentions' errors: train and dev only")
        print("\n".join((unreached if args.unreached else reachability)(name, mesh) for name in args.sets.split(",")))
        return 0
    rows = []
    for name in args.sets.split(","):
        rows += [(name if name == "test" else f"{name} (fitted on)", *row) for row in run(name, mesh, args.verbose, args.gold_mentions, args.induced == "yes")]
    rows += [("test (published)", label, p, r, f) for label, p, r, f in PUBLISHED]
    print(_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
