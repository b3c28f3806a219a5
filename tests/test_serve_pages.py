"""Units of the browser that need no graph: the concept URL scheme, the diagram's layout, predeclared prefixes,
short SPARQL errors, readable study labels and the search index."""

from __future__ import annotations

import random
import re
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest

from ipkg.serve.cards import Edge, concept_iri, concept_path
from ipkg.serve.diagram import MAX_NODES, connections_svg
from ipkg.serve.index import SiteIndex, readable_label
from ipkg.serve.sparql_ui import PREDECLARED, short_error, with_prefixes

B = "https://w3id.org/ipkg/id/"
OBO = "http://purl.obolibrary.org/obo/"


@pytest.mark.parametrize(
    "iri",
    [OBO + "MONDO_0002009", OBO + "CL_0000815", OBO + "HP_0012378", "http://id.nlm.nih.gov/mesh/D061218",
     "http://purl.uniprot.org/uniprot/P05231"],
)
def test_concept_paths_round_trip(iri: str) -> None:
    path = concept_path(iri, B)
    prefix, local = path.split("/")[2:]
    assert path.startswith("/c/") and concept_iri(prefix, local) == iri


def test_other_concepts_get_a_query_path() -> None:
    assert concept_path(B + "concept/Disorder/x", B) == "/id/concept/Disorder/x"
    assert concept_path("http://example.org/a#b", B) == "/c?iri=http%3A%2F%2Fexample.org%2Fa%23b"
    assert concept_path(OBO + "a/b", B).startswith("/c?iri=")  # a local name with a slash is not a short path
    assert concept_iri("obo", "../etc") is None and concept_iri("nowhere", "X") is None


def _edges(n: int) -> tuple[list[Edge], dict[str, str]]:
    edges, classes = [], {}
    for i in range(n):
        drug, cell, disorder = f"http://e/drug{i}", f"http://e/cell{i}", f"http://e/dis{i % 3}"
        classes |= {drug: "Intervention", cell: "Cytokine", disorder: "Disorder"}
        edges.append(Edge(drug, "decreases", cell, "decrease", False, 1))
        edges.append(Edge(drug, "treats", disorder, "benefit", i % 2 == 0, 2))
    return edges, classes


def test_diagram_is_deterministic_capped_and_linked() -> None:
    edges, classes = _edges(20)
    labels = {iri: iri.rsplit("/", 1)[1] for iri in classes}
    svg = connections_svg(edges, classes, labels, lambda iri: "/c?iri=" + iri)
    shuffled = edges[:]
    random.Random(7).shuffle(shuffled)
    assert connections_svg(shuffled, classes, labels, lambda iri: "/c?iri=" + iri) == svg
    assert svg.count("<rect") == MAX_NODES * 2 + 3  # two columns capped, three disorders
    assert "+ 8 more" in svg and 'stroke-dasharray="5 4"' in svg
    assert all(link.startswith("/c?iri=http://e/") for link in re.findall(r'<a href="([^"]+)"', svg))
    ElementTree.fromstring(svg[svg.index("<svg") : svg.index("</svg>") + 6])  # well-formed XML


def test_diagram_escapes_labels_and_skips_unknown_nodes() -> None:
    edge = Edge("http://e/a", "treats", "http://e/b", "benefit", False, 1)
    classes = {"http://e/a": "Intervention", "http://e/b": "Disorder"}
    svg = connections_svg([edge], classes, {"http://e/a": "<script>x</script>"}, lambda iri: None)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert connections_svg([edge], {"http://e/a": "Intervention"}, {}, lambda iri: None) == ""


def test_predeclared_prefixes_only_where_used_and_undeclared() -> None:
    declared = "PREFIX ipkg: <http://other/>\nSELECT * WHERE { ?s a ipkg:Study }"
    assert with_prefixes(declared) == (declared, 0)
    text, added = with_prefixes('SELECT * WHERE { ?s rdfs:label "obo:x" ; <http://e/mesh:y> ?o } # prov:')
    assert added == 1 and text.splitlines()[0] == f"PREFIX rdfs: <{PREDECLARED['rdfs']}>"
    ox.Store().query(with_prefixes("SELECT * WHERE { ?s a ipkg:Study ; dcterms:title ?t ; bibo:doi ?d }")[0])


def test_short_error_drops_character_ranges() -> None:
    try:
        ox.Store().query("SELECT * WHERE {\n ?s ?p ?o")
    except SyntaxError as err:
        message = short_error(f"malformed SPARQL query: {err}")
    assert message.startswith("malformed SPARQL at line 2, column 10: expected one of")
    assert "u{" not in message and "..=" not in message
    try:
        ox.Store().query("SELECT * WHERE { ?s foo:bar ?o }")
    except SyntaxError as err:
        assert short_error(str(err)) == "malformed SPARQL at line 1, column 28: Prefix not found"


def test_readable_labels() -> None:
    assert readable_label("  A title ", "abstract", "f.txt", "x") == "A title"
    assert readable_label(None, "Short abstract.", None, "x") == "Short abstract."
    assert readable_label("", "", "38364955.nbib", "x") == "(untitled: 38364955.nbib)"
    assert readable_label(None, None, None, B + "study/abstract-1") == "abstract-1"


def test_index_sorts_and_ranks() -> None:
    rows = [{"s": f"{B}study/{i}", "t": f"Title {chr(90 - i)}", "y": str(2000 + i % 4)} for i in range(8)]
    rows.append({"s": f"{B}study/untitled", "t": None})
    index = SiteIndex.from_rows(rows, [], [{"s": f"{B}study/untitled", "a": "Zinc and mood"}], [], [])
    years = [s.year for s in index.ordered("year")]
    assert years[:-1] == sorted(years[:-1], reverse=True) and years[-1] == ""
    titles = [s.label for s in index.ordered("title")]
    assert titles[-1] == "Zinc and mood" and titles[:-1] == sorted(titles[:-1])
    rank = index.rank("title")
    assert sorted(range(len(index.studies)), key=rank.__getitem__) == [
        index.study_by_iri[s.iri] for s in index.ordered("title")
    ]
    assert [s.label for s in index.search_studies("zinc")] == ["Zinc and mood"]
