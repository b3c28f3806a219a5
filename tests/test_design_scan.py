"""The design questions' one-pass scan (automaton + windows) finds exactly what a full scan of each pattern finds."""

from __future__ import annotations

import pytest

from ipkg.cues import fold
from ipkg.extract.design_rules import _CUES, _matches
from ipkg.pipeline import iter_documents
from tests.constants import DEV_RAW, SEEDS

TRICKY = [
    "İstanbul patients ıl ſ 12 weeks of placebo",
    "Forty inpatients and 12 women were randomized; a 45-year-old man was admitted. We searched PubMed.",
    "Cultured rat hippocampal neurons; whole-cell patch-clamp; mice (C57BL/6J) in the forced swim test.",
    "were we week between: men, women; treatment; ratio rate rat. This review is summarized here.",
    # a lookahead just past a literal, far from any other literal (the narrowed windows of bounded cues)
    "alpha " * 30 + "monkey kidney cells and hamster ovary cells; " + "beta " * 30 + "monkeys. " + "gamma " * 30,
    "zeta " * 40 + "chronic unpredictable mild stress in sprague-dawley rats, a case-control cohort",
    "",
]


def _full(text: str) -> list[tuple[str, int, int]]:
    return sorted((name, m.start(), m.end()) for name, cue in _CUES for m in cue.pattern.finditer(text))


def _texts() -> list[str]:
    texts = list(TRICKY)
    for folder in (SEEDS, DEV_RAW):
        if folder.is_dir():
            texts += [f"{doc.title}\n{doc.abstract}" for doc in iter_documents([str(folder)])]
    return texts


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30])
def test_windowed_scan_equals_full_scan(text: str) -> None:
    assert sorted(_matches(fold(text))) == _full(text)


def test_bounded_cues_read_no_further_than_their_window() -> None:
    """A cue whose pattern is bounded scans only its reach either side of a literal; the others keep 100."""
    from ipkg.extract.design_gate import reach
    from ipkg.extract.design_rules import _WINDOW, _WINDOWS

    animal = next(number for number, (name, _) in enumerate(_CUES) if name == "animal")
    assert _WINDOWS[animal] == reach(_CUES[animal][1].folded) + 1 < _WINDOW
    assert all(w == _WINDOW for w, (_, cue) in zip(_WINDOWS, _CUES) if reach(cue.folded or cue.pattern) is None)
