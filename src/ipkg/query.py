"""SPARQL over built graphs: load files into an embedded Oxigraph store, run a query, format the rows.

pyoxigraph answers the competency queries 10-100x faster than rdflib on our graphs (PERF-NOTES.md). Files are
loaded into one in-memory store; a named graph per abstract (N-Quads, TriG, JSON-LD) is merged into the default
graph, so a query reads the same whatever format the graph was written in.

The shipped ontology's class and property hierarchy (``rdfs:subClassOf``, ``rdfs:subPropertyOf`` between named
terms) and the labels of its terms are added to every loaded store (:func:`schema_triples`), so queries that walk
the hierarchy (``?design rdfs:subClassOf* ipkg:ClinicalTrial``) answer on a built graph alone.
"""

from __future__ import annotations

import csv
import io
import json
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, QueryError
from .resources import ontology_path, queries_dir
from .store.oxigraph import has_default_graph, use_union, with_merged_copy
from .vocab import IPKG_NS, NS

__all__ = [
    "QueryResult",
    "NamedQuery",
    "OUTPUT_FORMATS",
    "load_store",
    "schema_triples",
    "add_schema",
    "SCHEMA_GRAPH",
    "run_query",
    "list_queries",
    "get_query",
    "format_result",
]

_EXTENSIONS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
#: formats that carry named graphs: kept, and merged into the default graph
_DATASET_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD)
#: the named graph the schema goes to in a store whose default graph is empty (queried as the union of graphs)
SCHEMA_GRAPH = IPKG_NS.rstrip("#")
_HIERARCHY = (NS["rdfs"] + "subClassOf", NS["rdfs"] + "subPropertyOf")
_LABEL = NS["rdfs"] + "label"


@dataclass(frozen=True)
class QueryResult:
    """SELECT rows (``variables`` + ``rows`` of strings, ``None`` for unbound), or an ASK boolean."""

    variables: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    boolean: bool | None = None


@dataclass(frozen=True)
class NamedQuery:
    """A shipped competency question: ``queries/<name>.rq`` whose first comment line is the question."""

    name: str
    question: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=4)
def schema_triples(path: Path | None = None) -> tuple[ox.Triple, ...]:
    """The ontology's hierarchy and term labels: ``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` between named terms
    (class expressions left out), and the ``rdfs:label`` of every ``ipkg:`` term and of every term in the hierarchy.

    No ``rdf:type`` triples: class counts over the data (``?s a ?c``) stay what the data says.

    :param path: an ontology file (default: the shipped ``ontology/ipkg.ttl``)
    :raises InputError: when the file cannot be read or parsed

    >>> any(t.predicate.value.endswith("subClassOf") and t.object.value.endswith("#ClinicalTrial")
    ...     for t in schema_triples())
    True
    """
    path = Path(path) if path is not None else ontology_path()
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    try:
        parsed = [q for q in ox.parse(path=str(path), format=fmt) if isinstance(q.subject, ox.NamedNode)]
    except (SyntaxError, OSError) as err:
        raise InputError(str(path), f"cannot read the ontology: {err}") from err
    hierarchy = [
        q for q in parsed if q.predicate.value in _HIERARCHY and isinstance(q.object, ox.NamedNode)
    ]
    terms = {q.subject for q in hierarchy} | {q.object for q in hierarchy}
    labels = [
        q for q in parsed
        if q.predicate.value == _LABEL and (q.subject in terms or q.subject.value.startswith(IPKG_NS))
    ]
    return tuple(sorted({ox.Triple(q.subject, q.predicate, q.object) for q in hierarchy + labels}, key=str))


def add_schema(store: ox.Store, path: Path | None = None) -> int:
    """Add :func:`schema_triples` to ``store``: to its default graph, or to the named graph :data:`SCHEMA_GRAPH`
    when the default graph is empty (a store of named graphs only, queried as their union), so adding the schema
    never hides the data. Adding twice changes nothing. Returns the number of triples offered."""
    graph = ox.DefaultGraph() if has_default_graph(store) else ox.NamedNode(SCHEMA_GRAPH)
    triples = schema_triples(path)
    store.extend([ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])
    return len(triples)


