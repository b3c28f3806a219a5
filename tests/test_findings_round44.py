"""Round 44 of the findings rules (s22 issue 12; docs/findings.md section 44): a change reversed in the same
sentence, ", and this increase was attenuated by X", ", which was reversed by X"
(:meth:`ipkg.extract.reversal.Reversals.within`). Self-written sentences; mentions from the shipped lexicon. Each
positive case fails on main at c7643d2; the guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract.pairing import Item
from ipkg.extract.recall_microbiota import population_links
from ipkg.models import Concept
from tests.test_findings_round30 import _rows

IL1B = "interleukin 1 beta"
IL6 = "interleukin 6"
IL10 = "interleukin 10"


@pytest.mark.parametrize(("text", "rows"), [
    ("LPS increased IL-1beta in the hippocampus, and this increase was attenuated by minocycline.",
     {("minocycline", "decreases", IL1B, False, False)}),
    ("Chronic restraint stress increased IL-6, which was reversed by fluoxetine.",
     {("fluoxetine", "decreases", IL6, False, False)}),
    ("Chronic social defeat stress decreased IL-10, and these reductions were prevented by treatment with "
     "ketamine.",
     {("ketamine", "increases", IL10, False, False)}),
])
def test_a_change_reversed_in_the_same_sentence(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_a_reversal_denied_is_negated() -> None:
    rows = _rows("Chronic restraint stress increased IL-6, and this effect was not reversed by fluoxetine.")
    assert ("fluoxetine", "decreases", IL6, True, False) in rows


def test_an_agents_effect_abolished_is_no_change_of_the_blocker() -> None:
    """ "this effect" after a drug's own change: an antagonist's reading, not a change the blocker made."""
    rows = _rows("Fluoxetine increased IL-10 in the hippocampus, and this effect was abolished by naloxone.")
    assert not any(row[0] == "naloxone" for row in rows)


def test_a_combination_reverses_nothing_of_its_own() -> None:
    rows = _rows("LPS increased IL-6, and this increase was attenuated by co-administration of fluoxetine and "
                 "minocycline.")
    assert not any(row[0] in ("fluoxetine", "minocycline") and row[2] == IL6 for row in rows)


AXIS = "microbiota-gut-brain axis"


@pytest.mark.parametrize(("text", "rows"), [
    ("Studies have reported changes in the composition of the microbiota of patients with depression.",
     {("depressive disorder", "associatedWith", AXIS, False, False)}),
    ("Several cohorts show gut microbial changes of patients with psychotic and affective disorders.",
     {("psychotic disorder", "associatedWith", AXIS, False, False),
      ("mood disorder", "associatedWith", AXIS, False, False)}),
    ("The composition of gut microbiota in patients with anorexia nervosa was different from that of healthy "
     "people.",
     {("anorexia nervosa", "associatedWith", AXIS, False, False)}),
    ("No differences in the gut microbiota of patients with schizophrenia were found.",
     {("schizophrenia", "associatedWith", AXIS, True, False)}),
])
def test_the_microbiota_of_people_with_a_disorder(text: str, rows: set) -> None:
    assert rows <= _rows(text)


@pytest.mark.parametrize("text", [
    "Fecal microbiota transplantation regulated the disturbed gut microbiota in patients with insomnia.",
    "The gut microbiota of patients with depression was sequenced.",
    "This study aimed to explore whether the gut microbiota of patients with schizophrenia was altered.",
])
def test_no_link_without_a_change_an_intervention_before_or_in_an_aim(text: str) -> None:
    assert not any(row[2] == AXIS and row[0] in ("insomnia", "depressive disorder", "schizophrenia")
                   for row in _rows(text))


def test_a_hedge_of_another_phrase_is_not_the_links() -> None:
    rows = _rows("The other possible mechanisms of the disease were presented, as well as changes in the composition "
                 "of the microbiota of patients with depression.")
    assert ("depressive disorder", "associatedWith", AXIS, False, False) in rows


def test_a_hedge_of_the_phrase_hedges_the_link() -> None:
    rows = _rows("Recent data suggest altered gut microbiota in patients with depression.")
    assert ("depressive disorder", "associatedWith", AXIS, False, True) in rows


def test_a_reversal_reads_only_its_own_part_of_a_list_of_results() -> None:
    rows = _rows("We found that 1) LPS increased IL-6; 2) chronic restraint stress decreased IL-10 in the "
                 "hippocampus, an effect attenuated by fluoxetine treatment.")
    assert ("fluoxetine", "increases", IL10, False, False) in rows
    assert not any(row[0] == "fluoxetine" and row[2] == IL6 for row in rows)


def test_a_passive_change_with_no_agent_reversed_in_the_same_sentence() -> None:
    rows = _rows("IL-6 and IL-1beta were substantially increased in the hippocampus of stressed mice, an effect that "
                 "was reversed by minocycline.")
    assert {("minocycline", "decreases", IL6, False, False), ("minocycline", "decreases", IL1B, False, False)} <= rows


_PTSD = Concept("http://example.org/ptsd", "PTSD", "Disorder", "ipkg")
_WHERE = ("abstract", 0, 0, "", "results")


@pytest.mark.parametrize(("text", "linked"), [
    ("Studies found changes in gut microbiota composition in patients with PTSD.", True),
    ("Six studies focused on changes in gut microbiota composition in patients with PTSD.", False),
    ("We used survey data to identify alterations in gut microbiota among patients with PTSD.", False),
])
def test_what_was_looked_for_is_no_link(text: str, linked: bool) -> None:
    at = text.index("PTSD")
    assert bool(population_links(text, [Item(at, at + 4, _PTSD)], _WHERE)) is linked
