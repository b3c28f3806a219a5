"""The findings of a built graph, with their study and concepts, as plain records for the exporters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..vocab import IPKG_NS, NS

__all__ = ["ExportedConcept", "ExportedFinding", "read_findings", "curie"]

#: IRI namespaces -> CURIE prefixes, as Biolink's prefix map spells them (KGX ids are CURIEs)
CURIE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("http://purl.obolibrary.org/obo/NCBITaxon_", "NCBITaxon"),
    ("http://id.nlm.nih.gov/mesh/", "MESH"),
    ("http://purl.uniprot.org/uniprot/", "UniProtKB"),
    ("https://w3id.org/biolink/vocab/", "biolink"),
    (IPKG_NS, "ipkg"),
)


def curie(iri: str, base: str | None = None) -> str:
    """A CURIE for an IRI: OBO PURLs as ``MONDO:0002009``, MeSH as ``MESH:D061218``, UniProt as ``UniProtKB:P05231``,
    data IRIs under ``base`` with the folders in the prefix, so the local part has no ``/`` (KGX's CURIE rule):
    ``{base}concept/pathway/gsk3-signaling`` -> ``ipkg.id.concept.pathway:gsk3-signaling``; any other IRI is returned
    as it is.

    >>> curie("http://purl.obolibrary.org/obo/CL_0000815"), curie("http://id.nlm.nih.gov/mesh/D061218")
    ('CL:0000815', 'MESH:D061218')
    >>> curie("https://w3id.org/ipkg/id/concept/pathway/gsk3-signaling", "https://w3id.org/ipkg/id/")
    'ipkg.id.concept.pathway:gsk3-signaling'
    """
    for namespace, prefix in CURIE_PREFIXES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    obo = "http://purl.obolibrary.org/obo/"
    if iri.startswith(obo) and "_" in iri[len(obo):]:
        prefix, local = iri[len(obo):].split("_", 1)
        return f"{prefix}:{local}"
    if base and iri.startswith(base):
        *folders, local = iri[len(base):].split("/")
        return f"{'.'.join(['ipkg.id', *folders])}:{local}"
    return iri


@dataclass(frozen=True)
class ExportedConcept:
    """A node of a finding: its IRI, types (ipkg classes) and label."""

    iri: str
    types: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class ExportedFinding:
    """One ``ipkg:Finding`` with its study's identifiers."""

    iri: str
    subject: str
    predicate: str
    object: str
    evidence: str
    negated: bool
    hedged: bool
    direction: str | None
    study: str
    pmid: str | None
    doi: str | None
    title: str | None

    def publications(self) -> tuple[str, ...]:
        """``PMID:…`` and ``doi:…`` CURIEs of the study (Biolink's ``publications`` slot)."""
        out = []
        if self.pmid:
            out.append(f"PMID:{self.pmid}")
        if self.doi:
            out.append(f"doi:{self.doi}")
        return tuple(out)


_PREFIXES = "".join(f"PREFIX {p}: <{NS[p]}>\n" for p in ("ipkg", "rdfs", "prov", "bibo", "dcterms"))
_FINDINGS = _PREFIXES + """
SELECT ?f ?s ?p ?o ?evidence ?negated ?hedged ?direction ?study ?pmid ?doi ?title WHERE {
  ?f a ipkg:Finding ; ipkg:subject ?s ; ipkg:predicate ?p ; ipkg:object ?o ; ipkg:evidence ?evidence ;
     prov:wasDerivedFrom ?study .
  OPTIONAL { ?f ipkg:negated ?negated } OPTIONAL { ?f ipkg:hedged ?hedged } OPTIONAL { ?f ipkg:direction ?direction }
  OPTIONAL { ?study bibo:pmid ?pmid } OPTIONAL { ?study bibo:doi ?doi } OPTIONAL { ?study dcterms:title ?title }
} ORDER BY ?f"""
_CONCEPTS = _PREFIXES + """
SELECT ?c ?type ?label WHERE {
  { ?f a ipkg:Finding ; ipkg:subject ?c } UNION { ?f a ipkg:Finding ; ipkg:object ?c }
  OPTIONAL { ?c a ?type } OPTIONAL { ?c rdfs:label|dcterms:title ?label }
} ORDER BY ?c ?type ?label"""


def read_findings(paths: Sequence[str | Path]) -> tuple[list[ExportedFinding], list[ExportedConcept]]:
    """The findings (sorted by IRI) and the concepts they relate (sorted by IRI) of the graph files ``paths``.

    :raises InputError: when a file is missing or not RDF (see :func:`ipkg.query.load_store`)
    """
    from ..query import load_store

    store = load_store(paths)
    findings = []
    for row in store.query(_FINDINGS):
        def text(name: str) -> str | None:
            term = row[name]
            return None if term is None else term.value

        findings.append(ExportedFinding(
            iri=text("f") or "", subject=text("s") or "", predicate=text("p") or "", object=text("o") or "",
            evidence=text("evidence") or "", negated=text("negated") == "true", hedged=text("hedged") == "true",
            direction=text("direction"), study=text("study") or "", pmid=text("pmid"), doi=text("doi"),
            title=text("title")))
    types: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for row in store.query(_CONCEPTS):
        iri = row["c"].value
        types.setdefault(iri, set())
        if row["type"] is not None:
            types[iri].add(row["type"].value)
        if row["label"] is not None:
            labels.setdefault(iri, row["label"].value)
    concepts = [ExportedConcept(iri, tuple(sorted(types[iri])), labels.get(iri, "")) for iri in sorted(types)]
    return findings, concepts
