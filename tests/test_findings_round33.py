"""Round 33 of the findings rules (s17 issue 12; docs/findings.md section 33): recall on wordings that recur in
animal-model studies and reviews. A drug named with its pharmacological class acts on the class's target
(:mod:`ipkg.extract.recall_class_targets`). Self-written sentences; mentions from the shipped lexicon. Each changed
case fails on main at 6f8f53e; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round30 import _rows

NMDA = "NMDA selective glutamate receptor signaling pathway"
SERT = "serotonin uptake"


# ------------------------------------------------------------ 1. a drug named with its class: the class's target
@pytest.mark.parametrize(("text", "row"), [
    ("The noncompetitive N-methyl-D-aspartate (NMDA) receptor antagonist ketamine was given to rats.",
     ("ketamine", "decreases", NMDA)),
    ("Mice were pretreated with the NMDA receptor (NMDAR) antagonist, memantine.", ("memantine", "decreases", NMDA)),
    ("Sertraline, a selective serotonin reuptake inhibitor, was given for four weeks.",
     ("sertraline", "decreases", SERT)),
    ("The SSRI paroxetine was given for four weeks.", ("paroxetine", "decreases", SERT)),
    ("Ketamine is a selective antagonist of the NMDA receptor.", ("ketamine", "decreases", NMDA)),
    ("The dopamine D2 receptor agonist quinpirole was injected.",
     ("quinpirole", "increases", "dopamine receptor signaling pathway")),
])
def test_a_drug_named_with_its_class_acts_on_the_class_target(text: str, row: tuple[str, str, str]) -> None:
    assert (*row, False, False) in _rows(text)


def test_each_member_after_a_plural_class() -> None:
    rows = _rows("Patients were given the selective serotonin reuptake inhibitors fluoxetine and sertraline.")
    assert {("fluoxetine", "decreases", SERT, False, False), ("sertraline", "decreases", SERT, False, False)} <= rows


def test_a_doubted_class_is_hedged() -> None:
    assert ("memantine", "decreases", NMDA, False, True) in _rows(
        "Memantine, a putative NMDA receptor antagonist, was given.")


@pytest.mark.parametrize("text", [
    "Memantine, not an NMDA receptor antagonist, was given.",  # denied
    "The calcium channel blocker nifedipine was given.",  # no process the lexicon knows
    "Mice received the antidepressant fluoxetine.",  # a class that names no target
    # a class among several, and a plural class word as if it were a member
    "Neuroleptics and other dopamine receptor antagonists, benzodiazepines, and anticonvulsants impair recovery.",
])
def test_no_class_target(text: str) -> None:
    assert not any(p in ("decreases", "increases", "modulates") and o.endswith(("pathway", "uptake"))
                   for _, p, o, *_ in _rows(text))
