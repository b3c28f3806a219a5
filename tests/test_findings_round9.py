"""Trial results stated as a comparison of arms (round 9, s7 issue 12; docs/findings.md 5h): "the incidence of
nausea was significantly lower in the X group than in the control group", "pain relief was greater with X than with
placebo", "lower serum IL-6 in the X group"; near misses that must give nothing (a condition higher in an arm, the
population, a marginal result, the comparator arm). Sentences written for each rule in the wording of Evidence
Inference's train split; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]
_METHODS = "Adult outpatients were randomized to receive {drug} or placebo."


def _study(title: str, methods: str, results: str) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings a structured randomised trial's abstract
    (METHODS, RESULTS) gives, its title's aside."""
    text = methods + " " + results
    doc = Document("t.txt", title, text, sections=(("METHODS", 0, len(methods)),
                                                   ("RESULTS", len(methods) + 1, len(text))))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "RandomizedControlledTrial")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings
            if f.role != "title"}


def _rows(results: str, drug: str = "dexmedetomidine") -> set[Row]:
    return _study("A randomized placebo-controlled trial", _METHODS.format(drug=drug), results)


def _treats(rows: set[Row], obj: str) -> set[Row]:
    return {r for r in rows if r[1] == "treats" and obj in r[2].lower()}


@pytest.mark.parametrize("sentence", [
    "The incidence of nausea was significantly lower in the dexmedetomidine group than in the control group.",
    "Patients receiving dexmedetomidine had significantly less nausea compared with placebo (p = 0.01).",
    "Nausea was reported significantly less often with dexmedetomidine than with placebo.",
])
def test_condition_lower_in_the_arm_is_treated(sentence: str) -> None:
    assert ("dexmedetomidine", "treats", "Nausea", False, False) in _rows(sentence)


def test_relief_higher_in_an_unnamed_arm_of_a_one_drug_trial() -> None:
    rows = _rows("Pain relief was significantly greater in the active group than in the placebo group (P < 0.01).",
                 drug="ketorolac")
    assert ("ketorolac", "treats", "Pain", False, False) in rows


def test_arm_named_by_its_own_word_against_control() -> None:
    rows = _rows("Summed pain intensity difference was significantly higher in the SST group than in the placebo "
                 "group (P = 0.001).", drug="sufentanil")
    assert ("sufentanil", "treats", "Pain", False, False) in rows


def test_marker_lower_in_the_arm_is_decreased() -> None:
    rows = _rows("Serum IL-6 was significantly lower in the dexmedetomidine group compared with the placebo group.")
    assert any(r[:2] == ("dexmedetomidine", "decreases") and "interleukin 6" in r[2] and not r[3] for r in rows)


@pytest.mark.parametrize("sentence", [
    # a condition higher in an arm: no benefit (an adverse effect needs its own wording)
    "The frequency of headache was significantly higher in the dexmedetomidine group than in the placebo group.",
    # relief lower: no benefit
    "Pain relief was significantly lower in the dexmedetomidine group than in the placebo group.",
    # a marginal result
    "There was a borderline significant reduction in pain in the dexmedetomidine group versus placebo (p = 0.06).",
    # the condition was similar
    "Pain scores were similar in both groups, and nausea was not significantly lower in the dexmedetomidine group.",
])
def test_no_benefit_read(sentence: str) -> None:
    rows = _rows(sentence)
    assert not {r for r in rows if r[1] == "treats" and not r[3] and not r[4]}


def test_the_comparator_arm_is_not_the_subject() -> None:
    rows = _rows("Nausea was significantly lower in the dexmedetomidine group than in the midazolam group.",
                 drug="dexmedetomidine or midazolam")
    assert ("dexmedetomidine", "treats", "Nausea", False, False) in rows
    assert not any(r[0] == "midazolam" and r[1] == "treats" for r in rows)


def test_the_population_is_not_the_outcome() -> None:
    rows = _rows("In patients with asthma, pain was significantly lower in the dexmedetomidine group than in the "
                 "placebo group.")
    assert _treats(rows, "pain") and not _treats(rows, "asthma")


def test_a_lower_cue_in_a_hyphenated_modifier_is_no_cue() -> None:
    rows = _rows("Compared with placebo, effects were significantly greater among those with less-controlled pain.")
    assert not _treats(rows, "pain")


