"""Issue 13, round 13 (session 9, reverted; brought back in round 14b, session 10): names the findings lose. A
stress paradigm's other translations ("unexpected", "unpredicted") as the one chronic
unpredictable mild stress, a kinase cascade written as the kinase's signalling, and neurotransmitter uptake as a
mechanism. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.expand import pathway_variants
from ipkg.ground.sources.exposures import paradigm_names
from tests.test_grounding_round3 import labels


@pytest.mark.parametrize("text", [
    "Mice were exposed to chronic unexpected mild stress for five weeks.",
    "The chronic unpredicted mild stressors lowered sucrose preference.",
])
def test_other_spellings_of_cums_are_cums(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Exposure") == {"chronic unpredictable mild stress"}


def test_unexpected_names_no_paradigm_of_its_own(grounder) -> None:  # type: ignore[no-untyped-def]
    names = paradigm_names()
    assert labels(grounder, "Rats underwent unexpected chronic mild stress.", "Exposure") \
        == {"unpredictable chronic mild stress"}  # the schedule word first names the paradigm as it did
    assert "chronic unexpected mild stress" not in names and "chronic unpredicted mild stress" not in names
    assert "chronic unexpected mild stress" in names["chronic unpredictable mild stress"]
    assert not labels(grounder, "The result was unexpected under stress.", "Exposure")
    assert not labels(grounder, "Patients described the unexpected stress of the lockdown.", "Exposure")


@pytest.mark.parametrize("name, expected, absent", [
    ("ERK1/2 cascade", {"ERK1/2 signaling", "ERK signaling", "ERK pathway"}, set()),
    ("MAPK cascade", {"MAPK signaling", "MAPK pathway"}, set()),
    ("protein kinase cascade", set(), {"protein kinase signaling", "protein kinase pathway"}),
])
def test_a_cascade_is_written_as_signalling(name: str, expected: set[str], absent: set[str]) -> None:
    names = {n for n, _ in pathway_variants([name])}
    assert expected <= names and not absent & names


@pytest.mark.parametrize("text, label", [
    ("Ketamine rapidly activated ERK signalling in the prefrontal cortex.", "ERK1 and ERK2 cascade"),
    ("Escitalopram blocked 5-HT uptake in platelets.", "serotonin uptake"),
    ("Serotonin uptake into synaptosomes was reduced by the drug.", "serotonin uptake"),
])
def test_pathways_named_as_mechanisms(grounder, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text, label", [
    ("Chronic stress weakened BDNF-TrkB signalling in the hippocampus.",
     "brain-derived neurotrophic factor receptor signaling pathway"),
    ("Exercise restored BDNF/TrkB signalling in the hippocampus.",
     "brain-derived neurotrophic factor receptor signaling pathway"),
])
def test_a_hyphenated_ligand_receptor_pair_is_the_ligand_signalling(grounder, text: str, label: str
                                                                    ) -> None:  # type: ignore[no-untyped-def]
    assert label in labels(grounder, text, "Pathway")


def test_a_hyphen_inside_one_name_is_no_pair(grounder) -> None:  # type: ignore[no-untyped-def]
    from ipkg.extract.coordination import _hyphen_pairs

    text = "NF-kB signalling and IL-6 signalling rose after BDNF-TrkB signalling fell."
    assert [(text[start:end], concept.label) for start, end, concept in _hyphen_pairs(text, grounder)] \
        == [("BDNF", "brain-derived neurotrophic factor receptor signaling pathway")]


def test_uptake_is_also_written_reuptake(grounder) -> None:  # type: ignore[no-untyped-def]
    assert "5-HT reuptake" in {n for n, _ in pathway_variants(["5-HT uptake"])}
    assert "serotonin uptake" in labels(grounder, "Sertraline inhibits serotonin reuptake at the synapse.", "Pathway")
