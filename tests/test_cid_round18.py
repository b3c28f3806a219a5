"""CID round 18 (session 20, issue 12; docs/findings.md section 8s): a harm study told from a treatment study. The
study's kind is read from its frame (title and aims) and case-report wording; the adverse-effect model's guard of
the tested pair stands in treatment studies, that of the population's disorder in treatment studies and case
reports; the filter of lessened harms keeps a harm named as the subject's doing and reads the model's pairs in
treatment studies only. Self-written titles and sentences; the concepts are given (not grounded).
"""

from __future__ import annotations

import pytest

from ipkg.extract.lessened_harms import without_lessened_harms
from ipkg.extract.study_kind import CASE, HARM, TREATMENT, UNSTATED, study_kind
from ipkg.models import Concept, Finding, StudyPico
from tests.test_cid_round15 import AMPHETAMINE, ISCHEMIC_STROKE, _pairs, annotated_with

OBO = "http://purl.obolibrary.org/obo/"
CALCIOL = Concept(OBO + "CHEBI_28940", "calciol", "Intervention")
HYPERCALCEMIA = Concept(OBO + "HP_0003072", "Hypercalcemia", "Phenotype")
VERAPAMIL = Concept(OBO + "CHEBI_9948", "verapamil", "Intervention")
HYPERTENSION = Concept(OBO + "MONDO_0005044", "hypertensive disorder", "Disorder")
INFARCTION = Concept(OBO + "MONDO_0005068", "myocardial infarction", "Disorder")
HALOPERIDOL = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention")
KF = Concept(OBO + "CHEBI_0000001", "KF17837", "Intervention")
CATALEPSY = Concept(OBO + "HP_0100578", "catalepsy", "Phenotype")
AMINOPHYLLINE = Concept(OBO + "CHEBI_2659", "aminophylline", "Intervention")
FIBRILLATION = Concept(OBO + "HP_0001663", "Ventricular fibrillation", "Phenotype")
DEPRESSION = Concept(OBO + "MONDO_0002050", "depressive disorder", "Disorder")


def _kind(title: str, abstract: str = "Rats were given the drug for two weeks.",
          names: dict[str, Concept] | None = None) -> str:
    return study_kind(annotated_with(abstract, names or {}, title))


@pytest.mark.parametrize(("title", "abstract", "kind"), [
    ("Minocycline ameliorates LPS-induced depression-like behaviour in mice.", None, TREATMENT),  # a relief
    ("Efficacy of adjunctive infliximab in bipolar depression.", None, TREATMENT),
    ("Effects of combined treatment with imipramine and metyrapone on immobility.", None, TREATMENT),
    ("Neuropeptide-Y in the kainate model of temporal lobe epilepsy.", None, TREATMENT),  # a disease model
    ("Aspirin after ischemic stroke: a randomized controlled trial", None, TREATMENT),  # a trial (session 20)
    ("Cardiac effects of lithium: a randomised study in volunteers.", None, TREATMENT),
    ("Vitamin D3 toxicity in dairy cows.", None, HARM),
    ("Isoniazid-induced hepatitis in a cohort of miners.", None, HARM),
    ("Valvular heart disease in patients treated with pergolide.", None, UNSTATED),  # the drug given: no treatment
    ("Refractory shock after verapamil treatment.", None, UNSTATED),
    ("Suxamethonium infusion rate and observed fasciculations.", None, UNSTATED),
    ("Tremor and lithium.", "We report a 63-year-old woman who developed tremor.", CASE),
    ("Tremor and lithium.", "Eight-week-old mice and 8-week-old rats were given lithium.", UNSTATED),
])
def test_the_frame_says_the_kind(title: str, abstract: str | None, kind: str) -> None:
    assert _kind(title, abstract or "Rats were given the drug for two weeks.") == kind


