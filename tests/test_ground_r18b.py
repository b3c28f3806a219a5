"""Issue 13, round 18b (session 13): Pathway recall by mechanisms over GO and English, Disorder precision on
physiological "depression" (docs/grounding.md, "Round 18b"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.processes import ion_homeostasis_names, plasticity_course_names
from tests.test_grounding_round3 import labels

# --- 1. ion homeostasis: GO's root widened, the ion's "handling" and "buffering" (sources/processes.py) ----------


@pytest.mark.parametrize("text, label", [
    ("Myocyte Ca2+ handling was impaired after the infusion.", "intracellular calcium ion homeostasis"),
    ("Intracellular calcium handling was restored by the drug.", "intracellular calcium ion homeostasis"),
    ("Astrocytes take part in K+ buffering in the cortex.", "potassium ion homeostasis"),
    ("Loss of glial K(+) buffering may explain the result.", "potassium ion homeostasis"),
    ("Calcium homeostasis in neurons was disturbed.", "calcium ion homeostasis"),
    ("Hepcidin controls iron homeostasis in the host.", "intracellular iron ion homeostasis"),
])
def test_ion_homeostasis_wordings(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Intracellular pH fell to 6.8 in the ischaemic tissue.",
    "Acidification of the buffer reduced the binding.",
])
def test_ph_is_no_mechanism(grounder: Grounder, text: str) -> None:
    """pH's names inside ion homeostasis are a measured quantity or a chemist's step (GO_EXCLUDED)."""
    assert labels(grounder, text, "Pathway") == set()


def test_ion_names_follow_the_cell_or_the_tissue() -> None:
    assert [n for n, _ in ion_homeostasis_names(["intracellular sodium ion homeostasis"])][1] == "sodium handling"
    assert [n for n, _ in ion_homeostasis_names(["sodium ion homeostasis"])][1] == "sodium buffering"
    assert ion_homeostasis_names(["calcium ion transport"]) == []


# --- 2. a synaptic plasticity named by its time course alone -----------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Short-term plasticity at these synapses was unchanged.",
     "regulation of short-term neuronal synaptic plasticity"),
    ("Dopamine gates long-term plasticity in the striatum.", "regulation of long-term neuronal synaptic plasticity"),
])
def test_plasticity_by_its_time_course(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Pathway") == {label}


def test_bare_plasticity_is_not_read(grounder: Grounder) -> None:
    assert labels(grounder, "Phenotypic plasticity lets the plant adapt.", "Pathway") == set()
    assert plasticity_course_names(["negative regulation of short-term neuronal synaptic plasticity"]) == []


# --- 3. a cell's stimulation and activity are its activation (processes.cell_reactivity_names) -------------------


@pytest.mark.parametrize("text, label", [
    ("Dendritic cells are needed for T-cell stimulation in the lymph node.", "T cell activation"),
    ("In vitro stimulation of monocytes raised the chemokine.", "monocyte activation"),
    ("Microglial activity rose in the hippocampus after the stressor.", "microglial cell activation"),
    ("The drug reduced macrophage activity in the liver.", "macrophage activation"),
])
def test_cell_stimulation_and_activity(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_killer_cell_activity_stays_its_killing(grounder: Grounder) -> None:
    text = "Natural killer cell activity was low in the depressed patients."
    assert labels(grounder, text, "Pathway") == {"natural killer cell mediated cytotoxicity"}


# --- 4. a head shared by coordinated adjectives (extract/pathway_readings.shared_head) --------------------------


def test_shared_head_names_the_process_for_each_adjective(grounder: Grounder) -> None:
    text = "Probiotics lowered intestinal, systemic and brain inflammation in the mice."
    assert labels(grounder, text, "Pathway") == {"inflammatory response", "neuroinflammatory response"}


def test_no_shared_head_after_a_noun(grounder: Grounder) -> None:
    """A noun before the gap is a conjunct of its own: "IL-6 and brain inflammation" shares no head."""
    assert labels(grounder, "We measured IL-6 and brain inflammation.", "Pathway") == {"neuroinflammatory response"}


# --- 5. physiological "depression": a signal's, a synapse's, a body's, a population's (mentions._keep) ------------


@pytest.mark.parametrize("text", [
    "Paired-pulse depression was larger in the slices from stressed rats.",
    "The agonist produced a presynaptic depression of the evoked currents.",
    "Short-term depression of IPSCs was accelerated by the toxin.",
    "Frequency-dependent depression of the response was unchanged.",
    "Turtles survive anoxia by metabolic depression.",
    "Small populations suffer from inbreeding depression.",
    "The synapse can undergo potentiation or depression depending on timing.",
    "High doses caused excitation followed by depression and death.",
    "After the toxin a brief period of depression is followed by a marked stimulation of the cells.",
    "The toxin caused a depression of body weight gain in both sexes.",
    "A marked depression of oxygen consumption followed the infusion.",
    "High doses may cause depression of the central nervous system and death.",
])
def test_physiological_depression_is_no_disorder(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Disorder") == set()


@pytest.mark.parametrize("text", [
    "Deep brain stimulation and depression: a review of the trials.",
    "Short-term and long-term outcomes of depression were compared.",
    "Inflammation and depression are linked in the patients.",
    "Metabolic syndrome and depression often co-occur.",
    "Depression of the elderly often goes untreated.",
    "Depression of moderate severity responded to the drug.",
    "We studied the depression of PD patients in the clinic.",
])
def test_the_disorder_stays(grounder: Grounder, text: str) -> None:
    assert "depressive disorder" in labels(grounder, text, "Disorder")


# --- 6. a transmitter's noun before "synaptic activity" / "synaptic transmission" (morphology._TRANSMITTER_NOUNS) --


@pytest.mark.parametrize("text, label", [
    ("The chemokine enhanced GABA synaptic activity in the raphe.", "synaptic transmission, GABAergic"),
    ("Glutamate synaptic transmission was reduced in the slices.", "synaptic transmission, glutamatergic"),
])
def test_transmitter_noun_synaptic_activity(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Pathway") == {label}


def test_no_shared_head_before_a_name(grounder: Grounder) -> None:
    """A last conjunct led by a name ("NLRP3 inflammasome") is no adjective's head."""
    assert labels(grounder, "The extract inhibited glial and NLRP3 inflammasome activation.", "Pathway") \
        <= {"glial cell activation", "NLRP3 inflammasome complex assembly"}
