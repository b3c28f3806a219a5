"""A linear model for chemical-induced disease at the document level (issue 12, "learn where rules plateau").

The rules of :mod:`ipkg.extract.relations` find an adverse effect when one sentence states it with a trigger word
("X-induced Y", "Y after X administration"). BioCreative V CDR shows what they miss: most chemical-induced disease
relations are stated across sentences or without such a word ("Y developed in 3 patients" after "we report X").
The classical strong baseline for it is a linear model over the words between and around the two mentions; this
module applies such a model, trained on the BC5CDR training and development sets by :mod:`ipkg.extract.train_cid`
(``python -m ipkg.extract.train_cid``) and shipped as weights (``data/cid_weights.tsv``: feature, weight; a
``#threshold`` line) and applied as an :class:`ipkg.learn.LinearModel` in pure Python: no scikit-learn, no
pickle at run time. Boosted trees over the same features (:mod:`ipkg.extract.cid_trees`, ``data/cid_trees.tsv.gz``)
are averaged with it: they learn the conjunctions a linear model cannot weigh.

A candidate is an (intervention, disorder or symptom) pair of concepts of one abstract. Its features
(:func:`pair_features`): for each sentence that names both, the words between the nearest two mentions, two words
either side, their order and distance, the word hyphenated to the chemical ("-induced"); whether each is in the
title and is the abstract's most named one; how many sentences name both; the disease's MeSH category and whether
the abstract names a narrower or broader disease; and what the rules said of the pair (asserted, denied or
suggested treats or adverse effect). A pair the model scores at or above the threshold, that the rules did not
type as a treatment or deny, and whose chemical is not stated with a narrower disease
(:mod:`ipkg.extract.cid_broader`), becomes a ``hasAdverseEffect`` finding whose evidence is the first sentence
naming both (or else the disorder's first sentence) that no guard refuses (:func:`guarded_candidates`).
(Round 19) The model also reads the rules' own adverse effects of a chemical: one it scores under
:data:`RULE_FLOOR` is dropped (:func:`doubted_pairs`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..learn import LinearModel
from ..models import Concept, Finding, Mention, StudyPico
from .cid_broader import drop_broader, load_trees
from .cid_document import Statements, pair_document_features
from .cid_evidence import case_course, induced_by_this, masked, masked_of, named_for, not_significant, only_relieves, refutes
from .cid_population import broader_name, indications, population_conditions
from .cid_procedures import is_procedure
from .cid_trees import ensemble_of, load_trees_model
from .outcomes import POPULATION_BEFORE
from .relations import CONDITION_CLASSES
from .study_kind import CASE, TREATMENT, study_kind

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["CLASSES", "MAX_CONCEPTS", "RULE_FLOOR", "WEIGHTS", "doubtable", "doubted_pairs", "guarded_candidates",
           "load_model", "model_findings", "not_significant", "pair_features", "stated"]

WEIGHTS = Path(__file__).parent / "data" / "cid_weights.tsv"
#: the model's classes: its one weight column scores the second
CLASSES = ("none", "hasAdverseEffect")
#: (CID round 19) a rules' adverse effect of a chemical and a condition that the model scores under this is dropped
#: (:func:`doubted_pairs`): chosen on the cross-validation of :mod:`ipkg.extract.train_cid` (docs/findings.md 8t)
RULE_FLOOR = 0.40
_WORD = re.compile(r"§+|[a-z0-9]+(?:[-'][a-z0-9]+)*|[^\sa-z0-9]")
_HYPHEN_WORD = re.compile(r"-([a-z]+)")
_MAX_BETWEEN = 12
_TESTED = frozenset({"objective", "methods"})
#: how many chemicals and how many diseases of one abstract are paired (the most named)
MAX_CONCEPTS = 24
#: cue groups read between two mentions of a sentence (one feature a group: they generalise over the wording)
_CUES = {
    "induce": frozenset({"induced", "induce", "induces", "inducing", "induction", "caused", "cause", "causes",
                         "causing", "provoked", "produced", "precipitated", "elicited", "triggered", "evoked"}),
    "assoc": frozenset({"associated", "association", "related", "attributed", "due", "secondary", "following",
                        "after", "during", "developed", "develop", "occurred", "resulted", "led"}),
    "harm": frozenset({"toxicity", "toxic", "adverse", "side", "complication", "complications", "risk",
                       "overdose", "intoxication", "poisoning", "abuse", "hazard"}),
    "treat": frozenset({"treatment", "treated", "treating", "therapy", "prevent", "prevented", "prevents",
                        "prevention", "protect", "protected", "protective", "protects", "improve", "improved",
                        "attenuated", "attenuate", "inhibited", "reversed", "reduced", "ameliorated", "efficacy",
                        "effective", "management", "relief", "alleviated", "against"}),
    "neg": frozenset({"no", "not", "without", "neither", "nor", "absence"}),
}


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"



def _masked_lower(sentence: Sentence) -> str:
    return masked(sentence).lower()


def _nearest(sentence: Sentence, chem: Concept, dis: Concept) -> tuple[Mention, Mention]:
    """The mentions of ``chem`` and ``dis`` nearest each other (ties: the earlier chemical), in one pass: the
    nearest pair is always adjacent in text order among the two concepts' mentions."""
    best: tuple[int, int] | None = None
    pair: tuple[Mention, Mention] | None = None
    last_c: Mention | None = None
    last_d: Mention | None = None
    for m in sentence.mentions:  # in text order
        if m.concept == chem:
            last_c, other = m, last_d
            candidate = (m, other) if other is not None else None
        elif m.concept == dis:
            last_d, other = m, last_c
            candidate = (other, m) if other is not None else None
        else:
            continue
        if candidate is not None:
            key = (abs(candidate[0].start - candidate[1].start), candidate[0].start)
            if best is None or key < best:
                best, pair = key, candidate
    assert pair is not None
    return pair


