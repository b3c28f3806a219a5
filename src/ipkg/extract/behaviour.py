"""Behavioural tests of depression in animals (s6 issue 12).

The forced swimming and tail suspension tests measure despair as immobility (immobility counts only when the
sentence names one of them), and the sucrose preference test
measures anhedonia as sucrose intake. An intervention that reduces immobility or raises sucrose preference has an
antidepressant-like effect: it ``treats`` depression. An intervention that raises immobility or lowers sucrose
preference induces a depression-like state: it has depression as an adverse effect (how a model's inducer reads,
for example "mice subjected to CMS exhibited a reduction in sucrose intake").

The state itself named as induced is read the same way (issue 12): what induces a "depressive-like behaviour"
("CUMS-induced depressive-like behaviour", "LPS caused depression-like behaviors", "depressive-like behaviours
induced by chronic restraint stress") has depression as an adverse effect, and what induces an anxiety-like one,
anxiety (:func:`induced_state_findings`). The adjective is no mention (a "-like" modifier), so the state is
found here, by its inducer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Concept, Finding
from ..cues import Folded
from . import named_concept
from .negation import MASK, is_hedged, is_negated
from .pairing import CLAUSE_BREAK, COMPOUND, Item

__all__ = ["behaviour_findings", "change_subject", "induced_state_findings", "may_state_behaviour", "read_by_inducer"]

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


#: a disorder's adjective, "like" and a noun of behaviour or state: "depressive-like behaviour", "depression-like
#: behaviors", "anxiety-like phenotype", "depressive like-behavior"
_LIKE_STATE = (r"(?P<adj>depressi(?:ve|on)|anxi(?:ety|ous))[\s-]*like[\s-]*"
               r"(?:behaviou?rs?|phenotypes?|states?|symptoms?)\b")
_INDUCE = r"(?:induced|caused|produced|evoked|triggered|provoked|elicited)"
#: after the inducer: "X-induced depressive-like behaviour", "X caused / resulted in a depressive-like state"
_INDUCER_THEN_STATE = re.compile(
    rf"(?:\s*-\s*{_INDUCE}|\s+(?:{_INDUCE}|resulted\s+in|led\s+to))\s+"
    rf"(?:(?:the|a|an|significant|marked|robust|obvious|typical)\s+)*{_LIKE_STATE}", _F)
#: the state alone: the cheap test before the inducer is looked for
_STATE = re.compile(_LIKE_STATE, _F)
#: before the inducer: "depressive-like behaviours (were) induced by (the) X"
_STATE_BY_INDUCER = re.compile(rf"{_LIKE_STATE}\s+(?:(?:was|were)\s+)?{_INDUCE}\s+by\s+(?:the\s+)?$", _F)


def _depression() -> Concept | None:
    return named_concept("depression")


def may_state_behaviour(view: Folded) -> bool:
    """A cheap test: may the sentence ``view`` holds (its lower-cased form read, not made again) report a
    behavioural test or an induced state (then one intervention is enough)?"""
    lower = view.lower if view.lower is not None else view.text.lower()
    return "immobility" in lower or "sucrose" in lower or "like" in lower and (
        "depressi" in lower or "anxi" in lower) and _STATE.search(view.text) is not None


def induced_state_findings(masked_view: Folded, items: Sequence[Item], where: tuple[str, int, int, str, str]
                           ) -> list[Finding]:
    """An intervention or exposure that induces a depressive-like (anxiety-like) state has depression (anxiety)
    as an adverse effect: "CUMS-induced depressive-like behaviour", "depression-like behaviors induced by LPS";
    ``masked_view``: the sentence with its items masked, folded."""
    masked, lower = masked_view.text, masked_view.lower  # every match of _STATE holds "like" and "depressi" or "anxi"
    if lower is not None and ("like" not in lower or "depressi" not in lower and "anxi" not in lower):
        return []
    if _STATE.search(masked) is None:
        return []
    passage, start, end, evidence, role = where
    out: list[Finding] = []
    for item in items:
        if item.cls != "Intervention" or item.modifier or item.pseudo:
            continue
        state = _INDUCER_THEN_STATE.match(masked, item.end) or _STATE_BY_INDUCER.search(
            masked, max(0, item.start - 90), item.start)
        if state is None:
            continue
        disorder = named_concept("depression" if state.group("adj").lower().startswith("depressi") else "anxiety")
        if disorder is None:
            continue
        lo, hi = min(item.start, state.start()), max(item.end, state.end())
        out.append(Finding(subject=item.concept, predicate="hasAdverseEffect", obj=disorder, evidence=evidence,
                           passage=passage, start=start, end=end,
                           negated=is_negated(masked, [(state.start(), state.end())]),
                           hedged=is_hedged(masked, lo, hi), role=role))
    return out


def read_by_inducer(text: str, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Is the like-state opening at ``start`` of ``text`` one that :func:`induced_state_findings` reads by its
    inducer, a span of ``spans`` right before ("X-induced depression-like behaviour") or right after it
    ("depressive-like behaviours induced by X")?

    >>> text = "LPS-induced depression-like behaviour and depression-like behaviour induced by CUMS."
    >>> read_by_inducer(text, 12, [(0, 3), (79, 83)]), read_by_inducer(text, 42, [(0, 3), (79, 83)])
    (True, True)
    >>> read_by_inducer("Mice showed depression-like behaviour.", 12, [])
    False
    """
    for s, e in spans:
        after = _INDUCER_THEN_STATE.match(text, e) if e <= start else None
        if after is not None and after.start("adj") == start:
            return True
        before = _STATE_BY_INDUCER.search(text, max(0, s - 90), s) if s > start else None
        if before is not None and before.start("adj") == start:
            return True
    return False


def change_subject(masked: str, items: Sequence[Item], at: int) -> Item | None:
    """The intervention that made the change of a measure starting at ``at`` of ``masked``: the nearest
    intervention item before it in its clause (no clause break between), not one used as a modifier nor the inducer
    of an "X-induced" compound, at most 100 characters before; None when there is none."""
    before = [i for i in items if i.end <= at and i.cls == "Intervention" and not i.modifier
              and not COMPOUND.match(masked, i.end)]
    if not before or CLAUSE_BREAK.search(masked, before[-1].end, at):
        return None
    subject = before[-1]
    return subject if at - subject.end <= 100 else None


def behaviour_findings(masked_view: Folded, items: Sequence[Item], where: tuple[str, int, int, str, str]
                       ) -> list[Finding]:
    """The intervention before a change of immobility or of sucrose preference treats or induces depression;
    ``masked_view``: the sentence with its items masked, folded."""
    if not may_state_behaviour(masked_view):
        return []
    masked = masked_view.text
    depression = _depression()
    if depression is None:
        return []
    passage, start, end, evidence, role = where
    out: list[Finding] = []
    for change in _CHANGE.finditer(masked):
        subject = change_subject(masked, items, change.start())
        if subject is None:
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
