"""Issue 13, round 11b (session 9): Pathway, Disorder and cell kinds read off the tune half and the check set's
read half, fixed by general rules and GO/CL/MeSH-derived coverage. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from ipkg.ground.expand import physiology_variants
from ipkg.ground.matcher import Grounder
from ipkg.ground.morphology import process_variants
from tests.test_grounding_round3 import labels

# --- 1. physiology paraphrases of GO names: ion entry, "X response", anti-X, proliferative activity ---------------


@pytest.mark.parametrize("text, label", [
    ("Verapamil blocked calcium entry into the myocytes.", "calcium ion import across plasma membrane"),
    ("Glutamate triggered a Ca2+ influx in cultured neurons.", "calcium ion import across plasma membrane"),
    ("Store depletion increased the influx of calcium.", "calcium ion import across plasma membrane"),
    ("Morphine produced a dose-dependent antinociception in the tail-flick test.",
     "negative regulation of sensory perception of pain"),
    ("The antinociceptive effects of the agonist were reversed by naloxone.",
     "negative regulation of sensory perception of pain"),
    ("Chronic restraint blunted the stress response of the animals.", "response to stress"),
    ("The diet altered hepatic lipid metabolism in obese mice.", "lipid metabolic process"),
    ("Social defeat raised corticosterone production in the adrenal gland.", "corticosterone secretion"),
    ("The extract showed an immunostimulating effect in aged rats.", "positive regulation of immune system process"),
    ("The immunosuppressive effects of cortisol were measured.", "negative regulation of immune system process"),
])
def test_physiology_paraphrases(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_physiology_variants_of_go_names() -> None:
    names = [n for n, _ in physiology_variants(["calcium ion import across plasma membrane", "response to stress",
                                                "negative regulation of nociception"])]
    assert {"calcium entry", "calcium influx", "stress response", "antinociception",
            "antinociceptive effects"} <= set(names)
    # a two-word stimulus keeps its GO word order; only a one-word "-tion" process takes "anti-"
    assert not physiology_variants(["response to endoplasmic reticulum stress", "negative regulation of apoptosis"])


def test_immunostimulation_is_a_positive_regulation_only() -> None:
    assert "immunostimulation" in [n for n, _ in process_variants(["positive regulation of immune system process"])]
    assert "immunostimulation" not in [n for n, _ in process_variants(["regulation of immune system process"])]


# --- 2. a cell's proliferation is that of its nearest CL ancestor with a GO proliferation process ---------------


@pytest.mark.parametrize("text, label", [
    ("Stress lowered the proliferative activity of splenocytes.", "leukocyte proliferation"),
    ("Proliferation of splenocytes to concanavalin A was suppressed.", "leukocyte proliferation"),
    ("T cell proliferation was restored by the treatment.", "T cell proliferation"),
])
def test_cell_proliferation(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


# --- 3. a physiological axis named by its organs is a Pathway ---------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Stroke activates the brain-spleen axis in mice.", "brain-spleen axis"),
    ("Cold exposure engages the sympatho-adrenal axis.", "sympatho-adrenal axis"),
    ("Alcohol disturbs the gut-liver-brain axis.", "gut-liver-brain axis"),
    ("Alcohol disturbs the gut\u2013liver\u2013brain axis.", "gut-liver-brain axis"),
    ("Probiotics act through the gut microbiota-immune-brain axis.", "microbiota-gut-brain axis"),
    ("The Gut-Brain Axis in depression.", "microbiota-gut-brain axis"),
])
def test_named_axes(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Time is plotted on the x-axis.",
    "The CXCL12-CXCR4 axis was blocked.",
    "The long axis of the femur was measured.",
])
def test_no_axis_outside_organ_words(grounder: Grounder, text: str) -> None:
    assert not {label for label in labels(grounder, text, "Pathway") if label.endswith("axis")}


# --- 4. precision: instruments, prepositions in an elided coordination, behavioural depression ------------------


def test_instrument_name_holds_no_process(grounder: Grounder) -> None:
    assert "response to stress" not in labels(grounder, "Patients completed the Stress Response Inventory.",
                                              "Pathway")


def test_no_elided_conjunct_across_a_preposition(grounder: Grounder) -> None:
    text = "We review the effects of gut microbes on the brain and behavior in Alzheimer disease."
    assert labels(grounder, text, "Disorder") == {"Alzheimer disease"}
    # an elided coordination proper still names both conjuncts
    assert {"autoimmune disease", "inflammatory disease"} <= labels(
        grounder, "Patients with autoimmune or chronic inflammatory diseases were excluded.", "Disorder")


def test_locomotor_depression_is_no_disorder(grounder: Grounder) -> None:
    assert "depressive disorder" not in labels(grounder, "The sedative produced locomotor depression in rats.",
                                               "Disorder")


@pytest.mark.parametrize("text", [
    "Behavioral tests of depression in rats were run.",
    # the findings gold reads an agent's "behavioral depression" in animals as the disorder it models
    "Lipopolysaccharide induces behavioral depression in mice.",
])
def test_depression_in_animals_stays_the_disorder(grounder: Grounder, text: str) -> None:
    assert "depressive disorder" in labels(grounder, text, "Disorder")


# --- 5. acute clinical events are Disorders (seizures, status epilepticus, the kinds of shock) ------------------


@pytest.mark.parametrize("text, label", [
    ("Soman exposure caused seizures and status epilepticus in rats.", "Seizures"),
    ("Soman exposure caused seizures and status epilepticus in rats.", "Status Epilepticus"),
    ("Mice were subjected to hemorrhagic shock and resuscitation.", "Shock, Hemorrhagic"),
    ("Septic shock remains a leading cause of death.", "Shock, Septic"),
    ("Febrile seizures were recorded in children.", "Seizures, Febrile"),
    ("Pentylenetetrazol produced convulsions in mice.", "Seizures"),  # the curated MeSH entry term, same class
])
def test_acute_events_are_disorders(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", ["Rats received an electric foot shock.", "Cells were given a heat shock."])
def test_bare_shock_is_no_disorder(grounder: Grounder, text: str) -> None:
    assert not labels(grounder, text, "Disorder")


# --- 6. disorder paraphrases, list conjuncts, lymphoid organ cells -----------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Ketamine helps patients with drug-resistant depression.", "Depressive Disorder, Treatment-Resistant"),
    ("Mental health disorders are common in people with IBS.", "mental disorder"),
    ("Genes were enriched in signal transduction and endocrine and metabolic diseases.", "endocrine system disorder"),
])
def test_disorder_paraphrases(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text, label", [
    ("Spleen cells were cultured with concanavalin A.", "splenocyte"),
    ("Splenic cells from stressed mice proliferated less.", "splenocyte"),
    ("Peyer's patch cells were isolated after burn injury.", "Peyer's patch lymphocyte"),
    ("Thymus cells were counted.", "thymocyte"),
])
def test_lymphoid_organ_cells(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "ImmuneCell")


def test_organ_cells_need_a_lymphoid_organ(grounder: Grounder) -> None:
    assert not labels(grounder, "Liver cells and kidney cells were cultured.", "ImmuneCell")


# --- 7. immunology of the older literature: NK activity, blastogenesis, the respiratory burst ---------------------


@pytest.mark.parametrize("text, label", [
    ("NK cell activity was lower in depressed patients.", "natural killer cell mediated cytotoxicity"),
    ("Bereavement reduced NK activity.", "natural killer cell mediated cytotoxicity"),
    ("Lymphocyte blastogenesis to phytohemagglutinin was suppressed.", "lymphocyte proliferation"),
    ("Neutrophils from stressed rats showed a weaker oxidative burst.", "respiratory burst"),
])
def test_older_immunology_wording(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_activity_of_a_non_killer_cell_is_no_cytotoxicity(grounder: Grounder) -> None:
    assert "natural killer cell mediated cytotoxicity" not in labels(
        grounder, "T cell activity and macrophage activity were measured.", "Pathway")


# --- 8. receptor-mediated signalling; an axis' hyperactivity is no sign ------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Ketamine blocks NMDA receptor-mediated signaling in the cortex.",
     "NMDA selective glutamate receptor signaling pathway"),
    ("Obesity impairs insulin receptor-mediated signalling in the hypothalamus.", "insulin receptor signaling pathway"),
])
def test_receptor_mediated_signalling(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Depressed patients show HPA axis hyperactivity.",
    "Chronic stress leads to hyperactivity of the hypothalamic-pituitary-adrenal axis.",
])
def test_axis_hyperactivity_is_no_sign(grounder: Grounder, text: str) -> None:
    assert not labels(grounder, text, "Phenotype")
    assert "HPA axis activity" in labels(grounder, text, "Pathway")


def test_hyperactivity_of_children_stays_a_sign(grounder: Grounder) -> None:
    assert labels(grounder, "Children with hyperactivity were assessed.", "Phenotype")
