"""The README's "Use" section prints what the commands print on the seeds: the build report, the answers of the
shipped queries it shows, the export's counts and the query list's size. A change that moves any of them must
update the README in the same commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ipkg.cli import main
from tests.constants import REPO, SEEDS

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding kg.ttl built from the seeds with `kg build seeds -o kg.ttl`, as the README does."""
    folder = tmp_path_factory.mktemp("readme")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(folder / "kg.ttl")])
    assert result.exit_code == 0, result.output
    report = [line.replace(str(folder / "kg.ttl"), "kg.ttl") for line in result.stderr.splitlines()]
    (folder / "report.txt").write_text("\n".join(report), encoding="utf-8")
    return folder


def test_the_build_report_is_the_readmes(workdir: Path) -> None:
    report = (workdir / "report.txt").read_text(encoding="utf-8").splitlines()
    shown = [line for line in report if line.startswith(("read ", "Conforms:", "00"))]
    assert len(shown) == 4
    for line in shown:
        assert line in README, line


@pytest.mark.parametrize("name", ["immune-cells-by-intervention", "confident-randomised-trials", "confident-findings"])
def test_a_shown_query_answer_is_the_readmes(workdir: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["query", str(workdir / "kg.ttl"), "--name", name])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() in README, result.stdout


def test_the_export_counts_are_the_readmes(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir)
    result = CliRunner().invoke(main, ["export", "kg.ttl", "--kgx", "kgx", "--nanopub", "findings.trig"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert line in README, line


def test_the_readme_counts_the_shipped_queries() -> None:
    names = sorted(path.stem for path in (REPO / "queries").glob("*.rq"))
    assert f"the {len(names)} competency questions in queries/" in README
    assert names[0] in README and names[-1] in README
