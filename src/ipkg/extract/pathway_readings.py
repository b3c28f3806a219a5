"""Which Pathway a reading names, by the annotated golds' conventions (round 17b; a stage of
:func:`ipkg.extract.mentions.extract_mentions`).

* **A single cytokine's output is the cytokine measured.** GO names the output of each cytokine as a process
  ("interleukin-6 production", "interleukin-1 beta secretion"), and the lexicon reads "production of IL-1β",
  "TNF-α release" or "microglia secrete IL-6" (round 16b's process verbs) as that process. The golds read such a
  phrase as the cytokine it measures (a Cytokine item; the tune half's "production of IL-1β" and "release of
  IL-1beta", and the findings tuning gold's "decreased the production of IL-1β and TNF-α", whose object is the
  cytokine): a process named ``<X> production`` or ``<X> secretion`` whose span holds a shorter Cytokine mention
  is dropped, the cytokine stays. A class's output ("cytokine production", "chemokine secretion") names no single
  cytokine (GUIDELINES: "cytokines" in general are no Cytokine item) and stays a process.
* **A property "anti-<A>" names the process <A> is formed from.** In a property group ("anti-inflammatory
  effects", "anti-neuroinflammatory and anti-neuronal apoptotic effects", "its anti-apoptotic activity") the
  golds file each "anti-" adjective under the process itself (inflammatory response, neuroinflammatory response,
  neuron apoptotic process; the negative regulation at most as a second id), as the findings stage
  (:mod:`.mechanism`) reads it: that process, looked up by the same names, replaces the adjective's Pathway
  reading (the lexicon's "anti-inflammatory" is the negative regulation, which stays outside property groups:
  "anti-inflammatory cytokines"). Only Pathways: "antidepressant effects" name no depression, and "antioxidant"
  (oxidative stress by an irregular form) is left out, as the golds leave it.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Concept
from ..ground.matcher import Grounder
from .mechanism import _GROUP, _IRREGULAR, _ONE_ADJ, _names

__all__ = ["pathway_readings"]

#: the heads GO gives a cytokine's output (its "release" names are secretion synonyms)
_OUTPUT_HEADS = (" production", " secretion")

Found = list[tuple[str, int, int, Concept, bool]]


def pathway_readings(found: Found, texts: dict[str, str], grounder: Grounder) -> Found:
    """``found`` (passage, start, end, concept, needs confirmation) read by the two conventions above."""
    return _without_cytokine_outputs(_property_processes(found, texts, grounder))


def _without_cytokine_outputs(found: Found) -> Found:
    """``found`` without the Pathways named ``<X> production`` or ``<X> secretion`` whose span holds a shorter
    Cytokine mention of the same passage.

    >>> il6 = Concept("u:P05231", "interleukin 6", "Cytokine")
    >>> out = Concept("go:0032635", "interleukin-6 production", "Pathway")
    >>> [c.label for *_, c, _ in _without_cytokine_outputs([("a", 0, 18, out, False), ("a", 14, 18, il6, False)])]
    ['interleukin 6']
    """
    cytokines: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for name, start, end, concept, _ in found:
        if concept.cls == "Cytokine":
            cytokines[name].append((start, end))
    if not cytokines:
        return found
    return [item for item in found if not (
        item[3].cls == "Pathway" and item[3].label.endswith(_OUTPUT_HEADS)
        and any(item[1] <= a and b <= item[2] and (a, b) != (item[1], item[2]) for a, b in cytokines[item[0]]))]


def _property_processes(found: Found, texts: dict[str, str], grounder: Grounder) -> Found:
    """``found`` with each "anti-<A>" adjective of a property group read as the Pathway <A> names (replacing any
    other Pathway reading of the same span)."""
    readings: dict[tuple[str, int, int], Concept] = {}
    for name, text in texts.items():
        lower = text.lower()
        at = lower.find("anti")
        while at >= 0:  # a group tried only where a word starts with "anti" (a regex scan of each text cost more)
            group = _GROUP.match(text, at) if not (at and lower[at - 1].isalnum()) else None
            at = lower.find("anti", group.end() if group else at + 4)
            if group is None:
                continue
            for adjective in _ONE_ADJ.finditer(text, group.start("adjs"), group.end("adjs")):
                word = adjective.group().lower().removesuffix("-like")
                if not word.startswith("anti") or word[4:].lstrip("-") in _IRREGULAR:
                    continue
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
    for name in _names(adjective):
        concept = grounder.lookup(name)
        if concept is not None and concept.cls in ("Disorder", "Phenotype", "Pathway"):
            return concept if concept.cls == "Pathway" else None
    return None
