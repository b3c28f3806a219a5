"""Process names English forms from a GO label's adjective (round 6b; used only by :mod:`ipkg.ground.build`).

GO names a response after its adjective (``inflammatory response``, ``neuroinflammatory response``); abstracts
name the same process by that adjective before a word for a mechanism: "inflammatory pathways", "inflammatory
signaling pathways", "neuroinflammatory mechanisms" (the annotated set's adjudication rules ground
"inflammatory mechanisms" to inflammatory response). Only for a one-word ``-atory`` adjective, whose noun is
the process itself (inflammation); ``immune response`` is no such adjective (immune pathways are many).

GO names a transmitter's synaptic transmission after its adjective, inverted (``synaptic transmission,
dopaminergic``); abstracts name it by that adjective before a word for the system's working: "serotonergic
signalling", "glutamatergic function", "dopaminergic activity", "cholinergic tone", "GABAergic mechanisms"
(:func:`transmitter_system_names`, round 16b; not "the dopaminergic system", its neurons).

A cell's activation is named also by the cell's reactive or raised state (:func:`cell_reactivity_names`, round
14b): "microglial reactivity", "B-cell hyperreactivity", "microglia hyperactivation".

The hypothalamic-pituitary axes are spelled with the combining form ``hypothalamo-`` too, and the adrenal one
after the adrenal cortex (``hypothalamo-pituitary-adrenocortical axis``); a gut-brain axis names its parts in
any order (``gut-microbiota-brain axis``): :func:`axis_spellings`.
"""

from __future__ import annotations

import re
from itertools import permutations

from ..lexicon import LexiconRow

__all__ = ["adjective_process_names", "axis_spellings", "cell_reactivity_names", "transmitter_system_names"]

#: a GO label made of a process adjective and "response"
_ADJECTIVE_RESPONSE = re.compile(r"([a-z-]+atory) response")
#: words for a mechanism that the adjective may head
_MECHANISM_NOUNS = ("pathway", "pathways", "signaling pathway", "signaling pathways", "signalling pathway",
                    "signalling pathways", "mechanism", "mechanisms", "processes", "cascade", "cascades",
                    # round 8: the process measured as an activity, or given as an insult ("inflammatory
                    # activities", "inflammatory insults": the adjudicated tune half grounds both to the response)
                    "activity", "activities", "insult", "insults",
                    # round 14b: the state a cell or tissue is in, or a part of a disease, named by the process
                    # ("a pro-inflammatory phenotype" of microglia, "an inflammatory environment", "the
                    # inflammatory component" of a disorder: the tune half's and check adjudications' wordings)
                    "phenotype", "phenotypes", "state", "states", "environment", "milieu", "component",
                    "components")


def adjective_process_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """``<adjective> pathways``, ``<adjective> mechanisms``, ... for each Pathway labelled ``<adjective> response``.

    >>> row = LexiconRow("Pathway", "i", "GO:0006954", "inflammatory response", "inflammatory response", "label",
    ...                  "GO", "2024", "")
    >>> [r.name for r in adjective_process_names([row])][:3]
    ['inflammatory pathway', 'inflammatory pathways', 'inflammatory signaling pathway']
    """
    out = []
    for row in rows:
        m = _ADJECTIVE_RESPONSE.fullmatch(row.label)
        if row.cls == "Pathway" and row.syntype == "label" and m:
            # "pro-inflammatory" names the same process (round 14b: "pro-inflammatory pathways", "proinflammatory
            # state"; GO's own "pro-inflammatory response" is a response variant, expand.pathway_variants)
            adjectives = [m.group(1)] + ([f"pro-{m.group(1)}", f"pro{m.group(1)}"]
                                         if m.group(1).endswith("inflammatory") else [])
            out += [row._replace(name=f"{adjective} {noun}", syntype="derived")
                    for adjective in adjectives for noun in _MECHANISM_NOUNS]
    return out


#: spellings of the parts of a hypothalamic-pituitary axis name: (written form, its other forms)
_AXIS_PARTS = (("hypothalamic-pituitary-", ("hypothalamo-pituitary-",)), ("-adrenal axis", ("-adrenocortical axis",)))


#: a gut-brain axis named by its parts (gut, brain, microbiota or microbiome; three at most)
_GUT_BRAIN_AXIS = re.compile(r"((?:gut|brain|microbiota|microbiome)(?:-(?:gut|brain|microbiota|microbiome)){1,2}) axis")


