"""Trial results learnt from Evidence Inference train (round 18, issue 12; docs/findings.md section 18): a null result
stated sentence by sentence, arms named by a label the abstract defines, a rating scale standing for the condition it
is named for. Sentences written for each rule in the wording of Evidence Inference's train split (never its
validation split), with near misses; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.arm_labels import arm_labels
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.trial_corpus import held_out
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]
_METHODS = "Adult outpatients were randomized to receive {drug} or placebo."


def _annotated(methods: str, results: str):  # type: ignore[no-untyped-def]
    text = methods + " " + results
    doc = Document("t.txt", "A randomized trial", text, sections=(("METHODS", 0, len(methods)),
                                                                  ("RESULTS", len(methods) + 1, len(text))))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    return annotate(doc, mentions, abbreviations)


def _rows(results: str, drug: str = "ondansetron", methods: str | None = None) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the results sentence's findings in a randomised trial."""
    methods = methods if methods is not None else _METHODS.format(drug=drug)
    findings, _ = read_study(_annotated(methods, results), "RandomizedControlledTrial")
    return {(f.subject.label.lower(), f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged)
            for f in findings if f.role == "results"}


# --- a null result, sentence by sentence (trial_results.py) ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "No significant differences in nausea or cough were found between the active and placebo groups.",
    "Nausea and cough did not differ between the ondansetron and the placebo groups.",
    "Nausea and cough were similar between the study arms (p = 0.41).",
])
def test_null_result_in_words_denies_each_condition(sentence: str) -> None:
    rows = _rows(sentence)
    assert ("ondansetron", "treats", "Nausea", True, False) in rows
    assert ("ondansetron", "treats", "Cough", True, False) in rows
    assert not {r for r in rows if not r[3]}


def test_null_result_stated_by_its_p_value_alone() -> None:
    rows = _rows("Postoperative vomiting occurred in 11 of 110 (10.1%) patients in the intervention group and 18 of "
                 "113 (15.9%) in the control group (P = .20).")
    assert ("ondansetron", "treats", "Vomiting", True, False) in rows


def test_a_significant_p_value_is_no_null_result() -> None:
    rows = _rows("Postoperative vomiting occurred in 11 of 110 patients in the intervention group and 38 of 113 in "
                 "the control group (P = .002).")
    assert not {r for r in rows if r[3]}


def test_named_subject_with_no_effect_on_a_marker_and_a_symptom() -> None:
    rows = _rows("Escitalopram had no significant effect on measures of interleukin-6, fatigue or quality of life.",
                 drug="escitalopram")
    assert ("escitalopram", "modulates", "interleukin 6", True, False) in rows
    assert ("escitalopram", "treats", "Fatigue", True, False) in rows


@pytest.mark.parametrize("sentence", [
    # a mixed sentence: which outcome is which is not read
    "Vomiting was significantly lower with ondansetron, whereas nausea did not differ between groups.",
    # a trend, a subgroup: no plain null result
    "There was a trend toward less nausea in the ondansetron group (p = 0.07).",
    "In the subgroup of women, nausea did not differ between the groups.",
    # balance at baseline
    "At baseline, nausea scores did not differ between the groups.",
])
def test_no_denied_finding_from_a_sentence_that_is_no_plain_null(sentence: str) -> None:
    assert not {r for r in _rows(sentence) if r[3] and r[2] == "Nausea"}


def test_a_null_of_adverse_events_denies_an_adverse_effect() -> None:
    rows = _rows("The incidence of adverse events such as headache did not differ between the groups.")
    assert ("ondansetron", "hasAdverseEffect", "Headache", True, False) in rows
    assert not {r for r in rows if r[1] == "treats"}


def test_a_count_of_the_population_is_an_outcome_but_the_population_is_not() -> None:
    rows = _rows("The proportion of patients with acute kidney injury did not differ between the fenoldopam and the "
                 "placebo groups (45% versus 65%; P = .204).", drug="fenoldopam")
    assert ("fenoldopam", "treats", "acute kidney injury", True, False) in rows
    rows = _rows("In patients with migraine, nausea did not differ from placebo (p = 0.3).")
    assert ("ondansetron", "treats", "Nausea", True, False) in rows
    assert not {r for r in rows if "migraine" in r[2].lower()}


def test_no_subject_when_several_interventions_are_tested_and_none_is_named() -> None:
    rows = _rows("Nausea scores among all groups were similar during all intervals (P > 0.05).",
                 methods="Adults were randomized to receive ondansetron, droperidol or placebo.")
    assert not rows


# --- arms named by a label (arm_labels.py) --------------------------------------------------------------------------

