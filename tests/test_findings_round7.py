"""Sentence patterns of round 7 (s6 issue 12): a change of level named as a phenotype ("hyperactivity of the HPA
axis") describes the target after "of"; ... Sentences written for each rule or taken from the tune part, with near
misses that must not match; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

from tests.test_findings_round6b import _rows


# ---------------------------------------------------------------- a change of level said of a target
def test_hyperactivity_of_an_axis_is_the_axis_state() -> None:
    rows = _rows("Major depression is frequently associated with the hyperactivity of the "
                 "hypothalamic-pituitary-adrenocortical axis.")
    assert ("major depressive disorder", "associatedWith", "HPA axis activity") in {r[:3] for r in rows}
    assert not any(r[2] == "Hyperkinesis" for r in rows)


def test_hyperactivity_alone_stays_a_phenotype() -> None:
    # no target after "of": the phenotype word is kept as a mention of its own
    rows = _rows("Methylphenidate reduced hyperactivity in children with attention deficit hyperactivity disorder.")
    assert any(r[2] == "Hyperkinesis" for r in rows)


# ---------------------------------------------------------------- the activation of named cells
def test_activation_of_marked_cells_is_the_activation_process() -> None:
    rows = _rows("Moreover, fecal microbiota transplantation administration suppressed the activation of Iba1 positive "
                 "microglia cells in the hippocampus.")
    assert rows == {("Fecal Microbiota Transplantation", "decreases", "microglial cell activation", False, False)}


def test_cells_listed_after_activation_of_share_it() -> None:
    rows = _rows("LPS induced the activation of CD68+ macrophages, T cells and neutrophils.")
    assert {r[2] for r in rows if r[1] == "increases"} == {
        "macrophage activation", "T cell activation", "neutrophil activation"}


def test_cells_without_activation_stay_cells() -> None:
    rows = _rows("Minocycline reduced microglia and the activation of T cells.")
    assert ("minocycline", "decreases", "microglial cell", False, False) in rows
    assert ("minocycline", "decreases", "T cell activation", False, False) in rows


# ---------------------------------------------------------------- a class with its members in brackets
def test_class_with_bracketed_members_gives_way_to_them() -> None:
    rows = _rows("Neurodegenerative diseases (Parkinson's disease and Alzheimer's disease) are associated with "
                 "microglial activation.")
    assert {r[0] for r in rows if r[1] == "associatedWith"} == {"Parkinson disease", "Alzheimer disease"}


def test_class_with_examples_or_abbreviation_is_kept() -> None:
    rows = _rows("Neurodegenerative diseases (e.g., Parkinson's disease) are associated with microglial activation.")
    assert "neurodegenerative disease" in {r[0] for r in rows if r[1] == "associatedWith"}
    rows = _rows("Alzheimer's disease (AD) is associated with microglial activation.")
    assert ("Alzheimer disease", "associatedWith", "microglial cell activation") in {r[:3] for r in rows}


# ---------------------------------------------------------------- "restore"
def test_restoring_a_change_undoes_it() -> None:
    assert ("fluoxetine", "increases", "interleukin 10", False, False) in _rows(
        "Fluoxetine restored the LPS-induced decrease in IL-10.")
    assert ("fluoxetine", "decreases", "interleukin 6", False, False) in _rows(
        "Fluoxetine restored the increase in IL-6 induced by LPS.")
    assert ("fluoxetine", "increases", "interleukin 10", True, False) in _rows(
        "Fluoxetine did not restore the LPS-induced decrease in IL-10.")


def test_restore_alone_gives_no_direction_to_a_level() -> None:
    assert not any(r[0] == "fluoxetine" for r in _rows("Fluoxetine restored IL-10 levels."))


def test_restoring_a_condition_treats_it() -> None:
    assert ("Flavonoids", "treats", "depressive disorder", False, False) in _rows(
        "Flavonoids restore CUMS-induced depressive disorder.")


# ---------------------------------------------------------------- a verb coordinated after an object
def test_verb_coordinated_after_an_object_is_the_clause_subjects() -> None:
    rows = _rows("Minocycline inhibits microglial activation and has been implicated in depression.")
    assert not any(r[1] == "associatedWith" for r in rows)
    rows = _rows("Microglial activation occurs after stress and has been implicated in depression.")
    assert ("depressive disorder", "associatedWith", "microglial cell activation") in {r[:3] for r in rows}


# ---------------------------------------------------------------- mediation
def test_mediator_of_an_interventions_relationship_is_how_it_acts() -> None:
    rows = _rows("Additionally, inflammation may mediate the relationship between dietary fiber intake and depression.")
    assert ("Dietary Fiber", "actsThrough", "inflammatory response", False, True) in rows
    rows = _rows("IL-6 partially mediated the effect of fluoxetine on depression.")
    assert ("fluoxetine", "actsThrough", "interleukin 6", False, False) in rows


def test_mediation_needs_the_mediator_before_the_verb() -> None:
    rows = _rows("Fluoxetine mediated the effect of IL-6 on depression.")
    assert not any(r[1] == "actsThrough" for r in rows)


# ---------------------------------------------------------------- bracketed members of a coordinated list
def test_member_of_a_later_bracketed_class_is_not_governed_by_an_earlier_one() -> None:
    rows = _rows("Metabolic disorders (obesity-related diseases), and intestinal disorders (inflammatory bowel disease "
                 "and dysbiosis), are associated with the dysfunctional gut-brain axis.")
    assert {r[0] for r in rows if r[1] == "associatedWith"} >= {"obesity disorder", "inflammatory bowel disease"}


def test_verb_before_the_bracket_keeps_the_earlier_subject() -> None:
    rows = _rows("Ketamine reduced IL-6 in patients with depression (in a small trial), and fluoxetine had no "
                 "effect on TNF.")
    assert ("ketamine", "decreases", "interleukin 6") in {r[:3] for r in rows}