def _sentence_features(sentence: Sentence, masked: str, chem: Concept, dis: Concept) -> set[str]:
    c, d = _nearest(sentence, chem, dis)
    first, second = (c, d) if c.start < d.start else (d, c)
    lo, hi = first.end - sentence.start, second.start - sentence.start
    between = _WORD.findall(masked[lo:hi]) if hi > lo else []
    left = _WORD.findall(masked[: first.start - sentence.start])[-2:]
    right = _WORD.findall(masked[second.end - sentence.start :])[:2]
    order = "CD" if first is c else "DC"
    out = {f"ORD:{order}", f"GAP:{_bucket(len(between))}"}
    out |= {f"CUE:{order}:{group}" for group, words in _CUES.items() if not words.isdisjoint(between)}
    if len(between) <= _MAX_BETWEEN:
        out |= {f"B:{w}" for w in between}
        out |= {f"BB:{a}_{b}" for a, b in zip(between, between[1:])}
    else:
        out.add("B:LONG")
    out |= {f"L:{w}" for w in left} | {f"R:{w}" for w in right}
    hyphen = _HYPHEN_WORD.match(masked, c.end - sentence.start)
    if hyphen is not None:
        out.add(f"HY:{hyphen.group(1)}")
    if sentence.role:
        out.add(f"ROLE:{sentence.role}")
    return out


