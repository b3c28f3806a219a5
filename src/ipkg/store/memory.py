"""An in-memory store over an rdflib ``Dataset`` (pure Python; slow beyond ~100k triples, see PERF-NOTES).

Useful where pyoxigraph is not wanted, and as the reference implementation in the store test suite.

>>> store = MemoryStore()
>>> store.add('<https://w3id.org/ipkg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" .', format="ntriples")
1
>>> store.query("SELECT ?l WHERE { ?s ?p ?l }").values()
[{'l': 'a'}]
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..errors import QueryError, StoreError
from .base import (
    RDFS_LABEL,
    XSD_STRING,
    QueryResult,
    QueryTimeoutError,
    Term,
    Triple,
    check_iri,
    is_update,
    rdf_format_name,
)
from .guard import SERVICE_FAILED, check_local_query, forbid_rdflib_loading, has_service

__all__ = ["MemoryStore"]

logger = logging.getLogger(__name__)

#: ``add(format=...)`` names and pyoxigraph format names, mapped to rdflib parser names
_RDFLIB_FORMATS: dict[str, str] = {
    "turtle": "turtle",
    "ttl": "turtle",
    "ntriples": "nt",
    "nt": "nt",
    "nquads": "nquads",
    "nq": "nquads",
    "trig": "trig",
    "xml": "xml",
    "rdfxml": "xml",
    "jsonld": "json-ld",
    "TURTLE": "turtle",
    "N_TRIPLES": "nt",
    "N_QUADS": "nquads",
    "TRIG": "trig",
    "RDF_XML": "xml",
    "JSON_LD": "json-ld",
}


def _term(node: Any) -> Term:
    from rdflib import BNode, Literal, URIRef

    if isinstance(node, URIRef):
        return Term("uri", str(node))
    if isinstance(node, BNode):
        return Term("bnode", str(node))
    if isinstance(node, Literal):
        if node.language:
            return Term.literal(str(node), lang=node.language)
        return Term.literal(str(node), datatype=str(node.datatype) if node.datatype else XSD_STRING)
    raise TypeError(f"not an RDF term: {node!r}")


def _sorted(triples: set[tuple[Any, Any, Any]]) -> list[Triple]:
    converted = [(_term(s), _term(p), _term(o)) for s, p, o in triples]
    return sorted(converted, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3()))


class MemoryStore:
    """A :class:`~ipkg.store.base.Store` over ``rdflib.Dataset(default_union=True)``.

    :param allow_service: let queries run ``SERVICE`` clauses (fetch other endpoints); off by default. ``FROM``
        never fetches anything (see :mod:`ipkg.store.guard`).
    """

    def __init__(self, *, allow_service: bool = False) -> None:
        from rdflib import Dataset

        forbid_rdflib_loading()
        self._ds: Any = Dataset(default_union=True)
        self.allow_service = allow_service

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, data: str | bytes | Path, *, format: str | None = None, graph: str | None = None) -> int:
        """Parse RDF text or a file (format from the extension) into the dataset."""
        import gzip

        from rdflib import URIRef

        if isinstance(data, Path):
            name = rdf_format_name(data)
            try:
                raw = gzip.decompress(data.read_bytes()) if data.suffix == ".gz" else data.read_bytes()
            except OSError as err:
                raise StoreError(f"{data}: cannot read: {err}") from err
            where = str(data)
        else:
            if format is None:
                raise StoreError("add(text) needs format= (turtle, ntriples, nquads, trig, xml, jsonld)")
            name, raw, where = format, data.encode() if isinstance(data, str) else data, f"<{format} text>"
        try:
            parser = _RDFLIB_FORMATS[name]
        except KeyError:
            raise StoreError(f"unknown RDF format {name!r}") from None
        before = sum(1 for _ in self._ds.quads((None, None, None, None)))
        try:
            if graph is not None:
                target = self._ds.graph(URIRef(check_iri(graph)))
                target.parse(data=raw, format="nt" if parser == "nquads" else parser)
            else:
                self._ds.parse(data=raw, format=parser)
        except Exception as err:  # rdflib raises many parser-specific types
            raise StoreError(f"{where}: malformed RDF: {err}") from err
        added = sum(1 for _ in self._ds.quads((None, None, None, None))) - before
        logger.info("loaded %d statements from %s", added, where)
        return added

    def query(self, sparql: str, *, max_rows: int | None = None, deadline: float | None = None) -> QueryResult:
        """Run a read-only SPARQL query with rdflib's engine."""
        if is_update(sparql):
            raise QueryError("SPARQL Update is not accepted here: this is a read-only query interface")
        check_local_query(sparql, allow_service=self.allow_service)
        hide = self.allow_service and has_service(sparql)  # the engine's text would name hosts and ports
        try:
            answer = self._ds.query(sparql)
        except MemoryError:
            raise
        except Exception as err:  # pyparsing.ParseException and evaluation errors
            if hide:
                raise QueryError(SERVICE_FAILED) from None
            raise QueryError(f"malformed SPARQL query: {err}") from err
        try:
            return self._collect(answer, max_rows, deadline)
        except (QueryTimeoutError, MemoryError):
            raise
        except Exception as err:
            if hide:
                raise QueryError(SERVICE_FAILED) from None
            raise QueryError(f"query failed: {err}") from err

    @staticmethod
    def _collect(answer: Any, max_rows: int | None, deadline: float | None) -> QueryResult:
        if answer.type == "ASK":
            return QueryResult("ask", boolean=bool(answer.askAnswer))
        if answer.type == "SELECT":
            names = tuple(str(v) for v in answer.vars)
            result = QueryResult("select", variables=names)
            for solution in answer:
                if not result.has_room(max_rows, deadline):
                    break
                result.rows.append({n: _term(v) for n, v in zip(names, solution, strict=False) if v is not None})
            return result
        result = QueryResult("graph")
        for s, p, o in answer:
            if not result.has_room(max_rows, deadline):
                break
            result.triples.append((_term(s), _term(p), _term(o)))
        return result

    def count(self, graph: str | None = None) -> int:
        """Distinct triples of the union graph, or the statements of one named graph."""
        from rdflib import URIRef

        if graph is not None:
            return len(self._ds.graph(URIRef(check_iri(graph))))
        return len({(s, p, o) for s, p, o, _ in self._ds.quads((None, None, None, None))})

    def describe(self, iri: str, *, labels: bool = False) -> list[Triple]:
        """Outgoing triples of ``iri``, then incoming ones, each group sorted; optionally labels of neighbours."""
        from rdflib import BNode, URIRef

        node = URIRef(check_iri(iri))
        out = set(self._ds.triples((node, None, None)))
        inc = set(self._ds.triples((None, None, node)))
        extra: set[tuple[Any, Any, Any]] = set()
        if labels:
            neighbours = {o for _, _, o in out if isinstance(o, URIRef | BNode)}
            neighbours |= {s for s, _, _ in inc} | {p for _, p, _ in out | inc}
            neighbours.discard(node)
            label = URIRef(RDFS_LABEL)
            for n in neighbours:
                extra |= set(self._ds.triples((n, label, None)))
        return _sorted(out) + _sorted(inc - out) + _sorted(extra - out - inc)

    def close(self) -> None:
        """Drop the dataset."""
        self._ds = None
