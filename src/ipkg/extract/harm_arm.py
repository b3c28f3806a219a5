"""A harm the sentence gives to another drug's arm is not this drug's (round 45, issue 12).

A comparative trial's results sentence lists each arm's harms with the arm named after them: "Anorexia and anxiety
were reported significantly more often for the bupropion treatment group, whereas somnolence, appetite increase, and
edema were reported significantly more often for the trazodone treatment group", "a 2.5-lb mean weight loss for the
bupropion treatment group and a 1.2-lb mean weight gain for the trazodone treatment group". The relation readers and
the learned CID model may give every harm of the sentence to either drug. :func:`without_other_arms_harms` drops an
asserted ``hasAdverseEffect`` when, at every place the sentence names its harm, the first intervention named after
the harm in its clause (to a contrast or a semicolon) is another one, named as an arm ("for / with / in / among / on
(the) X", "in patients treated with X"), with the finding's subject neither named in the harm's clause before that
arm ("the largest dose of X produced hypotension in rabbits pretreated with Z" keeps X's harm) nor in the arm's own
list ("during combined therapy with Z and X", "treatment with Z and other X"), and no word of less near the harm or
between it and the arm ("apnoea occurred less often in the Z group", "a significantly lower risk of tardive
dyskinesia with Z than with X" keep X's harm). A sentence that gives the harm to every arm ("in both groups") is
left alone. An arm
after a word of comparison ("than with X", "compared with X", "versus X") is the yardstick, not the harm's owner, and
placebo is never read as an arm (the harm of "more nausea than with placebo" stays the drug's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Finding, Mention

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["without_other_arms_harms"]

_F = re.IGNORECASE
#: where a clause of the harms' list ends: a contrast or a semicolon
_CONTRAST = re.compile(r";|\b(?:but|whereas|while|unlike|except|although|though)\b", _F)
#: the words that name an arm, right before its intervention
_ARM = re.compile(r"\b(?:for|with|in|among|on|receiving|taking)\s+(?:the\s+)?(?:(?:patients|subjects|participants|"
                  r"children|those|individuals)\s+(?:treated\s+with|taking|receiving|on|given)\s+)?$", _F)
#: a word of comparison before the arm: the arm is the yardstick ("than with X", "compared with X", "versus X")
_YARDSTICK = re.compile(r"\b(?:than|compared|relative|versus|vs\.?|as)\s+(?:\w+\s+){0,1}$", _F)
#: what joins the arm to a drug of its own list: "with verapamil and beta-blockers", "with olanzapine and other X"
_JOINED = re.compile(r"(?:[\s,]|\b(?:and|or|plus|other|the)\b)*", _F)
#: a word of less between the harm and its arm: the arm is the one with less of it
_LESS = re.compile(r"\b(?:less|fewer|lower|rarer|reduced|decreased)\b", _F)
#: a harm of every arm: "Weight loss was experienced by patients in both groups (1.2 kg in A and 5.8 kg in B)"
_BOTH = re.compile(r"\b(?:both|each|all|either)\s+(?:of\s+the\s+)?(?:treatment\s+)?(?:groups?|arms?)\b", _F)
#: how far after the harm its arm may be named
_REACH = 120


def _arm_after(text: str, at: int, mentions: Sequence[Mention], start: int) -> Mention | None:
    """The first intervention named as an arm after offset ``at`` of the sentence ``text`` within the clause and
    :data:`_REACH`; ``None`` when the first intervention there is not named as an arm. Offsets of ``mentions`` are
    the passage's; ``start`` is the sentence's offset in it."""
    after = _CONTRAST.search(text, at)
    hi = min(len(text) if after is None else after.start(), at + _REACH)
    for m in sorted(mentions, key=lambda m: m.start):
        lo = m.start - start
        if lo <= at or lo >= hi or m.concept.cls != "Intervention":
            continue
        before = text[max(0, lo - 60) : lo]
        arm = _ARM.search(before)
        if arm is None or _YARDSTICK.search(before, 0, arm.start()) or "placebo" in m.concept.label.lower():
            return None
        return m
    return None


def _other_arm(f: Finding, text: str, mentions: Sequence[Mention], start: int) -> bool:
    """True when every place ``text`` names ``f``'s harm has another intervention's arm after it (see the module)."""
    places = [m.end - start for m in mentions if f.obj is not None and m.concept.iri == f.obj.iri]
    if not places or _BOTH.search(text):
        return False
    own = [m.start - start for m in mentions if m.concept.iri == f.subject.iri]
    for at in places:
        arm = _arm_after(text, at, mentions, start)
        if arm is None or arm.concept.iri == f.subject.iri:
            return False
        lo = max((m.end() for m in _CONTRAST.finditer(text, 0, at)), default=0)
        if _LESS.search(text, max(lo, at - 60), arm.start - start):
            return False  # "apnoea occurred less often in the Z group", "a lower risk of Y with Z than with X"
        if any(lo <= o < arm.start - start for o in own):
            return False  # the subject named in the harm's clause before the arm: "X produced Y in rats pretreated with Z"
        if any(_JOINED.fullmatch(text, arm.end - start, o) for o in own if o >= arm.end - start):
            return False  # the subject in the arm's list: "combined therapy with Z and X", "with Z and other X"
    return True


def without_other_arms_harms(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less each asserted harm that its sentence gives to another drug's arm.

    >>> from ipkg.models import Concept, Document, Mention
    >>> from ipkg.extract.annotate import annotate
    >>> text = "Nausea was reported more often for the X group, whereas edema was reported more often for the Y group."
    >>> x, y = (Concept(f"http://e.org/{n}", n, "Intervention") for n in "XY")
    >>> nausea, edema = (Concept(f"http://e.org/{n}", n, "Phenotype") for n in ("nausea", "edema"))
    >>> ann = annotate(Document("a.txt", "", text), [
    ...     Mention("abstract", 0, 6, "Nausea", nausea), Mention("abstract", 39, 40, "X", x),
    ...     Mention("abstract", 56, 61, "edema", edema), Mention("abstract", 94, 95, "Y", y)])
    >>> found = [Finding(s, "hasAdverseEffect", o, text, "abstract", 0, len(text))
    ...          for s in (x, y) for o in (nausea, edema)]
    >>> [(f.subject.label, f.obj.label) for f in without_other_arms_harms(ann, found)]
    [('X', 'nausea'), ('Y', 'edema')]
    """
    if not any(f.predicate == "hasAdverseEffect" and not f.negated for f in found):
        return tuple(found)
    sentences = {(s.passage, s.start): s for s in annotated.sentences}
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if (f.predicate == "hasAdverseEffect" and not f.negated and sentence is not None
                and _other_arm(f, sentence.text, sentence.mentions, sentence.start)):
            continue
        out.append(f)
    return tuple(out)
