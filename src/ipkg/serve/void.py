"""The dataset description served at ``/.well-known/void`` (VoID, https://www.w3.org/TR/void/, plus DCAT 3).

Counts come from the store: triples, and one ``void:classPartition`` per class with its number of instances.
Provenance: every ``prov:Activity`` found in the store (the build-metadata graph, when loaded) is linked with
``prov:wasGeneratedBy``; the serving software is named with ``prov:wasAttributedTo``.
"""

from __future__ import annotations

from importlib import metadata

from ..store.base import XSD_INTEGER, Store, Term, Triple
from ..vocab import NS

__all__ = ["void_triples", "VOCABULARIES", "DEFAULT_LICENSE"]

#: the licence stated for the graph unless get_app is told otherwise (kg serve --license)
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
#: what the licence does not cover: the evidence sentences and titles are quotations of the source abstracts
RIGHTS = (
    "The licence covers the graph's own statements (studies, concepts, findings and their links). Titles and "
    "evidence sentences are verbatim quotations of the source abstracts, included for attribution and "
    "verification; their copyright stays with the publishers and authors, under the source's terms (e.g. PubMed)."
)
#: vocabularies whose terms the graph uses: the ontology, the OBO ontologies concepts are grounded in, and others
VOCABULARIES: tuple[str, ...] = (
    "https://w3id.org/ipkg/ontology",
    "http://purl.obolibrary.org/obo/mondo.owl",
    "http://purl.obolibrary.org/obo/cl.owl",
    "http://purl.obolibrary.org/obo/chebi.owl",
    "http://purl.obolibrary.org/obo/go.owl",
    "http://purl.obolibrary.org/obo/maxo.owl",
    "http://id.nlm.nih.gov/mesh/",
    "http://purl.uniprot.org/core/",
    "http://purl.org/dc/terms/",
    "http://purl.org/ontology/bibo/",
    "http://www.w3.org/ns/prov#",
)

_VOID, _DCAT = NS["void"], "http://www.w3.org/ns/dcat#"
_RDF_TYPE, _DCT, _PROV = NS["rdf"] + "type", NS["dcterms"], NS["prov"]


def _iri(value: str) -> Term:
    return Term.iri(value)


def _int(value: int) -> Term:
    return Term.literal(str(value), datatype=XSD_INTEGER)


def void_triples(
    store: Store, *, dataset_iri: str, base_iri: str, sparql_url: str, home_url: str, license_iri: str = DEFAULT_LICENSE
) -> list[Triple]:
    """The VoID/DCAT description of the graph in ``store``.

    :param dataset_iri: the IRI of the dataset node
    :param sparql_url: the absolute URL of this server's SPARQL endpoint
    :param home_url: the absolute URL of the landing page
    """
    ds = _iri(dataset_iri)
    t: list[Triple] = []

    def add(s: Term, p: str, o: Term) -> None:
        t.append((s, _iri(p), o))

    add(ds, _RDF_TYPE, _iri(_VOID + "Dataset"))
    add(ds, _RDF_TYPE, _iri(_DCAT + "Dataset"))
    add(ds, _DCT + "title", Term.literal("ipkg: the immunopsychiatry knowledge graph", lang="en"))
    add(
        ds,
        _DCT + "description",
        Term.literal(
            "Studies, findings with their evidence sentences, and the disorders, interventions, immune cells, "
            "pathways and cytokines named in biomedical abstracts.",
            lang="en",
        ),
    )
    add(ds, _DCT + "license", _iri(license_iri))
    add(ds, _DCT + "rights", Term.literal(RIGHTS, lang="en"))
    add(ds, _DCAT + "landingPage", _iri(home_url))
    add(ds, _VOID + "sparqlEndpoint", _iri(sparql_url))
    add(ds, _VOID + "uriSpace", Term.literal(base_iri))
    add(ds, _VOID + "triples", _int(store.count()))
    for vocabulary in VOCABULARIES:
        add(ds, _VOID + "vocabulary", _iri(vocabulary))
    for keyword in ("immunopsychiatry", "depression", "inflammation", "knowledge graph"):
        add(ds, _DCAT + "keyword", Term.literal(keyword, lang="en"))

    service = Term("bnode", "sparqlService")
    add(ds, _DCAT + "distribution", Term("bnode", "sparqlDistribution"))
    add(Term("bnode", "sparqlDistribution"), _RDF_TYPE, _iri(_DCAT + "Distribution"))
    add(Term("bnode", "sparqlDistribution"), _DCAT + "accessService", service)
    add(Term("bnode", "sparqlDistribution"), _DCAT + "accessURL", _iri(sparql_url))
    add(service, _RDF_TYPE, _iri(_DCAT + "DataService"))
    add(service, _DCAT + "endpointURL", _iri(sparql_url))
    add(service, _DCT + "conformsTo", _iri("https://www.w3.org/TR/sparql11-protocol/"))

    classes = store.query(
        "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class"
    ).rows
    add(ds, _VOID + "classes", _int(len(classes)))
    for i, row in enumerate(classes):
        if row["class"].kind != "uri":
            continue
        part = Term("bnode", f"classPartition{i}")
        add(ds, _VOID + "classPartition", part)
        add(part, _VOID + "class", row["class"])
        add(part, _VOID + "entities", _int(int(row["n"].value)))
    example = store.query(f"SELECT ?s WHERE {{ ?s a <{NS['ipkg']}Study> }} ORDER BY ?s LIMIT 1").rows
    if example:
        add(ds, _VOID + "exampleResource", example[0]["s"])

    activities = store.query(f"SELECT DISTINCT ?a WHERE {{ ?a a <{_PROV}Activity> }} ORDER BY ?a LIMIT 20").rows
    for row in activities:
        add(ds, _PROV + "wasGeneratedBy", row["a"])
    agent = Term("bnode", "software")
    add(ds, _PROV + "wasAttributedTo", agent)
    add(agent, _RDF_TYPE, _iri(_PROV + "SoftwareAgent"))
    add(agent, NS["rdfs"] + "label", Term.literal(f"ipkg {_version()}"))
    return t


def _version() -> str:
    try:
        return metadata.version("ipkg")
    except metadata.PackageNotFoundError:
        return "(development checkout)"
