"""Issue 13, round 10 (session 8): kinds of error read off the grounding check set's ``check-read`` half, fixed by
general rules. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from tests.test_grounding_round3 import labels

# --- 1. "depression" of a function or a measured quantity is a lowering, not the mood disorder -----------------


@pytest.mark.parametrize("text", [
    "Burn injury caused a marked depression of splenic immune function in rats.",
    "The lesion produced a profound depression in cell-mediated immunity.",
    "Morphine caused a significant depression of the serum antibody titre.",
    "Ageing led to a depression of the phagocytic capacity of Kupffer cells.",
    "The toxin caused a depression of natural killer cell cytotoxicity.",
    "The opener produced a depression of spontaneous calcium events in smooth muscle.",
    "Endotoxin caused respiratory depression and myocardial depression in dogs.",
])
def test_depression_of_a_function_is_no_disorder(grounder: Grounder, text: str) -> None:
    assert "depressive disorder" not in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", [
    "Depression in patients with multiple sclerosis is common.",
    "Depression of the elderly is under-treated.",
    "Interleukin-6 levels were raised in depression.",
    "Depression levels fell after the intervention.",
    "Inflammation may cause depression in rats exposed to LPS.",
])
def test_depression_of_people_is_the_disorder(grounder: Grounder, text: str) -> None:
    assert "depressive disorder" in labels(grounder, text, "Disorder")


# --- 2. processes: a cell's immunity or killing named by the cell alone; physiological readouts ----------------


@pytest.mark.parametrize("text, label", [
    ("Burn injury impaired T-cell immunity in mice.", "T cell mediated immunity"),
    ("NK cell cytotoxicity was reduced in depressed patients.", "natural killer cell mediated cytotoxicity"),
    ("Natural killer cell cytotoxicity fell after stress.", "natural killer cell mediated cytotoxicity"),
    ("Neutrophil chemotaxis and chemotaxis of microglia were measured.", "chemotaxis"),
    ("The drug weakened uterine smooth muscle contraction in vitro.", "uterine smooth muscle contraction"),
    ("Infection of the dam delayed parturition.", "parturition"),
])
def test_process_paraphrases(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_mediated_variant_is_derived_from_go_names() -> None:
    from ipkg.ground.expand import pathway_variants

    names = {n for n, _ in pathway_variants(["T cell mediated immunity", "natural killer cell mediated cytotoxicity",
                                             "positive regulation of T cell mediated immunity"])}
    assert {"T cell immunity", "natural killer cell cytotoxicity"} <= names
    assert "positive regulation of T cell immunity" in names  # the regulating terms keep their cell's name
    assert not {n for n, _ in pathway_variants(["antibody-dependent cellular cytotoxicity"])} & {"cytotoxicity"}


# --- 3. experimental agents given to cells or animals (GUIDELINES: experimental agents are Interventions) -------


@pytest.mark.parametrize("text, label", [
    ("Splenocytes were stimulated with concanavalin A for 48 h.", "Concanavalin A"),
    ("Lymphocyte proliferation to phytohemagglutinin was lower in patients.", "Phytohemagglutinins"),
    ("Cells were cultured with pokeweed mitogen.", "Pokeweed Mitogens"),
    ("Rats received an anti-TNF neutralizing antibody before LPS.", "Antibodies, Neutralizing"),
])
def test_experimental_agents(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


# --- 4. a place adjective between a surface marker and a cell name ----------------------------------------------


def test_marker_across_a_place_adjective(grounder: Grounder) -> None:
    found = labels(grounder, "CD4+ and CD8+ splenic T cells were counted after infection.", "ImmuneCell")
    assert found == {"CD4-positive, alpha-beta T cell", "CD8-positive, alpha-beta T cell"}


def test_marker_across_a_participle_of_place(grounder: Grounder) -> None:
    found = labels(grounder, "CD8+ circulating T lymphocytes rose.", "ImmuneCell")
    assert found == {"CD8-positive, alpha-beta T cell"}


def test_no_place_adjective_no_change(grounder: Grounder) -> None:
    assert "regulatory T cell" in labels(grounder, "CD4+ regulatory T cells were depleted.", "ImmuneCell")


# --- 5. an infection named by its pathogen ------------------------------------------------------------------------


def test_short_form_infection_is_the_pathogens_disease(grounder: Grounder) -> None:
    text = "Mice were infected with tick-borne encephalitis virus (TEV). TEV infection was lethal."
    assert labels(grounder, text, "Disorder") == {"tick-borne encephalitis"}


@pytest.mark.parametrize("text, disease", [
    ("Lymphocytic choriomeningitis virus infection persisted in the brain.", "lymphocytic choriomeningitis"),
    ("Influenza A virus infection raised IL-6.", "influenza"),
    ("Herpes simplex virus type 1 infection was studied.", "herpes simplex infectious disease"),
])
def test_disease_virus_infection_is_one_disease(grounder: Grounder, text: str, disease: str) -> None:
    assert labels(grounder, text, "Disorder") == {disease}


def test_generic_infection_stays(grounder: Grounder) -> None:
    text = "Infection and inflammation were associated with fatigue."
    assert "infectious disease" in labels(grounder, text, "Disorder")  # MONDO (round 17b; was MeSH Infections)
    assert "viral infectious disease" in labels(grounder, "Viral infection raised interferon.", "Disorder")


def test_undefined_pathogen_short_form_keeps_the_generic_word(grounder: Grounder) -> None:
    assert "infectious disease" in labels(grounder, "XYZ infection was common in the ward.", "Disorder")



# --- 6. a sham procedure is the control, not an intervention ------------------------------------------------------


def test_sham_procedure_is_no_intervention(grounder: Grounder) -> None:
    assert labels(grounder, "Rats underwent sham operation or vagotomy.", "Intervention") == {"Vagotomy"}
    assert not labels(grounder, "Controls had sham surgery.", "Intervention")


def test_active_arm_still_counts(grounder: Grounder) -> None:
    assert labels(grounder, "Patients received sham rTMS or active rTMS.", "Intervention") == {
        "Transcranial Magnetic Stimulation"}


# --- 7. an organ's contraction; a kinase family named without its members' numbers ---------------------------


@pytest.mark.parametrize("text, label", [
    ("Oxytocin strengthened uterine contractions in vitro.", "uterine smooth muscle contraction"),
    ("Phosphorylated ERK rose in the hippocampus after stress.", "ERK1 and ERK2 cascade"),
    ("ERK phosphorylation was blocked by the inhibitor.", "ERK1 and ERK2 cascade"),
])
def test_organ_contraction_and_kinase_family(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_kind_of_contraction_is_no_organ(grounder: Grounder) -> None:
    assert "phasic smooth muscle contraction" not in labels(grounder, "Phasic contractions were recorded.", "Pathway")


# --- 8. chemokine receptors named as markers ----------------------------------------------------------------------


def test_chemokine_receptors_are_cytokine_items(grounder: Grounder) -> None:
    found = labels(grounder, "Microglial CX3CR1 and monocyte CCR2 expression fell after LPS.", "Cytokine")
    assert {"C-X3-C motif chemokine receptor 1", "C-C motif chemokine receptor 2"} <= found


def test_receptor_family_rule_is_by_symbol() -> None:
    from ipkg.ground.sources.cytokines import FAMILY

    assert all(FAMILY.match(s) for s in ("CCR5", "CXCR4", "CX3CR1", "XCR1", "FAS"))
    assert not any(FAMILY.match(s) for s in ("CCRL2", "FASN", "CXCR4P1"))


# --- 9. a drug-class word as the topic of development, or "of choice" ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Companies may abandon antidepressant development.",
    "Antidepressant research has stalled for decades.",
    "Lorazepam is the anticonvulsant of choice in status epilepticus.",
])
def test_class_word_as_a_noun(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Intervention") & {"antidepressant", "anticonvulsant"}


def test_class_word_before_an_effect_stays_an_adjective(grounder: Grounder) -> None:
    assert not labels(grounder, "Antidepressant effects developed within a week.", "Intervention")


# --- 10. generic and adjectival cell words ------------------------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("The receptor showed microglial expression in the raphe.", "microglial cell"),
    ("Monocytic markers rose after surgery.", "monocyte"),
    ("Immunocompetent cells responded to the hormone.", "leukocyte"),
])
def test_cell_words(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "ImmuneCell")


def test_adjective_of_a_foreign_cell_gives_nothing() -> None:
    from ipkg.ground.morphology import cell_measures

    assert cell_measures(["dendritic cell"]) == []  # "dendritic expression" is a neuron's dendrites


# --- 11. an eponym in the possessive without its head -------------------------------------------------------------


@pytest.mark.parametrize("text, disease", [
    ("Diseases such as multiple sclerosis and Alzheimer's, which affect many, were reviewed.", "Alzheimer disease"),
    ("Alzheimer's and Parkinson's disease share microglial activation.", "Alzheimer disease"),
    ("Parkinson's patients were recruited.", "Parkinson disease"),
])
def test_possessive_eponym(grounder: Grounder, text: str, disease: str) -> None:
    assert disease in labels(grounder, text, "Disorder")


def test_no_eponym_without_the_apostrophe(grounder: Grounder) -> None:
    assert not labels(grounder, "Still, the patients improved after a little rest.", "Disorder")
