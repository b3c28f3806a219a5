"""The Starlette application: landing page, resource pages with content negotiation, ontology docs, SPARQL, VoID.

Routes (GET and HEAD everywhere, POST on /sparql):

``/``                   landing page: counts per class, competency questions (``queries/*.rq``), studies
``/id/{path}``          the resource ``base_iri + path``: HTML, Turtle, N-Triples, JSON-LD or RDF/XML by ``Accept``
                        or ``?format=``; 200 with ``Content-Location`` and ``Vary: Accept`` (no 303: slash IRIs
                        name documents we serve directly, see docs/publishing.md)
``/ontology``           the ontology as HTML documentation, Turtle or RDF/XML
``/sparql``             the read-only SPARQL 1.1 Protocol endpoint (:mod:`ipkg.serve.sparql`)
``/.well-known/void``   VoID + DCAT description in Turtle (JSON-LD, N-Triples, RDF/XML by ``Accept``)
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import OntologyError, QueryError, StoreError
from ..store.base import QueryTimeoutError, Store, check_iri
from ..store.results import GRAPH_FORMATS, serialize_triples
from ..vocab import DEFAULT_BASE, IPKG
from .negotiate import choose, media_for_format, parse_accept
from .ontology import OntologyDocs
from .pages import Linker, error_page, landing_page
from .resource import findings_query, resource_page
from .sparql import MAX_QUERY_BYTES, QueryBusyError, QueryRunner, SparqlError, html_answer, pick_media, read_query
from .sparql import render as render_result
from .void import DEFAULT_LICENSE, void_triples

__all__ = ["get_app", "list_queries"]

logger = logging.getLogger(__name__)

_RDF_OFFERS = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "text/plain"]
_MEDIA_TO_FORMAT = {v: k for k, v in GRAPH_FORMATS.items()} | {"text/plain": "ntriples"}
_EXTENSIONS = {
    "text/html": "html",
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdf",
    "text/plain": "nt",
}
#: landing-page classes in display order, with their plural labels
_LANDING_CLASSES = (
    ("Study", "studies"),
    ("Finding", "findings"),
    ("Disorder", "disorders"),
    ("Intervention", "interventions"),
    ("ImmuneCell", "immune cells"),
    ("Pathway", "pathways"),
    ("Cytokine", "cytokines"),
    ("Phenotype", "phenotypes"),
    ("StudyArm", "study arms"),
)
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", b"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'"),
    (b"referrer-policy", b"no-referrer"),
]


class _SecurityHeaders:
    """ASGI middleware adding headers that stop browsers from sniffing types or running scripts."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + _SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, wrapped)


