"""Pathway concepts for physiological phenomena GO has no term for, named from MeSH (round 19g).

The check set's adjudication rules file a process an abstract names as a mechanism and that no GO term covers as a
Pathway with ids ``[]`` and its label ("mitocellular hormesis", "cell danger response"); GUIDELINES: "``[]`` plus
label where GO has no term". The check set's read half files "spreading depression" so (label "cortical spreading
depression"). GO has no term for it; MeSH files it among the nervous system's physiological phenomena (G11.561,
*Cortical Spreading Depression*) with the names abstracts use ("spreading depression", "spreading depression of
Leao"). The concept takes an ``ipkg:`` id and GO's naming style (a lower-case label), its names MeSH's; the
physiological "depression" in these names is then no mood disorder (the longer name wins over "depression").
"""

from __future__ import annotations

from pathlib import Path

from .common import Source, TermSet, tidy_case
from .disorders import MESH_RELEASE, mesh_names, read_mesh_descriptors

__all__ = ["MESH_PHENOMENA", "phenomenon_terms"]

#: MeSH descriptor -> the ipkg Pathway id of a phenomenon GO has no term for
MESH_PHENOMENA: dict[str, str] = {
    "D013181": "ipkg:cortical-spreading-depression",  # Cortical Spreading Depression (G11.561.200.500.300)
}


def phenomenon_terms(shared: Path, terms: TermSet) -> None:
    """Add the phenomena of :data:`MESH_PHENOMENA` to ``terms`` (Pathway), each with its MeSH names.

    Every name goes in as MeSH gives it, un-inverted ("Depression, Cortical Spreading" is "cortical spreading
    depression"), and an inverted name's head of two words or more alone: "Spreading Depression, Cortical" names
    the phenomenon by "spreading depression" qualified by its place, and abstracts name it without the place
    ("hypoxia-induced spreading depression" in hippocampal slices). A name of one word would be no phenomenon's
    ("Depression"), so none is kept.
    """
    descriptors = read_mesh_descriptors(shared)
    for mesh_id, curie in sorted(MESH_PHENOMENA.items()):
        record = descriptors[mesh_id]
        heads = [(tidy_case(raw.split(", ")[0]), "exact") for raw in record["entries"] if raw.count(", ") == 1]
        names = [(n, kind) for n, kind in mesh_names(record) + heads if " " in n]
        label = names[0][0].lower()
        terms.add(curie, label, names, Source("MeSH", MESH_RELEASE))
