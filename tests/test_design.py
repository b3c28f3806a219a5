"""Design class, sample size and design facts, on sentences of real abstracts (dev corpus, seeds)."""

from __future__ import annotations

import pytest

from ipkg.extract.design import classify_design, extract_study_facts
from ipkg.extract.numbers import parse_number
from ipkg.extract.population import extract_population
from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _doc(abstract: str, title: str = "A study", pubtypes: tuple[str, ...] = ()) -> Document:
    return Document("x.txt", title, abstract, publication_types=pubtypes)


@pytest.mark.parametrize(
    ("title", "abstract", "design"),
    [
        ("Etanercept and clinical outcomes, fatigue, and depression in psoriasis: double-blind placebo-controlled "
         "randomised phase III trial", "618 patients with moderate to severe psoriasis were randomly assigned.",
         "RandomizedControlledTrial"),
        ("Inflamed brain", "In this review, we will present clinical evidence on the role of inflammation in the "
         "pathophysiology of depression. We will also summarize current clinical trials which test drugs.", "Review"),
        ("Cytokines in depression", "We conducted a meta-analysis of 24 studies measuring cytokines.", "MetaAnalysis"),
        ("Sirukumab", "A systematic review of the literature was performed on sirukumab.", "SystematicReview"),
        ("Kynurenine and CUMS", "Chronic unpredictable mild stress was applied to C57BL/6 mice for 4 weeks.",
         "AnimalStudy"),
        ("Microglia in PET", "We measured TSPO binding in 20 patients with major depression and 10 control "
         "subjects in a cross-sectional study.", "ObservationalStudy"),
        ("Open trial", "In this open-label study, 20 patients received minocycline for 8 weeks.", "NonRandomizedTrial"),
        ("A case", "We report a case of a 45-year-old woman with catatonia.", "CaseReport"),
        ("BV2", "BV2 cells were cultured in vitro and stimulated with LPS.", "InVitroStudy"),
        ("Neuroinflammation", "Interleukin levels vary between tissues and may shape mood.", "Review"),
        ("Phagocytes", "Suicide was associated with a lower density compared with non-suicides (p = 0.018).",
         "ObservationalStudy"),
        pytest.param("Inflammasome", "Here, we propose a new inflammasome hypothesis of depression.", "Review",
                     marks=pytest.mark.xfail(strict=True, reason=(
                         "the default decision is model-first (docs/design.md: chosen on the external held-out "
                         "slice); with the narrative reviews, perspectives and hypothesis papers whose titles say so "
                         "now in the training data, the same sentence without 'inflammasome' (or in a paragraph) is "
                         "a Review, but this one sentence, no subject word, is still AnimalStudy at 0.56 (0.68 "
                         "before); the round1 decision's class constraints and the subjects' need "
                         "(model-first-subjects-0.8/0.9) call it Review, and were worse on the slice"))),
        pytest.param("Inflammation and mood", "Here, we propose a new hypothesis of depression.", "Review",
                     marks=pytest.mark.xfail(strict=True, reason=(
                         "the same known limit as the line above, since the model trains on the labelled pool "
                         "(session 7: 130 of its 592 records are animal studies, many of depression models): one "
                         "sentence with no subject word is called by its topic word, AnimalStudy at ~0.5"))),
    ],
)
def test_classify_design(title: str, abstract: str, design: str) -> None:
    assert classify_design(_doc(abstract, title)) == design


def test_publication_types_count_as_evidence() -> None:
    assert classify_design(_doc("Effects were measured.", pubtypes=("Randomized Controlled Trial",))) == (
        "RandomizedControlledTrial"
    )
    assert classify_design(_doc("Effects were measured.", pubtypes=("Meta-Analysis", "Review"))) == "MetaAnalysis"