# ---------------------------------------------------------------- the trial's verdict from an arm comparison
_MDD_TITLE = "Minocycline for major depressive disorder: a randomized placebo-controlled trial"
_MDD_METHODS = "Patients with major depressive disorder were randomized to minocycline or placebo."


def _verdict(results: str) -> set[Row]:
    return _study(_MDD_TITLE, _MDD_METHODS, results)


@pytest.mark.parametrize("sentence", [
    "HAM-D scores were significantly lower in the minocycline group than in the placebo group at week 8 (p = 0.01).",
    "Depressive symptoms improved more in the minocycline group than in the placebo group (p < 0.05).",
])
def test_score_lower_than_placebo_is_a_positive_trial(sentence: str) -> None:
    assert ("minocycline", "treats", "major depressive disorder", False, False) in _verdict(sentence)


@pytest.mark.parametrize("sentence", [
    # a subgroup defined by a marker level improved more: the overall comparison was null
    "Although overall treatment group differences were negligible, subjects with any high inflammation improved "
    "more on minocycline than placebo.",
    # a marginal improvement
    "Minocycline produced a borderline significant improvement in HAM-D scores compared with placebo.",
    "There was a trend towards significantly greater improvement in HAM-D scores with minocycline than placebo.",
    # a within-arm change against baseline is no comparison with placebo
    "HAM-D scores were significantly lower at week 8 than at baseline in both groups.",
])
def test_no_positive_verdict(sentence: str) -> None:
    rows = _verdict(sentence)
    assert ("minocycline", "treats", "major depressive disorder", False, False) not in rows


def test_the_procedure_every_patient_had_is_no_arm() -> None:
    """In "patients undergoing X were randomized to Y or placebo" with Y not grounded, the unnamed "study group" is
    Y's, never X's, even when X is the only intervention the abstract grounds."""
    result = "Pain scores were significantly lower in the study group than in the control group (P < 0.01)."
    rows = _study("Peritubal infiltration and cholecystectomy",
                  "Patients undergoing cholecystectomy were randomized to peritubal infiltration or no infiltration.",
                  result)
    assert not any(r[0] == "cholecystectomy" and r[1] == "treats" and not r[3] for r in rows)
    # the near miss: the procedure given as an arm's treatment is the unnamed arm
    rows = _study("Peritubal infiltration and cholecystectomy",
                  "Patients were randomized to peritubal infiltration or no infiltration with cholecystectomy.", result)
    assert ("cholecystectomy", "treats", "Pain", False, False) in rows


def test_a_co_treatment_of_the_placebo_arm_is_not_tested() -> None:
    """ "X plus necessary analgesics, or placebo plus necessary analgesics": the analgesics are every arm's."""
    rows = _study("Herbal granules for migraine: a randomized placebo-controlled trial",
                  "Patients with migraine were randomized to receive herbal granules plus necessary analgesics, or "
                  "placebo plus necessary analgesics.",
                  "Compared with the placebo group, the herbal group showed a significant reduction in migraine days "
                  "(P < 0.05).")
    assert not any(r[0] == "analgesic" and r[1] == "treats" for r in rows)


@pytest.mark.parametrize("balance", [
    "At baseline, HAM-D scores did not differ between the minocycline and placebo groups.",
    "Baseline demographic characteristics showed no difference between the groups.",
    "The baseline mean scores of depression were not significantly different between the two groups.",
])
def test_balance_at_baseline_is_no_null_result(balance: str) -> None:
    rows = _verdict(balance + " HAM-D scores improved significantly in the minocycline group compared with the "
                    "placebo group (p = 0.01).")
    assert ("minocycline", "treats", "major depressive disorder", False, False) in rows
    assert not any(r[3] for r in rows if r[1] == "treats")


def test_change_from_baseline_stays_a_result() -> None:
    rows = _verdict("The change in HAM-D scores from baseline did not differ between the minocycline and placebo "
                    "groups.")
    assert ("minocycline", "treats", "major depressive disorder", True, False) in rows


@pytest.mark.parametrize("sentence", [
    "The proportion of responders was significantly higher in the minocycline group than in the placebo group "
    "(p < 0.05).",
    "Patients receiving minocycline had significantly fewer depressive symptoms at week 12 than those receiving "
    "placebo.",
])
def test_responders_and_fewer_symptoms_are_a_positive_trial(sentence: str) -> None:
    assert ("minocycline", "treats", "major depressive disorder", False, False) in _verdict(sentence)
