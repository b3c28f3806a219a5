"""Issue 13, round 19b (session 14): Pathway and Disorder wordings the read parts and the findings' arguments leave
ungrounded (docs/grounding.md, "Round 19b"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.disorders import class_word_forms
from ipkg.ground.variants import tokenize
from tests.test_grounding_round3 import labels

# --- 1. an ion's charge glued to its element in brackets ends no phrase (variants._GLUED_SUBTYPE_RE) ---------------


@pytest.mark.parametrize("text, label", [
    ("Cardiomyocyte Ca(2+) handling was impaired after the burn.", "intracellular calcium ion homeostasis"),
    ("Blocking Ca(2+) influx lowered transmitter release.", "calcium ion import across plasma membrane"),
    ("The toxin disturbs Ca(2+) homeostasis in neurons.", "calcium ion homeostasis"),
])
def test_bracketed_charge_reads_as_the_plain_one(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_bracketed_charge_keeps_the_break_after_other_brackets() -> None:
    """Only a short bracket glued to a word loses its break: a bracket after a space still ends the phrase."""
    assert "|" not in [t[0] for t in tokenize("Ca(2+) handling")]
    assert "|" in [t[0] for t in tokenize("the calcium (2 mM) handling")]
    assert "|" in [t[0] for t in tokenize("calcium (2+) handling")]


# --- 2. GSK-3's long form names GSK3 signalling as its short form does (lexicon/curated.tsv) ----------------------


@pytest.mark.parametrize("text", [
    "The drug raised the phosphorylation of glycogen synthase kinase 3beta at Ser9.",
    "Inhibitors of glycogen synthase kinase-3 beta have antimanic effects.",
    "Lithium inhibits glycogen synthase kinase 3 in the brain.",
])
def test_gsk3_long_form(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == {"GSK3 signaling"}


def test_gsk3_defined_by_its_long_form_keeps_the_short_form(grounder: Grounder) -> None:
    """A document that defines GSK-3beta by its long form no longer silences the short form."""
    from ipkg.extract.mentions import extract_mentions
    from ipkg.models import Document

    text = ("Glycogen synthase kinase 3beta (GSK-3beta) is a kinase of the insulin pathway. "
            "Ketamine inactivated GSK-3beta in the hippocampus.")
    mentions, _ = extract_mentions(Document("t.txt", "", text), grounder)
    assert {m.text for m in mentions if m.concept.label == "GSK3 signaling"} >= {"GSK-3beta"}


# --- 3. "stress mechanisms" is response to stress (check adjudication rule; lexicon/curated.tsv) ------------------


def test_stress_mechanisms(grounder: Grounder) -> None:
    assert labels(grounder, "New drugs should target stress mechanisms in mood disorders.", "Pathway") == {
        "response to stress"}
    assert labels(grounder, "Chronic stress lowered body weight.", "Pathway") == set()


# --- 4. a disorder of a part or a field under another class noun (sources/disorders.class_word_forms) -------------


@pytest.mark.parametrize("text, label", [
    ("Probiotics given early may prevent brain pathologies in adult rats.", "brain disorder"),
    ("Renal pathology was seen in two of the treated dogs.", "kidney disorder"),
])
def test_class_word_forms(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", [
    "Gastrointestinal manifestations often precede the motor signs.",
    "Patients often present with psychiatric manifestations.",
    "Inflammatory pathology in the gut was reduced by the diet.",
    "Tau pathology spread from the entorhinal cortex.",
])
def test_signs_and_processes_are_no_class_word_form(grounder: Grounder, text: str) -> None:
    """"manifestations" are not read (tried and withdrawn); a process's or a protein's "pathology" is no disease."""
    assert labels(grounder, text, "Disorder") == set()


def test_class_word_forms_rules() -> None:
    forms = [n for n, _ in class_word_forms(["liver disease", "inflammatory disease", "mental disorder",
                                             "bowel disorder", "Lyme disease"])]
    assert forms == ["liver pathology", "mental pathology", "bowel pathology"]


# --- 5. a cell named by its defining marker (lexicon/curated.tsv; "positive" and "(+)" read as "+") -----------------


@pytest.mark.parametrize("text, label", [
    ("CD4+ cells fell below 200 per microlitre.", "CD4-positive, alpha-beta T cell"),
    ("The number of CD8-positive cells in the spleen doubled.", "CD8-positive, alpha-beta T cell"),
    ("Iba-1 positive cells crowded the lesion.", "microglial cell"),
    ("GFAP(+) cells lined the scar.", "astrocyte"),
    ("Lyt-2+ T cells rose after the graft while L3T4+ cells fell.", "CD8-positive, alpha-beta T cell"),
])
def test_marker_named_cells(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "ImmuneCell")


def test_a_marker_alone_names_no_cell(grounder: Grounder) -> None:
    assert labels(grounder, "CD4 expression on the surface was measured.", "ImmuneCell") == set()


# --- 6. the synapse's structure (GO root synapse organization) and British doubled l (variants._spelling) ---------


@pytest.mark.parametrize("text, label", [
    ("Microglia take part in synaptic remodeling during stress.", "modification of synaptic structure"),
    ("Complement tags synapses for synaptic remodelling.", "modification of synaptic structure"),
    ("Synapse maturation was delayed in the knockout.", "synapse maturation"),
])
def test_synapse_structure(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_british_doubled_l_is_one_key() -> None:
    assert [t[0] for t in tokenize("remodelling, labelled")] == [t[0] for t in tokenize("remodeling, labeled")]
    assert [t[0] for t in tokenize("telling")] == ["telling"]  # a short word keeps its double l


# --- 7. a muscle's contractility is its contraction (sources/processes.contractility_names) -----------------------


@pytest.mark.parametrize("text, label", [
    ("Halothane lowered myocardial contractility in the isolated heart.", "cardiac muscle contraction"),
    ("Cardiac contractile function recovered within an hour.", "cardiac muscle contraction"),
    ("Oxytocin raised uterine contractility in the ewes.", "uterine smooth muscle contraction"),
])
def test_contractility(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_bare_contractility_is_not_read(grounder: Grounder) -> None:
    assert labels(grounder, "Contractility was unchanged by the drug.", "Pathway") == set()
