"""Design evidence and confidence in the graph: the RDF lines, the shapes (both engines) and the competency query."""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.models import Document, Extraction, StudyFacts
from ipkg.pipeline import BuildOptions, build
from ipkg.query import get_query, load_store, run_query
from ipkg.rdf.graph import extraction_to_ntriples
from ipkg.resources import ontology_path
from ipkg.validate import validate_text
from tests.constants import BASE, DEV_RAW, IPKG

XSD = "http://www.w3.org/2001/XMLSchema#"
TRIAL = Document("t.txt", "Drug X in depression: a randomised trial",
                 "In this double-blind trial, 48 patients were randomly assigned to drug X or placebo.")


def _lines(facts: StudyFacts) -> list[str]:
    return extraction_to_ntriples(Extraction(document=TRIAL, facts=facts), BASE)


def test_extracted_trial_carries_its_evidence_and_confidence() -> None:
    facts = extract_document(TRIAL).facts
    assert facts.design == "RandomizedControlledTrial"
    assert facts.design_evidence and facts.design_evidence in f"{TRIAL.title}\n{TRIAL.abstract}"
    assert facts.sample_size == 48 and facts.sample_size_evidence and "48 patients" in facts.sample_size_evidence
    text = "\n".join(_lines(facts))
    assert f'<{IPKG}designEvidence> "{facts.design_evidence}" .' in text
    assert f'<{IPKG}designConfidence> "{facts.design_confidence:.3f}"^^<{XSD}decimal> .' in text
    assert f"<{IPKG}sampleSizeEvidence>" in text


def test_no_design_no_evidence() -> None:
    text = "\n".join(_lines(StudyFacts(design=None, design_evidence="x", design_confidence=0.5)))
    assert "designEvidence" not in text and "designConfidence" not in text


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
@pytest.mark.parametrize(("confidence", "conforms"), [(0.0, True), (0.93, True), (1.0, True), (1.5, False)])
def test_confidence_must_lie_in_zero_one(engine: str, confidence: float, conforms: bool) -> None:
    facts = StudyFacts(design="RandomizedControlledTrial", design_evidence="randomly assigned",
                       design_confidence=confidence, sample_size=48, sample_size_evidence="48 patients")
    results = validate_text("\n".join(_lines(facts)) + "\n", engine=engine)
    violations = [r for r in results if r.severity.endswith("Violation")]
    assert (not violations) == conforms, violations


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_two_evidence_phrases_violate(engine: str) -> None:
    lines = _lines(StudyFacts(design="Review", design_evidence="This review", design_confidence=0.9))
    study = lines[0].split(" ")[0]
    lines.append(f'{study} <{IPKG}designEvidence> "another phrase" .')
    results = validate_text("\n".join(lines) + "\n", engine=engine)
    assert any("designEvidence" in r.path for r in results if r.severity.endswith("Violation"))


@pytest.mark.shared
def test_confident_randomised_trials_on_the_dev_graph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dev.nt"
    result = build([str(DEV_RAW)], BuildOptions(output=out, fmt="ntriples"))
    assert result.report is not None and result.report.violation_free
    store = load_store([out, ontology_path()])
    rows = list(run_query(store, get_query("confident-randomised-trials").text).rows)
    assert len(rows) >= 3
    confidences = [float(row[2]) for row in rows]
    assert all(c >= 0.8 for c in confidences) and confidences == sorted(confidences, reverse=True)
    assert all(row[3] for row in rows)  # every row says why
