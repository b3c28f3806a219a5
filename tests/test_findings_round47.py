"""Round 47 of the findings rules (s22 issue 12; docs/findings.md section 47): the relation readers' leftovers of
round 44. A change undone by a restoring verb's passive ("the stress-induced decrease in IL-10 was restored by X": X
raises IL-10), a second "in" phrase ("implicated in A and in B", :mod:`ipkg.extract.recall_second_in`), a target
first in a passive's list of agents ("induced by IFN-α and poly(I:C)") and an object apposed to its class noun
before its passive ("the inflammatory cytokine, IFNγ, was decreased"). Self-written sentences; mentions from the
shipped lexicon. Each positive case fails on main at 274a89b; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round30 import _rows

IL6, IL10, TNF = "interleukin 6", "interleukin 10", "tumor necrosis factor"
IFNG = "interferon gamma"


@pytest.mark.parametrize(("text", "row"), [
    ("The stress-induced decrease in IL-10 was restored by fluoxetine.", ("fluoxetine", "increases", IL10, False, False)),
    ("Reduced IL-10 levels were fully restored by fluoxetine.", ("fluoxetine", "increases", IL10, False, False)),
    ("The LPS-induced decrease in IL-10 was rescued after treatment with minocycline.",
     ("minocycline", "increases", IL10, False, False)),
])
def test_a_decrease_restored_is_an_increase(text: str, row: tuple) -> None:
    rows = _rows(text)
    assert row in rows
    assert (row[0], "decreases", row[2], False, False) not in rows


def test_a_restoring_verb_alone_says_no_direction() -> None:
    assert not any(row[0] == "fluoxetine" for row in _rows("IL-10 was restored by fluoxetine."))


def test_an_increase_reversed_stays_a_decrease() -> None:
    assert ("fluoxetine", "decreases", IL6, False, False) in _rows(
        "The LPS-induced increase in IL-6 was reversed by fluoxetine.")


@pytest.mark.parametrize(("text", "rows"), [
    ("The dorsal raphe nucleus serotonin (5-HT) system has been implicated in acute responses to stress and in "
     "stress-related psychiatric disorders such as anxiety and depression.",
     {("psychiatric disorder", "associatedWith", "synaptic transmission, serotonergic", False, False),
      ("anxiety disorder", "associatedWith", "synaptic transmission, serotonergic", False, False),
      ("depressive disorder", "associatedWith", "synaptic transmission, serotonergic", False, False)}),
    ("IL-6 has been implicated in depression and in schizophrenia.",
     {("schizophrenia", "associatedWith", IL6, False, False)}),
    ("IL-6 and TNF-alpha may be involved in the pathophysiology of depression as well as in the onset of "
     "schizophrenia.",
     {("schizophrenia", "associatedWith", IL6, False, True), ("schizophrenia", "associatedWith", TNF, False, True)}),
    ("IL-6 has not been implicated in depression and in schizophrenia.",
     {("schizophrenia", "associatedWith", IL6, True, False)}),
])
def test_a_second_in_phrase(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_a_second_in_phrase_after_a_clause_of_its_own_is_not_read() -> None:
    rows = _rows("IL-6 has been implicated in depression, which is common, and in schizophrenia.")
    assert not any(row[0] == "schizophrenia" for row in rows)


@pytest.mark.parametrize("text", [
    "IL-6 and TNF-alpha were induced by IFN-alpha and poly(I:C).",
    "TNF-alpha, IL-6 and Cxcl10 were synergistically induced by IFN-alpha and poly(I:C).",
])
def test_a_target_first_in_a_passive_list_of_agents(text: str) -> None:
    rows = _rows(text)
    assert {("Poly I-C", "increases", IL6, False, False), ("Poly I-C", "increases", TNF, False, False)} <= rows


def test_objects_in_parallel_phrases_keep_their_own_trigger() -> None:
    rows = _rows("A decrease in IL-6, in TNF and in IL-10 after minocycline was seen.")
    assert ("minocycline", "decreases", IL6, False, False) in rows


@pytest.mark.parametrize("text", [
    "The production of the inflammatory cytokine, IFNgamma, was significantly decreased in rat hippocampus in "
    "response to treatment with antidepressants.",
    "In addition, the inflammatory cytokine, IFNgamma, was significantly decreased by antidepressants.",
])
def test_an_object_apposed_to_its_class_noun(text: str) -> None:
    assert ("antidepressant", "decreases", IFNG, False, False) in _rows(text)


def test_a_relative_clause_after_the_object_still_breaks() -> None:
    assert not any(row[0] == "minocycline" for row in _rows("IL-6, which rose, was reduced by minocycline."))
