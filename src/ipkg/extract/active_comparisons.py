"""A trial against an active drug only, and the comparator of a result (round 28, issue 12).

:mod:`ipkg.extract.trial_verdict` reads a null result ("no significant differences between the groups", "similar in
the two treatment groups") as the trial's negative verdict: every tested intervention "does not treat" the studied
condition. That reading holds when one arm is inert (placebo, sham, waiting list, usual care). On the fresh sample M
(Cohen 2006 trials, section 28 of docs/findings.md) most such nulls compared two active drugs: "there were no
significant differences between clozapine and comparison patients in outcomes at 1 year" (clozapine against
haloperidol), "The decrease in Hamilton depression scale score was similar in the two treatment groups" (olanzapine
against divalproex, both of which lowered mania ratings). Equal effects of two drugs say nothing of whether either
treats the condition.

* :func:`active_only`: the abstract names no inert arm (:data:`INERT_ARM`): no placebo, sham, vehicle, waiting list,
  usual care, no treatment, untreated or control group.
* :func:`compares_arms`: the null result's clause (to a semicolon) compares the arms ("between", "groups", "than",
  "similar", "differ", "superior"), not one arm's failure ("X failed to reduce symptoms" stays a verdict).
* :func:`named_as_comparator`: an intervention first named, in the clause of a result, after a word of comparison
  ("compared with the divalproex treatment group", "than on haloperidol", "versus X") is its comparator, not its
  subject, wherever the clause names it later ("Significantly more patients on quetiapine than on haloperidol showed
  a response: 52.2% for quetiapine and 38.0% for haloperidol"): "The olanzapine group had significantly greater
  improvement of mania ratings compared with the divalproex group" is olanzapine's result; "standard-dose haloperidol
  was superior to low-dose haloperidol and placebo" is haloperidol's.
* :func:`in_clause`, :func:`not_before_clause`: whether an offset lies in the clause of another, or not before it.
  The Cohen 2006 records join their sections with "; ", so one "sentence" holds the result of one section and the
  harms of the previous one ("The average weight gain with olanzapine was 2.5 kg, compared to 0.9 kg with
  divalproex.; The olanzapine group had significantly greater improvement ..."): a result speaks of the conditions
  of its own clause and of the clauses after it (the conclusions), not of those before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Concept
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["INERT_ARM", "active_only", "clause_span", "compares_arms", "in_clause", "named_as_comparator",
           "not_before_clause"]

_F = re.IGNORECASE
#: an inert arm or comparison group: the trial's null result can then be a verdict on the tested intervention
#: ("controlled" alone is no arm: "A controlled clinical trial of bupropion" names none)
INERT_ARM = re.compile(
    r"\b(?:placebos?|sham|vehicle|dummy|wait(?:ing)?[\s-]?list\w*|usual\s+care|treatment\s+as\s+usual|"
    r"no[\s-]+(?:treatment|intervention)|untreated|controls?|control\s+(?:groups?|arms?|conditions?|subjects|"
    r"participants|patients))\b",
    _F,
)
#: a word of comparison between arms in a null result's clause (not "group": "the nasointestinal X group had no
#: significant therapeutic effect" is one arm's failure)
_ARMS_COMPARED = re.compile(
    r"\b(?:between|groups|arms|than|compared|versus|vs\.?|differ\w*|similar\w*|comparable|superior|outperform\w*|"
    r"separate\w*|equivalen\w*|either)\b",
    _F,
)
#: the words right before a comparator's mention: "compared with (the)", "than (in) (those receiving)", "versus",
#: and up to two modifiers ("than those given intensive behavioral treatment"; no preposition: in "superior to
#: placebo in olanzapine-treated patients" olanzapine is the subject)
_BEFORE_COMPARATOR = re.compile(
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than(?:\s+(?:with|in|on|for))?|versus|vs\.?|"
    r"relative\s+to|superior\s+to|over)\s+(?:(?:the|those|patients|subjects|participants)\s+){0,2}?"
    r"(?:(?:receiving|treated\s+with|given|taking|on|in\s+the)\s+)?"
    r"(?:(?!(?:in|on|at|of|for|with|by|and|or|placebo|sham)\b)[\w-]+\s+){0,2}?$",
    _F,
)


def active_only(annotated: AnnotatedDocument) -> bool:
    """True when no sentence of the abstract (its title included) names an inert arm (:data:`INERT_ARM`)."""
    return not any(INERT_ARM.search(sentence.text) for sentence in annotated.sentences)


def clause_span(text: str, at: int) -> tuple[int, int]:
    """The clause of ``text`` around offset ``at``: from the semicolon before it to the one after it (also the
    clause :mod:`ipkg.extract.harm_outcomes` reads a harm in)."""
    end = text.find(";", at)
    return text.rfind(";", 0, at) + 1, len(text) if end < 0 else end


def compares_arms(text: str, at: int) -> bool:
    """True when the clause of ``text`` around offset ``at`` (a null result's) compares arms.

    >>> compares_arms("The decrease in scores was similar in the two treatment groups.", 30)
    True
    >>> compares_arms("Clozapine failed to reduce symptoms.", 10)
    False
    """
    lo, hi = clause_span(text, at)
    return _ARMS_COMPARED.search(text, lo, hi) is not None


def in_clause(text: str, at: int, cue: int) -> bool:
    """True when offsets ``at`` and ``cue`` of ``text`` lie in one clause (no semicolon between them)."""
    lo, hi = sorted((at, cue))
    return ";" not in text[lo:hi]


def not_before_clause(text: str, at: int, cue: int) -> bool:
    """True when offset ``at`` of ``text`` lies in the clause of offset ``cue`` or after it: a result speaks of its
    own clause and of what follows it (the Cohen 2006 records' conclusions, "; Additional treatment with X has
    significant positive effects on ... schizophrenia psychopathology"), not of the clauses before it (an earlier
    section's harms)."""
    return at >= text.rfind(";", 0, cue) + 1


def named_as_comparator(sentence: Sentence, concept: Concept, cue: int) -> bool:
    """True when the first mention of ``concept`` in the clause of ``sentence`` around offset ``cue`` (its result's
    wording) follows a word of comparison (within the 40 characters before it): the comparator of the result.

    >>> from ipkg.models import Concept, Mention
    >>> from ipkg.extract.annotate import Sentence
    >>> dvp = Concept("http://purl.obolibrary.org/obo/CHEBI_39867", "valproic acid", "Intervention")
    >>> text = "The olanzapine group improved more compared with the divalproex group."
    >>> s = Sentence("abstract", 1, 0, len(text), text, "results",
    ...              mentions=(Mention("abstract", 53, 63, "divalproex", dvp),))
    >>> named_as_comparator(s, dvp, 30)
    True
    """
    places = [m.start - sentence.start for m in sentence.mentions
              if m.concept == concept and in_clause(sentence.text, m.start - sentence.start, cue)]
    at = min(places, default=-1)
    return at >= 0 and _BEFORE_COMPARATOR.search(sentence.text, max(0, at - 40), at) is not None
