"""Serialise neutral query results into the standard media types.

SELECT/ASK: SPARQL 1.1 Query Results JSON, XML, CSV and TSV (https://www.w3.org/TR/sparql11-results-json/,
https://www.w3.org/TR/rdf-sparql-XMLres/, https://www.w3.org/TR/sparql11-results-csv-tsv/).
CONSTRUCT/DESCRIBE: Turtle, N-Triples, JSON-LD and RDF/XML, written by pyoxigraph with ipkg's prefixes.

>>> from ipkg.store.base import QueryResult, Term
>>> r = QueryResult("select", variables=("s",), rows=[{"s": Term.iri("http://e/a")}])
>>> serialize_result(r, "csv")
b's\\r\\nhttp://e/a\\r\\n'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import QueryError
from ..vocab import PREFIXES
from .base import XSD_STRING, QueryResult, Term, Triple
from .oxigraph import to_ox

__all__ = [
    "RESULT_FORMATS",
    "GRAPH_FORMATS",
    "serialize_result",
    "serialize_triples",
    "format_for_media_type",
]

#: SELECT/ASK result formats: short name -> media type
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}

#: RDF graph formats: short name -> media type
GRAPH_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}

_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

#: media types that browsers and clients send, mapped to a short name (aliases included)
_MEDIA_ALIASES: dict[str, str] = {
    **{v: k for k, v in RESULT_FORMATS.items()},
    **{v: k for k, v in GRAPH_FORMATS.items()},
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "ntriples",
    "application/x-turtle": "turtle",
    "application/json-ld": "jsonld",
}


def format_for_media_type(media_type: str) -> str | None:
    """The short format name of a media type (parameters ignored), or ``None``.

    >>> format_for_media_type("text/turtle; charset=utf-8")
    'turtle'
    """
    return _MEDIA_ALIASES.get(media_type.split(";")[0].strip().lower())


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """Serialise a SELECT/ASK result (``json``, ``xml``, ``csv``, ``tsv``) or a graph result (graph formats).

    :raises QueryError: when the format does not fit the kind of result
    """
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT/DESCRIBE result cannot be written as {fmt!r}; use {sorted(GRAPH_FORMATS)}")
        return serialize_triples(result.triples, fmt)
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a SELECT/ASK result cannot be written as {fmt!r}; use {sorted(RESULT_FORMATS)}")
    return {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt](result)


def serialize_triples(triples: Iterable[Triple], fmt: str) -> bytes:
    """Write triples as ``turtle``, ``ntriples``, ``jsonld`` or ``rdfxml`` (prefixes of :data:`ipkg.vocab.PREFIXES`)."""
    try:
        ox_format = _OX_FORMATS[fmt]
    except KeyError:
        raise QueryError(f"unknown RDF format {fmt!r}; use {sorted(_OX_FORMATS)}") from None
    converted = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
    prefixes = dict(PREFIXES) if fmt in ("turtle", "rdfxml") else None
    return ox.serialize(converted, format=ox_format, prefixes=prefixes) or b""


def _json_term(term: Term) -> dict[str, str]:
    if term.kind == "literal":
        out = {"type": "literal", "value": term.value}
        if term.lang:
            out["xml:lang"] = term.lang
        elif term.datatype and term.datatype != XSD_STRING:
            out["datatype"] = term.datatype
        return out
    return {"type": term.kind, "value": term.value}


def _json(result: QueryResult) -> bytes:
    if result.kind == "ask":
        doc: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        doc = {
            "head": {"vars": list(result.variables)},
            "results": {"bindings": [{k: _json_term(v) for k, v in row.items()} for row in result.rows]},
        }
    return json.dumps(doc, ensure_ascii=False).encode()


def _xml_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<uri>{escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.lang:
        return f"<literal xml:lang={quoteattr(term.lang)}>{escape(term.value)}</literal>"
    if term.datatype and term.datatype != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _xml(result: QueryResult) -> bytes:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    parts += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    parts.append("</head>\n")
    if result.kind == "ask":
        parts.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>\n")
    else:
        parts.append("<results>\n")
        for row in result.rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>" for k, v in row.items()]
            parts.append("</result>\n")
        parts.append("</results>\n")
    parts.append("</sparql>\n")
    return "".join(parts).encode()


def _csv(result: QueryResult) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["_askResult"], ["true" if result.boolean else "false"]])
        return buffer.getvalue().encode()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(row[v]) if v in row else "" for v in result.variables])
    return buffer.getvalue().encode()


def _csv_value(term: Term) -> str:
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def _tsv(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return f"?_askResult\n{'true' if result.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_value(row[v]) if v in row else "" for v in result.variables))
    return ("\n".join(lines) + "\n").encode()


def _tsv_value(term: Term) -> str:
    return term.n3().replace("\t", "\\t")
