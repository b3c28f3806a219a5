"""Issue 13, round 20a (session 20): a research code labelled as texts write it (MeSH's "<code> compound"), and
the diets rich in a nutrient MeSH names in its dietary form ("Cholesterol, Dietary": "high-cholesterol diet").
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.sources.interventions import code_label
from ipkg.models import Document


def concepts(grounder, abstract: str) -> dict[str, tuple[str, str]]:
    """Lower-cased surface form -> (curie, label) of the Intervention mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): (m.concept.iri.rsplit("/", 1)[-1], m.concept.label) for m in mentions
            if m.concept.cls == "Intervention"}


@pytest.mark.parametrize("text, surface, curie", [
    ("Mice were given BE360 for two weeks.", "be360", "C539509"),
    ("E139 was injected before the seizure test.", "e139", "C482385"),
])
def test_a_coded_record_is_labelled_by_its_code(grounder, text, surface, curie):
    found = concepts(grounder, text).get(surface)
    assert found is not None and found[0] == curie
    assert found[1] == surface.upper()


def test_code_label_keeps_names_that_are_more_than_a_code():
    assert code_label("ZY-1 compound") == "ZY-1"
    assert code_label("Fasnall compound") == "Fasnall compound"  # one capital: a trivial name, not a code
    assert code_label("RT-01 organotellurium compound") == "RT-01 organotellurium compound"


@pytest.mark.parametrize("text, surface, label", [
    ("Rabbits were fed a high-cholesterol diet for eight weeks.", "high-cholesterol diet", "Cholesterol, Dietary"),
    ("A cholesterol-rich diet raised the plaque burden.", "cholesterol-rich diet", "Cholesterol, Dietary"),
    ("The rats received a high-phosphorus diet.", "high-phosphorus diet", "Phosphorus, Dietary"),
    ("Mice on a high-fiber diet had more butyrate.", "high-fiber diet", "Dietary Fiber"),
    ("A diet rich in sugars worsened the colitis.", "diet rich in sugars", "Dietary Sugars"),
])
def test_a_diet_rich_in_a_component_is_that_component(grounder, text, surface, label):
    assert concepts(grounder, text).get(surface, (None, None))[1] == label


def test_a_nutrient_measured_is_no_diet(grounder):
    found = concepts(grounder, "Plasma cholesterol was higher in the patients.")
    assert not any(label == "Cholesterol, Dietary" for _, label in found.values())


@pytest.mark.parametrize("text", [
    "Fasting blood samples were drawn at baseline.",
    "Fasting plasma glucose was lower after the trial.",
])
def test_fasting_as_the_state_of_a_sample_is_no_intervention(grounder, text):
    assert "fasting" not in concepts(grounder, text)


def test_a_fast_named_by_its_schedule_is_an_intervention(grounder):
    found = concepts(grounder, "Intermittent fasting improved the memory of the mice.")
    assert found.get("intermittent fasting", (None, None))[1] == "Intermittent Fasting"


def test_fasting_given_is_an_intervention(grounder):
    found = concepts(grounder, "The rats were treated with fasting for two days.")
    assert found.get("fasting", (None, None))[1] == "fasting intervention"


def test_a_diet_named_by_what_it_restricts_is_also_its_low_diet(grounder):
    found = concepts(grounder, "The patients followed a low-calorie diet for twelve weeks.")
    assert found.get("low-calorie diet", (None, None))[1] == "Caloric Restriction"
