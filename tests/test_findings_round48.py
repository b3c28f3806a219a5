"""Round 48 (issue 12): the comparator of a likeness or a superiority ("comparable efficacy to haloperidol",
"equivalent efficacy to the typical antipsychotics chlorpromazine and haloperidol") treats nothing in its sentence.

Self-written sentences and short abstracts in the style of the Cohen 2006 psychiatric drug trials, with near misses."""

from __future__ import annotations

import pytest

from ipkg.extract.comparator_subject import comparator_at

from tests.test_findings_round43 import _findings
from tests.test_findings_round45 import _treats

_TITLE = "Long-term treatment with a newer antipsychotic in chronic schizophrenia: a review."


@pytest.mark.parametrize(("sentence", "comparators"), [
    ("Recent clinical studies suggest that risperidone is of at least comparable efficacy to haloperidol and "
     "perphenazine in schizophrenia.", ("haloperidol", "perphenazine")),
    ("Quetiapine provides equivalent efficacy to the typical antipsychotics chlorpromazine and haloperidol in "
     "schizophrenia.", ("chlorpromazine", "haloperidol")),
    ("Ziprasidone 160 mg/day was comparable with haloperidol in reducing the symptoms of schizophrenia.",
     ("haloperidol",)),
])
def test_a_comparator_treats_nothing(sentence: str, comparators: tuple[str, ...]) -> None:
    found = _findings(_TITLE, "Schizophrenia is a chronic disorder. " + sentence)
    for comparator in comparators:
        assert not _treats(found, comparator, "schizophrenia"), found


def test_the_subject_of_the_comparison_is_no_comparator() -> None:
    text = "Risperidone was of comparable efficacy to haloperidol in schizophrenia."
    assert not comparator_at(text, 0, [(42, 53)])
    assert comparator_at(text, 42, [(0, 11)])


def test_drugs_compared_with_each_other_keep_their_treatments() -> None:
    """No intervention before the word of comparison: both drugs are its subjects."""
    found = _findings(_TITLE, "Haloperidol and risperidone showed comparable efficacy in the treatment of "
                      "schizophrenia.")
    assert _treats(found, "haloperidol", "schizophrenia"), found


def test_a_drug_named_again_outside_the_comparison_keeps_its_treatment() -> None:
    assert not comparator_at("Haloperidol treats schizophrenia, and risperidone is comparable to haloperidol.", 0,
                             [(39, 50), (68, 79)])


def test_a_comparison_across_a_verb_is_no_comparator() -> None:
    """Between the word of comparison and the drug stands more than list words: the drug is no complement."""
    assert not comparator_at("risperidone was comparable to placebo, and haloperidol reduced symptoms", 43,
                             [(0, 11)])


_GABAPENTIN = "Open gabapentin as adjunctive therapy in bipolar depression."


def test_the_disorders_of_the_population_named_before_its_people_are_no_harm() -> None:
    """"bipolar (10 bipolar I, 12 bipolar II) disorder outpatients", "patients (22%) with severe depression": the
    population's disorders, not the learned model's harms."""
    found = _findings(_GABAPENTIN, "Gabapentin may be useful in bipolar disorders. We performed a 12-week trial of open "
                      "gabapentin added to stable doses of mood stabilizers in 22 depressed (HDRS > 18) bipolar (10 "
                      "bipolar I, 12 bipolar II) disorder outpatients. Ten of 13 (77%) mild to moderately depressed "
                      "patients responded, while only two of nine patients (22%) with severe depression responded "
                      "(p < 0.03). Gabapentin was well tolerated.")
    assert not {f for f in found if f[1] == "hasAdverseEffect"}, found


def test_a_harm_of_some_patients_stays_a_harm() -> None:
    found = _findings(_GABAPENTIN, "We performed a 12-week trial of open gabapentin in 22 bipolar disorder outpatients. "
                      "Gabapentin was associated with depression in three (14%) patients.")
    assert {f for f in found if f[:3] == ("gabapentin", "hasAdverseEffect", "depressive disorder")}, found


def test_a_harm_its_people_have_is_no_population() -> None:
    """"6 women (mean age 55 years) with cyclophosphamide associated bladder cancer": a harm case series; the harm
    something brought about is never the population's disorder."""
    found = _findings("Cyclophosphamide associated bladder cancer: a highly aggressive disease. Analysis of 12 cases.",
                      "The medical records of 6 men and 6 women (mean age 55 years) with cyclophosphamide associated "
                      "bladder cancer were reviewed. All tumors were grade 3 or 4 transitional cell carcinoma.")
    assert {f for f in found if f[0] == "cyclophosphamide" and f[1] == "hasAdverseEffect"}, found
