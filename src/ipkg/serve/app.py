"""The Starlette application: the linked-data browser, content negotiation, ontology docs, SPARQL, VoID, downloads.

Routes (GET and HEAD everywhere, POST on /sparql, CORS preflight OPTIONS everywhere):

``/``                   landing page: search, counts (links to the lists), competency questions, newest studies,
                        download links
``/search?q=``          studies whose title and concepts whose label hold every word (prefixes too); paged, sorted
``/studies``            every study, paged (``page``), sorted by ``sort=year|title``
``/concepts?class=C``   the concepts of an entity class, most mentioned first, paged
``/id/{path}``          the resource ``base_iri + path``: HTML (a study, finding or concept page), Turtle,
                        N-Triples, JSON-LD or RDF/XML by ``Accept`` or ``?format=``; 200 with ``Content-Location``
                        and ``Vary: Accept`` (no 303: slash IRIs name documents we serve directly)
``/c/{prefix}/{local}`` a concept of another namespace (``obo``, ``mesh``, ``uniprot``): ``/c/obo/MONDO_0002009``;
``/c?iri=IRI``          any other concept IRI; negotiated like ``/id/``
``/ontology``           the ontology as HTML documentation, Turtle or RDF/XML
``/sparql``             the read-only SPARQL 1.1 Protocol endpoint (:mod:`ipkg.serve.sparql`); GET without a query:
                        the HTML form for browsers, the SPARQL 1.1 Service Description (Turtle, JSON-LD) for clients
``/download/{name}``    the graph files ``kg serve`` was started with (``/download/`` lists them)
``/.well-known/void``   VoID + DCAT description in Turtle (JSON-LD, N-Triples, RDF/XML by ``Accept``)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import OntologyError, QueryError, StoreError
from ..store.base import QueryTimeoutError, Store, check_iri
from ..store.results import GRAPH_FORMATS, serialize_triples
from ..vocab import DEFAULT_BASE
from .browse import concepts_page, search_page, studies_page
from .cards import concept_iri
from .index import ENTITY_CLASSES
from .middleware import Headers
from .negotiate import choose, media_for_format, parse_accept
from .pages import Linker, error_page, layout
from .site import DOWNLOAD_TYPES, Site, add_schema_to
from .sparql import MAX_QUERY_BYTES, QueryBusyError, QueryRunner, SparqlError, html_answer, pick_media, read_query
from .sparql import render as render_result
from .sparql_ui import examples_html, service_description, short_error, with_prefixes
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
#: a percent sign must start a two-digit hex escape (RFC 3986 pct-encoded); anything else is a bad request
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: the query the empty SPARQL form shows
_FIRST_QUERY = "SELECT ?study ?title WHERE {\n  ?study a ipkg:Study ; dcterms:title ?title\n} LIMIT 25"


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
    downloads: Sequence[Path] = (),
    schema: bool = True,
) -> Starlette:
    """The web application over ``store``.

    :param base_iri: the base of data IRIs; ``/id/{path}`` serves ``base_iri + path``
    :param ontology_path: the ontology file for ``/ontology`` (default: the shipped ``ontology/ipkg.ttl``)
    :param queries_dir: competency queries listed on the landing page (default: the shipped ``queries/``)
    :param timeout: seconds a SPARQL query may run
    :param max_rows: rows a SPARQL answer holds at most
    :param workers: SPARQL queries running at once
    :param license_iri: the licence stated in the VoID description
    :param downloads: graph files offered under ``/download/{file name}`` (``kg serve`` passes its FILES)
    :param schema: add the shipped ontology's class and property hierarchy to the store first, so the shipped
        queries answer on the data alone (:func:`ipkg.serve.site.add_schema_to`)
    """
    check_iri(base_iri)
    if schema:
        add_schema_to(store)
    runner = QueryRunner(store, timeout=timeout, max_rows=max_rows, workers=workers, queue_wait=min(2.0, timeout))
    queries = list_queries(queries_dir if queries_dir is not None else _default_queries_dir())
    site = Site(
        store,
        base_iri,
        ontology_path if ontology_path is not None else _default_ontology_path(),
        queries,
        runner,
        downloads,
    )
    cache: dict[str, list] = {}

    async def home(request: Request) -> Response:
        return HTMLResponse(await run_in_threadpool(site.landing))

    def _page(request: Request) -> int:
        try:
            return max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            return 1

    def _sort(request: Request) -> str:
        sort = request.query_params.get("sort", "year")
        return sort if sort in ("year", "title") else "year"

    async def search(request: Request) -> Response:
        query = request.query_params.get("q", "")[:200]
        return HTMLResponse(search_page(site.index, query, _page(request), _sort(request), site.linker))

    async def studies(request: Request) -> Response:
        return HTMLResponse(studies_page(site.index, _page(request), _sort(request), site.linker))

    async def concepts(request: Request) -> Response:
        kind = request.query_params.get("class", "")
        if kind not in ENTITY_CLASSES:
            return _error(request, 404, f"no concept class {kind!r}; use one of {', '.join(ENTITY_CLASSES)}")
        return HTMLResponse(concepts_page(site.index, kind, _page(request), site.linker))

    async def describe(request: Request, iri: str, path: str, base: dict[str, str]) -> Response:
        """The resource ``iri`` at ``path`` (``base``: query parameters naming it), negotiated."""
        try:
            check_iri(iri)
        except QueryError:
            return _error(request, 400, f"not a valid IRI: {iri}")
        media = _negotiate(request, ["text/html", *_RDF_OFFERS])
        if isinstance(media, Response):
            return media
        here = path + ("?" + "&".join(f"{k}={v}" for k, v in base.items()) + "&" if base else "?")
        headers = {
            "Vary": "Accept",
            "Content-Location": f"{here}format={_EXTENSIONS[media]}",
            "Link": ", ".join(f'<{here}format={_EXTENSIONS[m]}>; rel="alternate"; type="{m}"' for m in _RDF_OFFERS[:4]),
        }
        try:
            if media == "text/html":
                params = dict(request.query_params)
                page = await run_in_threadpool(site.page_for, iri, params, path, base)
                if page is not None:
                    return HTMLResponse(page, headers=headers)
            else:
                triples = await run_in_threadpool(store.describe, iri, labels=True)
                if any(s.value == iri for s, _, _ in triples):
                    body = serialize_triples(triples, _MEDIA_TO_FORMAT[media])
                    return Response(body, media_type=media, headers=headers)
        except QueryError as err:
            return _error(request, 400, f"cannot look up {iri}: {err}")
        if iri == base_iri + "dataset":
            return RedirectResponse("/.well-known/void", status_code=303)
        return _error(request, 404, f"no resource {iri} in this graph")

    async def resource(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1").split("?", 1)[0]
        rest = path.split("/id/", 1)[1] if "/id/" in path else request.path_params["path"]
        if _BAD_ESCAPE.search(rest):
            return _error(request, 400, "malformed percent-escape in the path")
        segments = unquote(rest).split("/")
        if not rest or any(s in (".", "..") for s in segments) or "\\" in unquote(rest):
            return _error(request, 404, "no such resource")
        return await describe(request, base_iri + rest, f"/id/{rest}", {})

    async def concept(request: Request) -> Response:
        if "prefix" in request.path_params:
            iri = concept_iri(request.path_params["prefix"], request.path_params["local"])
            if iri is None:
                return _error(request, 404, "no such concept namespace; use /c?iri=IRI")
            return await describe(request, iri, request.url.path, {})
        iri = request.query_params.get("iri", "")
        if not iri:
            return _error(request, 400, "give the concept's IRI: /c?iri=IRI")
        from urllib.parse import quote

        return await describe(request, iri, "/c", {"iri": quote(iri, safe="")})

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
        examples = examples_html(queries)
        if query is None:
            example = {name: text for name, _, text in queries}.get(request.query_params.get("example", ""))
            if example is not None or _wants_html(request):
                text = example or _FIRST_QUERY
                return HTMLResponse(html_answer(text, None, site.linker, examples=examples))
            media = _negotiate(request, ["text/turtle", "application/ld+json", "application/n-triples",
                                         "application/rdf+xml"])
            if isinstance(media, Response):
                return media
            triples = service_description(str(request.url_for("sparql")), await run_in_threadpool(store.count))
            return Response(serialize_triples(triples, _MEDIA_TO_FORMAT[media]), media_type=media,
                            headers={"Vary": "Accept"})
        full, added = with_prefixes(query)
        try:
            result = await runner.run(full)
        except (QueryBusyError, QueryTimeoutError) as err:
            return _sparql_error(request, query, 503, str(err), site.linker, {"Retry-After": "5"})
        except QueryError as err:
            return _sparql_error(request, query, 400, short_error(str(err), added), site.linker)
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

    async def download(request: Request) -> Response:
        name = request.path_params.get("name", "")
        if not name:
            files = site.download_list()
            items = "".join(f'<li><a href="{u}" download>{n}</a> ({b:,} bytes)</li>' for u, n, b in files)
            return HTMLResponse(layout("Downloads", f"<h1>Downloads</h1><ul>{items}</ul>" if files else
                                       "<h1>Downloads</h1><p>This server was started on a store, not on files: "
                                       "query it at <a href=/sparql>/sparql</a>.</p>"))
        path = site.downloads.get(name)
        if path is None or not path.is_file():
            return _error(request, 404, f"no download named {name!r}")
        suffix = path.suffix.lower()
        return FileResponse(path, media_type=DOWNLOAD_TYPES.get(suffix, "application/octet-stream"), filename=name)

    async def void(request: Request) -> Response:
        media = _negotiate(
            request, ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"]
        )
        if isinstance(media, Response):
            return media
        home_url = str(request.base_url)
        key = f"void {home_url}"
        if key not in cache:
            cache[key] = await run_in_threadpool(
                void_triples,
                store,
                dataset_iri=base_iri + "dataset",
                base_iri=base_iri,
                sparql_url=home_url + "sparql",
                home_url=home_url,
                license_iri=license_iri,
                downloads=sorted(site.downloads),
            )
        body = serialize_triples(cache[key], _MEDIA_TO_FORMAT[media])
        return Response(body, media_type=media, headers={"Vary": "Accept"})

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/search", search, methods=["GET"]),
        Route("/studies", studies, methods=["GET"]),
        Route("/concepts", concepts, methods=["GET"]),
        Route("/id/{path:path}", resource, methods=["GET"]),
        Route("/c/{prefix}/{local:path}", concept, methods=["GET"]),
        Route("/c", concept, methods=["GET"]),
        Route("/ontology", ontology, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"], name="sparql"),
        Route("/download/", download, methods=["GET"]),
        Route("/download/{name}", download, methods=["GET"]),
        Route("/.well-known/void", void, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(Headers)
    app.state.runner = runner
    app.state.store = store
    app.state.site = site
    logger.info("serving %s (ontology: %s)", base_iri, site.ontology_path)
    return app


def _sparql_error(
    request: Request, query: str, status: int, message: str, linker: Linker, headers: dict[str, str] | None = None
) -> Response:
    if _wants_html(request):
        return HTMLResponse(html_answer(query, None, linker, message), status_code=status, headers=headers)
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)
