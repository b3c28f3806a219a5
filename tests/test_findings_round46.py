"""Round 46 (issue 12): a harm of the control group or of an arm named before the harm is not the drug's; a cognitive
state improved in a disorder's patients treats cognition, not the disorder.

Self-written sentences and short abstracts in the style of the Cohen 2006 psychiatric drug trials, each rule with
its near misses."""

from __future__ import annotations

import pytest

from ipkg.extract.cognition_population import cognition_of_population

from tests.test_findings_round43 import _findings
from tests.test_findings_round45 import _harms, _treats

_TITLE = "Olanzapine versus conventional antipsychotics in schizophrenia: an observational study."
_DESIGN = ("Outpatients with schizophrenia were treated with olanzapine (olanzapine group) or with other "
           "antipsychotic drugs (control group) for 6 months. ")


def test_a_harm_of_the_control_group_is_not_the_drugs() -> None:
    found = _findings(_TITLE, _DESIGN + "Somnolence and weight gain were significantly more frequent in the olanzapine "
                      "group, and akathisia, dystonia and tremor were significantly higher in the control group.")
    harms = _harms(found, "olanzapine")
    assert not {h for h in harms if "tremor" in h.lower() or "dystonia" in h.lower()}, found
    assert {h for h in harms if "weight gain" in h.lower()}, found


def test_a_harm_lower_in_the_control_group_stays_the_drugs() -> None:
    found = _findings(_TITLE, _DESIGN + "Tremor was significantly lower in the control group.")
    assert {h for h in _harms(found, "olanzapine") if "tremor" in h.lower()}, found


def test_a_harm_higher_than_in_the_control_group_stays_the_drugs() -> None:
    found = _findings(_TITLE, _DESIGN + "Olanzapine produced tremor more often than in the control group.")
    assert {h for h in _harms(found, "olanzapine") if "tremor" in h.lower()}, found


_SEDATION = ("Clonidine versus midazolam for premedication in children.",
             "Children were randomized to oral clonidine or midazolam before surgery. ")


def test_a_harm_after_another_arm_named_before_it_is_not_the_drugs() -> None:
    found = _findings(_SEDATION[0], _SEDATION[1] + "Clonidine produced better sedation. Furthermore, in the midazolam "
                      "group there was a significantly higher cumulative duration of tachycardia.")
    assert not {h for h in _harms(found, "clonidine") if "tachycardia" in h.lower()}, found


def test_a_harm_after_the_drugs_own_arm_stays() -> None:
    found = _findings(_SEDATION[0], _SEDATION[1] + "In the clonidine group there was a significantly higher "
                      "cumulative duration of bradycardia than in the midazolam group.")
    assert {h for h in _harms(found, "clonidine") if "bradycardia" in h.lower()}, found


@pytest.mark.parametrize("sentence", [
    "Recent research has reported that olanzapine improves cognitive functioning in relapsing schizophrenia.",
    "Olanzapine showed cognitive enhancing effects in patients with schizophrenia.",
])
def test_cognition_improved_in_the_disorders_patients_treats_no_disorder(sentence: str) -> None:
    found = _findings("Olanzapine and cognition.", "Cognitive deficits are common in chronic illness. " + sentence)
    assert not _treats(found, "olanzapine", "schizophrenia"), found


def test_cognition_and_symptoms_improved_keep_the_treatment() -> None:
    found = _findings("Olanzapine in schizophrenia.", "Olanzapine improved cognitive function and psychotic symptoms "
                      "in patients with schizophrenia.")
    assert _treats(found, "olanzapine", "schizophrenia"), found


def test_a_dementias_cognition_is_the_dementias() -> None:
    assert cognition_of_population("Donepezil improved cognitive function in patients with Alzheimer's disease.", 56)
    found = _findings("Donepezil in Alzheimer's disease.",
                      "Donepezil improved cognitive function in patients with Alzheimer's disease.")
    assert _treats(found, "donepezil", "lzheimer"), found
