"""Active cells: a cell named with an adjective of activation stands for the cell's activation (round 40, issue 12).

"CHC stress increased the number of active microglia", "L-NAME decreased the number of active microglia",
"minocycline reduced activated microglia", "reactive astrocytes were more numerous": what changed is the cells'
activation, and the findings curators record it as the lexicon's "<cell> activation" process (the tune2
adjudication: "active microglia" -> microglial cell activation, GO:0001774), as round 7 reads "the activation of
microglia" (:mod:`ipkg.extract.activation`). The grounder gives the cell ("microglial cell"; "activated microglia"
as "mature microglial cell"), so the finding was on the cell, a broader or other concept than the gold's (bucket e
of round 40's anatomy of the misses).

:func:`active_cell_items` replaces each immune-cell item right after "active", "activated" or "reactive" (a
marker-positive word may stand between: "activated Iba1-positive microglia"), or whose mention begins with one of
them, by an item of the cell's activation process when the lexicon has one ("<head noun> activation", else "<cell
label> activation"); the span widens back to the adjective, so that the verb before it stays the trigger. Not an
adjective that ends a compound ("mitogen-activated", "IFN-gamma-activated macrophages": the stimulus of an assay,
docs/findings.md 13), not "inactive", "non-activated", "resting", and not inside a protein's name ("nuclear factor of
activated T cells").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import Concept
from . import named_concept
from .activation import cell_activation
from .pairing import Item

__all__ = ["active_cell_items", "may_name_active_cells"]

_F = re.IGNORECASE
_ADJECTIVE = r"(?<![\w-])(?:active|activated|reactive)"
#: the adjective right before a cell item, a marker-positive word between ("activated Iba1-positive ")
_BEFORE = re.compile(rf"(?<!factor\sof\s){_ADJECTIVE}\s+(?:[\w-]+(?:[- ]positive|\+)\s+)?$", _F)
#: the adjective anywhere (the cheap test)
_WORD = re.compile(rf"{_ADJECTIVE}\s", _F)
#: a mention that begins with the adjective ("activated microglia")
_OPENS = re.compile(rf"{_ADJECTIVE}\s+", _F)


def may_name_active_cells(text: str) -> bool:
    """A cheap test: may ``text`` name a cell with an adjective of activation?"""
    return "activ" in text.lower() and _WORD.search(text) is not None


@functools.lru_cache(maxsize=256)
def _activation(head: str, cell: Concept) -> Concept | None:
    """The lexicon's activation process of the cell named ``head`` ("microglia" -> microglial cell activation),
    else of ``cell``'s label (:func:`ipkg.extract.activation.cell_activation`, round 7's reading)."""
    concept = named_concept(f"{head} activation")
    return concept if concept is not None and concept.cls == "Pathway" else cell_activation(cell)


def active_cell_items(text: str, items: Sequence[Item]) -> list[Item]:
    """``items`` with each immune-cell item named with an adjective of activation read as the cell's activation
    process (see the module docstring); ``text``: the sentence the items' offsets index."""
    if not may_name_active_cells(text):
        return list(items)
    out: list[Item] = []
    for item in items:
        if item.concept.cls != "ImmuneCell" or item.pseudo:
            out.append(item)
            continue
        opens = _OPENS.match(text, item.start, item.end)
        before = None if opens else _BEFORE.search(text, max(0, item.start - 40), item.start)
        if opens is None and before is None:
            out.append(item)
            continue
        head = text[opens.end() if opens else item.start : item.end]
        process = _activation(head.strip(), item.concept)
        if process is None:
            out.append(item)
            continue
        start = before.start() if before is not None else item.start
        if out and start < out[-1].end:
            start = item.start
        out.append(replace(item, start=start, concept=process))
    return out
