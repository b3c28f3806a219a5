"""The web application (``ipkg.serve.get_app``) through Starlette's TestClient: every route and media type,
escaping, errors, the SPARQL protocol's edges (updates, cap, timeout), path traversal and VoID."""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest

with warnings.catch_warnings():  # Starlette 1.x suggests httpx2 for its TestClient; httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from ipkg.serve import get_app
from ipkg.store import MemoryStore, OxigraphStore, Store

try:
    from tests import publish_fixtures as fx
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]

EXTRA_TRIG = fx.EXTRA_TRIG
ONTOLOGY_TTL = fx.ONTOLOGY_TTL
STUDIES_TTL = fx.STUDIES_TTL

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

B = "https://w3id.org/ipkg/id/"
STUDY = "/id/study/pmid-90000001"
IL2 = "/id/concept/Intervention/low-dose-interleukin-2"
XSS = "<script>alert('x')</script>"
EVIL_TTL = f"""
<{B}study/evil> a <https://w3id.org/ipkg/ontology#Study> ;
    <http://purl.org/dc/terms/title> "{XSS} & <b>bold</b>" ;
    <http://www.w3.org/2000/01/rdf-schema#seeAlso> <javascript:alert(1)> ;
    <http://purl.org/ontology/bibo/doi> "10.5555/\\"><script>alert(2)</script>" .
<{B}study/evil/finding/1> a <https://w3id.org/ipkg/ontology#Finding> ;
    <https://w3id.org/ipkg/ontology#subject> <{B}study/evil> ;
    <https://w3id.org/ipkg/ontology#predicate> <https://w3id.org/ipkg/ontology#treats> ;
    <https://w3id.org/ipkg/ontology#object> <{B}study/evil> ;
    <https://w3id.org/ipkg/ontology#evidence> "<img src=x onerror=alert(3)>" ;
    <http://www.w3.org/ns/prov#wasDerivedFrom> <{B}study/evil> .
"""
HEAVY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f "
    "FILTER(STRLEN(CONCAT(STR(?a), STR(?d), STR(?f))) > 3) }"
)


def _store(kind: str = "oxigraph") -> Store:
    store: Store = OxigraphStore() if kind == "oxigraph" else MemoryStore()
    store.add(STUDIES_TTL)
    store.add(EXTRA_TRIG)
    store.add(EVIL_TTL, format="turtle")
    return store


@pytest.fixture(scope="module")
def queries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("queries")
    (folder / "cq01-findings.rq").write_text(
        "# Question: Which findings have evidence?\nPREFIX ipkg: <https://w3id.org/ipkg/ontology#>\n"
        "SELECT ?f ?ev WHERE { ?f ipkg:evidence ?ev } ORDER BY ?f\n"
    )
    (folder / "cq02_no_question.rq").write_text("SELECT ?s WHERE { ?s a ?c } ORDER BY ?s\n")
    return folder


@pytest.fixture(scope="module")
def client(queries: Path) -> Iterator[TestClient]:
    app = get_app(_store(), ontology_path=ONTOLOGY_TTL, queries_dir=queries, timeout=5, max_rows=500)
    with TestClient(app) as c:
        yield c


def html(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url, headers={"Accept": "text/html"})
    assert response.status_code == status, response.text
    return response.text


# -- landing page ----------------------------------------------------------------------------------------------


def test_landing_counts_and_queries(client: TestClient) -> None:
    page = html(client, "/")
    assert "<b>4</b>" in page and "studies" in page  # 3 fixture studies + the hostile one
    assert "<b>6</b>" in page and "findings" in page
    assert "Which findings have evidence?" in page and "cq02 no question" in page
    assert "Ketamine, mTOR signalling" in page


def test_landing_question_link_runs_the_query(client: TestClient) -> None:
    page = html(client, "/")
    start = page.index('href="/sparql?query=', page.index("Competency questions")) + len('href="')
    link = page[start : page.index('"', start)].replace("&amp;", "&")
    result = html(client, link)
    assert "Ketamine acts through mTOR signalling." in result and "results" in result


def test_landing_without_queries_folder(tmp_path: Path) -> None:
    app = get_app(_store(), ontology_path=ONTOLOGY_TTL, queries_dir=tmp_path / "missing")
    with TestClient(app) as c:
        assert "No competency queries" in c.get("/").text


def test_head_requests(client: TestClient) -> None:
    for url in ("/", STUDY, "/ontology", "/.well-known/void", "/sparql?query=ASK%7B%7D"):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""


# -- resource pages --------------------------------------------------------------------------------------------


