"""Issue 13, round 24a (session 24): a species of the 2020 split of Lactobacillus under its new genus
("Lactiplantibacillus plantarum", which MeSH 2024 still names Lactobacillus plantarum), a microbe called a probiotic
as its treatment cue ("... strains are emerging as promising psychobiotics"), MeSH's Counseling branch and
Functional Food as Interventions ("motivational interviewing", "functional foods"), and "-static" among a drug's
actions ("showed tuberculostatic activity"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.test_grounding_round23a import labels


@pytest.mark.parametrize("text, surface, label", [
    ("Mice received Lactiplantibacillus plantarum for four weeks.", "lactiplantibacillus plantarum",
     "Lactobacillus plantarum"),
    ("Rats were gavaged with Lactiplantibacillus pentosus daily.", "lactiplantibacillus pentosus",
     "Lactobacillus pentosus"),
])
def test_a_species_under_its_new_genus_is_the_mesh_species(grounder, text, surface, label):
    assert labels(grounder, text)[surface] == label


def test_a_genus_the_lexicon_names_keeps_its_own_reading(grounder):
    found = labels(grounder, "Mice received Lacticaseibacillus paracasei for four weeks.")
    assert found["lacticaseibacillus paracasei"] == "Lacticaseibacillus paracasei"


def test_an_older_genus_outside_the_split_is_not_read_as_lactobacillus(grounder):
    found = labels(grounder, "Mice received Sporolactobacillus terrae for four weeks.")
    assert not any(label.startswith("Lactobacillus") for label in found.values())


@pytest.mark.parametrize("text, surface", [
    ("Lactiplantibacillus plantarum (LPL) strains are emerging as promising psychobiotics in mood disorders.",
     "lactiplantibacillus plantarum"),
    ("Bifidobacterium longum is a probiotic that colonises the infant gut.", "bifidobacterium longum"),
])
def test_a_microbe_called_a_probiotic_is_given(grounder, text, surface):
    assert surface in labels(grounder, text)


def test_a_microbe_measured_is_no_intervention(grounder):
    assert "bifidobacterium longum" not in labels(grounder, "Bifidobacterium longum was less abundant in patients.")


@pytest.mark.parametrize("text, surface, label", [
    ("Smokers were offered motivational interviewing or brief advice.", "motivational interviewing",
     "Motivational Interviewing"),
    ("Functional foods are marketed for mental well-being.", "functional foods", "Functional Food"),
])
def test_counseling_and_functional_food_are_interventions(grounder, text, surface, label):
    assert labels(grounder, text)[surface] == label


def test_a_static_action_is_a_drug_action(grounder):
    assert labels(grounder, "Isatin showed bacteriostatic activity against Staphylococcus aureus.").get("isatin") \
        == "isatin"
