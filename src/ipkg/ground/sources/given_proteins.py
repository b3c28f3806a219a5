"""Interferons given as drugs (round 19a): Intervention rows for MeSH's Interferons branch.

GUIDELINES counts a cytokine given as a treatment as an Intervention ("interferon-alpha as a treatment"); the
interferons are the cytokines medicine gives most (hepatitis C, multiple sclerosis, melanoma; interferon-induced
depression is a model of inflammation-induced depression). MeSH files them under Interferons
(:data:`INTERFERON_TREE`), which :mod:`.interventions` leaves out with the other proteins (measured far more often
than given), and :mod:`.cytokines` gives a drug row only to the gene's own descriptor. Here:

* an interferon named by its INN's numbered form (MeSH "Interferon beta-1a", "Interferon beta-1b", "Interferon
  alpha-2": a preparation, never the body's) grounds anywhere;
* the families (Interferons, Interferon Type I, Interferon-beta, Interferon Lambda) are context-only (``ctx``):
  they count where the text gives them ("treated with interferon-beta", "interferon therapy"); elsewhere the
  cytokine reading stays.

A descriptor another source already gives (Interferon-alpha, Interferon-gamma) is left to it.
"""

from __future__ import annotations

import re

from ..lexicon import LexiconRow
from .common import Source, TermSet
from .disorders import mesh_names

__all__ = ["INTERFERON_TREE", "build_given_proteins"]

#: MeSH's Interferons (D12.644.276.374.440: Interferon Type I, alpha, beta, gamma, lambda and the numbered drugs)
INTERFERON_TREE = "D12.644.276.374.440"
#: an INN's numbered form of a protein: "beta-1a", "alpha-2", "alfa-2b"
_NUMBERED = re.compile(r"\b(?:alpha|alfa|beta|gamma)-\d[a-z]?$", re.IGNORECASE)


def build_given_proteins(mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """The Intervention rows of the module docstring (``rows``: the other sources' rows; a MeSH descriptor one of
    them gives as an Intervention is not given again).

    >>> mesh = {"D1": {"name": "Interferon beta-1a", "entries": [], "trees": [INTERFERON_TREE + ".890.1"]},
    ...         "D2": {"name": "Interferon-beta", "entries": [], "trees": [INTERFERON_TREE + ".890"]}}
    >>> [(r.curie, r.name, r.flags) for r in build_given_proteins(mesh, []).rows]
    [('MESH:D1', 'interferon beta-1a', ''), ('MESH:D2', 'interferon-beta', 'ctx')]
    """
    taken = {r.curie for r in rows if r.cls == "Intervention"}
    terms = TermSet("Intervention")
    source = Source("MESH", "2024")
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        if f"MESH:{mesh_id}" in taken or not any(t.startswith(INTERFERON_TREE) for t in record["trees"]):
            continue
        flags = "" if _NUMBERED.search(record["name"]) else "ctx"
        terms.add(f"MESH:{mesh_id}", record["name"], mesh_names(record), source, flags=flags)
    return terms
