"""Round 27 of the findings rules (s15 issue 12; docs/findings.md section 27): relations stated by a construction
with no verb of change between the two mentions (:mod:`ipkg.extract.constructions`). Self-written sentences;
mentions from the shipped lexicon.
"""

from __future__ import annotations

from tests.test_findings_round10 import _rows


# ---------------------------------------------------------------- an agent hyphenated to "-mediated"
def test_agent_mediated_process_is_increased_by_the_agent() -> None:
    rows = _rows("Minocycline attenuated lipopolysaccharide-mediated microglial activation.")
    assert ("lipopolysaccharide", "increases", "microglial cell activation", False, False) in rows
    assert ("minocycline", "decreases", "microglial cell activation", False, False) in rows


def test_agent_mediated_process_with_an_adjective_between() -> None:
    rows = _rows("Lipopolysaccharide-mediated hippocampal microglial activation was observed.")
    assert ("lipopolysaccharide", "increases", "microglial cell activation", False, False) in rows


def test_effects_mediated_by_an_agent_are_no_increase() -> None:
    rows = _rows("Lipopolysaccharide-mediated effects on interleukin-6 were studied.")
    assert ("lipopolysaccharide", "increases", "interleukin 6", False, False) not in rows


def test_a_mechanism_mediated_is_no_cause() -> None:
    rows = _rows("Microglia-mediated inflammation was observed in patients with schizophrenia.")
    assert not any(s == "microglial cell" and p == "increases" for s, p, _, _, _ in rows)


# ---------------------------------------------------------------- a change in the course of a disorder
def test_process_that_occurs_in_the_course_of_a_disorder() -> None:
    rows = _rows("Gut inflammation occurs early during the course of schizophrenia.")
    assert ("schizophrenia", "associatedWith", "inflammatory response", False, False) in rows


def test_process_present_in_the_course_of_a_disorder() -> None:
    rows = _rows("Microglial activation is present early in the course of bipolar disorder.")
    assert ("bipolar disorder", "associatedWith", "microglial cell activation", False, False) in rows


def test_process_that_does_not_occur_in_the_course_of_a_disorder_is_denied() -> None:
    rows = _rows("Gut inflammation does not occur during the course of schizophrenia.")
    assert ("schizophrenia", "associatedWith", "inflammatory response", False, False) not in rows


# ---------------------------------------------------------------- verbs of change the modulation triggers lacked
def test_verbs_of_worsening_raise_a_process() -> None:
    assert ("ketamine", "increases", "neuroinflammatory response", False, False) in _rows(
        "Ketamine exacerbated neuroinflammation.")
    assert ("ketamine", "increases", "microglial cell activation", False, False) in _rows(
        "Ketamine heightened microglial activation.")


def test_verbs_of_hindering_lower_a_process() -> None:
    assert ("ketamine", "decreases", "neurogenesis", False, False) in _rows("Ketamine hampered neurogenesis.")
    assert ("ketamine", "decreases", "neuroinflammatory response", False, False) in _rows(
        "Ketamine halted neuroinflammation.")


def test_a_participle_of_worsening_names_a_state_the_verb_before_acts_on() -> None:
    rows = _rows("Ketamine attenuated the exaggerated interleukin-6 response.")
    assert ("ketamine", "decreases", "interleukin 6", False, False) in rows
    assert ("ketamine", "increases", "interleukin 6", False, False) not in rows


def test_a_denied_verb_of_worsening_is_negated() -> None:
    assert ("ketamine", "increases", "neuroinflammatory response", True, False) in _rows(
        "Ketamine did not worsen neuroinflammation.")
