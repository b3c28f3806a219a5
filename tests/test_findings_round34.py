"""Round 34 of the findings rules (s17 issue 12; docs/findings.md section 34): causes of fresh sample O's wrong
findings that recur in samples A-N. The reference of a comparison of more and an event that occurred alike in the
arms are no adverse effect of the chemical (:mod:`ipkg.extract.cid_arms`); a disorder after "for <purpose> in
patients with" or before "patients' quality of life" names the population, not what was treated, and patient groups
compared give no trial verdict (:mod:`ipkg.extract.population_roles`). Self-written sentences; mentions from the
shipped lexicon. Each changed case fails on main at 6f8f53e; the guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.extract.cid_arms import occurred_alike, reference_of_more
from ipkg.extract.population_roles import owners_outcome, purpose_before_population
from ipkg.models import Document
from tests.test_findings_round28 import _trial

Row = tuple[str, str, str, bool, bool]


def _rows(abstract: str, title: str = "A randomised trial") -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings of ``title`` + ``abstract``."""
    found = extract_document(Document("t.txt", title, abstract)).findings
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in found}


_TOPIRAMATE = "Topiramate for migraine prophylaxis: a randomized trial"
_ARMS = "We randomized 300 patients with migraine to topiramate or placebo. "


# ------------------------------------------------------------ 1. an event that occurred alike in the arms
def test_events_that_occurred_alike_in_both_groups_are_no_adverse_effects() -> None:
    rows = _rows(_ARMS + "Headache and nausea occurred similarly in both groups.", _TOPIRAMATE)
    assert not any(p == "hasAdverseEffect" for _, p, *_ in rows)


def test_the_contrast_clause_of_an_event_alike_keeps_its_harm() -> None:
    rows = _rows(_ARMS + "Although headache and nausea occurred similarly in both groups, dizziness was more "
                 "frequent with topiramate.", _TOPIRAMATE)
    assert ("topiramate", "hasAdverseEffect", "Dizziness", False, False) in rows
    assert not any(p == "hasAdverseEffect" and o in ("Headache", "Nausea") for _, p, o, *_ in rows)


@pytest.mark.parametrize(("text", "at", "alike"), [
    ("Somnolence was similar in all three groups.", 0, True),
    ("Rash appeared equally in the two arms.", 0, True),
    ("Although rash occurred similarly in both groups, tremor was more common with lithium.", 60, False),
    ("Tremor was more common with lithium, although rash occurred similarly in both groups.", 0, False),
])
def test_the_clause_of_an_event_alike(text: str, at: int, alike: bool) -> None:
    assert occurred_alike(text, [at]) is alike


# ------------------------------------------------------------ 2. the reference of a comparison of more
def test_the_reference_of_a_comparison_of_more_has_no_harm() -> None:
    rows = _rows("Nausea occurred more often with sertraline than with bupropion or mirtazapine.")
    assert ("sertraline", "hasAdverseEffect", "Nausea", False, False) in rows
    assert not any(s in ("bupropion", "mirtazapine") for s, *_ in rows)


@pytest.mark.parametrize(("text", "chem", "reference"), [
    ("Weight gain was greater with olanzapine than in patients receiving aripiprazole.", "aripiprazole", True),
    ("Weight gain was greater with olanzapine than in patients receiving aripiprazole.", "olanzapine", False),
    ("Rash occurred more often than expected with lamotrigine.", "lamotrigine", False),
    ("Weight gain was less frequent with aripiprazole than with olanzapine.", "olanzapine", False),
    ("Olanzapine had a more favorable safety profile than haloperidol.", "haloperidol", False),
])
def test_the_reference_of_more(text: str, chem: str, reference: bool) -> None:
    lower = text.lower()
    at = lower.index(chem)
    others = [lower.index(d) for d in ("olanzapine", "aripiprazole", "haloperidol", "lamotrigine")
              if d != chem and d in lower]
    assert reference_of_more(text, [(at, at + len(chem))], others) is reference


def test_two_routes_of_one_drug_keep_its_harm() -> None:
    rows = _rows("Hypotension was more pronounced after oral than after intrathecal clonidine.")
    assert ("clonidine", "hasAdverseEffect", "hypotensive disorder", False, False) in rows


# ------------------------------------------------------------ 3. a purpose before the population
def test_a_purpose_before_the_population_is_not_what_was_treated() -> None:
    rows = _rows("We compared bupropion with placebo for smoking cessation in patients with schizophrenia.")
    assert not any(p == "treats" and o == "schizophrenia" for _, p, o, *_ in rows)


@pytest.mark.parametrize("text", [
    "We gave olanzapine for 8 weeks in patients with schizophrenia.",
    "We tested olanzapine for the treatment of agitation in patients with schizophrenia.",
])
def test_a_duration_or_a_treatment_of_before_the_population_stays(text: str) -> None:
    assert not purpose_before_population(text[text.index("olanzapine") + 10 : text.rindex("schizophrenia")])


def test_a_duration_keeps_the_populations_treatment() -> None:
    assert ("olanzapine", "treats", "schizophrenia", False, False) in _rows(
        "We gave olanzapine for 8 weeks in patients with schizophrenia.")


# ------------------------------------------------------------ 4. the population that owns the outcome
@pytest.mark.parametrize("text", [
    "This study indicates that yoga can improve breast cancer patients' quality of life.",
    "Exercise improved the quality of life of stroke patients.",
])
def test_the_owners_of_an_outcome_are_not_what_was_treated(text: str) -> None:
    assert not any(p == "treats" and o in ("breast cancer", "stroke disorder") for _, p, o, *_ in _rows(text))


