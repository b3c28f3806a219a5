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
    # a series of subgroups: the class is one item, not the drugs' (read on the 9k bench corpus)
    "The cohort was split into 3 subgroups: dopaminergic agonists, rasagiline or selegiline, and amantadine.",
    # a word before a noun of use is no named drug
    "Desensitization follows selective serotonin reuptake inhibitor (SSRI) antidepressant treatment.",
    # the class after a comma names the next drug of the list ("X, the D2 antagonist Y")
    "It was not prevented by the H3 agonist ciproxifan, the D2 antagonist sulpiride or naloxone.",
])
def test_no_class_target(text: str) -> None:
    assert not any(p in ("decreases", "increases", "modulates") and s != "sulpiride" for s, p, *_ in _rows(text))


# ------------------------------------------------------------ 2. an intervention that undoes a depression-like state
DEP = "depressive disorder"


@pytest.mark.parametrize("text", [
    "Chronic treatment with fluoxetine reversed the LPS-induced depressive-like behaviour in mice.",
    "Minocycline prevented the emergence of depression-like behaviors after social defeat.",
    "The depressive-like behavior induced by chronic stress was attenuated by chronic treatment with fluoxetine.",
    'Olfactory bulbectomy induces a "depressive-like" behavior which is reversed by chronic treatment with '
    "imipramine.",
    "Depression-like phenotypes in mice with colitis were improved after a single injection of ketamine.",
])
def test_an_intervention_that_undoes_a_depression_like_state_treats_depression(text: str) -> None:
    rows = _rows(text)
    assert any(p == "treats" and o == DEP and not n and not h for _, p, o, n, h in rows), rows


def test_each_listed_intervention_and_both_states() -> None:
    rows = _rows("Fluoxetine or imipramine (10 mg/kg) ameliorated the anxiety- and depression-like behaviors.")
    assert {("fluoxetine", "treats", DEP, False, False), ("imipramine", "treats", DEP, False, False),
            ("fluoxetine", "treats", "Anxiety", False, False)} <= rows


def test_a_state_not_undone_is_denied() -> None:
    rows = _rows("Minocycline did not prevent the depressive-like behavior.")
    assert ("minocycline", "treats", DEP, True, False) in rows


@pytest.mark.parametrize("text", [
    # the inducer did not undo the state it induced
    "Rats were given LPS-induced depressive-like behaviour and then saline.",
    # a state that rose is no relief
    "Fluoxetine increased depression-like behaviour in juvenile mice.",
])
def test_no_treatment_of_the_state(text: str) -> None:
    assert not any(p == "treats" and o == DEP for _, p, o, *_ in _rows(text))


# ------------------------------------------------------------ 3. the gut microbiota named as what changes: the axis
AXIS = "microbiota-gut-brain axis"


@pytest.mark.parametrize(("text", "disorder", "hedged"), [
    ("The gut microbiota has been implicated in depression.", "depressive disorder", False),
    ("They found that gut microbiome composition was associated with bipolar disorder.", "bipolar disorder", False),
    ("Patients with schizophrenia had reduced gut microbiota richness compared with healthy controls.",
     "schizophrenia", False),
    ("Altered gut microbiota and mucosal immunity in patients with schizophrenia.", "schizophrenia", False),
    ("Recent data suggest that the intestinal microbiota may contribute to Parkinson's disease.",
     "Parkinson disease", True),
])
def test_a_disorder_linked_to_the_gut_microbiota_is_associated_with_the_axis(text: str, disorder: str,
                                                                            hedged: bool) -> None:
    assert (disorder, "associatedWith", AXIS, False, hedged) in _rows(text)


@pytest.mark.parametrize("text", [
    "Probiotics restored the gut microbiota composition in stressed mice.",  # an intervention's change: no direction
    "High-fiber diet ameliorates gut microbiota in type 2 diabetes.",
    "The treatment of depressive mice with the extract showed ability to regulate the gut microbiota.",
    "Gut microbiota-derived metabolites were measured in depression.",  # a premodifier, not the microbiota
    "Gut microbiota is in the spotlight of research on this kind of psychiatric disorder.",  # a kind referring back
])
def test_no_axis_finding_of_an_intervention_or_a_modifier(text: str) -> None:
    assert not any(o == AXIS for _, _, o, *_ in _rows(text))


# ------------------------------------------------------------ 4. "changes in X in Y"
def test_changes_in_a_target_in_a_disorder_associate_them() -> None:
    rows = _rows("Changes in IL-6 and TNF-alpha levels in patients with depression and anxiety have been reported.")
    assert {("depressive disorder", "associatedWith", "interleukin 6", False, False),
            ("depressive disorder", "associatedWith", "tumor necrosis factor", False, False),
            ("anxiety disorder", "associatedWith", "interleukin 6", False, False)} <= rows


def test_changes_in_a_treated_population_are_the_treatments() -> None:
    rows = _rows("Changes in IL-6 in patients with depression treated with fluoxetine were small.")
    assert not any(p == "associatedWith" for _, p, *_ in rows)


def test_no_changes_in_a_disorder_are_denied() -> None:
    assert ("depressive disorder", "associatedWith", "interleukin 6", True, False) in _rows(
        "No changes in IL-6 in depression were found.")


def test_changes_in_a_reviews_scope_claim_nothing() -> None:
    rows = _rows("In this review, we summarize the changes in IL-6 in depression and anxiety.")
    assert not any(p == "associatedWith" and o == "interleukin 6" for _, p, o, *_ in rows)
