"""Issue 13, round 18a (session 13): what is not an Intervention mention (``ground/agent_passing``: a class word as
a property, drug-development talk, a sham's generic procedure, a measured attribute, a tracer) and procedures in
their standard wordings. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.models import Document


def interventions(grounder: Grounder, abstract: str, title: str = "A study") -> set[str]:
    mentions, _ = extract_mentions(Document("t.txt", title, abstract), grounder)
    return {m.concept.label for m in mentions if m.concept.cls == "Intervention"}


# --- 1. a class word as a property -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Berries have a high antioxidant capacity.",
    "Olive oil is rich in anti-inflammatory and antioxidant properties.",
    "Plasma antioxidant status was lower in patients.",
    "We propose a plant-based diet as an antioxidant for older adults.",
])
def test_a_class_word_naming_a_property_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert "Antioxidants" not in interventions(grounder, text)


@pytest.mark.parametrize("text", [
    "Patients received an antioxidant supplement for 12 weeks.",
    "Treatment with antioxidants lowered oxidative stress.",
])
def test_an_antioxidant_given_stays(grounder: Grounder, text: str) -> None:
    assert "Antioxidants" in interventions(grounder, text)


# --- 2. drug-development talk ----------------------------------------------------------------------------------


def test_a_drug_word_in_development_talk_is_no_intervention(grounder: Grounder) -> None:
    assert interventions(grounder, "Glial signalling offers new targets for CNS drug discovery.") == set()


def test_a_class_that_a_review_is_about_stays(grounder: Grounder) -> None:
    # a class named by its action: a review of its development names what it is about
    text = "Industry has focused antidepressant development on monoamine transporters."
    assert "antidepressant" in interventions(grounder, text)


# --- 3. a sham's generic procedure -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Behaviour was tested ten days after sham or BDL surgeries.",
    "Control rats underwent sham surgery.",
])
def test_a_shams_generic_procedure_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert "surgical procedure" not in interventions(grounder, text)


def test_surgery_as_a_treatment_stays(grounder: Grounder) -> None:
    assert "surgical procedure" in interventions(grounder, "Patients were randomised to surgery or to medication.")


# --- 4. a measured attribute -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Psychological characteristics (eg, distress, coping strategies) will be assessed by questionnaires.",
    "We adjusted the models for lifestyle factors such as diet and exercise.",
])
def test_a_listed_attribute_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert interventions(grounder, text) == set()


def test_a_listed_intervention_stays(grounder: Grounder) -> None:
    assert "Exercise" in interventions(grounder, "Interventions such as diet and exercise improved mood.")


# --- 5. a tracer -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Microglial activation was imaged with PK11195 PET in ten patients.",
    "Binding of the radioligand raclopride was lower in patients.",
])
def test_a_tracer_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert interventions(grounder, text) == set()


def test_a_drug_given_before_imaging_stays(grounder: Grounder) -> None:
    assert "raclopride" in {label.lower() for label in interventions(grounder, "Rats were given raclopride (1 mg/kg).")}


@pytest.mark.parametrize("text, label", [
    ("Diabetes was related to factors including weight gain, age and clozapine dose.", "clozapine"),
    ("OUTCOME MEASURES: pupil size after administration of pilocarpine.", "(+)-pilocarpine"),
])
def test_a_dosed_or_administered_name_after_a_measure_word_stays(grounder: Grounder, text: str, label: str) -> None:
    assert label in interventions(grounder, text)


def test_dietary_factors_that_improve_symptoms_stay(grounder: Grounder) -> None:
    text = "Dietary factors such as probiotics may improve depressive symptoms."
    assert "Probiotics" in interventions(grounder, text)


# --- 6. procedures in their standard wordings (sources/procedure_forms) ----------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Two patients relapsed after bone marrow transplant.", "Bone Marrow Transplantation"),
    ("Transplantation of the fecal microbiota from donors induced anxiety.", "Fecal Microbiota Transplantation"),
    ("Patients were randomised to electroconvulsive treatment or to ketamine.", "Electroconvulsive Therapy"),
    ("We review dietary therapies for depression.", "Diet Therapy"),
    ("Children received behavioral therapy for twelve weeks.", "Behavior Therapy"),
    ("Women on hormonal replacement therapy had lower IL-6.", "Hormone Replacement Therapy"),
])
def test_a_procedure_in_its_standard_wording(grounder: Grounder, text: str, label: str) -> None:
    assert label in interventions(grounder, text)


def test_procedure_forms_are_derived_from_the_heading() -> None:
    from ipkg.ground.sources.procedure_forms import derived_words, head_forms
    assert head_forms("Kidney Transplantation")[0] == "Kidney transplant"
    assert head_forms("Music Therapy") == ["Music treatment"]
    assert head_forms("Music Therapy", therapy=False) == []
    assert derived_words("Diet", {"dietary"}) == ["dietary"]
    assert derived_words("Diet", set()) == []  # no word MeSH does not use is coined


# --- 7. drug classes with another drug noun (sources/class_nouns) ----------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Half of the patients took sedative medications at night.", "sedative"),
    ("Immunosuppressant medication was stopped before surgery.", "immunosuppressive agent"),
])
def test_a_class_with_another_drug_noun(grounder: Grounder, text: str, label: str) -> None:
    assert label in interventions(grounder, text)


def test_class_noun_forms() -> None:
    from ipkg.ground.sources.class_nouns import noun_forms
    assert noun_forms("antiepileptic drug") == ["antiepileptic agent", "antiepileptic medication",
                                                "antiepileptic medicine"]
    assert noun_forms("opioid")[2] == "opioid medication"
    assert noun_forms("antagonist") == [] and noun_forms("serotonin uptake inhibitor") == []


def test_a_plain_ligand_is_given(grounder: Grounder) -> None:
    text = "The D2 ligand raclopride reduced locomotion."
    assert "raclopride" in {label.lower() for label in interventions(grounder, text)}


def test_an_agent_inducing_a_listed_measure_is_given(grounder: Grounder) -> None:
    text = "We recorded cardiovascular variables, including heart rate and clonidine-induced bradycardia."
    assert "clonidine" in interventions(grounder, text)
