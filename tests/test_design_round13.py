"""Design rules, round 13 (session 16): the "Mendelian randomization" guard of round 12b reads any whitespace
between the two words (a line break, a tab, a no-break space, two spaces), not only one space; a trial's own
randomisation still answers. The sentences were written for this test."""

from __future__ import annotations

import pytest

from ipkg.cues import fold
from ipkg.extract.annotate import annotate
from ipkg.extract.design_rules import QUESTIONS, ask
from ipkg.models import Document


def _randomised(text: str) -> bool:
    view = fold(text)
    return any(cue.search(view) for cue in QUESTIONS["randomised"])


@pytest.mark.parametrize("space", [" ", "  ", "\t", "\n", "\u00a0", " \u00a0 "])
def test_mendelian_randomization_is_no_allocation_whatever_the_space(space: str) -> None:
    assert not _randomised(f"We used two-sample Mendelian{space}randomization to test whether CRP causes depression.")
    assert not _randomised(f"A Mendelian{space}randomisation study of interleukin-6 and schizophrenia.")


def test_the_guard_holds_through_ask() -> None:
    """The rules' one-pass scan (windows around the cue's literals) reads the same guard."""
    doc = Document("a.txt", "Interleukin-6 and depression", "We applied Mendelian\u00a0randomization to GWAS data.")
    assert not ask(annotate(doc)).has("randomised")


def test_a_trials_randomisation_still_answers() -> None:
    assert _randomised("After  randomization, 40 patients received celecoxib and 40 placebo.")
    assert _randomised("Unlike Mendelian studies, this trial used randomization by a computer.")
    doc = Document("b.txt", "Minocycline in depression", "After randomization, 40 patients received minocycline.")
    assert ask(annotate(doc)).has("randomised")
