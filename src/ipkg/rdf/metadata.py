"""The build-metadata graph of a dump: licence, creation time, the build as a ``prov:Activity``, the tool's version,
and a sha256 checksum of every input file and of the dump itself (docs/data-model.md, "Dump metadata").

Run-dependent values (the time, the checksums of this run's files) never go into the data graph, so the dump keeps
"same input -> same bytes" (STYLE.md section 6); they go into a sidecar Turtle file next to the dump
(``kg.ttl`` -> ``kg.ttl.meta.ttl``), whatever the dump's format. The sidecar can name the dump's own checksum,
which the dump could not hold. The time is ``SOURCE_DATE_EPOCH`` when that is set
(https://reproducible-builds.org/specs/source-date-epoch/), so a reproducible build gives identical sidecars too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata as importlib_metadata
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef

from ..vocab import DEFAULT_BASE

__all__ = [
    "DEFAULT_LICENSE",
    "RIGHTS",
    "BuildMetadata",
    "build_time",
    "input_files",
    "metadata_graph",
    "metadata_path",
    "sha256_file",
    "tool_version",
    "write_metadata",
]

#: the licence stated for a graph unless the user names another (``kg build --license``, ``kg serve --license``)
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
#: what the licence does not cover: the evidence sentences and titles are quotations of the source abstracts
RIGHTS = (
    "The licence covers the graph's own statements (studies, concepts, findings and their links). Titles and "
    "evidence sentences are verbatim quotations of the source abstracts, included for attribution and "
    "verification; their copyright stays with the publishers and authors, under the source's terms (e.g. PubMed)."
)
#: SPDX terms for checksums (https://spdx.org/rdf/terms/)
SPDX = Namespace("http://spdx.org/rdf/terms#")
# plain Namespaces, not rdflib's DefinedNamespaces: pytest's doctest collection probes module attributes, which
# makes a DefinedNamespace warn
DCAT, DCTERMS = Namespace("http://www.w3.org/ns/dcat#"), Namespace("http://purl.org/dc/terms/")
PROV, VOID = Namespace("http://www.w3.org/ns/prov#"), Namespace("http://rdfs.org/ns/void#")
RDF, RDFS = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
#: the suffix of the sidecar file: ``kg.ttl`` -> ``kg.ttl.meta.ttl``
SIDECAR_SUFFIX = ".meta.ttl"


def tool_version() -> str:
    """ipkg's version (from the installed distribution), ``0+unknown`` in a checkout without install."""
    try:
        return importlib_metadata.version("ipkg")
    except importlib_metadata.PackageNotFoundError:
        return "0+unknown"


def build_time(environ: Mapping[str, str] | None = None) -> datetime:
    """Now (UTC, whole seconds), or ``SOURCE_DATE_EPOCH`` when it is set.

    >>> build_time({"SOURCE_DATE_EPOCH": "0"}).isoformat()
    '1970-01-01T00:00:00+00:00'
    """
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(tz=timezone.utc).replace(microsecond=0)


