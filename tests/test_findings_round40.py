"""Round 40 of the findings rules (s19 issue 12; docs/findings.md section 40): recall on the read parts' misses
after an anatomy of them (``bench/findings_misses.py``). Cells named with an adjective of activation as their
activation (:mod:`ipkg.extract.recall_active_cells`); nitric oxide measured as its biosynthesis
(:mod:`ipkg.extract.recall_markers`); "densities" as a measure noun; an exposure after "during" as the setting of the
earlier agent's act (:mod:`ipkg.extract.pairing`). Self-written sentences; mentions from the shipped lexicon. Each
positive case fails on main at a61b94d; the guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract.pairing import Item
from ipkg.extract.recall_active_cells import active_cell_items
from ipkg.models import Concept
from tests.test_findings_round30 import _rows

ACTIVATION = "microglial cell activation"
NO = "nitric oxide biosynthetic process"


# ------------------------------------------------------------------------ 1. active cells as their activation
@pytest.mark.parametrize(("text", "row"), [
    ("Chronic stress increased the number of active microglia in the hippocampus.",
     ("chronic stress", "increases", ACTIVATION, False, False)),
    ("Minocycline reduced the number of activated microglia.", ("minocycline", "decreases", ACTIVATION, False, False)),
    ("Minocycline reduced reactive astrocytes in the cortex.",
     ("minocycline", "decreases", "astrocyte activation", False, False)),
    ("Minocycline reduced activated Iba1-positive microglia.", ("minocycline", "decreases", ACTIVATION, False, False)),
])
def test_a_cell_named_active_is_its_activation(text: str, row: tuple) -> None:
    assert row in _rows(text)


def test_the_cell_finding_gives_way_to_the_activation() -> None:
    rows = _rows("Chronic stress increased the number of active microglia in the hippocampus.")
    assert ("chronic stress", "increases", "microglial cell", False, False) not in rows


@pytest.mark.parametrize("text", [
    "IFN-gamma-activated macrophages produced TNF after minocycline.",  # the stimulus of an assay's compound
    "The nuclear factor of activated T cells signalling may mediate the effects of ketamine.",  # a protein's name
    "Minocycline did not change inactive microglia.",  # "inactive" is no adjective of activation
])
def test_no_activation_reading(text: str) -> None:
    assert not any(row[2].endswith("activation") for row in _rows(text))


def test_active_cell_items_widen_the_span_back_to_the_adjective() -> None:
    cell = Concept("http://purl.obolibrary.org/obo/CL_0000129", "microglial cell", "ImmuneCell")
    text = "Stress increased active microglia."
    (item,) = active_cell_items(text, [Item(24, 33, cell)])
    assert (item.start, item.end, item.concept.label) == (17, 33, ACTIVATION)


# --------------------------------------------------------------------- 2. nitric oxide measured, its biosynthesis
@pytest.mark.parametrize(("text", "row"), [
    ("Chronic stress induced elevated nitric oxide (NO) levels in the hippocampus.",
     ("chronic stress", "increases", NO, False, False)),
    ("Chronic stress caused an elevation of NO in the hippocampus.", ("chronic stress", "increases", NO, False, False)),
    ("Minocycline lowered NO levels in the serum.", ("minocycline", "decreases", NO, False, False)),
])
def test_nitric_oxide_measured_is_its_biosynthesis(text: str, row: tuple) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Minocycline inhibited NO synthase in the cortex.",  # the enzyme, not the gas measured
    "Sodium nitroprusside, an NO donor, was given to mice.",  # a donor given
    "Chronic stress did NOT change the levels in mice.",  # "NOT" in capitals is no nitric oxide
])
def test_no_nitric_oxide_reading(text: str) -> None:
    assert not any(row[2] == NO for row in _rows(text))


# ---------------------------------------------------------------------------------- 3. densities as a measure
def test_densities_are_a_measure_noun() -> None:
    assert ("depressive disorder", "associatedWith", "microglial cell", False, False) in _rows(
        "We found higher densities of microglia in depression.")


# --------------------------------------------------------------------- 4. the exposure an agent acted during
def test_an_exposure_after_during_is_the_setting_of_the_earlier_agent() -> None:
    rows = _rows("Minocycline given during chronic stress reduced IL-6 levels.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows
    assert not any(row[0] == "chronic stress" for row in rows)


def test_an_agent_by_which_an_inhibition_was_made_during_an_exposure() -> None:
    rows = _rows("The inhibition of NO synthesis by minocycline during chronic stress exposure decreased the number "
                 "of active microglia in the hippocampus.")
    assert ("minocycline", "decreases", ACTIVATION, False, False) in rows
    assert not any(row[0] == "chronic stress" for row in rows)


def test_a_state_induced_during_the_other_agent_stays_its_inducers() -> None:
    rows = _rows("The effect of vitamin C during methionine induced hyperhomocysteinaemia was studied in rats.")
    assert ("Methionine", "hasAdverseEffect", "hyperhomocysteinemia", False, False) in rows


def test_a_change_seen_during_an_exposure_is_still_the_exposures() -> None:
    assert ("chronic stress", "increases", "interleukin 6", False, False) in _rows(
        "IL-6 levels rose during chronic stress.")


# ----------------------------------------------------- 5. a short form after a systematic name takes its class
def test_the_class_before_a_systematic_name_is_the_short_forms() -> None:
    rows = _rows("Mice received the 5-HT1A receptor antagonist "
                 "N-[2-[4-(2-methoxyphenyl)-1-piperazinyl]ethyl]-N-2-pyridinylcyclohexanecarboxamide (WAY100635).")
    assert ("WAY-100635 maleate", "decreases", "serotonin receptor signaling pathway", False, False) in rows


# ------------------------------------------------------ 6. an effect an antagonist blocks: the agent's path
AMPA = "AMPA selective glutamate receptor signaling pathway"


@pytest.mark.parametrize(("text", "row"), [
    ("The antidepressant effects of ketamine were prevented by pretreatment with the AMPA receptor antagonist NBQX.",
     ("ketamine", "actsThrough", AMPA, False, False)),
    ("The antidepressant effects of ketamine were prevented by pretreatment with an AMPA receptor antagonist.",
     ("ketamine", "actsThrough", AMPA, False, False)),
    ("The anxiolytic effect of fluoxetine was blocked by WAY100635, a 5-HT1A receptor antagonist.",
     ("fluoxetine", "actsThrough", "serotonin receptor signaling pathway", False, False)),
    ("The effects of ketamine may be prevented by the AMPA receptor antagonist NBQX.",
     ("ketamine", "actsThrough", AMPA, False, True)),
])
def test_an_effect_blocked_by_an_antagonist(text: str, row: tuple) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "The effect of ketamine was not blocked by the AMPA receptor antagonist NBQX.",  # a denial
    "The effects of ketamine were blocked by the 5-HT1A agonist buspirone.",  # an agonist's target
    "The effect of ketamine was reduced in mice; but NBQX, an AMPA receptor antagonist, was given later.",  # no "by"
    "Ketamine was given, and its effects were blocked by stress; the AMPA receptor antagonist NBQX was inactive.",
])
def test_no_blocked_effect_reading(text: str) -> None:
    assert not any(row[0] == "ketamine" and row[1] == "actsThrough" for row in _rows(text))


# --------------------------------------------------------- 7. a list of cells, each with its marker and "cells"
def test_a_list_of_marked_cells_after_activation_of() -> None:
    rows = _rows("Minocycline suppressed the activation of Iba1 positive microglia cells and GFAP positive astrocytes "
                 "cells in the hippocampus.")
    assert {("minocycline", "decreases", ACTIVATION, False, False),
            ("minocycline", "decreases", "astrocyte activation", False, False)} <= rows


def test_cells_between_two_cytokines_of_two_places_make_no_list() -> None:
    assert ("minocycline", "decreases", "tumor necrosis factor", False, False) not in _rows(
        "Minocycline reduced IL-6 in cells and TNF in serum.")
