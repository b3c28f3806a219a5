"""SHACL in batches finds exactly what whole-graph validation finds, and the report names the input."""

from __future__ import annotations

from rdflib import Graph

from ipkg.pipeline import BuildOptions, build
from ipkg.validate import validate_graph, validate_lines
from tests.constants import SEEDS


def _broken_graphs() -> list[tuple[str, list[str]]]:
    """The seeds' graphs with defects injected into two of them."""
    result = build([str(SEEDS)], BuildOptions(validate=False))
    graphs = []
    for index, (_, lines) in enumerate(result.graphs):
        if index == 0:
            lines = [line for line in lines if "#sourceFile>" not in line]  # no source file
        if index == 1:
            lines = [line.replace("#sampleSize> \"", "#sampleSize> \"-") if "#sampleSize>" in line else line
                     for line in lines] + [lines[0].split(" ")[0] + ' <http://purl.org/ontology/bibo/doi> "10.1000/UPPER" .']
        graphs.append((f"file{index}.txt", lines))
    return graphs


def test_batches_find_what_the_whole_graph_finds() -> None:
    graphs = _broken_graphs()
    whole = Graph().parse(data="\n".join(line for _, lines in graphs for line in lines), format="nt")
    expected = {(r.focus, r.path, r.message) for r in validate_graph(whole).results}
    assert expected, "the injected defects are found"
    for batch_size in (1, 2, 200):
        found = {(r.focus, r.path, r.message) for r in validate_lines(graphs, batch_size=batch_size).results}
        assert found == expected, f"batch size {batch_size}"


def test_report_names_file_focus_path_and_message() -> None:
    report = validate_lines(_broken_graphs())
    assert not report.conforms
    title = [r for r in report.violations if r.path.endswith("#sourceFile")]
    assert title and title[0].source == "file0.txt" and "/study/" in title[0].focus and title[0].message
    assert "file0.txt: Violation:" in report.text()


def _many_defects() -> list[tuple[str, list[str]]]:
    """The seeds' graphs with one defect of each kind of shape (cardinality, datatype, pattern, sh:or of classes,
    sh:in, sh:lessThan, a Warning-level shape) injected."""
    ipkg = "https://w3id.org/ipkg/ontology#"
    graphs = [(f"file{i}.txt", list(lines)) for i, (_, lines) in enumerate(_broken_graphs())]
    study = graphs[2][1][0].split(" ")[0]
    graphs[2][1].extend([
        f'{study} <{ipkg}sampleSize> "-4"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'{study} <http://purl.org/ontology/bibo/doi> "10.1000/UPPER" .',
        f"{study} <{ipkg}mentions> <https://w3id.org/ipkg/id/concept/untyped> .",
        f'{study} <{ipkg}trialPhase> "V" .',
        f"{study} <{ipkg}hasArm> <https://w3id.org/ipkg/id/arm/x> .",
        f"<https://w3id.org/ipkg/id/arm/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ipkg}StudyArm> .",
        f"<https://w3id.org/ipkg/id/f/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ipkg}Finding> .",
        f'<https://w3id.org/ipkg/id/f/1> <{ipkg}evidenceStart> "9"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'<https://w3id.org/ipkg/id/f/1> <{ipkg}evidenceEnd> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ])
    return graphs


def test_turbo_engine_reports_what_pyshacl_reports() -> None:
    """pySHACL is the reference; pyshacl-turbo (the fast engine) must find the same results, batch or whole."""
    import pytest

    pytest.importorskip("pyshacl_turbo")
    from ipkg.validate import validate_text

    graphs = _many_defects()
    text = "\n".join(line for _, lines in graphs for line in lines)

    def key(results):  # type: ignore[no-untyped-def]
        return sorted({(r.focus, r.path, r.message, r.severity, r.shape, r.value) for r in results})

    reference = key(validate_text(text, engine="pyshacl"))
    assert len(reference) >= 10, reference
    assert {r[3] for r in reference} == {"Violation", "Warning"}
    assert key(validate_text(text, engine="turbo")) == reference
    for batch_size in (1, 2):
        assert key(validate_lines(graphs, batch_size=batch_size, engine="turbo").results) == reference
        assert key(validate_lines(graphs, batch_size=batch_size, engine="pyshacl").results) == reference