@pytest.mark.parametrize(
    ("abstract", "design", "size"),
    [
        ("METHODS: Participants (n = 39) were randomly assigned to receive either placebo or low-dose endotoxin.",
         "RandomizedControlledTrial", 39),
        ("In this randomized clinical trial of 150 participants with treatment-resistant unipolar depression, ...",
         "RandomizedControlledTrial", 150),
        ("Post-mortem tissue from individuals with schizophrenia (n = 17), BD (n = 13), and non-psychiatric control "
         "subjects (n = 17) in the anterior midcingulate cortex was studied.", "ObservationalStudy", 47),
        ("A total of 1,204 adults took part; 300 of them were women.", "ObservationalStudy", 1204),
        ("Thirty-six patients were enrolled.", "NonRandomizedTrial", 36),
        ("Mice (n = 10 per group) were exposed to stress.", "AnimalStudy", None),
        ("We pooled 24 studies of cytokines in depression.", "MetaAnalysis", None),
        ("We pooled 24 studies including 4,500 participants.", "MetaAnalysis", 4500),
        ("Cytokine levels were elevated in 47% of patients.", "ObservationalStudy", None),
    ],
)
def test_sample_size(abstract: str, design: str, size: int | None) -> None:
    value, evidence = extract_sample_size(_doc(abstract), design)
    assert value == size
    assert (evidence is None) == (size is None)
    if evidence is not None:
        assert evidence in abstract  # verbatim


@pytest.mark.parametrize(
    ("title", "abstract", "size", "phrase"),
    [
        ("Variant ventricular tachycardia in desipramine toxicity.",
         "We report a case of variant ventricular tachycardia induced by desipramine toxicity.", 1, "We report a case"),
        ("Adverse interaction between two drug classes--report of three cases.", "The patients were elderly.", 3,
         "report of three cases"),
        ("A case", "Here, we report two cases of severely immunocompromised patients.", 2, "we report two cases"),
    ],
)
def test_case_report_counts_its_people(title: str, abstract: str, size: int, phrase: str) -> None:
    value, evidence = extract_sample_size(_doc(abstract, title), "CaseReport")
    assert value == size and evidence is not None and evidence.startswith(phrase)


@pytest.mark.parametrize(
    ("abstract", "size"),
    [
        # a further group of the same count, written without its noun
        ("We recruited 358 patients with unruptured aneurysms and 161 with ruptured aneurysms.", 519),
        # two counts before one noun
        ("Initially, fifty healthy and fifty diarrheal students were recruited.", 100),
        # a count of the methods before an outcome count of the results
        ("Two rats died of respiratory depression (p < 0.05). METHODS: We administered adenosine to 11 neonatal "
         "rabbits.", 11),
    ],
)
def test_sample_size_groups(abstract: str, size: int) -> None:
    from ipkg.extract.annotate import annotate

    doc = _doc(abstract)
    if "METHODS:" in abstract:
        at = abstract.index("METHODS:")
        doc = Document("x.txt", "A study", abstract, sections=(("RESULTS", 0, at - 1), ("METHODS", at, len(abstract))))
    assert extract_sample_size(annotate(doc), "ObservationalStudy")[0] == size


def test_seed_trial_facts() -> None:
    """The design facts a seed-like trial sentence states, read by general rules."""
    abstract = (
        "We performed a single-center, randomised, double-blind, placebo-controlled phase II trial evaluating the "
        "safety of a drug in depressed patients with major depressive (MDD) or bipolar disorder (BD). 36 "
        "consecutively recruited inpatients were randomised in a 2:1 ratio to receive either aldesleukin (12 MDD "
        "and 12 BD) or placebo (6 MDD and 6 BD)."
    )
    facts = extract_study_facts(_doc(abstract))
    assert facts.design == "RandomizedControlledTrial"
    assert (facts.sample_size, facts.randomized, facts.blinding, facts.control) == (36, True, "double-blind", "placebo")
    assert (facts.phase, facts.centres, facts.allocation_ratio) == ("II", 1, "2:1")
    assert facts.sample_size_evidence and facts.sample_size_evidence in abstract
    assert facts.design_evidence and facts.design_evidence in abstract
    assert facts.design_confidence is not None and facts.design_confidence >= 0.8
    assert facts.populations == ("inpatients",)
    assert [(a.label, a.size, a.placebo, a.groups) for a in facts.arms] == [
        ("aldesleukin", 24, False, (("MDD", 12), ("BD", 12))),
        ("placebo", 12, True, (("MDD", 6), ("BD", 6))),
    ]


