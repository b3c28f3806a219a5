"""A cell's process named across the cell's modifiers (round 14b; a stage of
:func:`ipkg.extract.coordination.coordinated_names`).

GO names a cell's process "<cell> activation" and the lexicon writes it also "activation of <cell>" (round 8); an
abstract puts the cell's own modifiers between the process noun and the cell: a marker ("activation of
Iba1-positive microglia", "proliferation of CD3+ splenic T cells"), a place ("activation of hippocampal
microglia") or a state ("activation of resident microglia"). The process is still the cell's: the rule reads
"<noun in -ion> of [the] <one to three modifier words> <cell>" as "<noun> of <cell>" when the lexicon knows that
name as a Pathway. A modifier is no function word (a preposition, article, pronoun, conjunction), so "production
of IL-6 by microglia" or "activation of TLR4 on microglia" name nothing here.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder, Match
from ..models import Concept

__all__ = ["process_of_modified_cell"]

#: the process noun, "of", an optional article and one to three modifier words right before a cell name
_PROCESS_BEFORE = re.compile(
    r"\b([A-Za-z]+ion)\s+of\s+(?:the\s+)?"
    r"((?:(?!(?i:and|or|nor|in|of|on|at|by|for|with|from|to|into|within|the|a|an|its|their|this|these|those|"
    r"that|which|who|than|as|after|before|during)\s)[\w+()-]+\s+){1,3})$")
#: how far before the cell the process noun may start
_REACH = 90


def process_of_modified_cell(text: str, matches: list[Match], grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """(start, end, Pathway) of each "<process> of <modifiers> <cell>" in ``text`` the lexicon knows without the
    modifiers."""
    out = []
    for m in matches:
        if m.concept.cls != "ImmuneCell" or m.start < 8 or text[m.start - 1] != " ":
            continue
        before = max(0, m.start - _REACH)
        if " of " not in text[before : m.start]:
            continue
        found = _PROCESS_BEFORE.search(text, before, m.start)
        if found is None:
            continue
        concept = grounder.lookup(f"{found.group(1)} of {text[m.start : m.end]}", "Pathway")
        if concept is not None:
            out.append((found.start(1), m.end, concept))
    return out
