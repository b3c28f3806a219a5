"""Findings (ipkg.extract.findings, ipkg.extract.relations) on real sentences, with mentions built by hand.

Mentions are made here with ``str.find`` and real ontology IRIs, so these tests do not depend on the lexicon.
Each text names its source: ``seeds/<file>``, ``dev/raw/<file>`` (../shared/corpus/dev/raw), ``BC5CDR <set>
<PMID>`` (../shared/corpus/external/bc5cdr/CDR_*.PubTator.txt), ``ASReview <file>``; the others are invented.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

import pytest

from ipkg.extract.annotate import annotate
from ipkg.extract.findings import candidate_findings, extract_findings, main_intervention, read_study
from ipkg.extract.sentences import split_sentences
from ipkg.models import Concept, Document, Finding, Mention
from tests.constants import SEED_IL2, SEED_KETAMINE

OBO = "http://purl.obolibrary.org/obo/"
MESH = "http://id.nlm.nih.gov/mesh/"
UNIPROT = "http://purl.uniprot.org/uniprot/"


def _c(iri: str, label: str, cls: str) -> Concept:
    return Concept(iri, label, cls)


ALDESLEUKIN = _c(MESH + "C082598", "aldesleukin", "Intervention")
SSRI = _c(OBO + "CHEBI_50949", "serotonin uptake inhibitor", "Intervention")
SNRI = _c(MESH + "D000068760", "serotonin and noradrenaline reuptake inhibitors", "Intervention")
ANTIDEPRESSANT = _c(OBO + "CHEBI_35469", "antidepressant", "Intervention")
ANTIPSYCHOTIC = _c(OBO + "CHEBI_35476", "antipsychotic agent", "Intervention")
KETAMINE = _c(OBO + "CHEBI_6121", "ketamine", "Intervention")
ECT = _c(MESH + "D004565", "electroconvulsive therapy", "Intervention")
SIMVASTATIN = _c(OBO + "CHEBI_9150", "simvastatin", "Intervention")
FLUOXETINE = _c(OBO + "CHEBI_5118", "fluoxetine", "Intervention")
SIRUKUMAB = _c(MESH + "C568922", "sirukumab", "Intervention")
CLOZAPINE = _c(MESH + "D003024", "clozapine", "Intervention")
TREG = _c(OBO + "CL_0000815", "regulatory T cell", "ImmuneCell")
TH2 = _c(OBO + "CL_0000546", "T-helper 2 cell", "ImmuneCell")
NAIVE_CD4 = _c(OBO + "CL_0000895", "naive thymus-derived CD4-positive, alpha-beta T cell", "ImmuneCell")
T_CELL = _c(OBO + "CL_0000084", "T cell", "ImmuneCell")
LEUKOCYTE = _c(OBO + "CL_0000738", "leukocyte", "ImmuneCell")
MOOD = _c(OBO + "MONDO_0005371", "mood disorder", "Disorder")
MDD = _c(OBO + "MONDO_0002009", "major depressive disorder", "Disorder")
BIPOLAR = _c(OBO + "MONDO_0004985", "bipolar disorder", "Disorder")
AUTOIMMUNE = _c(OBO + "MONDO_0007179", "autoimmune disease", "Disorder")
DEPRESSION = _c(OBO + "MONDO_0002050", "depressive disorder", "Disorder")
TRD = _c(MESH + "D061218", "Depressive Disorder, Treatment-Resistant", "Disorder")
PSYCHOSIS = _c(OBO + "MONDO_0005485", "psychotic disorder", "Disorder")
PARKINSONISM = _c(MESH + "D010300", "Parkinsonian Disorders", "Disorder")
INFLAMMATION = _c(OBO + "GO_0006954", "inflammatory response", "Pathway")
NEUROINFLAMMATION = _c(OBO + "GO_0150076", "neuroinflammatory response", "Pathway")
MTOR = _c(OBO + "GO_0031929", "TOR signaling", "Pathway")
IL6 = _c(UNIPROT + "P05231", "interleukin 6", "Cytokine")
IL10 = _c(UNIPROT + "P22301", "interleukin 10", "Cytokine")
IL2 = _c(UNIPROT + "P60568", "interleukin 2", "Cytokine")
IL1B = _c(UNIPROT + "P01584", "interleukin 1 beta", "Cytokine")
TNF = _c(UNIPROT + "P01375", "tumor necrosis factor", "Cytokine")
CRP = _c(UNIPROT + "P02741", "C-reactive protein", "Cytokine")


def _mentions(text: str, passage: str, terms: Iterable[tuple[str, Concept]]) -> list[Mention]:
    """Every occurrence of every surface form (case-sensitive) as a mention, as a lexicon would find them."""
    out = []
    for surface, concept in terms:
        start = text.find(surface)
        while start >= 0:
            out.append(Mention(passage, start, start + len(surface), surface, concept))
            start = text.find(surface, start + len(surface))
    return out


def _run(abstract: str, terms: list[tuple[str, Concept]], title: str = "") -> tuple[Finding, ...]:
    # a one-sentence abstract is read as a results section: these tests are about the relation rules, not about
    # the role the sentence-role model would give a sentence out of its abstract (tests/test_findings_roles.py)
    one = len(split_sentences(abstract)) == 1
    doc = Document("t.txt", title, abstract, sections=(("RESULTS", 0, len(abstract)),) if one else ())
    mentions = _mentions(title, "title", terms) + _mentions(abstract, "abstract", terms)
    return extract_findings(doc, mentions)


def _rows(findings: Iterable[Finding]) -> set[tuple[str, str, str, str | None, bool, bool]]:
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.direction, f.negated, f.hedged)
            for f in findings}


# ---------------------------------------------------------------- seeds
IL2_TERMS = [
    ("interleukin 2", ALDESLEUKIN), ("IL-2", ALDESLEUKIN), ("aldesleukin", ALDESLEUKIN),
    ("SSRI", SSRI), ("SNRI", SNRI), ("antidepressant", ANTIDEPRESSANT),
    ("T regulatory", TREG), ("T helper 2", TH2), ("naïve CD4 + T cells", NAIVE_CD4), ("T cell", T_CELL),
    ("Immune cell", LEUKOCYTE), ("mood disorders", MOOD), ("major depressive", MDD), ("MDD", MDD),
    ("bipolar disorder", BIPOLAR), ("BD", BIPOLAR), ("autoimmune conditions", AUTOIMMUNE),
    ("immuno-inflammatory", INFLAMMATION),
]


def test_seed_il2_trial() -> None:
    # seeds/001_959d3a962877fddc.txt: the English abstract
    abstract = next(line for line in SEED_IL2.read_text(encoding="utf-8").splitlines()
                    if line.startswith("Immune-inflammatory mechanisms"))
    findings = _run(abstract, IL2_TERMS)
    rows = _rows(findings)
    # "Active treatment significantly potentiated ... SSRI/SNRI treatment ..., and expanded ... T regulatory"
    assert ("aldesleukin", "potentiates", "serotonin uptake inhibitor", None, False, False) in rows
    assert ("aldesleukin", "potentiates", "serotonin and noradrenaline reuptake inhibitors", None, False, False) in rows
    assert ("aldesleukin", "increases", "regulatory T cell", "increase", False, False) in rows
    assert ("aldesleukin", "increases", "T-helper 2 cell", "increase", False, False) in rows
    # "add-on low-dose interleukin 2": IL-2 potentiates the antidepressant, not the reverse
    assert ("aldesleukin", "potentiates", "antidepressant", None, False, False) in rows
    assert not any(f.subject == ANTIDEPRESSANT and f.predicate == "potentiates" for f in findings)
    # the SSRI inside "response to ongoing SSRI treatment" is not the subject of "expanded"
    assert not any(f.subject in (SSRI, SNRI, ANTIDEPRESSANT) and f.obj == TREG for f in findings)
    # "We performed a ... trial evaluating the safety ... of low-dose IL-2 in depressed patients with major
    # depressive (MDD)": a methods sentence says what was tested, not what was found (issue 12)
    assert not any(f.predicate == "treats" and f.obj == MDD and f.role == "methods" for f in findings)
    assert ("aldesleukin", "treats", "autoimmune disease", None, False, False) in rows
    # "Immune cell abnormalities have been reported in mood disorders showing a partial T cell defect."
    assert ("mood disorder", "associatedWith", "T cell", "decrease", False, False) in rows
    assert ("mood disorder", "associatedWith", "leukocyte", None, False, False) in rows
    # "No serious adverse effect was observed." names no disorder: no adverse-effect finding at all
    assert not any(f.predicate == "hasAdverseEffect" for f in findings)
    # offsets: the evidence is the sentence at [start:end] of its passage, and the order is the contract's
    spans = split_sentences(abstract)
    for f in findings:
        assert (f.start, f.end) in spans and abstract[f.start : f.end] == f.evidence
    keys = [(f.passage, f.start, f.subject.iri, f.predicate, f.obj.iri if f.obj else "") for f in findings]
    assert keys == sorted(keys) and len(keys) == len(set(keys))


def test_seed_ketamine_mechanism_sentence_resolves_to_the_main_intervention() -> None:
    # seeds/002_66f3ee86d2c7e7cf.txt: paragraphs 1-4 of the English abstract
    lines = SEED_KETAMINE.read_text(encoding="utf-8").splitlines()
    abstract = "\n".join(lines[4:8])
    assert abstract.startswith("In recent years") and "mTOR" in abstract
    terms = [("ketamine", KETAMINE), ("Ketamine", KETAMINE), ("treatment-resistant depression", TRD), ("TRD", TRD),
             ("depression", DEPRESSION), ("mTOR", MTOR), ("neuro-inflammation", NEUROINFLAMMATION),
             ("mood disorders", MOOD), ("antidepressant", ANTIDEPRESSANT), ("depressive disorders", DEPRESSION)]
    findings = _run(abstract, terms)
    rows = _rows(findings)
    # "Intracellular signaling pathways such as mTOR, GSK3 or eEF2 seem to play a key role ...", right after
    # "Ketamine unique antidepressant properties have led to many studies on its neurobiological grounds."
    assert ("ketamine", "actsThrough", "TOR signaling", None, False, True) in rows
    assert ("ketamine", "treats", "Depressive Disorder, Treatment-Resistant", None, False, False) in rows
    assert ("ketamine", "modulates", "neuroinflammatory response", None, False, True) in rows
    # "antidepressant effects": an adjective is never a subject
    assert not any(f.subject == ANTIDEPRESSANT for f in findings)
    assert main_intervention(Document("k.txt", "", abstract), _mentions(abstract, "abstract", terms)) == KETAMINE


# ---------------------------------------------------------------- modulation, negation, direction
def test_antidepressant_cytokine_meta_analysis() -> None:
    # dev/raw/21796103.txt
    abstract = (
        "Serum levels of inflammatory cytokines, for example, tumor necrosis factor alpha (TNFα), interleukin-6 "
        "(IL-6), and IL-1 beta (IL-1β), are elevated in subjects with major depressive disorder (MDD). "
        "Meta-analysis of these studies showed that, overall, while pharmacological antidepressant treatment "
        "reduced depressive symptoms, it did not reduce serum levels of TNFα. On the other hand, antidepressant "
        "treatment did reduce levels of IL-1β and possibly those of IL-6. Stratified subgroup analysis by class of "
        "antidepressant indicated that serotonin reuptake inhibitors may reduce levels of IL-6 and TNFα."
    )
    terms = [("tumor necrosis factor alpha", TNF), ("TNFα", TNF), ("interleukin-6", IL6), ("IL-6", IL6),
             ("IL-1 beta", IL1B), ("IL-1β", IL1B), ("major depressive disorder", MDD), ("MDD", MDD),
             ("antidepressant", ANTIDEPRESSANT), ("serotonin reuptake inhibitors", SSRI)]
    rows = _rows(_run(abstract, terms))
    for cytokine in ("tumor necrosis factor", "interleukin 6", "interleukin 1 beta"):
        assert ("major depressive disorder", "associatedWith", cytokine, "increase", False, False) in rows
    assert ("antidepressant", "decreases", "tumor necrosis factor", "decrease", True, False) in rows
    assert ("antidepressant", "decreases", "interleukin 1 beta", "decrease", False, False) in rows
    assert ("antidepressant", "decreases", "interleukin 6", "decrease", False, True) in rows
    assert ("serotonin uptake inhibitor", "decreases", "tumor necrosis factor", "decrease", False, True) in rows


def test_object_first_nominal_trigger() -> None:
    # dev/raw/28285148.txt
    abstract = ("IL-2 (p = 0.023) and IL-6 (p = 0.012) levels showed a significant decrease after four weeks of "
                "antipsychotic treatment.")
    rows = _rows(_run(abstract, [("IL-2", IL2), ("IL-6", IL6), ("antipsychotic", ANTIPSYCHOTIC)]))
    assert rows == {("antipsychotic agent", "decreases", "interleukin 2", "decrease", False, False),
                    ("antipsychotic agent", "decreases", "interleukin 6", "decrease", False, False)}


def test_parallel_list_after_an_implicit_treatment() -> None:
    # dev/raw/hiles-antidepressant-inflammatory-markers-ma.txt (second, third and fifth sentences, shortened)
    abstract = (
        "However, little is known of their relationship in the context of antidepressant treatment. Our aim was to explore whether antidepressant treatment is associated with a reduction in inflammatory "
        "markers. Results: Pooled effect sizes showed a significant decrease in interleukin-6 (n=14, d=−0.42, "
        "p=0.02), marginally significant decrease in C-reactive protein (n=8, d=−0.57, p=0.05) and a "
        "non-significant decrease in interleukin-10 (n=3, d=−0.45, p=0.14) after treatment."
    )
    terms = [("antidepressant", ANTIDEPRESSANT), ("interleukin-6", IL6), ("C-reactive protein", CRP),
             ("interleukin-10", IL10)]
    rows = _rows(f for f in _run(abstract, terms) if f.evidence.startswith("Results"))
    assert rows == {("antidepressant", "decreases", "interleukin 6", "decrease", False, False),
                    # "marginally significant" governs its own trigger only: hedged (issue 12, round 2)
                    ("antidepressant", "decreases", "C-reactive protein", "decrease", False, True),
                    ("antidepressant", "decreases", "interleukin 10", "decrease", True, False)}


@pytest.mark.parametrize(
    "sentence",
    ["Ketamine had no effect on IL-6.", "Ketamine did not change IL-6 levels.",
     "IL-6 levels remained unchanged after ketamine infusion."],
)
def test_no_change_is_a_denied_modulation(sentence: str) -> None:
    # invented: the documented rule, modulates + no-change + negated
    findings = _run(sentence, [("Ketamine", KETAMINE), ("ketamine", KETAMINE), ("IL-6", IL6)])
    assert _rows(findings) == {("ketamine", "modulates", "interleukin 6", "no-change", True, False)}


def test_nearer_subject_owns_the_trigger() -> None:
    # invented
    rows = _rows(_run("Ketamine raised IL-10 while ECT reduced IL-6.",
                      [("Ketamine", KETAMINE), ("ECT", ECT), ("IL-10", IL10), ("IL-6", IL6)]))
    assert rows == {("ketamine", "increases", "interleukin 10", "increase", False, False),
                    ("electroconvulsive therapy", "decreases", "interleukin 6", "decrease", False, False)}


# ---------------------------------------------------------------- treats, potentiates, adverse effects
def test_title_findings_use_the_title_passage() -> None:
    # dev/raw/gougol-2015-simvastatin-fluoxetine.txt (title)
    title = ("Simvastatin as an adjuvant therapy to fluoxetine in patients with moderate to severe major depression: "
             "A double-blind placebo-controlled trial.")
    terms = [("Simvastatin", SIMVASTATIN), ("fluoxetine", FLUOXETINE), ("major depression", MDD)]
    doc = Document("t.txt", title, "")
    candidates = candidate_findings(annotate(doc, _mentions(title, "title", terms)))
    assert {(f.passage, f.start, f.end, f.role) for f in candidates} == {("title", 0, len(title), "title")}
    assert ("simvastatin", "potentiates", "fluoxetine", None, False, False) in _rows(candidates)
    # the title only names what the trial tested: no finding, and the study's tested intervention (issue 12)
    assert _run("", terms, title) == ()
    findings, pico = read_study(annotate(doc, _mentions(title, "title", terms)), "RandomizedControlledTrial")
    assert findings == () and pico.interventions == (SIMVASTATIN,) and pico.background == (FLUOXETINE,)
    assert pico.conditions == (MDD,)


def test_negated_and_hedged_treats() -> None:
    # dev/raw/PMC9941891.txt
    rows = _rows(_run(
        "Meaning: In this study, simvastatin was not beneficial for the treatment of symptoms of treatment-resistant "
        "depression compared with standard care.",
        [("simvastatin", SIMVASTATIN), ("treatment-resistant depression", TRD)]))
    assert rows == {("simvastatin", "treats", "Depressive Disorder, Treatment-Resistant", None, True, False)}
    # dev/raw/zhou-2017-advther-sirukumab.txt (title)
    rows = _rows(_run("", [("Sirukumab", SIRUKUMAB), ("Mood Disorders", MOOD)],
                      "Sirukumab: A Potential Treatment for Mood Disorders?"))
    assert rows == {("sirukumab", "treats", "mood disorder", None, False, True)}


def test_treats_and_denied_adverse_effect_in_one_sentence() -> None:
    # ASReview AtypicalAntipsychotics.csv.gz (record 3, PMID 10072410)
    rows = _rows(_run(
        "Clozapine, at daily doses of 50 mg or less, is safe and significantly improves drug-induced psychosis "
        "without worsening parkinsonism.",
        [("Clozapine", CLOZAPINE), ("drug-induced psychosis", PSYCHOSIS), ("parkinsonism", PARKINSONISM)]))
    assert rows == {("clozapine", "treats", "psychotic disorder", None, False, False),
                    ("clozapine", "hasAdverseEffect", "Parkinsonian Disorders", None, True, False)}


@pytest.mark.parametrize(
    ("text", "drug", "disorder", "negated"),
    [
        ("Lidocaine-induced cardiac asystole.", "Lidocaine", "cardiac asystole", False),  # BC5CDR Training 354896
        ("Arterial hypertension as a complication of prolonged ketoconazole treatment.", "ketoconazole",
         "Arterial hypertension", False),  # BC5CDR Training 2632720
        ("Triazolam-induced brief episodes of secondary mania in a depressed patient.", "Triazolam", "mania",
         False),  # BC5CDR Training 3693336
        # BC5CDR Training 2348231: the compound presupposes the induction; "does not inhibit" denies something else
        (("Pentoxifylline (Trental) does not inhibit dipyridamole-induced coronary hyperemia: implications for "
          "dipyridamole-thallium-201 myocardial imaging."), "dipyridamole", "coronary hyperemia", False),
        # BC5CDR Training 2572625
        (("The administration of several benzodiazepines, chemically related to clotiazepam, did not interfere "
          "with recovery and did not induce any relapse of hepatitis."), "benzodiazepines", "hepatitis", True),
    ],
)
def test_adverse_effects(text: str, drug: str, disorder: str, negated: bool) -> None:
    findings = _run(text, [(drug, _c(MESH + "D000001", drug.lower(), "Intervention")),
                           (disorder, _c(MESH + "D000002", disorder.lower(), "Disorder"))])
    assert _rows(findings) == {(drug.lower(), "hasAdverseEffect", disorder.lower(), None, negated, False)}


def test_serious_adverse_event_denied_for_the_main_intervention() -> None:
    # dev/raw/gougol-2015-simvastatin-fluoxetine.txt, with a disorder named (invented variant)
    title = "Simvastatin as an adjuvant therapy"
    abstract = "No serious adverse event such as myopathy was reported during this trial."
    myopathy = _c(OBO + "MONDO_0005336", "myopathy", "Disorder")
    rows = _rows(_run(abstract, [("Simvastatin", SIMVASTATIN), ("myopathy", myopathy)], title))
    assert rows == {("simvastatin", "hasAdverseEffect", "myopathy", None, True, False)}
    # the seed's own sentence names no disorder: nothing, and certainly no positive adverse effect
    assert _run("No serious adverse effect was observed.", [("Simvastatin", SIMVASTATIN)], title) == ()


# ---------------------------------------------------------------- association, mechanism
def test_associations() -> None:
    # dev/raw/23850810.nbib
    rows = _rows(_run("Depression is associated with systemic inflammation.",
                      [("Depression", DEPRESSION), ("systemic inflammation", INFLAMMATION)]))
    assert rows == {("depressive disorder", "associatedWith", "inflammatory response", None, False, False)}
    # seeds/000_d35844b68f261b2a.txt
    rows = _rows(_run("Recent clinical and preclinical studies reveal that peripheral and brain immune changes and "
                      "inflammation are involved in the pathophysiology of depression.",
                      [("inflammation", INFLAMMATION), ("depression", DEPRESSION)]))
    # "immune changes" has no mention: the findings stage reads it as the immune system process (implicit.py)
    assert rows == {("depressive disorder", "associatedWith", "inflammatory response", None, False, False),
                    ("depressive disorder", "associatedWith", "immune system process", None, False, False)}
    # dev/raw/PMC6289219.txt
    rows = _rows(_run("Inflammatory processes may contribute to psychiatric disorders and suicide.",
                      [("Inflammatory processes", INFLAMMATION), ("psychiatric disorders", MDD)]))
    assert rows == {("major depressive disorder", "associatedWith", "inflammatory response", None, False, True)}


@pytest.mark.parametrize(
    "sentence",
    ["Ketamine acts through mTOR signaling to exert rapid antidepressant effects.",
     "mTOR signaling mediates the antidepressant effects of ketamine."],
)
def test_acts_through(sentence: str) -> None:
    # invented
    findings = _run(sentence, [("Ketamine", KETAMINE), ("ketamine", KETAMINE), ("mTOR signaling", MTOR)])
    assert ("ketamine", "actsThrough", "TOR signaling", None, False, False) in _rows(findings)


# ---------------------------------------------------------------- implicit subjects, determinism
def test_anaphor_resolves_only_with_one_main_intervention() -> None:
    # invented, after the seed's "Active treatment significantly ... expanded the population of T regulatory"
    abstract = "The drug expanded T regulatory cells."
    terms = [("Aldesleukin", ALDESLEUKIN), ("T regulatory", TREG), ("Ketamine", KETAMINE)]
    assert _rows(_run(abstract, terms, "Aldesleukin in depression")) == {
        ("aldesleukin", "increases", "regulatory T cell", "increase", False, False)}
    assert _run(abstract, terms, "Aldesleukin or Ketamine in depression") == ()
    assert _run(abstract, terms, "") == ()


def test_same_input_same_output_whatever_the_mention_order() -> None:
    abstract = next(line for line in SEED_IL2.read_text(encoding="utf-8").splitlines()
                    if line.startswith("Immune-inflammatory mechanisms"))
    mentions = _mentions(abstract, "abstract", IL2_TERMS)
    doc = Document("t.txt", "", abstract)
    expected = extract_findings(doc, mentions)
    rng = random.Random(5)
    for _ in range(5):
        shuffled = list(mentions)
        rng.shuffle(shuffled)
        assert extract_findings(doc, shuffled) == expected


def test_unrelated_classes_and_empty_input_give_nothing() -> None:
    assert extract_findings(Document("t.txt", "", ""), []) == ()
    # two cytokines: no relation of the vocabulary links them
    assert _run("IL-6 increased TNF.", [("IL-6", IL6), ("TNF", TNF)]) == ()


# ---------------------------------------------------------------- end to end, once the lexicon stage exists
def test_seeds_end_to_end() -> None:
    pytest.importorskip("ipkg.extract.mentions", reason="the mention stage (src/ipkg/extract/mentions.py) is not there yet")
    from ipkg.extract import extract_document
    from ipkg.pipeline import iter_documents

    docs = {d.source_file: d for d in iter_documents([str(SEED_IL2), str(SEED_KETAMINE)]) if isinstance(d, Document)}
    il2 = extract_document(docs[SEED_IL2.name])
    rows = _rows(il2.findings)
    assert any(r[1] == "increases" and r[2] == "regulatory T cell" and not r[4] for r in rows), rows
    assert not any(f.predicate == "hasAdverseEffect" and not f.negated for f in il2.findings)
    ketamine = extract_document(docs[SEED_KETAMINE.name])
    assert any(f.subject.iri == KETAMINE.iri and f.predicate == "treats" for f in ketamine.findings), ketamine.findings


# ---------------------------------------------------------------- signs and symptoms (ipkg:Phenotype)
FATIGUE = _c(MESH + "D005221", "Fatigue", "Phenotype")
NAUSEA = _c(OBO + "HP_0002018", "Nausea", "Phenotype")
ETANERCEPT = _c(MESH + "D000068800", "etanercept", "Intervention")


def test_symptoms_are_treated_and_caused_like_disorders() -> None:
    relieved = _run("Interpretation: Etanercept treatment might relieve fatigue and symptoms of depression associated "
                    "with this chronic disease.",
                    [("Etanercept", ETANERCEPT), ("fatigue", FATIGUE), ("depression", DEPRESSION)])
    assert {("etanercept", "treats", "Fatigue", None, False, True),
            ("etanercept", "treats", "depressive disorder", None, False, True)} <= _rows(relieved)
    caused = _run("Ketamine was well tolerated. Adverse events included nausea and transient dissociation.",
                  [("Ketamine", KETAMINE), ("nausea", NAUSEA)], title="Ketamine for depression")
    assert ("ketamine", "hasAdverseEffect", "Nausea", None, False, False) in _rows(caused)