def test_a_title_naming_the_disorder_a_chemical_was_given_in_is_a_treatment_study() -> None:
    names = {"dexamphetamine": AMPHETAMINE, "ischemic stroke": ISCHEMIC_STROKE}
    assert _kind("Safety of dexamphetamine in acute ischemic stroke", names=names) == TREATMENT
    names = {"aminophylline": AMINOPHYLLINE, "ventricular fibrillation": FIBRILLATION}
    # a verb form between the setting's word and the condition names no setting
    assert _kind("Effects of aminophylline on the threshold for initiating ventricular fibrillation",
                 names=names) == UNSTATED


def test_a_treating_relation_of_the_title_makes_a_treatment_study() -> None:
    annotated = annotated_with("Rats were given the drug.", {}, "Prebiotics for depression")
    treats = Finding(CALCIOL, "treats", DEPRESSION, "Prebiotics for depression", "title", 0, 25, role="title")
    assert study_kind(annotated) == UNSTATED
    assert study_kind(annotated, [treats]) == TREATMENT
    assert study_kind(annotated, [Finding(CALCIOL, "treats", DEPRESSION, "x", "abstract", 0, 1, role="results")]) \
        == UNSTATED  # a result is no frame


def test_the_tested_pairs_guard_stands_in_a_treatment_study_only() -> None:
    names = {"vitamin D3": CALCIOL, "hypercalcemia": HYPERCALCEMIA}
    pico = StudyPico(interventions=(CALCIOL,), conditions=(HYPERCALCEMIA,))
    text = "Cows were fed vitamin D3 for four weeks. Severe hypercalcemia developed in six cows."
    assert ("calciol", "Hypercalcemia") in _pairs(text, names, "Toxicity of a vitamin in dairy cows", pico)
    assert ("calciol", "Hypercalcemia") not in _pairs(text, names, "Efficacy of a vitamin in dairy cows", pico)


def test_the_populations_guard_stands_in_a_treatment_study_or_a_case_report() -> None:
    names = {"verapamil": VERAPAMIL, "hypertension": HYPERTENSION, "myocardial infarction": INFARCTION}
    text = "Patients with hypertension received verapamil. Myocardial infarction followed in two."
    assert ("verapamil", "hypertensive disorder") in _pairs(text, names, "Cardiac events after a calcium blocker")
    assert ("verapamil", "hypertensive disorder") not in _pairs(text, names, "Efficacy of a calcium blocker")
    case = "A 63-year-old woman with severe hypertension received verapamil. She then had a myocardial infarction."
    assert ("verapamil", "hypertensive disorder") not in _pairs(case, names, "Cardiac events after a calcium blocker")
    assert ("verapamil", "myocardial infarction") in _pairs(case, names, "Cardiac events after a calcium blocker")


def _harm(text: str, subject: Concept, title: str = "A study in rats") -> tuple[list[Finding], object]:
    annotated = annotated_with(text, {"KF17837": KF, "haloperidol": HALOPERIDOL, "catalepsy": CATALEPSY}, title)
    sentence = next(s for s in annotated.sentences if s.passage == "abstract")
    finding = Finding(subject, "hasAdverseEffect", CATALEPSY, sentence.text, "abstract", sentence.start, sentence.end,
                      role="results")
    return [finding], annotated


def test_a_lessened_harm_named_as_the_subjects_doing_stays_its_harm() -> None:
    found, annotated = _harm("KF17837 also reduced the catalepsy induced by haloperidol in rats.", HALOPERIDOL)
    assert without_lessened_harms(annotated, found) == tuple(found)  # another agent lessened haloperidol's harm
    found, annotated = _harm("KF17837 also reduced the catalepsy in rats given haloperidol.", HALOPERIDOL)
    assert without_lessened_harms(annotated, found) == ()  # "reduced the catalepsy": a harm lessened, no harm


def test_the_findings_kept_are_not_read_as_lessened() -> None:
    found, annotated = _harm("There was a low incidence of catalepsy with haloperidol.", HALOPERIDOL)
    assert without_lessened_harms(annotated, found) == ()
    assert without_lessened_harms(annotated, found, set(found)) == tuple(found)
