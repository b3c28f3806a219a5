"""The store interface: a :class:`Store` protocol and backend-neutral terms and query results.

Every backend (:mod:`ipkg.store.oxigraph`, :mod:`ipkg.store.memory`, :mod:`ipkg.store.http`) returns the same
plain objects, so callers never see a pyoxigraph or rdflib type: a :class:`Term` is a kind, a lexical value and
optionally a datatype or a language tag; a :class:`QueryResult` holds either SELECT rows, an ASK boolean or
CONSTRUCT/DESCRIBE triples. :mod:`ipkg.store.results` serialises a result into the standard media types.

>>> t = Term.iri("https://w3id.org/ipkg/id/study/pmid-1")
>>> t.n3()
'<https://w3id.org/ipkg/id/study/pmid-1>'
>>> Term.literal("36", datatype=XSD_INTEGER).n3()
'"36"^^<http://www.w3.org/2001/XMLSchema#integer>'
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from ..errors import QueryError, StoreError

__all__ = [
    "XSD_STRING",
    "XSD_INTEGER",
    "RDF_LANGSTRING",
    "RDF_TYPE",
    "RDFS_LABEL",
    "Term",
    "Triple",
    "QueryResult",
    "QueryTimeoutError",
    "Store",
    "check_iri",
    "is_update",
    "rdf_format_name",
]

#: xsd:string, the datatype of plain literals
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: xsd:integer
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
#: rdf:langString, the datatype of language-tagged literals
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
#: rdf:type
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: rdfs:label
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: characters that RFC 3987 / N-Triples forbid in an IRI reference (so an IRI can never break out of ``<...>``)
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
#: an absolute IRI starts with a scheme
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")

#: the file extensions ipkg reads, mapped to pyoxigraph ``RdfFormat`` attribute names
_EXTENSIONS: dict[str, str] = {
    ".ttl": "TURTLE",
    ".turtle": "TURTLE",
    ".nt": "N_TRIPLES",
    ".ntriples": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".nquads": "N_QUADS",
    ".trig": "TRIG",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
    ".jsonld": "JSON_LD",
}

TermKind = Literal["uri", "bnode", "literal", "triple"]


@dataclass(frozen=True, slots=True)
class Term:
    """One RDF term, independent of the library that produced it.

    :param kind: ``uri``, ``bnode``, ``literal`` or ``triple`` (an RDF-star quoted triple, value in N-Triples)
    :param value: the IRI, the blank node label or the literal's lexical form
    :param datatype: the literal's datatype IRI (``xsd:string`` for plain literals, ``rdf:langString`` with a tag)
    :param lang: the literal's language tag
    """

    kind: TermKind
    value: str
    datatype: str | None = None
    lang: str | None = None

    @classmethod
    def iri(cls, value: str) -> Term:
        """A named node."""
        return cls("uri", value)

    @classmethod
    def literal(cls, value: str, *, datatype: str | None = None, lang: str | None = None) -> Term:
        """A literal; the datatype defaults to ``rdf:langString`` with a tag and ``xsd:string`` without."""
        if lang:
            return cls("literal", value, RDF_LANGSTRING, lang)
        return cls("literal", value, datatype or XSD_STRING, None)

    @property
    def is_iri(self) -> bool:
        """``True`` for a named node."""
        return self.kind == "uri"

    def n3(self) -> str:
        """The term in N-Triples syntax."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return f"<< {self.value} >>"
        text = self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if self.lang:
            return f'"{text}"@{self.lang}'
        if self.datatype and self.datatype != XSD_STRING:
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'

    def __str__(self) -> str:
        return self.value


#: a triple of neutral terms
Triple = tuple[Term, Term, Term]