def pair_features(annotated: AnnotatedDocument, candidates: Iterable[Finding],
                  skip: Collection[tuple[Concept, Concept]] = (), scoring: bool = False,
                  pico: StudyPico | None = None, population: bool = True
                  ) -> dict[tuple[Concept, Concept], tuple[set[str], Sentence | None]]:
    """(intervention, condition) -> (its features, the first sentence naming both or the condition's first); the
    pairs in ``skip`` are left out, and with ``scoring`` those that have no sentence to cite (never emitted:
    :func:`model_findings`) and, with ``population`` too (a treatment study or a case report:
    :mod:`ipkg.extract.study_kind`), those whose disorder names the population. With ``pico``, what the study
    tested is a feature of each pair (:func:`_pico_features`)."""
    sentences = [s for s in annotated.sentences if s.passage in ("title", "abstract")]
    # keyed by IRI inside (a string hashes once; a Concept hashes its four fields every time)
    concept_of: dict[str, Concept] = {}
    counts: Counter[str] = Counter()
    where: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        seen: set[str] = set()
        for m in s.mentions:
            iri = m.concept.iri
            concept_of.setdefault(iri, m.concept)
            counts[iri] += 1
            if iri not in seen:
                seen.add(iri)
                where[iri].append(i)
    # at most MAX_CONCEPTS of each side, the most named: a long record costs no more pairs than a short one
    ranked = sorted(counts, key=lambda iri: (-counts[iri], iri))
    chemicals = sorted([c for c in ranked if concept_of[c].cls == "Intervention"][:MAX_CONCEPTS])
    diseases = sorted([c for c in ranked if concept_of[c].cls in CONDITION_CLASSES][:MAX_CONCEPTS])
    if not chemicals or not diseases:
        return {}
    top_chem = max(chemicals, key=lambda c: (counts[c], c))
    top_dis = max(diseases, key=lambda c: (counts[c], c))
    title = {m.concept.iri for s in sentences if s.role == "title" for m in s.mentions}
    said = Statements(candidates)  # the rules' statements: the pair's own (RULE:) and the other pairs' (OTH:)
    rules = said.rules
    skipped = {(c.iri, d.iri) for c, d in skip}
    masked: dict[int, str] = {}
    context = _context_words(sentences, masked, {**dict.fromkeys(chemicals, "C"), **dict.fromkeys(diseases, "D")})
    chem_words = {c: context[c] for c in chemicals}
    dis_words = {d: context[d] for d in diseases}
    dis_label = {d: {f"DLBL:{w}" for w in _WORD.findall(concept_of[d].label.lower()) if w.isalpha()}
                 for d in diseases}
    n_chem = f"NCHEM:{_bucket(len(chemicals))}"
    for d, kind in _tree_features([concept_of[d] for d in diseases]).items():  # its MeSH kind, beside its words
        dis_label[d] |= kind
    # which sentences name any chemical: a disease that shares sentences only with other chemicals is theirs
    chem_sentences_any = {i for c in chemicals for i in where[c]}
    dis_rank = {d: n for n, d in enumerate(sorted(diseases, key=lambda d: (-counts[d], d)))}
    chem_rank = {c: n for n, c in enumerate(sorted(chemicals, key=lambda c: (-counts[c], c)))}
    roles = [s.role or "other" for s in sentences]
    tested = _pico_features(pico, chemicals, diseases)
    # the features of each side alone, made once (a pair's are the union of its two sides' and its own)
    chem_static = {c: chem_words[c] | _chemical_kind(concept_of[c])
                   | {"BIAS", n_chem, f"CN:{_bucket(counts[c])}", f"CR:{min(chem_rank[c], 3)}"}
                   | {f for f, on in (("CT", c in title), ("CTOP", c == top_chem)) if on} for c in chemicals}
    dis_static = {d: dis_words[d] | dis_label[d] | {f"DNS:{_namespace(concept_of[d])}", f"DCLS:{concept_of[d].cls}", f"DN:{_bucket(counts[d])}",
                                                    f"DR:{min(dis_rank[d], 3)}"}
                  | {f for f, on in (("DT", d in title), ("DTOP", d == top_dis)) if on}
                  | {f"DROLE:{roles[i]}" for i in where[d]} for d in diseases}
    out: dict[tuple[Concept, Concept], tuple[set[str], Sentence | None]] = {}
    for c in chemicals:
        chem, chem_sentences, c_title = concept_of[c], set(where[c]), c in title
        for d in diseases:
            if (c, d) in skipped:
                continue  # typed by the rules
            shared = sorted(chem_sentences.intersection(where[d]))
            if (scoring and population and "DPOP" in dis_words[d]
                    and not _induced_in(sentences, shared, concept_of[c], concept_of[d])):
                continue  # (when scoring) a disorder that names the population, never named as this chemical's doing
            evidence = _evidence(sentences, shared, where[d])
            if scoring and evidence is None:
                continue  # no sentence to cite: never emitted
            feats = chem_static[c] | dis_static[d]
            feats.add(f"CO:{_bucket(len(shared))}")
            feats.update(rules.get((c, d), ()))
            if c_title and d in title:
                feats.add("CTDT")
            if tested:
                feats.add(f"PICO:{tested.get(c, '-')}{tested.get(d, '-')}")
            feats |= _document_features(c, d, shared, where, chem_sentences_any, roles, chem_rank[c], dis_rank[d],
                                        c_title, d in title)
            feats |= pair_document_features(c, d, shared, where, said)
            dis = concept_of[d]
            for i in shared:
                if i not in masked:
                    masked[i] = _masked_lower(sentences[i])
                feats |= _sentence_features(sentences[i], masked[i], chem, dis)
            out[(chem, dis)] = (feats, evidence)
    return out


