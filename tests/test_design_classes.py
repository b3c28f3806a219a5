"""Each design class on a title and one sentence of a design-set abstract from the *training* part.

The sentences are verbatim from ``../shared/corpus/design`` records outside the fixed held-out third
(:func:`ipkg.extract.design_corpus.heldout`, checked below), from sources whose licence allows a copy (Cohen 2006,
BC5CDR, Bannach-Brown 2019; never GutBrainIE). The held-out third is for measuring only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipkg.extract.design import classify_design, decide_design, extract_study_facts
from ipkg.extract.annotate import annotate
from ipkg.extract.design_corpus import heldout, title_design
from ipkg.models import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"

#: (design-set id, design, title, one sentence of the abstract)
CASES = [
    ("L119", "RandomizedControlledTrial",
     "A double-blind randomised comparison of risperidone and haloperidol in the treatment of behavioural and "
     "psychological symptoms in Chinese dementia patients.",
     "They were randomly assigned to receive flexible doses (0.5 to 2 mg/day) of haloperidol or risperidone."),
    ("L170", "RandomizedControlledTrial",
     "Nizatidine for prevention of weight gain with olanzapine: a double-blind placebo-controlled trial.",
     "After an initial screening period, 175 patients were randomized to receive olanzapine (5-20 mg) with either "
     "placebo or nizatidine (150 mg b.i.d. or 300 mg b.i.d.)."),
    ("L161", "NonRandomizedTrial",
     "Treatment for delirium with risperidone: results of a prospective open trial with 10 patients.",
     "To clarify these points, a prospective open trial on risperidone was carried out in 10 patients with "
     "delirium."),
    ("L213", "NonRandomizedTrial",
     "Chemotherapy of advanced inoperable non-small cell lung cancer with paclitaxel: a phase II trial.",
     "We investigated the efficacy and toxicity of a 3-hour paclitaxel infusion in a phase II trial in patients with "
     "inoperable stage IIIB or IV NSCLC."),
    ("L000", "ObservationalStudy",
     "No evidence for association of serotonin-2A receptor variant (102T/C) with schizophrenia or clozapine response "
     "in a Chinese population.",
     "Ninety-seven schizophrenic patients and 101 control subjects were included in the study."),
    ("L030", "ObservationalStudy",
     "Adequate timing of ribavirin reduction in patients with hemolysis during combination therapy of interferon and "
     "ribavirin for chronic hepatitis C.",
     "In this clinical retrospective cohort study we have examined the suitable timing of ribavirin reduction in "
     "patients with hemolysis during combination therapy."),
    ("L003", "CaseReport", "Variant ventricular tachycardia in desipramine toxicity.",
     "We report a case of variant ventricular tachycardia induced by desipramine toxicity."),
    ("L190", "CaseReport", "Sorafenib-induced acute myocardial infarction due to coronary artery spasm.",
     "We report the first case of sorafenib-induced coronary artery spasm."),
    ("L053", "AnimalStudy",
     "Upregulation of the expression of vasopressin gene in the paraventricular and supraoptic nuclei of the "
     "lithium-induced diabetes insipidus rat.",
     "The male Wistar rats consuming a diet that contained LiCl (60 mmol/kg) for 4 weeks developed marked polyuria."),
    ("L283", "AnimalStudy", "Coenzyme Q10 treatment ameliorates acute cisplatin nephrotoxicity in mice.",
     "The nephroprotective effect of coenzyme Q10 was investigated in mice with acute renal injury induced by a "
     "single i.p. injection of cisplatin (5 mg/kg)."),
    ("L080", "InVitroStudy",
     "Galactosamine hepatotoxicity: effect of galactosamine on glutathione resynthesis in rat primary hepatocyte "
     "cultures",
     "Cultured rat hepatocytes were treated with galactosamine (4 mM) 1.5 hr prior to concurrent with, or 1.5 hr "
     "after cell attachment; total cellular glutathione was then measured over time."),
    ("L187", "InVitroStudy", "Fluoxetine inhibition of glycine receptor activity in rat hippocampal neurons",
     "Using the whole-cell patch-clamp recording method, we found that fluoxetine and its metabolite norfluoxetine "
     "inhibited glycine-induced currents in cultured rat hippocampal neurons."),
    ("L115", "MetaAnalysis",
     "Efficacy of clonidine for prevention of perioperative myocardial ischemia: a critical appraisal and "
     "meta-analysis of the literature.",
     "According to the selection criteria (study design, population, intervention, and outcome) and a quality "
     "scoring system, seven studies were finally included in the meta-analysis."),
    ("L018", "MetaAnalysis",
     "Newer atypical antipsychotic medication in comparison to clozapine: a systematic review of randomized trials.",
     "The review and meta-analysis includes eight studies, most of them short in duration."),
    ("L074", "Review", "Optimal dosing of atypical antipsychotics in adults: a review of the current evidence.",
     "This review describes dosing strategies used to optimize the beneficial effects of atypical antipsychotic "
     "medications."),
    ("L129", "Review", "Clinical experience with risperidone.",
     "Recent clinical experiences with risperidone including controlled trials, clinical observations, and reports "
     "of side effects are reviewed."),
]


@pytest.mark.parametrize(("record", "design", "title", "sentence"), CASES, ids=[c[0] for c in CASES])
def test_design_class(record: str, design: str, title: str, sentence: str) -> None:
    assert classify_design(Document(f"{record}.txt", title, sentence)) == design


def test_every_class_but_systematic_review_has_training_sentences() -> None:
    """The design set's training part has one systematic review, from GutBrainIE (not copied): a doc-test-like
    sentence of the usual form stands for it."""
    assert {c[1] for c in CASES} | {"SystematicReview"} == {
        "RandomizedControlledTrial", "NonRandomizedTrial", "ObservationalStudy", "CaseReport", "AnimalStudy",
        "InVitroStudy", "MetaAnalysis", "SystematicReview", "Review"}
    doc = Document("x.txt", "Probiotics and anxiety",
                   "We systematically searched PubMed, Embase and the Cochrane Library; 14 studies were included.")
    assert classify_design(doc) == "SystematicReview"


@pytest.mark.shared
def test_test_sentences_come_from_the_training_part() -> None:
    gold = {json.loads(line)["id"]: json.loads(line)
            for line in (SHARED / "corpus/design/gold-design.jsonl").read_text(encoding="utf-8").splitlines()}
    for record, design, title, sentence in CASES:
        assert not heldout(record), f"{record} is in the held-out third"
        assert gold[record]["design"] == design
        assert "gutbrainie" not in gold[record]["source"]
        raw = (SHARED / "corpus/design" / gold[record]["file"]).read_text(encoding="utf-8")
        assert raw.startswith(title) and sentence in raw


def test_evidence_is_verbatim_and_confidence_in_range() -> None:
    record, design, title, sentence = CASES[0]
    call = decide_design(annotate(Document("x.txt", title, sentence)))
    assert call.design == design
    assert call.evidence and call.evidence in f"{title}\n{sentence}"
    assert 0.0 <= call.confidence <= 1.0


def test_little_text_gives_low_confidence() -> None:
    """An abstract that says nothing about its study is called with less confidence than a plain RCT."""
    vague = decide_design(annotate(Document("x.txt", "", "Interleukin levels vary between tissues.")))
    plain = decide_design(annotate(Document("x.txt", CASES[1][2], CASES[1][3])))
    assert vague.confidence < plain.confidence


def test_publication_type_decides_with_its_label_as_evidence() -> None:
    facts = extract_study_facts(Document("x.txt", "A study", "Effects were measured.",
                                         publication_types=("Journal Article", "Randomized Controlled Trial")))
    assert facts.design == "RandomizedControlledTrial"
    assert facts.design_evidence == "Publication type: Randomized Controlled Trial"
    assert facts.design_confidence is not None and facts.design_confidence >= 0.9


@pytest.mark.parametrize(("title", "design"), [
    ("Quetiapine in mania: a randomised, double-blind, placebo-controlled trial.", "RandomizedControlledTrial"),
    ("Cytokines in depression: a systematic review and meta-analysis", "MetaAnalysis"),
    ("Reversible valproic acid-induced dementia: a case report.", "CaseReport"),
    ("An open trial of clozapine for dystonia.", "NonRandomizedTrial"),
    ("Ketamine in mice and in depressed patients", None),  # people and animals: left out
    ("Clozapine and pregnancy", None),
    # narrative reviews, perspectives, hypothesis papers: the title says what the paper is
    ("Olanzapine: a review of its use in the treatment of bipolar disorder.", "Review"),
    ("A narrative review of cytokines in psychosis", "Review"),
    ("Microglia and mood: current evidence and future perspectives.", "Review"),
    ("Inflammation in depression: an integrative perspective.", "Review"),
    ("The kynurenine hypothesis of depression.", "Review"),
    ("Current concepts of immune treatment in schizophrenia", "Review"),
    ("[Antipsychotics in acute agitation: a review].", "Review"),  # MEDLINE's brackets of a translated title
    ("Commentary on the role of cytokines in fatigue", "Review"),
    # ... but a review of the authors' own records, cases or study, or a test of a hypothesis, is not
    ("Gabapentin in resistant depression: a retrospective chart review.", None),
    ("Agitation in the PURSUIT cohort: review of the trial data", None),
    ("Stress and cytokines: a test of the inflammation hypothesis", None),
    ("Lithium toxicity: report of 3 cases and review of the literature.", "CaseReport"),
    ("Seizures after clozapine: case presentation and literature review.", "CaseReport"),
    ("Depression in the County Health Study: an update", None),  # an update of a study is no review
])
def test_title_states_design(title: str, design: str | None) -> None:
    assert title_design(title) == design


def test_fast_scoring_equals_the_feature_dictionary() -> None:
    """The run-time scoring (tokens and token pairs) gives the probabilities of the training features."""
    from ipkg.extract.design_model import answer_features, features, get_model
    from ipkg.extract.design_rules import ask, decide

    model = get_model()
    for _, _, title, sentence in CASES:
        annotated = annotate(Document("x.txt", title, sentence))
        answers = ask(annotated)
        rule, _ = decide(answers)
        lower = annotated.folded.text.lower()
        slow = model.predict_proba(features(answers, rule, lower))
        fast = model.predict_text(answer_features(answers, rule, lower), lower)
        assert all(abs(slow[c] - fast[c]) < 1e-9 for c in model.classes)


@pytest.mark.parametrize("abstract", [
    "Depression is associated with raised inflammatory markers. Here, we propose a new inflammasome hypothesis of "
    "depression. We suggest that psychological stressors activate the inflammasome in microglia, which leads to the "
    "release of interleukin-1beta and to depressive symptoms. This hypothesis integrates findings on stress, cytokines "
    "and neuroplasticity and suggests new targets for treatment.",
    "Growing evidence implicates the immune system in schizophrenia. This review summarizes findings on cytokines, "
    "microglia and autoantibodies in patients with psychosis, and discusses how anti-inflammatory treatments might be "
    "used. We conclude that a subgroup of patients may benefit from immunomodulation.",
    "Cytokines signal to the brain through humoral and neural routes. Animal studies show that interleukin-6 alters "
    "behaviour, and clinical studies link it to fatigue and low mood. In this article we discuss the pathways "
    "involved, the open questions, and the implications for psychiatric care.",
    "The kynurenine pathway links inflammation to neurotransmission. We argue that an imbalance between "
    "neuroprotective and neurotoxic metabolites underlies treatment-resistant depression, and we discuss the "
    "evidence from clinical and preclinical studies that supports this view.",
])
def test_narrative_reviews_and_hypothesis_papers_without_a_title(abstract: str) -> None:
    """Written paragraphs of the kinds the review titles of the training data name (the title hidden, as in
    training): the model, not the title rule, calls them reviews."""
    facts = extract_study_facts(annotate(Document("x.txt", "", abstract)))
    assert facts.design == "Review"
