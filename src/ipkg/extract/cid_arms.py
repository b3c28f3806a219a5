"""Two more sentences that are no evidence of a chemical's adverse effect (round 34, issue 12): guards of
:func:`ipkg.extract.cid_evidence.refutes`; the second also of a trial's comparison of its arms
(:func:`ipkg.extract.arm_outcomes.arm_outcomes`: "although stroke similarly occurred in both groups, infarction
was less frequent in the X group" is no treatment of stroke).

* **The reference of a comparison of more**: "Tremor and akathisia were more likely to occur with haloperidol than
  with placebo or risperidone", "more weight gain with A than with B": the harm is the first arm's, not the one
  named after "than" (the mirror of :func:`ipkg.extract.cid_evidence._lower_than`, whose better arm comes first).
* **An event rarer with the chemical**: "onset of dementia was less frequent in the X group (0.2 vs 0.6%/year)",
  "Nausea was significantly lower with X": the chemical lessened it (the mirror of
  :func:`ipkg.extract.cid_evidence._lessened`, whose chemical comes first).
* **An event that occurred alike in the arms**: "Headache and nausea occurred similarly in both groups", "Although
  somnolence was similar in both groups, dizziness was more frequent with X": the disease of that clause is no
  harm of the chemical (the clause of the disease only, so the contrast's dizziness stands).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["lessened_with", "occurred_alike", "reference_of_more"]

_F = re.IGNORECASE
#: a comparison of more before "than" ("more likely", "more often", "higher rates", "greater weight gain"; not of
#: something good: "a more favorable safety profile than X" leaves X the worse arm)
_MORE = re.compile(r"\b(?:more|higher|greater|larger|increased)\b(?!\s+(?:favou?rable|effective|efficacious|beneficial|"
                   r"tolerable|tolerated|well|safe|benefit|improvement|response|efficacy|potent)\b)", _F)
#: "than" and up to four words before the chemical ("than with placebo or", "than in patients receiving")
_THAN = re.compile(r"\bthan\s+((?:[\w-]+\s+){0,4}?)$", _F)
#: an arm named without a drug: "higher in the control group than in the X group"
_ARM = re.compile(r"\b(?:placebo|control|sham|groups?|arms?)\b", _F)
#: what follows "than" when the comparison is not between arms: "more often than expected with X"
_NOT_AN_ARM = re.compile(r"\b(?:expected|predicted|usual|normal|reported|baseline|before|previously|general|"
                         r"population|controls?)\b", _F)
#: where a clause ends: "Tremor was more common with A, whereas B ..." (a comma stays inside: lists of harms)
_BREAK = re.compile(r";|\b(?:but|whereas|while|however|although|though)\b", _F)
#: arms found alike, the wordings :data:`ipkg.extract.cid_evidence._ALIKE` leaves out (no "was/were" before)
_ALIKE = re.compile(
    r"\b(?:(?:occurr\w*|appear\w*|develop\w*|reported|observed|seen|noted|distributed)\s+(?:\w+\s+)?"
    r"(?:similarly|equally|comparably|at\s+(?:a\s+)?(?:similar|comparable)\s+(?:rates?|frequenc\w+))|"
    r"(?:similarly|equally|comparably)\s+(?:occurr\w*|appear\w*|develop\w*|reported|observed|seen|noted)\s+"
    r"(?:in|between|across|among)|"
    r"similar(?:ly)?\s+(?:in|between|across|among)\s+(?:both|all|the\s+(?:two|three|\d))\s+(?:\w+\s+)?"
    r"(?:groups|arms|cohorts))\b", _F)
#: a lessening right after the disease, up to the chemical: "was less frequent in the", "were significantly lower
#: with" (searched from the disease's end to the chemical's start)
_LESSENED = re.compile(r"^[^;]{0,40}?\b(?:was|were)\s+(?:\w+\s+)?(?:less|lower|rarer|reduced|decreased|fewer)\b"
                       r"(?:\s+(?:frequent|common|often|frequently))?\s+(?:in|with|among|after|on|for|by)\s+"
                       r"(?:[\w-]+\s+){0,3}?$", _F)
#: a subordinate clause that ends at its comma: "Although A occurred similarly in both groups, B ..."
_SUBORDINATE = re.compile(r"\b(?:although|though|while|whereas)\b", _F)


def reference_of_more(text: str, chem_spans: Sequence[tuple[int, int]], other_starts: Sequence[int]) -> bool:
    """True when every mention of the chemical (``chem_spans``, offsets in ``text``) comes up to four words after a
    "than" whose clause compares more of something in another arm: another intervention (``other_starts``) or a
    placebo, control or group named before the "than" ("Hypotension was more pronounced after oral than after
    intrathecal clonidine" compares two routes of the chemical: its harm stands).

    >>> text = "Tremor was more likely to occur with haloperidol than with placebo or risperidone."
    >>> reference_of_more(text, [(70, 81)], [37])
    True
    >>> reference_of_more(text, [(37, 48)], [70])
    False
    >>> reference_of_more("Rash occurred more often than expected with lamotrigine.", [(44, 55)], [])
    False
    >>> reference_of_more("Hypotension was more pronounced after oral than after intrathecal clonidine.", [(66, 75)], [])
    False
    """
    if not chem_spans:
        return False
    for start, _ in chem_spans:
        than = _THAN.search(text, max(0, start - 60), start)
        if than is None or _NOT_AN_ARM.search(than.group(1)):
            return False
        lo = 0  # the clause's start: "X induced a higher incidence (p < 0.001) of A (33% versus 6%), B ... than Y"
        for cut in _BREAK.finditer(text, 0, than.start()):
            lo = cut.end()
        if not _MORE.search(text, lo, than.start()) or not (
                any(lo <= at < than.start() for at in other_starts) or _ARM.search(text, lo, than.start())):
            return False
    return True


def lessened_with(text: str, dis_spans: Sequence[tuple[int, int]], chem_starts: Sequence[int]) -> bool:
    """True when every mention of the disease (``dis_spans``) is said to be rarer with a mention of the chemical
    after it (``chem_starts``): "D was less frequent in the X group".

    >>> text = "Onset of dementia was less frequent in the aspirin group (0.2 vs 0.6%/year, p = 0.004)."
    >>> lessened_with(text, [(9, 17)], [43])
    True
    >>> lessened_with("Dementia was more frequent in the aspirin group.", [(0, 8)], [34])
    False
    """
    return bool(dis_spans) and all(any(_LESSENED.search(text[end:c]) for c in chem_starts if c > end)
                                   for _, end in dis_spans)


def occurred_alike(text: str, dis_starts: Sequence[int]) -> bool:
    """True when every mention of the disease (``dis_starts``) lies in a clause that says it occurred alike in the
    arms (:data:`_ALIKE`; the clause: no :data:`_BREAK` between them, and a subordinate clause ends at its comma).

    >>> occurred_alike("Headache and nausea occurred similarly in both groups.", [0])
    True
    >>> text = "Although headache occurred similarly in both groups, dizziness was more frequent with X."
    >>> occurred_alike(text, [9]), occurred_alike(text, [53])
    (True, False)
    """
    if not dis_starts:
        return False
    for at in dis_starts:
        if not any(_same_clause(text, at, cue) for cue in _ALIKE.finditer(text)):
            return False
    return True


def _same_clause(text: str, at: int, cue: re.Match[str]) -> bool:
    """True when offset ``at`` and the match ``cue`` lie in one clause: no :data:`_BREAK` between them, and when the
    cue's clause is subordinate ("Although A occurred similarly ..., B ..."), not past its first comma."""
    lo, hi = sorted((at, cue.start()))
    if _BREAK.search(text, lo + 1, hi):
        return False
    if at > cue.start() and _SUBORDINATE.search(text, text.rfind(";", 0, cue.start()) + 1, cue.start()):
        comma = text.find(",", cue.end())
        return not 0 <= comma < at
    return True