def _induced_in(sentences: Sequence[Sentence], shared: Sequence[int], chem: Concept, dis: Concept) -> bool:
    """(CID round 16) True when one of the ``shared`` sentences names the disease as this chemical's doing ("X-induced
    D", "D induced by X": :func:`ipkg.extract.cid_evidence.induced_by_this`): a disorder that also names the
    population ("patients with cocaine-induced mood disorder") is then still the chemical's effect. The cue must
    join this chemical to this disease: "ketamine-induced psychosis in schizophrenic patients" does not make
    schizophrenia ketamine's."""
    return any(induced_by_this(sentences[i], chem, dis) for i in shared)


def _tree_features(diseases: Sequence[Concept], trees: dict[str, tuple[str, ...]] | None = None
                   ) -> dict[str, set[str]]:
    """IRI -> what kind of disease it is in MeSH, never which one: its tree's category and subcategory ("DTREE:C23"
    signs and symptoms, "DTREE2:C10.597" neurologic manifestations; :mod:`ipkg.extract.cid_broader`), and whether
    another of ``diseases`` (the abstract's) is narrower ("DBROADER": curators name the most specific) or broader
    ("DNARROWER")."""
    trees = load_trees() if trees is None else trees
    owners: dict[str, set[str]] = defaultdict(set)  # tree number -> the diseases holding it
    for d in diseases:
        for t in trees.get(d.iri, ()):
            owners[t].add(d.iri)
    out: dict[str, set[str]] = {}
    for d in diseases:
        own = trees.get(d.iri, ())
        feats = out.setdefault(d.iri, set())
        for t in own:
            feats |= {f"DTREE:{t[:3]}", f"DTREE2:{t[:7]}"}
            parts = t.split(".")
            for n in range(1, len(parts)):  # each broader tree number held by another disease of the abstract
                for other in owners.get(".".join(parts[:n]), ()):
                    feats.add("DNARROWER")
                    out.setdefault(other, set()).add("DBROADER")
    return out


def _namespace(concept: Concept) -> str:
    """The ontology a concept's IRI is from (``CHEBI``, ``MONDO``, ``HP``, ``MAXO``; a MeSH IRI its host)."""
    local = concept.iri.rsplit("/", 1)[-1]
    return local.split("_", 1)[0] if "_" in local else concept.iri.split("/")[2]


def _chemical_kind(chemical: Concept) -> set[str]:
    """What kind of concept the chemical is, never which one: its IRI's namespace and, of a label of several
    words, the last ("antipsychotic agent", "Immunosuppression Therapy", "lithium atom"): a class or a therapy is
    rarely the cause a curator names."""
    words = [w for w in _WORD.findall(chemical.label.lower()) if w.isalpha() and len(w) > 2]
    return {f"CNS:{_namespace(chemical)}", f"CLAST:{words[-1] if len(words) > 1 else '-'}"}


