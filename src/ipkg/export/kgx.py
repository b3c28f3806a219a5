"""KGX TSV (https://github.com/biolink/kgx/blob/master/specification/kgx-format.md): ``nodes.tsv`` and
``edges.tsv`` with Biolink 4.x categories and predicates.

Categories and predicates come from the ontology's Biolink alignments (``skos:exactMatch``, then ``closeMatch``,
``broadMatch``, ``relatedMatch`` to ``biolink:`` terms), so the mapping is stated once, in ``ontology/ipkg.ttl``.
Every edge is one finding: its study's ``publications`` (``PMID:``/``doi:``), the evidence sentence as
``supporting_text``, ``knowledge_level`` ``knowledge_assertion`` (the abstract asserts it) and ``agent_type``
``text_mining_agent`` (Biolink 4.x ``AgentTypeEnum``: a rule-based reader of the text made the edge), ``negated``
and the direction as ``object_direction_qualifier``. Lists are ``|``-separated, as KGX TSV reads them; a ``|``, tab
or line break inside a text value becomes a space.

Node ids must be CURIEs whose prefix the Biolink Model's JSON-LD context knows (``kgx validate`` checks it), so
concepts no ontology has (IRIs under the data base, ``{base}concept/...``) and the edges that touch them are left
out; :func:`write_kgx` returns how many.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..vocab import IPKG_NS
from .findings import ExportedConcept, ExportedFinding, curie

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "KgxExport", "biolink_mappings", "write_kgx"]

BIOLINK = "https://w3id.org/biolink/vocab/"
#: nodes.tsv columns (KGX: id, category required)
NODE_COLUMNS = ("id", "category", "name", "iri", "provided_by")
#: edges.tsv columns (KGX: id, subject, predicate, object, knowledge_level, agent_type, primary_knowledge_source)
EDGE_COLUMNS = ("id", "subject", "predicate", "object", "category", "knowledge_level", "agent_type",
                "primary_knowledge_source", "publications", "supporting_text", "negated",
                "object_direction_qualifier", "original_predicate")
#: the knowledge source named on every edge (an infores-style CURIE for ipkg itself)
KNOWLEDGE_SOURCE = "infores:ipkg"
_MATCH_ORDER = ("exactMatch", "closeMatch", "broadMatch", "relatedMatch")
_DIRECTION = {IPKG_NS + "Increase": "increased", IPKG_NS + "Decrease": "decreased"}


@functools.lru_cache(maxsize=1)
def biolink_mappings() -> dict[str, str]:
    """ipkg class or relation IRI -> the Biolink term it is aligned to (the closest kind of SKOS match wins;
    among equals, the first in IRI order)."""
    from rdflib import URIRef

    from ..ontology import read_ontology_graph

    onto = read_ontology_graph()
    out: dict[str, str] = {}
    skos = "http://www.w3.org/2004/02/skos/core#"
    for match in _MATCH_ORDER:
        for subject, target in sorted(onto.subject_objects(URIRef(skos + match))):
            if str(subject).startswith(IPKG_NS) and str(target).startswith(BIOLINK):
                out.setdefault(str(subject), str(target))
    return out


def _biolink(iri: str, default: str) -> str:
    return "biolink:" + biolink_mappings().get(iri, BIOLINK + default)[len(BIOLINK):]


def _text(value: str) -> str:
    return " ".join(value.replace("|", " ").split())


def _node_row(concept: ExportedConcept, base: str) -> dict[str, str]:
    categories = sorted({_biolink(t, "NamedThing") for t in concept.types if t.startswith(IPKG_NS)})
    return {"id": curie(concept.iri, base), "category": "|".join(categories or ["biolink:NamedThing"]),
            "name": _text(concept.label), "iri": concept.iri, "provided_by": KNOWLEDGE_SOURCE}


def _edge_row(finding: ExportedFinding, base: str) -> dict[str, str]:
    return {
        "id": curie(finding.iri, base),
        "subject": curie(finding.subject, base),
        "predicate": _biolink(finding.predicate, "related_to"),
        "object": curie(finding.object, base),
        "category": "biolink:Association",
        "knowledge_level": "knowledge_assertion",
        "agent_type": "text_mining_agent",
        "primary_knowledge_source": KNOWLEDGE_SOURCE,
        "publications": "|".join(finding.publications()),
        "supporting_text": _text(finding.evidence),
        "negated": "true" if finding.negated else "false",
        "object_direction_qualifier": _DIRECTION.get(finding.direction or "", ""),
        "original_predicate": curie(finding.predicate, base),
    }


@dataclass(frozen=True)
class KgxExport:
    """What :func:`write_kgx` wrote, and what it left out (ungrounded nodes, and edges touching them)."""

    nodes_file: Path
    edges_file: Path
    nodes: int
    edges: int
    nodes_left_out: int
    edges_left_out: int


def write_kgx(findings: Sequence[ExportedFinding], concepts: Sequence[ExportedConcept], folder: str | os.PathLike[str],
              *, base: str) -> KgxExport:
    """Write ``nodes.tsv`` and ``edges.tsv`` into ``folder`` (created if missing), each atomically; rows sorted
    by id.

    Written as plain tab-joined lines, not with :mod:`csv`: csv quotes a field holding ``"``, and KGX's TSV reader
    would keep the quotes as part of the value.
    """
    from ..rdf.serialize import write_atomic

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    kept_concepts = [c for c in concepts if not c.iri.startswith(base)]
    kept_findings = [f for f in findings if not f.subject.startswith(base) and not f.object.startswith(base)]
    nodes = sorted((_node_row(c, base) for c in kept_concepts), key=lambda row: row["id"])
    edges = sorted((_edge_row(f, base) for f in kept_findings), key=lambda row: row["id"])
    paths = []
    for name, columns, rows in (("nodes.tsv", NODE_COLUMNS, nodes), ("edges.tsv", EDGE_COLUMNS, edges)):
        lines = ["\t".join(columns)] + ["\t".join(row[c] for c in columns) for row in rows]
        write_atomic(target / name, ("\n".join(lines) + "\n").encode("utf-8"))
        paths.append(target / name)
    return KgxExport(paths[0], paths[1], len(nodes), len(edges), len(concepts) - len(nodes),
                     len(findings) - len(edges))

