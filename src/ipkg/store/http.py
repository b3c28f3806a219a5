"""A remote store spoken to over HTTP: SPARQL 1.1 Protocol, Graph Store HTTP Protocol and SPARQL 1.1 Update.

Uses ``httpx`` (one pooled connection per store, keep-alive across batches). Credentials come from an
:class:`Auth` object and are sent as an ``Authorization`` header; they are never logged, and ``repr`` masks them.

Specifications: https://www.w3.org/TR/sparql11-protocol/, https://www.w3.org/TR/sparql11-http-rdf-update/.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from ..errors import QueryError, StoreError, redact
from .auth import Auth
from .base import RDFS_LABEL, QueryResult, Triple, check_iri, is_update
from .oxigraph import FORMATS, collect_safely, iter_file_quads

__all__ = ["Auth", "Endpoints", "HttpStore", "derive_endpoints", "iter_nt_batches", "GSP_UNSUPPORTED"]

logger = logging.getLogger(__name__)

#: HTTP statuses meaning "this URL does not speak the Graph Store Protocol" (fall back to SPARQL Update)
GSP_UNSUPPORTED = frozenset({404, 405, 406, 415, 501})
#: the Accept header of a query whose form (SELECT/ASK or CONSTRUCT/DESCRIBE) is not known in advance
_QUERY_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one store: Graph Store Protocol, SPARQL query and SPARQL update (either may be ``None``).

    ``flavour`` is ``gsp`` (``?graph=IRI`` / ``?default``) or ``rdf4j`` (``/statements?context=<IRI>``).
    ``bulk_param`` is the query parameter that turns a Graph Store POST into the server's non-transactional bulk
    load (Oxigraph: ``no_transaction``), ``None`` when the server has none.
    """

    gsp: str | None
    query: str | None
    update: str | None
    flavour: str = "gsp"
    bulk_param: str | None = None


def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def derive_endpoints(to: str, *, query_url: str | None = None, update_url: str | None = None) -> Endpoints:
    """Guess the query and update URLs of well-known servers from the Graph Store URL ``to``.

    >>> e = derive_endpoints("http://localhost:7878/store")
    >>> e.query, e.update
    ('http://localhost:7878/query', 'http://localhost:7878/update')
    >>> derive_endpoints("http://localhost:3030/ds/data").query
    'http://localhost:3030/ds/query'
    """
    parts = urlsplit(to)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an http(s) URL: {to!r}")
    path = parts.path.rstrip("/")
    flavour = "gsp"
    query = update = bulk = None
    if path in ("", "/") or path.endswith("/store"):  # Oxigraph server
        bulk = "no_transaction"
        root = path[: -len("/store")] if path.endswith("/store") else ""
        to = _with_path(to, root + "/store") if not path.endswith("/store") else to
        query, update = _with_path(to, root + "/query"), _with_path(to, root + "/update")
    elif path.endswith("/data") or path.endswith("/get"):  # Fuseki dataset services
        root = path.rsplit("/", 1)[0]
        query, update = _with_path(to, root + "/query"), _with_path(to, root + "/update")
    elif path.endswith("/sparql-graph-crud") or path.endswith("/sparql-graph-crud-auth"):  # Virtuoso
        auth = path.endswith("-auth")
        root = path.rsplit("/", 1)[0]
        query = _with_path(to, root + "/sparql")
        update = _with_path(to, root + ("/sparql-auth" if auth else "/sparql"))
    elif path.endswith("/rdf-graphs/service"):  # RDF4J / GraphDB Graph Store
        repo = path[: -len("/rdf-graphs/service")]
        query, update = _with_path(to, repo), _with_path(to, repo + "/statements")
    elif path.endswith("/statements"):  # RDF4J / GraphDB statements API
        repo = path[: -len("/statements")]
        query, update, flavour = _with_path(to, repo), to, "rdf4j"
    return Endpoints(gsp=to, query=query_url or query, update=update_url or update, flavour=flavour,
                     bulk_param=bulk)


def iter_nt_batches(quads: Iterable[Any], size: int) -> Iterator[tuple[bytes, int]]:
    """Group pyoxigraph quads (graph names dropped) into N-Triples bodies of at most ``size`` triples."""
    batch: list[Any] = []
    for q in quads:
        batch.append(ox.Triple(q.subject, q.predicate, q.object))
        if len(batch) >= size:
            yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"", len(batch)
            batch = []
    if batch:
        yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"", len(batch)


