"""The whole pipeline through the library API, on the seeds and the development set."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ipkg.pipeline import BuildOptions, build
from tests.constants import DEV_RAW, GOLD_DEV, GOLD_SEEDS, IPKG, SCORER, SEEDS

BIBO = "http://purl.org/ontology/bibo/"


def _study(g: Graph, doi: str) -> URIRef:
    studies = list(g.subjects(URIRef(BIBO + "doi"), Literal(doi)))
    assert len(studies) == 1, f"one study with DOI {doi}"
    return studies[0]


def _mentioned(g: Graph, study: URIRef, cls: str) -> set[str]:
    return {str(c) for c in g.objects(study, URIRef(IPKG + "mentions")) if (c, RDF.type, URIRef(IPKG + cls)) in g}


def test_seeds_build_validates_and_writes(seeds_build) -> None:  # type: ignore[no-untyped-def]
    result, out = seeds_build
    assert result.errors == []
    assert result.studies == 3
    assert result.report is not None and result.report.violation_free, result.report.text()
    assert result.written and out.stat().st_size > 0


def test_seed_trial_in_the_graph(seeds_build) -> None:  # type: ignore[no-untyped-def]
    _, out = seeds_build
    g = Graph().parse(out)
    study = _study(g, "10.1016/j.bbi.2024.02.019")
    assert (study, RDF.type, URIRef(IPKG + "RandomizedControlledTrial")) in g
    assert g.value(study, URIRef(IPKG + "sampleSize")) == Literal(36, datatype=XSD.integer)
    assert g.value(study, URIRef(IPKG + "epubDate")) == Literal("2024-02-15", datatype=XSD.date)
    labels = {str(g.value(URIRef(c), URIRef("http://www.w3.org/2000/01/rdf-schema#label"))).lower()
              for c in _mentioned(g, study, "Disorder")}
    assert {"major depressive disorder", "bipolar disorder"} <= labels
    cells = _mentioned(g, study, "ImmuneCell")
    assert "http://purl.obolibrary.org/obo/CL_0000815" in cells  # regulatory T cell
    interventions = _mentioned(g, study, "Intervention")
    assert "http://id.nlm.nih.gov/mesh/C082598" in interventions  # aldesleukin
    assert g.value(study, URIRef(IPKG + "blinding")) == URIRef(IPKG + "DoubleBlind")
    assert g.value(study, URIRef(IPKG + "allocationRatio")) == Literal("2:1")
    zh = [o for o in g.objects(study, URIRef("http://purl.org/dc/terms/abstract")) if o.language == "zh"]
    assert len(zh) == 1


def test_seed_review_of_ketamine(seeds_build) -> None:  # type: ignore[no-untyped-def]
    _, out = seeds_build
    g = Graph().parse(out)
    study = next(s for s in g.subjects(RDF.type, URIRef(IPKG + "Study"))
                 if "ketamine" in str(g.value(s, URIRef("http://purl.org/dc/terms/title"))).lower()
                 or "ketamine" in str(g.value(s, URIRef("http://purl.org/dc/terms/abstract"))).lower())
    assert (study, RDF.type, URIRef(IPKG + "Review")) in g
    assert "http://purl.obolibrary.org/obo/CHEBI_6121" in _mentioned(g, study, "Intervention")


def test_build_is_byte_identical_across_runs_and_input_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(str(p) for p in SEEDS.iterdir())
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    build(files, BuildOptions(output=a))
    build(list(reversed(files)), BuildOptions(output=b))
    assert a.read_bytes() == b.read_bytes()


def test_invalid_graph_is_not_written(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A graph that fails SHACL is refused (the old output stays) unless keep_invalid is set."""
    import ipkg.pipeline as pipeline

    real = pipeline.extraction_to_ntriples

    def broken(extraction, base):  # type: ignore[no-untyped-def]
        return [line for line in real(extraction, base) if "#sourceFile>" not in line]  # drop the source files

    monkeypatch.setattr(pipeline, "extraction_to_ntriples", broken)
    out = tmp_path / "kg.ttl"
    out.write_text("previous good graph")
    result = build([str(SEEDS)], BuildOptions(output=out))
    assert not result.report.violation_free and not result.written
    assert out.read_text() == "previous good graph"
    assert any(r.path.endswith("#sourceFile") for r in result.report.violations)
    assert all(r.source for r in result.report.violations), "each violation names its input file"
    result = build([str(SEEDS)], BuildOptions(output=out, keep_invalid=True))
    assert result.written and out.read_text() != "previous good graph"


def _score(gold, graph) -> dict:  # type: ignore[no-untyped-def]
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), str(graph), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


@pytest.mark.shared
def test_scorer_pairs_every_seed(seeds_build) -> None:  # type: ignore[no-untyped-def]
    _, out = seeds_build
    assert _score(GOLD_SEEDS, out)["unpaired"] == 0


@pytest.mark.shared
def test_dev_set_builds_validates_and_pairs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dev.ttl"
    result = build([str(DEV_RAW)], BuildOptions(output=out))
    assert result.errors == [], [str(e) for e in result.errors]
    assert result.report.violation_free, result.report.text()
    assert result.studies == 23
    score = _score(GOLD_DEV, out)
    assert score["unpaired"] == 0
    assert score["micro"]["f1"] >= 0.5  # floor against regressions; the measured figure is in the README
