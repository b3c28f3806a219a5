"""The dataset description served at ``/.well-known/void`` (VoID, https://www.w3.org/TR/void/, plus DCAT 3).

Counts come from the store: triples, one ``void:classPartition`` per class with its number of instances and one
``void:propertyPartition`` per property with its number of triples. ``void:vocabulary`` lists the namespaces
(not ontology files) of the properties and classes the graph uses, as the VoID guide says
(https://www.w3.org/TR/void/#vocabularies). Each dump offered for download (``/download/<file name>``) is a
``void:dataDump`` and a ``dcat:Distribution`` with its ``dcat:downloadURL``.

Provenance: every ``prov:Activity`` found in the store (the build-metadata graph ``kg build`` writes beside a dump,
when it is loaded) is linked with ``prov:wasGeneratedBy``; the first and last of their ``prov:endedAtTime`` are
``dcterms:issued`` and ``dcterms:modified`` unless given; a ``dcterms:publisher`` stated there is repeated unless
one is given; the serving software is named with ``prov:wasAttributedTo``.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import metadata
from urllib.parse import quote

from ..rdf.metadata import DEFAULT_LICENSE, RIGHTS
from ..store.base import XSD_INTEGER, Store, Term, Triple
from ..vocab import NS

__all__ = ["void_triples", "vocabulary_of", "DEFAULT_LICENSE", "RIGHTS"]

_XSD_DATETIME = NS["xsd"] + "dateTime"
#: media types of the dump extensions offered for download
_MEDIA_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
                ".trig": "application/trig", ".jsonld": "application/ld+json", ".rdf": "application/rdf+xml",
                ".owl": "application/rdf+xml", ".gz": "application/gzip", ".tsv": "text/tab-separated-values"}


def vocabulary_of(iri: str) -> str:
    """The namespace of a term: its IRI up to and including the last ``#`` or ``/``.

    >>> vocabulary_of("https://w3id.org/ipkg/ontology#Study"), vocabulary_of("http://purl.org/dc/terms/title")
    ('https://w3id.org/ipkg/ontology#', 'http://purl.org/dc/terms/')
    """
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut >= 0 else iri

_VOID, _DCAT = NS["void"], "http://www.w3.org/ns/dcat#"
_RDF_TYPE, _DCT, _PROV = NS["rdf"] + "type", NS["dcterms"], NS["prov"]


def _iri(value: str) -> Term:
    return Term.iri(value)


def _int(value: int) -> Term:
    return Term.literal(str(value), datatype=XSD_INTEGER)


def void_triples(
    store: Store,
    *,
    dataset_iri: str,
    base_iri: str,
    sparql_url: str,
    home_url: str,
    license_iri: str = DEFAULT_LICENSE,
    downloads: Sequence[str] = (),
    publisher: str | None = None,
    issued: str | None = None,
    modified: str | None = None,
) -> list[Triple]:
    """The VoID/DCAT description of the graph in ``store``.

    :param dataset_iri: the IRI of the dataset node
    :param sparql_url: the absolute URL of this server's SPARQL endpoint
    :param home_url: the absolute URL of the landing page (ends in ``/``)
    :param downloads: file names of the dumps served at ``{home_url}download/{name}``
    :param publisher: the IRI of the publisher (default: one stated in the loaded build metadata)
    :param issued: ``xsd:dateTime`` of first publication (default: the first build activity's end)
    :param modified: ``xsd:dateTime`` of the last change (default: the last build activity's end)
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
    properties = store.query("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p").rows
    add(ds, _VOID + "properties", _int(len(properties)))
    for i, row in enumerate(properties):
        part = Term("bnode", f"propertyPartition{i}")
        add(ds, _VOID + "propertyPartition", part)
        add(part, _VOID + "property", row["p"])
        add(part, _VOID + "triples", _int(int(row["n"].value)))
    terms = [row["p"].value for row in properties] + [row["class"].value for row in classes if row["class"].kind == "uri"]
    for vocabulary in sorted({vocabulary_of(term) for term in terms}):
        add(ds, _VOID + "vocabulary", _iri(vocabulary))
    for i, name in enumerate(sorted(downloads)):
        url = _iri(f"{home_url}download/{quote(name)}")
        dist = Term("bnode", f"download{i}")
        add(ds, _VOID + "dataDump", url)
        add(ds, _DCAT + "distribution", dist)
        add(dist, _RDF_TYPE, _iri(_DCAT + "Distribution"))
        add(dist, _DCT + "title", Term.literal(name))
        add(dist, _DCAT + "downloadURL", url)
        add(dist, _DCAT + "accessURL", url)
        suffix = name[name.rfind("."):].lower() if "." in name else ""
        if suffix in _MEDIA_TYPES:
            add(dist, _DCAT + "mediaType", _iri(f"https://www.iana.org/assignments/media-types/{_MEDIA_TYPES[suffix]}"))
    times = store.query(
        f"SELECT (MIN(STR(?t)) AS ?first) (MAX(STR(?t)) AS ?last) WHERE {{ ?a a <{_PROV}Activity> ; "
        f"<{_PROV}endedAtTime> ?t }}").rows
    first = times[0].get("first") if times else None
    last = times[0].get("last") if times else None
    for prop, given, found in (("issued", issued, first), ("modified", modified, last)):
        value = given or (found.value if found is not None else None)
        if value:
            add(ds, _DCT + prop, Term.literal(value, datatype=_XSD_DATETIME))
    if publisher is None:
        stated = store.query(f"SELECT ?p WHERE {{ ?d a <{_VOID}Dataset> ; <{_DCT}publisher> ?p }} ORDER BY ?p LIMIT 1").rows
        publisher = stated[0]["p"].value if stated and stated[0]["p"].kind == "uri" else None
    if publisher:
        add(ds, _DCT + "publisher", _iri(publisher))
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
