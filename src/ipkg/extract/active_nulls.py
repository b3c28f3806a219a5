"""No difference between two active drugs denies neither (round 35, issue 12).

"There was no difference between risperidone and haloperidol in reducing both psychotic and manic symptoms" says
the two drugs did alike, and in the trial both reduced the symptoms; the relation reader denies "reducing" for each
drug (risperidone does not treat schizoaffective disorder). Round 28 (:mod:`ipkg.extract.active_comparisons`) keeps
such a null from being the trial's verdict when the abstract has no inert arm; this is the same reading for the
relation a sentence states itself: a denied ``treats`` or ``potentiates`` whose clause says there was no difference
between arms (:data:`_NO_DIFFERENCE`: "no (significant) difference(s) between", "did not differ", "unable to
distinguish between") and names its subject and another intervention, and no inert arm (placebo, sham, control
...: :data:`~ipkg.extract.active_comparisons.INERT_ARM`), is dropped. "No difference between X and placebo in
reducing Y" stays X's denied treatment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .active_comparisons import INERT_ARM, clause_span

if TYPE_CHECKING:
    from ..models import Finding
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["between_active_arms", "without_active_nulls"]

_F = re.IGNORECASE
#: a null between arms
_NO_DIFFERENCE = re.compile(
    r"\b(?:no\s+(?:statistically\s+)?(?:significant\s+)?differences?\s+(?:(?:was|were)\s+(?:found|observed|seen)\s+)?"
    r"between|(?:did|does|do)\s+not\s+(?:significantly\s+)?differ|unable\s+to\s+(?:statistically\s+)?distinguish\s+"
    r"between)\b",
    _F,
)


def between_active_arms(sentence: Sentence, f: Finding) -> bool:
    """True when ``f`` is a denied treatment read from a null between its subject and another active intervention
    in one clause of ``sentence`` (see the module docstring)."""
    if not f.negated or f.predicate not in ("treats", "potentiates"):
        return False
    text = sentence.text
    for null in _NO_DIFFERENCE.finditer(text):
        lo, hi = clause_span(text, null.start())
        if INERT_ARM.search(text, lo, hi):
            continue
        named = {m.concept for m in sentence.mentions
                 if lo <= m.start - sentence.start < hi and m.concept.cls == "Intervention"}
        if f.subject in named and len(named) > 1:
            return True
    return False


def without_active_nulls(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less the denied treatments read from a null between two active drugs."""
    by_start = annotated.sentences_by_start()
    return tuple(f for f in found
                 if (s := by_start.get((f.passage, f.start))) is None or not between_active_arms(s, f))
