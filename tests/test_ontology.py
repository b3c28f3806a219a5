"""The ontology: declarations match vocab.py, every term is labelled and defined, the QC queries pass, the Turtle is
canonical, the RDF/XML export is in sync, a second toolchain parses it, and HermiT finds it consistent."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from ipkg import ontology, resources
from ipkg.errors import OntologyError
from ipkg.vocab import (
    IPKG_CLASSES,
    IPKG_DATA_PROPERTIES,
    IPKG_ANNOTATION_PROPERTIES,
    IPKG_INDIVIDUALS,
    IPKG_NS,
    IPKG_OBJECT_PROPERTIES,
    RELATIONS,
)

DATA = Path(__file__).parent / "data"
FIX_TTL = "python -m ipkg.ontology normalize"
FIX_OWL = "python -m ipkg.ontology export"
EX = "https://example.org/test#"

#: the nine design classes of CONTRACT.md plus their grouping class
DESIGNS = (
    "ClinicalTrial",
    "RandomizedControlledTrial",
    "NonRandomizedTrial",
    "MetaAnalysis",
    "SystematicReview",
    "Review",
    "ObservationalStudy",
    "AnimalStudy",
    "InVitroStudy",
    "CaseReport",
)
#: design pairs in a subclass relation, hence not disjoint
DESIGN_SUBCLASS_PAIRS = {
    ("RandomizedControlledTrial", "ClinicalTrial"),
    ("NonRandomizedTrial", "ClinicalTrial"),
    ("SystematicReview", "Review"),
}
#: the six entity classes (Phenotype added for signs and symptoms), the study, the finding and the arm
TOP_CLASSES = (
    "Study", "Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine", "Phenotype", "Exposure", "Finding",
    "StudyArm",
)
#: the one deliberate exception to their pairwise disjointness (a cytokine can be given as a treatment)
COMPATIBLE_TOP = {("Intervention", "Cytokine")}
VALUE_CLASSES = ("Relation", "EffectDirection", "BlindingLevel", "ControlType")
QC_CHECKS = {
    "missing-label",
    "missing-definition",
    "duplicate-label",
    "multiple-labels",
    "class-without-parent-or-alignment",
    "undeclared-ipkg-term",
}


def ipkg(name: str) -> URIRef:
    return URIRef(IPKG_NS + name)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return ontology.read_ontology_graph()


def _types(graph: Graph, name: str) -> set[URIRef]:
    return set(graph.objects(ipkg(name), RDF.type))


# ------------------------------------------------------------------ vocab.py <-> ontology, both directions

EXPECTED_TYPE = (
    [(name, OWL.Class) for name in IPKG_CLASSES]
    + [(name, OWL.ObjectProperty) for name in IPKG_OBJECT_PROPERTIES]
    + [(name, OWL.DatatypeProperty) for name in IPKG_DATA_PROPERTIES]
    + [(name, OWL.AnnotationProperty) for name in IPKG_ANNOTATION_PROPERTIES]
    + [(name, OWL.NamedIndividual) for name in IPKG_INDIVIDUALS]
)


@pytest.mark.parametrize(("name", "owl_type"), EXPECTED_TYPE, ids=[f"{n}-{t.fragment}" for n, t in EXPECTED_TYPE])
def test_vocab_term_is_declared(graph: Graph, name: str, owl_type: URIRef) -> None:
    assert owl_type in _types(graph, name), (
        f"ipkg:{name} is in src/ipkg/vocab.py but ontology/ipkg.ttl does not declare it `a owl:{owl_type.fragment}`; "
        "add the declaration (with rdfs:label and skos:definition) or remove the term from vocab.py"
    )


@pytest.mark.parametrize("name", RELATIONS)
def test_relation_is_a_property_not_punned(graph: Graph, name: str) -> None:
    """Issue 16 item 8: owlready2 warned "belongs to more than one entity types" for each relation declared both a
    property and an individual; findings name the property through ipkg:predicate, an annotation property."""
    assert _types(graph, name) == {OWL.ObjectProperty}, (
        f"ipkg:{name} must be only an owl:ObjectProperty (findings name it with the annotation ipkg:predicate)"
    )


@pytest.mark.parametrize("name", IPKG_INDIVIDUALS)
def test_individual_has_its_value_class(graph: Graph, name: str) -> None:
    assert _types(graph, name) & {ipkg(c) for c in ("EffectDirection", "BlindingLevel", "ControlType")}, (
        f"ipkg:{name} must be typed with its value set (EffectDirection, BlindingLevel or ControlType)"
    )


def test_ontology_declares_only_vocab_terms(graph: Graph) -> None:
    declared = {
        str(s)[len(IPKG_NS) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(IPKG_NS)
    }
    vocab = set(IPKG_CLASSES + IPKG_OBJECT_PROPERTIES + IPKG_DATA_PROPERTIES + IPKG_ANNOTATION_PROPERTIES
                + IPKG_INDIVIDUALS)
    extra = sorted(declared - vocab)
    assert not extra, f"ontology/ipkg.ttl declares ipkg terms missing from src/ipkg/vocab.py: {extra}; add them there"


def test_no_term_has_two_owl_kinds(graph: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    clashes = sorted(str(s) for s in set(graph.subjects(RDF.type, None)) if len(set(graph.objects(s, RDF.type)) & kinds) > 1)
    assert not clashes, f"terms declared as two kinds of OWL entity (not allowed in OWL 2 DL): {clashes}"


# ------------------------------------------------------------------ labels, definitions, header


@pytest.mark.parametrize("name", sorted(set(IPKG_CLASSES + IPKG_OBJECT_PROPERTIES + IPKG_DATA_PROPERTIES
                                            + IPKG_ANNOTATION_PROPERTIES + IPKG_INDIVIDUALS)))
def test_term_is_labelled_and_defined(graph: Graph, name: str) -> None:
    labels = [o for o in graph.objects(ipkg(name), RDFS.label) if isinstance(o, Literal) and o.language == "en"]
    definitions = [o for o in graph.objects(ipkg(name), SKOS.definition) if isinstance(o, Literal) and o.language == "en"]
    assert len(labels) == 1, f"ipkg:{name} needs exactly one rdfs:label \"...\"@en in ontology/ipkg.ttl, has {labels}"
    assert len(definitions) == 1 and len(definitions[0]) > 20, f"ipkg:{name} needs one skos:definition \"...\"@en"


def test_ontology_header(graph: Graph) -> None:
    onto = URIRef(ontology.ONTOLOGY_IRI)
    dcterms = "http://purl.org/dc/terms/"
    assert (onto, RDF.type, OWL.Ontology) in graph
    assert graph.value(onto, OWL.versionIRI) == URIRef(ontology.ONTOLOGY_IRI + "/0.1.0")
    assert str(graph.value(onto, OWL.versionInfo)) == "0.1.0"
    assert graph.value(onto, URIRef(dcterms + "license")) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(graph.value(onto, URIRef(dcterms + "creator"))) == "ipkg developers"
    for field in ("title", "description", "created"):
        assert graph.value(onto, URIRef(dcterms + field)) is not None, f"the ontology header lacks dcterms:{field}"
    assert not list(graph.objects(onto, OWL.imports)), "the ontology must not import: it is loaded offline"


def test_external_alignments_are_iris(graph: Graph) -> None:
    mappings = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
    bad = sorted(f"{s} {p} {o}" for p in mappings for s, o in graph.subject_objects(p) if not isinstance(o, URIRef))
    assert not bad, f"SKOS mappings must point at IRIs: {bad}"


def test_external_terms_are_listed(graph: Graph) -> None:
    listed_file = resources.data_dir("ontology") / "imports" / "external_terms.tsv"
    lines = [line for line in listed_file.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    listed = {line.split("\t")[0] for line in lines}
    assert all(len(line.split("\t")) == 2 for line in lines), f"{listed_file}: each line is IRI<TAB>label"
    mappings = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch, RDFS.seeAlso)
    used = {str(o) for p in mappings for o in graph.objects(None, p)}
    assert not used - listed, f"ipkg.ttl maps to terms not checked into {listed_file.name}: {sorted(used - listed)}"
    assert not listed - used, f"{listed_file.name} lists terms ipkg.ttl no longer uses: {sorted(listed - used)}"


# ------------------------------------------------------------------ QC queries


def test_qc_queries_are_documented_and_ordered() -> None:
    paths = list(ontology.iter_qc_queries())
    assert QC_CHECKS <= {p.name.removesuffix("-violation.rq") for p in paths}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), f"{path.name} must start with a comment saying what it checks"
        assert "?entity ?property ?value" in text and "ORDER BY ?entity" in text, f"{path.name}: SELECT/ORDER BY shape"


@pytest.mark.parametrize("query", list(ontology.iter_qc_queries()), ids=lambda p: p.name)
def test_qc_query_passes_on_the_ontology(query: Path) -> None:
    rows = ontology.run_qc(queries=[query])
    assert rows == [], f"{query.name} fails on ontology/ipkg.ttl:\n" + "\n".join(map(str, rows))


def test_qc_passes_on_valid_data() -> None:
    data = Graph().parse(DATA / "shapes" / "valid-study.ttl")
    assert ontology.run_qc(data) == []


def test_qc_catches_undeclared_terms() -> None:
    data = Graph().parse(DATA / "ontology" / "undeclared-term.ttl")
    rows = ontology.run_qc(data)
    assert {r.check for r in rows} == {"undeclared-ipkg-term"}, rows
    assert {r.entity for r in rows} == {IPKG_NS + "Stduy", IPKG_NS + "sampleSise"}
    assert rows == sorted(rows)


_PREFIXES = """
PREFIX ipkg: <https://w3id.org/ipkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
#: check -> (Turtle added to the ontology, the ipkg terms the check must report)
QC_DEFECTS = {
    "missing-label": ('ipkg:NewThing a owl:Class ; rdfs:subClassOf ipkg:Study ; skos:definition "A new thing."@en .', {"NewThing"}),
    "missing-definition": ('ipkg:NewThing a owl:Class ; rdfs:subClassOf ipkg:Study ; rdfs:label "new thing"@en .', {"NewThing"}),
    "duplicate-label": (
        'ipkg:NewThing a owl:Class ; rdfs:subClassOf ipkg:Study ; rdfs:label "Study"@en ; skos:definition "A."@en .',
        {"NewThing", "Study"},
    ),
    "multiple-labels": ('ipkg:Study rdfs:label "investigation"@en .', {"Study"}),
    "multiple-definitions": ('ipkg:Study skos:definition "Another definition."@en .', {"Study"}),
    "class-without-parent-or-alignment": ('ipkg:NewThing a owl:Class ; rdfs:label "new thing"@en ; skos:definition "A."@en .', {"NewThing"}),
    "undeclared-ipkg-term": ('<https://w3id.org/ipkg/id/x> ipkg:sampleSise 3 .', {"sampleSise"}),
}


