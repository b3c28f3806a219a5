"""CID round 14 (session 15, issue 12; docs/findings.md section 8n): the learned model's findings fall when their
evidence sentence states an objective, is a method listing what was monitored, or says the chemical lessened the
disease (fewer, less, reductions in, relative risks below 1 as the first arm). Self-written sentences; mentions
from the shipped lexicon.
"""

from __future__ import annotations

from tests.test_findings_round16 import _model_finding


def test_an_objective_is_no_evidence() -> None:
    assert not _model_finding("To compare the incidence of tardive dyskinesia with olanzapine to that with "
                              "haloperidol in elderly patients.", "olanzapine", "tardive dyskinesia", "OBJECTIVE")[0]
    assert not _model_finding("To evaluate the rate of seizures with bupropion in adolescents.",
                              "bupropion", "seizures", "BACKGROUND")[0]


def test_an_objective_clause_before_an_induced_model_stands() -> None:
    assert _model_finding("To examine the effect of a new drug, cardiomyopathy was induced in rats by doxorubicin.",
                          "doxorubicin", "cardiomyopathy", "METHODS")[0]


def test_a_report_of_cases_is_no_objective() -> None:
    assert _model_finding("To report three cases of seizures after the start of bupropion.",
                          "bupropion", "seizures", "BACKGROUND")[0]


def test_a_method_that_lists_what_was_monitored_is_no_evidence() -> None:
    assert not _model_finding("Safety assessments included monitoring of vital signs and assessment of akathisia "
                              "in patients given olanzapine.", "olanzapine", "akathisia", "METHODS")[0]
    assert _model_finding("During treatment with olanzapine, two patients developed akathisia.",
                          "olanzapine", "akathisia", "METHODS")[0]
    assert _model_finding("Cardiomyopathy induced by doxorubicin was used as the model, which was evaluated weekly.",
                          "doxorubicin", "cardiomyopathy", "METHODS")[0]


def test_a_harm_the_chemical_lessened_falls() -> None:
    assert not _model_finding("Patients given clozapine had fewer seizures and less nausea.",
                              "clozapine", "nausea")[0]
    assert not _model_finding("Olanzapine produced substantial reductions in all-cause mortality and in the rates "
                              "of seizures.", "olanzapine", "seizures")[0]
    assert _model_finding("Patients given clozapine had fewer visits, and nausea developed in five of them.",
                          "clozapine", "nausea")[0]
    assert _model_finding("Fewer patients stopped early with clozapine, but nausea was common in that group.",
                          "clozapine", "nausea")[0]


def test_the_first_arm_of_lower_relative_risks_falls_and_its_comparator_stands() -> None:
    text = ("Relative risks of bupropion compared with paroxetine were 0.5 (95% CI 0.3 to 0.8) and 0.4 "
            "(95% CI 0.2 to 0.7) for nausea and seizures.")
    assert not _model_finding(text, "bupropion", "nausea")[0]
    assert _model_finding(text, "paroxetine", "nausea")[0]
    higher = ("Relative risks of bupropion compared with paroxetine were 1.9 (95% CI 1.3 to 2.8) for nausea.")
    assert _model_finding(higher, "bupropion", "nausea")[0]


def test_the_reference_of_a_lessening_keeps_its_harm() -> None:
    assert _model_finding("Patients given paroxetine were less likely than those given clozapine to stop early and "
                          "had less nausea.", "clozapine", "nausea")[0]
    assert not _model_finding("Patients given paroxetine were less likely than those given clozapine to stop early "
                              "and had less nausea.", "paroxetine", "nausea")[0]


def test_a_word_that_begins_like_a_contrast_does_not_end_the_lessening() -> None:
    # "butyrate" is no "but": the lessening reaches the disease
    assert not _model_finding("Patients given clozapine had fewer butyrate-responsive seizures.",
                              "clozapine", "seizures")[0]
