"""Issue 13, round 10 (session 8): kinds of error read off the grounding check set's ``check-read`` half, fixed by
general rules. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from tests.test_grounding_round3 import labels

# --- 1. "depression" of a function or a measured quantity is a lowering, not the mood disorder -----------------


@pytest.mark.parametrize("text", [
    "Burn injury caused a marked depression of splenic immune function in rats.",
    "The lesion produced a profound depression in cell-mediated immunity.",
    "Morphine caused a significant depression of the serum antibody titre.",
    "Ageing led to a depression of the phagocytic capacity of Kupffer cells.",
    "The toxin caused a depression of natural killer cell cytotoxicity.",
    "The opener produced a depression of spontaneous calcium events in smooth muscle.",
    "Endotoxin caused respiratory depression and myocardial depression in dogs.",
])
def test_depression_of_a_function_is_no_disorder(grounder: Grounder, text: str) -> None:
    assert "depressive disorder" not in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", [
    "Depression in patients with multiple sclerosis is common.",
    "Depression of the elderly is under-treated.",
    "Interleukin-6 levels were raised in depression.",
    "Depression levels fell after the intervention.",
    "Inflammation may cause depression in rats exposed to LPS.",
])
def test_depression_of_people_is_the_disorder(grounder: Grounder, text: str) -> None:
    assert "depressive disorder" in labels(grounder, text, "Disorder")
