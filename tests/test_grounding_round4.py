"""Issue 13, round 4: kinds the findings stage found missing (cell measures, inflammasomes, CD markers, plural
chemical classes, T cell subsets), found on tuning data only. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.morphology import cell_measures, process_variants
from tests.test_grounding_round3 import labels


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