@pytest.mark.parametrize("check", sorted(QC_DEFECTS))
def test_qc_check_catches_its_defect(check: str) -> None:
    turtle, entities = QC_DEFECTS[check]
    rows = ontology.run_qc(Graph().parse(data=_PREFIXES + turtle, format="turtle"))
    assert {r.check for r in rows} == {check}, rows
    assert {r.entity for r in rows} == {IPKG_NS + e for e in entities}


def test_qc_bad_query_is_an_ontology_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken-violation.rq"
    bad.write_text("SELECT ?entity WHERE { ?entity", encoding="utf-8")
    with pytest.raises(OntologyError, match="broken-violation.rq"):
        ontology.run_qc(queries=[bad])


# ------------------------------------------------------------------ canonical Turtle, RDF/XML in sync


def test_ttl_is_canonical() -> None:
    path = resources.ontology_path()
    assert path.read_text(encoding="utf-8") == ontology.canonical_turtle(path), (
        f"{path} is not in canonical form; run `{FIX_TTL}` and commit the result"
    )


def test_canonical_turtle_ignores_statement_order(tmp_path: Path) -> None:
    lines = Graph().parse(resources.ontology_path()).serialize(format="nt").splitlines()
    random.Random(20240219).shuffle(lines)
    shuffled = tmp_path / "shuffled.ttl"
    shuffled.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ontology.canonical_turtle(shuffled) == ontology.canonical_turtle(resources.ontology_path())


