"""Relations a construction states with no verb of change between the two mentions (round 27, issue 12).

The pair readers of :mod:`ipkg.extract.relations` type a pair by a trigger word between or around its two mentions.
Two wordings of a relation carry it in a construction those readers do not know (docs/findings.md section 27):

* **an agent hyphenated to "-mediated"** names what the agent brings about, as "-induced" does: "LPS-mediated
  microglial activation", "LPS-mediated hippocampal neuroinflammation": the agent ``increases`` the cell, cytokine
  or process (with a change noun between, "dexamethasone-mediated suppression of IL-6", and with a disorder,
  "gentamicin-mediated nephropathy", the pair readers read it already). Only an intervention or an exposure is read
  as the agent: "TLR4-mediated signalling" and "microglia-mediated synaptic loss" name a mechanism, not a cause;
* **a change that occurs in the course of a disorder**: "gut inflammation occurs early during the course of
  schizophrenia", "microglial activation is present early in the course of the illness in patients with Y": the
  disorder is ``associatedWith`` the cell, cytokine or process ("Y was accompanied by A" and "A accompanies Y" the
  pair readers read already).

Both are read between two adjacent items with nothing but the construction's words between them, so a clause
break or a third mention stops them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cues import Folded
from ..models import Finding
from .finding_polarity import Where, make_finding, relation_flags
from .negation import MASK
from .pairing import Item
from .relation_context import MODULATED_CLASSES, RelationMatch

__all__ = ["construction_findings"]

_F = re.IGNORECASE
#: an adjective of place or kind that may stand before the object: "LPS-mediated hippocampal §"
_ADJECTIVES = r"(?:(?:[a-z]+(?:al|ic|ar|ous|ive|ory)|significant|marked|robust|early|persistent)\s+){0,2}"
#: right after an intervention: "-mediated", (adjectives and) the object's start
_MEDIATED = re.compile(rf"-mediated\s+{_ADJECTIVES}(?={MASK})", _F)
#: between a change and the disorder in whose course it occurs: "§ occurs (early) during the course of §", "§ is
#: present early in the course of §", "§ appeared late in the course of §"
_IN_COURSE_OF = re.compile(
    r"^\s+(?:(?:is|are|was|were)\s+present|occur(?:s|red)?|appear(?:s|ed)?|develop(?:s|ed)?)\s+"
    r"(?:(?:\w+ly|early|late|already|even)\s+){0,2}(?:in|during)\s+the\s+(?:early\s+|late\s+)?course\s+of\s+"
    r"(?:the\s+)?(?:illness\s+in\s+)?(?:patients\s+with\s+)?$",
    _F,
)


def _mediated(masked: str, items: Sequence[Item], where: Where) -> list[Finding]:
    """An intervention hyphenated to "-mediated" and the item right after the construction."""
    out: list[Finding] = []
    starts = {i.start: i for i in items}
    for subject in items:
        if subject.cls != "Intervention" or subject.pseudo or subject.modifier:
            continue
        found = _MEDIATED.match(masked, subject.end)
        obj = starts.get(found.end()) if found is not None else None
        if found is None or obj is None or obj.concept.iri == subject.concept.iri:
            continue
        if obj.cls not in MODULATED_CLASSES:
            continue  # a change noun between ("-mediated suppression of") and a disorder the pair readers read
        match = RelationMatch("increases", "increase", (subject.end, subject.end + len("-mediated")))
        flags = relation_flags(masked, match, [(subject.start, subject.end), (obj.start, obj.end)],
                               (obj.start, obj.end))
        out.append(make_finding(subject.concept, match, obj.concept, flags, where))
    return out


def _in_course_of(masked: str, items: Sequence[Item], where: Where) -> list[Finding]:
    """A cell, cytokine or process and the disorder in whose course it occurs, adjacent items of the sentence."""
    out: list[Finding] = []
    for marker, disorder in zip(items, items[1:]):
        if marker.cls not in MODULATED_CLASSES or disorder.cls != "Disorder" or marker.pseudo or disorder.pseudo:
            continue
        if _IN_COURSE_OF.match(masked[marker.end : disorder.start]) is None:
            continue
        match = RelationMatch("associatedWith", None, (marker.end, disorder.start))
        flags = relation_flags(masked, match, [(disorder.start, disorder.end), (marker.start, marker.end)],
                               (marker.start, marker.end))
        out.append(make_finding(disorder.concept, match, marker.concept, flags, where))
    return out


def construction_findings(masked_view: Folded, items: Sequence[Item], where: Where) -> list[Finding]:
    """The findings the sentence states by a construction (module docstring); ``masked_view``: the sentence with
    its items masked, folded (its lower-cased text gives the cheap test)."""
    lower = masked_view.lower if masked_view.lower is not None else masked_view.text.lower()
    out: list[Finding] = []
    if "-mediated" in lower:
        out.extend(_mediated(masked_view.text, items, where))
    if "course of" in lower:
        out.extend(_in_course_of(masked_view.text, items, where))
    return out
