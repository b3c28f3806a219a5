"""Disorder terms: MONDO diseases, plus MeSH disease descriptors that no MONDO term maps to.

* MONDO: live descendants of MONDO:0000001 *disease* in the cellxgene-ontology-guide snapshot (labels and exact
  synonyms), minus the non-human animal disease branch (MONDO:0005583) and the two roots; the 2024 MONDO
  TSV adds its merged EXACT/RELATED synonyms (those the current snapshot does not list as exact become
  ``related``). MeSH entry terms are added to a MONDO term when its MeSH xref is shared with no other term.
* MeSH: descriptors under C01-C20, C25, C26 and F03 (mental disorders) with no MONDO xref, e.g.
  D061218 *Depressive Disorder, Treatment-Resistant*. C23 (signs, symptoms and pathological conditions such
  as *Inflammation* or *Fatigue*) is left out: GUIDELINES.md does not count symptoms as disorders.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path

from ..expand import disorder_variants
from .common import (
    ONTOLOGIES,
    Source,
    TermSet,
    load_cellxgene,
    looks_like_abbreviation,
    read_tsv,
    split_multi,
    tidy_case,
    uninvert,
)

__all__ = ["build_disorders", "MESH_DISORDER_TREES", "read_mesh_descriptors"]

logger = logging.getLogger(__name__)

#: MeSH tree prefixes whose descriptors are disorders (C23 signs/symptoms excluded on purpose)
MESH_DISORDER_TREES: tuple[str, ...] = tuple(f"C{n:02d}" for n in range(1, 21)) + ("C25", "C26", "F03")
_ROOTS = frozenset({"MONDO:0000001", "MONDO:0700096"})
_ANIMAL = "MONDO:0005583"
#: MeSH release named in the shared README
MESH_RELEASE = "2024"


def read_mesh_descriptors(shared: Path) -> dict[str, dict]:
    """MeSH 2024 descriptors by id: name, entry terms, tree numbers."""
    out = {}
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-descriptors.tsv"):
        out[row["mesh_id"]] = {
            "name": row["name"],
            "entries": split_multi(row["entry_terms"]),
            "trees": split_multi(row["tree_numbers"]),
        }
    return out


def mesh_names(record: dict) -> list[tuple[str, str]]:
    """A MeSH record's names as running text (un-inverted, Title Case lowered), preferred name first."""
    out = []
    for i, raw in enumerate([record["name"], *record["entries"]]):
        text = uninvert(raw)
        if text is None:
            continue
        syntype = "label" if i == 0 else "exact"
        if looks_like_abbreviation(text):
            syntype = "abbreviation"
        out.append((tidy_case(text), syntype))
    return out


def build_disorders(shared: Path, mesh: dict[str, dict]) -> TermSet:
    """All Disorder rows."""
    terms = TermSet("Disorder")
    mondo, version = load_cellxgene("MONDO")
    current = Source("MONDO", version)
    old = Source("MONDO", "2024-01-19")
    live = {
        k: v
        for k, v in mondo.items()
        if k.startswith("MONDO:") and not v.get("deprecated") and "MONDO:0000001" in v.get("ancestors", {})
        and k not in _ROOTS and not (_ANIMAL in v["ancestors"] and "MONDO:0700096" not in v["ancestors"])
    }
    tsv: dict[str, dict] = {}
    mesh_to_mondo: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(shared / ONTOLOGIES / "mondo-2024-01-synonyms-xrefs.tsv"):
        tsv[row["id"]] = row
        for mesh_id in split_multi(row["mesh_xrefs"]):
            mesh_to_mondo[mesh_id].add(row["id"])
    for curie in sorted(live):
        term = live[curie]
        label = term["label"]
        exact = term.get("synonyms") or []
        names: list[tuple[str, str]] = [(label, "label")]
        names += [(s, "abbreviation" if looks_like_abbreviation(s) else "exact") for s in exact]
        exact_lower = {s.lower() for s in [label, *exact]}
        extra = tsv.get(curie)
        related = []
        if extra:
            related = [s for s in split_multi(extra["synonyms_exact_or_related"]) if s.lower() not in exact_lower]
            for mesh_id in split_multi(extra["mesh_xrefs"]):
                if len(mesh_to_mondo[mesh_id]) == 1 and mesh_id in mesh:
                    names += [(n, "exact" if t == "label" else t) for n, t in mesh_names(mesh[mesh_id])]
        names += disorder_variants([n for n, t in names if t in ("label", "exact")])
        terms.add(curie, label, names, current)
        # a one-word RELATED synonym is too often an organism, a body part or a sign (betacoronavirus for
        # COVID-19, periosteum for periostitis); inverted forms are turned round or dropped
        related = [u for u in (uninvert(s) for s in related if " " in s.strip()) if u]
        if related:
            terms.add(curie, label, [(s, "abbreviation" if looks_like_abbreviation(s) else "related")
                                     for s in related], old)
    mapped = set(mesh_to_mondo)
    added = 0
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        if mesh_id in mapped or not any(t.startswith(MESH_DISORDER_TREES) for t in record["trees"]):
            continue
        if any(t.startswith("C23") for t in record["trees"]) and not any(
            t.startswith(("F03",)) for t in record["trees"]
        ):
            continue
        names = mesh_names(record)
        names += disorder_variants([n for n, t in names if t in ("label", "exact")])
        terms.add(f"MESH:{mesh_id}", record["name"], names, Source("MESH", MESH_RELEASE))
        added += 1
    logger.info("Disorder: %d MONDO terms, %d MeSH-only descriptors", len(live), added)
    return terms