def list_queries(folder: Path | None) -> list[tuple[str, str, str]]:
    """``(file name, question, text)`` of each ``*.rq`` in ``folder`` (first ``# Question:`` line), sorted."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            logger.warning("skipping %s: %s", path, err)
            continue
        question = next(
            (line.split(":", 1)[1].strip() for line in text.splitlines() if line.lower().startswith("# question:")),
            path.stem.replace("-", " ").replace("_", " "),
        )
        out.append((path.name, question, text))
    return out


def _default_queries_dir() -> Path | None:
    from .. import resources

    try:
        return resources.queries_dir()
    except FileNotFoundError:
        return None


def _default_ontology_path() -> Path | None:
    from .. import resources

    try:
        return resources.ontology_path()
    except FileNotFoundError:
        return None


class _Site:
    """The state behind the routes: store, query runner and lazily computed, cached pages."""

    def __init__(
        self,
        store: Store,
        base_iri: str,
        ontology_path: Path | None,
        queries_dir: Path | None,
        runner: QueryRunner,
        license_iri: str,
    ) -> None:
        self.store, self.base_iri, self.runner, self.license_iri = store, base_iri, runner, license_iri
        self.linker = Linker(base_iri)
        self.ontology_path, self.queries_dir = ontology_path, queries_dir
        self._ontology: OntologyDocs | None = None
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()

    def ontology(self) -> OntologyDocs:
        if self._ontology is None:
            if self.ontology_path is None:
                raise OntologyError("no ontology file is installed")
            self._ontology = OntologyDocs(self.ontology_path, self.base_iri)
        return self._ontology

    def landing(self) -> str:
        with self._lock:
            if "landing" not in self._cache:
                rows = self.store.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c").rows
                found = {r["c"].value: int(r["n"].value) for r in rows if "c" in r}
                counts = [(IPKG[c], label, found[IPKG[c]]) for c, label in _LANDING_CLASSES if IPKG[c] in found]
                studies = self.store.query(
                    f"SELECT ?s (SAMPLE(?t) AS ?title) WHERE {{ ?s a <{IPKG['Study']}> "
                    "OPTIONAL { ?s <http://purl.org/dc/terms/title> ?t } } GROUP BY ?s ORDER BY ?s LIMIT 50"
                ).rows
                listed = [(r["s"].value, r["title"].value if "title" in r else "") for r in studies]
                self._cache["landing"] = landing_page(
                    counts, list_queries(self.queries_dir), listed, self.store.count(), self.linker
                )
            return str(self._cache["landing"])


def _wants_html(request: Request) -> bool:
    """Did the client name text/html explicitly (a browser)? ``*/*`` clients get plain-text errors."""
    return any(media == "text/html" and q > 0 for media, q, _ in parse_accept(request.headers.get("accept")))


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        return HTMLResponse(error_page(status, message), status_code=status)
    return PlainTextResponse(message + "\n", status_code=status)


def _negotiate(request: Request, offers: list[str]) -> str | Response:
    """The media type to answer with (``?format=`` wins over ``Accept``), or the 400/406 response to send."""
    name = request.query_params.get("format")
    if name:
        forced = media_for_format(name)
        if forced not in offers:
            names = sorted({_EXTENSIONS[m] for m in offers})
            return _error(request, 400, f"unknown format {name!r} here; use one of {', '.join(names)}")
        return forced
    media = choose(request.headers.get("accept"), offers)
    if media is None:
        return PlainTextResponse(
            "not acceptable; this resource is available as " + ", ".join(offers) + "\n", status_code=406
        )
    return media


async def _read_body(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise SparqlError(413, f"the request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def get_app(
    store: Store,
    base_iri: str = DEFAULT_BASE,
    ontology_path: Path | None = None,
    *,
    queries_dir: Path | None = None,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    workers: int = 4,
    license_iri: str = DEFAULT_LICENSE,
) -> Starlette:
    """The web application over ``store``.

    :param base_iri: the base of data IRIs; ``/id/{path}`` serves ``base_iri + path``
    :param ontology_path: the ontology file for ``/ontology`` (default: the shipped ``ontology/ipkg.ttl``)
    :param queries_dir: competency queries listed on the landing page (default: the shipped ``queries/``)
    :param timeout: seconds a SPARQL query may run
    :param max_rows: rows a SPARQL answer holds at most
    :param workers: SPARQL queries running at once
    :param license_iri: the licence stated in the VoID description
    """
    check_iri(base_iri)
    runner = QueryRunner(store, timeout=timeout, max_rows=max_rows, workers=workers, queue_wait=min(2.0, timeout))
    site = _Site(
        store,
        base_iri,
        ontology_path if ontology_path is not None else _default_ontology_path(),
        queries_dir if queries_dir is not None else _default_queries_dir(),
        runner,
        license_iri,
    )

    async def home(request: Request) -> Response:
        return HTMLResponse(await run_in_threadpool(site.landing))

    async def resource(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1")
        rest = path.split("/id/", 1)[1] if "/id/" in path else request.path_params["path"]
        segments = unquote(rest).split("/")
        if not rest or any(s in (".", "..") for s in segments) or "\\" in unquote(rest):
            return _error(request, 404, "no such resource")
        iri = base_iri + rest
        try:
            check_iri(iri)
        except QueryError:
            return _error(request, 400, f"not a valid IRI: {iri}")
        media = _negotiate(request, ["text/html", *_RDF_OFFERS])
        if isinstance(media, Response):
            return media
        triples = await run_in_threadpool(store.describe, iri, labels=True)
        if not any(s.value == iri for s, _, _ in triples):
            if iri == base_iri + "dataset":
                return RedirectResponse("/.well-known/void", status_code=303)
            return _error(request, 404, f"no resource {iri} in this graph")
        headers = {
            "Vary": "Accept",
            "Content-Location": f"/id/{rest}?format={_EXTENSIONS[media]}",
            "Link": ", ".join(
                f'</id/{rest}?format={_EXTENSIONS[m]}>; rel="alternate"; type="{m}"' for m in _RDF_OFFERS[:4]
            ),
        }
        if media == "text/html":
            findings = await run_in_threadpool(store.query, findings_query(iri))
            return HTMLResponse(resource_page(iri, triples, findings, site.linker), headers=headers)
        body = serialize_triples(triples, _MEDIA_TO_FORMAT[media])
        return Response(body, media_type=media, headers=headers)

    async def ontology(request: Request) -> Response:
        media = _negotiate(request, ["text/html", "text/turtle", "application/rdf+xml", "application/n-triples"])
        if isinstance(media, Response):
            return media
        try:
            docs = await run_in_threadpool(site.ontology)
        except OntologyError as err:
            return _error(request, 404, f"the ontology is not available: {err}")
        headers = {"Vary": "Accept", "Content-Location": f"/ontology?format={_EXTENSIONS[media]}"}
        if media == "text/html":
            return HTMLResponse(await run_in_threadpool(docs.html), headers=headers)
        body = await run_in_threadpool(docs.serialize, _MEDIA_TO_FORMAT[media])
        return Response(body, media_type=media, headers=headers)

    async def sparql(request: Request) -> Response:
        try:
            body = await _read_body(request, MAX_QUERY_BYTES + 1024) if request.method == "POST" else b""
            query = read_query(request.method, request.headers.get("content-type", ""), request.url.query, body)
        except SparqlError as err:
            return _error(request, err.status, err.message)
        if query is None:
            if _wants_html(request):
                return HTMLResponse(html_answer("SELECT * WHERE { ?s ?p ?o } LIMIT 25", None, site.linker))
            return _error(request, 400, "missing query parameter (SPARQL 1.1 Protocol)")
        try:
            result = await runner.run(query)
        except (QueryBusyError, QueryTimeoutError) as err:
            return _sparql_error(request, query, 503, str(err), site.linker, {"Retry-After": "5"})
        except QueryError as err:
            return _sparql_error(request, query, 400, str(err), site.linker)
        except StoreError as err:
            return _sparql_error(request, query, 502, f"the store failed: {err}", site.linker)
        media = pick_media(result, request.headers.get("accept"), request.query_params.get("format"))
        headers = {"Vary": "Accept"}
        if result.truncated:
            headers["X-Ipkg-Truncated"] = f"results capped at {runner.max_rows}"
        if media is None:
            return PlainTextResponse("no acceptable result format for this query\n", status_code=406)
        if media == "text/html":
            note = f"Only the first {runner.max_rows:,} results are shown." if result.truncated else ""
            return HTMLResponse(html_answer(query, result, site.linker, note), headers=headers)
        return Response(render_result(result, media), media_type=media, headers=headers)

    async def void(request: Request) -> Response:
        media = _negotiate(
            request, ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"]
        )
        if isinstance(media, Response):
            return media
        home_url = str(request.base_url)
        key = f"void {home_url}"
        if key not in site._cache:
            site._cache[key] = await run_in_threadpool(
                void_triples,
                store,
                dataset_iri=base_iri + "dataset",
                base_iri=base_iri,
                sparql_url=home_url + "sparql",
                home_url=home_url,
                license_iri=license_iri,
            )
        body = serialize_triples(site._cache[key], _MEDIA_TO_FORMAT[media])
        return Response(body, media_type=media, headers={"Vary": "Accept"})

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/id/{path:path}", resource, methods=["GET"]),
        Route("/ontology", ontology, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/.well-known/void", void, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(_SecurityHeaders)
    app.state.runner = runner
    app.state.store = store
    logger.info("serving %s (ontology: %s)", base_iri, site.ontology_path)
    return app


def _sparql_error(
    request: Request, query: str, status: int, message: str, linker: Linker, headers: dict[str, str] | None = None
) -> Response:
    if _wants_html(request):
        return HTMLResponse(html_answer(query, None, linker, message), status_code=status, headers=headers)
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)