def sha256_file(path: str | os.PathLike[str]) -> str:
    """The hex sha256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def metadata_path(output: str | os.PathLike[str]) -> Path:
    """The sidecar of a dump: ``kg.ttl`` -> ``kg.ttl.meta.ttl``."""
    out = Path(output)
    return out.with_name(out.name + SIDECAR_SUFFIX)


@dataclass(frozen=True)
class BuildMetadata:
    """What the metadata graph states about one build and its dump."""

    output: Path  #: the dump
    media_type: str  #: the dump's media type (``text/turtle`` ...)
    inputs: tuple[str, ...] = ()  #: the input files, as given or found in the input folders (``-`` for stdin)
    triples: int = 0  #: statements in the dump
    studies: int = 0
    base_iri: str = DEFAULT_BASE
    license_iri: str = DEFAULT_LICENSE
    publisher: str | None = None  #: the publisher's IRI (``kg build --publisher``)
    created: datetime = field(default_factory=build_time)
    version: str = field(default_factory=tool_version)


def metadata_graph(meta: BuildMetadata) -> Graph:
    """The build-metadata graph: the dump as a ``void:Dataset`` and ``dcat:Distribution``, ``prov:wasGeneratedBy``
    a ``prov:Activity`` that ``prov:used`` each input (with its sha256) and was associated with ipkg (its version).

    IRIs, not blank nodes, so two sidecars can be merged: the activity is named by the run's checksums and time.
    """
    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dcterms", DCTERMS), ("prov", PROV), ("void", VOID), ("spdx", SPDX),
                       ("xsd", XSD), ("rdfs", RDFS)):
        g.bind(prefix, ns)
    created = Literal(meta.created.isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)
    dump_sum = sha256_file(meta.output) if meta.output.exists() else ""
    input_sums = [(name, "" if name == "-" else sha256_file(name)) for name in meta.inputs]
    run = hashlib.sha256("\n".join([dump_sum, created, *(s for _, s in input_sums)]).encode()).hexdigest()[:16]
    base = meta.base_iri
    dataset, dump = URIRef(f"{base}dataset"), URIRef(f"{base}dump/{meta.output.name}")
    activity, agent = URIRef(f"{base}build/{run}"), URIRef(f"{base}agent/ipkg-{meta.version}")

    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal("ipkg: the immunopsychiatry knowledge graph", lang="en")))
    g.add((dataset, DCTERMS.license, URIRef(meta.license_iri)))
    g.add((dataset, DCTERMS.rights, Literal(RIGHTS, lang="en")))
    g.add((dataset, DCTERMS.created, created))
    if meta.publisher:
        g.add((dataset, DCTERMS.publisher, URIRef(meta.publisher)))
    g.add((dataset, DCTERMS.modified, created))
    g.add((dataset, VOID.triples, Literal(meta.triples)))
    g.add((dataset, VOID.entities, Literal(meta.studies)))
    g.add((dataset, VOID.uriSpace, Literal(base)))
    g.add((dataset, VOID.dataDump, dump))
    g.add((dataset, DCAT.distribution, dump))
    g.add((dataset, PROV.wasGeneratedBy, activity))

    g.add((dump, RDF.type, DCAT.Distribution))
    g.add((dump, RDF.type, PROV.Entity))
    g.add((dump, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{meta.media_type}")))
    g.add((dump, DCTERMS.title, Literal(meta.output.name)))
    g.add((dump, DCTERMS.license, URIRef(meta.license_iri)))
    g.add((dump, PROV.wasGeneratedBy, activity))
    if dump_sum:
        g.add((dump, DCAT.byteSize, Literal(meta.output.stat().st_size)))
        _checksum(g, dump, dump_sum)

    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"kg build ({meta.studies} studies)")))
    g.add((activity, PROV.endedAtTime, created))
    g.add((activity, PROV.wasAssociatedWith, agent))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"ipkg {meta.version}")))
    g.add((agent, URIRef("http://usefulinc.com/ns/doap#revision"), Literal(meta.version)))
    for name, digest in input_sums:
        used = URIRef(f"{base}source/sha256-{digest}") if digest else URIRef(f"{base}source/stdin-{run}")
        g.add((activity, PROV.used, used))
        g.add((used, RDF.type, PROV.Entity))
        g.add((used, DCTERMS.title, Literal("<stdin>" if name == "-" else Path(name).name)))
        if digest:
            _checksum(g, used, digest)
    return g


def _checksum(g: Graph, node: URIRef, digest: str) -> None:
    checksum = URIRef(f"{node}#sha256")
    g.add((node, SPDX.checksum, checksum))
    g.add((checksum, RDF.type, SPDX.Checksum))
    g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    g.add((checksum, SPDX.checksumValue, Literal(digest, datatype=XSD.hexBinary)))


def write_metadata(meta: BuildMetadata, path: str | os.PathLike[str] | None = None) -> Path:
    """Write :func:`metadata_graph` as Turtle to ``path`` (default: the dump's sidecar), atomically."""
    from .serialize import write_atomic

    target = Path(path) if path is not None else metadata_path(meta.output)
    write_atomic(target, metadata_graph(meta).serialize(format="turtle").encode("utf-8"))
    return target


def input_files(inputs: Iterable[str]) -> tuple[str, ...]:
    """The files a build reads, as :func:`~ipkg.ingest.iter_input_paths` expands the command line."""
    from ..ingest import iter_input_paths

    return tuple(str(path) for path in iter_input_paths(list(inputs)))
