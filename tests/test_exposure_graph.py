"""ipkg:Exposure in the ontology, the shapes and the graph (issue 12): an exposure may be mentioned and be the
subject of hasAdverseEffect, increases, decreases, modulates, actsThrough; never of treats or potentiates, never an
object. Both SHACL engines agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from ipkg import ontology, resources
from ipkg.validate import validate_text
from ipkg.vocab import IPKG_NS

IPKG = Namespace(IPKG_NS)
FIXTURE = Path(__file__).parent / "data" / "shapes" / "valid-study.ttl"
STUDY = URIRef("https://w3id.org/ipkg/id/study/pmid-38364955")
FINDING = URIRef("https://w3id.org/ipkg/id/study/pmid-38364955/finding/0a1b2c3d4e5f")
KETAMINE = URIRef("http://purl.obolibrary.org/obo/CHEBI_6121")
MDD = URIRef("http://purl.obolibrary.org/obo/MONDO_0002009")
CUMS = URIRef("https://w3id.org/ipkg/id/concept/exposure/chronic-unpredictable-mild-stress")
ENGINES = ["pyshacl", "turbo"]


def _graph(subject: URIRef = CUMS, predicate: str = "hasAdverseEffect", obj: URIRef = MDD) -> Graph:
    """The valid fixture with its first finding rewritten, and CUMS mentioned."""
    data = Graph().parse(FIXTURE)
    data.add((STUDY, IPKG.mentions, CUMS))
    data.add((CUMS, RDF.type, IPKG.Exposure))
    data.add((CUMS, RDFS.label, Literal("chronic unpredictable mild stress")))
    for prop, value in ((IPKG.subject, subject), (IPKG.predicate, IPKG[predicate]), (IPKG.object, obj)):
        data.set((FINDING, prop, value))
    return data


def _violations(data: Graph, engine: str) -> set[tuple[str, str]]:
    results = validate_text(data.serialize(format="nt"), engine=engine)
    return {(r.focus, r.shape.rsplit("#", 1)[-1]) for r in results if r.severity == "Violation"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("predicate", ["hasAdverseEffect", "increases", "decreases", "modulates", "actsThrough"])
def test_an_exposure_subject_conforms(engine: str, predicate: str) -> None:
    assert _violations(_graph(predicate=predicate), engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("predicate", ["treats", "potentiates"])
def test_an_exposure_never_treats_nor_potentiates(engine: str, predicate: str) -> None:
    assert _violations(_graph(predicate=predicate), engine) == {(str(FINDING), "ExposureFindingShape")}


@pytest.mark.parametrize("engine", ENGINES)
def test_an_exposure_is_never_an_object(engine: str) -> None:
    found = _violations(_graph(subject=KETAMINE, predicate="treats", obj=CUMS), engine)
    assert found == {(str(FINDING), "Finding-object")}


@pytest.mark.parametrize("engine", ENGINES)
def test_an_intervention_still_treats(engine: str) -> None:
    """The exposure shape leaves every other finding alone (the fixture's ketamine treats MDD)."""
    assert _violations(_graph(subject=KETAMINE, predicate="treats"), engine) == set()


def test_the_ontology_declares_exposure_disjoint_and_as_a_domain() -> None:
    g = Graph().parse(resources.ontology_path())
    assert (IPKG.Exposure, RDF.type, OWL.Class) in g
    disjoint = [set(g.items(g.value(node, OWL.members))) for node in g.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert any({IPKG.Exposure, IPKG.Intervention} <= members for members in disjoint)
    for prop in ("hasAdverseEffect", "increases", "decreases", "modulates", "actsThrough"):
        union = set(g.items(g.value(g.value(IPKG[prop], RDFS.domain), OWL.unionOf)))
        assert union == {IPKG.Intervention, IPKG.Exposure}, prop
    for prop in ("treats", "potentiates"):
        assert g.value(IPKG[prop], RDFS.domain) == IPKG.Intervention
    assert IPKG.Exposure not in set(g.items(g.value(g.value(IPKG.object, RDFS.range), OWL.unionOf)))


@pytest.mark.parametrize(("predicate", "consistent"), [("hasAdverseEffect", True), ("increases", True),
                                                       ("treats", False)])
def test_hermit_reads_the_domains(predicate: str, consistent: bool) -> None:
    """HermiT over the ontology and a graph with an exposure finding, plus the relation as a direct triple: an
    exposure in the domain is consistent; ``treats`` makes it an Intervention, which it is disjoint with."""
    data = _graph()
    obj = URIRef("http://purl.uniprot.org/uniprot/P05231") if predicate == "increases" else MDD
    data.add((CUMS, IPKG[predicate], obj))
    assert ontology.check_consistency(data).consistent is consistent


# ------------------------------------------------------------------ a built graph: kg serve and the queries

ABSTRACT = """Minocycline and chronic unpredictable mild stress

Mice were exposed to chronic unpredictable mild stress (CUMS) for four weeks. CUMS increased IL-1β in the \
hippocampus. CUMS-induced depressive-like behaviour was reversed by minocycline.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The Turtle of a self-written animal abstract, built by ``kg build``."""
    from click.testing import CliRunner

    from ipkg.cli import main

    source = tmp_path_factory.mktemp("exposure") / "cums.txt"
    source.write_text(ABSTRACT, encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "build", str(source), "--format", "turtle"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_built_graph_types_the_exposure_subject(built: str) -> None:
    g = Graph().parse(data=built, format="turtle")
    assert (CUMS, RDF.type, IPKG.Exposure) in g
    assert {g.value(f, IPKG.predicate) for f in g.subjects(IPKG.subject, CUMS)} >= {IPKG.increases}


def test_the_study_and_concept_pages_show_the_exposure(built: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from ipkg.serve import get_app
    from ipkg.store import MemoryStore

    store = MemoryStore()
    store.add(built, format="turtle")
    study = next(iter(Graph().parse(data=built, format="turtle").subjects(RDF.type, IPKG.Study)))
    with TestClient(get_app(store, ontology_path=resources.ontology_path())) as client:
        page = client.get(str(study).replace("https://w3id.org/ipkg", ""), headers={"Accept": "text/html"})
        assert page.status_code == 200 and "chronic unpredictable mild stress" in page.text
        concept = client.get(str(CUMS).replace("https://w3id.org/ipkg", ""), headers={"Accept": "text/html"})
        assert concept.status_code == 200 and "CUMS increased IL-1β" in concept.text
        assert client.get("/concepts?class=Exposure", headers={"Accept": "text/html"}).status_code == 200


def test_the_competency_queries_run_on_it(built: str) -> None:
    g = Graph().parse(data=built, format="turtle")
    folder = Path(__file__).resolve().parents[1] / "queries"
    for path in sorted(folder.glob("*.rq")):
        list(g.query(path.read_text(encoding="utf-8")))  # every query parses and runs
    adverse = g.query((folder / "adverse-effects.rq").read_text(encoding="utf-8"))
    assert any(str(row[0]) == str(CUMS) for row in adverse)