def test_arm_labels_defined_before_and_after() -> None:
    annotated = _annotated("Patients were randomly allocated to dexmedetomidine (group D) or saline (group S); group K "
                           "received ketamine.", "Nausea was lower.")
    labels = {k: c.label.lower() for k, c in arm_labels(annotated).items()}
    assert labels["group d"] == "dexmedetomidine"
    assert labels["group k"] == "ketamine"


def test_a_label_defined_twice_differently_is_dropped() -> None:
    annotated = _annotated("Group A received ketamine. Group A received dexmedetomidine.", "Nausea was lower.")
    assert "group a" not in arm_labels(annotated)


@pytest.mark.parametrize("results", [
    "The incidence of nausea was significantly lower in the Group D.",
    "Nausea was significantly less frequent in group D than in group S (p < 0.01).",
])
def test_an_arm_named_by_its_label(results: str) -> None:
    rows = _rows(results, methods="Patients were randomly allocated to dexmedetomidine (group D) or saline (group S).")
    assert ("dexmedetomidine", "treats", "Nausea", False, False) in rows


def test_the_comparator_label_is_never_the_subject() -> None:
    rows = _rows("Nausea was significantly more frequent in group S than in group D (p < 0.01).",
                 methods="Patients were randomly allocated to dexmedetomidine (group D) or ketamine (group S).")
    assert not {r for r in rows if r[0] == "ketamine" and r[1] == "treats"}


def test_an_undefined_label_makes_no_comparison() -> None:
    rows = _rows("The incidence of nausea was significantly lower in the Group D.",
                 methods="Patients undergoing surgery were randomly allocated to two groups.")
    assert not rows


# --- a scale named for a condition (scale_outcomes.py) -------------------------------------------------------------

def test_a_scale_named_for_a_symptom_stands_for_it() -> None:
    rows = _rows("The modified Children's Hospital of Eastern Ontario Pain Scale was significantly lower in group D "
                 "than in group S (P < 0.05).",
                 methods="Children were randomly allocated to dexmedetomidine (group D) or saline (group S).")
    assert ("dexmedetomidine", "treats", "Pain", False, False) in rows


def test_a_scale_short_form_stands_for_its_condition() -> None:
    rows = _rows("HAM-D scores were significantly lower in the celecoxib group than in the placebo group (P < 0.01).",
                 methods="Adult outpatients were randomized to receive celecoxib or placebo. Depression was rated on "
                         "the Hamilton Depression Rating Scale (HAM-D).")
    assert ("celecoxib", "treats", "depressive disorder", False, False) in rows


def test_a_scale_of_two_conditions_denied_for_both() -> None:
    rows = _rows("Hospital Anxiety and Depression Scale scores did not differ from placebo (p = 0.41).",
                 drug="modafinil")
    assert ("modafinil", "treats", "Anxiety", True, False) in rows
    assert ("modafinil", "treats", "depressive disorder", True, False) in rows


@pytest.mark.parametrize("definition, found", [
    ("Pain was rated on a visual analogue scale (VAS).", True),
    ("Satisfaction was rated on a visual analogue scale (VAS).", False),
])
def test_a_generic_scale_stands_for_the_condition_its_definition_names(definition: str, found: bool) -> None:
    rows = _rows("VAS scores were significantly lower in the ketorolac group than in the placebo group (P < 0.01).",
                 methods=_METHODS.format(drug="ketorolac") + " " + definition)
    assert (("ketorolac", "treats", "Pain", False, False) in rows) == found


def test_a_scale_named_for_no_condition_is_no_object() -> None:
    rows = _rows("Quality of Life Index scores did not differ between the groups (p = 0.41).")
    assert not rows


# --- the result shapes the brief names, read by the rules of rounds 9 and 18 ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Nausea improved significantly more in the ondansetron group than in the placebo group (p < 0.01).",
    "Nausea decreased significantly more in the ondansetron group than in the placebo group (p < 0.01).",
    "Ondansetron was associated with a significantly greater reduction in nausea than placebo (p = 0.003).",
    "The treatment group showed a significantly greater reduction in nausea compared with the control group "
    "(p = 0.003).",
])
def test_result_shapes_give_the_tested_intervention_treats(sentence: str) -> None:
    assert ("ondansetron", "treats", "Nausea", False, False) in _rows(sentence)


# --- the split (trial_corpus.py) --------------------------------------------------------------------------------------

def test_the_held_out_part_is_a_fifth_and_stable() -> None:
    ids = [f"PMC{n}" for n in range(1000, 3000)]
    share = sum(map(held_out, ids)) / len(ids)
    assert 0.17 < share < 0.23
    assert [held_out(i) for i in ids[:50]] == [held_out(i) for i in ids[:50]]


