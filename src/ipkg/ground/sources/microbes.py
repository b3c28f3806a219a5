"""Bacteria given as probiotics or to colonise an animal (round 8): context-only Intervention rows.

The adjudication rules (batch 1: "a bacterium or strain given or ingested in the study ... Intervention") count
a microbe as an intervention only where it is given; microbiome abstracts name far more genera and species as
measured taxa ("the abundance of Lactobacillus rose"). So every row here is ``ctx``: it grounds only next to a
treatment cue (:func:`ipkg.ground.matcher.treatment_context`: "administration of", "ingestion of",
"supplemented with", "(10^9 CFU)").

* MeSH organism descriptors filed only under Bacteria (:data:`BACTERIA_TREE`) and named as a genus or a species
  (:data:`TAXON_NAME`: "Lactobacillus", "Bifidobacterium longum", "Limosilactobacillus reuteri" with its older
  name "Lactobacillus reuteri"), not as a higher rank (:data:`HIGHER_RANK`: -aceae, -ales, -etes, -ota) nor a
  group ("Bacteria, Anaerobic").
* Not the supplementary records of species (~20,000 rows, mostly environmental species of Streptomyces,
  Pseudomonas, Vibrio): they would add 10 % to the lexicon for the rare species given as a probiotic.
* A binomial is also written with its genus abbreviated ("L. reuteri", "B. longum"), where no other species of
  these rows shares that abbreviation.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import Source, TermSet
from .interventions import MESH_RELEASE

__all__ = ["BACTERIA_TREE", "TAXON_NAME", "build_microbes", "abbreviated_binomial"]

#: MeSH's Bacteria branch
BACTERIA_TREE = "B03"
#: a genus ("Lactobacillus") or a species, with an optional subspecies ("Bifidobacterium longum subsp. infantis")
TAXON_NAME = re.compile(r"^[A-Z][a-z]{3,}(?: [a-z]{3,}(?: (?:subsp\.?|subspecies|ssp\.) [a-z]{3,})?)?$")
#: the endings of ranks above the genus (family, order, phylum: Lactobacillaceae, Bacteroidales, Firmicutes,
#: Bacillota) and of generic words for bacteria
HIGHER_RANK = re.compile(r"(?:aceae|ales|etes|ota|ineae|idae|Bacteria|bacteria)$")


def abbreviated_binomial(name: str) -> str | None:
    """A species named with its genus abbreviated, or None for a name that is no binomial.

    >>> abbreviated_binomial("Lactobacillus reuteri"), abbreviated_binomial("Lactobacillus")
    ('L. reuteri', None)
    """
    words = name.split(" ", 1)
    if len(words) != 2 or not TAXON_NAME.match(name):
        return None
    return f"{words[0][0]}. {words[1]}"


def _is_taxon(name: str) -> bool:
    return bool(TAXON_NAME.match(name)) and not HIGHER_RANK.search(name.split(" ")[0])


def build_microbes(mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """Context-only Intervention rows of the bacteria named as a genus or species (module docstring)."""
    taken = {name_key(r.name) for r in rows}
    named: dict[str, tuple[str, list[str]]] = {}
    for mesh_id, record in sorted(mesh.items()):
        trees = record["trees"]
        if trees and all(t.startswith(BACTERIA_TREE + ".") for t in trees) and _is_taxon(record["name"]):
            named[mesh_id] = (record["name"], [record["name"], *(e for e in record["entries"] if _is_taxon(e))])
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for mesh_id, (_, names) in named.items():
        for name in names:
            short = abbreviated_binomial(name)
            if short:
                owners[name_key(short)].add(mesh_id)
    terms = TermSet("Intervention")
    source = Source("MESH", MESH_RELEASE)
    for mesh_id, (label, names) in sorted(named.items()):
        shorts = [s for s in map(abbreviated_binomial, names) if s and owners[name_key(s)] == {mesh_id}]
        fresh = [(n, "exact" if i else "label") for i, n in enumerate(names) if name_key(n) not in taken]
        fresh += [(s, "derived") for s in shorts if name_key(s) not in taken]
        if fresh:
            terms.add(f"MESH:{mesh_id}", label, fresh, source, flags="ctx")
    return terms
