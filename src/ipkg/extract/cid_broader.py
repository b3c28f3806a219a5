"""Broader and narrower diseases for the adverse-effect model (issue 12): the hypernym filter of :mod:`cid_model`.

When one abstract states that a chemical causes two diseases and one is a MeSH ancestor of the other ("renal
failure" and "acute renal failure"; "hepatitis" and "cholestatic hepatitis"), the broader statement adds nothing
the narrower one does not say, and BioCreative V CDR's curators annotate the most specific disease: the model's
pair with the broader disease is dropped (:func:`drop_broader`).

The hierarchy is MeSH's tree numbers, shipped as ``data/cid_broader.tsv.gz`` (a condition concept's IRI and the tree numbers of
the ONE MeSH descriptor :meth:`ipkg.ground.meshmap.MeshMap.one` chooses for it), written
from the shared ontology files and the shipped lexicon by :func:`write_table` (``python -m
ipkg.extract.train_cid`` writes it beside the weights); a descriptor A is broader than B when one of A's tree
numbers is a proper prefix of one of B's (C12.777.419 Kidney Diseases over C12.777.419.780.050 Acute Kidney
Injury). At run time it is read in pure Python, never from the shared folder.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..learn import write_gzip
from ..models import Concept

__all__ = ["TABLE", "broader", "concept_trees", "drop_broader", "load_trees", "write_table"]

TABLE = Path(__file__).parent / "data" / "cid_broader.tsv.gz"


@functools.lru_cache(maxsize=1)
def load_trees(path: Path = TABLE) -> dict[str, tuple[str, ...]]:
    """Condition IRI -> the MeSH tree numbers of its descriptor (empty when the table is not shipped)."""
    if not path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            iri, _, numbers = line.rstrip("\n").partition("\t")
            out[iri] = tuple(numbers.split("|"))
    return out


def broader(a: Concept, b: Concept, trees: dict[str, tuple[str, ...]] | None = None) -> bool:
    """True when disease ``a`` is a proper MeSH ancestor of disease ``b`` (one of ``a``'s tree numbers is a prefix
    of one of ``b``'s, at a dot; the same descriptor is never broader than itself)."""
    trees = load_trees() if trees is None else trees
    ta, tb = trees.get(a.iri), trees.get(b.iri)
    if not ta or not tb or ta == tb:  # a descriptor's tree numbers are sorted: equal tuples, one descriptor
        return False
    return any(y.startswith(x) and y[len(x):len(x) + 1] == "." for x in ta for y in tb)


def drop_broader(pairs: Sequence[tuple[Concept, Concept]], stated: Iterable[tuple[Concept, Concept]],
                 trees: dict[str, tuple[str, ...]] | None = None) -> list[bool]:
    """For each (chemical, disease) of ``pairs`` (the model's), whether to keep it: not when the same chemical is
    also stated (in ``stated``, the rules' adverse effects, or in ``pairs``) with a narrower disease."""
    trees = load_trees() if trees is None else trees
    by_chemical: dict[Concept, set[Concept]] = {}
    for chem, dis in (*pairs, *stated):
        by_chemical.setdefault(chem, set()).add(dis)
    return [not any(broader(dis, other, trees) for other in by_chemical[chem]) for chem, dis in pairs]


def concept_trees(classes: Iterable[str]) -> dict[str, str]:
    """The shipped lexicon's concepts of ``classes`` (IRI -> the sorted MeSH tree numbers, ``|``-joined, of the ONE
    descriptor :meth:`ipkg.ground.meshmap.MeshMap.one` chooses for each; concepts without one left out). Build time
    only (reads the shared MeSH descriptors)."""
    import csv

    from ..ground.lexicon import read_lexicon
    from ..ground.meshmap import SHARED, MeshMap
    from ..resources import lexicon_path

    mesh = MeshMap()
    with (SHARED / "ontologies" / "mesh2024-descriptors.tsv").open(encoding="utf-8") as handle:
        trees = {row["mesh_id"]: row["tree_numbers"] for row in csv.DictReader(handle, delimiter="\t")}
    wanted = frozenset(classes)
    concepts: dict[str, Concept] = {}
    for row in read_lexicon(lexicon_path()):
        if row.cls in wanted and row.iri not in concepts:
            concepts[row.iri] = Concept(row.iri, row.label, row.cls, row.source)
    out = {}
    for iri, concept in sorted(concepts.items()):
        found = mesh.one(concept)
        numbers = "|".join(sorted(filter(None, trees.get(found or "", "").split("|"))))
        if numbers:
            out[iri] = numbers
    return out


def write_table(path: Path = TABLE) -> int:
    """Write the table from the shared MeSH descriptors, :class:`ipkg.ground.meshmap.MeshMap` and the shipped
    lexicon's Disorder and Phenotype concepts (sorted, gzip without a timestamp: the same bytes every time);
    returns its number of rows. Build time only (reads the shared folder)."""
    lines = [f"{iri}\t{numbers}\n" for iri, numbers in concept_trees(("Disorder", "Phenotype")).items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_gzip(path, "".join(lines).encode("utf-8"))
    load_trees.cache_clear()
    return len(lines)
