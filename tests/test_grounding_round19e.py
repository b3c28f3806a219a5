"""Issue 13, round 19e (session 15): Pathway wordings the read parts leave ungrounded, built from GO names and English
(docs/grounding.md, "Round 19e"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.kinases import kinase_phosphorylation
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.receptor_subtypes import receptor_subtype_names
from tests.test_grounding_round3 import labels

# --- 1. a qualifier adjective between a process adjective and its mechanism noun (sources/processes.py) ------------


@pytest.mark.parametrize("text, label", [
    ("Inflammatory pathophysiologic mechanisms may link obesity and low mood.", "inflammatory response"),
    ("We review the inflammatory pathophysiological mechanisms of the disorder.", "inflammatory response"),
    ("Neuroinflammatory molecular pathways were activated in the hippocampus.", "neuroinflammatory response"),
    ("Pro-inflammatory cellular processes were blunted by the diet.", "inflammatory response"),
    ("The inflammatory pathogenic mechanisms of colitis are discussed.", "inflammatory response"),
])
def test_qualified_mechanism_of_a_process(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Inflammatory molecular markers were measured in serum.",  # a marker is no mechanism
    "The molecular mechanisms of the drug remain unclear.",  # no process adjective
    "An inflammatory cellular phenotype was not seen.",  # the qualifier stands only before mechanism words
])
def test_qualifier_alone_or_before_another_noun_is_not_read(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == set()


# --- 2. a kinase's long form with "protein" (kinases.kinase_phosphorylation) ----------------------------------------


@pytest.mark.parametrize("text", [
    "Stress raised extracellular signal-regulated protein kinase phosphorylation in the amygdala.",
    "The drug blocked the activation of extracellular signal-regulated protein kinase in microglia.",
])
def test_erk_long_form_with_protein(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == {"ERK1 and ERK2 cascade"}


def test_protein_kinase_long_form_only_for_a_named_kinase() -> None:
    names = kinase_phosphorylation(["extracellular signal-regulated kinase 1/2 cascade"])
    assert "extracellular signal-regulated protein kinase phosphorylation" in names
    # a head already saying "protein kinase" is not doubled, a generic one gives nothing
    assert not any("protein protein" in n for n in kinase_phosphorylation(["mitogen-activated protein kinase cascade"]))
    assert not any(n.count("protein") > 1 or "kinase kinase protein" in n for n in kinase_phosphorylation(
        ["transmembrane receptor protein tyrosine kinase signaling pathway", "MAP kinase kinase kinase cascade"]))
    assert kinase_phosphorylation(["protein kinase cascade"]) == []


# --- 3. a transmitter receptor subtype's activation is its ligand's receptor signalling (receptor_subtypes.py) ------


@pytest.mark.parametrize("text, label", [
    ("The hallucinations depend on serotonin-2A receptor activation.", "serotonin receptor signaling pathway"),
    ("Its effect needs activation of 5-HT(2A) receptors in the cortex.", "serotonin receptor signaling pathway"),
    ("Enhanced 5-HT1A receptor signaling was seen after chronic treatment.", "serotonin receptor signaling pathway"),
    ("Activation of 5-HT 2C receptors lowered food intake.", "serotonin receptor signaling pathway"),
    ("Dopamine D2 receptor activation reduced the firing rate.", "dopamine receptor signaling pathway"),
    ("Stimulation of D1 receptors improved working memory.", "dopamine receptor signaling pathway"),
])
def test_receptor_subtype_activation(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "The 5-HT2A receptor is dense in layer V of the cortex.",  # the receptor itself is not scored
    "Vitamin D2 receptor binding was measured in the kidney.",  # no activation, and no dopamine receptor
    "Serum 5-HT levels were lower in the patients.",
])
def test_receptor_subtype_alone_is_no_pathway(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == set()


def test_receptor_subtypes_only_for_the_transmitters_generic_signalling() -> None:
    assert receptor_subtype_names(["regulation of serotonin receptor signaling pathway"]) == []
    assert receptor_subtype_names(["adenylate cyclase-activating dopamine receptor signaling pathway"]) == []
    names = [n for n, _ in receptor_subtype_names(["dopamine receptor signaling pathway"])]
    assert "dopamine D3 receptor activation" in names and "activation of D5 receptor" in names
