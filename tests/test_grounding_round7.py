"""Issue 13, round 7: kinds found on tuning parts only (the annotated set's tune half, BC5CDR train+dev); every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.expand import disorder_variants
from ipkg.ground.matcher import Grounder
from ipkg.ground.meshmap import MeshMap
from ipkg.ground.morphology import process_variants
from tests.constants import SHARED
from tests.test_grounding_round3 import labels

# --- 1. a regulated process named by its result ("modulated immune responses") ----------------------------------


def test_regulation_variants_name_the_modulated_process() -> None:
    names = [n for n, _ in process_variants(["regulation of immune response"])]
    assert "modulated immune response" in names
    assert "modulation of host immune response" in names
    names = [n for n, _ in process_variants(["regulation of synaptic plasticity"])]
    assert "modulated synaptic plasticity" in names
    assert "modulation of host synaptic plasticity" not in names  # "host" only qualifies an immune process


@pytest.mark.parametrize("text", [
    "The probiotic modulated immune responses in the gut of stressed mice.",
    "Commensal bacteria contribute to the modulation of host immune responses.",
])
def test_modulated_immune_response_is_its_regulation(grounder: Grounder, text: str) -> None:
    found = labels(grounder, text, "Pathway")
    assert "regulation of immune response" in found
    assert "immune response" not in found  # the longer name wins


def test_plain_immune_response_stays_the_response(grounder: Grounder) -> None:
    found = labels(grounder, "Vaccination elicited strong immune responses in older adults.", "Pathway")
    assert found == {"immune response"}


# --- 2. a "-cytosis" process measured as its "-cytic" activity --------------------------------------------------


def test_cytosis_variants() -> None:
    assert [n for n, _ in process_variants(["phagocytosis"])] == ["phagocytic activity", "phagocytic capacity"]
    assert "endocytic activity" in [n for n, _ in process_variants(["endocytosis"])]
    assert process_variants(["cytosis"]) == []  # a stem is needed


@pytest.mark.parametrize("text", [
    "Microglial phagocytic activity fell after the stressor.",
    "Macrophages from treated mice showed a greater phagocytic capacity.",
])
def test_phagocytic_activity_is_phagocytosis(grounder: Grounder, text: str) -> None:
    assert "phagocytosis" in labels(grounder, text, "Pathway")


def test_phagocytic_cells_are_no_process(grounder: Grounder) -> None:
    assert "phagocytosis" not in labels(grounder, "Phagocytic cells were counted in the spleen.", "Pathway")


# --- 3. scoring map: an emotion counts as MeSH's disorder of it in a disease-scored corpus ------------------------


@pytest.fixture(scope="module")
def mesh() -> MeshMap:
    return MeshMap(SHARED)


@pytest.mark.shared
def test_emotion_maps_to_its_disorder(mesh: MeshMap) -> None:
    assert mesh.ids("HP:0000739", "Anxiety") == {"D001008"}  # Anxiety (F01.470) -> Anxiety Disorders (F03)
    assert mesh.ids("MESH:D010200") == {"D016584"}  # Panic -> Panic Disorder


@pytest.mark.shared
def test_behaviours_outside_emotions_keep_their_id(mesh: MeshMap) -> None:
    assert mesh.disorder_of.get("D064424") is None  # Tobacco Use is no Tobacco Use Disorder
    assert mesh.disorder_of.get("D010551") is None  # Personality is no Personality Disorder
    assert mesh.ids("MESH:D001008") == {"D001008"}


# --- 4. the bone marrow's suppression, an ECG interval's prolongation ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Myelosuppression was the dose-limiting toxicity of the regimen.",
    "Two patients developed severe bone marrow suppression after the second cycle.",
])
def test_marrow_suppression_is_a_bone_marrow_disorder(grounder: Grounder, text: str) -> None:
    assert "bone marrow disorder" in labels(grounder, text, "Disorder")


def test_myelopathy_stays_the_spinal_cord(grounder: Grounder) -> None:
    assert "bone marrow disorder" not in labels(grounder, "Cervical myelopathy was seen on MRI.", "Disorder")


@pytest.mark.parametrize("text", [
    "Methadone caused QT prolongation in three patients.",
    "The drug was associated with prolongation of the QTc interval.",
    "A prolonged QT interval was recorded after the overdose.",
])
def test_interval_prolongation_is_long_qt(grounder: Grounder, text: str) -> None:
    assert "long QT syndrome" in labels(grounder, text, "Disorder")


def test_interval_variants_follow_the_syndrome() -> None:
    assert ("QT shortening", "derived") in disorder_variants(["short QT syndrome"])
    assert not [n for n, _ in disorder_variants(["long COVID syndrome"]) if "prolong" in n]


@pytest.mark.parametrize("text", [
    "Haloperidol caused extrapyramidal symptoms (EPS) in a third of patients; EPS resolved on withdrawal.",
    "Extrapyramidal side effects were rare with the atypical agent.",
])
def test_extrapyramidal_symptoms_are_a_basal_ganglia_disorder(grounder: Grounder, text: str) -> None:
    assert "basal ganglia disorder" in labels(grounder, text, "Disorder")


def test_extrapyramidal_tract_is_no_disorder(grounder: Grounder) -> None:
    assert labels(grounder, "The extrapyramidal tract was traced in rats.", "Disorder") == set()
