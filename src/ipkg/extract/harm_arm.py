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

Round 46 adds two arms that name no drug after the harm or name the arm before it. A group of no drug named after the
harm in its clause, before any intervention, is another arm ("akathisia, dystonia ... and tremor were significantly
higher in the control group", "in the comparison group", "in controls"); the subject named as an arm in a clause that
ends at ", and" before the harm does not keep it ("Somnolence was more frequent in the X group, and tremor was higher
in the control group"; "Although A, B, and C have been documented to cause Y, the most marked risk is with Z" keeps
A's). An arm named before the harm in its clause (from a contrast, a semicolon or ", and": "Furthermore, in the
midazolam group there was a significantly higher cumulative duration of tachycardia", "two of 23 patients in the X
group versus eight of 22 in the placebo group had progression of fibrosis") owns the harm when no arm follows the
harm, the subject is not named between that arm and the harm, no word of less is near the harm and no word of
comparison is right before the arm ("more common in either X group than in the placebo group, were nausea and ..."
keeps X's harms).
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
#: (round 46) a group of no drug, named as the arm right after the harm: "higher in the control group", "in controls"
_CONTROL_ARM = re.compile(r"\b(?:for|in|among)\s+(?:the\s+)?(?:(?:control|comparison|comparator|reference)\s+"
                          r"(?:treatment\s+)?(?:groups?|arms?|patients|subjects)|controls)\b", _F)
#: (round 46) where the clause before a harm starts: a contrast, a semicolon, ", and" ("Somnolence was more frequent
#: in the X group, and tremor was higher in the Z group": X's arm is named in the clause before, not in tremor's)
_CLAUSE_START = re.compile(_CONTRAST.pattern + r"|,\s*and\b", _F)
#: (round 46) an arm named before the harm: "in the Z group there was", "In Z-treated patients,"; the intervention's
#: place is where this match must start, the group word follows it
_ARM_BEFORE = re.compile(r"\s*(?:-?\s*(?:treated|treatment))?\s+(?:groups?|arms?|patients|subjects|cohort)\b", _F)
#: (round 46) a group of no drug named before the harm: "in the control group, tremor was more frequent"
_CONTROL_BEFORE = re.compile(r"\b(?:in|among)\s+(?:the\s+)?(?:control|comparison|comparator|reference|placebo)\s+"
                             r"(?:treatment\s+)?(?:groups?|arms?|patients|subjects)\b", _F)
#: (round 46) the words naming an intervention as an arm, right before it: "in the", "among"
_NAMED_AS_ARM = re.compile(r"\b(?:in|among)\s+(?:the\s+)?$", _F)
#: (round 46) how far before the harm its arm may be named
_REACH_BEFORE = 100


#: an arm: its start and end in the sentence and its intervention's IRI (``None`` for a group of no drug)
_Arm = tuple[int, int, str | None]


def _arm_after(text: str, at: int, mentions: Sequence[Mention], start: int) -> _Arm | None:
    """The first arm named after offset ``at`` of the sentence ``text`` within the clause and :data:`_REACH`: an
    intervention named as an arm, or a group of no drug (:data:`_CONTROL_ARM`) before any intervention; ``None`` when
    the first intervention there is not named as an arm. Offsets of ``mentions`` are the passage's; ``start`` is the
    sentence's offset in it."""
    after = _CONTRAST.search(text, at)
    hi = min(len(text) if after is None else after.start(), at + _REACH)
    for m in sorted(mentions, key=lambda m: m.start):
        lo = m.start - start
        if lo <= at or lo >= hi or m.concept.cls != "Intervention":
            continue
        group = _control_group(text, at, lo)
        if group is not None:
            return group
        before = text[max(0, lo - 60) : lo]
        arm = _ARM.search(before)
        if arm is None or _YARDSTICK.search(before, 0, arm.start()) or "placebo" in m.concept.label.lower():
            return None
        return lo, m.end - start, m.concept.iri
    return _control_group(text, at, hi)


def _control_group(text: str, lo: int, hi: int) -> _Arm | None:
    """The first group of no drug named as an arm between offsets ``lo`` and ``hi`` of ``text``, unless it follows a
    word of comparison ("than in the control group")."""
    group = _CONTROL_ARM.search(text, lo, hi)
    if group is None or _YARDSTICK.search(text, max(0, group.start() - 20), group.start()):
        return None
    return group.start(), group.end(), None


def _arm_before(text: str, at: int, mentions: Sequence[Mention], start: int) -> _Arm | None:
    """The arm named before the harm that starts at offset ``at`` of ``text``, in its clause (from a contrast, a
    semicolon or ", and") and within :data:`_REACH_BEFORE`: "in the Z group", "in Z-treated patients", "in the control
    group" (round 46); the last one named when several are."""
    lo = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    lo = max(lo, at - _REACH_BEFORE)
    found: list[_Arm] = []
    for m in mentions:
        first, last = m.start - start, m.end - start
        if first < lo or last > at or m.concept.cls != "Intervention":
            continue
        named = _NAMED_AS_ARM.search(text, max(0, first - 12), first)
        if named is not None and _ARM_BEFORE.match(text, last):
            found.append((named.start(), last, m.concept.iri))
    found += [(g.start(), g.end(), None) for g in _CONTROL_BEFORE.finditer(text, lo, at)]
    found = [a for a in found if not _YARDSTICK.search(text, max(0, a[0] - 20), a[0])]  # "than in the placebo group"
    return max(found, default=None)


def _other_arm(f: Finding, text: str, mentions: Sequence[Mention], start: int) -> bool:
    """True when every place ``text`` names ``f``'s harm gives it to another arm (see the module)."""
    places = [(m.start - start, m.end - start) for m in mentions if f.obj is not None and m.concept.iri == f.obj.iri]
    if not places or _BOTH.search(text):
        return False
    own = [m.start - start for m in mentions if m.concept.iri == f.subject.iri]
    for first, at in places:
        arm = _arm_after(text, at, mentions, start)
        if arm is None:
            if not _owned_before(f, text, first, mentions, start, own):
                return False
            continue
        if arm[2] == f.subject.iri:
            return False
        lo = max((m.end() for m in _CONTRAST.finditer(text, 0, at)), default=0)
        if _LESS.search(text, max(lo, at - 60), arm[0]):
            return False  # "apnoea occurred less often in the Z group", "a lower risk of Y with Z than with X"
        if any(lo <= o < arm[0] and not _own_arm_before(text, o, first) for o in own):
            return False  # the subject named in the harm's clause before the arm: "X produced Y in rats pretreated with Z"
        if any(_JOINED.fullmatch(text, arm[1], o) for o in own if o >= arm[1]):
            return False  # the subject in the arm's list: "combined therapy with Z and X", "with Z and other X"
    return True


def _own_arm_before(text: str, at: int, harm: int) -> bool:
    """True when the subject named at offset ``at`` of ``text`` is named as an arm ("in the X group") in a clause
    that ends (at ", and", a contrast or a semicolon) before the harm at ``harm`` (round 46): "Somnolence was more
    frequent in the X group, and tremor was higher in the control group"."""
    return (_NAMED_AS_ARM.search(text, max(0, at - 12), at) is not None
            and _CLAUSE_START.search(text, at, harm) is not None)


def _owned_before(f: Finding, text: str, first: int, mentions: Sequence[Mention], start: int,
                  own: Sequence[int]) -> bool:
    """True when the harm named at offset ``first`` of ``text`` has another arm named before it in its clause, with
    ``f``'s subject (named at ``own``) not between that arm and the harm and no word of less near the harm (round
    46)."""
    arm = _arm_before(text, first, mentions, start)
    if arm is None or arm[2] == f.subject.iri or any(arm[0] <= o < first for o in own):
        return False
    return not _LESS.search(text, arm[1], min(len(text), first + 60))


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
    sentences = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if (f.predicate == "hasAdverseEffect" and not f.negated and sentence is not None
                and _other_arm(f, sentence.text, sentence.mentions, sentence.start)):
            continue
        out.append(f)
    return tuple(out)
