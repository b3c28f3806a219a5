"""One behavioural suite run against every store backend (oaklib ComplianceTester style).

Backends: embedded Oxigraph in memory and on disk, rdflib in memory, and a remote Oxigraph server spoken to over
HTTP (SPARQL 1.1 Protocol + Graph Store Protocol) — the last one needs the ``oxigraph`` binary.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ipkg.errors import QueryError, StoreError
from ipkg.store import MemoryStore, OxigraphStore, QueryTimeoutError, Store, serialize_result
from ipkg.store.base import RDFS_LABEL, Term

try:
    from tests import publish_fixtures as fx
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]

EXTRA_TRIG = fx.EXTRA_TRIG
STUDIES_TTL = fx.STUDIES_TTL
oxigraph_server = fx.oxigraph_server
oxigraph_url = fx.oxigraph_url

B = "https://w3id.org/ipkg/id/"
STUDY1 = B + "study/pmid-90000001"
STUDY3 = B + "study/pmid-90000003"
MDD = "http://purl.obolibrary.org/obo/MONDO_0002009"
#: distinct triples of studies.ttl + extra.trig (the MDD type and label are in both)
TOTAL = 122

BACKENDS = ["oxigraph-memory", "oxigraph-disk", "rdflib", "http"]


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend."""
    kind = request.param
    store: Store
    if kind == "oxigraph-memory":
        store = OxigraphStore()
    elif kind == "oxigraph-disk":
        store = OxigraphStore(tmp_path / "db")
    elif kind == "rdflib":
        store = MemoryStore()
    else:
        from ipkg.store.http import HttpStore

        url = request.getfixturevalue("oxigraph_url")
        store = HttpStore.from_url(url + "/store", retries=0)
    yield store
    store.close()


@pytest.fixture()
def store(empty_store: Store) -> Store:
    """A store holding both fixture files."""
    empty_store.add(STUDIES_TTL)
    empty_store.add(EXTRA_TRIG)
    return empty_store


def test_add_returns_statements_parsed(empty_store: Store) -> None:
    assert empty_store.add(STUDIES_TTL) == 101
    assert empty_store.count() == 101


def test_count_is_distinct_triples(store: Store) -> None:
    assert store.count() == TOTAL


def test_add_text_into_named_graph(empty_store: Store) -> None:
    graph = B + "graph/test"
    n = empty_store.add(f'<{B}x> <{RDFS_LABEL}> "x" .\n<{B}y> <{RDFS_LABEL}> "y" .', format="ntriples", graph=graph)
    assert n == 2
    assert empty_store.count(graph) == 2


def test_add_malformed_text_raises_store_error(empty_store: Store) -> None:
    with pytest.raises(StoreError, match="malformed"):
        empty_store.add("<http://e/a> <http://e/b> .", format="ntriples")


def test_add_unknown_extension_names_the_file(empty_store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "graph.csv"
    bad.write_text("a,b\n")
    with pytest.raises(StoreError, match="graph.csv"):
        empty_store.add(bad)


def test_select_rows_are_neutral_terms(store: Store) -> None:
    result = store.query(
        "PREFIX ipkg: <https://w3id.org/ipkg/ontology#> PREFIX bibo: <http://purl.org/ontology/bibo/> "
        "SELECT DISTINCT ?study ?pmid ?n WHERE { ?study a ipkg:Study ; bibo:pmid ?pmid "
        "OPTIONAL { ?study ipkg:sampleSize ?n } } ORDER BY ?pmid"
    )
    assert result.kind == "select"
    assert result.variables == ("study", "pmid", "n")
    assert [r["pmid"].value for r in result.rows] == ["90000001", "90000002", "90000003"]
    assert result.rows[0]["study"] == Term.iri(STUDY1)
    assert result.rows[0]["n"] == Term.literal("36", datatype="http://www.w3.org/2001/XMLSchema#integer")
    assert "n" not in result.rows[1]  # unbound stays absent
    assert not result.truncated


def test_language_tags_survive(store: Store) -> None:
    result = store.query(f"SELECT ?t WHERE {{ <{STUDY1}> <http://purl.org/dc/terms/title> ?t }}")
    assert result.rows[0]["t"].lang == "en"


def test_ask_and_construct(store: Store) -> None:
    assert store.query(f"ASK {{ <{STUDY3}> ?p ?o }}").boolean is True
    assert store.query("ASK { <http://e/nothing> ?p ?o }").boolean is False
    graph = store.query(f"CONSTRUCT {{ ?s <{RDFS_LABEL}> ?l }} WHERE {{ ?s <{RDFS_LABEL}> ?l }}")
    assert graph.kind == "graph"
    labels = {o.value for _, _, o in graph.triples}
    assert {"ketamine", "interleukin-6", "aldesleukin"} <= labels


def test_max_rows_truncates(store: Store) -> None:
    result = store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }", max_rows=3)
    assert len(result.rows) == 3 and result.truncated


