"""Whether a sentence denies or only suggests a relation it states between two mentions, and the finding made of it
(:func:`relation_flags`, :func:`make_finding`); :func:`mask_items` blanks a sentence's mentions and bracketed
statistics for the patterns that read it. Negation and hedge cues are :mod:`ipkg.extract.negation`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Concept, Finding
from .negation import hedge_cues, is_hedged, is_negated, mask_spans, short_of_significance
from .pairing import COMPOUND, Item
from .relation_modulation import AGENT_BEFORE_DRUG
from .relations import DEFINING_APPOSITIVE, NO_CHANGE, RelationMatch

__all__ = ["Where", "make_finding", "mask_items", "relation_flags"]

#: where a finding is stated: (passage, sentence start, sentence end, sentence text, sentence role)
Where = tuple[str, int, int, str, str]
_DETERMINER_NEGATION = re.compile(
    r"\b(?:no|without|absence\s+of|lack\s+of|free\s+of|neither|nor)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: a reduced relative clause right after a mention: "the abnormalities associated with Y" (no copula)
_REDUCED_RELATIVE = re.compile(r"\s+(?:associated|linked|related)\s+(?:with|to)\b", re.IGNORECASE)
#: a comparison of groups read on a word of sameness denies the difference
_SAME = re.compile(r"comparable|similar", re.IGNORECASE)
#: "but not" right before the subject: "X, but not Y, reduced Z" denies Y's relation
_BUT_NOT = re.compile(r"\bbut\s+not\s+(?:the\s+)?$", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\([^()§]*\)")


def mask_items(sentence: str, items: Sequence[Item]) -> str:
    """``sentence`` with its items' spans masked (:func:`ipkg.extract.negation.mask_spans`) and bracketed
    statistics blanked."""
    masked = mask_spans(sentence, [(item.start, item.end) for item in items])
    # statistics in brackets, "(n = 14, p = 0.02)", are neither words nor clause ends
    return _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), masked)


def relation_flags(masked: str, match: RelationMatch, spans: Sequence[tuple[int, int]], target: tuple[int, int]
                   ) -> tuple[bool, bool]:
    """``(negated, hedged)`` of a relation stated by ``match`` between the mentions at ``spans`` (subject first).

    A compound such as "X-induced Y" presupposes its relation: a negation elsewhere in the clause ("did not
    inhibit X-induced Y", "no change in X-induced Y") denies something else, so only a determiner right before the
    compound ("no X-induced Y") negates it, and a hedge of the clause does not hedge it.
    """
    subject = spans[0]
    if COMPOUND.match(masked, subject[1]) and match.trigger[0] <= subject[1] + 14 < match.trigger[1] + 14:
        # presupposed, so neither denied nor hedged by the clause ("may be due to its suppression of LPS-induced Y")
        return bool(_DETERMINER_NEGATION.search(masked, 0, subject[0])), False
    else:
        negated = match.direction == NO_CHANGE or is_negated(masked, [match.trigger, target]) or bool(
            _BUT_NOT.search(masked, max(0, subject[0] - 12), subject[0])  # "X, but not Y, reduced Z": not Y
        )
        if match.predicate == "associatedWith" and _SAME.fullmatch(masked, *match.trigger):
            negated = not negated  # "IL-6 levels were comparable between patients with Y and controls": no difference
    definition = DEFINING_APPOSITIVE.match(masked, subject[1])
    if definition is not None and definition.end() == match.trigger[0]:
        return negated, False  # ", a monoclonal antibody targeting TNF": what the drug is, whatever the clause
    if match.trigger[1] <= subject[0] and AGENT_BEFORE_DRUG.search(masked, match.trigger[0], subject[0]):
        return negated, False  # "the NMDA receptor antagonist ketamine": likewise
    points = [p for span in (*spans, match.trigger) for p in span]
    lo, hi = min(points), max(points)
    if match.predicate == "associatedWith" and _REDUCED_RELATIVE.match(masked, min(s[1] for s in spans)):
        # "correct the abnormalities associated with Y": presupposed; only a hedge inside the phrase hedges it
        return negated, any(lo <= s and e <= hi for s, e in hedge_cues(masked))
    return negated, is_hedged(masked, lo, hi) or short_of_significance(masked, match.trigger[0])


def make_finding(subject: Concept, match: RelationMatch, obj: Concept, flags: tuple[bool, bool], where: Where
                 ) -> Finding:
    passage, start, end, evidence, role = where
    return Finding(subject=subject, predicate=match.predicate, obj=obj, evidence=evidence, passage=passage,
                   start=start, end=end, negated=flags[0], hedged=flags[1], direction=match.direction, role=role)
