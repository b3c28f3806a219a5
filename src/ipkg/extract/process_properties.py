"""A process named as a property of an intervention (round 21, issue 12).

The lexicon grounds some property phrases as the process they name: "immunosuppressive effects" is the negative
regulation of the immune system, "immunomodulatory properties" its regulation. Named as a property of an
intervention, the phrase says what the intervention does to that process: "the immunosuppressive effects of
antidepressants", "fluoxetine exerted immunosuppressive effects", "lithium has immunomodulatory properties". The
intervention ``increases`` the process (a regulation of a stated direction, or a process without one), or
``modulates`` it when the process is a regulation of no direction ("regulation of immune system process").

The owner is found as :mod:`ipkg.extract.mechanism` finds the owner of an "anti-<A>" property (the intervention the
property is "of" when it is what the sentence shows or its subject, else the subject of a verb of having before it
in its clause); "anti-" phrases stay that module's (they name what the intervention works against).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .pairing import Item

__all__ = ["process_property_findings"]

#: the noun of a property ending the mention's words; not "activity", a quantity measured as often as a property
#: ("had no effect on natural killer cell activity", "changes to brain inflammatory activity": 9k corpus read)
_PROPERTY_HEAD = re.compile(
    r"\s(?:effects?|properties|property|actions?|profiles?|potentials?|capacit(?:y|ies))$",
    re.IGNORECASE,
)
#: the property as the second member of a coordination of "of" phrases ("suggestive of A in Y and of the
#: immunosuppressive effects of X"): what shows it is before the first "of"
_SECOND_OF = re.compile(r"\s(?:and|or)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_OF = re.compile(r"\bof\s+(?:the\s+)?(?=[^;:.]{1,120}$)", re.IGNORECASE)
#: a class predicated of the subject right before the owner: "X is an atypical antipsychotic agent with ..."
_PREDICATE_CLASS = re.compile(r"^\s+(?:is|are|was|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: a process of no direction: the intervention changes it, in no stated way
_NO_DIRECTION = ("regulation of", "modulation of")


def process_property_findings(sentence: str, masked: str, items: Sequence[Item], add: Callable[..., None],
                              owner: Callable[[str, Sequence[Item], int, int], Item | None]) -> None:
    """Call ``add(subject, predicate, process, direction, lo, hi)`` for each process mention of ``sentence`` worded
    as a property ("... effects", "... properties") whose owner (``owner(masked, items, start, end)``, the
    property owner of :mod:`ipkg.extract.mechanism`) is an intervention."""
    for obj in items:
        if obj.cls != "Pathway" or obj.pseudo:
            continue
        words = sentence[obj.start : obj.end]
        if words[:4].lower() == "anti" or _PROPERTY_HEAD.search(words) is None:
            continue
        subject = owner(masked, items, _opening(masked, obj.start), obj.end)
        if subject is None:
            continue
        subject = _defined(masked, items, subject)
        if obj.concept.label.lower().startswith(_NO_DIRECTION):
            add(subject, "modulates", obj.concept, None, obj.start, obj.end)
        else:
            add(subject, "increases", obj.concept, "increase", obj.start, obj.end)


def _opening(masked: str, start: int) -> int:
    """Where the property's noun phrase starts for its owner: at ``start``, or at the first member of a
    coordination of "of" phrases it closes ("of A in Y and of the <property>": after the first "of")."""
    if _SECOND_OF.search(masked, max(0, start - 12), start) is None:
        return start
    first = _FIRST_OF.search(masked, max(0, start - 140), start)
    return first.end() if first is not None and first.end() < start - 8 else start


def _defined(masked: str, items: Sequence[Item], owner: Item) -> Item:
    """The owner, or the intervention it is predicated of ("Clozapine is an atypical antipsychotic agent with
    immunomodulatory properties": clozapine's properties, not the class's; 9k corpus read)."""
    before = [i for i in items if i.end <= owner.start and i.cls == "Intervention" and not i.pseudo]
    if before and _PREDICATE_CLASS.match(masked[before[-1].end : owner.start]):
        return before[-1]
    return owner
