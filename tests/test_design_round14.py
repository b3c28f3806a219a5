"""Design, round 14 (session 18): ``z:treated-no-random``, a treatment the study gave and measured (treatments
compared for their effects, or given and measured in the same people) in a text that never says "random" and names
no study of records or of people as found. Self-written sentences."""

from __future__ import annotations

import pytest

from ipkg.extract.annotate import annotate
from ipkg.extract.design_model import text_features
from ipkg.extract.design_rules import ask
from ipkg.models import Document


def _z(abstract: str, title: str = "Drug X in schizophrenia") -> dict[str, float]:
    annotated = annotate(Document("x.txt", title, abstract))
    return text_features(ask(annotated), annotated.folded.text.lower())


@pytest.mark.parametrize("abstract", [
    "We prospectively compared the efficacy of drug X or drug Y in 60 inpatients with schizophrenia.",
    "The efficacy of two intensive treatment programmes was compared with that of standard management in 40 patients.",
    "Drug X and drug Y were compared for their abilities to lower blood pressure in 22 patients.",
    "Platelet function was measured in 15 patients before and after 6 weeks of treatment with drug X.",
    "Sleep was recorded in 20 inpatients during treatment with drug X.",
    "Cytokines were measured before and 2 and 4 months after treatment with drug X.",
    "Twelve patients were switched to drug X and followed for 8 weeks.",
])
def test_a_treatment_the_study_gave_without_random(abstract: str) -> None:
    assert _z(abstract).get("z:treated-no-random") == 1.0


@pytest.mark.parametrize("abstract", [
    # randomised: a randomised trial's own words decide, not this feature
    "Sixty inpatients were randomly assigned to drug X or drug Y; we compared the efficacy of both drugs.",
    # a study of records or of people as found: the treatment was the doctors', not the study's
    "In this retrospective study we compared the efficacy of drug X and drug Y in 300 patients.",
    "A cohort of 500 patients was assessed before and after treatment with drug X.",
    # nothing given and measured
    "We measured cytokines in 40 patients with schizophrenia and 40 healthy controls.",
])
def test_not_without_a_treatment_given_or_with_random_or_observed_words(abstract: str) -> None:
    assert "z:treated-no-random" not in _z(abstract)