@dataclass(slots=True)
class QueryResult:
    """The answer to one SPARQL query.

    :param kind: ``select``, ``ask`` or ``graph`` (CONSTRUCT and DESCRIBE)
    :param variables: the projected variables of a SELECT, in order
    :param rows: SELECT solutions; an unbound variable is absent from its row
    :param boolean: the ASK answer
    :param triples: CONSTRUCT/DESCRIBE triples
    :param truncated: ``True`` when ``max_rows`` stopped the result early
    """

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: list[dict[str, Term]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def values(self) -> list[dict[str, str]]:
        """SELECT rows as plain ``{variable: lexical value}`` dicts (unbound variables omitted)."""
        return [{k: v.value for k, v in row.items()} for row in self.rows]

    def has_room(self, max_rows: int | None, deadline: float | None) -> bool:
        """Whether a store reading the answer may add one more row (SELECT) or triple: ``False``, with
        :attr:`truncated` set, once ``max_rows`` are held; :class:`QueryTimeoutError` past ``deadline``
        (``time.monotonic()``)."""
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeoutError("the query ran past its time limit")
        if max_rows is not None and len(self) >= max_rows:
            self.truncated = True
            return False
        return True


class QueryTimeoutError(QueryError):
    """A query ran past its deadline (the store stopped reading its results)."""


@runtime_checkable
class Store(Protocol):
    """What every ipkg triple store offers (embedded Oxigraph, rdflib in memory, a remote SPARQL endpoint).

    Queries see the union of all named graphs as their default graph, so a graph written as N-Quads (one
    named graph per abstract, ``docs/data-model.md``) answers the same queries as the same graph in Turtle.
    """

    def add(self, data: str | bytes | Path, *, format: str | None = None, graph: str | None = None) -> int:
        """Add RDF text or a file; returns the number of statements parsed.

        :param data: RDF text/bytes, or a :class:`~pathlib.Path` (format from its extension)
        :param format: a name of :func:`rdf_format_name` (``turtle``, ``ntriples``, ``nquads``, ``trig`` ...)
        :param graph: put triples into this named graph instead of the default graph
        :raises StoreError: when the data cannot be parsed or stored
        """
        ...

    def query(self, sparql: str, *, max_rows: int | None = None, deadline: float | None = None) -> QueryResult:
        """Run a read-only SPARQL query.

        :param max_rows: stop after this many rows/triples and set ``truncated``
        :param deadline: a :func:`time.monotonic` instant after which reading results stops
        :raises QueryError: when the query is malformed or is an update
        :raises QueryTimeoutError: when the deadline passed
        """
        ...

    def count(self, graph: str | None = None) -> int:
        """The number of statements in the store, or in one named graph."""
        ...

    def describe(self, iri: str, *, labels: bool = False) -> list[Triple]:
        """Triples with ``iri`` as subject, then the triples pointing at it (incoming links).

        :param labels: also add ``rdfs:label`` triples of every node linked to or from ``iri``
        """
        ...

    def close(self) -> None:
        """Release the store (flush to disk, close connections)."""
        ...


def check_iri(iri: str) -> str:
    """Return ``iri`` if it is an absolute IRI safe to write between ``<`` and ``>``, else raise.

    >>> check_iri("https://w3id.org/ipkg/id/x")
    'https://w3id.org/ipkg/id/x'
    >>> check_iri("x> } DROP ALL {")
    Traceback (most recent call last):
    ...
    ipkg.errors.QueryError: not an absolute IRI: 'x> } DROP ALL {'
    """
    if not _SCHEME.match(iri) or _BAD_IRI.search(iri):
        raise QueryError(f"not an absolute IRI: {iri!r}")
    return iri


#: an IRI reference (kept) or a comment (dropped) when looking for the first keyword of a request
_IRI_OR_COMMENT = re.compile(r"(<[^<>\s]*>)|#[^\n]*")
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.IGNORECASE)
_UPDATE_START = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def is_update(sparql: str) -> bool:
    """``True`` when ``sparql`` is a SPARQL Update request rather than a query.

    >>> is_update("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }")
    True
    >>> is_update("# DELETE me\\nSELECT * { ?s ?p ?o }")
    False
    """
    body = _IRI_OR_COMMENT.sub(lambda m: m.group(1) or " ", sparql)
    rest = body[_PROLOGUE.match(body).end() :]  # type: ignore[union-attr]
    return bool(_UPDATE_START.match(rest))


def rdf_format_name(path: Path | str) -> str:
    """The pyoxigraph ``RdfFormat`` attribute name for a file name (``.gz`` is looked through).

    >>> rdf_format_name("graph.nq.gz")
    'N_QUADS'
    """
    name = str(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = name[name.rfind(".") :] if "." in name else ""
    try:
        return _EXTENSIONS[suffix]
    except KeyError:
        known = ", ".join(sorted(_EXTENSIONS))
        raise StoreError(f"{path}: unknown RDF file extension {suffix!r} (known: {known})") from None
