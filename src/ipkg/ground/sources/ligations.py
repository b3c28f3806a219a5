"""A ligation named by what is tied (round 19i): "common bile duct ligation", "sciatic nerve ligation", "ligation of
the portal vein", an ``ipkg:`` Intervention of its own.

MeSH has one heading for the operation, *Ligation* (E04.426), and none for the models it makes; a study that ligates
the common bile duct to make a cirrhosis model names the procedure by the duct, and so do the findings curators
("common bile duct ligation hasAdverseEffect depressive disorder", no id). Grounded to Ligation, the finding would
state a fact of every ligation, which the findings stage drops (:func:`ipkg.extract.finding_items.
head_only_concepts`). So each structure MeSH files among the ducts, vessels, nerves and hollow organs that a model
ties (:data:`LIGATED_TREES`: the digestive, urogenital, cardiovascular and nervous systems) gives one concept,
labelled "<structure> ligation" in the singular, named so and as "ligation of (the) <structure>" and "<structure>
ligated", for each MeSH name of the structure (its entry terms: "choledochus ligation"). A name any other row has
is left to it. The bare "ligation" stays MeSH's Ligation.
"""

from __future__ import annotations

import re

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import Source, TermSet
from .disorders import mesh_names

__all__ = ["LIGATED_TREES", "build_ligations", "ligation_names"]

#: MeSH anatomy a model ligates: the digestive system (bile and pancreatic ducts, the bowel), the urogenital system
#: (ureter, vas deferens), the cardiovascular system (arteries, veins) and the nervous system (nerves)
LIGATED_TREES = ("A03.", "A05.", "A07.", "A08.")
#: a structure named in more words than this is no name a procedure is called by
_MAX_WORDS = 4
_SOURCE = Source("MESH", "2024")


def ligation_names(structure: str) -> list[str]:
    """The names of the ligation of one structure name.

    >>> ligation_names("common bile duct")
    ['common bile duct ligation', 'ligation of the common bile duct', 'ligation of common bile duct', \
'common bile duct ligated']
    """
    return [f"{structure} ligation", f"ligation of the {structure}", f"ligation of {structure}", f"{structure} ligated"]


def build_ligations(mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """The ligation of each MeSH structure of :data:`LIGATED_TREES` (``rows``: the other sources' rows, whose names
    are not given again).

    >>> mesh = {"D1": {"name": "Bile Ducts", "entries": ["Bile Duct", "Duct, Bile"], "trees": ["A03.159.183"]},
    ...         "D2": {"name": "Neck", "entries": [], "trees": ["A01.598"]}}
    >>> terms = build_ligations(mesh, [])
    >>> sorted({(r.label, r.curie) for r in terms.rows}), len(terms.rows)
    ([('bile duct ligation', 'ipkg:bile-duct-ligation')], 3)
    """
    taken = {name_key(row.name) for row in rows}
    terms = TermSet("Intervention")
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        if not any(t.startswith(LIGATED_TREES) for t in record["trees"]):
            continue
        structures = list(dict.fromkeys(n.lower() for n, syntype in mesh_names(record)
                                        if syntype != "abbreviation" and len(n.split()) <= _MAX_WORDS))
        if not structures:
            continue
        singular = next((s for s in structures if not s.endswith("s")), structures[0])
        label = f"{singular} ligation"
        names = [n for s in structures for n in ligation_names(s) if name_key(n) not in taken]
        if names:
            terms.add(f"ipkg:{re.sub(r'[^a-z0-9]+', '-', label).strip('-')}", label, [(n, "derived") for n in names],
                      _SOURCE)
    return terms
