"""The RDF stage: IRIs, N-Triples lines, serialisations, determinism and atomic writes."""

from __future__ import annotations

import io
import random

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ipkg.models import Arm, Concept, Document, Extraction, Finding, Mention, StudyFacts
from ipkg.rdf.graph import extraction_to_ntriples, literal
from ipkg.rdf.iris import concept_iri, study_iri
from ipkg.rdf.serialize import FORMATS, atomic_output, serialize_lines, write_atomic
from tests.constants import BASE, IPKG, MDD

DOC = Document("38364955.txt", 'Low-dose "IL-2" in depression', "Line one.\nLine two \\ end.", pmid="38364955",
               doi="10.1016/J.BBI.2024.02.019", year=2024, month=5, translations=(("zh", "低剂量"),))
CONCEPT = Concept(MDD, "major depressive disorder", "Disorder", "MONDO")
DRUG = Concept("http://id.nlm.nih.gov/mesh/C082598", "aldesleukin", "Intervention", "MESH")


def _extraction(doc: Document = DOC) -> Extraction:
    mention = Mention("abstract", 0, 4, "MDD", CONCEPT)
    facts = StudyFacts(design="RandomizedControlledTrial", sample_size=36, blinding="double-blind",
                       control="placebo", arms=(Arm("aldesleukin", 24, DRUG, False, (("MDD", 12), ("BD", 12))),))
    finding = Finding(DRUG, "treats", CONCEPT, "Line one.", "abstract", 0, 9, negated=False, hedged=True)
    return Extraction(doc, (mention,), (), facts, (finding,))


def _graph(lines: list[str]) -> Graph:
    return Graph().parse(data="\n".join(lines), format="nt")


def test_study_iri_prefers_pmid_then_doi_then_title() -> None:
    assert study_iri(BASE, DOC) == BASE + "study/pmid-38364955"
    no_pmid = Document("a.txt", "T", "A", doi="10.1/x")
    assert study_iri(BASE, no_pmid).startswith(BASE + "study/doi-")
    assert study_iri(BASE, Document("a.txt", "Same  Title!", "A")) == study_iri(BASE, Document("b.txt", "same title", "B"))
    assert concept_iri(BASE, "Pathway", "Kynurenine pathway") == BASE + "concept/pathway/kynurenine-pathway"


def test_lines_are_valid_ntriples_with_the_contract_terms() -> None:
    g = _graph(extraction_to_ntriples(_extraction(), BASE))
    study = URIRef(BASE + "study/pmid-38364955")
    assert (study, RDF.type, URIRef(IPKG + "Study")) in g
    assert (study, RDF.type, URIRef(IPKG + "RandomizedControlledTrial")) in g
    assert (study, URIRef("http://purl.org/ontology/bibo/doi"), Literal("10.1016/j.bbi.2024.02.019")) in g
    assert (study, URIRef(IPKG + "sampleSize"), Literal(36, datatype=XSD.integer)) in g
    assert (study, URIRef(IPKG + "mentions"), URIRef(MDD)) in g
    assert (URIRef(MDD), RDF.type, URIRef(IPKG + "Disorder")) in g
    titles = list(g.objects(study, URIRef("http://purl.org/dc/terms/title")))
    assert titles == [Literal('Low-dose "IL-2" in depression', lang="en")]
    abstracts = {(str(o), o.language) for o in g.objects(study, URIRef("http://purl.org/dc/terms/abstract"))}
    assert abstracts == {("Line one.\nLine two \\ end.", "en"), ("低剂量", "zh")}
    assert (study, URIRef("http://purl.org/dc/terms/issued"), Literal("2024-05", datatype=XSD.gYearMonth)) in g


def test_finding_and_hedged_finding_has_no_direct_triple() -> None:
    g = _graph(extraction_to_ntriples(_extraction(), BASE))
    findings = list(g.subjects(RDF.type, URIRef(IPKG + "Finding")))
    assert len(findings) == 1
    f = findings[0]
    assert g.value(f, URIRef(IPKG + "evidence")) == Literal("Line one.")
    assert g.value(f, URIRef(IPKG + "hedged")) == Literal(True)
    assert g.value(f, URIRef(IPKG + "negated")) == Literal(False)
    assert (URIRef(DRUG.iri), URIRef(IPKG + "treats"), URIRef(MDD)) not in g  # hedged: no plain positive fact


def test_literal_escaping_round_trips() -> None:
    tricky = 'a "quote" \\ back\nslash\ttab \r ünïcode'
    line = f"<http://x/s> <http://x/p> {literal(tricky)} ."
    assert str(_graph([line]).value(URIRef("http://x/s"), URIRef("http://x/p"))) == tricky


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_back_to_the_same_triples(fmt: str) -> None:
    lines = extraction_to_ntriples(_extraction(), BASE)
    buffer = io.BytesIO()
    count = serialize_lines([(BASE + "graph/pmid-38364955", lines)], fmt, buffer)
    assert count == len(lines)
    rdflib_format = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                     "rdfxml": "xml"}[fmt]
    from rdflib import Dataset

    parsed = Dataset(default_union=True)
    parsed.parse(data=buffer.getvalue(), format=rdflib_format)
    assert len(parsed) == len(lines)


def test_output_is_byte_identical_whatever_the_order() -> None:
    graphs = [(f"{BASE}graph/{i}", extraction_to_ntriples(_extraction(Document(f"{i}.txt", f"Title {i}", "A.",
                                                                              pmid=str(i))), BASE)) for i in range(20)]
    outputs = set()
    rng = random.Random(7)
    for _ in range(5):
        shuffled = [(g, rng.sample(lines, len(lines))) for g, lines in rng.sample(graphs, len(graphs))]
        for fmt in ("turtle", "nquads"):
            buffer = io.BytesIO()
            serialize_lines(shuffled, fmt, buffer)
            outputs.add((fmt, buffer.getvalue()))
    assert len(outputs) == 2


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kg.ttl"
    write_atomic(target, b"good")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as handle:
            handle.write(b"half a gra")
            raise RuntimeError("interrupted")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]  # no temporary file left behind


def test_base_iri_moves_every_data_iri_and_no_ontology_term(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The seed on ketamine names GSK3 signalling, a concept no ontology has (minted under the data base by the
    lexicon): with --base-iri it moves with the studies; OBO and MeSH terms stay where they are."""
    from ipkg.pipeline import BuildOptions, build
    from tests.constants import SEEDS

    other = "https://example.org/kg/"
    build([str(SEEDS)], BuildOptions(output=tmp_path / "a.nt", fmt="ntriples"))
    build([str(SEEDS)], BuildOptions(output=tmp_path / "b.nt", fmt="ntriples", base_iri=other))
    default, moved = (tmp_path / "a.nt").read_text(), (tmp_path / "b.nt").read_text()
    assert f"<{BASE}concept/pathway/gsk3-signaling>" in default
    assert BASE not in moved and f"<{other}concept/pathway/gsk3-signaling>" in moved
    assert default.count("<http://purl.obolibrary.org/obo/") == moved.count("<http://purl.obolibrary.org/obo/") > 0
    assert len(default.splitlines()) == len(moved.splitlines())