def test_normalize_rewrites_only_when_needed(tmp_path: Path) -> None:
    copy = tmp_path / "ipkg.ttl"
    copy.write_text(resources.ontology_path().read_text(encoding="utf-8"), encoding="utf-8")
    assert ontology.normalize_ontology(copy) is False
    copy.write_text(Graph().parse(copy).serialize(format="turtle"), encoding="utf-8")
    assert ontology.normalize_ontology(copy) is True
    assert copy.read_text(encoding="utf-8") == resources.ontology_path().read_text(encoding="utf-8")


def test_owl_export_is_in_sync(graph: Graph) -> None:
    owl_path = resources.ontology_owl_path()
    assert owl_path.is_file(), f"{owl_path} is missing; run `{FIX_OWL}`"
    exported = Graph().parse(owl_path, format="xml")
    assert isomorphic(exported, graph), f"{owl_path} is stale (not isomorphic to ipkg.ttl); run `{FIX_OWL}`"
    assert owl_path.read_text(encoding="utf-8") == ontology.owl_xml(), f"{owl_path} differs from a fresh export; run `{FIX_OWL}`"


def test_export_owl_writes_a_file(tmp_path: Path) -> None:
    target = ontology.export_owl(target=tmp_path / "ipkg.owl")
    assert target.read_text(encoding="utf-8") == resources.ontology_owl_path().read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["ipkg.owl"], "no temporary file may be left behind"
    assert target.stat().st_mode & 0o777 == 0o644, "a new export is readable by all, like any checked-in file"


