"""Issue 13, round 6: kinds found on BC5CDR train/dev diseases, GutBrainIE training annotations and the annotated
set's tune half only; every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from tests.test_grounding_round3 import labels

# --- 1. an organ-toxicity adjective said of a drug names the organ toxicity ------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Cisplatin is nephrotoxic in rats.", "kidney disorder"),
    ("The nephrotoxic effects of gentamicin were studied.", "kidney disorder"),
    ("Doxorubicin has cardiotoxic potential.", "Cardiotoxicity"),
    ("Vincristine was not neurotoxic at this dose.", "toxic encephalopathy"),  # negated mentions are mentions
    ("Valproate showed hepatotoxic side effects in two children.", "drug-induced liver injury"),
    ("Avoid nephrotoxic drugs in these patients.", "kidney disorder"),  # said of drugs: no drug name needed
])
def test_toxicity_adjective_of_a_drug_names_the_toxicity(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", [
    "Quinolinic acid has neurotoxic effects.",  # no drug in the sentence: a molecule's property
    "Ketamine lowered neurotoxic metabolites.",  # before a substance noun, not an effect
    "Cisplatin was given. Nephrotoxic effects were then measured in all groups.",  # the drug is in another sentence
    "Gentamicin is a cytotoxic agent.",  # no sign is named "cytotoxicity"
])
def test_toxicity_adjective_elsewhere_names_nothing(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Disorder") == set()


# --- 2. once a document names a sign as drug-induced, its bare mentions of the sign are that form ----------------


def test_bare_sign_after_its_drug_induced_form_is_that_form(grounder: Grounder) -> None:
    text = ("Levodopa-induced dyskinesia (LID) limits therapy in Parkinson disease. Dyskinesia was scored weekly, "
            "and LID fell with amantadine.")
    found = labels(grounder, text, "Disorder") | labels(grounder, text, "Phenotype")
    assert "drug-induced dyskinesia" in found
    assert "Dyskinesias" not in found  # the bare word and the short form both take the drug-induced form


def test_bare_sign_without_a_drug_induced_form_stays(grounder: Grounder) -> None:
    text = "Dyskinesia was scored in patients with Huntington disease."
    assert "Dyskinesias" in labels(grounder, text, "Phenotype")


def test_bare_psychosis_after_a_drug_induced_psychosis(grounder: Grounder) -> None:
    text = "Amphetamine-induced psychosis resolved. Psychosis did not recur in the schizophrenia cohort."
    assert "drug psychosis" in labels(grounder, text, "Disorder")
    assert "psychotic disorder" not in labels(grounder, text, "Disorder")


# --- 3. organ damage and organ toxicity under the ontologies' organ names ----------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Myocardial injury followed the infusion.", "myocardial disorder"),  # the heart muscle's disorder
    ("Troponin rose with myocardial damage.", "myocardial disorder"),
    ("Cardiac dysfunction was seen in two patients.", "heart disorder"),  # the whole heart's
    ("Liver toxicity limited the dose.", "drug-induced liver injury"),  # = hepatotoxicity
    ("Hepatic toxicity was rare.", "drug-induced liver injury"),
    ("Renal toxicity was graded weekly.", "kidney disorder"),  # = nephrotoxicity
    ("Pulmonary dysfunction developed after radiation.", "lung disorder"),
    ("Vascular damage was seen on biopsy.", "vascular disorder"),
])
def test_organ_damage_and_toxicity_names(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


def test_organ_words_alone_name_no_damage(grounder: Grounder) -> None:
    assert labels(grounder, "Pulmonary function and vascular tone were measured.", "Disorder") == set()


# --- 4. a short form's own lexicon reading holds only where its label shares a word with the definition ----------


@pytest.mark.parametrize("text, wrong", [
    ("Puromycin aminonucleoside nephrosis (PAN) was induced in rats. PAN glomeruli were studied.",
     "polyarteritis nodosa"),
    ("The duration of catatonia (DOC) after ketamine was timed. DOC rose with dopamine.", "ichthyosis"),
    ("Contrast media-induced nephropathy (CIN) was defined by creatinine. CIN occurred in 5%.",
     "cervical squamous intraepithelial neoplasia"),
])
def test_short_form_defined_as_something_else_drops_its_lexicon_reading(grounder: Grounder, text: str,
                                                                         wrong: str) -> None:
    assert wrong not in labels(grounder, text, "Disorder")


def test_short_form_own_reading_still_holds_where_the_definition_names_it(grounder: Grounder) -> None:
    # "(S)-ketamine (esketamine)": only "ketamine" of the long form is grounded; the short form is the name itself
    text = "Equal amounts of (R)-ketamine (arketamine) and (S)-ketamine (esketamine) were given."
    assert "esketamine" in labels(grounder, text, "Intervention")


# --- 5. processes under the short forms of their cytokines, and the pro-inflammatory response -------------------


@pytest.mark.parametrize("text, label", [
    ("IFN-γ production by T cells fell.", "type II interferon production"),
    ("IFN-gamma secretion was measured in supernatants.", "type II interferon production"),
    ("IFN-γ signaling was blocked.", "type II interferon-mediated signaling pathway"),
    ("TNF-α signaling drives sickness behaviour.", "tumor necrosis factor-mediated signaling pathway"),
    ("LPS evoked a pro-inflammatory response in microglia.", "inflammatory response"),
    ("A proinflammatory reaction followed the injection.", "inflammatory response"),
])
def test_process_names_under_short_forms(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_lower_case_short_forms_name_no_process(grounder: Grounder) -> None:
    # the short forms match with their case only: "ifn" in running text is no interferon
    assert labels(grounder, "The tnf-alpha signaling lab notes were lost.", "Pathway") == set()


# --- 6. a nutrient (ChEBI's nutrient role) is a supplement where the text gives it -----------------------------


@pytest.mark.parametrize("text, label", [
    ("Patients were treated with folic acid for eight weeks.", "folic acid"),
    ("Iron (65 mg/day) was given to the children.", "iron atom"),
    ("Rats received choline supplementation.", "choline"),
])
def test_nutrient_given_is_an_intervention(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Serum folic acid and iron were low in the depressed group.",  # measured, not given
    "Plasma choline correlated with mood.",
])
def test_nutrient_measured_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Intervention") == set()


# --- 7. a class of agents against a mediator is also its "anti-X" class -------------------------------------------


@pytest.mark.parametrize("text", [
    "Patients on anti-TNF therapy had fewer depressive symptoms.",
    "Anti-TNF agents were stopped before surgery.",
])
def test_anti_mediator_class(grounder: Grounder, text: str) -> None:
    assert "Tumor Necrosis Factor Inhibitors" in labels(grounder, text, "Intervention")


def test_anti_mediator_antibody_reagent_is_no_class(grounder: Grounder) -> None:
    assert labels(grounder, "Sections were stained with an anti-GABA antibody.", "Intervention") == set()


# --- "X induced by Y": X is what was induced, never a treatment (a finding of findings round 6) -------------------


def test_a_marker_induced_by_an_agent_is_the_marker_not_a_treatment(grounder: Grounder) -> None:
    text = "The increase in IL-6 induced by LPS was prevented by minocycline."
    assert "interleukin 6" in labels(grounder, text, "Cytokine")
    assert "Interleukin-6" not in labels(grounder, text, "Intervention")
    # the active "X-induced" is still a treatment cue
    assert "Interleukin-6" in labels(grounder, "IL-6-induced sickness behaviour was measured.", "Intervention")