@pytest.mark.parametrize("sentence", [
    "Overall, there was no effect of ondansetron on nausea (6% reduction, 95% CI -1 to 12%; p = 0.08).",
    "Ondansetron did not alter the risk and intensity of nausea reported by patients.",
    "There was no change in nausea scores between the two treatment groups.",
])
def test_no_effect_wording_is_a_null_result(sentence: str) -> None:
    assert ("ondansetron", "treats", "Nausea", True, False) in _rows(sentence)


def test_unchanged_within_one_arm_of_a_trial_of_several_is_no_null_result() -> None:
    rows = _rows("Nausea scores were unchanged (p > .05).",
                 methods="Adults were randomized to receive ondansetron, droperidol or placebo.")
    assert not rows


@pytest.mark.parametrize("sentence, null", [
    ("Nausea did not differ between the groups.", True),
    ("Nausea was 12% and 15% in the two groups (p = 0.41).", True),
    ("Nausea was 12% and 35% in the two groups (p = 0.001).", False),
    ("Nausea was significantly lower in the X group.", False),
])
def test_the_rules_reading_the_model_was_compared_with(sentence: str, null: bool) -> None:
    from ipkg.extract.trial_corpus import rule_says_null

    assert rule_says_null(sentence) is null


def test_an_exception_to_a_null_result_is_no_null_result() -> None:
    rows = _rows("Adverse events were similar in the two groups, with the exception of nausea in 21 (81%) of 23 "
                 "patients in the ondansetron group and 17 (65%) of 22 in the placebo group.")
    assert not {r for r in rows if r[3] and r[2] == "Nausea"}


@pytest.mark.parametrize("sentence, methods", [
    # two active arms that did not differ: neither is denied a benefit
    ("The extrapyramidal side effects of risperidone and haloperidol were not significantly different.",
     "Patients with schizophrenia were randomized to risperidone or haloperidol."),
    # the tested intervention named as an outcome
    ("There was no significant difference between the groups in the need for ondansetron or in nausea.", None),
    # balance before treatment, an exception
    ("There was no significant difference in nausea scores before the procedure (P > 0.05) in both the groups.", None),
    ("No other differences in nausea were found between the groups.", None),
    # "no change in" of one arm, without a comparison of the arms
    ("Responders to ondansetron achieved a weight loss of 12% with no change in nausea.", None),
])
def test_null_near_misses(sentence: str, methods: str | None) -> None:
    assert not {r for r in _rows(sentence, methods=methods) if r[3]}


def test_adverse_effect_only_after_the_adverse_words() -> None:
    rows = _rows("Pain scores and adverse effects (nausea, pruritus) did not differ from placebo.",
                 drug="sufentanil")
    assert ("sufentanil", "treats", "Pain", True, False) in rows
    assert ("sufentanil", "hasAdverseEffect", "Nausea", True, False) in rows


@pytest.mark.parametrize("sentence", [
    "There were no significant differences in gender, age, body mass index or the presence of nausea.",
    "Ondansetron did not significantly alter brain metabolism in migraine adults in this study.",
    "There was no change in the Migraine Quality of Life score between the two treatment groups.",
])
def test_balance_and_qualifiers_are_no_null_outcome(sentence: str) -> None:
    assert not {r for r in _rows(sentence) if r[3] and r[2] in ("Nausea", "migraine disorder")}


def test_between_the_groups_needs_an_untreated_arm_to_stand_for_the_tested_one() -> None:
    # round 51: the abstract that pairs the tested drug with placebo ("X or placebo") names that arm for the sentence
    assert not _rows("Nausea scores did not differ between the two groups.",
                     methods="Adult outpatients undergoing surgery received ondansetron before randomization.")
    assert ("ondansetron", "treats", "Nausea", True, False) in _rows(
        "Nausea scores did not differ between the active and the placebo groups.")


def test_a_label_following_one_arm_over_time_makes_no_comparison() -> None:
    rows = _rows("In Group D, nausea scores decreased from 6.6 to 2.0 at 4 weeks (P < 0.001).",
                 methods="Patients were randomly allocated to dexmedetomidine (group D) or saline (group S).")
    assert not {r for r in rows if r[1] == "treats" and not r[3]}


def test_a_condition_called_the_most_common_adverse_event() -> None:
    rows = _rows("Somnolence was the most common adverse event in both groups (ondansetron: 52.6%, placebo: 23.1%; "
                 "P=0.060).")
    assert ("ondansetron", "hasAdverseEffect", "Sleepiness", True, False) in rows
    assert not {r for r in rows if r[1] == "treats"}


def test_a_lowercase_word_after_group_is_no_label() -> None:
    annotated = _annotated("Patients received ketamine, group and individual counselling; the arm of ketamine "
                           "(group K) received ketamine.", "Nausea was lower.")
    assert set(arm_labels(annotated)) == {"group k"}
