"""Issue 13, round 22c (session 22): an adjective of action in the plural names the class of agents, a bacterial
source between a treatment cue and the product given, inflammatory markers measured in stool or blood (calprotectin,
orosomucoid) and lactoferrin only where given. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document
from tests.test_grounding_round20a import concepts


def classes(grounder, abstract: str) -> dict[str, tuple[str, str]]:
    """Lower-cased surface form -> (class, label) of every mention of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): (m.concept.cls, m.concept.label) for m in mentions}


@pytest.mark.parametrize("text, surface", [
    ("Whether anti-inflammatories relieve depressive symptoms is not known.", "anti-inflammatories"),
    ("Patients taking antiinflammatories were excluded from the trial.", "antiinflammatories"),
])
def test_the_plural_of_an_action_adjective_is_the_drug_class(grounder, text, surface):
    assert classes(grounder, text)[surface] == ("Intervention", "anti-inflammatory agent")


def test_the_adjective_alone_still_names_the_process(grounder):
    found = classes(grounder, "The extract had marked anti-inflammatory effects in the colitis model.")
    assert found["anti-inflammatory"][0] == "Pathway"


@pytest.mark.parametrize("text", [
    "The rats received either bacterial endotoxin or saline before the swim test.",
    "Intraperitoneal injection of Escherichia coli endotoxin raised body temperature.",
    "The animals were treated with E. coli endotoxin on day 3.",
])
def test_a_cue_reaches_a_given_product_across_its_bacterial_source(grounder, text):
    assert concepts(grounder, text).get("endotoxin", (None,))[0] == "D004731"


def test_a_measured_bacterial_product_stays_out(grounder):
    assert "endotoxin" not in concepts(grounder, "Plasma bacterial endotoxin levels were higher in the patients.")


@pytest.mark.parametrize("text, surface, label", [
    ("Faecal calprotectin was higher in the patients with depression.", "calprotectin",
     "S100 calcium binding protein A8"),
    ("Serum alpha-1-acid glycoprotein rose after the surgery.", "alpha-1-acid glycoprotein", "orosomucoid 1"),
])
def test_an_inflammatory_marker_measured_is_a_cytokine_item(grounder, text, surface, label):
    assert classes(grounder, text)[surface] == ("Cytokine", label)


def test_lactoferrin_given_is_an_intervention_and_measured_is_nothing(grounder):
    assert concepts(grounder, "The piglets were supplemented with bovine lactoferrin for 3 weeks.")[
        "lactoferrin"][0] == "D007781"
    assert "lactoferrin" not in classes(grounder, "Faecal lactoferrin did not differ between the groups.")
