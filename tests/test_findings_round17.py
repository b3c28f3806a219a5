"""Round 17 of the findings rules (s12 issue 12; docs/findings.md section 17): causes of wrong findings that recur
across the fresh samples A, B and C (tests/data/findings/fresh-s11/), each narrowing a rule that misfired, fitted
on those samples only (sample D judged the change). Self-written sentences in the wording of animal, clinical and
review abstracts; mentions from the shipped lexicon.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round10 import _rows


# ---------------------------------------------------------------- the direction a lowering noun or adjective names
@pytest.mark.parametrize("text, expected", [
    # an effect whose direction the word before it names
    ("Cocaine had a potent suppressive effect on cellular immunity in mice.",
     ("cocaine", "decreases", "leukocyte mediated immunity")),
    ("Minocycline had an inhibitory effect on microglial activation in the hippocampus.",
     ("minocycline", "decreases", "microglial cell activation")),
    # a lowering verb acting on the influence of the object
    ("Probiotics reduced the influence of chronic inflammation on mood in these patients.",
     ("Probiotics", "decreases", "inflammatory response")),
    # an impairment caused or induced: a lowering, whatever the cause verb
    ("Chronic ethanol induced a marked impairment of natural killer cell activity.",
     ("ethanol", "decreases", "natural killer cell mediated cytotoxicity")),
    ("Fluoxetine impaired T cell proliferation in vitro.", ("fluoxetine", "decreases", "T cell proliferation")),
])
def test_a_named_lowering_decides_the_direction(text: str, expected: tuple[str, str, str]) -> None:
    rows = {(s, p, o) for s, p, o, _, _ in _rows(text)}
    assert expected in rows
    assert not any(s == expected[0] and o == expected[2] and p != expected[1] for s, p, o in rows)


@pytest.mark.parametrize("text", [
    "Ketamine restored impaired T cell proliferation in stressed mice.",
    "Ketamine improved impaired T cell proliferation in stressed mice.",
    "Ketamine reversed the impaired T cell proliferation in stressed mice.",
    "Ketamine improved the impairment of T cell proliferation in stressed mice.",
    "Ketamine normalized the impairment of T cell proliferation in stressed mice.",
])
def test_undoing_an_impairment_raises(text: str) -> None:
    rows = {(s, p, o) for s, p, o, _, _ in _rows(text)}
    assert ("ketamine", "increases", "T cell proliferation") in rows
    assert ("ketamine", "decreases", "T cell proliferation") not in rows


def test_an_effect_without_a_direction_still_modulates() -> None:
    rows = {(s, p, o) for s, p, o, _, _ in _rows("Ketamine had an effect on IL-6 levels in depressed patients.")}
    assert ("ketamine", "modulates", "interleukin 6") in rows
    rows = {(s, p, o) for s, p, o, _, _ in _rows("Ketamine had a marked effect on IL-6 levels in these patients.")}
    assert ("ketamine", "modulates", "interleukin 6") in rows


# ---------------------------------------------------------------- the stimulus of an assay acts on no cell
def test_the_stimulus_of_an_assay_changes_no_cell() -> None:
    rows = _rows("Lithium did not further enhance thymidine uptake by mitogen-stimulated lymphocytes of treated rats.")
    assert not any(r[0] == "Mitogens" and r[2] == "lymphocyte" for r in rows)
    rows = _rows("Fluoxetine reduced the phagocytosis of LPS-activated macrophages in depressed mice.")
    assert not any(r[0] == "lipopolysaccharide" and r[2] == "macrophage" for r in rows)
    # the same intervention acting on cells with a verb of its own keeps its finding
    rows = _rows("LPS increased the number of macrophages in the spleen of depressed mice.")
    assert ("lipopolysaccharide", "increases", "macrophage", False, False) in rows
