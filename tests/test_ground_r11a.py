"""Issue 13, round 11a (session 9): Intervention kinds read off the tune half and the check set's read half, fixed
by rules on the ontologies' data (``sources/agents.py``). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.agents import ACRONYM, HALOGENATED, RESIDUE_SUBSTITUTION, receptor_short_forms
from tests.test_grounding_round3 import labels


def _class_row(name: str) -> LexiconRow:
    return LexiconRow("Intervention", "i", "CHEBI:1", name, name, "label", "CHEBI", "1", "")


# --- 1. receptor short forms ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, expected", [
    ("delta-opioid receptor agonist", ["DOR agonist"]),
    ("mu-opioid receptor antagonist", ["MOR antagonist"]),
    ("kappa-opioid receptor agonists", ["KOR agonists"]),
    ("NMDA receptor antagonist", ["NMDAR antagonist"]),
    ("AMPA receptor agonist", ["AMPAR agonist"]),
    ("serotonin receptor agonist", []),  # a word, no short form
    ("opioid receptor agonist", []),
    ("NMDA receptor blocker", []),
])
def test_receptor_short_forms(name: str, expected: list[str]) -> None:
    assert [r.name for r in receptor_short_forms([_class_row(name)], set())] == expected


def test_receptor_short_forms_keep_their_capitals() -> None:
    (row,) = receptor_short_forms([_class_row("delta-opioid receptor agonist")], set())
    assert "cs" in row.flags.split(",") and row.syntype == "derived"


@pytest.mark.parametrize("text, expected", [
    ("Naltrindole, a DOR antagonist, was given before the test.", "delta-opioid receptor antagonist"),
    ("The MOR agonist reduced withdrawal responses in mice.", "mu-opioid receptor agonist"),
    ("Pretreatment with an NMDAR antagonist prevented the effect.", "NMDA receptor antagonist"),
])
def test_receptor_short_forms_ground(grounder: Grounder, text: str, expected: str) -> None:
    assert expected in labels(grounder, text, "Intervention")


def test_short_form_words_ground_nothing_in_lower_case(grounder: Grounder) -> None:
    assert not labels(grounder, "The door agonist was absent.", "Intervention")


# --- 2. research compounds by their acronyms, halogenated analogues, synthetic peptides ---------------------


@pytest.mark.parametrize("name, group", [
    ("NBQX", "NBQX"), ("CyPPA cpd", "CyPPA"), ("ZPCK", "ZPCK"),
    ("NMDA", "NMDA"), ("Ab", None), ("DNA", None), ("Nbqx", None), ("cyppa", None), ("NBQX1", None),
])
def test_acronym_shape(name: str, group: str | None) -> None:
    match = ACRONYM.match(name)
    assert (match.group(1) if match else None) == group


@pytest.mark.parametrize("name, expected", [
    ("4-chlorokynurenine", True), ("5,7-dichlorokynurenic acid", True), ("6-fluorotryptophan", True),
    ("3-nitrotyrosine", False), ("3-iodotyrosine", False), ("chlorokynurenine", False), ("4-chloro", False),
])
def test_halogenated_shape(name: str, expected: bool) -> None:
    assert bool(HALOGENATED.match(name)) is expected


@pytest.mark.parametrize("name, expected", [
    ("Enkephalin, Ala(2)-MePhe(4)-Gly(5)-", True), ("deltorphin II, Ala(2)-", True),
    ("LHRH, Lys(8)-", True), ("Enkephalin, Leucine", False), ("Oxytocin", False), ("interleukin (2)", False),
])
def test_residue_substitution_shape(name: str, expected: bool) -> None:
    assert bool(RESIDUE_SUBSTITUTION.search(name)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The AMPA receptor antagonist NBQX blocked the response.", "2,3-dioxo-6-nitro-7-sulfamoylbenzo(f)quinoxaline"),
    ("CyPPA reduced the frequency of contractions.", "cyclohexyl-(2-(3,5-dimethylpyrazol-1-yl)-6-methylpyrimidin-4-yl)amine"),
    ("Mice received 4-chlorokynurenine by gavage.", "4-chlorokynurenine"),
    ("DAMGO depressed evoked potentials in slices.", "Enkephalin, Ala(2)-MePhe(4)-Gly(5)-"),
    ("Intrathecal deltorphin II produced antinociception.", "deltorphin II, Ala(2)-"),
])
def test_research_agents_ground(grounder: Grounder, text: str, expected: str) -> None:
    assert expected in labels(grounder, text, "Intervention")



def test_an_acronyms_long_form_grounds(grounder: Grounder) -> None:
    text = "Green tea contains epigallocatechin gallate (EGCG). EGCG lowered IL-6 in mice."
    assert labels(grounder, text, "Intervention") == {"epigallocatechin gallate"}


# --- 3. surgical operations that make a model or replace tissue (MeSH E04) ------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Mice underwent laparotomy followed by haemorrhage.", "Laparotomy"),
    ("Neuropathic pain was induced by spinal nerve ligation in rats.", "spinal nerve ligation"),  # round 19i
    ("Splenectomy abolished the effect of vagus nerve stimulation.", "Splenectomy"),
    ("Recipients of xenotransplantation reported low anxiety.", "Transplantation, Heterologous"),
    ("Anxiety after kidney transplantation was common.", "Kidney Transplantation"),
])
def test_model_surgery_grounds(grounder: Grounder, text: str, expected: str) -> None:
    assert expected in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Cold ischemia time was recorded for each graft.",
    "Donor selection followed national criteria.",
])
def test_graft_states_and_harvesting_are_no_intervention(grounder: Grounder, text: str) -> None:
    assert not labels(grounder, text, "Intervention")


# --- 4. hormone classes and rays: drug classes and physical agents where given ---------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Patients were treated with corticosteroids for two weeks.", "Adrenal Cortex Hormones"),
    ("Corticosteroid therapy was tapered over a month.", "Adrenal Cortex Hormones"),
    ("Mice were exposed to X-rays before the inoculation.", "X-Rays"),
    ("The lymph nodes responded to small doses of gamma rays.", "Gamma Rays"),
])
def test_given_hormone_classes_and_rays_ground(grounder: Grounder, text: str, expected: str) -> None:
    assert expected in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Corticosteroid levels rose after the stressor.",
    "A chest X-ray showed no infiltrates.",
])
def test_measured_hormone_classes_and_imaging_are_no_intervention(grounder: Grounder, text: str) -> None:
    assert not labels(grounder, text, "Intervention")


def test_iodinated_tracer_acronyms_are_left_out(grounder: Grounder) -> None:
    assert not labels(grounder, "Striatal IBZM binding was reduced in patients.", "Intervention")


# --- 5. herbal preparations (MeSH Plant Preparations named as a remedy) ----------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Chinese herbal drugs improved sleep in the trial.", "Drugs, Chinese Herbal"),
    ("Plant extracts with anti-inflammatory activity were screened.", "Plant Extracts"),
    ("Herbal preparations are widely used for low mood.", "Plant Preparations"),
])
def test_herbal_preparations_ground(grounder: Grounder, text: str, expected: str) -> None:
    assert expected in labels(grounder, text, "Intervention")


def test_foods_among_plant_preparations_are_no_herbal_remedy(grounder: Grounder) -> None:
    assert "Coffee" not in labels(grounder, "Coffee intake was recorded by questionnaire.", "Intervention")


def test_immune_factors_are_no_drug_class(grounder: Grounder) -> None:
    text = "Immune factors such as cytokines shape the gut-brain axis; immunomodulators were given to mice."
    assert labels(grounder, text, "Intervention") == {"immunomodulator"}
