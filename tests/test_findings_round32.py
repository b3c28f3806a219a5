"""Round 32 of the findings rules (s16 issue 12; docs/findings.md section 32): wordings read wrongly on the 9k corpus.
The animals "X-treated" after an active agent's object are no agent (:mod:`ipkg.extract.relation_modulation`); a
behaviour measured "in mice with Y" is not Y's improvement and events "reported in patients treated with X" are X's
adverse effects (:mod:`ipkg.extract.relation_conditions`); divided evidence on a list claims nothing of each member
(:mod:`ipkg.extract.unclaimed`); a result on a scale of movement harms is no trial verdict
(:mod:`ipkg.extract.harm_outcomes`). Self-written sentences; mentions from the shipped lexicon. Each changed case
fails on main at 3c8f16c; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round28 import _denied_treatments, _trial
from tests.test_findings_round30 import _rows

IL6 = "interleukin 6"
_TITLE = "Aripiprazole in schizophrenia: a randomised placebo-controlled trial"


# ------------------------------------------------------------ 1. "X-treated mice" after an active agent
@pytest.mark.parametrize("text", [
    "Minocycline lowered IL-6 and TNF-alpha in LPS-treated mice.",
    "Minocycline reduced IL-6 levels in the hippocampus of LPS-challenged rats.",
])
def test_treated_animals_after_an_active_agent_are_no_agent(text: str) -> None:
    rows = _rows(text)
    assert ("minocycline", "decreases", IL6, False, False) in rows
    assert not any(s == "lipopolysaccharide" for s, *_ in rows)


def test_treated_animals_without_another_agent_stay_the_agent() -> None:
    # the guard: a passive change measured in the animals given X is X's (round 14)
    assert ("lipopolysaccharide", "increases", IL6, False, False) in _rows(
        "IL-6 levels were increased in LPS-treated rats.")


# ------------------------------------------------------------ 3. an outcome measured in a population with Y
def test_a_behaviour_in_mice_with_a_disorder_is_not_the_disorders_improvement() -> None:
    rows = _rows("Depression-like behaviors in mice with colitis were improved after ketamine treatment.")
    assert not any(p == "treats" and o == "colitis" for _, p, o, *_ in rows)


def test_the_populations_treatment_stays() -> None:
    assert ("ketamine", "treats", "depressive disorder", False, False) in _rows(
        "Patients with depression treated with ketamine improved.")


# ------------------------------------------------------------ 4. events reported in the treated group
def test_events_reported_in_the_treated_group_are_adverse_effects() -> None:
    rows = _rows("Dizziness, nausea and fatigue were reported most often in the group treated with ketamine.")
    assert ("ketamine", "hasAdverseEffect", "Fatigue", False, False) in rows
    assert not any(p == "treats" for _, p, *_ in rows)


def test_an_improvement_reported_in_the_treated_group_stays_a_treatment() -> None:
    assert ("modafinil", "treats", "Fatigue", False, False) in _rows(
        "Reduced fatigue was reported in patients treated with modafinil.")


# ------------------------------------------------------------ 5. divided evidence on a list
def test_divided_evidence_on_a_list_claims_nothing_of_each() -> None:
    assert not _rows("Current evidence is conflicting on the use of ketamine, minocycline and celecoxib for "
                     "depression.")


def test_divided_evidence_on_one_intervention_stays_hedged() -> None:
    assert ("minocycline", "treats", "depressive disorder", False, True) in _rows(
        "Evidence on minocycline for depression is conflicting.")


# ------------------------------------------------------------ 6. a result on a scale of movement harms
@pytest.mark.parametrize("null", [
    "There were no significant differences between aripiprazole and placebo on Simpson-Angus Scale scores.",
    "No significant differences were observed between aripiprazole and placebo in ESRS and BARS scores.",
])
def test_a_null_on_a_harm_scale_is_no_verdict(null: str) -> None:
    rows = _trial("aripiprazole or placebo",
                  f"{null} Aripiprazole was significantly superior to placebo in reducing PANSS total scores.", _TITLE)
    assert "aripiprazole" not in _denied_treatments(rows)
    assert ("aripiprazole", "treats", "schizophrenia", False, False) in rows


def test_a_null_on_an_efficacy_scale_stays_the_verdict() -> None:
    rows = _trial("aripiprazole or placebo",
                  "There were no significant differences between aripiprazole and placebo in PANSS total scores.", _TITLE)
    assert "aripiprazole" in _denied_treatments(rows)
