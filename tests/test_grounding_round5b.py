"""Issue 13, round 5b: drugs that must ground anywhere (the treatment-cue gate stated as a rule), drug aliases MeSH's
descriptors lack, and drugs named inside a drug-caused disorder's name. Kinds found on BC5CDR train/dev chemicals
only; every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.aliases import add_drug_aliases, swapped_stretches
from ipkg.ground.sources.common import Source, TermSet
from ipkg.ground.sources.drug_policy import only_drug_reading
from ipkg.models import Document
from tests.test_grounding_round3 import labels

# --- 1. the gate: a chemical with no reading but a given substance grounds without a treatment cue -------------


@pytest.mark.parametrize("text", [
    "Plasma dopamine and serotonin were lower in the patients.",  # ChEBI metabolites: measured, not given
    "Serum uric acid was high in the gout cohort.",  # an acid's name keeps the gate
    "Sections were stained with Alcian Blue and Congo Red.",  # a dye named by its colour is no treatment
])
def test_endogenous_acids_and_dyes_still_wait_for_a_cue(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Intervention") == set()


@pytest.mark.parametrize("name, trees, has_role, expected", [
    ("Isoniazid", ["D03.383.725.394.582"], False, True),
    ("Hexamethonium", ["D02.092.877.250.592.400", "D02.675.276.558.592.500"], False, True),
    ("Dopamine", ["D02.033.100.291.500"], True, False),  # ChEBI gives it a role (metabolite)
    ("Zymosan", ["D09.698.365.855"], False, False),  # a carbohydrate, not an organic compound only
    ("Methyldopa", ["D02.033.100.291.600", "D12.125.068.530"], False, False),  # also filed as an amino acid
    ("Mevalonic Acid", ["D02.241.081.114.590"], False, False),
    ("Congo Red", ["D02.047.094.500"], False, False),
    ("Sodium", ["D01.268.549.800"], False, False),
])
def test_only_drug_reading_rule(name: str, trees: list[str], has_role: bool, expected: bool) -> None:
    assert only_drug_reading(name, trees, has_role) is expected


# --- 4. aliases: an old name MeSH keeps only in the supplementary records of the drug's derivatives -------------


def test_adriamycin_is_doxorubicin(grounder: Grounder) -> None:
    assert labels(grounder, "Adriamycin cardiotoxicity limits the cumulative dose.", "Intervention") == {"doxorubicin"}


def test_swapped_stretches_end_a_word() -> None:
    pairs = swapped_stretches("4-demethoxydoxorubicin", "4-demethoxyadriamycin")
    assert ("doxorubicin", "adriamycin") in pairs
    assert swapped_stretches("same name", "Same Name") == []
    # a stretch that stops inside a word is no name
    assert ("aminophen", "ylaminophen") not in swapped_stretches("aminophenazone", "methylaminophenazone")


def _drug_terms() -> TermSet:
    terms = TermSet("Intervention")
    source = Source("MESH", "2024")
    terms.add("MESH:D1", "Zorbicin", [("zorbicin", "label")], source)
    terms.add("MESH:D2", "Quaramycin", [("quaramycin", "label")], source)
    terms.add("MESH:D3", "Reagentol", [("reagentol", "label")], source, flags="ctx")
    return terms


def test_an_alias_needs_two_records_one_owner_and_no_other_meaning() -> None:
    records = [
        ("C1", ["7-oxozorbicin", "7-oxoveltamycin"]),
        ("C2", ["zorbicin semiquinone", "veltamycin semiquinone"]),
        ("C3", ["N-acetylzorbicin", "N-acetylsolomycin"]),  # one record only
        ("C4", ["quaramycin dimer", "plenticin dimer"]),
        ("C5", ["10-hydroxyquaramycin", "10-hydroxyplenticin"]),  # "plenticin" is another concept's name
        ("C6", ["reagentol blue", "dyestuffin blue"]),
        ("C7", ["reagentol green", "dyestuffin green"]),  # a context-only agent gives no alias
    ]
    terms = _drug_terms()
    add_drug_aliases(terms, records, foreign={("plenticin",)})
    added = {(r.name, r.curie, r.syntype) for r in terms.rows} - {(r.name, r.curie, r.syntype)
                                                                  for r in _drug_terms().rows}
    assert added == {("veltamycin", "MESH:D1", "derived")}


def test_an_alias_two_drugs_claim_is_dropped() -> None:
    records = [("C1", ["a zorbicin", "a sharedmycin"]), ("C2", ["b zorbicin", "b sharedmycin"]),
               ("C3", ["a quaramycin", "a sharedmycin x"]),
               ("C4", ["c quaramycin", "c sharedmycin"]), ("C5", ["d quaramycin", "d sharedmycin"])]
    terms = _drug_terms()
    add_drug_aliases(terms, records, foreign=set())
    assert not any(r.name == "sharedmycin" for r in terms.rows)


# --- 2. a drug named inside a drug-caused disorder's name is also a mention ---------------------------------------


@pytest.mark.parametrize("text, drug, disorder", [
    ("Doxorubicin induced cardiomyopathy developed after the sixth cycle.", "Doxorubicin",
     "Doxorubicin induced cardiomyopathy"),
    ("Two children had methotrexate toxicity after the infusion.", "methotrexate", "methotrexate toxicity"),
    ("Methamphetamine (METH)-induced psychosis resolved in a week.", "Methamphetamine",
     "Methamphetamine (METH)-induced psychosis"),
    ("Amphetamine abuse was common in the sample.", "Amphetamine", "Amphetamine abuse"),
    # an agent that waits for a treatment cue: "-induced" is one
    ("MPTP-induced parkinsonism was milder in the knockout mice.", "MPTP", "MPTP-induced parkinsonism"),
])
def test_the_drug_inside_a_caused_disorder_is_a_mention(grounder: Grounder, text: str, drug: str,
                                                        disorder: str) -> None:
    mentions, _ = extract_mentions(Document("t.txt", "", text), grounder)
    spans = {(m.text, m.concept.cls) for m in mentions}
    assert (drug, "Intervention") in spans
    assert (disorder, "Disorder") in spans
    start = text.index(drug)
    assert any(m.start == start and m.end == start + len(drug) for m in mentions if m.concept.cls == "Intervention")


def test_a_generic_cause_word_is_no_drug(grounder: Grounder) -> None:
    assert labels(grounder, "Drug-induced liver injury was rare.", "Intervention") == set()


def test_a_caused_disorder_makes_no_treatment_finding(grounder: Grounder) -> None:
    text = "Dexrazoxane reduced doxorubicin induced cardiomyopathy in 40 patients with breast cancer."
    findings = extract_document(Document("t.txt", "Trial", text), grounder).findings
    treats = {(f.subject.label, f.obj.label) for f in findings if f.predicate == "treats"}
    assert all(subject != "doxorubicin" for subject, _ in treats)


# --- what grounds without a cue: 1. drugs with no other reading; 3. drug classes in the plural (MeSH
# pharmacological classes and ChEBI roles answer in the plural already; no new rule) -----------------------------

GROUNDED = [
    ("Hexamethonium abolished the pressor response in anaesthetised dogs.", "Hexamethonium"),
    ("Isoniazid hepatotoxicity is more frequent in slow acetylators.", "Isoniazid"),
    ("Mecamylamine blocks nicotinic receptors in the ganglia.", "Mecamylamine"),
    ("Hypokalaemia is common with chlorthalidone.", "chlorthalidone"),
    ("Patients on tricyclic antidepressants were excluded.", "Antidepressive Agents, Tricyclic"),
    ("Anticonvulsants were tapered over a month.", "anticonvulsant"),
    ("Neuroleptics were stopped before the scan.", "antipsychotic agent"),
]


@pytest.mark.parametrize("text, label", GROUNDED)
def test_grounds_without_a_treatment_cue(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")
