"""A ratio of two targets changed: neither target's own direction is stated (round 13, s10 issue 12).

"Olfactory bulbectomy decreased the ratio of suppressor T cells to T helper cells", "X increased the Treg/Th17
ratio": a ratio that falls may do so because its numerator fell or because its denominator rose, so the sentence
says which way neither moved. The t2 adjudication records such a change as ``modulates`` of each of the two
(no direction). :func:`ratio_findings` rewrites the increases / decreases a sentence's rules gave to a member of a
ratio into ``modulates`` and gives the other member the same finding.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..models import Finding
from .pairing import Item
from .relation_context import _F, MODULATED_CLASSES

__all__ = ["ratio_findings"]

#: "the ratio of A to B", "the A-to-B ratio", "the A/B ratio", "the ratio between A and B" (A, B masked mentions
#: with up to three words of their own: "Lyt2-positive suppressor T cells")
_RATIO = re.compile(
    r"\bratios?\s+(?:of|between)\s+(?:the\s+)?(?P<a>(?:[\w-]+\s+){0,3}?§+)(?:\s+[\w-]+){0,1}?\s+(?:to|and|versus|vs\.?|"
    r"over)\s+(?:the\s+)?(?P<b>(?:[\w-]+\s+){0,3}?§+)|"
    r"(?P<c>§+)\s*(?:/|-to-|:)\s*(?P<d>§+)\s+ratios?\b",
    _F,
)


def _member(items: Sequence[Item], start: int, end: int) -> Item | None:
    """The target item that ends the span ``start``-``end`` (the member of the ratio)."""
    return next((i for i in items if start <= i.start and i.end == end and i.cls in MODULATED_CLASSES), None)


def ratio_findings(masked: str, items: Sequence[Item], stated: list[tuple[int, Finding]]
                   ) -> list[tuple[int, Finding]]:
    """``stated`` (a sentence's ``(distance, finding)``) with each increase or decrease of a ratio's member made a
    ``modulates`` of both members (see the module docstring)."""
    if not stated or "ratio" not in masked and "Ratio" not in masked and "RATIO" not in masked:
        return stated
    pairs = []
    for found in _RATIO.finditer(masked):
        a, b = ("a", "b") if found.group("a") else ("c", "d")
        first, second = _member(items, *found.span(a)), _member(items, *found.span(b))
        if first is not None and second is not None:
            pairs.append((first.concept, second.concept))
    if not pairs:
        return stated
    out: list[tuple[int, Finding]] = []
    seen: set[tuple[str, str, bool, bool]] = set()
    for distance, finding in stated:
        members = next(((x, y) for x, y in pairs if finding.obj in (x, y)), None)
        if members is None or finding.predicate not in ("increases", "decreases"):
            out.append((distance, finding))
            continue
        for member in members:
            key = (finding.subject.iri, member.iri, finding.negated, finding.hedged)
            if key not in seen:
                seen.add(key)
                out.append((distance, dataclasses.replace(finding, predicate="modulates", obj=member,
                                                          direction=None)))
    return out
