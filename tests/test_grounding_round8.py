"""Issue 13, round 8: research compounds named only by MeSH supplementary records, and bacteria given as
probiotics; kinds found on tuning parts only (the annotated set's tune half, BC5CDR chemical train+dev). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder, treatment_context
from ipkg.ground.sources.compounds import TRIVIAL_NAME, code_spellings
from ipkg.ground.sources.microbes import abbreviated_binomial
from tests.test_grounding_round3 import labels

# --- 1. developer codes and trivial names of supplementary records -------------------------------------------


def test_code_spellings() -> None:
    assert code_spellings("SB 269970") == ["SB 269970", "SB-269970", "SB269970"]
    assert code_spellings("BE360 compound")[1:] == ["BE 360", "BE-360", "BE360"]
    assert code_spellings("NBQX") == [] and code_spellings("IL-6") == [] and code_spellings("MK-80") == []


def test_trivial_name_gate() -> None:
    assert TRIVIAL_NAME.match("cryptotanshinone") and TRIVIAL_NAME.match("chelidonic acid")
    assert TRIVIAL_NAME.match("4-chlorokynurenine")
    assert not TRIVIAL_NAME.match("2,3-dioxo-6-nitro-7-sulfamoylbenzo(f)quinoxaline")
    assert not TRIVIAL_NAME.match("tetrandrine derivative W6")


@pytest.mark.parametrize("text, label", [
    ("Rats received SB-269970 before the forced swim test.", "SB 269970"),
    ("The 5-HT7 antagonist SB269970 reversed the deficit.", "SB 269970"),
    ("The carborane compound BE360 improved memory in bulbectomized mice.", "BE360"),  # its code (round 20a)
    ("Cryptotanshinone reduced microglial activation in stressed rats.", "cryptotanshinone"),
    ("Tetrandrine lowered IL-6 in the hippocampus.", "tetrandrine"),
])
def test_research_compounds_ground_anywhere(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


def test_acids_of_supplementary_records_wait_for_a_cue(grounder: Grounder) -> None:
    assert "chelidonic acid" in labels(grounder, "Mice were treated with chelidonic acid for ten days.",
                                        "Intervention")
    assert "chelidonic acid" not in labels(grounder, "Chelidonic acid occurs in many plants.", "Intervention")


def test_a_class_parent_skeleton_is_no_drug(grounder: Grounder) -> None:
    for text in ("Faecal indoles and 5-hydroxyindole were measured.", "Serum indole rose after the diet."):
        assert not labels(grounder, text, "Intervention") & {"indole", "5-hydroxyindole"}


def test_prodrug_is_a_cue(grounder: Grounder) -> None:
    text = "We gave mice the prodrug chelidonic acid."
    assert treatment_context(text, text.index("chelidonic"), len(text) - 1)
    assert "chelidonic acid" in labels(grounder, text, "Intervention")
    text = "Serum chelidonic acid was measured in the prodrug study."
    assert not treatment_context(text, text.index("chelidonic"), text.index(" was"))


# --- 2. bacteria given as probiotics ---------------------------------------------------------------------------


def test_abbreviated_binomial() -> None:
    assert abbreviated_binomial("Bifidobacterium longum") == "B. longum"
    assert abbreviated_binomial("Bifidobacterium") is None


@pytest.mark.parametrize("text, label", [
    ("Administration of Lactobacillus rhamnosus reduced anxiety-like behaviour.", "Lacticaseibacillus rhamnosus"),
    ("Ingestion of L. rhamnosus for 14 days lowered corticosterone.", "Lacticaseibacillus rhamnosus"),
    ("Mice were gavaged with Bifidobacterium longum daily.", "Bifidobacterium longum"),
    ("The probiotic strain Lactobacillus helveticus improved memory.", "Lactobacillus helveticus"),
    ("Supplemental Lactobacillus plantarum was given every day.", "Lactobacillus plantarum"),
])
def test_bacteria_given_are_interventions(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "The abundance of Lactobacillus and Bifidobacterium longum rose in stressed mice.",
    "Faecal L. rhamnosus counts were lower in patients with depression.",
])
def test_bacteria_measured_are_not(grounder: Grounder, text: str) -> None:
    found = labels(grounder, text, "Intervention")
    assert not found & {"Lactobacillus", "Bifidobacterium longum", "Lacticaseibacillus rhamnosus"}


def test_a_genus_initial_is_no_sentence_end() -> None:
    from ipkg.ground.variants import BREAK, tokenize

    assert BREAK not in [t[0] for t in tokenize("Ingestion of L. reuteri lowered it.")]
    assert BREAK in [t[0] for t in tokenize("Levels of vitamin D. It was low.")]


# --- 3. a kinase's phosphorylation names its signalling ---------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Ketamine increased the phosphorylation of Akt in the prefrontal cortex.",
     "phosphatidylinositol 3-kinase/protein kinase B signal transduction"),
    ("Stress reduced the activation of ERK1 and ERK2 in the hippocampus.", "ERK1 and ERK2 cascade"),
])
def test_kinase_phosphorylation_is_its_signalling(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_kinase_phosphorylation_only_for_kinases() -> None:
    from ipkg.ground.morphology import process_variants

    assert "Wnt phosphorylation" not in [n for n, _ in process_variants(["Wnt signaling pathway"])]
    assert "protein kinase phosphorylation" not in [
        n for n, _ in process_variants(["intracellular signal transduction", "protein kinase cascade"])]
    assert "phosphorylation of regulation of MAPK" not in [
        n for n, _ in process_variants(["regulation of MAPK cascade", "regulation of protein kinase cascade"])]


def test_a_code_keeps_its_capitals(grounder: Grounder) -> None:
    assert not labels(grounder, "Patients admitted in 2001 were followed up.", "Intervention")
    assert "SB 269970" not in labels(grounder, "The sb 269970 text is lower case.", "Intervention")


def test_a_class_heading_parent_is_gated(grounder: Grounder) -> None:
    assert "aniline" not in labels(grounder, "Workers were exposed at a plant making aniline dyes.", "Intervention")


def test_psychobiotics_are_probiotics(grounder: Grounder) -> None:
    assert "Probiotics" in labels(grounder, "Psychobiotics improved mood in healthy volunteers.", "Intervention")


@pytest.mark.parametrize("text", [
    "Microglia showed increased inflammatory activities after the injury.",
    "Repeated inflammatory insults sensitised the hippocampus.",
])
def test_inflammatory_activity_is_the_response(grounder: Grounder, text: str) -> None:
    assert "inflammatory response" in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text, label", [
    ("The product holds Lactobacillus reuteri NK33 and Bifidobacterium adolescentis NK98.",
     "Bifidobacterium adolescentis"),
    ("Patients took <i>L. plantarum</i> PS128 for eight weeks.", "Lactobacillus plantarum"),
])
def test_a_strain_designation_marks_a_given_strain(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Melatonin MT12 receptors were counted.", "Salivary cortisol AUC0-120 was higher.", "Dopamine D2 binding fell.",
])
def test_receptor_letters_and_ranges_are_no_strains(text: str) -> None:
    word = text.split()[0] if text.split()[0] != "Salivary" else "cortisol"
    start = text.index(word)
    assert not treatment_context(text, start, start + len(word))
