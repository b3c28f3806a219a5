"""Interventions that are no substance, for the adverse-effect model's gate (issue 12, round 10).

The learned chemical-induced disease model (:mod:`ipkg.extract.cid_model`) weighs the words around a pair, not
what the "chemical" is; the lexicon's Intervention class also holds procedures, therapies, diets and activities
("Rehabilitation", "Bone Marrow Transplantation", "Exercise", "chemotherapy", "Contraception"), and the model's
pairs with them read what a procedure was done for, or after, as what it caused ("Mental fatigue also makes
rehabilitation more difficult after a stroke"). A concept is a procedure here when the ONE MeSH descriptor
:meth:`ipkg.ground.meshmap.MeshMap.one` chooses for it has tree numbers and none under B (Organisms) or D (Chemicals
and Drugs): techniques (E), behaviours (F), phenomena and processes such as diets (G), activities (I), health care (N).
An Intervention with no MeSH descriptor is not one (nothing is known of it).

The set is shipped as ``data/cid_procedures.tsv.gz`` (one IRI a line, sorted, gzip without a timestamp), written
with the model by ``python -m ipkg.extract.train_cid`` (:func:`write_procedures`); at run time it is read in pure
Python, never from the shared folder.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

from ..learn import write_gzip
from ..models import Concept

__all__ = ["PROCEDURES", "is_procedure", "load_procedures", "write_procedures"]

PROCEDURES = Path(__file__).parent / "data" / "cid_procedures.tsv.gz"
#: the MeSH tree categories of substances: B Organisms (a probiotic strain, a pathogen), D Chemicals and Drugs
_SUBSTANCE_TREES = ("B", "D")


@functools.lru_cache(maxsize=1)
def load_procedures(path: Path = PROCEDURES) -> frozenset[str]:
    """The IRIs of the Interventions that are procedures (empty when the table is not shipped)."""
    if not path.is_file():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.rstrip("\n") for line in handle if line.strip())


def is_procedure(concept: Concept) -> bool:
    """True when the Intervention ``concept`` is a procedure, therapy, diet or activity, not a substance."""
    return concept.iri in load_procedures()


def write_procedures(path: Path = PROCEDURES) -> int:
    """Write the table from the shipped lexicon's Interventions and their MeSH tree numbers
    (:func:`ipkg.extract.cid_broader.concept_trees`); returns its number of rows. Build time only."""
    from .cid_broader import concept_trees

    rows = [iri for iri, numbers in concept_trees(("Intervention",)).items()
            if not any(n.startswith(_SUBSTANCE_TREES) for n in numbers.split("|"))]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_gzip(path, "".join(f"{iri}\n" for iri in rows).encode("utf-8"))
    load_procedures.cache_clear()
    return len(rows)
