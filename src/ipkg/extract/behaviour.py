"""Behavioural tests of depression in animals (s6 issue 12).

The forced swimming and tail suspension tests measure despair as immobility (immobility counts only when the
sentence names one of them), and the sucrose preference test
measures anhedonia as sucrose intake. An intervention that reduces immobility or raises sucrose preference has an
antidepressant-like effect: it ``treats`` depression. An intervention that raises immobility or lowers sucrose
preference induces a depression-like state: it has depression as an adverse effect (how a model's inducer reads,
for example "mice subjected to CMS exhibited a reduction in sucrose intake").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..models import Concept, Finding
from .negation import MASK, is_hedged, is_negated
from .pairing import CLAUSE_BREAK, COMPOUND, Item

__all__ = ["behaviour_findings", "may_state_behaviour"]

_F = re.IGNORECASE
_DOWN = r"reduc\w*|decreas\w*|shorten\w*|attenuat\w*|diminish\w*|lower\w*|reversed|prevented"
_UP = r"increas\w*|prolong\w*|elevat\w*|enhanc\w*|raised|induced"
#: a change of a measure of the tests, the change word first: "reduced the immobility time", "a reduction in
#: sucrose preference"
_CHANGE = re.compile(
    rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP}))\s+(?:(?:in|of)\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?P<measure>immobility|sucrose\s+(?:preference|intake|consumption))\b",
    _F,
)


#: a verb that undoes the changes listed after it
_UNDOING = re.compile(
    r"\b(?:prevent|revers|block|abolish|counteract|rescu|normali[sz]|antagoni[sz])\w*\s+(?:the\s+)?"
    rf"(?:[\w{MASK}-]+\s+){{0,6}}?[\w{MASK}-]*,", _F
)
#: the tests that measure immobility as despair: immobility elsewhere (tonic immobility, after a fracture) is not
_DESPAIR_TEST = re.compile(r"forced[\s-]+swim|tail[\s-]+suspension|\bFST\b|\bTST\b|porsolt", _F)


@functools.lru_cache(maxsize=1)
def _depression() -> Concept | None:
    from . import get_grounder

    return get_grounder().lookup("depression")


def may_state_behaviour(sentence: str) -> bool:
    """A cheap test: may ``sentence`` report a behavioural test (then one intervention is enough)?"""
    lower = sentence.lower()
    return "immobility" in lower or "sucrose" in lower


def behaviour_findings(masked: str, items: Sequence[Item], where: tuple[str, int, int, str, str]) -> list[Finding]:
    """The intervention before a change of immobility or of sucrose preference treats or induces depression."""
    if not may_state_behaviour(masked):
        return []
    depression = _depression()
    if depression is None:
        return []
    passage, start, end, evidence, role = where
    out: list[Finding] = []
    for change in _CHANGE.finditer(masked):
        before = [i for i in items if i.end <= change.start() and i.cls == "Intervention" and not i.modifier
                  and not COMPOUND.match(masked, i.end)]
        if not before or CLAUSE_BREAK.search(masked, before[-1].end, change.start()):
            continue
        subject = before[-1]
        if change.start() - subject.end > 100:
            continue
        # "X prevented CRS-induced weight loss, increased immobility time ... and decreased sucrose preference":
        # a change listed after a verb of undoing is what X undid (round 8)
        lowers = (change.group("down") is not None) != bool(_UNDOING.search(masked, subject.end, change.start()))
        immobility = change.group("measure").lower() == "immobility"
        if immobility and not _DESPAIR_TEST.search(masked):
            continue
        predicate = "treats" if lowers == immobility else "hasAdverseEffect"
        out.append(Finding(subject=subject.concept, predicate=predicate, obj=depression, evidence=evidence,
                           passage=passage, start=start, end=end,
                           negated=is_negated(masked, [(change.start(), change.end())]),
                           hedged=is_hedged(masked, subject.start, change.end()), role=role))
    return out
