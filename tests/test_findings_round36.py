"""Round 36 of the findings rules (s18 issue 12; docs/findings.md section 36): recall on the tuning parts'
misses. Anxiety and depression tests read by their measure (:mod:`ipkg.extract.recall_behaviour_tests`); BDNF and
Iba-1 measured as the processes they stand for (:mod:`ipkg.extract.recall_markers`). Self-written sentences (one
adapted from the dev set's read half, marked); mentions from the shipped lexicon. Each positive case fails on main at
8d7b9a3; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round30 import _rows


# ------------------------------------------------------------ 1. the plus maze, the light-dark box, the NSF test
@pytest.mark.parametrize(("text", "row"), [
    ("Diazepam increased the time spent in the open arms of the elevated plus maze.",
     ("diazepam", "treats", "Anxiety", False, False)),
    ("Mice treated with diazepam spent more time in the open arms.", ("diazepam", "treats", "Anxiety", False, False)),
    ("Lipopolysaccharide decreased the percentage of entries into the open arms.",
     ("lipopolysaccharide", "hasAdverseEffect", "Anxiety", False, False)),
    ("Diazepam increased the time spent in the light compartment of the light-dark box.",
     ("diazepam", "treats", "Anxiety", False, False)),
    ("Minocycline reversed the stress-induced decrease in open arm time.",
     ("minocycline", "treats", "Anxiety", False, False)),
    ("Fluoxetine reduced the latency to feed in the novelty-suppressed feeding test.",
     ("fluoxetine", "treats", "depressive disorder", False, False)),
    ("Ketamine did not increase the number of entries into the open arms.",
     ("ketamine", "treats", "Anxiety", True, False)),
])
def test_a_change_of_a_test_measure(text: str, row: tuple) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Fluoxetine reduced the latency to feed.",  # no feeding test named: appetite, not the NSF test
    "LPS-induced decrease in open arm time was seen in mice.",  # the inducer of a compound is no subject
    "Morphine decreased food intake but increased the latency to feed in the NSF test.",  # across a clause break
])
def test_no_test_finding(text: str) -> None:
    assert not any(o in ("Anxiety", "depressive disorder") for _, _, o, *_ in _rows(text))


# ------------------------------------------------------------ 2. BDNF and Iba-1 as the processes they measure
BDNF = "brain-derived neurotrophic factor receptor signaling pathway"


@pytest.mark.parametrize(("text", "row"), [
    ("Imipramine reversed the decrease in BDNF.", ("imipramine", "increases", BDNF, False, False)),
    ("Chronic stress decreased hippocampal BDNF mRNA expression.", ("chronic stress", "decreases", BDNF, False, False)),
    ("Imipramine increased brain-derived neurotrophic factor (BDNF) levels in the hippocampus.",
     ("imipramine", "increases", BDNF, False, False)),
    ("Serum BDNF levels were lower in patients with major depression than in controls.",
     ("major depressive disorder", "associatedWith", BDNF, False, False)),
    ("Minocycline reduced the expression of Iba-1 in the hippocampus.",
     ("minocycline", "decreases", "microglial cell activation", False, False)),
])
def test_a_marker_measured_is_its_process(text: str, row: tuple) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "The BDNF Val66Met polymorphism was associated with depression.",  # a gene variant
    "Infusion of BDNF into the hippocampus reduced immobility in the forced swim test.",  # a preparation given
    "BDNF+/- mice showed depression-like behavior.",  # a knockout
    "We examined whether fluoxetine alters BDNF levels.",  # an aim
])
def test_no_marker_process(text: str) -> None:
    assert not any(BDNF in (s, o) for s, _, o, *_ in _rows(text))


def test_a_cell_count_stays_the_cells() -> None:
    rows = _rows("Minocycline reduced the number of Iba-1 positive cells.")
    assert ("minocycline", "decreases", "microglial cell", False, False) in rows
    assert not any(o == "microglial cell activation" for _, _, o, *_ in rows)


def test_a_staining_method_is_no_measure() -> None:
    # read on the dev set's read half: Iba1 names the method of a count, not an activation measured
    rows = _rows("We counted microglia in patients with schizophrenia and controls, using ionized calcium binding "
                 "adaptor molecule 1 (Iba1)\u2014immunohistochemistry.")
    assert not any(o == "microglial cell activation" for _, _, o, *_ in rows)
