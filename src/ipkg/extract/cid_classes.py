"""Which drug classes a chemical belongs to, for the adverse-effect model's evidence guards (issue 12, CID round 17).

A sentence that names a drug class stands for its members: "Rabbit syndrome is a rare extrapyramidal side effect
caused by prolonged neuroleptic medication" speaks of risperidone in an abstract about risperidone, and "Since
nonsteroidal anti-inflammatory agents ... may cause acute renal failure" of indomethacin. The guards of
:func:`ipkg.extract.cid_evidence.refutes` read such a sentence as naming another chemical (and not this one) unless
the class is one of the chemical's: :func:`member_of`.

A chemical's classes are its ChEBI roles (``has_role``: risperidone -> second generation antipsychotic) closed over
the role hierarchy (-> antipsychotic agent -> psychotropic drug), kept where the class is itself an Intervention of
the shipped lexicon (a mention can name it). Shipped as ``data/cid_classes.tsv.gz`` (member IRI, class IRI; sorted,
gzip without a timestamp), written by ``python -m ipkg.extract.train_cid`` (:func:`write_classes`) from the
shared ChEBI roles and the ChEBI of cellxgene-ontology-guide; read at run time in pure Python.
"""

from __future__ import annotations

import functools
import gzip
from collections import defaultdict
from pathlib import Path

from ..learn import write_gzip
from ..models import Concept

__all__ = ["CLASSES_TABLE", "load_classes", "member_of", "write_classes"]

CLASSES_TABLE = Path(__file__).parent / "data" / "cid_classes.tsv.gz"
_OBO = "http://purl.obolibrary.org/obo/"
#: ChEBI's root of roles (a role class, not a structural one)
_ROLE = "CHEBI:50906"


@functools.lru_cache(maxsize=1)
def load_classes(path: Path = CLASSES_TABLE) -> dict[str, frozenset[str]]:
    """Member IRI -> the IRIs of its classes (empty when the table is not shipped)."""
    if not path.is_file():
        return {}
    out: dict[str, set[str]] = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            member, _, cls = line.rstrip("\n").partition("\t")
            if cls:
                out[member].add(cls)
    return {member: frozenset(classes) for member, classes in out.items()}


def member_of(chemical: Concept, cls: Concept) -> bool:
    """True when ``cls`` is one of the classes of ``chemical`` (a ChEBI role of it, or a broader role)."""
    return cls.iri in load_classes().get(chemical.iri, ())


def write_classes(path: Path = CLASSES_TABLE) -> int:
    """Write the table from the shipped lexicon's ChEBI Interventions, the shared ChEBI ``has_role`` edges and the
    role hierarchy of cellxgene-ontology-guide's ChEBI; returns its number of rows. Build time only."""
    import csv

    from ..ground.lexicon import read_lexicon
    from ..ground.meshmap import SHARED
    from ..ground.sources.common import load_cellxgene
    from ..resources import lexicon_path

    chebi, _ = load_cellxgene("CHEBI")
    interventions = {row.curie for row in read_lexicon(lexicon_path())
                     if row.cls == "Intervention" and row.curie.startswith("CHEBI:")}
    roles = {c for c in interventions if _ROLE in chebi.get(c, {}).get("ancestors", {})}
    has_role: dict[str, set[str]] = defaultdict(set)
    with (SHARED / "ontologies" / "chebi-has-role.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            has_role[row["chebi_id"]].add(row["role_id"])
    rows = []
    for member in sorted(interventions - roles):
        closed = set()
        for role in has_role.get(member, ()):
            closed |= {role, *chebi.get(role, {}).get("ancestors", {})}
        rows += [f"{_iri(member)}\t{_iri(cls)}\n" for cls in sorted(closed & roles)]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_gzip(path, "".join(rows).encode("utf-8"))
    load_classes.cache_clear()
    return len(rows)


def _iri(curie: str) -> str:
    return _OBO + curie.replace(":", "_")
