"""Anxiety and depression tests read by their measure: open arms, the lit box, the latency to feed (round 36,
issue 12).

:mod:`ipkg.extract.behaviour` reads the forced swimming and tail suspension tests (immobility) and the sucrose
preference test. Animal studies report three more tests by their measure alone, and the curators record the
intervention before the change as treating (or inducing) the disorder the test models, as they record an
antidepressant-like effect (FINDINGS.md):

* the elevated plus maze: more time in or more entries into the open arms is less anxiety ("X increased the time
  spent in the open arms", "X increased open arm activity", "mice given X spent more time in the open arms"): X
  ``treats`` anxiety; fewer is more anxiety: X ``hasAdverseEffect`` anxiety;
* the light-dark box: more time in the light (lit, bright, illuminated) compartment, box, chamber, side, area,
  space or section is less anxiety, read the same way;
* the novelty-suppressed feeding test (named in the sentence: "novelty(-)suppressed feeding", "NSF(T)",
  "hyponeophagia"): a shorter latency to feed (eat) is an antidepressant-like effect, X ``treats`` depression; a
  longer one, X ``hasAdverseEffect`` depression.

The change word comes before the measure ("increased the time spent in the open arms", "a reduction in open arm
entries", "spent less time in the light compartment"); the subject is the nearest intervention before the change in
its clause, not one used as a modifier nor the inducer of an "X-induced" compound, at most 100 characters before.
A change right after a verb of undoing is turned round ("X reversed the stress-induced decrease in open arm time":
X raised it; not "X reversed hyperactivity, and decreased open arm entries"). The negation and the hedge are the
sentence's scopes over the change ("did not increase", "may").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cues import Folded
from ..models import Finding
from . import named_concept
from .behaviour import change_subject
from .negation import is_hedged, is_negated
from .pairing import Item

__all__ = ["behaviour_test_findings", "may_state_test"]

_F = re.IGNORECASE
_DOWN = r"reduc\w*|decreas\w*|shorten\w*|attenuat\w*|diminish\w*|lower\w*|less|fewer|shorter"
_UP = r"increas\w*|prolong\w*|elevat\w*|enhanc\w*|raised|more|longer|greater"
#: the measures: the open arms of the plus maze and the lit side of the light-dark box (anxiety), the latency to
#: feed of the novelty-suppressed feeding test (depression)
_OPEN_ARMS = (r"(?:open[\s-]+arms?(?:\s+|-)(?:time|entries|entry|activity|exploration|visits|duration)|"
              r"(?:time|duration|entries|entry|visits|exploration|activity)\s+(?:spent\s+)?(?:in|into|on|to)\s+"
              r"(?:the\s+)?open[\s-]+arms?)")
_LIGHT_BOX = (r"(?:time|duration)\s+(?:spent\s+)?in\s+(?:the\s+)?(?:light|lit|bright|illuminated)\s+"
              r"(?:compartment|box|chamber|side|area|space|section)")
_LATENCY = r"latency\s+to\s+(?:begin\s+|start\s+)?(?:feed|eat)(?:ing)?"
#: any of the measures: the cheap test's second step
_MEASURE = re.compile(rf"open[\s-]+arm|{_LIGHT_BOX}|{_LATENCY}", _F)
#: a change of a measure, the change word first: "increased the time spent in the open arms", "a reduction in open
#: arm entries", "spent more time in the light compartment"
_CHANGE = re.compile(
    rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP}))\s+(?:(?:in|of)\s+)?(?:the\s+)?(?:(?:number|percentage|proportion|"
    rf"percent|mean|total)\s+of\s+)?(?:(?:[\w-]+\s+){{0,2}}?)"
    rf"(?:(?P<anxiety>{_OPEN_ARMS}|{_LIGHT_BOX})|(?P<latency>{_LATENCY}))\b", _F)
#: the test the latency to feed measures, named in the sentence: a latency to feed elsewhere is appetite
_FEEDING_TEST = re.compile(r"novelty[\s-]+suppressed|\bNSF\w*\b|hyponeophagia", _F)
#: a verb that undoes the change right after it ("reversed the (stress-induced) decrease in"), no comma between
_UNDOING = re.compile(
    r"\b(?:prevent|revers|block|abolish|counteract|rescu|normali[sz]|antagoni[sz])\w*\s+(?:the\s+)?"
    r"(?:[\w§-]+\s+){0,3}?$", _F)


def may_state_test(view: Folded) -> bool:
    """A cheap test: may the sentence ``view`` holds (its lower-cased form read, not made again) name one of the
    three measures (then one intervention is enough)?"""
    lower = view.lower if view.lower is not None else view.text.lower()
    return ("arm" in lower or "latency" in lower or "light" in lower or "lit " in lower) and _MEASURE.search(
        view.text) is not None


def behaviour_test_findings(masked_view: Folded, items: Sequence[Item], where: tuple[str, int, int, str, str]
                            ) -> list[Finding]:
    """The intervention before a change of open arm time, of time in the lit box or of the latency to feed treats
    (or induces) anxiety or depression (see the module docstring); ``masked_view``: the sentence with its items
    masked, folded."""
    if not may_state_test(masked_view):
        return []
    masked = masked_view.text
    passage, start, end, evidence, role = where
    out: list[Finding] = []
    real = [i for i in items if not i.pseudo]  # named interventions only, no resolved anaphor
    for change in _CHANGE.finditer(masked):
        if change.group("latency") is not None and not _FEEDING_TEST.search(masked):
            continue
        subject = change_subject(masked, real, change.start())
        if subject is None:
            continue
        undone = _UNDOING.search(masked, subject.end, change.start()) is not None  # X reversed the decrease in
        lowers = (change.group("down") is not None) != undone
        anxiety = change.group("anxiety") is not None
        condition = named_concept("anxiety" if anxiety else "depression")
        if condition is None:
            continue
        # less anxiety is more time in the open arms or the lit box; less depression, a shorter latency to feed
        relieves = lowers != anxiety
        out.append(Finding(subject=subject.concept, predicate="treats" if relieves else "hasAdverseEffect",
                           obj=condition, evidence=evidence, passage=passage, start=start, end=end,
                           negated=is_negated(masked, [(change.start(), change.end())]),
                           hedged=is_hedged(masked, subject.start, change.end()), role=role))
    return out
