"""Trial results on Evidence Inference's part read (round 51, issue 12; docs/findings.md section 51): a difference in
favour of an arm, a significant reduction, an outcome "significantly improved" in an arm (trial_benefits.py), and a
null result "between the groups" of a trial with an untreated arm or stated as "did not differ significantly"
(trial_results.py). Sentences written for each rule in the wording of Evidence Inference train (never its validation
split), with near misses; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]
_PLACEBO = "Adult outpatients were randomized to receive {drug} or placebo."


def _rows(results: str, drug: str = "sertraline", methods: str | None = None) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the results sentence's findings in a randomised trial."""
    methods = methods if methods is not None else _PLACEBO.format(drug=drug)
    text = methods + " " + results
    doc = Document("t.txt", "A randomized trial", text, sections=(("METHODS", 0, len(methods)),
                                                                  ("RESULTS", len(methods) + 1, len(text))))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "RandomizedControlledTrial")
    return {(f.subject.label.lower(), f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged)
            for f in findings if f.role == "results"}


# --- a difference in favour of an arm ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The between-group difference in pain favoured sertraline (p = 0.01).",
    "The difference in pain scores favoured the sertraline group (p < 0.001).",
    "There was a significant treatment effect favouring sertraline on pain intensity (p = 0.003).",
    "Significant differences in favour of the intervention were found for pain.",
])
def test_a_difference_in_favour_of_the_tested_arm_treats(sentence: str) -> None:
    rows = _rows(sentence)
    assert ("sertraline", "treats", "Pain", False, False) in rows
    assert not {r for r in rows if r[1] == "hasAdverseEffect"}  # the adverse-effect model read it the other way


@pytest.mark.parametrize("sentence", [
    "Pain scores favoured placebo over sertraline (p = 0.04).",  # the untreated arm favoured
    "Trends to improvements in pain favouring sertraline were seen (p = 0.10).",  # a trend
    "The difference in pain favoured sertraline but was not statistically significant.",
    "At baseline, pain scores favoured the sertraline group (p = 0.03).",
])
def test_no_benefit_from_a_placebo_arm_a_trend_or_baseline(sentence: str) -> None:
    assert ("sertraline", "treats", "Pain", False, False) not in _rows(sentence)


# --- a significant reduction, an outcome significantly improved ------------------------------------------------------

def test_significant_declines_in_an_arm_treat_conditions_and_lower_markers() -> None:
    rows = _rows("Participants randomized to sertraline had significant declines in pain and fatigue compared with "
                 "placebo (p = 0.02).")
    assert ("sertraline", "treats", "Pain", False, False) in rows
    assert ("sertraline", "treats", "Fatigue", False, False) in rows
    assert not {r for r in rows if r[1] == "hasAdverseEffect"}
    rows = _rows("Patients in the sertraline group showed a significant reduction in IL-6 and fatigue compared with "
                 "the placebo group.")
    assert ("sertraline", "decreases", "interleukin 6", False, False) in rows
    assert ("sertraline", "treats", "Fatigue", False, False) in rows


def test_a_significant_increase_raises_a_marker_and_is_no_benefit_to_a_condition() -> None:
    rows = _rows("Patients in the sertraline group showed a significant increase in IL-6 and fatigue compared with "
                 "the placebo group.")
    assert ("sertraline", "increases", "interleukin 6", False, False) in rows
    assert ("sertraline", "treats", "Fatigue", False, False) not in rows


def test_a_condition_significantly_improved_in_the_arm_is_treated() -> None:
    rows = _rows("Fatigue was significantly improved in the sertraline group as compared to the placebo group.")
    assert ("sertraline", "treats", "Fatigue", False, False) in rows
    assert not {r for r in rows if r[1] == "hasAdverseEffect"}


def test_no_arm_result_when_every_arm_changed() -> None:
    rows = _rows("Both groups showed a significant reduction in fatigue compared with baseline.")
    assert ("sertraline", "treats", "Fatigue", False, False) not in rows


# --- a null result between the groups --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "There were no significant differences between the two groups in fatigue or insomnia.",
    "Fatigue did not differ significantly between groups (p = 0.4).",
    "Fatigue did not differ significantly between the sertraline and placebo groups.",
])
def test_a_null_between_the_groups_of_a_placebo_trial_denies_the_tested_drug(sentence: str) -> None:
    assert ("sertraline", "treats", "Fatigue", True, False) in _rows(sentence)


def test_a_null_between_the_groups_of_two_active_arms_denies_neither() -> None:
    rows = _rows("There were no significant differences between the two groups in fatigue or insomnia.",
                 methods="Adult outpatients were randomized to receive sertraline or an exercise programme.")
    assert not {r for r in rows if r[3]}


def test_a_null_between_the_groups_does_not_deny_a_drug_every_arm_had() -> None:
    rows = _rows("Fatigue did not differ significantly between groups (p = 0.4).",
                 methods="Patients received abatacept or placebo, on background sertraline.")
    assert ("sertraline", "treats", "Fatigue", True, False) not in rows


# --- a comparator fronted and closed by a comma (arm_outcomes.named_arms) ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Compared with placebo, pain was significantly lower in the sertraline group.",
    "Compared with the placebo group, the sertraline group had significantly less pain (p = 0.01).",
    "Compared to placebo, pain was significantly improved in the sertraline group.",
])
def test_a_fronted_comparator_leaves_the_arm_after_its_comma(sentence: str) -> None:
    rows = _rows(sentence)
    assert ("sertraline", "treats", "Pain", False, False) in rows
    assert not {r for r in rows if r[1] == "hasAdverseEffect"}


def test_an_arm_after_than_stays_the_comparator() -> None:
    rows = _rows("Pain was significantly lower in the placebo group than in the sertraline group.")
    assert ("sertraline", "treats", "Pain", False, False) not in rows


def test_a_favoured_list_significant_for_some_items_only_gives_nothing() -> None:
    rows = _rows("Four of the other five pain scores favoured sertraline, with statistical significance for the ability "
                 "to stand (P = 0.03).")
    assert ("sertraline", "treats", "Pain", False, False) not in rows


@pytest.mark.parametrize(("sentence", "row"), [
    ("Insomnia resolved in more patients in the sertraline group than in the placebo group (p = 0.01).",
     ("sertraline", "treats", "insomnia", False, False)),
    ("Pain intensity scores fell significantly in the sertraline group relative to placebo (p = 0.003).",
     ("sertraline", "treats", "Pain", False, False)),
    ("IL-6 levels declined significantly in the sertraline group compared with the placebo group (p = 0.01).",
     ("sertraline", "decreases", "interleukin 6", False, False)),
])
def test_a_verb_of_relief_or_fall_in_the_compared_arm(sentence: str, row: Row) -> None:
    rows = _rows(sentence)
    assert row in rows
    assert not {r for r in rows if r[1] == "hasAdverseEffect"}


@pytest.mark.parametrize("sentence", [
    "Insomnia resolved in both groups compared with placebo run-in (p = 0.01).",
    "Pain intensity scores fell significantly from baseline in the sertraline group and the placebo group "
    "(p = 0.003).",
    "Insomnia resolved faster in the placebo group than in the sertraline group (p = 0.01).",
])
def test_no_relief_read_within_arms_or_for_the_comparator(sentence: str) -> None:
    assert not {r for r in _rows(sentence) if r[1] == "treats" and not r[3]}
