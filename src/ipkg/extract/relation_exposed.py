"""Harms worded as what the treated or exposed showed (round 39, issue 12): the readings of
:func:`ipkg.extract.relation_conditions.treats_or_adverse` that would otherwise take the treatment's words
("treated with X", "X for 14 days", "response to X", "on injection of X") for a treatment of the condition.

- *The treated developed Y*: "X-treated / -exposed / -injected rats developed Y", "rats treated with X (for 14
  days) showed Y", "patients given X exhibited Y": the animals or people given X then show Y, X's adverse effect;
  not when the verb's object is a lessening or an improvement ("showed less Y", "showed improvement of Y", left to
  the treatment reading), nor when the sentence names an induced model before X ("rats with streptozotocin-induced
  diabetes treated with X showed ...": the state was there before X).
- *Y in response to X*: the condition right before "in response to X" is X's doing ("locomotor hyperactivity in
  response to nicotine"), unless a change or a relief word comes before it ("a reduction of Y in response to X").
- *Y on injection of X*: "pain on injection of propofol", "phlebitis at infusion of X", "irritation upon
  administration of X": a harm of giving X (the treatment reading took "on X" for "patients on X").
- *Had Y on X*: "patients who had hepatotoxicity on X", "developed stronger headache on the X day": a verb of
  having or developing before the condition, "on (the) X" right after it (not "patients with Y on X", the people
  treated; not "had less Y on X", a lessening).
"""

from __future__ import annotations

import re

from .negation import MASK
from .relation_context import _F, _WS, POPULATION, PairContext, RelationMatch

__all__ = ["exposed_developed", "had_on", "on_injection", "response_to"]

#: the subject given to the population, right before the subject: "rats treated with", "patients given"
_GIVEN_BEFORE = re.compile(
    rf"\b{POPULATION}\s+(?:(?:who|that)\s+(?:were|had\s+been)\s+)?(?:(?:chronically|acutely|repeatedly)\s+)?"
    r"(?:(?:pre)?treated\s+(?:\w+\s+)?with|exposed\s+to|injected\s+with|given|receiving|administered)\s+$", _F)
#: ... or hyphenated to it, naming the population after it: "X-treated rats", "X-exposed mice"
_GIVEN_AFTER = re.compile(
    rf"^-(?:(?:pre)?treated|exposed|injected|fed)\s+(?:[a-z-]+\s+){{0,2}}?{POPULATION}\b", _F)
#: the verb of showing the condition, with no other mention between it and the condition; the gap before it may
#: hold a duration ("for 14 days"), a dose or a route, never another mention or a clause break; not an infinitive
#: ("monkeys primed to exhibit levodopa-induced dyskinesias": what another agent brings about), nor a verb of
#: another subject ("we transplanted ... into X-treated mice and showed that ...")
_SHOWED = re.compile(
    rf"^[^{MASK};:]{{0,60}}?(?<!\bto\s)(?<!\band\s)\b(?P<verb>develop(?:s|ed)?|show(?:s|ed)?|exhibit(?:s|ed)?|"
    rf"display(?:s|ed)?|presented\s+with|suffered(?:\s+from)?)\s+(?!that\b|whether\b|how\b){_WS}{{0,4}}?$", _F)
#: what makes the shown thing a lessening, a change or an improvement, not the condition itself
_LESSENED = re.compile(
    r"\b(?:less|fewer|lower|reduc\w*|decreas\w*|improv\w*|attenuat\w*|alleviat\w*|ameliorat\w*|relie\w*|"
    r"no|not|neither|remission|recovery|resolution|normal\w*|protect\w*|resist\w*|toleran\w*|absence|lack|"
    r"respon\w*|benefit\w*|efficacy|effect\w*)\b", _F)
#: the sentence names a state induced before the subject ("STZ-induced diabetic rats treated with X")
_INDUCED_MODEL = re.compile(r"-?\b(?:induced|model|lesioned)\b", _F)


