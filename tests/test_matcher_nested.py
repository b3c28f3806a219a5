"""Nested cytokine and cell spans (IL-6 inside "IL-6 signaling") are found by bisection over the kept spans; the
result equals the plain scan over every kept span, which was quadratic in a long record."""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.ground.matcher import NESTABLE, Grounder
from tests.constants import SEEDS


def _nested_by_scan(self: Grounder, candidates: list, kept: list) -> list:  # type: ignore[type-arg]
    out = []
    table = self.index.table
    for cand in candidates:
        i, j, raw, abbreviation = cand[0], -cand[1], cand[4], cand[5]
        cls = table[raw[0]].cls
        if cls not in NESTABLE or abbreviation:
            continue
        for ki, negative_kj, _, _, kraw, _ in kept:
            kj = -negative_kj
            if ki <= i and j <= kj and (ki, kj) != (i, j):
                if table[kraw[0]].cls != cls and not (out and out[-1][0] == i):  # one per start (round 19k)
                    out.append(cand)
                break
    return out


TEXTS = [
    "IL-6 signaling and TNF-alpha production rose; T cell activation and IL-1beta secretion fell.",
    "Interleukin-6 receptor blockade with tocilizumab reduced IL-6 levels in macrophage cultures.",
    "Regulatory T cell expansion by low-dose IL-2 therapy in depression.",
    *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))),
]


@pytest.mark.parametrize("text", TEXTS)
def test_bisection_equals_the_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    grounder = get_grounder()
    fast = grounder.find(text)
    monkeypatch.setattr(Grounder, "_nested", _nested_by_scan)
    assert grounder.find(text) == fast