def _pico_features(pico: StudyPico | None, chemicals: Iterable[str], diseases: Iterable[str]) -> dict[str, str]:
    """IRI -> what the study tested it as: ``T`` a tested intervention, ``B`` the background treatment of an
    add-on, ``K`` a comparator, ``S`` a studied condition (empty without PICO or when none is among the pair's)."""
    if pico is None:
        return {}
    roles = {c.iri: "K" for c in pico.comparators}
    roles |= {c.iri: "B" for c in pico.background}
    roles |= {c.iri: "T" for c in pico.interventions}
    roles |= {c.iri: "S" for c in pico.conditions}
    keep = {*chemicals, *diseases}
    return {iri: role for iri, role in roles.items() if iri in keep}


def _document_features(c: str, d: str, shared: Sequence[int], where: dict[str, list[int]],
                       chem_sentences_any: set[int], roles: Sequence[str], c_rank: int, d_rank: int,
                       c_title: bool, d_title: bool) -> set[str]:
    """Features of the pair over the whole abstract: how far apart their sentences are, their ranks among the
    abstract's chemicals and diseases together, the roles of the sentences naming both, and whether the disease
    is named only beside other chemicals (each side's own ranks and roles are :func:`pair_features`')."""
    out = {f"CRDR:{min(c_rank, 2)}_{min(d_rank, 2)}",
           f"TT:{int(c_title)}{int(d_title)}_{min(c_rank, 2)}_{'co' if shared else 'no'}"}
    if not shared:
        gap = _min_gap(where[c], where[d])
        out.add(f"SD:{min(gap, 4)}")
        if chem_sentences_any.intersection(where[d]):
            out.add("DOTHER")  # the disease shares a sentence with another chemical, never with this one
        if c_title:
            out.add(f"CTNOCO:{'DT' if d_title else 'DA'}")
    out |= {f"SROLE:{roles[i]}" for i in shared}
    return out


def _min_gap(a: Sequence[int], b: Sequence[int]) -> int:
    """The least |i - j| over two ascending lists, in one merge pass (99 when one is empty)."""
    best, i, j = 99, 0, 0
    while i < len(a) and j < len(b):
        best = min(best, abs(a[i] - b[j]))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


#: the one person of a case report and the condition they had: "a 63-year-old woman with severe hypertension"
_PERSON_WITH = re.compile(r"\b(?:woman|man|boy|girl|child|infant|neonate|female|male|patient|lady|gentleman)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:with|suffering\s+from)\s+(?:[\w-]+\s+){0,3}?$")
#: a population named after its condition: "epileptic patients", "spontaneously hypertensive rats"
_POPULATION_AFTER = re.compile(r"\s+(?:patients?|subjects?|individuals?|participants?|adults?|children|women|men|"
                               r"rats?|mice|animals|dogs|rabbits|outpatients|inpatients|population)\b")


def _context_words(sentences: Sequence[Sentence], masked: dict[int, str], prefixes: dict[str, str]
                   ) -> dict[str, set[str]]:
    """IRI -> the words right around every mention of the concept, under its prefix in ``prefixes`` (IRI ->
    "C" or "D": "CW:developed", "DW:toxicity"; three a side, within 40 characters), and "<prefix>POP" when one
    names the population ("patients with Y"). Keyed by IRI: a Concept hashes its four fields every time."""
    out: dict[str, set[str]] = {iri: set() for iri in prefixes}
    for i, sentence in enumerate(sentences):
        for m in sentence.mentions:
            iri = m.concept.iri
            prefix = prefixes.get(iri)
            if prefix is None:
                continue
            if i not in masked:
                masked[i] = _masked_lower(sentence)
            text, lo, hi = masked[i], m.start - sentence.start, m.end - sentence.start
            left = _WORD.findall(text, max(0, lo - 40), lo)[-3:]
            right = _WORD.findall(text, hi, hi + 40)[:3]
            head = prefix + "W:"
            words = out[iri]
            words.update([head + w for w in left + right if w[0] != "§"])
            window = text[max(0, lo - 80) : lo]
            if ("with" in window or "from" in window) and (POPULATION_BEFORE.search(window) or _PERSON_WITH.search(window)):
                words.add(prefix + "POP")
            elif _POPULATION_AFTER.match(text, hi):  # "schizophrenic patients", "hypertensive rats"
                words.add(prefix + "POP")
    return out


