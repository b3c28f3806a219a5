"""The activation of named cells (s6 issue 12, round 7).

"X suppressed the activation of Iba1 positive microglia cells and GFAP positive astrocytes" says what X did to the
cells' activation, not to the cells: each cell after "activation of", and each cell listed right after it, is read
as the lexicon's "<cell> activation" process when the lexicon has one. The first item's span is widened back to
"activation", so that the verb before it ("suppressed") is the trigger the object is read with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import Concept
from .pairing import Item

__all__ = ["activation_items", "cell_activation"]

_F = re.IGNORECASE
#: "activation of (the) (Iba1-positive | Iba1 positive | CD68+ | hippocampal) <cell>"
_MARKERS = r"(?:[\w-]+(?:[- ]positive|\+)\s+|(?:hippocampal|cortical|brain|resident|peripheral)\s+){0,2}"
_ACTIVATION_OF = re.compile(rf"\bactivation\s+of\s+(?:the\s+)?{_MARKERS}$", _F)
_CELLS = re.compile(r"\s+cells?\b", _F)
_NAMED = re.compile(r"activation\s+of\b", _F)
#: the rest of a list of cells: "(cells) and GFAP positive (astrocytes)"
_LIST_GAP = re.compile(rf"^(?:\s+cells?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){_MARKERS}$", _F)


@functools.lru_cache(maxsize=1024)
def cell_activation(cell: Concept) -> Concept | None:
    """The lexicon's activation process of ``cell`` ("microglial cell" -> microglial cell activation)."""
    from . import get_grounder

    concept = get_grounder().lookup(f"{cell.label} activation")
    return concept if concept is not None and concept.cls == "Pathway" else None


def activation_items(sentence: str, items: Sequence[Item]) -> list[Item]:
    """``items`` with each cell named after "activation of" (and the cells listed after it) read as its
    activation process; ``sentence``: the text the items' offsets index."""
    if "activation of" not in sentence.lower():
        return list(items)
    out: list[Item] = []
    listing = False  # the item before was such a cell: a listed cell after it shares its "activation of"
    for item in items:
        process = cell_activation(item.concept) if item.concept.cls == "ImmuneCell" and not item.pseudo else None
        opening = _ACTIVATION_OF.search(sentence[max(0, item.start - 80) : item.start]) if process else None
        listed = process is not None and listing and bool(_LIST_GAP.match(sentence[out[-1].end : item.start]))
        if process is not None and opening is not None:
            start = max(0, item.start - 80) + opening.start()
            start = start if not out or start >= out[-1].end else item.start
            cells = _CELLS.match(sentence, item.end)  # "microglia cells": the noun belongs to the name
            out.append(replace(item, start=start, end=cells.end() if cells else item.end, concept=process))
            listing = True
        elif listed:
            out.append(replace(item, concept=process))  # type: ignore[arg-type]
        else:
            out.append(item)  # a grounded "activation of microglia" opens a list as well
            listing = bool(_NAMED.match(sentence, item.start, item.end))
    return out
