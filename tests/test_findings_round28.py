"""Round 28 of the findings rules (s16 issue 12; docs/findings.md section 28): a null result between two active drugs
is no verdict, the comparator of an improvement is not its subject, a result speaks of its own clause
(:mod:`ipkg.extract.active_comparisons`, hooked in :mod:`ipkg.extract.trial_verdict`); "a lower risk of Y than Z", a
harm word inside the population and a population "without Y" (:mod:`ipkg.extract.relation_conditions`); "versus" is
no verb of a title (:mod:`ipkg.extract.title_result`); "a trial was started / undertaken to compare" is an aim
(:data:`ipkg.extract.outcomes.AIM_ANYWHERE`). Self-written sentences; mentions from the shipped lexicon.
Each changed case fails on main at 8b7e387; the guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.title_result import title_states_result
from ipkg.models import Document
from tests.test_findings_round10 import _pairs, _rows

Row = tuple[str, str, str, bool, bool]


def _trial(arms: str, results: str, title: str = "Olanzapine and haloperidol in schizophrenia: a randomised double-blind trial") -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of a randomised trial's abstract: a methods sentence that
    assigns adults with schizophrenia to ``arms``, then ``results``."""
    methods = f"Adults with schizophrenia were randomly assigned to {arms} for six weeks."
    text = f"{methods} {results}"
    doc = Document("t.txt", title, text,
                   sections=(("METHODS", 0, len(methods)), ("RESULTS", len(methods) + 1, len(text))))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "RandomizedControlledTrial")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings
            if f.role != "title"}


def _denied_treatments(rows: set[Row]) -> set[str]:
    return {s for s, p, _, neg, _ in rows if p == "treats" and neg}


# ------------------------------------------------------------ a null between two active drugs
@pytest.mark.parametrize("null", [
    "The decrease in symptom scores was similar in the two treatment groups.",
    "There were no significant differences between olanzapine and haloperidol in outcomes at one year.",
])
def test_a_null_between_two_active_drugs_is_no_verdict(null: str) -> None:
    assert not _denied_treatments(_trial("olanzapine or haloperidol", null))


def test_a_null_against_placebo_stays_the_verdict() -> None:
    rows = _trial("olanzapine or placebo", "The decrease in symptom scores was similar in the two treatment groups.")
    assert "olanzapine" in _denied_treatments(rows)


def test_one_active_drug_failing_stays_a_verdict() -> None:
    rows = _trial("olanzapine or haloperidol", "Olanzapine failed to reduce symptoms of schizophrenia.")
    assert "olanzapine" in _denied_treatments(rows)


# ------------------------------------------------------------ the comparator of an improvement
_BETTER = ("The olanzapine group had significantly greater improvement in symptom scores compared with the "
           "haloperidol group.")


@pytest.mark.parametrize("arms, result, title", [
    ("olanzapine or haloperidol", _BETTER, None),
    ("olanzapine or haloperidol", "Significantly more patients on olanzapine than on haloperidol showed a clinical "
     "response (52% for olanzapine and 38% for haloperidol).", None),
    ("olanzapine, haloperidol or chlorpromazine", "Reductions in symptom scores were significantly greater in the "
     "olanzapine patients than the chlorpromazine patients; the difference between haloperidol and chlorpromazine was "
     "not significant.", "Olanzapine, haloperidol and chlorpromazine in schizophrenia: a randomised double-blind trial"),
])
def test_the_comparator_of_an_improvement_is_not_its_subject(arms: str, result: str, title: str | None) -> None:
    rows = _trial(arms, result, title) if title else _trial(arms, result)
    treated = {s for s, p, o, neg, _ in rows if p == "treats" and o == "schizophrenia" and not neg}
    assert treated == {"olanzapine"}


def test_a_higher_dose_superior_to_a_lower_one_keeps_its_subject() -> None:
    rows = _trial("standard-dose or low-dose haloperidol or placebo", "Standard-dose haloperidol was efficacious and "
                  "significantly superior to both low-dose haloperidol and placebo for symptom scores.",
                  "Haloperidol in schizophrenia: a randomised placebo-controlled trial")
    assert ("haloperidol", "treats", "schizophrenia", False, False) in rows


