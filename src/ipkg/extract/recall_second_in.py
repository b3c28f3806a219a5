"""A second "in" phrase after "implicated in", "involved in" or "a role in" (round 47, issue 12; docs/findings.md
section 47).

"The DRN serotonin (5-HT) system has been implicated in acute responses to stress and in stress-related psychiatric
disorders such as anxiety and depression", "GABA signalling plays an important role in epilepsy and in
stress-related psychiatric disorders, such as major depression and anxiety": the relation readers pair the target
with the first phrase's condition only (a mention of the subject's group or of the object's between the two blocks
the pair), so the conditions of the second phrase, repeated preposition and all, were lost. The rule: a target (a
cell, cytokine or pathway; a list of them) right before "(has / have been, is, are, may be, seem(s) to be)
(adverb) implicated / involved in" or "play(s) a (one or two words) role in", then within the same clause ", and in",
"and in" or "as well as in", then (the pathophysiology / pathogenesis / aetiology / development / onset /
progression / occurrence of) (up to two words, "stress-related") a condition: that condition, and the conditions
listed with it ("such as A and B", "A, B and C"), are each ``associatedWith`` each target of the subject. Negated and
hedged as the phrase's own words say; not in a statement of scope, an open question or an aim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Finding
from .negation import is_hedged, is_negated, mask_spans
from .pairing import Item, list_run
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES
from .unclaimed import claimless_spans

__all__ = ["second_in_findings"]

_F = re.IGNORECASE
#: the cue right after the subject's list: "(5-HT) has been implicated in", "plays an important role in"
_CUE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:"
    r"(?:(?:(?:has|have)\s+(?:not\s+)?(?:also\s+)?been|is|are|was|were|(?:may|might|could|can)\s+be|seems?\s+to\s+be|"
    r"appears?\s+to\s+be)\s+)?(?:\w+ly\s+)?(?:implicated|involved)|"
    r"(?:(?:may|might|could|can|seems?\s+to|appears?\s+to)\s+)?(?:\w+ly\s+)?(?:play(?:s|ed)?|has|have)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?roles?)\s+in\s+",
    _F,
)
#: the second "in" phrase, in the cue's clause (no clause break, no verb of its own before it)
_SECOND_IN = re.compile(
    r"(?:,\s*)?\b(?:and|as\s+well\s+as)\s+in\s+(?:the\s+)?(?:(?:patho(?:physiology|genesis)|a?etiology|development|"
    r"onset|progression|occurrence|course)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?$",
    _F,
)
#: what may not stand between the cue and the second phrase: a clause break, a finite verb, a bracketed aside
#: longer than a name's
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:whereas|while|but|however|although|which|that|is|are|was|were)\b", _F)
#: the gap between a subject's targets: "A and B", "A, B and C"
_TARGET_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or)\s+)?$", _F)
#: the gap inside the second phrase's list of conditions: "X such as A and B", "X, including A, B and C"
_CONDITION_GAP = re.compile(r"^\s*,?\s*(?:(?:such\s+as|including|e\.g\.,?|i\.e\.,?|and|or|as\s+well\s+as)\s+)*$", _F)
#: how far after the cue the second phrase may open (characters)
_REACH = 160


def second_in_findings(text: str, items: Sequence[Item], where: tuple[str, int, int, str, str]) -> list[Finding]:
    """Each condition of a second "in" phrase ``associatedWith`` each target the phrase's cue is said of (the module
    docstring).

    >>> second_in_findings("IL-6 has been implicated in depression.", [], ("abstract", 0, 39, "", "results"))
    []
    """
    if " in " not in text or not items:
        return []
    out: list[Finding] = []
    masked = None
    for n, target in enumerate(items):
        if target.cls not in MODULATED_CLASSES or n + 1 < len(items) and items[n + 1].start < target.end:
            continue
        cue = _CUE.match(text, target.end)
        if cue is None or any(target.end < i.start < cue.end() for i in items):
            continue
        subjects = _subject_list(text, items[: n + 1])
        conditions = _second_phrase(text, items, cue.end())
        if not conditions or any(a <= cue.start() and cue.end() <= b for a, b in claimless_spans(text)):
            continue
        if masked is None:
            masked = mask_spans(text, [(i.start, i.end) for i in items])
        negated = is_negated(masked, [(cue.start(), cue.end())])
        hedged = is_hedged(masked, subjects[0].start, conditions[-1].end)
        passage, start, end, evidence, role = where
        out.extend(Finding(subject=c.concept, predicate="associatedWith", obj=s.concept, evidence=evidence,
                           passage=passage, start=start, end=end, negated=negated, hedged=hedged, role=role)
                   for c in conditions for s in subjects)
    return out


def _subject_list(text: str, items: Sequence[Item]) -> list[Item]:
    """The targets of the list that ends with the last of ``items``: "A and B", "A, B and C" (read backwards)."""
    subjects = [items[-1]]
    for item in reversed(items[:-1]):
        if item.cls not in MODULATED_CLASSES or not _TARGET_GAP.match(text[item.end : subjects[0].start]):
            break
        subjects.insert(0, item)
    return subjects


def _second_phrase(text: str, items: Sequence[Item], at: int) -> list[Item]:
    """The conditions of the second "in" phrase after the cue ending at ``at``: its first condition and those
    listed with it, or none."""
    for item in items:
        if item.start < at:
            continue
        if item.start - at > _REACH:
            return []
        opening = _SECOND_IN.search(text, at, item.start)
        if opening is None or opening.end() != item.start or item.cls not in CONDITION_CLASSES:
            continue
        if _CLAUSE_BREAK.search(text, at, opening.start()):
            return []
        after = [i for i in items if i.start >= item.start and i.cls in CONDITION_CLASSES]
        return list_run(text, after, _CONDITION_GAP)
    return []