def test_missing_source_raises(tmp_path: Path) -> None:
    with pytest.raises(OntologyError, match="missing"):
        ontology.canonical_turtle(tmp_path / "nope.ttl")
    with pytest.raises(OntologyError, match="missing"):
        ontology.load_ontology(path=tmp_path / "nope.owl")


# ------------------------------------------------------------------ a second toolchain


def _ground_triples(graph: Graph) -> set[tuple[str, str, str]]:
    return {(s.n3(), p.n3(), o.n3()) for s, p, o in graph if not isinstance(s, BNode) and not isinstance(o, BNode)}


@pytest.mark.parametrize(("name", "fmt"), [("ipkg.ttl", pyoxigraph.RdfFormat.TURTLE), ("ipkg.owl", pyoxigraph.RdfFormat.RDF_XML)])
def test_pyoxigraph_parses_the_ontology(graph: Graph, name: str, fmt: pyoxigraph.RdfFormat) -> None:
    path = resources.data_dir("ontology") / name
    quads = list(pyoxigraph.parse(path=str(path), format=fmt))
    assert len(quads) == len(graph), f"pyoxigraph reads {len(quads)} triples from {name}, rdflib {len(graph)}"
    oxi = {
        (q.subject.__str__(), q.predicate.__str__(), q.object.__str__())
        for q in quads
        if not isinstance(q.subject, pyoxigraph.BlankNode) and not isinstance(q.object, pyoxigraph.BlankNode)
    }
    assert oxi == _ground_triples(graph), f"pyoxigraph and rdflib disagree on the triples of {name}"


def test_owlready2_loads_in_an_isolated_world() -> None:
    import owlready2

    before = len(list(owlready2.default_world.ontologies))
    world = owlready2.World()
    onto = ontology.load_ontology(world)
    iris = {cls.iri for cls in onto.classes()}
    missing = sorted(set(IPKG_NS + n for n in IPKG_CLASSES) - iris)
    assert not missing, f"owlready2 does not see these classes: {missing}"
    assert len(list(owlready2.default_world.ontologies)) == before, "load_ontology must not touch default_world"
    world.close()


# ------------------------------------------------------------------ HermiT


@pytest.mark.slow
def test_hermit_finds_the_ontology_consistent() -> None:
    report = ontology.check_consistency()
    assert report.consistent, "HermiT: ontology/ipkg.ttl is inconsistent"
    assert report.unsatisfiable == (), f"HermiT: unsatisfiable classes {report.unsatisfiable}"
    assert report.ok


def _pair_class(graph: Graph, a: str, b: str) -> URIRef:
    node = URIRef(f"{EX}{a}_and_{b}")
    graph.add((node, RDF.type, OWL.Class))
    graph.add((node, RDFS.subClassOf, ipkg(a)))
    graph.add((node, RDFS.subClassOf, ipkg(b)))
    return node


