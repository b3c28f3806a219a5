"""Round 14 of the findings rules (s10 issue 12; docs/findings.md section 14): misses whose two arguments are
grounded in one sentence. Self-written sentences in the wording of animal and clinical abstracts; mentions from the
shipped lexicon.
"""

from __future__ import annotations

from tests.test_findings_round13 import _rows


# ---------------------------------------------------------------- "X in <class>, B, C and D": siblings of "X in <class>"
def test_list_after_a_class_setting_names_siblings_of_the_condition() -> None:
    rows = _rows("Minocycline may be a treatment for cognitive impairment in psychiatric disorders, Parkinson's "
                 "disease, osteoporosis, and stroke.", section="CONCLUSIONS")
    treated = {r[2] for r in rows if r[0] == "minocycline" and r[1] == "treats"}
    assert {"Cognitive Dysfunction", "Parkinson disease", "osteoporosis", "stroke disorder"} <= treated


def test_list_of_single_diseases_after_in_stays_the_setting() -> None:
    # a setting list of single diseases: cognitive impairment in each, not the diseases themselves
    rows = _rows("Minocycline may be a treatment for cognitive impairment in schizophrenia, bipolar disorder and "
                 "depression.", section="CONCLUSIONS")
    treated = {r[2] for r in rows if r[0] == "minocycline" and r[1] == "treats"}
    assert "schizophrenia" not in treated and "bipolar disorder" not in treated
    # a class setting with one disease after it is no list of siblings
    rows = _rows("Minocycline may be a treatment for cognitive impairment in psychiatric disorders and stroke.",
                 section="CONCLUSIONS")
    assert not any(r[0] == "minocycline" and r[2] == "stroke disorder" for r in rows)


# ---------------------------------------------------------------- "Altered X in patients with Y": no direction
def test_altered_marker_in_patients_is_an_association_without_direction() -> None:
    rows = _rows("Altered mucosal immunity was observed in patients with schizophrenia.")
    assert ("schizophrenia", "associatedWith", "mucosal immune response", False, False) in rows
    rows = _rows("Aberrant IL-6 levels were found in patients with schizophrenia.")
    assert ("schizophrenia", "associatedWith", "interleukin 6", False, False) in rows


def test_altered_said_by_an_agent_is_no_association() -> None:
    # the change word is the verb of an agent: a modulation, not the disorder's association
    rows = _rows("Minocycline altered IL-6 levels in patients with schizophrenia.")
    assert ("minocycline", "modulates", "interleukin 6", False, False) in rows
    assert not any(r[1] == "associatedWith" for r in rows)


# ---------------------------------------------------------------- "A is a basis of (the X-induced) Y"
def test_a_basis_of_an_induced_state_is_a_mechanism_and_an_association() -> None:
    rows = _rows("Excessive immunosuppression is a basis of the LPS-induced depression.")
    assert ("depressive disorder", "associatedWith", "negative regulation of immune system process", False,
            False) in rows
    assert ("lipopolysaccharide", "actsThrough", "negative regulation of immune system process", False, False) in rows
    rows = _rows("Neuroinflammation is the biological basis of depression.")
    assert ("depressive disorder", "associatedWith", "neuroinflammatory response", False, False) in rows


def test_on_the_basis_of_is_no_relation() -> None:
    rows = _rows("On the basis of neuroinflammation, depression was classified.")
    assert not any(r[1] == "associatedWith" for r in rows)


# ---------------------------------------------------------------- "<target> decreased in X(-treated) mice"
def test_a_change_in_the_animals_given_an_agent_is_the_agents() -> None:
    rows = _rows("IL-6 levels were increased in LPS-treated mice.")
    assert ("lipopolysaccharide", "increases", "interleukin 6", False, False) in rows
    rows = _rows("IL-6 levels significantly decreased in LPS mice.")
    assert ("lipopolysaccharide", "decreases", "interleukin 6", False, False) in rows


def test_animals_given_more_or_compared_with_are_no_arm_of_the_agent() -> None:
    rows = _rows("IL-6 levels were increased in LPS-treated mice given minocycline.")
    assert not any(r[0] == "lipopolysaccharide" and r[2] == "interleukin 6" for r in rows)
    rows = _rows("IL-6 levels were higher in vehicle mice than in LPS-treated mice.")
    assert not any(r[0] == "lipopolysaccharide" and r[2] == "interleukin 6" for r in rows)


# ---------------------------------------------------------------- "a depression-like state": the abstract's disorder
def test_a_depression_like_state_stands_for_the_disorder() -> None:
    rows = _rows("Depression is common in patients given cytokines. The delivery of LPS and poly(I:C), but not of "
                 "LPS or poly(I:C) alone, resulted in a reproducible depression-like state.")
    assert ("Poly I-C", "hasAdverseEffect", "depressive disorder", False, False) in rows
    rows = _rows("Depression is common. Mice in a depressive state had higher IL-6 levels.")
    assert ("depressive disorder", "associatedWith", "interleukin 6", False, False) in rows


def test_a_state_of_no_named_family_stands_for_the_familys_word() -> None:
    # without a disorder of the family in the abstract, an animal's like-state is the family's own word (round 19i;
    # it named nothing before)
    rows = _rows("The delivery of LPS and poly(I:C) resulted in a reproducible anxiety-like state.")
    assert {(r[0], r[2]) for r in rows if r[1] == "hasAdverseEffect"} == {("Poly I-C", "Anxiety"),
                                                                         ("lipopolysaccharide", "Anxiety")}


def test_the_state_under_study_is_no_object() -> None:
    # "the (menopausal) depressive-like state" names the setting of a method, not a state the drug produced
    rows = _rows("Depression is common after menopause. Fluoxetine was tested. We developed a procedure to predict "
                 "the drug effect on the menopausal depressive-like state in female mice.")
    assert not any(r[0] == "fluoxetine" and r[1] == "treats" and r[2] == "depressive disorder" for r in rows)