def _evidence(sentences: Sequence[Sentence], shared: Sequence[int], disease: Sequence[int]) -> Sentence | None:
    """The first of :func:`_evidence_order`, ``None`` when there is none."""
    first = next(_evidence_order(sentences, shared, disease), None)
    return None if first is None else sentences[first]


def _evidence_order(sentences: Sequence[Sentence], shared: Sequence[int], disease: Sequence[int]) -> Iterator[int]:
    """The sentences that may be a pair's evidence, best first (lazily): those naming both that are not an aim or a
    method (they say what was tested), the title last (it often only names the topic); then the disease's other
    such sentences; then the aims and methods naming both (an animal model states the disease it induced there
    only: "catalepsy was induced in rats by haloperidol"); last (CID round 17) the disease's methods sentences that
    tell what a case had (:func:`ipkg.extract.cid_evidence.case_course`: "The patient progressively developed
    petechiae and purpura")."""
    def results_like(group: Iterable[int]) -> list[int]:
        return sorted((i for i in group if sentences[i].role not in _TESTED),
                      key=lambda i: (sentences[i].role == "title", i))

    yield from results_like(shared)
    both = set(shared)
    yield from results_like(i for i in disease if i not in both)
    yield from (i for i in shared if sentences[i].role in _TESTED)
    yield from (i for i in disease if i not in both and case_course(sentences[i]))



@functools.lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS) -> LinearModel | None:
    """The shipped model as an :class:`ipkg.learn.LinearModel` (two classes, one weight column: a logistic
    regression; the decision threshold in ``meta["threshold"]``), or ``None`` when no weights file is there."""
    if not path.is_file():
        return None
    weights: dict[str, tuple[float, ...]] = {}
    meta: dict[str, float] = {"threshold": 0.5}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        if key == "#threshold":
            meta["threshold"] = float(value)
        elif key and not key.startswith("#"):
            weights[key] = (float(value),)
    return LinearModel(CLASSES, (0.0,), weights, meta)


def model_findings(annotated: AnnotatedDocument, candidates: Sequence[Finding], findings: Sequence[Finding],
                   pico: StudyPico | None = None) -> list[Finding]:
    """The adverse effects the model finds that neither the rules stated nor a treatment contradicts: not a pair
    the rules typed as treats (in any polarity), nor a tested intervention and the condition it was tested for,
    nor a disease broader in MeSH than another the same chemical is stated to cause (:func:`drop_broader`)."""
    linear = load_model()
    if linear is None:
        return []
    model = ensemble_of(linear, load_trees_model())  # the logistic regression and the boosted trees, averaged
    threshold = linear.meta["threshold"]
    out = []
    kept = guarded_candidates(annotated, candidates, findings, pico, lambda feats: model.reaches(feats, threshold))
    for (chem, dis, _, sentence), keep in zip(kept, drop_broader([(c, d) for c, d, _, _ in kept], stated(findings))):
        if not keep:
            continue  # the same chemical is stated with a narrower disease (:mod:`ipkg.extract.cid_broader`)
        out.append(Finding(subject=chem, predicate="hasAdverseEffect", obj=dis, evidence=sentence.text,
                           passage=sentence.passage, start=sentence.start, end=sentence.end, role=sentence.role))
    return out


