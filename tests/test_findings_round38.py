"""Round 38 of the findings rules (s18 issue 12; docs/findings.md section 38): the relation readers' wrong subjects
and negation scopes. A group label is no agent (:mod:`ipkg.extract.pairing`), "but not" before a noun phrase denies
that phrase only (:mod:`ipkg.extract.negation`), a class a drug is said to be is no subject
(:mod:`ipkg.extract.finding_items`), a comparator after adjectives is no subject (:mod:`ipkg.extract.relations`).
Self-written sentences (three adapted from the 1k bench corpus, marked); mentions from the shipped lexicon. Each
positive case fails on main at 12bd202; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round30 import _rows

IL6, IL10 = "interleukin 6", "interleukin 10"
BDNF = "brain-derived neurotrophic factor receptor signaling pathway"


# ------------------------------------------------------------ 1. the animals a drug was given to are no agent
@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Mice were exposed to chronic unpredictable mild stress (CUMS). Fluoxetine given to CUMS mice reduced serum "
     "IL-6 levels.", ("chronic unpredictable mild stress", "decreases", IL6, False, False),
     ("fluoxetine", "decreases", IL6, False, False)),
    ("Injection of fluoxetine to mice exposed to chronic stress reversed the decrease in IL-10.",
     ("chronic stress", "increases", IL10, False, False), ("fluoxetine", "increases", IL10, False, False)),
    # adapted from the 1k corpus
    ("Mice were exposed to learned helplessness (LH). Intraperitoneal injection of imipramine to the LH mice for 14 "
     "consecutive days ameliorated depression-like behaviors and reversed the decrease in BDNF.",
     ("learned helplessness", "increases", BDNF, False, False), ("imipramine", "increases", BDNF, False, False)),
])
def test_a_group_label_is_no_agent(text: str, wrong: tuple, right: tuple) -> None:
    rows = _rows(text)
    assert wrong not in rows and right in rows


def test_a_stress_without_a_drug_before_it_keeps_its_finding() -> None:
    assert ("chronic stress", "increases", IL6, False, False) in _rows(
        "Chronic stress increased serum IL-6 levels in mice.")


# ------------------------------------------------------------ 2. "but not" denies the contrasted phrase only
@pytest.mark.parametrize("text", [
    # adapted from the 1k corpus
    "Chronic low dose (5 mg/kg, 14 and 28 days), but not high dose (10 mg/kg, 14 and 28 days) of venlafaxine "
    "treatment increased the expression of BDNF mRNA in the rat hippocampus.",
    "Venlafaxine at low dose but not high dose increased BDNF levels in the hippocampus.",
])
def test_but_not_a_dose_leaves_the_verb_asserted(text: str) -> None:
    rows = _rows(text)
    assert ("venlafaxine", "increases", BDNF, False, False) in rows
    assert ("venlafaxine", "increases", BDNF, True, False) not in rows


@pytest.mark.parametrize(("text", "row"), [
    ("Ketamine increased IL-6 but not TNF-alpha in the serum.",
     ("ketamine", "increases", "tumor necrosis factor", True, False)),
    ("Fluoxetine, but not imipramine, reduced IL-6 levels.", ("imipramine", "decreases", IL6, True, False)),
    ("Ketamine increased IL-6 but not IL-10 levels in stressed mice.", ("ketamine", "increases", IL10, True, False)),
])
def test_but_not_a_mention_still_denies_it(text: str, row: tuple) -> None:
    assert row in _rows(text)


# ------------------------------------------------------------ 3. a class a drug is said to be
@pytest.mark.parametrize(("text", "wrong"), [
    ("Minocycline is a semisynthetic second-generation tetracycline that exerts antiinflammatory effects.",
     ("tetracycline", "decreases", "inflammatory response", False, False)),
    # adapted from the 1k corpus
    ("Ketamine (KET), a non-competitive N-methyl-D-aspartate (NMDA) receptor antagonist has shown potential as a "
     "rapid-acting and long-lasting treatment for MDD.",
     ("NMDA receptor antagonist", "treats", "major depressive disorder", False, True)),
])
def test_the_class_a_drug_is_said_to_be_is_no_subject(text: str, wrong: tuple) -> None:
    assert wrong not in _rows(text)


def test_a_class_in_use_for_a_condition_keeps_its_finding() -> None:
    rows = _rows("Fluoxetine, a novel selective serotonin reuptake inhibitor utilized in the treatment of depression, "
                 "increased serum IL-6.")
    assert {("serotonin uptake inhibitor", "treats", "depressive disorder", False, False),
            ("fluoxetine", "treats", "depressive disorder", False, False)} <= rows


# ------------------------------------------------------------ 4. a comparator after adjectives
def test_a_comparator_after_an_adjective_is_no_subject() -> None:
    rows = _rows("Clozapine is more effective than conventional neuroleptics in reducing symptoms of schizophrenia.")
    assert ("antipsychotic agent", "treats", "schizophrenia", False, False) not in rows


# ------------------------------------------------------------ 5. a disorder that is the object of the agent's verb
def test_a_disorder_relieved_is_not_the_subject_of_the_next_verb() -> None:
    rows = _rows("Imipramine ameliorated depression-like behaviors and reversed the decrease in BDNF.")
    assert ("depressive disorder", "associatedWith", BDNF, False, False) not in rows
    assert ("imipramine", "increases", BDNF, False, False) in rows


def test_a_disorder_with_its_own_change_keeps_its_association() -> None:
    assert ("depressive disorder", "associatedWith", IL6, False, False) in _rows(
        "Patients with depression had increased IL-6 levels.")