def exposed_developed(ctx: PairContext) -> RelationMatch | None:
    """``hasAdverseEffect`` when the subject (first) is what a population was given and the population then showed
    the condition: "X-treated rats developed Y", "rats treated with X for 14 days showed Y"; else None."""
    if not ctx.subject_first:
        return None
    text, (s0, s1), (o0, _) = ctx.text, ctx.first, ctx.second
    after = _GIVEN_AFTER.match(text[s1:o0])
    if after is None and _GIVEN_BEFORE.search(text, max(0, s0 - 70), s0) is None:
        return None
    start = s1 + (after.end() if after is not None else 0)
    shown = _SHOWED.match(text[start:o0])
    if shown is None or _LESSENED.search(text, start, o0) or _INDUCED_MODEL.search(text, max(0, s0 - 90), s0):
        return None
    return RelationMatch("hasAdverseEffect", None, (start + shown.start("verb"), start + shown.end("verb")))


#: "in response to (the) (acute / chronic) X", nothing else between the condition and X
_RESPONSE_TO = re.compile(r"^\s*in\s+response\s+to\s+(?:the\s+)?(?:(?:acute|chronic|repeated|single)\s+)?$", _F)
#: a change or a relief named before the condition: "a reduction of Y in response to X" (the treatment's reading)
_CHANGE_BEFORE = re.compile(
    r"\b(?:chang\w*|reduc\w*|decreas\w*|improv\w*|relie\w*|attenuat\w*|alleviat\w*|ameliorat\w*|lower\w*|"
    r"declin\w*|resol\w*|remission|recovery)\b[^.;]*$", _F)


def response_to(ctx: PairContext, b0: int, between: str, pre: str) -> RelationMatch | None:
    """``hasAdverseEffect`` for "Y in response to X" (the condition first, then the subject; ``between`` the text
    between them, starting at ``b0``), unless a change or a relief precedes the condition in its clause; else
    None."""
    found = None if ctx.subject_first else _RESPONSE_TO.match(between)
    if found is None or _CHANGE_BEFORE.search(pre[-50:]):
        return None
    return RelationMatch("hasAdverseEffect", None, (b0 + found.start(), b0 + found.end()))


#: "on / at / upon injection of X", "on the infusion of X": the harm of X's administration
_ON_INJECTION = re.compile(
    r"^\s*(?:on|at|upon)\s+(?:the\s+)?(?:(?:intravenous|i\.?v\.?|intramuscular|subcutaneous|bolus)\s+)?"
    r"(?:injections?|infusions?|administration)\s+(?:of|with)\s+(?:the\s+)?$", _F)


def on_injection(ctx: PairContext, b0: int, between: str) -> RelationMatch | None:
    """``hasAdverseEffect`` for "pain on injection of X" (the condition first; ``between`` as for
    :func:`response_to`); else None."""
    found = None if ctx.subject_first else _ON_INJECTION.match(between)
    return None if found is None else RelationMatch("hasAdverseEffect", None, (b0 + found.start(), b0 + found.end()))


#: "on (the) X" right after the condition ("on the X day", "while on X")
_ON_DRUG = re.compile(r"^\s*(?:while\s+)?on\s+(?:the\s+)?$", _F)
#: a verb of having or developing right before the condition (up to three words between: "developed significantly
#: stronger immediate headache")
_HAD_BEFORE = re.compile(
    r"\b(?P<verb>had|has|have|developed|develop|experienced|suffered|showed)\s+(?:[\w-]+\s+){0,3}$", _F)


def had_on(ctx: PairContext, b0: int, between: str, pre: str) -> RelationMatch | None:
    """``hasAdverseEffect`` for "had Y on X" (the condition first; ``between`` as for :func:`response_to`, ``pre``
    the text before the condition); else None."""
    if ctx.subject_first or not _ON_DRUG.match(between):
        return None
    had = _HAD_BEFORE.search(pre)
    if had is None or _LESSENED.search(pre, had.end("verb")):
        return None
    return RelationMatch("hasAdverseEffect", None, (b0, b0 + len(between)))
