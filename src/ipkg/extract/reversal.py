"""Reversal of changes an earlier sentence reported (s6 issue 12).

"We found that ECS promoted the release of IL-1β and TNF-α ... However, ketamine reversed these ECS-induced
molecular changes." The second sentence names no marker. It says that ketamine undid what the inducer (ECS) did
to the markers the abstract reported before: ketamine ``decreases`` IL-1β and TNF-α. A verb of reversal
(reversed, attenuated, prevented, normalised, abolished, blocked, counteracted, restored) acting on "these / the
<inducer>-induced ... changes / alterations / effects / abnormalities" gives the sentence's intervention the
opposite of each asserted change the inducer made earlier in the abstract. The inducer must be named in the
compound: without it, "these changes" could be anyone's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Concept, Finding
from .negation import MASK, is_hedged, is_negated, mask_spans
from .pairing import CLAUSE_BREAK, COMPOUND, Item

__all__ = ["Reversals"]

_REVERSED = re.compile(
    rf"\b(?:revers|attenuat|prevent|normali[sz]|abolish|block|counteract|restor|rescu)\w*\s+(?:all\s+)?"
    rf"(?:these|those|the|such)\s+(?P<inducer>{MASK}+)-(?:induced|evoked|mediated|related)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:changes|alterations|effects|abnormalities|disturbances|deficits)\b",
    re.IGNORECASE,
)
_OPPOSITE = {"increases": ("decreases", "decrease"), "decreases": ("increases", "increase")}


class Reversals:
    """The asserted changes each intervention made so far in one passage, and the reversals of them."""

    def __init__(self) -> None:
        #: inducer IRI -> target IRI -> (target, predicate of the change)
        self.changed: dict[str, dict[str, tuple[Concept, str]]] = {}

    def record(self, findings: Sequence[Finding]) -> None:
        """Remember the asserted increases and decreases of ``findings`` (one sentence's)."""
        for f in findings:
            if f.predicate in _OPPOSITE and f.obj is not None and not f.negated and not f.hedged:
                self.changed.setdefault(f.subject.iri, {})[f.obj.iri] = (f.obj, f.predicate)

    def findings(self, text: str, items: Sequence[Item], where: tuple[str, int, int, str, str]) -> list[Finding]:
        """The reversals the sentence ``text`` (with its ``items``) states of earlier changes."""
        if not self.changed or "-" not in text:
            return []
        masked = mask_spans(text, [(item.start, item.end) for item in items])
        passage, start, end, evidence, role = where
        out: list[Finding] = []
        for match in _REVERSED.finditer(masked):
            inducer = next((i for i in items if i.end == match.end("inducer") and i.cls == "Intervention"), None)
            if inducer is None or inducer.concept.iri not in self.changed:
                continue
            before = [i for i in items if i.end <= match.start() and i.cls == "Intervention" and not i.modifier
                      and not COMPOUND.match(masked, i.end)]
            if not before or CLAUSE_BREAK.search(masked, before[-1].end, match.start()):
                continue
            subject = before[-1]
            if subject.concept.iri == inducer.concept.iri:
                continue
            negated = is_negated(masked, [(match.start(), match.end())])
            hedged = is_hedged(masked, subject.start, match.end())
            for target, predicate in self.changed[inducer.concept.iri].values():
                opposite, direction = _OPPOSITE[predicate]
                out.append(Finding(subject=subject.concept, predicate=opposite, obj=target, evidence=evidence,
                                   passage=passage, start=start, end=end, negated=negated, hedged=hedged,
                                   direction=direction, role=role))
        return out