def test_trial_duration_phase_centres_outcome() -> None:
    abstract = ("This 12-week, randomized, double-blind, placebo-controlled, parallel-group phase 2 trial of 60 "
                "participants was conducted at 2 outpatient tertiary clinical research sites. The primary outcome "
                "was change in depressive symptom severity.")
    facts = extract_study_facts(_doc(abstract))
    assert (facts.duration, facts.phase, facts.centres, facts.sample_size) == ("12 weeks", "II", 2, 60)
    assert facts.primary_outcome == "change in depressive symptom severity"
    assert "outpatients" in facts.populations


@pytest.mark.parametrize(("phrase", "phase"), [
    ("phase 2b", "II"), ("phase IIb/III", "II/III"), ("phase I/II", "I/II"), ("phase 3", "III"),
    ("phase 1/3", "I"), ("phase IV", "IV"),
])
def test_trial_phase_is_a_value_the_shapes_allow(phrase: str, phase: str) -> None:
    from ipkg.extract.design import PHASES

    facts = extract_study_facts(_doc(f"In this randomized, double-blind {phrase} trial, 120 patients were randomly "
                                      "assigned to drug or placebo."))
    assert facts.phase == phase and facts.phase in PHASES


def test_phases_are_in_the_shapes() -> None:
    import re

    from ipkg.resources import shapes_path
    from ipkg.extract.design import PHASES

    text = shapes_path().read_text(encoding="utf-8")
    block = text[text.index("ipkgsh:Study-trialPhase a"):]
    allowed = set(re.findall(r'"([IV/]+)"', block[block.index("sh:in"):block.index(")")]))
    assert PHASES <= allowed


def test_review_has_no_trial_facts() -> None:
    facts = extract_study_facts(_doc("In this review we summarize double-blind placebo-controlled trials of 12 "
                                     "studies that were included.", title="A review"))
    # a review either way: "12 studies that were included" is also the wording of a systematic review's inclusion,
    # and the two classes are a near tie here (0.47 / 0.49 with the round-9 model, 0.50 / 0.45 before)
    assert facts.design in ("Review", "SystematicReview")
    assert facts.blinding is None and facts.control is None and facts.sample_size is None


def test_population_species_and_models() -> None:
    populations, species, models = extract_population(
        "Male C57BL/6 mice were subjected to chronic social defeat stress.", "AnimalStudy")
    assert species == ("mouse",) and models == ("social defeat stress",) and populations == ()


@pytest.mark.parametrize(("text", "value"), [("12", 12), ("2,500", 2500), ("twenty-four", 24), ("hundred", None)])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("abstract", "design"),
    [
        # a behavioural paradigm of animal research is enough, with no species named
        ("The extract was evaluated using the tail suspension test (TST) and forced swim test (FST). It decreased "
         "immobility time at 50 mg/kg.", "AnimalStudy"),
        # species beyond rodents
        ("Renal blood flow was preserved during hypotension induced with fenoldopam in anaesthetised dogs.",
         "AnimalStudy"),
        ("Day-old chicks were administered imipramine or ketamine and placed into isolation.", "AnimalStudy"),
        # a randomised experiment on animals is preclinical
        ("Adult female monkeys were randomized to three social pens; half received fluoxetine in a placebo-controlled "
         "design.", "AnimalStudy"),
        # people dosed by weight are still a clinical trial
        ("Patients with treatment-resistant depression were randomized to ketamine 0.5 mg/kg or midazolam in a "
         "double-blind trial.", "RandomizedControlledTrial"),
        # a cell line named after its species is no animal
        ("Chinese hamster ovary cells were transfected and cultured in vitro with the mutant integrin.",
         "InVitroStudy"),
    ],
)
def test_animal_studies_beyond_rodents(abstract: str, design: str) -> None:
    assert classify_design(Document("x.txt", "", abstract)) == design
