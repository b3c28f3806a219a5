"""A process or marker shown "in" a disorder: the disorder is associated with it (round 21, issue 12).

"The present study may be suggestive of the immune activation in depression", "these findings provide evidence of
microglial activation in schizophrenia", "our results indicate immune activation in patients with depression":
the object of a verb of showing or an evidence noun is a target located in a disorder, no direction stated. The
disorder ``associatedWith`` the target (as "altered X in patients with Y" is, round 14). Only right after the
showing words (the target heads their object; at most an article between): "the role of inflammation in
depression" (a topic), "we examined immune activation in depression" (an aim) and "IL-6 rose in depression"
(the change words' own rule) are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .pairing import Item
from .relation_conditions import POPULATION
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES

__all__ = ["evidence_of_findings"]

_F = re.IGNORECASE
#: a verb of showing or a noun of evidence right before the target ("suggestive of the", "evidence for", "indicate")
_SHOWN = re.compile(
    r"\b(?:suggest(?:s|ed|ive\s+of)?|indicat(?:e|es|ed|ive\s+of)|demonstrat(?:e|es|ed)|show(?:s|ed|n)?|"
    r"reveal(?:s|ed)?|confirm(?:s|ed)?|evidence\s+(?:of|for)|signs?\s+of|support(?:s|ed)?)\s+"
    r"(?:(?:the|an?|that)\s+)?$", _F)
#: between the target and the disorder: "in (the)", "in patients with", "in individuals suffering from"
_IN_DISORDER = re.compile(
    rf"^\s+(?:in|among)\s+(?:(?:the\s+)?{POPULATION}\s+(?:with|suffering\s+from|diagnosed\s+with)\s+)?(?:the\s+)?$",
    _F)


def evidence_of_findings(masked: str, items: Sequence[Item], add: Callable[..., None]) -> None:
    """Call ``add(disorder, "associatedWith", target, None, lo, hi)`` for each target shown in a disorder (see the
    module docstring)."""
    for target, disorder in zip(items, items[1:]):
        if target.cls not in MODULATED_CLASSES or disorder.cls not in CONDITION_CLASSES or target.pseudo:
            continue
        if _IN_DISORDER.match(masked[target.end : disorder.start]) is None:
            continue
        shown = _SHOWN.search(masked, max(0, target.start - 40), target.start)
        if shown is not None:
            add(disorder, "associatedWith", target.concept, None, shown.start(), disorder.end)
