"""Issue 13, round 4: kinds the findings stage found missing (cell measures, inflammasomes, CD markers, plural
chemical classes, T cell subsets), found on tuning data only. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.morphology import cell_measures, process_variants
from ipkg.ground.sources.cytokines import soluble_cd_names
from tests.constants import OBO
from tests.test_grounding_round2 import concepts
from tests.test_grounding_round3 import labels

MESH = "http://id.nlm.nih.gov/mesh/"


# --- a cell's own adjective before a measurement noun names the cell -------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Microglial density was higher in the hippocampus of suicide completers.", "microglial cell"),
    ("Estimated microglial densities did not differ between the groups.", "microglial cell"),
    ("Astrocytic counts fell after the stressor.", "astrocyte"),
    ("Monocytic proportions rose with age.", "monocyte"),
])
def test_cell_adjective_with_a_measure_names_the_cell(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "ImmuneCell")


def test_an_adjective_that_is_not_the_cells_own_gives_no_measure(grounder: Grounder) -> None:
    # "dendritic" is the neuron's adjective (dendrite) as much as the dendritic cell's: CL names no noun for it
    assert cell_measures(["dendritic cell"]) == []
    assert labels(grounder, "Dendritic density was reduced in layer III pyramidal neurons.", "ImmuneCell") == set()
    assert labels(grounder, "Microglial morphology was scored.", "ImmuneCell") == set()


# --- a process named after a -some complex is named by the complex and its activation ---------------------------

def test_complex_process_variants() -> None:
    names = {n for n, _ in process_variants(["inflammasome-mediated signaling pathway"])}
    assert {"inflammasome", "inflammasome activation", "activation of inflammasome"} <= names
    names = {n for n, _ in process_variants(["NLRP3 inflammasome complex assembly"])}
    assert {"nlrp3 inflammasome", "nlrp3 inflammasome formation"} <= names
    assert not {n for n, _ in process_variants(["cytokine-mediated signaling pathway"])} & {"cytokine"}


@pytest.mark.parametrize("text, label", [
    ("Stress primes the inflammasome in microglia.", "inflammasome-mediated signaling pathway"),
    ("Inflammasome activation was blocked by the drug.", "inflammasome-mediated signaling pathway"),
    ("The NLRP3 inflammasome links stress to depression.", "NLRP3 inflammasome complex assembly"),
    ("activation of the NLRP1 inflammasome in neurons", "NLRP1 inflammasome complex assembly"),
])
def test_inflammasome_names_its_process(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


# --- a CD antigen is a marker in its soluble form only ----------------------------------------------------------

def test_soluble_cd_names() -> None:
    assert soluble_cd_names("CD163") == ["sCD163", "soluble CD163"]
    assert soluble_cd_names("CD40LG")[0] == "sCD40L"
    assert soluble_cd_names("CDK5") == [] and soluble_cd_names("IL6") == []


@pytest.mark.parametrize("text, label", [
    ("Plasma sCD163 was higher in patients with bipolar disorder.", "CD163 molecule"),
    ("Soluble CD14 and soluble CD163 were measured in serum.", "CD14 molecule"),
    ("sCD40L rose after the infusion.", "CD40 ligand"),
])
def test_soluble_cd_antigen_is_a_marker(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Cytokine")


def test_bare_cd_name_is_a_surface_marker_not_a_cytokine(grounder: Grounder) -> None:
    assert labels(grounder, "CD163 expression on macrophages rose; CD4 counts fell.", "Cytokine") == set()
    assert "CD14-positive monocyte" in labels(grounder, "CD14+ monocytes were sorted.", "ImmuneCell")


# --- OBO first: a MeSH chemical with one ChEBI xref takes the ChEBI IRI -----------------------------------------

@pytest.mark.parametrize("text, iri", [
    ("Lithium levels were measured.", OBO + "CHEBI_30145"),  # MeSH Lithium -> lithium atom
    ("Rats were given L-NAME (10 mg/kg).", OBO + "CHEBI_7549"),  # NG-Nitroarginine Methyl Ester
])
def test_mesh_chemical_with_a_chebi_xref_takes_the_obo_iri(grounder: Grounder, text: str, iri: str) -> None:
    assert iri in concepts(grounder, text)


def test_pharmacological_class_keeps_its_mesh_iri(grounder: Grounder) -> None:
    # MeSH's class maps to a ChEBI role only loosely (EC 3.5.1.98 inhibitor): the class stays MeSH
    assert MESH + "D056572" in concepts(grounder, "Mice were given histone deacetylase inhibitors.")


# --- T cell subsets: the subset word and the CD marker in either order -----------------------------------------

@pytest.mark.parametrize("text, label", [
    ("CD4+ naive T cells were fewer in patients.", "naive thymus-derived CD4-positive, alpha-beta T cell"),
    ("Naive CD8+ T cells rose after treatment.", "naive thymus-derived CD8-positive, alpha-beta T cell"),
    ("Memory CD4+ T cells were expanded.", "CD4-positive, alpha-beta memory T cell"),
    ("CD8+ effector memory T cells were counted.", "effector memory CD8-positive, alpha-beta T cell"),
])
def test_t_cell_subset_in_either_word_order(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "ImmuneCell")


# --- a bracketed short form led by a digit is read through, like "(IL)" ------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Serotonin (5-HT) transmission was impaired in the raphe.", "synaptic transmission, serotonergic"),
    ("Serotonin (5HT) release rose after the stressor.", "serotonin secretion"),
])
def test_digit_led_short_form_inside_a_name_is_read_through(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_digit_insert_needs_a_capital_and_a_following_word() -> None:
    from ipkg.ground.variants import _INSERT_RE
    assert _INSERT_RE.search("serotonin (5-HT) transmission")
    assert not _INSERT_RE.search("in 2019 (2019) patients")  # no capital: a number, not a short form
    assert not _INSERT_RE.search("serotonin (5-HT). Next")  # nothing follows inside the phrase
