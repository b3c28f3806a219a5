"""Issue 13, round 3: rules found on tuning data only (the tune half of the annotated set, BC5CDR train/dev).
Every sentence here was written for these tests; none is copied from a scored text."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.drug_policy import is_drug_name, is_inn_drug
from ipkg.models import Document
from tests.constants import OBO
from tests.test_grounding_round2 import concepts

DOXORUBICIN = OBO + "CHEBI_28748"
GENTAMYCIN = OBO + "CHEBI_17833"
TOBRAMYCIN = OBO + "CHEBI_28864"
DOPAMINE = OBO + "CHEBI_18243"
L_DOPA = OBO + "CHEBI_15765"


def labels(grounder: Grounder, text: str, cls: str) -> set[str]:
    """Labels of the concepts of class ``cls`` mentioned in ``text``."""
    mentions, _ = extract_mentions(Document("t.txt", "", text), grounder)
    return {m.concept.label for m in mentions if m.concept.cls == cls}


# --- drugs dropped: a WHO INN stem names a drug, which grounds without a treatment cue -------------------------

@pytest.mark.parametrize("name, expected", [
    ("doxorubicin", True), ("Tobramycin", True), ("gentamicin", True), ("ketoconazole", True), ("propranolol", True),
    ("bupivacaine", True), ("sevoflurane", True),
    # no stem, or a stem with too short a prefix, or an endogenous look-alike
    ("cocaine", False), ("histidine", False), ("heparin", False), ("cholesterol", False), ("dopamine", False),
    ("doxorubicin hydrochloride", False),
])
def test_inn_stems(name: str, expected: bool) -> None:
    assert is_inn_drug(name) is expected


@pytest.mark.parametrize("text, iri", [
    ("Cardiac function was followed in patients on doxorubicin.", DOXORUBICIN),
    ("Serum gentamicin levels were monitored.", GENTAMYCIN),
    ("Tobramycin concentrations in sputum were measured.", TOBRAMYCIN),
])
def test_inn_named_drug_grounds_without_treatment_cue(grounder: Grounder, text: str, iri: str) -> None:
    assert concepts(grounder, text).get(iri) == "Intervention"


def test_levo_inn_names_the_drug_other_names_stay_gated(grounder: Grounder) -> None:
    assert is_drug_name("levodopa") and not is_drug_name("L-DOPA")
    assert concepts(grounder, "Patients on levodopa were followed for a year.").get(L_DOPA) == "Intervention"
    assert L_DOPA not in concepts(grounder, "Striatal L-DOPA content was measured.")


def test_endogenous_molecule_still_needs_a_treatment_cue(grounder: Grounder) -> None:
    assert DOPAMINE not in concepts(grounder, "Striatal dopamine release was reduced.")
    assert concepts(grounder, "Rats were treated with dopamine (5 mg/kg).").get(DOPAMINE) == "Intervention"


# --- processes in ordinary paraphrase: the transmitter's noun, GO's synaptic qualifier, agonist-named receptors -

@pytest.mark.parametrize("text, label", [
    ("Chronic stress weakened serotonin transmission in the raphe.", "synaptic transmission, serotonergic"),
    ("Dopamine neurotransmission in the striatum was blunted.", "synaptic transmission, dopaminergic"),
    ("Ketamine increased glutamate release in the prefrontal cortex.", "glutamate secretion, neurotransmission"),
    ("NMDA receptor signaling was required for the effect.", "NMDA selective glutamate receptor signaling pathway"),
    ("Chronic stress induced ER stress in the hippocampus.", "response to endoplasmic reticulum stress"),
    ("Markers of nitrosative stress were raised.", "response to nitrosative stress"),
    ("Microglia drive synaptic pruning in adolescence.", "synapse pruning"),
    ("Blocking TNF signaling reversed the deficit.", "tumor necrosis factor-mediated signaling pathway"),
])
def test_process_paraphrases_ground_to_go(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


# --- cells and markers: a family's name measured is its first member; given, it is the drug -------------------

@pytest.mark.parametrize("text, label", [
    ("Serum amyloid A rose after surgery.", "serum amyloid A1"),
    ("SAA and CRP were correlated.", "serum amyloid A1"),
    ("Plasma IFN-α levels were higher in patients.", "interferon alpha 2"),
])
def test_family_name_measured_is_a_cytokine(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Cytokine")


def test_family_name_given_is_the_drug(grounder: Grounder) -> None:
    mentions, _ = extract_mentions(Document("t.txt", "", "Patients treated with IFN-α developed fatigue."), grounder)
    assert {m.concept.cls for m in mentions if m.text == "IFN-α"} == {"Intervention"}


# --- precision: an ontology's adjectival synonym is held to the bare-adjective rule ----------------------------

def test_exact_adjective_synonym_alone_is_no_disorder(grounder: Grounder) -> None:
    assert "hyperplasia" not in labels(grounder, "On biopsy the mucosa was hyperplastic.", "Disorder")
    assert "hypersensitivity reaction disease" not in labels(grounder, "Mice were hypersensitive to touch.", "Disorder")


def test_exact_adjective_synonym_heading_a_disorder_phrase_counts(grounder: Grounder) -> None:
    assert "hyperplasia" in labels(grounder, "Hyperplastic disease of the gland progressed.", "Disorder")


# --- coverage: a sign MeSH also files as a phenomenon (G) is a sign; a measure (also E, a technique) is not -----

def test_sleepiness_is_a_sign_body_weight_is_not(grounder: Grounder) -> None:
    assert "Sleepiness" in labels(grounder, "Somnolence was the commonest adverse event.", "Phenotype")
    assert not labels(grounder, "Body weight was recorded weekly.", "Phenotype")


# --- drugs: a class word before a hyphenated participle of cause is the class given ----------------------------

@pytest.mark.parametrize("text", [
    "Weight gain was mostly antipsychotic-associated.",
    "Motility changes were not antipsychotic-generated.",
])
def test_class_word_before_a_participle_of_cause_is_the_drug_class(grounder: Grounder, text: str) -> None:
    assert "antipsychotic agent" in labels(grounder, text, "Intervention")


def test_class_adjective_before_a_plain_noun_is_still_no_drug(grounder: Grounder) -> None:
    assert not labels(grounder, "Antipsychotic efficacy differed between sites.", "Intervention")


# --- processes named with the field's short form of their chemical, case-sensitively --------------------------

def test_chemical_short_form_in_a_process_name(grounder: Grounder) -> None:
    assert "nitric oxide biosynthetic process" in labels(grounder, "L-NAME blocked NO synthesis in microglia.",
                                                         "Pathway")
    assert not labels(grounder, "There was no synthesis of new receptors.", "Pathway")


# --- precision: a context-only name out of context still takes its span (no shorter name inside it) ------------

def test_context_only_name_out_of_context_blocks_shorter_names(grounder: Grounder) -> None:
    assert not labels(grounder, "Serum vitamin D levels were lower in patients.", "Intervention")
    assert not labels(grounder, "Low vitamin B12 levels predicted relapse.", "Intervention")


def test_context_only_name_in_context_grounds(grounder: Grounder) -> None:
    assert "vitamin D" in labels(grounder, "Patients were given vitamin D (1000 IU daily).", "Intervention")  # ChEBI label (OBO first)


def test_blocker_never_comes_back_as_a_match(grounder: Grounder) -> None:
    assert all(m.concept is not None for m in grounder.find("Serum vitamin D and cortisol levels."))


# --- processes: cellular stresses, adjectival nouns, cytokine short forms --------------------------------------

def test_word_inside_a_grounded_name_is_no_elided_conjunct(grounder: Grounder) -> None:
    mentions, _ = extract_mentions(Document("t.txt", "", "We reviewed neuronal apoptosis, TNF signaling and gliosis."),
                                   grounder)
    assert "apoptosis" not in {m.text for m in mentions}  # only "neuronal apoptosis", no elided "apoptosis (signaling)"
    assert "interleukin-6-mediated signaling pathway" in labels(grounder, "IL-6 and TNF signaling were blocked.",
                                                                "Pathway")


# --- disorders: DSM-5 names, and an ontology homonym from another field --------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Opioid use disorder was common in the cohort.", "opioid abuse"),
    ("Patients with a substance use disorder were excluded.", "substance abuse"),
])
def test_use_disorder_is_the_abuse_concept(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


def test_perinatal_depression_is_no_asphyxia(grounder: Grounder) -> None:
    assert labels(grounder, "Perinatal depression affects one mother in seven.", "Disorder") == {"depressive disorder"}


def test_combining_form_and_process_names_of_disorders(grounder: Grounder) -> None:
    assert "Nerve Degeneration" in labels(grounder, "Neurodegeneration followed the infection.", "Phenotype")
    assert "demyelinating disease" in labels(grounder, "Demyelination was seen on MRI.", "Disorder")
    # GUIDELINES: neuroinflammation is the Pathway, never neuritis
    assert labels(grounder, "Neuroinflammation was present.", "Pathway") == {"neuroinflammatory response"}
    assert not labels(grounder, "Neuroinflammation was present.", "Disorder")