def axis_spellings(rows: list[LexiconRow]) -> list[LexiconRow]:
    """The other spellings of each name of a hypothalamic-pituitary axis (any class, any source).

    >>> row = LexiconRow("Pathway", "i", "ipkg:hpa", "HPA axis activity", "hypothalamic-pituitary-adrenal axis",
    ...                  "curated", "curated", "curated", "")
    >>> [r.name for r in axis_spellings([row])]
    ['hypothalamo-pituitary-adrenal axis', 'hypothalamic-pituitary-adrenocortical axis', \
'hypothalamo-pituitary-adrenocortical axis']
    """
    out = []
    for row in rows:
        names = [row.name]
        for part, others in _AXIS_PARTS:
            names += [n.replace(part, other) for n in names if part in n for other in others]
        out += [row._replace(name=n) for n in names[1:]]
        m = _GUT_BRAIN_AXIS.fullmatch(row.name)
        if m:  # the organs of a gut-brain axis in any order: "gut-microbiota-brain axis"
            parts = m.group(1).split("-")
            out += [row._replace(name="-".join(p) + " axis") for p in sorted(set(permutations(parts)))
                    if list(p) != parts]
    return out


#: a cell's reactive or raised state, which names the cell's activation (a reactive cell is an activated one, as
#: "HPA axis hyperactivity" is the axis' activity, round 11b)
_ACTIVATION_STATES = ("reactivity", "hyperreactivity", "hyperactivation", "overactivation")


def cell_reactivity_names(rows: list[LexiconRow], cell_names: dict[str, list[str]]) -> list[LexiconRow]:
    """``<cell> reactivity`` (and the other :data:`_ACTIVATION_STATES`) for each name ``<cell> activation`` of a
    Pathway labelled ``<CL cell label> activation``; ``cell_names``: the CL labels (and their other names).

    >>> row = LexiconRow("Pathway", "i", "GO:0001774", "microglial cell activation", "microglial activation",
    ...                  "derived", "GO", "2024", "")
    >>> [r.name for r in cell_reactivity_names([row], {"microglial cell": ["microglia"]})][:2]
    ['microglial reactivity', 'microglial hyperreactivity']
    >>> cell_reactivity_names([row._replace(label="complement activation", name="complement activation")], {})
    []
    """
    out = []
    for row in rows:
        if row.cls == "Pathway" and row.label.endswith(" activation") and row.name.endswith(" activation") \
                and row.label[: -len(" activation")] in cell_names and row.syntype in ("label", "exact", "derived"):
            stem = row.name[: -len(" activation")]
            out += [row._replace(name=f"{stem} {state}", syntype="derived") for state in _ACTIVATION_STATES]
    return out


#: a GO label naming a transmitter's synaptic transmission by the transmitter's adjective
_TRANSMISSION = re.compile(r"synaptic transmission, ([a-z]+ergic)", re.IGNORECASE)
#: words for a transmitter system's working that the adjective may head; "system(s)" and "pathway(s)" name the
#: neurons and their tracts ("the developing noradrenergic system", "nigrostriatal dopaminergic pathways"; the
#: tune half's gold leaves "serotonergic systems" out), "synapses", "neurons", "drugs" and "receptors" are
#: structures, cells and agents: none of them is among these
_SYSTEM_NOUNS = ("signaling", "signalling", "function", "functions", "activity", "activities", "tone", "mechanism",
                 "mechanisms", "synaptic activity", "synaptic function", "synaptic signaling", "synaptic signalling")


def transmitter_system_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """``<adjective> system``, ``<adjective> signalling``, ... for each Pathway labelled ``synaptic transmission,
    <adjective>`` (GO's transmitter-specific transmissions).

    >>> row = LexiconRow("Pathway", "i", "GO:0001963", "synaptic transmission, dopaminergic",
    ...                  "synaptic transmission, dopaminergic", "label", "GO", "2024", "")
    >>> [r.name for r in transmitter_system_names([row])][:3]
    ['dopaminergic signaling', 'dopaminergic signalling', 'dopaminergic function']
    """
    out = []
    for row in rows:
        m = _TRANSMISSION.fullmatch(row.label)
        if row.cls == "Pathway" and row.syntype == "label" and m:
            out += [row._replace(name=f"{m.group(1)} {noun}", syntype="derived") for noun in _SYSTEM_NOUNS]
    return out