def doubted_pairs(annotated: AnnotatedDocument, candidates: Sequence[Finding], findings: Sequence[Finding],
                  pico: StudyPico | None = None) -> set[tuple[str, str]]:
    """(CID round 19) The (chemical IRI, condition IRI) pairs of the rules' adverse effects among ``findings`` (not
    denied) that the shipped model scores under :data:`RULE_FLOOR`: the rules read one sentence's words, the model
    the whole abstract, and a pair it gives so little is wrong more often than right on BC5CDR train + dev (the
    features are those the model scores its own pairs by, the rules' statement among them: ``RULE:``). Only a
    chemical's pairs are read (:func:`doubtable`)."""
    own = {(c.iri, d.iri) for c, d in stated(findings) if doubtable(c)}
    linear = load_model()
    if not own or linear is None:
        return set()
    model = ensemble_of(linear, load_trees_model())
    return {(c.iri, d.iri) for (c, d), (feats, _) in pair_features(annotated, candidates, pico=pico).items()
            if (c.iri, d.iri) in own and not model.reaches(feats, RULE_FLOOR)}


def doubtable(chemical: Concept) -> bool:
    """(CID round 19) Whether the model's doubt of a rules' pair of ``chemical`` is read (:func:`doubted_pairs`):
    a chemical of ChEBI or MeSH that is no procedure (:func:`ipkg.extract.cid_procedures.is_procedure`). The model
    learned BC5CDR's chemicals: a procedure ("electroconvulsive therapy can result in memory deficits") or an
    intervention no ontology holds ("common bile duct ligation") is outside what it learned."""
    return _namespace(chemical) in ("CHEBI", "id.nlm.nih.gov") and not is_procedure(chemical)


#: the features of a sentence that says the chemical induced the disease ("X-induced Y", "Y caused by X")
_INDUCED_FEATS = frozenset({"HY:induced", "CUE:CD:induce", "CUE:DC:induce"})


def stated(findings: Iterable[Finding]) -> list[tuple[Concept, Concept]]:
    """The (chemical, disease) pairs of the adverse effects among ``findings`` that are not denied."""
    return [(f.subject, f.obj) for f in findings
            if f.predicate == "hasAdverseEffect" and not f.negated and f.obj is not None]