def load_store(paths: Sequence[str | Path], store: ox.Store | None = None, *, schema: bool = True) -> ox.Store:
    """An in-memory Oxigraph store holding every file of ``paths`` (format from the extension).

    The named graphs of N-Quads, TriG and JSON-LD files are kept, and merged into the default graph as well, which
    is what queries see (:func:`run_query`): a triple repeated in many graphs is answered once.

    :param schema: add the shipped ontology's hierarchy and term labels (:func:`add_schema`)
    :raises InputError: when a file is missing, of an unknown extension, or not valid RDF.
    """
    store = store if store is not None else ox.Store()
    for path in paths:
        path = Path(path)
        fmt = _EXTENSIONS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(str(path), f"cannot tell the RDF format from the extension {path.suffix!r} "
                             f"(use one of {', '.join(sorted(_EXTENSIONS))})")
        if not path.is_file():
            raise InputError(str(path), "no such file")
        try:
            if fmt in _DATASET_FORMATS:  # named graphs, plus their merged copy
                store.bulk_extend(with_merged_copy(ox.parse(path=str(path), format=fmt)))
            else:
                store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError) as err:
            raise InputError(str(path), f"not valid RDF: {err}") from err
    if schema:
        add_schema(store)
    return store


def _value(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def run_query(store: ox.Store, sparql: str, *, allow_service: bool = False) -> QueryResult:
    """Run a SELECT or ASK query over the default graph (over the union of the named graphs when the default graph
    is empty, as in a store filled from N-Quads by another tool).

    A ``SERVICE`` clause (a request to another server) is refused unless ``allow_service`` is set, as on
    ``kg serve``'s endpoint (:func:`ipkg.store.guard.check_local_query`).

    :raises QueryError: when the query is malformed (the parser's message says where), asks for a ``SERVICE``
        without ``allow_service``, or its ``SERVICE`` request fails.
    """
    from .store.guard import has_service

    if not allow_service and has_service(sparql):
        raise QueryError("the query calls another endpoint (SERVICE), which is refused unless allowed "
                         "(kg query --allow-service)")
    try:
        answer = store.query(sparql, use_default_graph_as_union=use_union(store, None))
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(variables=(), rows=(), boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = tuple(v.value for v in answer.variables)
            rows = tuple(tuple(_value(solution[v]) for v in variables) for solution in answer)
            return QueryResult(variables=variables, rows=rows)
        # CONSTRUCT / DESCRIBE: triples as rows of (subject, predicate, object)
        rows = tuple((_value(t.subject), _value(t.predicate), _value(t.object)) for t in answer)
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL: {err}") from err
    except OSError as err:
        raise QueryError(f"a SERVICE request of the query failed: {err}") from err
    return QueryResult(variables=("subject", "predicate", "object"), rows=tuple(sorted(rows)))


_QUESTION = re.compile(r"^#\s*(?:Question:\s*)?(.+)$")


def list_queries(folder: Path | None = None) -> list[NamedQuery]:
    """The shipped competency questions, sorted by name."""
    folder = folder if folder is not None else queries_dir()
    found = []
    for path in sorted(folder.glob("*.rq")):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[:1]
        match = _QUESTION.match(first[0]) if first else None
        found.append(NamedQuery(path.stem, match.group(1).strip() if match else "", path))
    return found


def get_query(name: str, folder: Path | None = None) -> NamedQuery:
    """The competency question called ``name``.

    :raises QueryError: when there is none, naming the ones there are.
    """
    queries = list_queries(folder)
    for query in queries:
        if query.name == name:
            return query
    raise QueryError(f"no query named {name!r}; known: {', '.join(q.name for q in queries) or 'none'}")


#: output formats of ``kg query``
OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as an aligned table, CSV, TSV or SPARQL 1.1 JSON results."""
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        bindings = [
            {var: {"type": "literal", "value": value} for var, value in zip(result.variables, row) if value is not None}
            for row in result.rows
        ]
        for binding in bindings:
            for cell in binding.values():
                if re.match(r"^[a-z][a-z0-9+.-]*://", cell["value"]):
                    cell["type"] = "uri"
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1, sort_keys=True)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if v is None else (v.replace("\t", " ").replace("\n", " ") if fmt == "tsv" else v) for v in row])
        return buffer.getvalue().rstrip("\n")
    cells = [list(result.variables)] + [["" if v is None else v.replace("\n", " ") for v in row] for row in result.rows]
    widths = [min(max(len(r[i]) for r in cells), 80) for i in range(len(result.variables))]
    lines = []
    for index, row in enumerate(cells):
        lines.append(" | ".join((c if len(c) <= 80 else c[:77] + "...").ljust(w) for c, w in zip(row, widths)).rstrip())
        if index == 0:
            lines.append("-+-".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)
