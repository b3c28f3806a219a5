"""``kg export --kgx``: KGX TSV with Biolink categories and predicates, checked against the KGX format's rules
(required columns, CURIE ids, edges between known nodes, Biolink 4.x enums) and, when the ``kgx`` package is
installed, by ``kgx``'s own validator."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipkg.cli import main
from ipkg.export.kgx import EDGE_COLUMNS, NODE_COLUMNS, biolink_mappings
from tests.constants import IPKG, SEEDS

#: Biolink 4.x KnowledgeLevelEnum and AgentTypeEnum
KNOWLEDGE_LEVELS = {"knowledge_assertion", "logical_entailment", "prediction", "statistical_association",
                    "observation", "not_provided"}
AGENT_TYPES = {"manual_agent", "automated_agent", "data_analysis_pipeline", "computational_model",
               "text_mining_agent", "image_processing_agent", "manual_validation_of_automated_agent", "not_provided"}
CURIE = re.compile(r"^[A-Za-z][\w.]*:\S+$")


@pytest.fixture(scope="module")
def kgx_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kgx")
    graph = folder / "kg.ttl"
    assert CliRunner().invoke(main, ["-q", "build", str(SEEDS), "-o", str(graph)]).exit_code == 0
    result = CliRunner().invoke(main, ["export", str(graph), "--kgx", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return folder / "out"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_required_columns_and_values(kgx_dir: Path) -> None:
    nodes, edges = _rows(kgx_dir / "nodes.tsv"), _rows(kgx_dir / "edges.tsv")
    assert nodes and edges
    assert tuple(nodes[0]) == NODE_COLUMNS and tuple(edges[0]) == EDGE_COLUMNS
    ids = {row["id"] for row in nodes}
    assert len(ids) == len(nodes), "node ids are unique"
    for row in nodes:
        assert CURIE.match(row["id"]), row
        assert all(c.startswith("biolink:") and c[8:9].isupper() for c in row["category"].split("|")), row
    for row in edges:
        assert row["subject"] in ids and row["object"] in ids, f"edge between unknown nodes: {row}"
        assert row["predicate"].startswith("biolink:") and row["predicate"][8:9].islower(), row
        assert row["knowledge_level"] in KNOWLEDGE_LEVELS and row["agent_type"] in AGENT_TYPES
        assert row["agent_type"] == "text_mining_agent" and row["supporting_text"], row
        assert row["primary_knowledge_source"].startswith("infores:")
    assert any(row["publications"].startswith("doi:10.") for row in edges), "seed studies have DOIs"


def test_categories_and_predicates_come_from_the_ontology(kgx_dir: Path) -> None:
    mapping = biolink_mappings()
    assert mapping[IPKG + "Disorder"].endswith("/Disease") and mapping[IPKG + "treats"].endswith("/treats")
    edges = _rows(kgx_dir / "edges.tsv")
    treats = [row for row in edges if row["original_predicate"] == "ipkg:treats"]
    assert treats and all(row["predicate"] == "biolink:treats" for row in treats)
    increases = [row for row in edges if row["original_predicate"] == "ipkg:increases"]
    assert increases and all(row["object_direction_qualifier"] == "increased" for row in increases)


def test_kgx_validator_accepts_the_export(kgx_dir: Path) -> None:
    """``kgx validate`` (the kgx package) finds no error. kgx pins numpy<2 and brings ~100 packages, so it is not
    in the test extra: this runs where it is installed."""
    pytest.importorskip("kgx")
    from kgx.cli.cli_utils import validate

    errors = validate(inputs=[str(kgx_dir / "nodes.tsv"), str(kgx_dir / "edges.tsv")], input_format="tsv",
                      input_compression=None, stream=False, output=None)
    assert not errors, errors
