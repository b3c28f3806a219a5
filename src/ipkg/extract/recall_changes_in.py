""""Changes in X in Y": a target altered in a disorder, named by a noun of change (round 33, issue 12).

"Altered IL-6 levels in depression" relates the two (the adjective is read as a change of the target), but the noun
phrase that names the change first does not: "Changes in microbiota composition in psychosis and schizophrenia
have been correlated with ...", "Alterations of the gut microbiota in patients with depression were found",
"abnormalities in kynurenine pathway in schizophrenia". A curator records each disorder of the phrase as
associated with the target (FINDINGS.md: "Y is altered in / linked to the disorder"; direction not stated).

:func:`changed_in_findings` reads "<changes | alterations | abnormalities | disturbances | dysregulation |
imbalance | differences | shifts | perturbations> in / of (the) <target> (levels / composition / ...) in / among
(patients / individuals / those / mice ... with) <disorder>(, <disorder> and <disorder>)": each listed disorder
``associatedWith`` the target, asserted unless the sentence denies or hedges it. Not a condition that is the
setting of a treatment ("in patients with Y treated with X": the treatment's change, read by the relation
readers), not a phrase inside a text's statement of its scope, an open question or an aim, and not across a
clause break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cues import Folded
from ..models import Finding
from .negation import is_hedged, is_negated
from .pairing import Item
from .recall_class_targets import LIST_GAP
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES
from .unclaimed import claimless_spans

__all__ = ["changed_in_findings", "target_run"]

_F = re.IGNORECASE
#: the noun of change and its preposition, right before the target (a few modifiers between)
_CHANGE_BEFORE = re.compile(
    r"\b(?:changes|alterations?|abnormalit(?:y|ies)|disturbances?|dysregulation|imbalances?|differences|shifts|"
    r"perturbations?|aberrations?)\s+(?:in|of|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", _F)
#: after the target: its measure noun, then "in / among (those / patients ... with)" before the condition
_IN_CONDITION = re.compile(
    r"\s*(?:(?:levels?|composition|diversity|richness|abundance|activity|expression|function|profiles?|"
    r"concentrations?|counts?|numbers?)\s+)?(?:and\s+(?:function|activity|composition)\s+)?"
    r"(?:in|among|of)\s+(?:(?:the|those|patients|individuals|subjects|people|children|adolescents|adults|women|"
    r"men|mice|rats|animals|cases|models?)\s+(?:with|of)\s+)?(?:the\s+)?", _F)
#: a treatment given to the condition's patients: its own change, not the condition's
_TREATED = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:who\s+were\s+|being\s+)?(?:treated|receiving|given|taking|"
                      r"exposed)\b", _F)


def changed_in_findings(masked_view: Folded, items: Sequence[Item], where: tuple[str, int, int, str, str]
                        ) -> list[Finding]:
    """The disorders a noun of change names a target as altered in (see the module docstring); ``masked_view``:
    the sentence with its items masked, folded."""
    masked, lower = masked_view.text, masked_view.lower
    if lower is not None and not any(w in lower for w in ("chang", "alter", "abnormal", "disturb", "dysregul",
                                                          "imbalanc", "differ", "shift", "perturb", "aberra")):
        return []
    passage, start, end, evidence, role = where
    out: list[Finding] = []
    index = 0
    while index < len(items):
        run = target_run(masked, items, index)
        index += max(1, len(run))
        if not run:
            continue
        change = _CHANGE_BEFORE.search(masked, max(0, run[0].start - 60), run[0].start)
        if change is None or "§" in masked[change.start() : run[0].start] or any(
                a <= change.start() < b for a, b in claimless_spans(masked_view.text)):
            continue
        for condition in _conditions(masked, items[index:], run[-1].end):
            for target in run:
                out.append(Finding(subject=condition.concept, predicate="associatedWith", obj=target.concept,
                                   evidence=evidence, passage=passage, start=start, end=end,
                                   negated=is_negated(masked, [(change.start(), change.end()),
                                                               (target.start, target.end)]),
                                   hedged=is_hedged(masked, change.start(), condition.end), role=role))
    return out


def target_run(masked: str, items: Sequence[Item], index: int) -> list[Item]:
    """The targets listed from ``items[index]`` on ("IL-6, TNF and IL-1β"); empty when it is no target."""
    run: list[Item] = []
    for item in items[index:]:
        if item.cls not in MODULATED_CLASSES or item.pseudo or run and not LIST_GAP.fullmatch(
                masked, run[-1].end, item.start):
            break
        run.append(item)
    return run


def _conditions(masked: str, later: Sequence[Item], at: int) -> list[Item]:
    """The conditions named right after the target ending at ``at`` ("in psychosis and schizophrenia")."""
    if not later or later[0].cls not in CONDITION_CLASSES or later[0].pseudo:
        return []
    if not _IN_CONDITION.fullmatch(masked, at, later[0].start):
        return []
    listed = [later[0]]
    for item in later[1:]:
        if item.cls not in CONDITION_CLASSES or not LIST_GAP.fullmatch(masked, listed[-1].end, item.start):
            break
        listed.append(item)
    return [] if _TREATED.match(masked, listed[-1].end) else listed
