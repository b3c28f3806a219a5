"""Issue 13, round 16b (session 11): general mechanisms for Pathways, cells and Disorders, each measured for its
reach on unseen text (docs/grounding.md, "Round 16b"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.process_verbs import process_verbs
from ipkg.ground.matcher import Grounder
from tests.test_grounding_round3 import labels

# --- 1. a process named by its verb is the process its nominal names (extract/process_verbs.py) -----------------


@pytest.mark.parametrize("text, label", [
    ("Probiotic bacteria may activate the host's immune system.", "activation of immune response"),  # active
    ("In the colon, bacteria produce short-chain fatty acids.", "short-chain fatty acid biosynthetic process"),
    ("Astrocytes secrete IL-6 after the injury.", "interleukin-6 production"),  # (the lexicon: one process)
    ("Twelve hours after LPS, microglia were strongly activated.", "microglial cell activation"),  # passive
    ("We conclude that complement was activated in the patients.", "complement activation"),
    ("The amount of dopamine released from the striatum fell.", "dopamine secretion"),  # reduced relative
    ("Their T cells proliferated normally in response to mitogens.", "T cell proliferation"),  # intransitive
    ("ERK1/2 was phosphorylated in the hippocampus.", "ERK1 and ERK2 cascade"),
])
def test_a_process_named_by_its_verb(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Activated T cells were counted in the blood.",  # a state before a noun, not the process
    "Corticotropin-releasing hormone was measured in plasma.",  # a name
    "Proliferating cells were stained with Ki-67.",
    "Several esters and amides of dopamine were synthesized for testing.",  # the subject is "amides"
    "The neurons regulate epigenetic processes.",  # cut short of its noun: no "epigenetic regulation"
])
def test_no_process_from_a_state_a_name_or_a_complement(grounder: Grounder, text: str) -> None:
    assert not process_verbs(text, grounder)


def test_a_thing_that_is_a_process_names_no_other(grounder: Grounder) -> None:
    """The verb turns a thing into its process; a process as its object names no regulation besides."""
    assert not process_verbs("The drug suppressed the inflammatory response.", grounder)
    assert not process_verbs("Gut bacteria regulate immune responses in the host.", grounder)
    assert labels(grounder, "The drug suppressed the inflammatory response.", "Pathway") == {"inflammatory response"}


# --- 2. a transmitter's adjective before a word for its system names its synaptic transmission (processes.py) ---


@pytest.mark.parametrize("text, label", [
    ("The diet lowered dopaminergic activity in the striatum.", "synaptic transmission, dopaminergic"),
    ("Serotonergic signalling was lowered in the raphe.", "synaptic transmission, serotonergic"),
    ("Glutamatergic function in the cortex was preserved.", "synaptic transmission, glutamatergic"),
    ("A reduced cholinergic tone was found.", "synaptic transmission, cholinergic"),
    ("The GABAergic mechanisms of the drug were studied.", "synaptic transmission, GABAergic"),
])
def test_a_transmitter_system_is_its_synaptic_transmission(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Dopaminergic neurons were lost in the substantia nigra.",  # cells
    "Glutamatergic synapses were counted.",  # structures
    "Dopaminergic drugs were withdrawn.",  # agents
    "The developing noradrenergic system was lesioned.",  # the neurons
    "Nigrostriatal dopaminergic pathways degenerate.",  # their tracts
])
def test_no_transmission_from_cells_structures_or_agents(grounder: Grounder, text: str) -> None:
    assert not {label for label in labels(grounder, text, "Pathway") if label.startswith("synaptic transmission")}


# --- 3. neurochemistry's short forms in process names; a molecule's metabolism as its turnover (morphology.py) ----


@pytest.mark.parametrize("text, label", [
    ("Tryptophan depletion lowered 5-HT synthesis in the raphe.", "serotonin biosynthetic process"),
    ("Amphetamine raised DA release in the striatum.", "dopamine secretion"),
    ("Desipramine increased NE release in the cortex.", "norepinephrine secretion"),
    ("Microbes shape Trp metabolism in the gut.", "tryptophan metabolic process"),
    ("Fibre raised SCFA production in the colon.", "short-chain fatty acid biosynthetic process"),
    ("Haloperidol increased dopamine turnover in the striatum.", "dopamine metabolic process"),
    ("Stress slowed 5-HT turnover in the hippocampus.", "serotonin metabolic process"),
])
def test_short_forms_and_turnover_name_the_process(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_short_forms_are_case_sensitive(grounder: Grounder) -> None:
    """"da" and "ne" are no transmitters: the short forms are matched as written."""
    assert not labels(grounder, "The data release was delayed; da release notes were ne release notes.", "Pathway")


# --- 4. a receptor named after its ligand is activated, whatever its case (expand._signalling_paraphrases) -------


@pytest.mark.parametrize("text, label", [
    ("D1 dopamine receptor activation rescued the deficit.", "dopamine receptor signaling pathway"),
    ("The effect needs activation of glucocorticoid receptors.", "glucocorticoid receptor signaling pathway"),
    ("Adenosine receptor stimulation slowed the heart.", "G protein-coupled adenosine receptor signaling pathway"),
])
def test_a_ligand_receptor_activated_is_its_signalling(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_a_receptor_kind_is_not_activated_so(grounder: Grounder) -> None:
    assert not labels(grounder, "Toll-like receptor activation was blocked.", "Pathway")
