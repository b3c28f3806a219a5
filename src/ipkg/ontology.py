"""The ipkg ontology: its canonical Turtle, the RDF/XML export, the HermiT check and the QC queries.

``ontology/ipkg.ttl`` is the edit source, kept in one canonical serialisation (:func:`canonical_turtle`);
``ontology/ipkg.owl`` is generated from it (:func:`export_owl`) for Protégé and owlready2. The reasoner runs
in an isolated owlready2 ``World`` so that nothing leaks into owlready2's default world. From a checkout::

    python -m ipkg.ontology normalize   # rewrite ontology/ipkg.ttl in canonical form
    python -m ipkg.ontology export      # regenerate ontology/ipkg.owl from ontology/ipkg.ttl
    python -m ipkg.ontology check       # HermiT consistency and the QC queries
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, BNode, Graph, Literal
from rdflib.compare import to_canonical_graph
from rdflib.graph import ConjunctiveGraph

from . import resources
from .errors import OntologyError
from .vocab import PREFIXES

if TYPE_CHECKING:  # pragma: no cover
    import owlready2

__all__ = [
    "ONTOLOGY_IRI",
    "ONTOLOGY_PREFIXES",
    "ReasonerReport",
    "QcViolation",
    "bind_prefixes",
    "canonical_turtle",
    "read_ontology_graph",
    "normalize_ontology",
    "owl_xml",
    "export_owl",
    "load_ontology",
    "check_consistency",
    "iter_qc_queries",
    "run_qc",
]

logger = logging.getLogger(__name__)

#: the IRI of the ontology (``owl:Ontology``); its terms live in ``vocab.IPKG_NS``
ONTOLOGY_IRI = "https://w3id.org/ipkg/ontology"
#: the prefixes of the ontology and shapes files: the data prefixes first, then the ontology-only ones
ONTOLOGY_PREFIXES: tuple[tuple[str, str], ...] = PREFIXES + (
    ("biolink", "https://w3id.org/biolink/vocab/"),
    ("vann", "http://purl.org/vocab/vann/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
)
#: the header written at the top of the generated RDF/XML (after the XML declaration)
_OWL_HEADER = (
    "<!-- DO NOT EDIT: generated from ontology/ipkg.ttl by `python -m ipkg.ontology export`; "
    "edit ipkg.ttl and regenerate. -->\n"
)


@dataclass(frozen=True)
class ReasonerReport:
    """The outcome of a HermiT run.

    :param consistent: ``False`` when the ontology (with the data, if any) has no model
    :param unsatisfiable: IRIs of the named classes that can have no member, sorted
        (empty when inconsistent: an inconsistent ontology makes every class unsatisfiable)
    """

    consistent: bool
    unsatisfiable: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """``True`` when consistent and no named class is unsatisfiable."""
        return self.consistent and not self.unsatisfiable


@dataclass(frozen=True, order=True)
class QcViolation:
    """One row of a QC query: the check (file name without ``-violation.rq``) and the offending triple.

    Unbound query variables are the empty string, so rows sort and compare as plain strings.
    """

    check: str
    entity: str
    property: str
    value: str


def bind_prefixes(graph: Graph) -> Graph:
    """Bind :data:`ONTOLOGY_PREFIXES` on ``graph`` (replacing any other binding of those names) and return it.

    >>> g = bind_prefixes(Graph(bind_namespaces="none"))
    >>> dict(g.namespaces())["ipkg"]
    rdflib.term.URIRef('https://w3id.org/ipkg/ontology#')
    """
    for prefix, namespace in ONTOLOGY_PREFIXES:
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def _parse(path: Path, rdf_format: str) -> Graph:
    """Parse ``path`` and copy its triples into a graph bound to the fixed prefixes only."""
    source = Graph(bind_namespaces="none")
    try:
        source.parse(path, format=rdf_format)
    except FileNotFoundError as err:
        raise OntologyError(f"{path}: the ontology file is missing") from err
    except Exception as err:  # rdflib raises many parser-specific types
        raise OntologyError(f"{path}: cannot be parsed as {rdf_format}: {err}") from err
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in source:
        graph.add(triple)
    return graph


def read_ontology_graph(path: str | os.PathLike[str] | None = None) -> Graph:
    """Read the ontology's Turtle source (``ontology/ipkg.ttl`` by default) into an rdflib graph.

    :param path: another Turtle file to read instead
    :returns: the graph, with the fixed prefixes bound
    :raises OntologyError: when the file is missing or is not valid Turtle
    """
    return _parse(Path(path) if path is not None else resources.ontology_path(), "turtle")


def canonical_turtle(path: str | os.PathLike[str]) -> str:
    """The canonical serialisation of the Turtle file ``path``.

    rdflib ``longturtle`` with ``canon=True`` (blank nodes canonicalised), subjects and predicates sorted,
    prefixes limited to :data:`ONTOLOGY_PREFIXES` and written in alphabetical order. Comments in the source
    are not kept: document terms with ``rdfs:comment`` or ``skos:definition`` instead. Each term's
    ``skos:definition`` is the source of its ``obo:IAO_0000115`` (the OBO definition property): the canonical form
    repeats the one as the other, so a term added or edited with a ``skos:definition`` only gets it by
    ``python -m ipkg.ontology normalize``.

    :param path: a Turtle file
    :returns: the canonical Turtle text
    :raises OntologyError: when the file is missing or is not valid Turtle
    """
    graph = _parse(Path(path), "turtle")
    _mirror_definitions(graph)
    return graph.serialize(format="longturtle", canon=True)


#: the OBO definition property (IAO:0000115), which mirrors skos:definition
IAO_DEFINITION = "http://purl.obolibrary.org/obo/IAO_0000115"


def _mirror_definitions(graph: Graph) -> None:
    """Make every subject's ``obo:IAO_0000115`` values equal its ``skos:definition`` values."""
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    iao = URIRef(IAO_DEFINITION)
    for subject in set(graph.subjects(iao, None)) | set(graph.subjects(SKOS.definition, None)):
        graph.remove((subject, iao, None))
        for definition in graph.objects(subject, SKOS.definition):
            graph.add((subject, iao, definition))


