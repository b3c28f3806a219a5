"""ImmuneCell terms from the Cell Ontology.

Kept: leukocytes (CL:0000738 and its is_a/part_of descendants) and glia with immune roles (CL:0000125 glial
cell, CL:0000126 macroglial cell, the astrocyte branch CL:0000127 and the microglial branch CL:0000129). Labels
and exact synonyms come from the cellxgene-ontology-guide snapshot; RELATED synonyms from
``cl-synonyms-all-scopes.tsv`` (``microglia``, ``immune cell``) are added as ``related``, NARROW ones as
``narrow``; BROAD synonyms are skipped (``brain macrophage`` for microglia, ``suppressor T cell`` for Treg would
claim other cells). ImmGen-style codes (``T.4Nve.Sp``) are dropped.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from ..expand import cell_variants
from ..morphology import cell_measures, cell_morphology
from .common import ONTOLOGIES, Source, TermSet, load_cellxgene, looks_like_abbreviation, read_tsv

__all__ = ["build_cells", "organ_cell_names", "abbreviation_cell_names", "IMMUNE_ROOTS", "GLIA", "GENERIC"]

logger = logging.getLogger(__name__)

#: roots whose descendants are immune cells
IMMUNE_ROOTS: tuple[str, ...] = ("CL:0000738", "CL:0000127", "CL:0000129")
#: glial classes kept themselves (not their other descendants: oligodendrocytes, Schwann cells)
GLIA: tuple[str, ...] = ("CL:0000125", "CL:0000126")
#: generic immune cell words kept themselves, not their other descendants (phagocyte: "phagocytic cells";
#: myeloid cell: "myeloid cells" in immunology means monocytes, macrophages, granulocytes and their kin)
GENERIC: tuple[str, ...] = ("CL:0000234", "CL:0000763")
_CODE = re.compile(r"^[\w-]+\.[\w.]+$")
#: synonym release of the scoped CL file (commit fd61b954 of cell-ontology)
CL_SCOPED_RELEASE = "2026-08-19"


#: lymphoid organs whose cells, isolated whole, are named "<organ> cells": their lymphocytes (adjudication rules:
#: splenocytes, "Peyer's patch cells" -> Peyer's patch lymphocyte); the organ's noun and adjective
_LYMPHOID_ORGANS = {"spleno": ("spleen", "splenic"), "thymo": ("thymus", "thymic"), "splenic": ("spleen", "splenic"),
                    "thymic": ("thymus", "thymic"), "peyer's patch": ("Peyer's patch",), "lymph node": ("lymph node",)}
_ORGAN_LYMPHOCYTE = re.compile(r"(spleno|thymo)cyte|(splenic|thymic|peyer's patch|lymph node) lymphocyte",
                               re.IGNORECASE)


def organ_cell_names(names: list[str]) -> list[tuple[str, str]]:
    """"<organ> cells" for the lymphocytes of a lymphoid organ (:data:`_LYMPHOID_ORGANS`).

    >>> organ_cell_names(["splenocyte"])
    [('spleen cell', 'derived'), ('splenic cell', 'derived')]
    >>> organ_cell_names(["Peyer's patch lymphocyte", "T cell"])
    [("Peyer's patch cell", 'derived')]
    """
    out = []
    for name in names:
        m = _ORGAN_LYMPHOCYTE.fullmatch(name)
        if m:
            out += [(f"{form} cell", "derived") for form in _LYMPHOID_ORGANS[(m.group(1) or m.group(2)).lower()]]
    return list(dict.fromkeys(out))


#: an abbreviation that names its cell before the head noun: four characters or more, or with a lower-case letter
#: ("MAIT", "ILC2", "pDC", "LTi"); three capitals ("APC", "LAM", "ABC") name other things too, and a dotted code no cell
_CELL_ABBREVIATION = re.compile(r"(?=[\w()+\u0391-\u03c9-]*[a-z\u03b1-\u03c9])[\w()+\u0391-\u03c9-]{2,}|[\w()+-]{4,}")


def abbreviation_cell_names(abbreviations: list[str]) -> list[tuple[str, str]]:
    """"<abbreviation> cell" for a cell's abbreviation that lacks the head noun (round 23b): the field writes the
    abbreviation CL gives ("MAIT", RELATED of mucosal-associated invariant T cell) before "cells", as it defines it
    ("mucosal-associated invariant T (MAIT) cells"); with the head noun the abbreviation names the cell unaided.

    >>> abbreviation_cell_names(["MAIT", "pDC", "APC", "ILC2", "DC.4+", "T cell"])
    [('MAIT cell', 'derived'), ('pDC cell', 'derived'), ('ILC2 cell', 'derived')]
    """
    return [(f"{a} cell", "derived") for a in abbreviations
            if "cell" not in a.lower() and _CELL_ABBREVIATION.fullmatch(a)]


def build_cells(shared: Path) -> tuple[TermSet, dict[str, list[str]]]:
    """All ImmuneCell rows, and for each kept cell label its other names (used to expand GO process names)."""
    terms = TermSet("ImmuneCell")
    cl, version = load_cellxgene("CL")
    source = Source("CL", version)
    keep = {
        k: v
        for k, v in cl.items()
        if k.startswith("CL:") and not v.get("deprecated")
        and (k in IMMUNE_ROOTS or k in GLIA or k in GENERIC or any(r in v.get("ancestors", {}) for r in IMMUNE_ROOTS))
    }
    scoped: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in read_tsv(shared / ONTOLOGIES / "cl-synonyms-all-scopes.tsv"):
        if row["id"] in keep and row["deprecated"] != "true" and row["scope"] in ("RELATED", "NARROW"):
            scoped[row["id"]].append((row["synonym"], row["scope"].lower()))
    other_names: dict[str, list[str]] = {}
    for curie in sorted(keep):
        term = keep[curie]
        label = term["label"]
        exact = [s for s in term.get("synonyms") or [] if not _CODE.match(s)]
        names: list[tuple[str, str]] = [(label, "label")]
        names += [(s, "abbreviation" if looks_like_abbreviation(s) else "exact") for s in exact]
        names += cell_variants([label, *exact])
        names += organ_cell_names([label, *exact])
        names += abbreviation_cell_names([n for n, t in names if t == "abbreviation"])
        names += cell_morphology([label, *exact, *(n for n, _ in names if _ == "derived")])
        extra = [(s, t) for s, t in scoped.get(curie, []) if not _CODE.match(s)]
        names += cell_measures([label, *exact, *(n for n, _ in names if _ == "derived"), *(s for s, _ in extra)])
        terms.add(curie, label, names, source)
        if extra:
            scoped_names = [(s, "abbreviation" if looks_like_abbreviation(s) else t) for s, t in extra]
            scoped_names += abbreviation_cell_names([s for s, t in scoped_names if t == "abbreviation"])
            terms.add(curie, label, scoped_names, Source("CL", CL_SCOPED_RELEASE))
        other_names[label] = [s for s in [*exact, *(s for s, t in extra if t == "related")] if " " in s or
                              not looks_like_abbreviation(s)]
        # a distinctive derived head names the cell in its processes too ("Th17 differentiation")
        other_names[label] += [n for n, t in names if t == "derived" and re.fullmatch(r"Th\d+|Tr\d|T[a-z]{2,}", n)]
    logger.info("ImmuneCell: %d CL terms", len(keep))
    return terms, other_names
