"""Round 44 of the findings rules (s22 issue 12; docs/findings.md section 44): a change reversed in the same
sentence, ", and this increase was attenuated by X", ", which was reversed by X"
(:meth:`ipkg.extract.reversal.Reversals.within`). Self-written sentences; mentions from the shipped lexicon. Each
positive case fails on main at c7643d2; the guards pass on both.
"""

from __future__ import annotations

import pytest

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
