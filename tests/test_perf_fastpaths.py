"""Speed work on extraction: every fast path gives what the plain code it short-cuts gives."""

from __future__ import annotations

from ipkg.extract import annotate
from tests.constants import SEEDS
from tests.test_perf_cues import TRICKY, _texts

#: one sentence per branch of the aim pattern, and near misses
AIMS = [
    "We aimed to test X.", "This study sought to find Y.", "The present study hypothesized that Z.",
    "this paper set out to", "the study intends to", "Our aims were to", "The purpose of this study was",
    "The objective was", "the goal is", "We investigated whether IL-6 rose.", "We examined the effect of X.",
    "We compared how X", "to determine if X", "we test whether", "To assess whether", "we evaluate if",
    "Patients aimed high.", "The goals", "significant", "We found", "This study aims", "we purport",
]


def test_aim_gate_is_the_pattern() -> None:
    texts = AIMS + TRICKY + _texts(SEEDS, 3000)
    hits = 0
    for text in texts:
        lower = text.lower()
        expected = annotate._AIM.search(lower) is not None
        assert annotate._states_aim(lower) == expected, text
        hits += expected
    assert hits >= 15  # the branches above are found, not only skipped