def test_deadline_in_the_past_times_out(store: Store) -> None:
    with pytest.raises(QueryTimeoutError):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", deadline=time.monotonic() - 1)


@pytest.mark.parametrize(
    "query",
    ["SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p }", "PREFIX : <http://e/> INSERT DATA { :a :b :c }"],
)
def test_bad_queries_raise_query_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError):
        store.query(query)
    assert store.count() == TOTAL  # nothing was written


def test_describe_outgoing_then_incoming(store: Store) -> None:
    triples = store.describe(STUDY1)
    subjects = [s.value for s, _, _ in triples]
    first_incoming = next(i for i, s in enumerate(subjects) if s != STUDY1)
    assert all(s != STUDY1 for s in subjects[first_incoming:])
    assert (Term.iri(STUDY1), Term.iri("http://purl.org/ontology/bibo/pmid"), Term.literal("90000001")) in triples
    findings = {s.value for s, p, _ in triples if p.value == "http://www.w3.org/ns/prov#wasDerivedFrom"}
    assert len(findings) == 2


def test_describe_labels_of_neighbours(store: Store) -> None:
    plain = store.describe(STUDY1)
    labelled = store.describe(STUDY1, labels=True)
    extra = labelled[len(plain) :]
    assert (Term.iri(MDD), Term.iri(RDFS_LABEL), Term.literal("major depressive disorder")) in extra


def test_describe_unknown_and_hostile_iris(store: Store) -> None:
    assert store.describe(B + "nothing/here") == []
    with pytest.raises(QueryError):
        store.describe(B + "x> ?p ?o } ; DROP ALL ; SELECT * { <y")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_serialisations_parse_back(store: Store, fmt: str) -> None:
    result = store.query(f"SELECT ?p ?o WHERE {{ <{STUDY1}> ?p ?o }} ORDER BY ?p ?o")
    body = serialize_result(result, fmt)
    if fmt == "csv":
        assert body.decode().splitlines()[0] == "p,o"
        return
    parsed: Any = ox.parse_query_results(body, format=getattr(ox.QueryResultsFormat, fmt.upper()))
    values = sorted((str(s["p"]), str(s["o"])) for s in parsed)
    expected = sorted((r["p"].n3(), r["o"].n3()) for r in result.rows)
    assert values == expected


def test_ask_serialises_as_json(store: Store) -> None:
    doc = json.loads(serialize_result(store.query("ASK { ?s ?p ?o }"), "json"))
    assert doc == {"head": {}, "boolean": True}


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "rdfxml"])
def test_graph_serialisations_round_trip(store: Store, fmt: str) -> None:
    result = store.query(f"CONSTRUCT {{ <{STUDY1}> ?p ?o }} WHERE {{ <{STUDY1}> ?p ?o }}")
    body = serialize_result(result, fmt)
    ox_format = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}[fmt]
    back = list(ox.parse(body, format=getattr(ox.RdfFormat, ox_format)))
    assert len(back) == len(result.triples) == 21


def test_wrong_format_for_result_kind(store: Store) -> None:
    with pytest.raises(QueryError):
        serialize_result(store.query("ASK { ?s ?p ?o }"), "turtle")
