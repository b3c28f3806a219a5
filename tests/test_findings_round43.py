"""Round 43 (issue 12): a trial's drug harms named without a word of safety, groups by their background treatment,
the comparator of a null result, a condition's setting, an add-on's passive trigger, "the addition of X to Y",
agitation's population, harms like placebo's.

Self-written sentences and short abstracts in the style of the Cohen 2006 psychiatric drug trials, each rule with
its near misses."""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.models import Document

from tests.findings_support import candidate_triples


def _findings(title: str, abstract: str) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, polarity) of every finding of a short abstract."""
    found = extract_document(Document("t.txt", title, abstract)).findings
    return {(f.subject.label.lower(), f.predicate, f.obj.label.lower() if f.obj else "",
             "negated" if f.negated else "hedged" if f.hedged else "asserted") for f in found}


_MANIA_TRIAL = ("Olanzapine versus placebo in the treatment of acute mania.",
                "Patients with acute mania were randomized to olanzapine or placebo for 3 weeks. The olanzapine group "
                "showed significantly greater improvement in Young Mania Rating Scale total scores than the placebo "
                "group. There were no statistically significant differences between the olanzapine-treated and "
                "placebo-treated patients with respect to measures of parkinsonism and akathisia.")


def test_a_drug_harm_alike_in_the_arms_is_a_harm_denied_not_a_failed_treatment() -> None:
    found = _findings(*_MANIA_TRIAL)
    assert ("olanzapine", "treats", "mania", "asserted") in found
    assert not {f for f in found if f[1] == "treats" and ("parkinson" in f[2] or "akathisia" in f[2])}, found
    assert {f for f in found if f[1] == "hasAdverseEffect" and "akathisia" in f[2] and f[3] == "negated"}, found


def test_a_trial_of_a_drug_harm_keeps_its_movement_outcomes_as_treatments() -> None:
    found = _findings("Nefazodone in the treatment of neuroleptic-induced extrapyramidal symptoms: a randomised trial.",
                      "Patients who developed extrapyramidal symptoms were randomized to nefazodone or placebo. "
                      "Nefazodone significantly reduced extrapyramidal symptoms compared with placebo (p=0.007). "
                      "Akathisia did not differ between the two groups (p=0.601).")
    assert not {f for f in found if f[1] == "hasAdverseEffect" and "akathisia" in f[2]}, found


_ADD_ON_TRIAL = ("A placebo-controlled trial of D-cycloserine in treatment-resistant schizophrenia.",
                 "Twenty-four patients with schizophrenia were randomized to D-cycloserine or placebo added to their "
                 "antipsychotic medication. D-cycloserine resulted in a significant reduction in negative symptoms "
                 "compared with placebo. The degree of improvement did not differ between patients treated with "
                 "conventional neuroleptics and those treated with olanzapine or risperidone.")


def test_a_null_between_groups_by_their_background_treatment_is_no_verdict() -> None:
    found = _findings(*_ADD_ON_TRIAL)
    assert not {f for f in found if f[0] == "d-cycloserine" and f[3] == "negated"}, found


def test_a_null_between_the_arms_stays_the_verdict() -> None:
    found = _findings("A placebo-controlled trial of D-cycloserine in schizophrenia.",
                      "Patients with schizophrenia were randomized to D-cycloserine or placebo. Negative symptoms did "
                      "not differ between patients treated with D-cycloserine and those treated with placebo.")
    assert ("d-cycloserine", "treats", "schizophrenia", "negated") in found, found


def test_the_comparator_of_a_null_result_is_not_denied() -> None:
    found = _findings("Comparison of fluoxetine, bupropion, and placebo in the treatment of premenstrual dysphoric "
                      "disorder.",
                      "Women with premenstrual dysphoric disorder were randomized to fluoxetine, bupropion, or placebo "
                      "for 2 months. Posttreatment scores for bupropion were intermediate between but not "
                      "significantly different from fluoxetine or placebo.")
    assert ("bupropion", "treats", "premenstrual dysphoric disorder", "negated") in found, found
    assert ("fluoxetine", "treats", "premenstrual dysphoric disorder", "negated") not in found, found


def test_the_condition_after_in_is_the_setting_of_a_null() -> None:
    found = _findings("Olanzapine in the treatment of drug-induced psychosis in patients with Parkinson's "
                      "disease.",
                      "Patients were randomized to olanzapine or placebo for 4 weeks while dopamimetic therapy was "
                      "held constant. These findings did not demonstrate superior efficacy of olanzapine for "
                      "treatment of psychosis in Parkinson's disease compared with placebo.")
    assert not {f for f in found if f[0] == "olanzapine" and "parkinson" in f[2]}, found
    assert {f for f in found if f[0] == "olanzapine" and "psycho" in f[2] and f[3] == "negated"}, found


@pytest.mark.parametrize("unwanted", [("antipsychotic agent", "potentiates", "olanzapine"),
                                      ("olanzapine", "potentiates", "risperidone"),
                                      ("risperidone", "potentiates", "olanzapine")])
def test_a_passive_add_on_is_the_subject_of_its_trigger(unwanted: tuple[str, str, str]) -> None:
    found = candidate_triples("These data support the addition of D-cycloserine to conventional neuroleptics and suggest "
                        "that benefits may be attained when D-cycloserine is added to olanzapine or risperidone.")
    assert ("d-cycloserine", "potentiates", "olanzapine") in found, found
    assert unwanted not in found, found


def test_a_coordinated_verb_keeps_its_subject_past_another_drug() -> None:
    found = candidate_triples("Ketamine was unable to reverse the effect of reserpine, but potentiated the effect of "
                        "imipramine.")
    assert ("ketamine", "potentiates", "imipramine") in found, found


def test_the_treatment_an_add_on_is_added_to_is_not_the_agent() -> None:
    found = candidate_triples("The addition of clonidine, an antihypertensive drug with analgesic properties, to local "
                        "anesthetics in caudal blocks prolongs postoperative pain relief.")
    assert not {f for f in found if f[0] == "local anaesthetic" and f[1] == "treats"}, found


@pytest.mark.parametrize("text", [
    "Intramuscular haloperidol is effective in the short-term treatment of acutely agitated psychotic patients.",
    "Intramuscular ziprasidone reduced the symptoms of acute agitation in patients with psychotic disorders.",
    "Intramuscular ziprasidone is effective in reducing acute agitation associated with psychosis.",
])
def test_agitation_is_treated_and_the_disorder_names_who_has_it(text: str) -> None:
    assert not {f for f in candidate_triples(text) if f[1] == "treats" and "psycho" in f[2]}, candidate_triples(text)


def test_the_disorder_itself_stays_treated() -> None:
    found = candidate_triples("Haloperidol is effective in the treatment of psychotic patients.")
    assert {f for f in found if f[0] == "haloperidol" and f[1] == "treats" and "psycho" in f[2]}, found


def test_a_harm_like_placebo_is_denied_and_the_other_arm_keeps_it() -> None:
    found = _findings("Aripiprazole in schizophrenia: a review of placebo-controlled trials.",
                      "The incidence of extrapyramidal symptoms during aripiprazole therapy was similar to that with "
                      "placebo but significantly higher with haloperidol. Compared with placebo, QTc prolongation was "
                      "similar in patients treated with aripiprazole but was significantly increased with "
                      "haloperidol.")
    aripiprazole = {f for f in found if f[0] == "aripiprazole" and f[1] == "hasAdverseEffect"}
    assert aripiprazole and all(f[3] == "negated" for f in aripiprazole), found
    assert not {f for f in found if f[0] == "haloperidol" and f[1] == "hasAdverseEffect" and f[3] == "negated"}, found


def test_a_drug_harm_said_to_improve_stays_treated() -> None:
    found = _findings("Risperidone in patients switched from conventional neuroleptics: a randomised trial.",
                      "Patients with schizophrenia were randomized to risperidone or placebo for 8 weeks. Risperidone "
                      "was generally well tolerated and the severity of parkinsonism was significantly reduced at "
                      "endpoint compared with placebo.")
    assert not {f for f in found if f[1] == "hasAdverseEffect" and "parkinson" in f[2]}, found


def test_a_condition_called_the_most_frequent_adverse_event_is_a_harm() -> None:
    found = _findings("Intramuscular olanzapine in agitation: a placebo-controlled trial.",
                      "Patients with schizophrenia were randomized to olanzapine or placebo. There were no differences "
                      "between treatment groups for hypotension, the most frequently reported adverse event.")
    assert not {f for f in found if f[1] == "treats" and "hypotens" in f[2]}, found