@pytest.mark.parametrize("text", [
    "Clozapine improved schizophrenia patients' negative symptoms.",
    "Clozapine improved the symptoms of schizophrenia patients.",
])
def test_the_populations_symptoms_stay_its_treatment(text: str) -> None:
    assert ("clozapine", "treats", "schizophrenia", False, False) in _rows(text)


def test_mortality_of_the_population_is_the_disorders_outcome() -> None:
    text = "Aspirin reduced mortality in stroke patients."
    assert not owners_outcome(text, text.index(" mortality"), text.index("stroke"), text.index(" patients"))


# ------------------------------------------------------------ 5. patient groups compared
_TIZANIDINE = ("OBJECTIVE: To assess the efficacy of tizanidine versus placebo for chronic daily headache. METHODS: "
               "Patients were randomized to tizanidine or placebo for 12 weeks. RESULTS: Tizanidine was superior to "
               "placebo in reducing the headache index. ")


def test_patient_groups_compared_give_no_verdict() -> None:
    rows = _rows(_TIZANIDINE + "There was no statistically significant difference in outcome for patients with "
                 "chronic migraine versus those with only migrainous or tension-type headache.",
                 "Tizanidine for chronic daily headache: a double-blind, placebo-controlled trial")
    assert ("tizanidine", "treats", "headache disorder", False, False) in rows
    assert not any(p == "treats" and neg for _, p, _, neg, _ in rows)


def test_a_null_between_the_arms_stays_a_verdict() -> None:
    rows = _rows(_TIZANIDINE.replace("Tizanidine was superior to placebo in reducing the headache index. ", "")
                 + "There was no significant difference in headache days between the tizanidine and placebo groups.",
                 "Tizanidine for chronic daily headache: a double-blind, placebo-controlled trial")
    assert any(s == "tizanidine" and p == "treats" and neg for s, p, _, neg, _ in rows)


# ------------------------------------------------------------ 6. outcomes alike in the arms beside a difference
def test_outcomes_alike_beside_a_difference_are_not_treated() -> None:
    rows = _trial("dexmedetomidine or saline", "Although nausea and headache similarly occurred in both groups, pain "
                  "scores were significantly lower in the dexmedetomidine group than in the control group (p < 0.01).",
                  "Dexmedetomidine after surgery: a randomised double-blind trial")
    assert ("dexmedetomidine", "treats", "Pain", False, False) in rows
    assert not any(o in ("Nausea", "Headache") for _, _, o, *_ in rows)


# ------------------------------------------------------------ 7. a question left to later work
@pytest.mark.parametrize("text", [
    "Whether aspirin prevents recurrence of stroke still needs to be examined.",
    "Whether aspirin prevents stroke should be examined in future trials.",
    "Although whether aspirin prevents stroke still needs to be examined in Asians, this study suggests it may "
    "reduce infarction.",
])
def test_a_question_left_to_later_work_claims_nothing(text: str) -> None:
    assert not any(o == "stroke disorder" for _, _, o, *_ in _rows(text, "A study"))


def test_the_main_clause_after_an_open_question_stays() -> None:
    rows = _rows("Although whether aspirin prevents stroke still needs to be examined in Asians, this study "
                 "suggests it may reduce infarction.", "A study")
    assert ("acetylsalicylic acid", "treats", "Infarction", False, True) in rows


# ------------------------------------------------------------ 8. an event rarer with the chemical
_ASPIRIN = ("METHODS: We randomized 1500 patients with ischemic stroke to aspirin or control. RESULTS: During "
            "follow-up, ")


def test_an_event_rarer_with_the_chemical_is_no_adverse_effect() -> None:
    rows = _rows(_ASPIRIN + "although stroke and migraine similarly occurred in both groups (2.5 vs. 2.6%/year), "
                 "dementia was less frequent in the aspirin group (0.2 vs 0.6%/year, p = 0.004).",
                 "Aspirin after ischemic stroke: a randomized controlled trial")
    assert not any(p == "hasAdverseEffect" for _, p, *_ in rows)


def test_an_event_more_frequent_with_the_chemical_stays_an_adverse_effect() -> None:
    rows = _rows(_ASPIRIN + "dementia was more frequent in the aspirin group (0.6 vs 0.2%/year, p = 0.004).",
                 "Aspirin after ischemic stroke: a randomized controlled trial")
    assert ("acetylsalicylic acid", "hasAdverseEffect", "dementia", False, False) in rows


# ------------------------------------------------------------ 9. the population's ongoing treatment
def test_the_drugs_an_add_on_was_combined_with_treat_nothing_of_their_own() -> None:
    rows = _rows("Risperidone is superior to placebo when used in combination with lithium or divalproex in acute "
                 "mania.")
    assert not any(s == "valproic acid" and p == "treats" for s, p, *_ in rows)


def test_drugs_in_a_disorder_without_an_add_on_stay_its_treatment() -> None:
    assert ("valproic acid", "treats", "Mania", False, False) in _rows("Lithium or divalproex in acute mania was "
                                                                       "effective.")


# ------------------------------------------------------------ 10. an improvement not yet established
def test_an_improvement_not_yet_established_is_no_verdict() -> None:
    rows = _trial("aripiprazole or placebo", "Aripiprazole may improve the quality of life in schizophrenia patients "
                  "but clinically significant improvement is not yet established.",
                  "Aripiprazole in schizophrenia: a randomised double-blind placebo-controlled trial")
    assert not any(p == "treats" and not hedged for _, p, _, _, hedged in rows)
