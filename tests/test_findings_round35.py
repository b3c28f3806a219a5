"""Round 35 of the findings rules (s18 issue 12; docs/findings.md section 35): causes of fresh sample Q's wrong
findings that recur in samples O and P. A sentence that reports only what the study or review did states no finding
(:mod:`ipkg.extract.study_acts`); a harm lessened, compared between active arms or absent is no harm and no
treatment (:mod:`ipkg.extract.lessened_harms`); no difference between two active drugs denies neither
(:mod:`ipkg.extract.active_nulls`). Self-written sentences; mentions from the shipped lexicon. Each
changed case fails on main at 8d7b9a3; the guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.extract.lessened_harms import lessened
from ipkg.extract.study_acts import design_parts
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]


def _rows(abstract: str, title: str = "A clinical study") -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings of ``title`` + ``abstract``."""
    found = extract_document(Document("t.txt", title, abstract)).findings
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in found}


# ------------------------------------------------------------ 1. a design is no finding
@pytest.mark.parametrize("sentence", [
    "The relative efficacy and safety of lithium versus valproate in the treatment of mania was studied.",
    "The authors conducted a prospective, open, controlled trial of lithium in mania in a large sample.",
    "This study was designed as a cost analysis comparing outcomes of treatment with lithium or valproate.",
    "Lithium was compared in two double blind studies with valproate and carbamazepine in mania.",
    "We have identified all the studies of lithium and valproate that provide data on mania.",
    "It examines the long-term effectiveness of lithium vs valproate for treatment of mania.",
    "Randomized, controlled trials comparing lithium with placebo were identified.",
])
def test_sentences_that_report_the_study_act(sentence: str) -> None:
    assert [design for _, _, design in design_parts(sentence)] == [True]


@pytest.mark.parametrize("sentence", [
    "A randomised controlled trial of lithium for mania showed improvements in overall symptoms.",
    "Lithium was compared with placebo and significantly reduced mania scores.",
    "Lithium is the mainstay of treatment for mania.",
    "We conducted the trial because lithium is effective in mania.",
])
def test_sentences_that_report_a_result_or_a_fact_are_no_design(sentence: str) -> None:
    assert design_parts(sentence) == ()


def test_a_design_sentence_gives_no_treatment() -> None:
    rows = _rows("The relative efficacy and safety of risperidone versus haloperidol in the treatment of "
                 "schizoaffective disorder was studied. Sixty-two patients entered a randomized, double-blind, 6-week "
                 "trial of risperidone or haloperidol. Haloperidol produced significantly more extrapyramidal side "
                 "effects.", "A double-blind evaluation of risperidone versus haloperidol in schizoaffective disorder")
    assert not any(s == "haloperidol" and p == "treats" for s, p, *_ in rows)
    assert ("haloperidol", "hasAdverseEffect", "basal ganglia disorder", False, False) in rows


def test_a_glued_part_that_states_a_result_keeps_its_finding() -> None:
    text = ("Open-label studies have reported that clozapine ameliorates psychosis without worsening "
            "parkinsonism.; We conducted a randomized, double-blind trial of clozapine in 60 patients.")
    parts = design_parts(text)
    assert [d for _, _, d in parts] == [False, True]
    rows = _rows(text + " Clozapine improved psychosis (p < 0.01).")
    assert any(s == "clozapine" and p == "hasAdverseEffect" and n for s, p, _, n, _ in rows)


# ------------------------------------------------------------ 2. a harm lessened, compared or absent
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("There was a notably low incidence of EPS (including akathisia) and postural hypotension.", "postural", True),
    ("Sertindole's decreased tendency to induce EPS was confirmed.", "EPS", True),
    ("Olanzapine caused weight gain, with less sedation than haloperidol.", "weight", False),
    ("Less sedation was seen, and olanzapine caused weight gain.", "weight", False),
])
def test_the_lessened_phrase_and_its_list(text: str, word: str, expected: bool) -> None:
    assert lessened(text, text.index(word)) is expected


def test_the_reference_of_a_harm_rarer_with_one_arm_keeps_its_harm() -> None:
    rows = _rows("Patients treated with olanzapine or haloperidol were followed for 2 years. Our results indicated a "
                 "significantly lower risk of tardive dyskinesia with olanzapine than with haloperidol.",
                 "Long-term follow-up of tardive dyskinesia")
    assert ("haloperidol", "hasAdverseEffect", "tardive dyskinesia", False, False) in rows
    assert not any(s == "olanzapine" for s, *_ in rows)


def test_a_low_incidence_of_side_effects_is_no_adverse_effect() -> None:
    rows = _rows("Patients with schizophrenia received ziprasidone for 6 weeks. There was a notably low incidence "
                 "of extrapyramidal side-effects (including akathisia) and postural hypotension with ziprasidone.",
                 "Ziprasidone in the treatment of schizophrenia")  # (CID round 18) the model's harms: a treatment study
    assert not any(p == "hasAdverseEffect" and not n for _, p, _, n, _ in rows)


def test_a_lower_rate_than_placebo_stays_a_treatment() -> None:
    rows = _rows("Patients receiving sertraline had a significantly lower rate of depression than with placebo "
                 "(p < 0.01).")
    assert ("sertraline", "treats", "depressive disorder", False, False) in rows


def test_a_harm_absent_is_no_failed_treatment() -> None:
    rows = _rows("Clozapine treatment improved tremor and had no deleterious effect on the severity of parkinsonism.")
    assert not any(p == "treats" and n and o == "parkinsonian disorder" for _, p, o, n, _ in rows)
    assert ("clozapine", "treats", "Tremor", False, False) in rows


# ------------------------------------------------------------ 3. no difference between two active drugs
def test_no_difference_between_two_active_drugs_denies_neither() -> None:
    rows = _rows("Sixty-two patients entered a randomized, double-blind, 6-week trial of risperidone or haloperidol. "
                 "There was no difference between risperidone and haloperidol in reducing both psychotic and manic "
                 "symptoms in this group of patients with schizoaffective disorder.",
                 "Risperidone versus haloperidol in schizoaffective disorder")
    assert not any(p == "treats" and n for _, p, _, n, _ in rows)


def test_no_difference_between_a_drug_and_placebo_stays_denied() -> None:
    rows = _rows("There was no difference between risperidone and placebo in reducing manic symptoms in patients "
                 "with schizoaffective disorder.", "Risperidone in schizoaffective disorder")
    assert ("risperidone", "treats", "schizoaffective disorder", True, False) in rows


def test_a_bare_lessening_word_does_not_reach_the_next_list_member() -> None:
    text = "The last stage showed decreased spike activity and electrographic seizures."
    assert not lessened(text, text.index("electrographic"))
    assert lessened(text, text.index("spike"))
