"""Round 50 of the findings rules (s23 issue 12; docs/findings.md section 50): a change named with its inducer after
it and reversed by a passive in the same sentence, "the increase in IL-6 induced by LPS was prevented by X"
(:meth:`ipkg.extract.reversal.Reversals.within`), and "the decrease in Y induced by X" read as X lowering Y
(:func:`ipkg.extract.relation_modulation.modulation`). Self-written sentences; mentions from the shipped lexicon.
Each positive case fails on main at b1c75e9; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.test_findings_round30 import _rows

IL6 = "interleukin 6"
IL10 = "interleukin 10"
TNF = "tumor necrosis factor"
LPS = "lipopolysaccharide"


@pytest.mark.parametrize(("text", "rows"), [
    ("The increase in IL-6 induced by LPS was prevented by minocycline.",
     {("minocycline", "decreases", IL6, False, False)}),
    ("The increase in IL-6 and TNF-alpha induced by LPS in the hippocampus was significantly attenuated by "
     "pretreatment with minocycline.",
     {("minocycline", "decreases", IL6, False, False), ("minocycline", "decreases", TNF, False, False)}),
    ("Microglial activation induced by LPS was attenuated by minocycline.",
     {("minocycline", "decreases", "microglial cell activation", False, False)}),
    ("The decrease in IL-10 induced by LPS was reversed by fluoxetine.",
     {("fluoxetine", "increases", IL10, False, False)}),
    ("Insulin resistance caused by a high-fat diet was reversed by rosiglitazone.",
     {("rosiglitazone", "treats", "Insulin Resistance", False, False)}),
])
def test_a_change_named_with_its_inducer_and_reversed_by_a_passive(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_the_reversal_denied_is_negated() -> None:
    rows = _rows("The increase in IL-6 induced by LPS was not prevented by minocycline.")
    assert ("minocycline", "decreases", IL6, True, False) in rows


def test_the_reversal_suggested_is_hedged() -> None:
    rows = _rows("Our data suggest that insulin resistance caused by a high-fat diet can be reversed by "
                 "rosiglitazone.")
    assert ("rosiglitazone", "treats", "Insulin Resistance", False, True) in rows


def test_a_decrease_named_before_its_inducer_is_the_inducers_decrease() -> None:
    """ "induced by" after "the decrease in Y" says what caused the decrease: X lowers Y (it was read as a rise)."""
    rows = _rows("The decrease in IL-10 induced by LPS was reversed by fluoxetine.")
    assert (LPS, "decreases", IL10, False, False) in rows
    assert (LPS, "increases", IL10, False, False) not in rows


def test_an_effect_with_no_target_named_reverses_nothing() -> None:
    """ "The effects induced by X were blocked by Z": an antagonist's reading, no change of Z's own."""
    rows = _rows("The effects induced by ketamine were blocked by rapamycin.")
    assert not any(row[0] == "sirolimus" for row in rows)


def test_a_target_of_an_earlier_clause_is_not_reversed() -> None:
    """Only the noun phrase before "induced by" in the clause's own part of the sentence."""
    rows = _rows("LPS increased TNF-alpha; the increase in IL-6 induced by LPS was prevented by minocycline.")
    assert ("minocycline", "decreases", IL6, False, False) in rows
    assert not any(row[0] == "minocycline" and row[2] == TNF for row in rows)


CANONICAL_NFKB = "canonical NF-kappaB signal transduction"


@pytest.mark.parametrize("text", [
    "Resveratrol attenuated LPS-induced depressive-like behavior by inhibiting the NF-kappaB pathway.",
    "Resveratrol attenuated LPS-induced depressive-like behavior via inhibition of the NF-kappaB pathway.",
    "Resveratrol reduced LPS-induced IL-6 production by inhibiting NF-kappaB activation.",
])
def test_the_means_after_an_inducers_compound_is_the_clause_subjects(text: str) -> None:
    """ "X attenuated LPS-induced Y by inhibiting Z": the compound's inducer is no rival subject of the means."""
    rows = _rows(text)
    assert {("resveratrol", "decreases", CANONICAL_NFKB, False, False),
            ("resveratrol", "actsThrough", CANONICAL_NFKB, False, False)} <= rows
    assert not any(row[0] == LPS and row[2] == CANONICAL_NFKB for row in rows)


def test_a_verb_after_the_means_stays_with_its_own_subject() -> None:
    """The inducer's own compound relation is kept."""
    rows = _rows("Resveratrol attenuated LPS-induced depressive-like behavior by inhibiting the NF-kappaB pathway.")
    assert (LPS, "hasAdverseEffect", "depressive disorder", False, False) in rows


def test_a_harm_named_with_its_inducer_is_treated_though_no_reader_stated_it() -> None:
    """ "Amnesia produced by X and Y were reversed by Z": the harm is the inducers' whether or not a reader said so."""
    rows = _rows("Amnesia produced by scopolamine and cycloheximide were reversed by morphine given 30 min before the "
                 "test trial.")
    assert ("morphine", "treats", "Amnesia", False, False) in rows


def test_an_impaired_process_induced_by_an_agent_is_lowered_by_it() -> None:
    rows = _rows("The disrupted prepulse inhibition induced by amphetamine was restored by clozapine.")
    assert {("amphetamine", "decreases", "prepulse inhibition", False, False),
            ("clozapine", "increases", "prepulse inhibition", False, False)} <= rows


def test_a_clause_after_the_inducer_is_no_setting() -> None:
    """ "Y, induced by A, causes a state which is reversed by X": the state is reversed, not Y."""
    rows = _rows("A lesion modelling Parkinson's disease, induced by LPS, causes a state which is reversed by chronic "
                 "treatment with pramipexole.")
    assert not any(row[0] == "pramipexole" and row[2] == "Parkinson disease" for row in rows)
