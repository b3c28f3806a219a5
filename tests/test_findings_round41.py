"""Round 41 of the findings rules (s20 issue 12; docs/findings.md section 41): associations a review or a
background states with a noun of a part, "the role / involvement / importance of X in Y"
(:mod:`ipkg.extract.recall_review_roles`). Self-written sentences; mentions from the shipped lexicon. Each positive
case fails on main at 0035f38; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round30 import _rows

MDD = "depressive disorder"
KYN = "tryptophan catabolic process to kynurenine"


@pytest.mark.parametrize(("text", "rows"), [
    ("These findings highlight a role for interleukin-1 beta in depression.",
     {(MDD, "associatedWith", "interleukin 1 beta", False, False)}),
    ("Evidence for the involvement of neuroinflammation in schizophrenia is growing.",
     {("schizophrenia", "associatedWith", "neuroinflammatory response", False, False)}),
    ("The significance of the kynurenine pathway in schizophrenia and bipolar disorder is now recognised.",
     {("schizophrenia", "associatedWith", KYN, False, False),
      ("bipolar disorder", "associatedWith", KYN, False, False)}),
    ("Studies in animals support the involvement of IL-6 and TNF-alpha in depression.",
     {(MDD, "associatedWith", "interleukin 6", False, False),
      (MDD, "associatedWith", "tumor necrosis factor", False, False)}),
])
def test_the_part_of_a_target_in_conditions(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_an_adjective_of_conjecture_hedges_the_part() -> None:
    rows = _rows("Animal studies point to a putative involvement of microglia in bipolar disorder.")
    assert ("bipolar disorder", "associatedWith", "microglial cell", False, True) in rows


@pytest.mark.parametrize("text", [
    "In this review, we summarize the involvement of IL-6 in depression.",  # a text's scope: a topic
    "We studied the role of IL-6 in the effect of ketamine on depression.",  # another item between: the drug's
    "The involvement of microglia in schizophrenia has remained controversial.",  # a part in doubt
    "Little is known about the role of microglia in schizophrenia.",  # a part in doubt, said before it
    "Despite many data regarding the contribution of microglia to schizophrenia, results are mixed.",  # a topic
])
def test_no_association_from_a_topic_or_another_items_phrase(text: str) -> None:
    assert not any(row[1] == "associatedWith" for row in _rows(text))


def test_its_part_is_the_part_of_the_target_that_opens_the_sentence() -> None:
    rows = _rows("Interleukin-17, a cytokine secreted by T helper 17 cells, has attracted attention because of its "
                 "importance in the pathogenesis of many autoimmune or chronic inflammatory diseases.")
    assert {("autoimmune disease", "associatedWith", "interleukin 17A", False, False),
            ("inflammatory disease", "associatedWith", "interleukin 17A", False, False)} <= rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Neuroinflammation is a hallmark of Alzheimer's disease.",
     {("Alzheimer disease", "associatedWith", "neuroinflammatory response", False, False)}),
    ("Microglial activation is a common feature of schizophrenia and depression.",
     {("schizophrenia", "associatedWith", "microglial cell activation", False, False),
      (MDD, "associatedWith", "microglial cell activation", False, False)}),
    ("Inflammation may be a risk factor for depression.",
     {(MDD, "associatedWith", "inflammatory response", False, True)}),
])
def test_a_target_that_is_a_trait_of_conditions(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_a_trait_denied_is_no_association() -> None:
    rows = _rows("Elevated interleukin-6 was not a feature of schizophrenia in this cohort.")
    assert ("schizophrenia", "associatedWith", "interleukin 6", False, False) not in rows