@pytest.mark.slow
def test_hermit_disjointness_is_as_designed() -> None:
    """One reasoner run: a probe class under every pair; exactly the pairs meant to be disjoint are unsatisfiable."""
    probes = Graph()
    expected: set[str] = set()
    compatible = DESIGN_SUBCLASS_PAIRS | COMPATIBLE_TOP
    for group in (DESIGNS, TOP_CLASSES, VALUE_CLASSES):
        for a, b in itertools.combinations(group, 2):
            node = _pair_class(probes, a, b)
            if (a, b) not in compatible and (b, a) not in compatible:
                expected.add(str(node))
    report = ontology.check_consistency(probes)
    assert report.consistent
    assert set(report.unsatisfiable) == expected, (
        f"meant disjoint but satisfiable: {sorted(expected - set(report.unsatisfiable))}; "
        f"unexpectedly unsatisfiable: {sorted(set(report.unsatisfiable) - expected)}"
    )


@pytest.mark.slow
def test_hermit_accepts_valid_data() -> None:
    report = ontology.check_consistency(Graph().parse(DATA / "shapes" / "valid-study.ttl"))
    assert report.ok, report


@pytest.mark.slow
def test_hermit_reports_inconsistent_data() -> None:
    report = ontology.check_consistency(Graph().parse(DATA / "ontology" / "inconsistent-individual.ttl"))
    assert report == ontology.ReasonerReport(consistent=False, unsatisfiable=())


@pytest.mark.slow
def test_hermit_reports_unsatisfiable_class() -> None:
    report = ontology.check_consistency(Graph().parse(DATA / "ontology" / "unsatisfiable-class.ttl"))
    assert report.consistent
    assert report.unsatisfiable == (EX + "StudyFinding",)


def test_java_failure_is_an_ontology_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(OntologyError, match="Java"):
        ontology.check_consistency()


# ------------------------------------------------------------------ issue 16, item 8: OBO conventions, owlready2


@pytest.mark.parametrize("which", ["ttl", "owl"])
def test_owlready2_reads_either_file_without_warnings(which: str, capfd: pytest.CaptureFixture[str]) -> None:
    """owlready2 printed 8 "belongs to more than one entity types" warnings (relations punned as individuals) and
    could not read ipkg.ttl; it reads both, silently, and sees every relation as an object property."""
    import owlready2

    path = resources.ontology_path() if which == "ttl" else resources.ontology_owl_path()
    world = owlready2.World()
    with open(path, "rb") as stream:  # owlready2 directly, as a user would (Turtle via the library's loader)
        if which == "owl":
            loaded = world.get_ontology(ontology.ONTOLOGY_IRI + "#").load(fileobj=stream)
        else:
            loaded = ontology.load_ontology(world, path)
    assert "more than one entity types" not in capfd.readouterr().err
    names = {prop.name for prop in loaded.object_properties()}
    assert set(RELATIONS) <= names
    world.close()


def test_definitions_are_also_iao_0000115(graph: Graph) -> None:
    iao = URIRef("http://purl.obolibrary.org/obo/IAO_0000115")
    for subject, definition in graph.subject_objects(SKOS.definition):
        assert (subject, iao, definition) in graph, f"{subject}: run `python -m ipkg.ontology normalize` (it mirrors skos:definition as obo:IAO_0000115)"
    assert (iao, RDF.type, OWL.AnnotationProperty) in graph


@pytest.mark.parametrize(("name", "axiom"), [("species", RDFS.range), ("subject", RDFS.range), ("object", RDFS.range),
                                             ("epubDate", RDFS.range), ("orcid", RDFS.domain)])
def test_ranges_and_domains(graph: Graph, name: str, axiom: URIRef) -> None:
    assert graph.value(ipkg(name), axiom) is not None, f"ipkg:{name} needs {axiom.n3(graph.namespace_manager)}"


def test_exact_matches_are_checked_terms(graph: Graph) -> None:
    """skos:exactMatch only to MeSH publication types that exist in the offline MeSH 2024 (tree V) and Biolink."""
    exact = sorted((str(s), str(o)) for s, o in graph.subject_objects(SKOS.exactMatch))
    assert len(exact) >= 7
    mesh = Path(__file__).resolve().parents[2] / "shared" / "ontologies" / "mesh2024-descriptors.tsv"
    if not mesh.is_file():
        pytest.skip("../shared/ontologies is not there")
    trees = {line.split("\t")[0]: line.split("\t")[3] for line in mesh.read_text(encoding="utf-8").splitlines()[1:]}
    for subject, target in exact:
        if target.startswith("http://id.nlm.nih.gov/mesh/"):
            code = target.rsplit("/", 1)[1]
            assert trees.get(code, "").startswith("V"), f"{subject} exactMatch {target}: not a MeSH publication type"
