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
"""

from __future__ import annotations

from ..models import Concept
from ..ground.matcher import Grounder
from .mechanism import against_names, anti_property_adjectives

__all__ = ["pathway_readings"]

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
