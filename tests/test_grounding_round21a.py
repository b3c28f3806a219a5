"""Issue 13, round 21a (session 21): structural drug classes MAxO names as given ("steroid agent therapy") ground
where a text gives them, and an acronym of nucleotide letters is no compound. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.sources.agents import therapy_classes
from tests.test_grounding_round20a import concepts


@pytest.mark.parametrize("text, surface, curie", [
    ("The rash resolved after she was treated with steroids.", "steroids", "D013256"),
    ("Her vision recovered on long-term steroid therapy.", "steroid", "D013256"),
    ("Most of the patients received aminoglycosides for sepsis.", "aminoglycosides", "D000617"),
    ("Hyponatremia was more frequent in the patients treated with thiazides.", "thiazides", "D049971"),
    ("The patients treated with sulfonylureas had more hypoglycemic episodes.", "sulfonylureas", "D013453"),
])
def test_a_structural_class_given_is_an_intervention(grounder, text, surface, curie):
    assert concepts(grounder, text).get(surface, (None,))[0] == curie


@pytest.mark.parametrize("text, surface", [
    ("Steroids are synthesized from cholesterol in the adrenal cortex.", "steroids"),
    ("Plasma steroid concentrations were higher at night.", "steroid"),
    ("Quinolones share a bicyclic core.", "quinolones"),
])
def test_a_structural_class_not_given_is_no_intervention(grounder, text, surface):
    assert surface not in concepts(grounder, text)


def test_only_classes_of_molecules_before_a_use_are_read_from_maxo():
    maxo = [{"name": name, "synonyms": [], "obsolete": False} for name in (
        "steroid agent therapy", "diuretic agent therapy", "thiazide diuretic agent therapy", "chelator agent therapy",
        "copper chelator agent therapy", "purine antagonist agent therapy")]
    mesh = {"D013256": {"name": "Steroids", "entries": ["Steroid"], "trees": ["D04.210.500"]},
            "D049971": {"name": "Thiazides", "entries": ["Thiazide"], "trees": ["D02.886.655"]},
            "D003300": {"name": "Copper", "entries": [], "trees": ["D01.268.556.195"]},
            "D011687": {"name": "Purines", "entries": [], "trees": ["D03.633.100.759"]}}
    # copper is one element, not a class; "antagonist" is no use MAxO gives as an agent of its own
    assert therapy_classes(maxo, mesh) == [("D013256", "steroid"), ("D049971", "thiazide")]


def test_a_nucleotide_motif_is_no_compound(grounder):
    text = "The promoter lacks a TATA-box; mice were given TATA twice."
    assert "tata" not in concepts(grounder, text)
