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
