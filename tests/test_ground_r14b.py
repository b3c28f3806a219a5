"""Issue 13, round 14b (session 10): Pathway, cell and Disorder kinds read off the tune half, check-read, GutBrainIE
train and the findings tuning parts, fixed by general rules, ontology-derived names and GUIDELINES' wordings.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.models import Document
from tests.test_grounding_round3 import labels

# --- 1. an infection named by its pathogen after "with", "by", "caused by", or by an abbreviated genus -----------


@pytest.mark.parametrize("text, label", [
    ("Infection by the neurotropic parasite, Toxoplasma gondii, raised the risk of psychosis.", "toxoplasmosis"),
    ("Chronic infection with Toxoplasma gondii alters behaviour in rodents.", "toxoplasmosis"),
    ("Toxoplasma gondii is a common parasite. T. gondii infection was linked to suicide attempts.", "toxoplasmosis"),
    ("Infection caused by Helicobacter pylori was treated first.", "Helicobacter pylori infectious disease"),
    ("Infection with HIV was an exclusion criterion.", "HIV infectious disease"),
])
def test_an_infection_named_by_its_pathogen(grounder: Grounder, text: str, label: str) -> None:
    found = labels(grounder, text, "Disorder")
    assert label in found and "infectious disease" not in found


@pytest.mark.parametrize("text", [
    "Infection with high doses of the vaccine strain was rare.",
    "The risk of infection with the virus was low.",
])
def test_no_pathogen_named_leaves_the_generic_infection(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Disorder") == {"infectious disease"}  # MONDO (round 17b; was MeSH Infections)


# --- 2. GUIDELINES' immune (dys)regulation and synaptic wordings ------------------------------------------------


@pytest.mark.parametrize("text, cls, label", [
    ("Chronic stress impairs immune function in older adults.", "Pathway", "regulation of immune system process"),
    ("Altered immunity was reported in patients with schizophrenia.", "Pathway",
     "regulation of immune system process"),
    ("Microglia prune synapses and shape synaptic function.", "Pathway", "chemical synaptic transmission"),
])
def test_guideline_wordings(grounder: Grounder, text: str, cls: str, label: str) -> None:
    assert label in labels(grounder, text, cls)


def test_bare_immunity_stays_the_immune_response(grounder: Grounder) -> None:
    assert labels(grounder, "Vitamin D supports innate immunity and immunity to viruses.", "Pathway") \
        >= {"immune response"}


# --- 3. a family member's signalling named as the family's (GO 2022 synonyms) -------------------------------------


@pytest.mark.parametrize("text", ["Blocking the IL-1β pathway prevented the anhedonia.",
                                  "IL-1beta signalling in the hippocampus was raised after stress."])
def test_an_isoform_pathway_is_the_family_signalling(grounder: Grounder, text: str) -> None:
    assert "interleukin-1-mediated signaling pathway" in labels(grounder, text, "Pathway")


# --- 4. a cell's process across the cell's modifiers -----------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Minocycline prevented the activation of Iba1-positive microglia in the hippocampus.",
     "microglial cell activation"),
    ("The activation of resident hippocampal microglia was reduced.", "microglial cell activation"),
    ("Stress decreased the proliferation of splenic T cells.", "T cell proliferation"),
])
def test_a_cell_process_across_modifiers(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", ["Production of IL-6 by activated microglia was measured.",
                                  "Activation of TLR4 on microglia triggers cytokine release.",
                                  "The activation of genes in microglia was mapped."])
def test_a_function_word_stops_the_modifiers(grounder: Grounder, text: str) -> None:
    assert "microglial cell activation" not in labels(grounder, text, "Pathway")


# --- 5. cell names of immunology's older wording ---------------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Splenic plaque-forming cells were counted after immunisation.", "antibody secreting cell"),
    ("Lymphoid cells infiltrated the thymus.", "lymphocyte"),
])
def test_older_cell_names(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "ImmuneCell")


# --- 6. the gut-brain link named without "axis" ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["Probiotics may act through bidirectional gut-brain pathways.",
                                  "Brain-gut communication is altered in irritable bowel syndrome.",
                                  "Microbiota-gut-brain crosstalk shapes stress responses."])
def test_a_gut_brain_link_is_the_axis(grounder: Grounder, text: str) -> None:
    assert "microbiota-gut-brain axis" in labels(grounder, text, "Pathway")


def test_other_organ_links_are_no_axis(grounder: Grounder) -> None:
    assert not labels(grounder, "Gut-liver signalling and the blood-brain barrier were studied.", "Pathway")


# --- 7. Disorder precision: adjectives and a substance read as a disease ---------------------------------------


@pytest.mark.parametrize("text", [
    "Samples were collected under sterile conditions.",
    "Soluble amyloid-beta and amyloid plaques were measured.",
    "Infectious agents were ruled out by culture.",
])
def test_no_disorder_from_an_adjective_or_a_substance(grounder: Grounder, text: str) -> None:
    assert not labels(grounder, text, "Disorder")


def test_an_adjective_before_its_bearer_keeps_the_disorder(grounder: Grounder) -> None:
    assert "nutritional deficiency disease" in labels(grounder, "Malnourished children were enrolled.", "Disorder")


# --- 8. a GO root obsoleted since 2022 keeps its name, with no GO id (GUIDELINES: [] plus label) -----------------


@pytest.mark.parametrize("text, label", [
    ("Butyrate increased histone acetylation in the hippocampus.", "histone acetylation"),
    ("Prebiotics may act through the synthesis of neurotransmitters.", "neurotransmitter biosynthetic process"),
    ("Gut bacteria contribute to neurotransmitter synthesis.", "neurotransmitter biosynthetic process"),
])
def test_obsoleted_go_roots_keep_their_name(grounder: Grounder, text: str, label: str) -> None:
    found = [m.concept for m in extract_mentions(Document("t.txt", "", text), grounder)[0]
             if m.concept.cls == "Pathway" and m.concept.label == label]
    assert found and found[0].iri.startswith("https://w3id.org/ipkg/id/concept/pathway/")


# --- 9. a cell's reactive or raised state is its activation ------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Chronic stress increased microglial reactivity in the prefrontal cortex.", "microglial cell activation"),
    ("Microglia hyperactivation followed the injection of LPS.", "microglial cell activation"),
    ("Polyclonal B-cell hyperreactivity was seen in the infected animals.", "B cell activation"),
])
def test_a_cell_reactivity_is_its_activation(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_a_molecule_reactivity_is_no_cell_activation(grounder: Grounder) -> None:
    assert not labels(grounder, "Complement hyperactivation and antibody reactivity were measured.", "Pathway")


# --- 10. links of organs and systems named without "axis"; brain inflammation as the process ---------------------


@pytest.mark.parametrize("text, label", [
    ("Brain-immune interactions shape sickness behaviour.", "brain-immune interactions"),
    ("Neuro-immune communication is altered in depression.", "neuro-immune communication"),
])
def test_an_organ_link_is_a_pathway_labelled_by_its_words(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Pathway") == {label}


def test_links_of_non_organs_are_none(grounder: Grounder) -> None:
    text = "Host-microbe interactions, drug-drug interactions and gene-environment interactions were modelled."
    assert not labels(grounder, text, "Pathway")


def test_brain_inflammation_is_the_neuroinflammatory_response(grounder: Grounder) -> None:
    text = "Systemic LPS caused brain inflammation in aged mice."
    assert "neuroinflammatory response" in labels(grounder, text, "Pathway")
    assert not labels(grounder, text, "Disorder")


# --- 11. the inflammatory process named by the state it leaves, and with "pro-" -------------------------------------


@pytest.mark.parametrize("text", [
    "LPS shifted microglia towards a pro-inflammatory phenotype.",
    "Obesity maintains a chronic proinflammatory state.",
    "Pro-inflammatory pathways were activated in the hippocampus.",
    "Depression has an inflammatory component in some patients.",
])
def test_inflammatory_states_are_the_inflammatory_response(grounder: Grounder, text: str) -> None:
    assert "inflammatory response" in labels(grounder, text, "Pathway")


def test_pro_inflammatory_cytokines_are_no_process(grounder: Grounder) -> None:
    assert not labels(grounder, "Pro-inflammatory cytokines were measured in plasma.", "Pathway")
