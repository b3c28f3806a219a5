"""Which Pathway a reading names, by the annotated golds' conventions (round 17b; a stage of
:func:`ipkg.extract.mentions.extract_mentions`).

**A property "anti-<A>" names the process <A> is formed from.** In a property group ("anti-inflammatory
effects", "anti-neuroinflammatory and anti-neuronal apoptotic effects", "its anti-apoptotic activity") the
golds file each "anti-" adjective under the process itself (inflammatory response, neuroinflammatory response,
neuron apoptotic process; the negative regulation at most as a second id), as the findings stage
(:mod:`.mechanism`) reads it: that process, looked up by the same names, replaces the adjective's Pathway
reading (the lexicon's "anti-inflammatory" is the negative regulation, which stays outside property groups:
"anti-inflammatory cytokines"). Only Pathways: "antidepressant effects" name no depression, and "antioxidant"
(oxidative stress by an irregular form) is left out, as the golds leave it.

**A head shared by coordinated adjectives names the process for each** (round 18b, :func:`shared_head`): in
"intestinal, systemic and brain inflammation" the matcher reads the last conjunct with the head ("brain
inflammation", the neuroinflammatory response); each adjective before it qualifies the same head, and where
"<adjective> <head>" is no name of its own ("systemic inflammation") it names the head's process (inflammatory
response), as the golds file a qualified inflammation under the process (round 17b). Only one-word adjectives
(-al, -ic, -ous, -ary, -ive, -ar, -ory: "IL-6 and brain inflammation" shares nothing), before a last conjunct
whose modifier is a plain lower-case word ("glial and NLRP3 inflammasome" shares no head), and only Pathways.
"""

from __future__ import annotations

import re

from ..models import Concept
from ..ground.matcher import Grounder, Match
from .mechanism import against_names, anti_property_adjectives

__all__ = ["pathway_readings", "shared_head"]

#: one to four one-word adjectives, each followed by a list gap, up to where a match starts
_ADJECTIVE_LIST = re.compile(r"(?<![\w)(-])((?:[A-Za-z][a-z-]*(?:al|ic|ous|ary|ive|ar|ory)"
                             r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or)\s+)){1,4})$")
_WORD = re.compile(r"[A-Za-z][a-z-]*")

Found = list[tuple[str, int, int, Concept, bool]]


def pathway_readings(found: Found, texts: dict[str, str], grounder: Grounder) -> Found:
    """``found`` (passage, start, end, concept, needs confirmation) with each "anti-<A>" adjective of a property
    group read as the Pathway <A> names (replacing any other Pathway reading of the same span)."""
    readings: dict[tuple[str, int, int], Concept] = {}
    for name, text in texts.items():
        for adjective in anti_property_adjectives(text):
            concept = _process(adjective.group(), grounder)
            if concept is not None:
                readings[name, adjective.start(), adjective.end()] = concept
    if not readings:
        return found
    kept = [item for item in found if not (item[3].cls == "Pathway" and item[:3] in readings)]
    return kept + [(name, start, end, concept, False) for (name, start, end), concept in readings.items()]


def _process(adjective: str, grounder: Grounder) -> Concept | None:
    """The Pathway a property adjective works against, by the names and the order :mod:`.mechanism` tries (none
    when the first concept found is a condition: "antidepressant" names depression)."""
    for name in against_names(adjective):
        concept = grounder.lookup(name)
        if concept is not None and concept.cls in ("Disorder", "Phenotype", "Pathway"):
            return concept if concept.cls == "Pathway" else None
    return None


def shared_head(text: str, m: Match, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """The processes named by adjectives coordinated before a multi-word Pathway match that ends in their shared
    head: "<adjective> <head>" where the lexicon has it, else the head's own process.

    >>> g = Grounder.default()
    >>> text = "intestinal, systemic and brain inflammation"
    >>> m = next(x for x in g.find(text) if x.concept.cls == "Pathway")
    >>> [(text[a:b], c.label) for a, b, c in shared_head(text, m, g)]
    [('intestinal', 'inflammatory response'), ('systemic', 'inflammatory response')]
    """
    words = text[m.start : m.end].split()
    if m.concept.cls != "Pathway" or len(words) < 2 or m.start < 6 or not words[0].islower():
        return []  # the last conjunct's modifier is a plain word ("brain"), not a name ("NLRP3 inflammasome")
    gap = text[max(0, m.start - 8) : m.start]
    if " and " not in gap and " or " not in gap and "," not in gap:
        return []
    found = _ADJECTIVE_LIST.search(text, max(0, m.start - 80), m.start)
    if found is None:
        return []
    head = None
    for k in range(1, len(words)):
        head = grounder.lookup(" ".join(words[k:]), "Pathway")
        if head is not None and head != m.concept:
            break
    out = []
    for word in _WORD.finditer(text, found.start(1), found.end(1)):
        if word.group() in ("and", "or"):
            continue
        own = next((c for k in range(1, len(words))
                    if (c := grounder.lookup(f"{word.group()} {' '.join(words[k:])}", "Pathway")) is not None), None)
        if own is not None or (head is not None and head != m.concept):
            out.append((word.start(), word.end(), own or head))
    return out
