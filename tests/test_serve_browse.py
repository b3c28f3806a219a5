"""The browser a researcher uses (issue 15), on the dev graph (``kg build ../shared/corpus/dev/raw``) through
Starlette's TestClient: search, paged lists, study cards, concept pages of every namespace, finding cards, the
connections diagram, /sparql for people and clients, CORS, downloads; and one real uvicorn server for
SPARQLWrapper and for a bad escape on a kept-alive connection."""

from __future__ import annotations

import http.client
import re
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from ipkg.serve import get_app
from ipkg.serve.browse import page_of, pager
from ipkg.serve.index import SiteIndex
from ipkg.store import OxigraphStore
from tests.constants import DEV_RAW

pytestmark = [pytest.mark.shared, pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")]

B = "https://w3id.org/ipkg/id/"
RCT = "/id/study/pmid-16399150"  # etanercept in psoriasis: a randomised, double-blind, phase III trial
DEPRESSION = "/c/obo/MONDO_0002050"
ETANERCEPT_MESH = "http://id.nlm.nih.gov/mesh/D000068800"
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def dev_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ipkg.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("dev-serve") / "dev.ttl"
    build([str(DEV_RAW)], BuildOptions(output=out))
    return out


@pytest.fixture(scope="module")
def client(dev_ttl: Path) -> Iterator[TestClient]:
    app = get_app(OxigraphStore.from_files([dev_ttl]), downloads=[dev_ttl])
    with TestClient(app) as c:
        yield c


def page(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url, headers=HTML)
    assert response.status_code == status, (url, response.text[:500])
    return response.text


# -- landing, search, lists --------------------------------------------------------------------------------------


def test_landing_has_search_totals_and_download(client: TestClient) -> None:
    landing = page(client, "/")
    assert 'action="/search"' in landing
    assert "<b>23</b> of <b>23</b> studies" in landing or "<b>23</b> of <b>23</b>" in landing
    assert 'href="/download/dev.ttl"' in landing and 'href="/studies"' in landing
    assert 'href="/concepts?class=Disorder"' in landing
    assert "1,000 results" not in landing


def test_search_finds_titles_and_concept_labels(client: TestClient) -> None:
    result = page(client, "/search?q=etanercept")
    assert "Etanercept and clinical outcomes, fatigue, and depression in psoriasis" in result
    assert f'href="{RCT}"' in result
    assert "Concepts (" in result and ">Etanercept</a>" in result
    prefix = page(client, "/search?q=psoria")  # a word's beginning matches
    assert f'href="{RCT}"' in prefix
    assert "No concept label matches" in page(client, "/search?q=zzzzqqq")


def test_studies_are_paged_and_sorted(client: TestClient) -> None:
    by_title = page(client, "/studies?sort=title")
    by_year = page(client, "/studies?sort=year")
    items = re.findall(r'<li( class="untitled")?><a href="/id/study/[^"]+" title="[^"]+">([^<]+)</a>', by_title)
    assert len(items) == 23
    titled = [label for untitled, label in items if not untitled]
    assert titled == sorted(titled, key=str.lower) and items[: len(titled)] == [("", t) for t in titled]
    years = [int(y) for y in re.findall(r"<span class=meta>(\d{4})", by_year)]
    assert years and years == sorted(years, reverse=True)
    assert "<b>23</b> of <b>23</b> studies" in by_title


def test_pager_says_what_it_shows() -> None:
    items = list(range(7230))
    shown, number = page_of(items, 3)
    assert shown[0] == 100 and len(shown) == 50 and number == 3
    assert page_of(items, 999)[1] == 145  # clamped to the last page
    text = pager("/studies", {"sort": "year"}, 3, 7230, noun="studies")
    assert "<b>101–150</b> of <b>7,230</b> studies" in text
    assert 'href="/studies?sort=year&amp;page=2"' in text and 'href="/studies?sort=year&amp;page=4"' in text


def test_untitled_studies_have_readable_labels(client: TestClient) -> None:
    studies = page(client, "/studies")
    untitled = re.findall(r'<li class="untitled"><a href="(/id/study/[^"]+)" title="[^"]+">([^<]+)</a>', studies)
    assert len(untitled) == 6, untitled
    for href, label in untitled:
        assert not label.startswith(("http", "abstract-", "doi-")) and len(label.split()) >= 5, label
        assert f"<h1>{label}</h1>" in page(client, href)


# -- study, concept and finding pages ----------------------------------------------------------------------------


def test_study_summary_card(client: TestClient) -> None:
    study = page(client, RCT)
    card = study[study.index('<section class="card">') : study.index("</section>")]
    for row in ("randomized controlled trial", "618", "III", "double blind", "placebo control", "human"):
        assert row in card, row
    assert "Found" in card and "treats" in card
    assert "NCBITaxon_9606" not in card.split("title=")[0]  # species by name
    assert study.count("<mark") >= 3  # evidence sentences highlighted inside the abstract
    assert 'href="/c/obo/MONDO_0002050"' in study  # concepts link to local pages
    assert "<svg" in study and 'href="/c/obo/MONDO_0002050"' in study.split("<svg", 1)[1]


def test_authors_are_collapsed(client: TestClient) -> None:
    many = page(client, "/id/study/title-8df4566aa2ac1afb")
    assert '<details class="authors"><summary>' in many and "et al." in many and "(11 authors)" in many


def test_concept_pages_for_every_namespace(client: TestClient) -> None:
    depression = page(client, DEPRESSION)
    assert "<h1>depressive disorder</h1>" in depression
    assert "Disorder" in depression and 'href="http://purl.obolibrary.org/obo/MONDO_0002050"' in depression
    assert "Studies that mention it" in depression and f'href="{RCT}"' in depression
    assert "Findings involving it" in depression and "treats" in depression and "<svg" in depression
    mesh = page(client, "/c/mesh/D000068800")
    assert "Etanercept" in mesh and f'href="{RCT}"' in mesh
    assert "<h1>Etanercept</h1>" in page(client, "/c?iri=" + quote(ETANERCEPT_MESH, safe=""))
    page(client, "/c/obo/MONDO_9999999", 404)
    page(client, "/c/nowhere/X", 404)
    rdf = client.get(DEPRESSION, headers={"Accept": "text/turtle"})
    assert rdf.status_code == 200 and rdf.headers["content-type"].startswith("text/turtle")
    graph = ox.Store()
    graph.load(rdf.content, format=ox.RdfFormat.TURTLE)
    assert len(graph) > 10


def test_concept_lists_by_class(client: TestClient) -> None:
    disorders = page(client, "/concepts?class=Disorder")
    assert 'href="/c/obo/MONDO_0002050"' in disorders and " of " in disorders
    page(client, "/concepts?class=Nothing", 404)


def test_finding_page_is_a_card(client: TestClient) -> None:
    study = page(client, RCT)
    finding = re.search(r'href="(/id/study/pmid-16399150/finding/[0-9a-f]+)"', study).group(1)  # type: ignore[union-attr]
    card = page(client, finding)
    assert '<div class="finding' in card and "treats" in card.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert f'href="{RCT}"' in card and "Etanercept" in card
    assert "Properties" in card


def test_every_competency_question_on_the_landing_page_answers(client: TestClient) -> None:
    landing = page(client, "/")
    links = re.findall(r'<li><a href="(/sparql\?query=[^"]+)">([^<]+)</a> <span class="iri">([^<]+)</span>', landing)
    assert len(links) >= 15
    answered = {}
    for href, _, name in links:
        response = client.get(href.replace("&amp;", "&"), headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200, name
        answered[name] = len(response.json()["results"]["bindings"])
    assert answered["clinical-trials.rq"] > 0 and answered["studies-by-design-branch.rq"] > 0


# -- /sparql for people and clients -----------------------------------------------------------------------------


def test_predeclared_prefixes_and_examples(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ipkg:Study }"})
    assert response.status_code == 200 and response.json()["results"]["bindings"][0]["n"]["value"] == "23"
    form = page(client, "/sparql")
    assert "Predeclared prefixes" in form and 'href="/sparql?example=clinical-trials.rq"' in form
    example = page(client, "/sparql?example=clinical-trials.rq")
    assert "ipkg:ClinicalTrial" in example and "results</h2>" not in example
    answer = page(client, "/sparql?query=" + quote("SELECT ?s WHERE { ?s a ipkg:Study } LIMIT 2"))
    assert "format=csv" in answer and "format=json" in answer


def test_service_description_on_get_without_query(client: TestClient) -> None:
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD)):
        response = client.get("/sparql", headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
        graph = ox.Store()
        graph.load(response.content, format=fmt)
        sd = "http://www.w3.org/ns/sparql-service-description#"
        assert list(graph.quads_for_pattern(None, None, ox.NamedNode(sd + "Service")))
        assert list(graph.quads_for_pattern(None, ox.NamedNode(sd + "endpoint"), None))


def test_comma_separated_format_values(client: TestClient) -> None:
    construct = "CONSTRUCT { ?s a ipkg:Study } WHERE { ?s a ipkg:Study } LIMIT 3"
    response = client.get("/sparql", params={"query": construct, "format": "json-ld,application/ld+json"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/ld+json")
    select = client.get("/sparql", params={"query": "ASK {}", "format": "bogus,json"})
    assert select.status_code == 200 and select.json()["boolean"] is True


def test_cors_on_data_pages_and_sparql(client: TestClient) -> None:
    for url in ("/sparql?query=ASK%7B%7D", RCT, DEPRESSION, "/.well-known/void", "/download/dev.ttl"):
        assert client.get(url).headers["access-control-allow-origin"] == "*", url
    preflight = client.options(
        "/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST",
                            "Access-Control-Request-Headers": "content-type"}
    )
    assert preflight.status_code == 204 and "POST" in preflight.headers["access-control-allow-methods"]
    assert preflight.headers["access-control-allow-origin"] == "*"


def test_download_serves_the_started_file(client: TestClient, dev_ttl: Path) -> None:
    response = client.get("/download/dev.ttl")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    assert response.content == dev_ttl.read_bytes()
    assert client.get("/download/../etc/passwd").status_code == 404
    assert client.get("/download/other.ttl").status_code == 404
    assert 'href="/download/dev.ttl"' in page(client, "/download/")


# -- bad escapes, on a real server ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(dev_ttl: Path) -> Iterator[str]:
    import uvicorn

    from tests.publish_fixtures import free_port

    port = free_port()
    app = get_app(OxigraphStore.from_files([dev_ttl]), downloads=[dev_ttl])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("path", ["/id/%zz", "/id/%E0%A4%A", "/id/study/%"])
def test_bad_escapes_are_400_and_the_connection_lives_on(live: str, path: str) -> None:
    connection = http.client.HTTPConnection(live, timeout=10)
    connection.request("GET", path)
    first = connection.getresponse()
    first.read()
    assert first.status in (400, 404)
    connection.request("GET", RCT, headers=HTML)  # same keep-alive connection
    second = connection.getresponse()
    assert second.status == 200 and b"Etanercept" in second.read()
    connection.close()


def test_sparqlwrapper_select_and_json_ld_construct(live: str) -> None:
    sparqlwrapper = pytest.importorskip("SPARQLWrapper")
    endpoint = sparqlwrapper.SPARQLWrapper(f"http://{live}/sparql")
    endpoint.setQuery("SELECT ?s WHERE { ?s a ipkg:Study } ORDER BY ?s LIMIT 5")
    endpoint.setReturnFormat(sparqlwrapper.JSON)
    rows = endpoint.query().convert()["results"]["bindings"]
    assert len(rows) == 5 and rows[0]["s"]["value"].startswith(B + "study/")
    endpoint.setQuery("CONSTRUCT { ?s a ipkg:Study } WHERE { ?s a ipkg:Study }")
    endpoint.setReturnFormat(sparqlwrapper.JSONLD)
    graph = endpoint.query().convert()  # an rdflib Graph parsed from the JSON-LD answer
    assert len(graph) == 23


def test_index_search_is_fast_on_many_studies() -> None:
    """Not a timed assertion: the index answers by set look-ups, so 100k entries still give an answer."""
    rows = [{"s": f"{B}study/{i}", "t": f"Study {i} of ketamine in depression" if i % 3 else f"Study {i} on IL-6"}
            for i in range(100_000)]
    index = SiteIndex.from_rows(rows, [], [], [], [])
    assert len(index.search_studies("ketamine depress")) == 66_666
    assert len(index.search_studies("il 6")) == 33_334


def test_void_names_the_served_dump_as_data_dump(client: TestClient, dev_ttl: Path) -> None:
    from rdflib import Graph, URIRef

    answer = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert answer.status_code == 200
    graph = Graph().parse(data=answer.text, format="turtle")
    dumps = {str(o) for o in graph.objects(None, URIRef("http://rdfs.org/ns/void#dataDump"))}
    assert any(d.endswith(f"/download/{dev_ttl.name}") for d in dumps), dumps
    assert client.get(f"/download/{dev_ttl.name}").content == dev_ttl.read_bytes()
