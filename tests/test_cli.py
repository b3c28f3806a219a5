"""The kg command line end to end: CliRunner for every command, one real subprocess of the installed script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from ipkg.cli import main
from tests.constants import IPKG, SEED_IL2, SEEDS

STUDIES = f"SELECT ?s WHERE {{ ?s a <{IPKG}Study> }} ORDER BY ?s"


def _run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_version_and_help() -> None:
    result = _run("--version")
    assert result.exit_code == 0 and result.output.startswith("kg, version ")
    for command in ("build", "validate", "query"):
        result = _run(command, "--help")
        assert result.exit_code == 0 and "Example" in result.output, result.output


def test_build_validate_query_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kg.ttl"
    result = _run("build", str(SEEDS), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "built 3 studies" in result.output and "SHACL: no violations (2 warnings)" in result.output
    result = _run("validate", str(out))  # seeds 001/002 have no title: two warnings, so sh:conforms is false
    assert result.exit_code == 1 and result.output.startswith("Conforms: False (2 warnings)"), result.output
    result = _run("validate", "--allow-warnings", str(out))
    assert result.exit_code == 0, result.output
    result = _run("query", str(out), STUDIES, "--output", "csv")
    assert result.exit_code == 0, result.output
    rows = result.output.strip().splitlines()
    assert rows[0] == "s" and len(rows) == 4


def test_build_to_stdout_in_every_format(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["-q", "build", str(SEED_IL2), "--format", "ntriples"])
    assert result.exit_code == 0, result.output
    assert "<https://w3id.org/ipkg/ontology#Study>" in result.stdout
    result = CliRunner().invoke(main, ["-q", "build", str(SEED_IL2), "--format", "jsonld"])
    document = json.loads(result.stdout)
    assert document["@context"]["ipkg"] == IPKG and document["@graph"], "compacted JSON-LD with an @context"


def test_build_from_stdin() -> None:
    result = CliRunner().invoke(main, ["-q", "build", "-", "--format", "ntriples"], input=SEED_IL2.read_bytes())
    assert result.exit_code == 0, result.output
    assert "10.1016/j.bbi.2024.02.019" in result.stdout


def test_validate_reports_violations_with_exit_1(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<https://w3id.org/ipkg/id/study/x> a <{IPKG}Study> .\n")
    result = _run("validate", str(bad))
    assert result.exit_code == 1
    assert "Conforms: False" in result.output and "study/x" in result.output


def test_query_names_in_the_help_texts_are_shipped_queries() -> None:
    import re

    from ipkg.query import list_queries

    shipped = {q.name for q in list_queries()}
    named = set()
    for command in main.commands:
        named |= set(re.findall(r"--name ([a-z][a-z0-9-]+)", _run(command, "--help").output))
    assert named and named <= shipped, named - shipped


def test_query_by_name_and_bad_query(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kg.ttl"
    _run("build", str(SEEDS), "-o", str(out))
    listed = _run("query", "--list")
    assert listed.exit_code == 0
    names = [line.split()[0] for line in listed.output.splitlines() if line.strip()]
    for name in names:
        result = _run("query", str(out), "--name", name, "--output", "tsv")
        assert result.exit_code == 0, f"{name}: {result.output}"
    result = CliRunner().invoke(main, ["query", str(out), "SELECT WHERE {"])
    assert result.exit_code == 2 and "malformed SPARQL" in result.output
    result = CliRunner().invoke(main, ["query", str(out), "--name", "no-such-query"])
    assert result.exit_code == 2 and "no query named" in result.output


def test_a_query_file_given_in_place_of_the_query_text_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kg.ttl"
    _run("build", str(SEEDS), "-o", str(out))
    rq = tmp_path / "studies.rq"
    rq.write_text(STUDIES, encoding="utf-8")
    by_text = _run("query", str(out), STUDIES, "--output", "csv")
    by_path = _run("query", str(out), str(rq), "--output", "csv")
    assert by_path.exit_code == 0 and by_path.output == by_text.output
    assert by_text.output.count("https://w3id.org/ipkg/id/study/") == 3


def test_usage_errors_exit_2() -> None:
    assert CliRunner().invoke(main, ["build"]).exit_code == 2
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--format", "nope"]).exit_code == 2


def test_installed_script_runs_from_another_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kg = shutil.which("kg", path=str(Path(sys.executable).parent))
    assert kg, "the kg console script is installed next to the interpreter"
    out = tmp_path / "kg.nq"
    run = subprocess.run([kg, "build", str(SEEDS), "-o", str(out)], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.read_text().count("https://w3id.org/ipkg/id/graph/") > 0


def test_query_an_on_disk_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["-q", "build", str(SEEDS), "--store", str(store), "-o", str(tmp_path / "kg.ttl")])
    assert result.exit_code == 0, result.output
    result = _run("query", "--store", str(store), STUDIES, "--output", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 4


def test_quiet_build_hides_shacl_warnings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Seeds 001/002 have no title: a SHACL warning, shown normally, hidden by -q ("only errors on stderr")."""
    out = tmp_path / "kg.ttl"
    loud = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)])
    assert loud.exit_code == 0 and "Warning:" in loud.stderr
    quiet = CliRunner().invoke(main, ["-q", "build", str(SEEDS), "-o", str(out)])
    assert quiet.exit_code == 0 and quiet.stderr == ""
