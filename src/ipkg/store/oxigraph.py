"""An embedded Oxigraph store (pyoxigraph): on disk (RocksDB) or in memory.

>>> store = OxigraphStore()
>>> store.add('<https://w3id.org/ipkg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .', format="ntriples")
1
>>> store.query("SELECT ?l WHERE { ?s ?p ?l }").values()
[{'l': 'a'}]
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from ..progress import Counted
from .base import RDFS_LABEL, QueryResult, QueryTimeoutError, Term, Triple, check_iri, is_update, rdf_format_name
from .guard import SERVICE_FAILED, check_local_query, has_service

__all__ = ["OxigraphStore", "from_ox", "to_ox", "iter_file_quads", "open_rdf", "collect_safely", "FORMATS"]

logger = logging.getLogger(__name__)

#: format names accepted by ``add(format=...)``, mapped to pyoxigraph formats
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}

_LABEL = ox.NamedNode(RDFS_LABEL)


def from_ox(term: Any) -> Term:
    """A pyoxigraph term as a neutral :class:`~ipkg.store.base.Term`."""
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Term("literal", term.value, term.datatype.value, term.language)
    if isinstance(term, ox.Triple):
        return Term("triple", f"{term.subject} {term.predicate} {term.object}")
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox(term: Term) -> Any:
    """A neutral term as a pyoxigraph term (quoted triples are not supported)."""
    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.kind == "literal":
        if term.lang:
            return ox.Literal(term.value, language=term.lang)
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)
    raise TypeError(f"cannot convert {term.kind} term {term.value!r}")


def open_rdf(path: Path) -> IO[bytes]:
    """Open an RDF file for binary reading, decompressing ``.gz``."""
    return cast(IO[bytes], gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb"))


def iter_file_quads(path: Path, *, lenient: bool = False) -> Iterator[Any]:
    """Stream the quads of an RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD; ``.gz`` too).

    :raises StoreError: when the file is missing, has an unknown extension or is malformed (names the file)
    """
    fmt = getattr(ox.RdfFormat, rdf_format_name(path))
    try:
        with open_rdf(path) as handle:
            yield from ox.parse(handle, format=fmt, lenient=lenient)
    except SyntaxError as err:
        raise StoreError(f"{path}: malformed {fmt.name}: {err}") from err
    except OSError as err:
        raise StoreError(f"{path}: cannot read: {err}") from err


def has_default_graph(store: ox.Store) -> bool:
    """Does the store hold any triple in its default graph?"""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def use_union(store: ox.Store, union_default_graph: bool | None) -> bool:
    """Should a query see the union of the named graphs as its default graph? ``None`` decides by the data: only
    when the default graph is empty (a store holding named graphs only, e.g. ``oxigraph load`` of N-Quads)."""
    return not has_default_graph(store) if union_default_graph is None else union_default_graph


def with_merged_copy(quads: Iterable[Any]) -> Iterator[Any]:
    """Each quad, and for a quad of a named graph also its triple in the default graph.

    A dataset file (one named graph per abstract) repeats every concept's type and label in each graph; queried
    as the union of the graphs, those repeats multiply the answers. With the merged copy, queries see each triple
    once in the default graph, and ``GRAPH`` patterns still see the graphs.
    """
    default = ox.DefaultGraph()
    for q in quads:
        yield q
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object, default)


def _to_graph(quads: Iterable[Any], graph: str | None) -> Iterator[Any]:
    if graph is None:
        yield from with_merged_copy(quads)
        return
    name = ox.NamedNode(check_iri(graph))
    for q in quads:
        yield ox.Quad(q.subject, q.predicate, q.object, name)


class OxigraphStore:
    """A :class:`~ipkg.store.base.Store` over ``pyoxigraph.Store``.

    :param path: a folder for an on-disk store (created if missing); ``None`` keeps everything in memory
    :param read_only: open an existing on-disk store read-only (no other process may write it meanwhile)
    :param union_default_graph: queries see all named graphs as the default graph; ``None`` (the default): only
        when the default graph is empty. Files of named graphs are also merged into the default graph when added
        (see :func:`with_merged_copy`), so answers do not repeat per graph.
    :param allow_service: let queries run ``SERVICE`` clauses (fetch other endpoints); off by default, see
        :mod:`ipkg.store.guard`
    :raises StoreError: when the folder cannot be opened (locked by another process, not a store ...)
    """

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        read_only: bool = False,
        union_default_graph: bool | None = None,
        allow_service: bool = False,
    ):
        self.path = Path(path) if path is not None else None
        self.union_default_graph = union_default_graph
        self.allow_service = allow_service
        try:
            if read_only:
                if self.path is None:
                    raise StoreError("a read-only Oxigraph store needs a path")
                self._store: ox.Store | None = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path) if self.path is not None else None)
        except OSError as err:
            raise StoreError(f"cannot open Oxigraph store at {self.path}: {err}") from err

    @classmethod
    def from_files(cls, files: Sequence[Path], path: Path | str | None = None) -> OxigraphStore:
        """A store holding the given RDF files (bulk-loaded, streaming)."""
        store = cls(path)
        for file in files:
            store.add(Path(file))
        return store

    @property
    def raw(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, data: str | bytes | Path, *, format: str | None = None, graph: str | None = None) -> int:
        """Add RDF text or a file; a file is streamed with ``bulk_extend``, text is added in one transaction."""
        store = self.raw
        try:
            if isinstance(data, Path):
                if format is not None:
                    logger.debug("format %r ignored for %s: taken from the extension", format, data)
                quads = Counted(_to_graph(iter_file_quads(data), graph))
                store.bulk_extend(quads)
                logger.info("loaded %d statements from %s", quads.count, data)
                return quads.count
            if format is None:
                raise StoreError("add(text) needs format= (turtle, ntriples, nquads, trig, xml, jsonld)")
            try:
                fmt = FORMATS[format.lower()]
            except KeyError:
                raise StoreError(f"unknown RDF format {format!r} (known: {', '.join(sorted(FORMATS))})") from None
            parsed = list(_to_graph(ox.parse(data, format=fmt), graph))
            store.extend(parsed)
            return len(parsed)
        except SyntaxError as err:
            raise StoreError(f"malformed RDF ({format}): {err}") from err
        except OSError as err:
            raise StoreError(f"cannot write to the Oxigraph store: {err}") from err

    def query(self, sparql: str, *, max_rows: int | None = None, deadline: float | None = None) -> QueryResult:
        """Run a read-only SPARQL query (over the default graph, or the union of the graphs: see ``__init__``)."""
        if is_update(sparql):
            raise QueryError("SPARQL Update is not accepted here: this is a read-only query interface")
        check_local_query(sparql, allow_service=self.allow_service)
        try:
            return collect_safely(
                lambda: self.raw.query(sparql, use_default_graph_as_union=use_union(self.raw, self.union_default_graph)),
                max_rows,
                deadline,
            )
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL query: {err}") from None
        except QueryTimeoutError:
            raise
        except QueryError:
            if self.allow_service and has_service(sparql):  # the engine's text would name hosts and ports
                raise QueryError(SERVICE_FAILED) from None
            raise

    def count(self, graph: str | None = None) -> int:
        """Distinct triples of the union graph, or the statements of one named graph."""
        store = self.raw
        if graph is not None:
            return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(check_iri(graph))))
        if not any(True for _ in store.named_graphs()):
            return len(store)
        result = store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
            use_default_graph_as_union=True,
        )
        assert isinstance(result, ox.QuerySolutions)
        return int(next(iter(result))["n"].value)

    def describe(self, iri: str, *, labels: bool = False) -> list[Triple]:
        """Outgoing triples of ``iri``, then incoming ones, each group sorted; optionally labels of neighbours."""
        check_iri(iri)
        try:
            node = ox.NamedNode(iri)
        except ValueError as err:
            raise QueryError(f"not an IRI: {iri!r}: {err}") from err
        store = self.raw
        out = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(node, None, None, None)}
        inc = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, node, None)}
        extra: set[tuple[Any, Any, Any]] = set()
        if labels:
            neighbours: set[Any] = {o for _, _, o in out if isinstance(o, ox.NamedNode | ox.BlankNode)}
            neighbours |= {s for s, _, _ in inc} | {p for _, p, _ in out | inc}
            neighbours.discard(node)
            for n in neighbours:
                extra |= {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(n, _LABEL, None, None)}
        triples: list[Triple] = []
        for group in (out, inc - out, extra - out - inc):
            converted = [(from_ox(s), from_ox(p), from_ox(o)) for s, p, o in group]
            triples.extend(sorted(converted, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3())))
        return triples

    def close(self) -> None:
        """Flush an on-disk store and drop it (releases the RocksDB lock once garbage-collected)."""
        if self._store is not None and self.path is not None:
            try:
                self._store.flush()
            except OSError:  # a read-only store cannot flush
                logger.debug("flush skipped for %s", self.path)
        self._store = None


def collect_safely(make_answer: Callable[[], Any], max_rows: int | None, deadline: float | None) -> QueryResult:
    """Run ``make_answer`` and read its pyoxigraph answer on this thread, dropping every pyoxigraph object here.

    pyoxigraph's result iterators are "unsendable": dropping one on another thread is an error. An exception
    raised while reading would carry the iterator (in its traceback) to whatever thread handles it, so errors are
    re-created here, without traceback, after the answer is gone.

    :raises SyntaxError: from ``make_answer`` (a malformed query or answer)
    :raises QueryTimeoutError: when the deadline passed; :class:`QueryError` when evaluation failed
    """
    problem: Exception | None = None
    answer = None
    try:
        answer = make_answer()
        return _collect(answer, max_rows, deadline)
    except QueryTimeoutError as err:
        problem = QueryTimeoutError(str(err))
    except SyntaxError as err:
        problem = SyntaxError(str(err))
    except (OSError, RuntimeError, ValueError) as err:
        problem = QueryError(f"query failed: {err}")
    finally:
        del answer
    raise problem


def _collect(answer: Any, max_rows: int | None, deadline: float | None) -> QueryResult:
    """Read a pyoxigraph answer into a :class:`QueryResult`, honouring the row cap and the deadline."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = tuple(v.value for v in answer.variables)
        result = QueryResult("select", variables=names)
        for solution in answer:
            if not result.has_room(max_rows, deadline):
                break
            row = {}
            for i, name in enumerate(names):
                value = solution[i]
                if value is not None:
                    row[name] = from_ox(value)
            result.rows.append(row)
        return result
    result = QueryResult("graph")
    for triple in answer:
        if not result.has_room(max_rows, deadline):
            break
        result.triples.append((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
    return result
