"""The read-only SPARQL 1.1 Protocol endpoint (``/sparql``) and the query runner behind it.

Protocol (https://www.w3.org/TR/sparql11-protocol/#query-operation): ``GET ?query=``, ``POST`` form-encoded
``query=``, ``POST`` with ``Content-Type: application/sparql-query``. Updates (``update=``,
``application/sparql-update`` or an update in ``query``) are refused with 403. Results by ``Accept`` (or
``?format=``): SELECT/ASK as SPARQL JSON, XML, CSV, TSV or an HTML table; CONSTRUCT/DESCRIBE as Turtle,
N-Triples, JSON-LD, RDF/XML or HTML.

Limits: each query runs in a worker process of :class:`~ipkg.serve.executor.QueryExecutor` (here
``QueryRunner``), bounded in time (killed at the timeout), memory (``RLIMIT_AS``) and number; SERVICE is refused
unless allowed (:mod:`ipkg.store.guard`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from ..errors import QueryError
from ..store.base import QueryResult, is_update
from ..store.results import GRAPH_FORMATS, RESULT_FORMATS, format_for_media_type, serialize_result
from .executor import QueryBusyError
from .executor import QueryExecutor as QueryRunner
from .negotiate import choose, media_for_format
from .pages import Linker, esc, sparql_page, table, term_html

__all__ = ["QueryRunner", "QueryBusyError", "SparqlError", "read_query", "render"]

logger = logging.getLogger(__name__)

#: largest accepted query text, in bytes
MAX_QUERY_BYTES = 64 * 1024
_SELECT_OFFERS = [*RESULT_FORMATS.values(), "application/json", "text/html"]
_GRAPH_OFFERS = [*GRAPH_FORMATS.values(), "text/plain", "text/html"]
_GRAPH_ALIASES = {
    "application/sparql-results+json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}


@dataclass
class SparqlError(Exception):
    """An HTTP error of the endpoint: status and a message for the client."""

    status: int
    message: str


def read_query(method: str, content_type: str, query_string: str, body: bytes) -> str | None:
    """The query text of a protocol request, ``None`` when there is none (GET without ``query``).

    :raises SparqlError: 403 for updates, 415 for unknown bodies, 400 for repeated or unsupported parameters
    """
    params = parse_qs(query_string, keep_blank_values=True)
    media = content_type.split(";")[0].strip().lower()
    if method == "POST":
        if len(body) > MAX_QUERY_BYTES:
            raise SparqlError(413, f"the query is larger than {MAX_QUERY_BYTES} bytes")
        if media == "application/sparql-update":
            raise SparqlError(403, "this endpoint is read-only: SPARQL Update is refused")
        if media == "application/sparql-query":
            text = _decode(body)
            queries = [text]
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(_decode(body), keep_blank_values=True)
            if "update" in form:
                raise SparqlError(403, "this endpoint is read-only: SPARQL Update is refused")
            params = {**params, **form}
            queries = form.get("query", [])
        else:
            raise SparqlError(415, "send the query as application/sparql-query or application/x-www-form-urlencoded")
    else:
        if "update" in params:
            raise SparqlError(403, "this endpoint is read-only: SPARQL Update is refused")
        queries = params.get("query", [])
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise SparqlError(400, "default-graph-uri and named-graph-uri are not supported: use FROM / FROM NAMED")
    if len(queries) > 1:
        raise SparqlError(400, "give exactly one query parameter")
    if not queries:
        return None
    query = queries[0]
    if len(query.encode()) > MAX_QUERY_BYTES:
        raise SparqlError(413, f"the query is larger than {MAX_QUERY_BYTES} bytes")
    if not query.strip():
        raise SparqlError(400, "the query is empty")
    if is_update(query):
        raise SparqlError(403, "this endpoint is read-only: SPARQL Update is refused")
    return query


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SparqlError(400, f"the request body is not UTF-8: {err}") from err


def pick_media(result: QueryResult, accept: str | None, format_param: str | None) -> str | None:
    """The media type to answer with (``?format=`` first, then ``Accept``), or ``None`` (406)."""
    offers = _GRAPH_OFFERS if result.kind == "graph" else _SELECT_OFFERS
    if format_param:  # comma-separated values (SPARQLWrapper sends "json-ld,application/ld+json"): first usable
        named = [media_for_format(v) for v in format_param.split(",") if v.strip()]
        if result.kind == "graph":  # ?format=json / xml on a graph mean its JSON-LD / RDF/XML form
            named = [_GRAPH_ALIASES.get(m, m) if m else None for m in named]
        usable = [m for m in named if m in offers]
        return usable[0] if usable else None
    return choose(accept, offers)


def render(result: QueryResult, media: str) -> bytes:
    """Serialise a result as a non-HTML media type chosen by :func:`pick_media`."""
    fmt = format_for_media_type(media)
    if fmt is None:
        raise QueryError(f"no serialiser for {media}")
    return serialize_result(result, fmt)


def result_html(result: QueryResult, linker: Linker) -> str:
    """A result as an HTML table (SELECT, CONSTRUCT) or sentence (ASK)."""
    if result.kind == "ask":
        return f"<h2>Answer</h2><p><b>{'yes' if result.boolean else 'no'}</b></p>"
    if result.kind == "graph":
        rows: Any = ([term_html(t, linker) for t in triple] for triple in result.triples)
        body = table(["subject", "predicate", "object"], rows)
        count = len(result.triples)
    else:
        rows = ([term_html(r[v], linker) if v in r else "" for v in result.variables] for r in result.rows)
        body = table(list(result.variables), rows)
        count = len(result.rows)
    note = " (capped: more results exist)" if result.truncated else ""
    return f"<h2>{count:,} results{esc(note)}</h2>{body}"


def html_answer(
    query: str, result: QueryResult | None, linker: Linker, message: str = "", examples: str = ""
) -> str:
    """The HTML SPARQL page for a query and its result or error message, with download links and the examples
    (already safe HTML) under it."""
    from .sparql_ui import downloads_html

    body = ""
    if result is not None:
        body = result_html(result, linker)
        if result.kind != "ask":
            body += downloads_html(query, result.kind == "graph")
    return sparql_page(query, body, esc(message), examples)