def test_study_page_for_readers(client: TestClient) -> None:
    response = client.get(STUDY, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "Low-dose interleukin-2 in major depressive disorder" in page
    assert "Low-dose interleukin-2 increased regulatory T cells" in page  # a finding's evidence
    assert 'href="https://doi.org/10.5555/ipkg.test.0001"' in page
    assert f'href="{IL2}"' in page  # internal links point at this server
    assert 'href="/ontology#increases"' in page
    assert 'href="/c/obo/CL_0000815"' in page and "regulatory T cell" in page  # a local concept page
    assert "hedged" in page
    assert response.headers["vary"] == "Accept"
    assert response.headers["content-location"] == STUDY + "?format=html"


def test_concept_and_finding_pages(client: TestClient) -> None:
    concept = html(client, IL2)
    assert "Findings involving it (2)" in concept and "Depressive symptoms may improve" in concept
    assert 'href="/id/study/pmid-90000001"' in concept
    finding = html(client, "/id/study/pmid-90000002/finding/3d4e5f607182")
    assert "Ketamine did not decrease C-reactive protein." in finding and "negated" in finding


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("text/plain", "text/plain", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_resource_content_negotiation(client: TestClient, accept: str, media: str, fmt: ox.RdfFormat) -> None:
    response = client.get(STUDY, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    assert response.headers["vary"] == "Accept" and "?format=" in response.headers["content-location"]
    triples = {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(response.content, format=fmt)}
    study = f"<{B}study/pmid-90000001>"
    assert (study, "<http://purl.org/ontology/bibo/pmid>", '"90000001"') in triples
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    assert ("<http://purl.obolibrary.org/obo/MONDO_0002009>", label, '"major depressive disorder"') in triples
    assert any(o == study for _, _, o in triples)  # incoming links (findings) included


def test_format_parameter_overrides_accept(client: TestClient) -> None:
    response = client.get(STUDY + "?format=ttl", headers={"Accept": "text/html"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert client.get(STUDY + "?format=docx").status_code == 400
    assert client.get(STUDY, headers={"Accept": "image/png"}).status_code == 406


def test_unknown_resources_are_404(client: TestClient) -> None:
    assert client.get("/id/study/pmid-0").status_code == 404
    assert client.get("/id/graph/pmid-90000003").status_code == 404  # a graph name, never a subject
    assert "no resource" in html(client, "/id/nothing", 404)


@pytest.mark.parametrize(
    "path",
    [
        "/id/",
        "/id/%2e%2e/%2e%2e/etc/passwd",
        "/id/..%2f..%2fetc%2fpasswd",
        "/id/study/../../../etc/passwd",
        "/id/%5c..%5cwindows",
        "/id/%3Cscript%3E",
        "/id/a%00b",
        "/id/" + "x" * 5000,
        "/ontology/../../etc/passwd",
        "/static/../../etc/passwd",
    ],
)
def test_garbage_paths_are_4xx(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500, (path, response.status_code)
    assert "root:" not in response.text and "<script>" not in response.text


def test_wrong_method_is_405(client: TestClient) -> None:
    assert client.post(STUDY, content=b"x").status_code == 405
    assert client.delete("/sparql").status_code == 405


# -- escaping --------------------------------------------------------------------------------------------------


def test_literals_are_escaped_everywhere(client: TestClient) -> None:
    page = html(client, "/id/study/evil")
    assert "<script>" not in page and "<img" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in page
    assert 'href="javascript:' not in page
    assert "<script>" not in html(client, "/")
    query = "SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t }"
    assert "<script>" not in html(client, "/sparql?query=" + quote(query))
    bad = "SELECT <script>alert(1)</script>"
    assert "<script>alert(1)" not in html(client, "/sparql?query=" + quote(bad), 400)


def test_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in headers["content-security-policy"]


# -- ontology --------------------------------------------------------------------------------------------------


def test_ontology_html(client: TestClient) -> None:
    page = html(client, "/ontology")
    assert "The immunopsychiatry knowledge graph ontology" in page
    assert 'id="Finding"' in page and "A statement drawn from one sentence" in page
    assert 'id="RandomizedControlledTrial"' in page and 'href="/ontology#Study"' in page
    assert "Object properties" in page and "Datatype properties" in page and "Named individuals" in page


@pytest.mark.parametrize(
    ("accept", "fmt"), [("text/turtle", ox.RdfFormat.TURTLE), ("application/rdf+xml", ox.RdfFormat.RDF_XML)]
)
def test_ontology_rdf(client: TestClient, accept: str, fmt: ox.RdfFormat) -> None:
    response = client.get("/ontology", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["vary"] == "Accept"
    assert len(list(ox.parse(response.content, format=fmt))) > 30


def test_missing_ontology_is_404(tmp_path: Path) -> None:
    with TestClient(get_app(_store(), ontology_path=tmp_path / "none.ttl")) as c:
        assert c.get("/ontology").status_code == 404


# -- SPARQL protocol -------------------------------------------------------------------------------------------

SELECT = "SELECT ?s ?pmid WHERE { ?s <http://purl.org/ontology/bibo/pmid> ?pmid } ORDER BY ?pmid"


def test_sparql_get_post_and_direct_post_agree(client: TestClient) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    by_get = client.get("/sparql", params={"query": SELECT}, headers=accept).json()
    by_form = client.post("/sparql", data={"query": SELECT}, headers=accept).json()
    direct = client.post(
        "/sparql", content=SELECT.encode(), headers={**accept, "Content-Type": "application/sparql-query"}
    ).json()
    assert by_get == by_form == direct
    assert [b["pmid"]["value"] for b in by_get["results"]["bindings"]] == ["90000001", "90000002", "90000003"]


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/json"),
    ],
)
def test_sparql_select_formats(client: TestClient, accept: str, media: str) -> None:
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].split(";")[0] == media
    assert "90000003" in response.text


def test_sparql_ask_and_graph_forms(client: TestClient) -> None:
    ask = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()
    assert ask["boolean"] is True
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ BIND(<{B}study/pmid-90000002> AS ?s) ?s ?p ?o }}"
    for accept, fmt in (
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("*/*", ox.RdfFormat.TURTLE),
    ):
        response = client.get("/sparql", params={"query": construct}, headers={"Accept": accept})
        assert response.status_code == 200, accept
        assert len(list(ox.parse(response.content, format=fmt))) == 13
    describe = client.get("/sparql", params={"query": f"DESCRIBE <{B}study/pmid-90000002>", "format": "nt"})
    assert describe.status_code == 200 and f"<{B}study/pmid-90000002>" in describe.text
    assert json.loads(client.get("/sparql", params={"query": construct, "format": "json"}).content)


def test_sparql_html_table(client: TestClient) -> None:
    page = html(client, "/sparql?query=" + quote(SELECT))
    assert "3 results" in page and 'href="/id/study/pmid-90000003"' in page
    assert "<textarea" in html(client, "/sparql")


def test_sparql_refuses_updates(client: TestClient) -> None:
    update = "PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }"
    assert client.get("/sparql", params={"query": update}).status_code == 403
    assert client.get("/sparql", params={"update": update}).status_code == 403
    assert client.post("/sparql", data={"update": update}).status_code == 403
    response = client.post("/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert response.status_code == 403 and "read-only" in response.text
    assert client.get("/sparql", params={"query": "ASK { <http://e/a> ?p ?o }"}).json()["boolean"] is False


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("SELEC * WHERE { ?s ?p ?o }", "line 1, column 10: expected CONSTRUCT"),
        ("SELECT * WHERE { ?s ?p }", "line 1, column 25: expected one of LATERAL, SERVICE"),
        ("SELECT *\nWHERE { ?s ipkg:x ?o ", "line 2, column 22: expected one of"),  # after the predeclared prefixes
    ],
)
def test_sparql_malformed_is_400_with_parser_message(client: TestClient, query: str, needle: str) -> None:
    """A short message with line and column, counted in the query as sent; no parser character ranges."""
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400 and needle in response.text, response.text
    assert "\\u{" not in response.text and "..=" not in response.text and len(response.text) < 300


def test_sparql_bad_requests(client: TestClient) -> None:
    assert client.get("/sparql", params={"query": ""}).status_code == 400
    assert client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D").status_code == 400
    assert client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": B}).status_code == 400
    bad_type = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert bad_type.status_code == 415
    big = client.post("/sparql", content=b"#" * 70_000, headers={"Content-Type": "application/sparql-query"})
    assert big.status_code == 413
    assert client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"}).status_code == 406


def test_sparql_result_cap(queries: Path) -> None:
    with TestClient(get_app(_store(), ontology_path=ONTOLOGY_TTL, queries_dir=queries, max_rows=3)) as c:
        response = c.get("/sparql", params={"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"})
        assert len(response.json()["results"]["bindings"]) == 3
        assert "capped" in response.headers["x-ipkg-truncated"]
        assert "Only the first 3 results" in html(c, "/sparql?query=" + quote("SELECT * WHERE { ?s ?p ?o }"))


def test_sparql_timeout_and_busy_workers(queries: Path) -> None:
    app = get_app(_store(), ontology_path=ONTOLOGY_TTL, queries_dir=queries, timeout=0.05, workers=1)
    with TestClient(app) as c:
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200  # the worker has started
        started = time.monotonic()
        response = c.get("/sparql", params={"query": HEAVY})
        assert response.status_code == 503 and "did not finish within 0.05 s" in response.text
        assert time.monotonic() - started < 0.6  # answered at the limit, not when the query ended
        # the timed-out query's worker was killed and replaced: the only slot is free at once (issue 14 item 3)
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200


# -- VoID ------------------------------------------------------------------------------------------------------


def test_void_description(client: TestClient) -> None:
    response = client.get("/.well-known/void")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    store = ox.Store()
    store.load(response.content, format=ox.RdfFormat.TURTLE)
    prefixes = (
        "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
        "PREFIX obo: <http://purl.obolibrary.org/obo/> "
    )

    def ask(query: str) -> bool:
        return bool(store.query(prefixes + query))

    ds = f"<{B}dataset>"
    assert ask(f"ASK {{ {ds} a void:Dataset , dcat:Dataset ; void:triples ?n FILTER(?n > 122) }}")
    assert ask(
        f"ASK {{ {ds} void:classPartition [ void:class <https://w3id.org/ipkg/ontology#Study> ; void:entities 4 ] }}"
    )
    assert ask(f"ASK {{ {ds} void:vocabulary <https://w3id.org/ipkg/ontology#> , <http://purl.org/dc/terms/> }}")
    assert not ask(f"ASK {{ {ds} void:vocabulary <http://purl.obolibrary.org/obo/mondo.owl> }}")  # namespaces only
    assert ask(
        f'ASK {{ {ds} dcterms:license ?l ; void:sparqlEndpoint <http://testserver/sparql> ; void:uriSpace "{B}" }}'
    )
    assert ask(f"ASK {{ {ds} prov:wasAttributedTo ?agent }}")
    assert ask(f'ASK {{ {ds} dcterms:license <https://creativecommons.org/licenses/by/4.0/> ; dcterms:rights ?r '
               'FILTER(CONTAINS(?r, "verbatim quotations")) }')
    jsonld = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json") and json.loads(jsonld.content)
    assert client.get("/id/dataset", follow_redirects=False).status_code == 303


# -- the same routes over the rdflib store ---------------------------------------------------------------------


def test_rdflib_backend_serves_every_route(queries: Path) -> None:
    with TestClient(get_app(_store("rdflib"), ontology_path=ONTOLOGY_TTL, queries_dir=queries)) as c:
        assert "Which findings have evidence?" in html(c, "/")
        assert "Low-dose interleukin-2 increased regulatory T cells" in html(c, STUDY)
        assert c.get(STUDY, headers={"Accept": "text/turtle"}).status_code == 200
        assert c.get("/sparql", params={"query": SELECT}).json()["results"]["bindings"]
        assert c.get("/sparql", params={"query": "SELEC"}).status_code == 400
        assert c.get("/.well-known/void").status_code == 200
        assert c.get("/ontology").status_code == 200


def test_shipped_ontology_documents_every_vocab_term() -> None:
    from ipkg import resources
    from ipkg.vocab import IPKG

    path = resources.ontology_path()
    if not path.is_file():
        pytest.skip(f"{path} is not there yet")
    with TestClient(get_app(_store(), ontology_path=path)) as c:
        page = html(c, "/ontology")
        missing = [name for name in IPKG if f'id="{name}"' not in page]
        assert not missing, f"terms of vocab.py without an entry on /ontology: {missing}"
        assert c.get("/ontology?format=rdf").status_code == 200


def test_void_states_the_licence_it_is_given(queries: Path) -> None:
    cc0 = "https://creativecommons.org/publicdomain/zero/1.0/"
    app = get_app(_store(), ontology_path=ONTOLOGY_TTL, queries_dir=queries, license_iri=cc0)
    with TestClient(app) as c:
        store = ox.Store()
        store.load(c.get("/.well-known/void").content, format=ox.RdfFormat.TURTLE)
    licence = ox.NamedNode("http://purl.org/dc/terms/license")
    assert [q.object.value for q in store.quads_for_pattern(None, licence, None)] == [cc0]


def test_serve_without_its_web_stack_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    """starlette and uvicorn are base dependencies; an install that lost one is an environment failure (exit 3)."""
    import sys

    from click.testing import CliRunner

    from ipkg.cli import main

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn -> ImportError
    result = CliRunner().invoke(main, ["serve", str(STUDIES_TTL)])
    assert result.exit_code == 3, result.output
    assert "uvicorn" in result.output and "reinstall" in result.output


def test_pyproject_puts_the_web_stack_in_the_base_install() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())["project"]
    names = {dep.split(">")[0].split("=")[0].strip().lower() for dep in project["dependencies"]}
    assert {"starlette", "uvicorn"} <= names
