"""kg ontology: QC + HermiT on the ontology, and HermiT over built data together with the ontology."""

from __future__ import annotations

from click.testing import CliRunner

from ipkg.cli import main
from tests.constants import IPKG, MDD


def test_ontology_check_passes() -> None:
    result = CliRunner().invoke(main, ["ontology", "check"])
    assert result.exit_code == 0, result.output
    assert "ontology check passed: 0 QC rows, consistent=True, unsatisfiable=0" in result.output


def test_seeds_graph_is_consistent_with_the_ontology(seeds_build) -> None:  # type: ignore[no-untyped-def]
    _, out = seeds_build
    result = CliRunner().invoke(main, ["ontology", "reason", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("consistent")


def test_disjoint_classes_make_data_inconsistent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<{MDD}> a <{IPKG}Disorder>, <{IPKG}ImmuneCell> .\n")
    result = CliRunner().invoke(main, ["ontology", "reason", str(bad)])
    assert result.exit_code == 1
    assert "HermiT: inconsistent" in result.output


def test_undeclared_term_in_data_is_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "typo.ttl"
    bad.write_text(f"<https://w3id.org/ipkg/id/study/x> <{IPKG}sampelSize> 3 .\n")
    result = CliRunner().invoke(main, ["ontology", "reason", str(bad)])
    assert result.exit_code == 1 and "sampelSize" in result.output
    assert "undeclared ipkg term: https://w3id.org/ipkg/ontology#sampelSize " in result.output  # the row, labelled


def test_docs_renders_html_with_pylode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 16: ontology HTML by pyLODE (3.2.1), the library, not hand code."""
    import pytest
    from click.testing import CliRunner

    from ipkg.cli import main

    pytest.importorskip("pylode")
    out = tmp_path / "ipkg.html"
    result = CliRunner().invoke(main, ["ontology", "docs", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<html" in html
    for term in ("Finding", "treats", "sampleSize"):
        assert term in html, term