def _write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder and ``os.replace``."""
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644  # mkstemp files are 0600
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def normalize_ontology(path: str | os.PathLike[str] | None = None) -> bool:
    """Rewrite the ontology's Turtle source in canonical form when it is not.

    :param path: the Turtle file (``ontology/ipkg.ttl`` by default)
    :returns: ``True`` when the file was rewritten, ``False`` when it was already canonical
    :raises OntologyError: when the file is missing or is not valid Turtle
    """
    source = Path(path) if path is not None else resources.ontology_path()
    text = canonical_turtle(source)
    if source.read_text(encoding="utf-8") == text:
        return False
    _write_atomic(source, text)
    logger.info("rewrote %s in canonical form", source)
    return True


def _ox_term(node: Any) -> Any:
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype))) if node.datatype else ox.Literal(str(node))
    return ox.NamedNode(str(node))


def owl_xml(source: str | os.PathLike[str] | None = None) -> str:
    """The RDF/XML text that :func:`export_owl` writes for the Turtle file ``source``.

    pyoxigraph's RDF/XML writer, which writes triples in the order it is given them (one ``rdf:Description`` per
    run of a subject, blank nodes as ``rdf:nodeID``): the blank nodes are canonicalised and the triples sorted
    first, so the same ontology always gives the same bytes (rdflib's RDF/XML writers follow set order).

    :raises OntologyError: when the source is missing, is not Turtle, or uses a predicate with no XML name
    """
    import pyoxigraph as ox

    graph = to_canonical_graph(_parse(Path(source) if source is not None else resources.ontology_path(), "turtle"))
    triples = [ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o in
               sorted(graph, key=lambda t: (isinstance(t[0], BNode), str(t[0]), str(t[1]), t[2].n3()))]
    out = io.BytesIO()
    try:
        ox.serialize(triples, out, ox.RdfFormat.RDF_XML, prefixes=dict(ONTOLOGY_PREFIXES))
    except (ValueError, SyntaxError) as err:  # a predicate with no XML local name
        raise OntologyError(f"cannot write the ontology as RDF/XML: {err}") from err
    declaration, _, body = out.getvalue().decode("utf-8").partition("\n")
    return f"{declaration}\n{_OWL_HEADER}{body}" + ("" if body.endswith("\n") else "\n")


def export_owl(
    source: str | os.PathLike[str] | None = None, target: str | os.PathLike[str] | None = None
) -> Path:
    """Write the RDF/XML export of the ontology (``ontology/ipkg.owl``) from its Turtle source.

    :param source: the Turtle file (``ontology/ipkg.ttl`` by default)
    :param target: the RDF/XML file to write (``ontology/ipkg.owl`` by default)
    :returns: the path written
    :raises OntologyError: when the source is missing or is not valid Turtle
    """
    out = Path(target) if target is not None else resources.ontology_owl_path()
    _write_atomic(out, owl_xml(source))
    return out


def load_ontology(
    world: owlready2.World | None = None, path: str | os.PathLike[str] | None = None
) -> owlready2.Ontology:
    """Load the ontology's RDF/XML export into an owlready2 world.

    owlready2 reads RDF/XML, OWL/XML and N-Triples but not Turtle: a ``.ttl`` path (``ontology/ipkg.ttl``) is
    converted to N-Triples with rdflib first, so either file can be given.

    :param world: the world to load into; a new isolated ``owlready2.World()`` when ``None``
        (never owlready2's ``default_world``)
    :param path: an RDF/XML, N-Triples or Turtle file to load instead of ``ontology/ipkg.owl``
    :returns: the loaded ``owlready2.Ontology``
    :raises OntologyError: when the file is missing or owlready2 cannot parse it
    """
    import owlready2

    source = Path(path) if path is not None else resources.ontology_owl_path()
    if not source.is_file():
        raise OntologyError(f"{source}: the ontology file is missing; run `python -m ipkg.ontology export`")
    if world is None:
        world = owlready2.World()
    chatter = io.StringIO()
    try:
        # owlready2 prints parser chatter on stderr; keep it out of the user's stderr (logged at debug level)
        if source.suffix.lower() in (".ttl", ".n3"):
            text = _graph_ntriples(_parse(source, "turtle"))
            with contextlib.redirect_stderr(chatter):
                ontology = world.get_ontology(ONTOLOGY_IRI + "#").load(fileobj=io.BytesIO(text), format="ntriples")
        else:
            with source.open("rb") as stream, contextlib.redirect_stderr(chatter):
                ontology = world.get_ontology(ONTOLOGY_IRI + "#").load(fileobj=stream)
    except owlready2.OwlReadyOntologyParsingError as err:
        raise OntologyError(f"{source}: owlready2 cannot parse the ontology: {err}") from err
    for line in chatter.getvalue().splitlines():
        logger.debug("owlready2: %s", line)
    return ontology


def _graph_ntriples(graph: Graph) -> bytes:
    """N-Triples bytes of every triple of ``graph`` (all named graphs of a dataset)."""
    if isinstance(graph, ConjunctiveGraph):
        flat = Graph(bind_namespaces="none")
        for s, p, o, _ in graph.quads((None, None, None, None)):
            flat.add((s, p, o))
        graph = flat
    return graph.serialize(format="nt", encoding="utf-8")


def check_consistency(data: Graph | Iterable[Graph] | None = None) -> ReasonerReport:
    """Run HermiT (through owlready2, in an isolated world) on the ontology, optionally with data.

    Needs Java on the ``PATH`` (or ``owlready2.JAVA_EXE``). Datatypes outside the OWL 2 datatype map
    (``xsd:date``, ``xsd:gYear`` in the data) are ignored by the reasoner, not reported.

    :param data: graphs (data or extra axioms) to reason over together with the ontology
    :returns: whether the whole is consistent and which named classes are unsatisfiable
    :raises OntologyError: when the ontology cannot be loaded or Java/HermiT fails
    """
    import owlready2

    world = owlready2.World()
    try:
        load_ontology(world)
        graphs = [data] if isinstance(data, Graph) else list(data or ())
        for index, graph in enumerate(graphs):
            extra = world.get_ontology(f"https://w3id.org/ipkg/id/reasoner-input/{index}#")
            extra.load(fileobj=io.BytesIO(_graph_ntriples(graph)), format="ntriples")
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            return ReasonerReport(consistent=False)
        except owlready2.OwlReadyJavaError as err:
            raise OntologyError(f"HermiT failed (see https://www.w3.org/TR/owl2-syntax/ for the OWL 2 rules): {err}") from err
        except OSError as err:
            raise OntologyError(
                f"cannot run Java for the HermiT reasoner ({err}); install Java 11 or later "
                f"or set owlready2.JAVA_EXE (now {owlready2.JAVA_EXE!r})"
            ) from err
        nothing = "http://www.w3.org/2002/07/owl#Nothing"
        unsatisfiable = sorted({cls.iri for cls in world.inconsistent_classes() if cls.iri != nothing})
        return ReasonerReport(consistent=True, unsatisfiable=tuple(unsatisfiable))
    finally:
        world.close()


def iter_qc_queries(folder: str | os.PathLike[str] | None = None) -> Iterator[Path]:
    """The QC queries (``ontology/qc/*-violation.rq``), in file-name order."""
    base = Path(folder) if folder is not None else resources.data_dir("ontology") / "qc"
    yield from sorted(base.glob("*-violation.rq"))


def run_qc(
    graph: Graph | None = None, *, with_ontology: bool = True, queries: Iterable[Path] | None = None
) -> list[QcViolation]:
    """Run every QC query and return the offending rows; an empty list means every check passed.

    The queries look at ``ipkg:`` terms only, so they can run over a built data graph merged with the ontology:
    then ``undeclared-ipkg-term`` reports any ``ipkg:`` IRI of the data that the ontology does not declare.
    They run in an in-memory pyoxigraph store (rdflib's SPARQL engine is orders of magnitude slower on a KG).

    :param graph: the graph to check (a data graph, a dataset, or the ontology); ``None`` checks the ontology
    :param with_ontology: merge the shipped ontology into ``graph`` before querying
    :param queries: query files to run instead of :func:`iter_qc_queries`
    :returns: the violations, sorted by (check, entity, property, value)
    :raises OntologyError: when a query file cannot be parsed or run
    """
    import pyoxigraph

    store = pyoxigraph.Store()
    if with_ontology or graph is None:
        store.load(_graph_ntriples(read_ontology_graph()), format=pyoxigraph.RdfFormat.N_TRIPLES)
    if graph is not None:
        store.load(_graph_ntriples(graph), format=pyoxigraph.RdfFormat.N_TRIPLES)
    rows: list[QcViolation] = []
    for path in queries if queries is not None else iter_qc_queries():
        check = path.name.removesuffix(".rq").removesuffix("-violation")
        try:
            solutions = store.query(path.read_text(encoding="utf-8"))
            for solution in solutions:  # type: ignore[union-attr]
                values = [solution[name] for name in ("entity", "property", "value")]
                rows.append(QcViolation(check, *("" if v is None else str(v.value) for v in values)))
        except (SyntaxError, OSError, TypeError) as err:
            raise OntologyError(f"{path}: cannot run the QC query: {err}") from err
    return sorted(rows)


def _main(argv: list[str] | None = None) -> int:
    """``python -m ipkg.ontology {normalize,export,check}``; messages go to stderr.

    Exit codes: 0 success, 1 a check failed or a file is broken, 3 Java/HermiT could not run.
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ipkg.ontology", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("normalize", help="rewrite ontology/ipkg.ttl in canonical Turtle")
    commands.add_parser("export", help="regenerate ontology/ipkg.owl (RDF/XML) from ontology/ipkg.ttl")
    commands.add_parser("check", help="run the QC queries and HermiT (consistency, unsatisfiable classes)")
    args = parser.parse_args(argv)
    try:
        if args.command == "normalize":
            changed = normalize_ontology()
            print(f"{resources.ontology_path()}: {'rewritten' if changed else 'already canonical'}", file=sys.stderr)
            return 0
        if args.command == "export":
            print(f"wrote {export_owl()}", file=sys.stderr)
            return 0
        rows = run_qc()
    except OntologyError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 1
    for row in rows:
        print(f"qc {row.check}: {row.entity} {row.property} {row.value}", file=sys.stderr)
    try:
        report = check_consistency()
    except OntologyError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 3
    if not report.consistent:
        print("HermiT: the ontology is inconsistent", file=sys.stderr)
    for iri in report.unsatisfiable:
        print(f"HermiT: unsatisfiable class {iri}", file=sys.stderr)
    failed = bool(rows) or not report.ok
    print("ontology check " + ("failed" if failed else "passed"), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())
