"""Issue 13, round 23a (session 23): a drug subclass by its modifier and head alone ("atypical antipsychotics"),
herbal preparations MeSH names only in supplementary records ("Nelumbinis Semen", "xiaoyaosan"), and a drug's
pharmacological activity stated of an endogenous compound as its treatment cue ("Isatin has anxiogenic, sedative,
anticonvulsant activities"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document
from tests.test_grounding_round22c import classes


def labels(grounder, abstract: str) -> dict[str, str]:
    """Lower-cased surface form -> label of every Intervention mention of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == "Intervention"}


@pytest.mark.parametrize("text, surface, label", [
    ("Weight gain is common in patients on atypical antipsychotics.", "atypical antipsychotics",
     "second generation antipsychotic"),
    ("Typical antipsychotics were switched to clozapine in the second phase.", "typical antipsychotics",
     "first generation antipsychotic"),
    ("The conventional antipsychotic was withdrawn over two weeks.", "conventional antipsychotic",
     "first generation antipsychotic"),
])
def test_a_subclass_is_named_by_its_modifier_and_head(grounder, text, surface, label):
    assert labels(grounder, text)[surface] == label


def test_the_head_alone_stays_the_broader_class(grounder):
    assert labels(grounder, "Antipsychotics were tapered before the scan.")["antipsychotics"] == "antipsychotic agent"


@pytest.mark.parametrize("text, surface", [
    ("The herbal extract of Nelumbinis Semen reduced immobility in the forced swim test.", "nelumbinis semen"),
    ("Xiaoyaosan was given to the stressed rats for 21 days.", "xiaoyaosan"),
    ("Mice fed Fructus Akebiae showed fewer depressive-like behaviours.", "fructus akebiae"),
])
def test_a_herbal_preparation_named_by_mesh_grounds_anywhere(grounder, text, surface):
    assert surface in labels(grounder, text)


def test_a_trade_name_keeps_its_case(grounder):
    assert not labels(grounder, "Cognitive decline in neuroAIDS was followed for two years.")


@pytest.mark.parametrize("text", [
    "Isatin has anxiogenic, sedative, anticonvulsant activities in rodents.",
    "Isatin showed cardioinhibitory effect on the isolated heart.",
    "In the second series isatin exhibited anxiolytic-like effects at low doses.",
])
def test_a_drug_action_stated_of_a_compound_is_a_treatment_cue(grounder, text):
    assert labels(grounder, text).get("isatin") == "isatin"


@pytest.mark.parametrize("text", [
    "Isatin is an endogenous indole found in the brain.",
    "Isatin has inhibitory effects on monoamine oxidase B in brain homogenates.",
    "Urinary isatin levels were higher in the patients.",
])
def test_a_compound_without_a_drug_action_stays_out(grounder, text):
    assert "isatin" not in labels(grounder, text)


def test_the_action_adjective_alone_stays_the_process(grounder):
    assert classes(grounder, "Melatonin has antioxidant and anti-inflammatory properties.")["anti-inflammatory"][0] \
        == "Pathway"
