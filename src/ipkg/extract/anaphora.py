"""Demonstrative noun phrases that stand for the conditions of the sentence before (s6 issue 12).

"Changes in the gut microbiota have been implicated in several neuronal disorders, including depression, autism and
Parkinson's disease. Probiotics have shown hope for the treatment of these neuronal disorders." — "these neuronal
disorders" are the disorders the sentence before listed. A demonstrative ("these", "those", "such", "this") with a
head noun of condition (disorders, diseases, conditions, states, illnesses, comorbidities ...) is read as each
condition of the previous sentence: those of its list of examples ("including", "such as", "e.g.", a bracket)
when it has one, else all of them (a singular head: only when there is exactly one). The members are added as
items on the demonstrative word itself, so a grounded class noun after it ("these neuronal disorders") stays an
item of its own, coordinated with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .pairing import Item
from .relation_context import CONDITION_CLASSES

__all__ = ["demonstrative_items", "may_refer_back"]

_F = re.IGNORECASE
#: a demonstrative, up to two modifiers, and a head noun of condition
_DEMONSTRATIVE = re.compile(
    r"\b(?P<det>these|those|such|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?P<plural>disorders|diseases|conditions|states|illnesses|pathologies|comorbidities|syndromes|"
    r"disturbances)|(?P<singular>disorder|disease|condition|state|illness|syndrome))\b",
    _F,
)
#: the words that open a list of examples in the previous sentence
_EXAMPLES = re.compile(r"\b(?:including|such\s+as|e\.g\.|for\s+example|for\s+instance|like|namely)|\(", _F)
#: the words that may join the members of a list
_LIST_GAP = re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as|and/or)\s+)?(?:the\s+)?$", _F)


def _referents(text: str, items: Sequence[Item]) -> list[Item]:
    """The conditions a demonstrative after this sentence stands for."""
    conditions = [i for i in items if i.cls in CONDITION_CLASSES and not i.pseudo]
    for cue in _EXAMPLES.finditer(text):
        listed = [i for i in conditions if i.start >= cue.end()]
        if not listed:
            continue
        members = [listed[0]]
        for item in listed[1:]:
            if not _LIST_GAP.match(text[members[-1].end : item.start]):
                break
            members.append(item)
        return members
    return conditions


def may_refer_back(text: str) -> bool:
    """Does ``text`` hold a demonstrative for conditions (then one mention is enough for a pair)?"""
    return bool(_DEMONSTRATIVE.search(text))


def demonstrative_items(text: str, items: list[Item], previous: tuple[str, list[Item]] | None) -> list[Item]:
    """``items`` and, on each demonstrative for conditions, an item per condition of the ``previous`` sentence
    (its text and items), sorted by position."""
    if previous is None:
        return items
    lower = text.lower()
    if "these" not in lower and "those" not in lower and "such" not in lower and "this" not in lower:
        return items
    added: list[Item] = []
    referents: list[Item] | None = None
    for found in _DEMONSTRATIVE.finditer(text):
        start, end = found.span("det")
        if any(i.start < found.end() and found.start() < i.end and not (i.start >= end) for i in items):
            continue  # the phrase is a mention of its own ("this disease" inside a longer name)
        if referents is None:
            referents = _referents(*previous)
        if not referents or (found.group("singular") and len({r.concept.iri for r in referents}) != 1):
            continue
        seen: set[str] = set()
        for ref in referents:
            if ref.concept.iri not in seen:
                seen.add(ref.concept.iri)
                added.append(Item(start, end, ref.concept))
    if not added:
        return items
    return sorted(items + added, key=lambda i: (i.start, i.end))
