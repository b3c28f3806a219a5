"""A process's role in what an agent induces: the agent acts through the process (round 21, issue 12).

"A plays a key role in LPS-induced depression" already makes LPS act through A (:mod:`ipkg.extract.relation_targets`,
the verb "role in" before an "X-induced" compound). Two more wordings say the same and were read as nothing:

* the **nominal** "the (important) role of A in X-induced Y (was suggested)", modifiers of A allowed between ("an
  important role of localized, rather than systemic, inflammation in zymosan-induced hypophagia"): X acts
  through A;
* an **experimental model named by its inducer**: "A plays an important role in the X model of Y", "in the
  X-induced (animal / rat / mouse) model of Y", "in the X paradigm": X is what induces Y there, so X acts through A.

A gap or an aim is no finding: "the role of A in X-induced Y remains to be explored / is unknown", "we investigated
the role of A in ...". The hedge ("was suggested", "these results suggest") is the sentence's, as for every
mechanism finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .negation import NOT_KNOWN_PHRASES, NOT_KNOWN_STATES
from .pairing import CLAUSE_BREAK, Item

__all__ = ["role_findings"]

_F = re.IGNORECASE
#: "role(s) of (the)" and up to 60 characters of modifiers (no mention, no clause break) before the process
_ROLE_OF = re.compile(r"\broles?\s+of\s+(?:the\s+)?(?:[^§;:.()]{0,60}?)$", _F)
#: "<process> play(s/ed) a (key) role in (the)": the process as a verb's subject
_PLAYS_ROLE = re.compile(r"^\s*(?:(?:of|by|in|on)\s+(?:the\s+)?[\w§-]+\s+){0,2}(?:\w+\s+){0,2}?"
                         r"(?:(?:may|might|could|can|to)\s+)?play(?:s|ed|ing)?\s+(?:a|an)?\s*"
                         r"(?:[\w-]+\s+){0,2}?roles?\s+in\s+(?:the\s+)?$", _F)
#: right after the process: "in (the) " before the inducer (nominal form)
_IN = re.compile(r"^\s+in\s+(?:the\s+)?$", _F)
#: right after the inducer: a compound of induction, or an experimental model it names
_INDUCED = re.compile(r"^-?(?:induced|evoked|triggered|elicited|provoked)\b", _F)
_MODEL = re.compile(
    r"^(?:-?(?:induced|evoked|based)\s+)?\s*(?:(?:animal|rodent|rat|mouse|murine|experimental|preclinical)\s+)?"
    r"(?:model|paradigm)s?\b", _F)
#: a gap in knowledge or an aim around the role: no finding; what is not known is what negation's trailing hedge
#: reads (:data:`ipkg.extract.negation.NOT_KNOWN_STATES` and :data:`~ipkg.extract.negation.NOT_KNOWN_PHRASES`:
#: "remains unclear / elusive / not fully understood") and "unexplored"
_GAP_OR_AIM = re.compile(
    rf"\b(?:remains?\s+to\s+be|yet\s+to\s+be|(?:is|are|remains?)\s+(?:still\s+)?(?:{NOT_KNOWN_STATES}|"
    rf"{NOT_KNOWN_PHRASES}|unexplored)|investigat\w*|examin\w*|explor\w*|assess\w*|evaluat\w*|to\s+(?:study|"
    r"determine|clarify|elucidate))\b", _F)


def role_findings(masked: str, items: Sequence[Item], add: Callable[..., None]) -> None:
    """Call ``add(inducer, "actsThrough", process, None, lo, hi)`` for each process whose role in what an
    intervention or exposure induces the sentence states (see the module docstring)."""
    for index, obj in enumerate(items):
        if obj.cls != "Pathway" or obj.pseudo:
            continue
        after = next((i for i in items[index + 1 :] if i.start >= obj.end and i.cls == "Intervention"), None)
        if after is None or after.start - obj.end > 140:
            continue
        gap = masked[obj.end : after.start]
        rest = masked[after.end : after.end + 40]
        if CLAUSE_BREAK.search(gap):
            continue
        nominal = _ROLE_OF.search(masked, max(0, obj.start - 80), obj.start) and _IN.match(gap) \
            and _INDUCED.match(rest)
        model = _PLAYS_ROLE.match(gap) and _MODEL.match(rest.lstrip(" "))
        if not (nominal or model):
            continue
        # the clause of the role: its gap or aim words and its hedge ("... was suggested") are read there
        opening = max((m.end() for m in CLAUSE_BREAK.finditer(masked, 0, obj.start)), default=0)
        stop = CLAUSE_BREAK.search(masked, after.end)
        end = stop.start() if stop else len(masked)
        if not _GAP_OR_AIM.search(masked, opening, end):
            add(after, "actsThrough", obj.concept, None, obj.start, end)