class _Redacting(logging.Filter):
    """Masks credentials in the records of a library logger (httpx logs every request URL at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        return True


def _redact_library_logs() -> None:
    for name in ("httpx", "httpcore"):
        library = logging.getLogger(name)
        if not any(isinstance(f, _Redacting) for f in library.filters):
            library.addFilter(_Redacting())


class HttpStore:
    """A :class:`~ipkg.store.base.Store` over a remote SPARQL endpoint (read: query URL; write: GSP or update).

    :param endpoints: the URLs, usually from :func:`derive_endpoints`
    :param auth: credentials sent with every request
    :param timeout: seconds per request
    :param retries: extra attempts after a connection error or a 5xx answer (exponential backoff)
    """

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        auth: Auth | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        import httpx

        _redact_library_logs()

        self.endpoints = endpoints
        self.retries = retries
        self.backoff = backoff
        self.requests = 0
        self._client = httpx.Client(
            headers={"User-Agent": "ipkg"},
            auth=auth.httpx_auth() if auth else None,
            timeout=timeout,
            follow_redirects=False,
        )

    @classmethod
    def from_url(cls, to: str, **kwargs: Any) -> HttpStore:
        """A store from a Graph Store URL (query and update URLs derived, see :func:`derive_endpoints`)."""
        return cls(derive_endpoints(to), **kwargs)

    def __enter__(self) -> HttpStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport -------------------------------------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        """Send one request, retrying connection errors and 5xx answers; 4xx answers are returned as they are.

        :raises StoreError: when the store stays unreachable or keeps failing (the message names the URL)
        """
        import httpx

        attempt = 0
        retries = self.retries if not isinstance(kwargs.get("content"), Iterator) else 0  # a stream is sent once
        while True:
            try:
                self.requests += 1
                response = self._client.request(method, url, **kwargs)
            except httpx.TransportError as err:
                problem = f"store unreachable at {url}: {type(err).__name__}: {err}"
            else:
                if response.status_code < 500:
                    return response
                problem = f"{method} {url} failed with HTTP {response.status_code}: {_snippet(response)}"
            if attempt >= retries:
                raise StoreError(problem + f" (after {attempt + 1} attempts)")
            delay = min(self.backoff * 2**attempt, 8.0)
            logger.warning("%s; retrying in %.1f s", redact(problem), delay)
            time.sleep(delay)
            attempt += 1

    def check(self, response: Any, what: str) -> Any:
        """Raise :class:`StoreError` for a 4xx answer, with a hint for 401/403."""
        if response.status_code in (401, 403):
            raise StoreError(
                f"{what}: the store refused the credentials (HTTP {response.status_code} at {response.url}); "
                "set --user with IPKG_STORE_PASSWORD, or IPKG_STORE_TOKEN"
            )
        if response.status_code >= 400:
            raise StoreError(f"{what}: HTTP {response.status_code} at {response.url}: {_snippet(response)}")
        return response

    # -- writing ---------------------------------------------------------------------------------------------

    def graph_params(self, graph: str | None) -> dict[str, str]:
        """Query parameters naming the target graph for the GSP URL."""
        if self.endpoints.flavour == "rdf4j":
            return {"context": f"<{check_iri(graph)}>" if graph else "null"}
        return {"graph": check_iri(graph)} if graph else {"default": ""}

    def send_gsp(self, body: bytes | Iterator[bytes], *, graph: str | None, replace: bool, bulk: bool = False) -> Any:
        """PUT (replace) or POST (merge) one N-Triples body to the Graph Store URL; returns the response.

        ``body`` may be an iterator of byte chunks: it is streamed in one request (chunked), and not retried.
        ``bulk``: a POST goes to the server's non-transactional bulk loader when it has one (``bulk_param``).
        """
        if not self.endpoints.gsp:
            raise StoreError("no Graph Store Protocol URL configured")
        params: dict[str, str] | None = self.graph_params(graph)
        url = self.endpoints.gsp
        flags = []  # bare query flags: httpx would write "name=", Oxigraph and GSP want "?name"
        if params and "default" in params:
            flags.append("default")
            params = None
        if bulk and not replace and self.endpoints.bulk_param:
            flags.append(self.endpoints.bulk_param)
        if flags:
            url += ("&" if "?" in url else "?") + "&".join(flags)
        return self.request(
            "PUT" if replace else "POST",
            url,
            params=params,
            content=body,
            headers={"Content-Type": "application/n-triples"},
        )

    def update(self, sparql_update: str) -> None:
        """POST a SPARQL 1.1 Update request to the update URL."""
        if not self.endpoints.update:
            raise StoreError("no SPARQL Update URL configured (pass --update-url)")
        response = self.request(
            "POST",
            self.endpoints.update,
            content=sparql_update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        self.check(response, "SPARQL update")

    def insert_data(self, body: bytes, *, graph: str | None) -> None:
        """Send N-Triples as ``INSERT DATA`` (into ``GRAPH <graph>`` when given)."""
        triples = body.decode()
        inner = f"GRAPH <{check_iri(graph)}> {{\n{triples}}}" if graph else triples
        self.update(f"INSERT DATA {{\n{inner}\n}}")

    def clear(self, graph: str | None) -> None:
        """``CLEAR SILENT`` the graph (the default graph when ``None``) through the update URL."""
        self.update(f"CLEAR SILENT GRAPH <{check_iri(graph)}>" if graph else "CLEAR SILENT DEFAULT")

    def add(self, data: str | bytes | Path, *, format: str | None = None, graph: str | None = None) -> int:
        """POST RDF text or a file to the Graph Store in N-Triples batches of 50,000; returns triples sent."""
        if isinstance(data, Path):
            quads: Iterable[Any] = iter_file_quads(data)
        else:
            if format is None or format.lower() not in FORMATS:
                raise StoreError(f"add(text) needs a known format=, got {format!r}")
            try:
                quads = list(ox.parse(data, format=FORMATS[format.lower()]))
            except SyntaxError as err:
                raise StoreError(f"malformed RDF ({format}): {err}") from err
        sent = 0
        for body, n in iter_nt_batches(quads, 50_000):
            self.check(self.send_gsp(body, graph=graph, replace=False), "Graph Store POST")
            sent += n
        return sent

    # -- reading ---------------------------------------------------------------------------------------------

    def query(self, sparql: str, *, max_rows: int | None = None, deadline: float | None = None) -> QueryResult:
        """Run a query with the SPARQL 1.1 Protocol (POST, form-encoded)."""
        if is_update(sparql):
            raise QueryError("SPARQL Update is not accepted here: this is a read-only query interface")
        if not self.endpoints.query:
            raise StoreError("no SPARQL query URL configured (pass --query-url)")
        response = self.request("POST", self.endpoints.query, data={"query": sparql}, headers={"Accept": _QUERY_ACCEPT})
        if response.status_code == 400:
            raise QueryError(f"the store rejected the query: {_snippet(response)}")
        self.check(response, "SPARQL query")
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        content = response.content
        results_format = ox.QueryResultsFormat.from_media_type(media) if media else None
        rdf_format = ox.RdfFormat.from_media_type(media) if media else None
        try:
            if results_format is not None:
                return collect_safely(
                    lambda: ox.parse_query_results(content, format=results_format), max_rows, deadline
                )
            if rdf_format is not None:
                return collect_safely(lambda: ox.parse(content, format=rdf_format), max_rows, deadline)
        except SyntaxError as err:
            raise StoreError(f"unreadable answer from {self.endpoints.query} ({media}): {err}") from None
        raise StoreError(f"unexpected answer type {media!r} from {self.endpoints.query}")

    def count(self, graph: str | None = None) -> int:
        """Triples of the default graph (as the server defines it) or of one named graph."""
        pattern = f"GRAPH <{check_iri(graph)}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows
        return int(rows[0]["n"].value) if rows else 0

    def describe(self, iri: str, *, labels: bool = False) -> list[Triple]:
        """Outgoing, then incoming triples of ``iri`` from a CONSTRUCT query; optionally neighbours' labels."""
        node = f"<{check_iri(iri)}>"
        out = self.query(f"CONSTRUCT {{ {node} ?p ?o }} WHERE {{ {node} ?p ?o }}").triples
        inc = self.query(f"CONSTRUCT {{ ?s ?p {node} }} WHERE {{ ?s ?p {node} }}").triples
        extra: list[Triple] = []
        if labels:
            extra = self.query(
                f"CONSTRUCT {{ ?n <{RDFS_LABEL}> ?l }} WHERE {{ {{ {node} ?p ?n }} UNION {{ ?n ?p {node} }} "
                f"UNION {{ {node} ?n ?x }} ?n <{RDFS_LABEL}> ?l }}"
            ).triples

        def key(t: Triple) -> tuple[str, str, str]:
            return (t[0].n3(), t[1].n3(), t[2].n3())

        seen_out, seen_inc = set(out), set(inc)
        return (
            sorted(seen_out, key=key)
            + sorted(seen_inc - seen_out, key=key)
            + sorted(set(extra) - seen_out - seen_inc, key=key)
        )

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()


def _snippet(response: Any, limit: int = 300) -> str:
    text = response.text.strip().replace("\n", " ")
    return text[:limit] + ("..." if len(text) > limit else "") if text else "(empty body)"