def test_a_result_speaks_of_the_conclusion_after_it() -> None:
    rows = _trial("olanzapine plus celecoxib or olanzapine plus placebo",
                  "However, the celecoxib group showed significantly greater improvement in the total score.; "
                  "Additional treatment with celecoxib has significant positive effects on total schizophrenia "
                  "psychopathology.", "Celecoxib added to olanzapine in schizophrenia: a randomised placebo-controlled "
                  "trial")
    assert ("celecoxib", "treats", "schizophrenia", False, False) in rows


def test_a_safety_clause_keeps_its_denied_harm() -> None:
    # another clause than the result's: its own words of safety still deny the harm (round 25's reading)
    rows = _trial("olanzapine or haloperidol", f"Olanzapine was well tolerated, with no evidence of seizures; {_BETTER}")
    assert ("olanzapine", "hasAdverseEffect", "Seizures", True, False) in rows


def test_a_result_speaks_of_its_own_clause() -> None:
    # the Cohen 2006 records join their sections with "; ": a harm of one section, the result of the next
    rows = _trial("olanzapine or haloperidol",
                  f"The mean weight gain with olanzapine was 3.1 kg, compared to 1.0 kg with haloperidol.; {_BETTER}")
    assert not any(p == "treats" and o == "Weight Gain" for _, p, o, _, _ in rows)
    assert ("olanzapine", "treats", "schizophrenia", False, False) in rows


# ------------------------------------------------------------ comparisons of harms, populations
@pytest.mark.parametrize("text", [
    "In a naturalistic cohort, quetiapine was associated with a lower risk of extrapyramidal symptoms than "
    "haloperidol.",
    "Quetiapine carried a lower risk of tardive dyskinesia compared with haloperidol.",
])
def test_a_lower_risk_than_another_drug_is_no_treatment(text: str) -> None:
    assert not any(s == "quetiapine" and p == "treats" for s, p, _ in _pairs(_rows(text)))


def test_a_lower_risk_than_placebo_stays_a_prevention() -> None:
    rows = _rows("Quetiapine was associated with a lower risk of extrapyramidal symptoms than placebo.")
    assert any(s == "quetiapine" and p == "treats" for s, p, _ in _pairs(rows))


@pytest.mark.parametrize("text", [
    "Amisulpride was given to 200 patients with an acute exacerbation of schizophrenia and improved BPRS scores.",
    "Amisulpride improved symptoms in inpatients suffering from an acute exacerbation of schizophrenia.",
])
def test_a_harm_word_in_the_population_is_no_harm(text: str) -> None:
    # (CID round 18) the learned model's population guard stands in a treatment study: a trial's title frames it
    title = "Efficacy of amisulpride in acute exacerbations of schizophrenia"
    assert not any(p == "hasAdverseEffect" for _, p, _ in _pairs(_rows(text, title=title)))


def test_a_harm_caused_in_patients_stays_a_harm() -> None:
    rows = _rows("Amisulpride caused an exacerbation of schizophrenia in two patients.")
    assert ("amisulpride", "hasAdverseEffect", "schizophrenia") in _pairs(rows)


def test_a_population_without_the_condition_states_no_treatment() -> None:
    rows = _rows("On the other hand, BNP did not increase in the patients without heart failure given daunorubicin.")
    assert not any(o == "heart failure" for _, _, o in _pairs(rows))


# ------------------------------------------------------------ a title's "versus"
def test_versus_is_no_verb_of_a_title() -> None:
    assert not title_states_result("§§§§§§§§§§ versus §§§§§§§§§§§ in the treatment of acute §§§§§.")
    assert title_states_result("§§§§§§§§§§ reverses §§§§§ in rats")


# ------------------------------------------------------------ an aim worded as what the trial was started to do
@pytest.mark.parametrize("text", [
    "A randomized, double-blind, multi-center trial was started to compare the severity of extrapyramidal symptoms "
    "during risperidone and haloperidol treatment in schizophrenic patients.",
    "This double-blind study was undertaken to determine the efficacy of amisulpride in patients with schizophrenia.",
])
def test_a_trial_started_to_compare_states_an_aim(text: str) -> None:
    assert not _rows(text, section="BACKGROUND")
