"""The read-only SPARQL 1.1 Protocol endpoint (``/sparql``) and the query runner behind it.

Protocol (https://www.w3.org/TR/sparql11-protocol/#query-operation): ``GET ?query=``, ``POST`` form-encoded
``query=``, ``POST`` with ``Content-Type: application/sparql-query``. Updates (``update=``,
``application/sparql-update`` or an update in ``query``) are refused with 403. Results by ``Accept`` (or
``?format=``): SELECT/ASK as SPARQL JSON, XML, CSV, TSV or an HTML table; CONSTRUCT/DESCRIBE as Turtle,
N-Triples, JSON-LD, RDF/XML or HTML.

Time limit: each query runs in a worker thread; the answer is 503 when it is not done in time. pyoxigraph 0.5 cannot
cancel a running query (oxigraph issue #1926), so an abandoned query keeps its worker until it finishes; the
number of workers bounds the damage, and a new query is refused with 503 while all workers are busy.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from ..errors import QueryError, StoreError
from ..store.base import QueryResult, QueryTimeoutError, Store, is_update
from ..store.results import GRAPH_FORMATS, RESULT_FORMATS, format_for_media_type, serialize_result
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


class QueryBusyError(StoreError):
    """Every query worker is busy (possibly with abandoned, timed-out queries)."""


@dataclass
class SparqlError(Exception):
    """An HTTP error of the endpoint: status and a message for the client."""

    status: int
    message: str


class QueryRunner:
    """Runs queries in a bounded pool of worker threads with a time limit and a result cap.

    :param store: the store to query
    :param timeout: seconds a query may take
    :param max_rows: rows (or triples) returned at most; the result is marked truncated past that
    :param workers: queries running at once (abandoned ones included)
    :param queue_wait: seconds a query waits for a free worker before the answer is 503
    """

    def __init__(
        self, store: Store, *, timeout: float = 10.0, max_rows: int = 10_000, workers: int = 4, queue_wait: float = 2.0
    ) -> None:
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self.queue_wait = queue_wait
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ipkg-sparql")
        self._slots = threading.BoundedSemaphore(workers)

    def _run(self, sparql: str, deadline: float) -> QueryResult:
        try:
            return self.store.query(sparql, max_rows=self.max_rows, deadline=deadline)
        finally:
            self._slots.release()

    async def run(self, sparql: str) -> QueryResult:
        """Run ``sparql`` within the time limit.

        :raises QueryBusyError: when every worker is busy
        :raises QueryTimeoutError: when the time limit passed
        :raises QueryError: when the query is malformed
        """
        if not self._slots.acquire(blocking=False):
            waited = await asyncio.to_thread(self._slots.acquire, True, self.queue_wait)
            if not waited:
                raise QueryBusyError("all query workers are busy; try again shortly")
        started = time.monotonic()
        future = asyncio.get_running_loop().run_in_executor(self._executor, self._run, sparql, started + self.timeout)
        try:
            result = await asyncio.wait_for(asyncio.shield(future), self.timeout)
        except TimeoutError:
            logger.warning("query abandoned after %.1f s (it keeps its worker until it ends)", self.timeout)
            raise QueryTimeoutError(f"the query did not finish within {self.timeout:g} s") from None
        logger.debug("query answered in %.3f s", time.monotonic() - started)
        return result

    def shutdown(self) -> None:
        """Stop accepting work (running queries are not waited for)."""
        self._executor.shutdown(wait=False, cancel_futures=True)


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
