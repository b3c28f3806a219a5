"""The round-9 text features of the design model (:func:`ipkg.extract.design_model.text_features`): whom the
numbers count, groups without randomisation, cues that stand only outside the study's own sentences. Self-written
sentences."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.design_model import answer_features, features, text_features
from ipkg.extract.design_rules import ask, decide
from ipkg.models import Document


def _features(title: str, abstract: str) -> dict[str, float]:
    annotated = annotate(Document("x.txt", title, abstract))
    return text_features(ask(annotated), annotated.folded.text.lower())


def test_groups_without_randomisation_or_the_word_trial() -> None:
    feats = _features("Drug A against drug B in schizophrenia",
                      "Forty patients were allocated to two groups: one received drug A and the other drug B.")
    assert feats["z:allocated-no-random"] == 1.0 and feats["z:allocated-no-trial"] == 1.0
    randomised = _features("Drug A against drug B",
                           "Forty patients were randomly allocated to two groups receiving drug A or drug B.")
    assert "z:allocated-no-random" not in randomised and "z:allocated-no-trial" in randomised
    assert "z:allocated-no-random" not in _features("Drug A", "Patients took drug A for two weeks.")


def test_numbers_count_people_or_animals() -> None:
    rats = _features("Stress in rats", "Twenty-four male Wistar rats and 12 mice were exposed to stress. 24 rats died.")
    assert rats == {"z:num-animals": 0.5}
    people = _features("IL-6 in depression", "We recruited 120 patients with depression and 60 healthy controls.")
    assert people["z:num-people"] == 0.5 and people["z:num-people>animals"] == 1.0 and "z:num-animals" not in people


def test_a_cue_only_in_the_background_is_marked_with_its_role() -> None:
    feats = _features("Inflammation and depression",
                      "A large trial found that celecoxib lowered depressive symptoms. We recruited 120 patients with "
                      "depression in a cross-sectional study and measured IL-6.")
    assert feats.get("z:trial@background-only") == 1.0
    own = _features("Celecoxib in depression: a trial", "In this trial, 40 patients received celecoxib.")
    assert not any(name.startswith("z:trial@") for name in own)


def test_the_text_features_are_part_of_the_model_features() -> None:
    annotated = annotate(Document("x.txt", "Drug A against drug B", "Forty patients were allocated to two groups."))
    answers = ask(annotated)
    rule, _ = decide(answers)
    lower = annotated.folded.text.lower()
    assert "z:allocated-no-random" in features(answers, rule, lower)
    assert "z:allocated-no-random" in answer_features(answers, rule, lower)
    assert "z:allocated-no-random" not in answer_features(answers, rule)
