"""The design questions' one-pass scan (automaton + windows) finds exactly what a full scan of each pattern finds."""

from __future__ import annotations

import pytest

from ipkg.extract.cues import fold
from ipkg.extract.design_rules import _CUES, _matches
from ipkg.pipeline import iter_documents
from tests.constants import DEV_RAW, SEEDS

TRICKY = [
    "İstanbul patients ıl ſ 12 weeks of placebo",
    "Forty inpatients and 12 women were randomized; a 45-year-old man was admitted. We searched PubMed.",
    "Cultured rat hippocampal neurons; whole-cell patch-clamp; mice (C57BL/6J) in the forced swim test.",
    "were we week between: men, women; treatment; ratio rate rat. This review is summarized here.",
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
