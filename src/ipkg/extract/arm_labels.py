"""Arms named by a label the abstract defines (issue 12, round 18): "Group D received dexmedetomidine 0.5 ug/kg",
"patients were randomised to ondansetron (group O) or saline (group S)", "group L: levobupivacaine" -- and then
"The incidence of nausea was significantly lower in the Group D".

A label is "group" or "arm" followed by a capital letter, a roman or arabic numeral, or a short code starting with
a capital ("group D", "Group II", "arm 2", "group P2.5"; not "group and", "arm of"). The abstract defines it

* after the label: "group D received / was given / were treated with / got X", "group D (X)", "group D: X",
  "group D = X" -- the first intervention named within 80 characters, in the same clause and before the next label;
* before it: "X (group D)", "X group (group D)", "X, group D" -- the intervention named right before.

A label defined with two different interventions is dropped (ambiguous); "Group D" and "group D" are one label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Concept

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["LABEL", "arm_labels", "label_key"]

#: an arm label: "group D", "Group II", "arm 2", "group P2.5"
LABEL = re.compile(r"\b(?:[Gg]roup|GROUP|[Aa]rm|ARM)\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z](?:[A-Za-z]{0,3}\d*(?:\.\d+)?)?)"
                   r"(?![\w-])")
#: the label is followed by what its arm received
_RECEIVED = re.compile(r"\s*(?:\(\s*|:\s*|=\s*|,?\s*(?:patients\s+)?(?:received|receiving|was\s+given|were\s+given|"
                       r"got|took|was\s+treated\s+with|were\s+treated\s+with|treated\s+with|was\s+administered|"
                       r"were\s+administered|underwent|had)\s+)", re.I)
#: the label is set in parentheses or after a comma right after its arm's intervention
_AFTER_ARM = re.compile(r"(?:\s+(?:group|arm))?\s*(?:\(\s*|,\s*)$", re.I)
_REACH = 80


def label_key(text: str) -> str:
    """The label as a key: "Group  D" and "group d" are one label."""
    return " ".join(text.lower().split())


def arm_labels(annotated: AnnotatedDocument) -> dict[str, Concept]:
    """Each arm label the abstract defines, with the intervention its arm received (see the module docstring)."""
    found: dict[str, set[Concept]] = {}
    for sentence in annotated.sentences:
        text = sentence.text
        low = text.lower()
        if "group" not in low and "arm" not in low:
            continue
        for match in LABEL.finditer(text):
            concept = _defined(sentence, match)
            if concept is not None:
                found.setdefault(label_key(match.group()), set()).add(concept)
    return {key: next(iter(concepts)) for key, concepts in found.items() if len(concepts) == 1}


def _defined(sentence: Sentence, match: re.Match[str]) -> Concept | None:
    text, base = sentence.text, sentence.start
    interventions = [m for m in sentence.mentions if m.concept.cls == "Intervention"]
    after = _RECEIVED.match(text, match.end())
    if after is not None:
        nxt = LABEL.search(text, after.end())
        stop = min(after.end() + _REACH, nxt.start() if nxt else len(text))
        clause = re.search(r"[;.]", text[after.end():stop])
        if clause is not None:
            stop = after.end() + clause.start()
        for m in interventions:
            if after.end() <= m.start - base < stop:
                return m.concept
    before = [m for m in interventions if m.end - base <= match.start()]
    if before and _AFTER_ARM.search(text[before[-1].end - base:match.start()]) and (
            match.start() - (before[-1].end - base) <= 12):
        return before[-1].concept
    return None
