"""The design model's second stage (round 8): an expert re-splits the designs of studies of people."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ipkg.extract.design_model import EXPERT_GROUPS, DesignModel, get_model, ngrams

PEOPLE = EXPERT_GROUPS[0]


def _toy() -> DesignModel:
    """A first stage that tells animals from people's designs and calls every trial randomised; an expert that
    knows "open" trials are not randomised."""
    classes = ("AnimalStudy",) + PEOPLE
    first = DesignModel(classes, (0.0, 0.0, 0.0, 0.0), {"w:rats": (3.0, 0.0, 0.0, 0.0),
                                                         "w:patients": (0.0, 0.5, 0.5, 2.0)})
    expert = DesignModel(PEOPLE, (0.0, 0.0, 0.0), {"w:open": (4.0, 0.0, 0.0)})
    return replace(first, experts=(expert,))


def test_the_expert_shares_out_the_mass_of_the_people_designs() -> None:
    model = _toy()
    one_stage = replace(model, experts=())
    text = "patients took the drug in an open trial"
    before, after = one_stage.predict_text({}, text), model.predict_text({}, text)
    assert max(before, key=before.get) == "RandomizedControlledTrial"
    assert max(after, key=after.get) == "NonRandomizedTrial"
    assert after["AnimalStudy"] == pytest.approx(before["AnimalStudy"])  # the first stage's other classes stand
    assert sum(after.values()) == pytest.approx(1.0)
    # the slow path (a feature dictionary, as in training) gives the same probabilities
    grams = ngrams(text)
    assert model.predict_proba(dict.fromkeys(grams, 1 / len(grams) ** 0.5)) == pytest.approx(after)


def test_the_expert_is_asked_only_when_a_people_design_leads() -> None:
    model = _toy()
    text = "rats took the drug in an open trial"
    assert model.predict_text({}, text) == replace(model, experts=()).predict_text({}, text)


def test_the_shipped_model_has_the_people_expert() -> None:
    model = get_model()
    assert [e.classes for e in model.experts] == [PEOPLE]
    assert set(PEOPLE) <= set(model.classes)


def test_a_model_file_round_trips_its_experts() -> None:
    data = {"classes": ["AnimalStudy", *PEOPLE], "bias": [0, 0, 0, 0], "weights": {"w:rats": [1, 0, 0, 0]},
            "experts": [{"classes": list(PEOPLE), "bias": [0, 0, 0], "weights": {"w:open": [1, 0, 0]}}]}
    model = DesignModel.from_dict(data)
    assert model.experts[0].classes == PEOPLE and model.experts[0].weights["w:open"] == (1, 0, 0)


def _examples(cases: tuple[tuple[str, str], ...], n: int = 6) -> list:
    from ipkg.extract.design_corpus import Record
    from ipkg.extract.train_design import _example

    return [_example(Record(f"bc5cdr:{design}{k}", "", text, design, "bc5cdr"))
            for design, text in cases for k in range(n)]


RATS = ("AnimalStudy", "Male rats were injected with the drug and their behaviour was tested in the forced swim test.")
RCT = ("RandomizedControlledTrial", "Patients with depression were randomly assigned to drug or placebo for 8 weeks.")
OPEN = ("NonRandomizedTrial", "In an open-label, single-arm trial, all patients received the drug for 8 weeks.")


def test_a_two_class_fit_is_stored_as_two_columns() -> None:
    """Self-written abstracts: a binary fit (scikit-learn keeps one column) scores both classes."""
    pytest.importorskip("sklearn")
    from ipkg.extract.train_design import fit_linear

    examples = _examples((RATS, RCT))
    model = fit_linear(examples)
    assert model.classes == ("AnimalStudy", "RandomizedControlledTrial") and len(model.bias) == 2
    assert all(len(row) == 2 for row in model.weights.values())
    for ex in examples:
        proba = model.predict_proba(ex.feats)
        assert max(proba, key=proba.get) == ex.record.design


def test_training_fits_the_people_expert_when_two_of_its_classes_are_there() -> None:
    pytest.importorskip("sklearn")
    from ipkg.extract.train_design import fit

    assert fit(_examples((RATS, RCT, OPEN))).experts[0].classes == ("NonRandomizedTrial", "RandomizedControlledTrial")
    assert fit(_examples((RATS, RCT))).experts == ()  # one people class: nothing to tell apart
    assert fit(_examples((RATS, RCT, OPEN)), experts=False).experts == ()
