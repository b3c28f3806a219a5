"""Issue 13, round 19a (session 14): Interventions the golds count and ipkg missed: members listed after a class of
given things (``ground/agent_members``), the prebiotic carbohydrates (``sources/diets``), classes in everyday words
(``lexicon/curated.tsv``), and the one MeSH-record lookup of the round-18a forms (``sources/chemical_forms``).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.chemical_forms import mesh_record, sole_forms
from ipkg.models import Document


def interventions(grounder: Grounder, abstract: str, title: str = "A study") -> set[str]:
    mentions, _ = extract_mentions(Document("t.txt", title, abstract), grounder)
    return {m.concept.label for m in mentions if m.concept.cls == "Intervention"}


# --- 1. members listed after a class of given things -------------------------------------------------------------


@pytest.mark.parametrize("text, member", [
    ("Dietary supplements such as magnesium and folic acid may ease low mood.", "magnesium atom"),
    ("Antioxidant supplements (e.g., melatonin and N-acetylcysteine) reduced symptoms in the trial.", "melatonin"),
    ("Hormone therapies such as progesterone were compared.", "progesterone"),
    ("We review prebiotics, including inulin and lactulose, for anxiety.", "Inulin"),
])
def test_a_gated_member_of_a_given_class_is_given(grounder: Grounder, text: str, member: str) -> None:
    assert member in interventions(grounder, text)


@pytest.mark.parametrize("text, member", [
    ("The substance melatonin rises at night.", "melatonin"),  # no class, no cue: the body's own
    ("Serum levels of antioxidants such as melatonin were lower.", "melatonin"),  # the class is measured
    ("Endogenous antioxidants such as melatonin protect neurons.", "melatonin"),
    ("Antioxidants such as melatonin and glutathione levels were altered in the rats.", "melatonin"),
    ("Hormones such as progesterone rise in pregnancy.", "progesterone"),  # a context-only class says nothing
])
def test_a_member_of_a_measured_or_bodily_class_stays_gated(grounder: Grounder, text: str, member: str) -> None:
    assert member not in interventions(grounder, text)


# --- 2. prebiotic carbohydrates and classes in everyday words ---------------------------------------------------


def test_inulin_needs_a_cue(grounder: Grounder) -> None:
    assert "Inulin" in interventions(grounder, "Mice received inulin for four weeks.")
    assert "Inulin" not in interventions(grounder, "Chicory root is a source of inulin.")


@pytest.mark.parametrize("text, label", [
    ("Infants received galactooligosaccharides in formula.", "Oligosaccharides"),
    ("A fructo-oligosaccharide supplement was given to the rats.", "fructooligosaccharide"),
    ("Many patients take psychiatric drugs that alter the microbiota.", "psychotropic drug"),
    ("Psychiatric medications were stable for three months.", "psychotropic drug"),
    ("Medicinal herbs are widely used for insomnia.", "Herbal Medicine"),
])
def test_everyday_names_of_given_classes(grounder: Grounder, text: str, label: str) -> None:
    assert label in interventions(grounder, text)


# --- 3. the one MeSH-record lookup of the round-18a forms -------------------------------------------------------


def test_sole_forms_leaves_out_a_form_two_concepts_write() -> None:
    def row(curie: str, name: str) -> LexiconRow:
        return LexiconRow("Intervention", curie, curie, name, name, "label", "MESH", "2024", "")

    rows = [row("MESH:D1", "Alpha Therapy"), row("MESH:D2", "Alpha Treatment Plan")]
    mesh = {"D1": {"trees": ["E02"]}, "D2": {"trees": ["E02"]}}
    forms = sole_forms(rows, mesh, lambda r, record: ["shared form", r.name + " x"] if record else [])
    assert [(r.curie, f) for r, f in forms] == [("MESH:D1", "Alpha Therapy x"), ("MESH:D2", "Alpha Treatment Plan x")]
    assert mesh_record("MAXO:1", mesh) is None


# --- 4. a name in apposition to a mechanism's noun; venom toxins; the ChEBI label as a name ---------------------


@pytest.mark.parametrize("text, member", [
    ("The current was abolished by the sodium channel blocker tetrodotoxin.", "tetrodotoxin"),
    ("Relaxation was antagonized by the selective K(Ca)2 inhibitor apamin.", "Apamin"),
])
def test_a_gated_name_after_a_mechanism_noun_is_given(grounder: Grounder, text: str, member: str) -> None:
    assert member in interventions(grounder, text)


@pytest.mark.parametrize("text, member", [
    ("Apamin is a peptide of bee venom.", "Apamin"),  # a toxin named, not given
    ("Plasma ADMA, an endogenous NOS inhibitor asymmetric dimethylarginine, was raised.",
     "N(omega),N(omega)-dimethyl-L-arginine"),
    ("Receptors are activated by the neuromodulator adenosine.", "adenosine"),
    ("Faecal levels of the epigenetic modulator butyrate were lower.", "butyrate"),
])
def test_a_toxin_or_the_bodys_inhibitor_named_only_stays_gated(grounder: Grounder, text: str, member: str) -> None:
    assert member not in interventions(grounder, text)


def test_the_chebi_label_names_a_mesh_chemical(grounder: Grounder) -> None:
    text = "Rats were treated with diisopropyl fluorophosphate (DFP; 1.5 mg/kg)."
    assert "diisopropyl fluorophosphate" in interventions(grounder, text)


# --- 5. interferons given as drugs ------------------------------------------------------------------------------


def test_a_numbered_interferon_is_a_drug_anywhere(grounder: Grounder) -> None:
    assert "Interferon beta-1a" in interventions(grounder, "Interferon beta-1a lowers relapse rates in MS.")


def test_an_interferon_family_is_given_under_a_cue_only(grounder: Grounder) -> None:
    assert "Interferon-beta" in interventions(grounder, "Patients were treated with interferon-beta for a year.")
    mentions, _ = extract_mentions(Document("t.txt", "A study", "Interferon-beta levels rose in serum."), grounder)
    assert {m.concept.cls for m in mentions if m.text.lower() == "interferon-beta"} == {"Cytokine"}


def test_a_receptor_class_before_the_noun_is_no_coordination(grounder: Grounder) -> None:
    # "receptor" ends in "or": only the word "or" coordinates ("agonist and antagonist X" does)
    assert "magnesium atom" in interventions(grounder, "It was blocked by the NMDA receptor antagonist magnesium.")