def guarded_candidates(annotated: AnnotatedDocument, candidates: Sequence[Finding], findings: Sequence[Finding],
                       pico: StudyPico | None, keep: Callable[[set[str]], bool]
                       ) -> list[tuple[Concept, Concept, set[str], Sentence]]:
    """(chemical, disease, features, evidence sentence) of every pair the model may state: ``keep`` (the model's
    decision, read first: it is the cheap test) accepts its features and no guard refuses it. Guards: a pair the
    rules typed (kept) or contradicted (an asserted treatment, a denied adverse effect), a tested intervention and
    its condition unless a sentence says the one induced the other ("X-induced Y", "Y induced by X": the disease
    model a study tested in, not the condition it treated), a class named for treating the disease ("antidepressant"
    and depression: :func:`ipkg.extract.cid_evidence.named_for`), a chemical the abstract names only as the agent of
    a relief ("prevented by pretreatment with Y": :func:`ipkg.extract.cid_evidence.only_relieves`), a disorder
    that names the population unless a sentence names it as this chemical's doing (round 16, :func:`_induced_in`),
    (round 15) one the abstract names as its people otherwise ("children with attention deficit/hyperactivity
    disorder", "had diagnoses of") or a broader name of the studied setting for a tested intervention ("stroke" in a
    trial "in acute ischemic stroke"), both unless induced (:mod:`ipkg.extract.cid_population`; round 16: or a
    sentence naming both says so, :func:`_induced_in`) — the tested pair's guard in a treatment study only, the
    population's in a treatment study or a case report (round 18, :func:`ipkg.extract.study_kind.study_kind`: in a
    harm study or one whose frame names neither, what it tested a chemical in or its people have is what the
    chemical caused about as often as the model's other pairs) —, and a pair none
    of whose possible evidence sentences (:func:`_evidence_order`) stands: each denies the disease, states a null
    result, says not significant, measures the condition, names the chemical only as another drug's class word
    ("as an alternative immunosuppressive agent") or states an aim or a gap in knowledge ("no work has examined
    whether ...": what was asked, not found), or is hedged and does not name the chemical ("which may be
    associated with ... weight gain": the cause is neither stated nor named), or names the disease only as another
    chemical's doing ("the X enhancement of Z-induced bradycardia"), or names another chemical and not this one
    ("dobutamine can provoke coronary spasm", cited for another chemical), or names the disease as what the
    chemical was given for ("treated with tamoxifen for breast carcinoma") (:func:`ipkg.extract.cid_evidence.refutes`);
    the evidence is the first that
    stands ("X did not change the dyskinesia score" does not hide "dyskinesia developed after X" two sentences
    on). :func:`ipkg.extract.train_cid.sweep` reads the same pairs with ``keep`` always true, to study the
    threshold."""
    typed = {(f.subject, f.obj) for f in findings if f.predicate in ("treats", "hasAdverseEffect")}
    typed |= {(f.subject, f.obj) for f in candidates if f.predicate == "treats"
              or (f.predicate == "hasAdverseEffect" and f.negated)}
    # (round 18) the tested pair's guard stands in a treatment study, the population's in a case report too (the one
    # patient's own condition: "a 63-year-old woman with severe hypertension"): :mod:`ipkg.extract.study_kind`
    kind = study_kind(annotated, candidates)
    treatment, population = kind == TREATMENT, kind in (TREATMENT, CASE)
    tested = set()
    if pico is not None and treatment:
        tested = {(i, c) for i in (*pico.interventions, *pico.background) for c in pico.conditions}
    given = {i for i, _ in tested}
    out = []
    relievers: dict[Concept, bool] = {}  # chemical -> named only as the agent of a relief (made once)
    pairs = pair_features(annotated, candidates, typed, scoring=True, pico=pico, population=population)
    studied = () if pico is None or not treatment else pico.conditions
    people: set[str] = set()
    if population:
        people = population_conditions(annotated, {d.iri for _, d in pairs} | {c.iri for c in studied})
    settings = indications(annotated, studied, people)  # the studied conditions the people have or were given for
    sentences = [s for s in annotated.sentences if s.passage in ("title", "abstract")]

    def both(chem: Concept, dis: Concept) -> list[int]:  # the sentences naming the two
        return [i for i, s in enumerate(sentences) if {chem.iri, dis.iri} <= {m.concept.iri for m in s.mentions}]

    for (chem, dis), (feats, sentence) in sorted(pairs.items()):
        if sentence is None or not keep(feats):
            continue
        if (((chem, dis) in tested or chem in given and broader_name(dis, settings) or dis.iri in people)
                and not _INDUCED_FEATS.intersection(feats) and not _induced_in(sentences, both(chem, dis), chem, dis)
                or named_for(chem, dis)):
            continue  # what the study treated or its people have, or what a class is named for ("antidepressant")
        if chem not in relievers:
            relievers[chem] = only_relieves(annotated.sentences, chem)
        if relievers[chem]:
            continue  # named only as what prevented or reversed an effect ("prevented by pretreatment with Y")
        sentence = next((s for s in _alternatives(annotated, chem, dis)
                         if not refutes(s, chem, dis, masked_of(annotated, s))), None)
        if sentence is None:
            continue  # "no significant difference in nausea between the groups", "no work has examined": not found
        out.append((chem, dis, feats, sentence))
    return out


def _alternatives(annotated: AnnotatedDocument, chem: Concept, dis: Concept) -> Iterator[Sentence]:
    """The sentences that may be the pair's evidence, best first (:func:`_evidence_order`)."""
    sentences = [s for s in annotated.sentences if s.passage in ("title", "abstract")]
    disease = [i for i, s in enumerate(sentences) if any(m.concept.iri == dis.iri for m in s.mentions)]
    shared = [i for i in disease if any(m.concept.iri == chem.iri for m in sentences[i].mentions)]
    return (sentences[i] for i in _evidence_order(sentences, shared, disease))
