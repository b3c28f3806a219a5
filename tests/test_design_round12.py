"""Design rules, round 12 (session 15): "Mendelian randomization" is a genetic-epidemiology design that allocates
nobody, so it is no answer of the ``randomised`` question; a trial's own randomisation still is."""

from ipkg.cues import fold
from ipkg.extract.design_rules import QUESTIONS


def _randomised(text: str) -> bool:
    view = fold(text)
    return any(cue.search(view) for cue in QUESTIONS["randomised"])


def test_mendelian_randomization_is_not_an_allocation():
    assert not _randomised("We used two-sample Mendelian randomization to test whether CRP causes depression.")
    assert not _randomised("A Mendelian randomisation study of interleukin-6 signalling and schizophrenia.")


def test_a_trials_randomisation_still_answers():
    assert _randomised("After randomization, 40 patients received celecoxib and 40 placebo.")
    assert _randomised("Patients were randomized to minocycline or placebo.")
