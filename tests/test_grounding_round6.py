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
