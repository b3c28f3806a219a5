"""Who formed the groups (round 10, :mod:`ipkg.extract.design_arms`): groups the study formed, groups by condition,
one group over time, answered with the other design questions and read by the model. Self-written sentences."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.design_arms import ARM_QUESTIONS
from ipkg.extract.design_model import answer_features, text_features
from ipkg.extract.design_rules import QUESTIONS, Answers, ask, decide
from ipkg.models import Document


def _answers(title: str, abstract: str) -> tuple[Answers, str]:
    annotated = annotate(Document("x.txt", title, abstract))
    return ask(annotated), annotated.folded.text.lower()


def test_the_arm_questions_are_design_questions() -> None:
    assert set(ARM_QUESTIONS) == {"formed", "by_condition", "over_time"} and set(ARM_QUESTIONS) <= set(QUESTIONS)


def test_groups_the_study_formed_and_treated_differently() -> None:
    for abstract in ("Sixty outpatients were assigned to the intervention group or to treatment as usual.",
                     "The exercise group trained three times a week; the control group received health education.",
                     "Group A received lithium and group B received valproate for eight weeks.",
                     "Patients on a waiting list served as controls for those who started therapy.",
                     "Adjunctive therapy with minocycline was given in addition to their usual antipsychotic."):
        answers, _ = _answers("", abstract)
        assert answers.has("formed"), abstract
    answers, _ = _answers("", "We measured IL-6 in 40 patients with depression and 40 healthy controls.")
    assert not answers.has("formed") and answers.has("by_condition")


def test_groups_by_condition() -> None:
    for abstract in ("Cortisol was higher in patients than in age-matched controls.",
                     "We compared 50 patients with and without metabolic syndrome.",
                     "Carriers of the risk allele had lower scores than non-carriers.",
                     "Depressed adolescents were compared with healthy volunteers."):
        answers, _ = _answers("", abstract)
        assert answers.has("by_condition"), abstract


def test_one_group_over_time_is_a_single_group_only_without_a_comparison() -> None:
    answers, lower = _answers("Fecal transplantation in Parkinson's disease",
                              "Eleven patients received the transplant. Stool was sampled before and after it.")
    assert answers.has("over_time") and answers.own.get("assigned")
    assert text_features(answers, lower)["z:single-group"] == 1.0
    for abstract in ("Twenty patients received drug A and were rated at baseline and week 8; twenty healthy "
                     "controls were rated once.",
                     "Twenty patients received drug A or placebo and were rated at baseline and at week 8."):
        answers, lower = _answers("", abstract)
        assert answers.has("over_time") and "z:single-group" not in text_features(answers, lower), abstract
    # measured over time without a treatment given: a cohort followed, not a single-arm trial
    answers, lower = _answers("", "Symptoms of 300 adults were recorded at baseline and at month 12.")
    assert answers.has("over_time") and "z:single-group" not in text_features(answers, lower)


def test_groups_formed_without_randomisation() -> None:
    answers, lower = _answers("", "The treatment group received the new drug, the control group received usual care.")
    assert text_features(answers, lower)["z:formed-no-random"] == 1.0
    answers, lower = _answers("", "Patients were randomised to the treatment group or to usual care.")
    assert "z:formed-no-random" not in text_features(answers, lower)


def test_the_answers_are_model_features_with_their_role() -> None:
    answers, lower = _answers("Drug A as add-on therapy", "METHODS: Thirty inpatients were given drug A as add-on "
                              "therapy. RESULTS: Scores fell from baseline at week 6.")
    feats = answer_features(answers, decide(answers)[0], lower)
    assert feats["q:formed"] == 1.0 and feats["q:formed@title"] == 1.0
    assert feats["q:over_time"] == 1.0
