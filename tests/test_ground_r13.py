"""Issue 13, round 13 (session 9): names the findings lose. A stress paradigm's other translation ("unexpected"),
a kinase cascade written as the kinase's signalling, and neurotransmitter uptake as a mechanism. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.expand import pathway_variants
from ipkg.ground.sources.exposures import paradigm_names
from tests.test_grounding_round3 import labels


def test_unexpected_names_a_stress_paradigm(grounder) -> None:  # type: ignore[no-untyped-def]
    assert "chronic unexpected mild stress" in paradigm_names()
    assert labels(grounder, "Mice were exposed to chronic unexpected mild stress for five weeks.", "Exposure") \
        == {"chronic unexpected mild stress"}
    assert not labels(grounder, "The result was unexpected under stress.", "Exposure")


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
