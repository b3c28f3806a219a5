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


def _offline_kgx_validate(files: list[str]) -> dict:  # type: ignore[type-arg]
    """kgx's validator without the network: the Biolink YAML of the biolink-model package (kgx downloads it by
    default), no predicate-map download, and the Biolink JSON-LD context made from that YAML's prefixes and its
    default_curi_maps (prefixcommons registries), which is how Biolink builds context.jsonld."""
    import json

    import biolink_model
    import bmt.toolkit
    import prefixcommons
    import yaml

    schema_file = Path(list(biolink_model.__path__)[0]) / "schema" / "biolink_model.yaml"
    bmt.toolkit.Toolkit.__init__.__defaults__ = (str(schema_file), {"predicate mappings": []})
    import kgx.config

    schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
    registry = Path(list(prefixcommons.__path__)[0]) / "registry"
    context: dict[str, str] = {}
    for name in schema.get("default_curi_maps", []):
        context.update(json.loads((registry / f"{name}.jsonld").read_text(encoding="utf-8"))["@context"])
    context.update({k: v if isinstance(v, str) else v["prefix_reference"] for k, v in schema["prefixes"].items()})
    kgx.config.jsonld_context_map["biolink"] = context
    from kgx.cli.cli_utils import validate

    return validate(inputs=files, input_format="tsv", input_compression=None, output=None)


def test_kgx_validator_accepts_the_export(kgx_dir: Path) -> None:
    """``kgx validate`` (the kgx package, run offline) finds no error or warning. kgx pins numpy<2 and brings ~100
    packages, so it is the ``kgx`` extra, not the test extra: this runs where it is installed."""
    pytest.importorskip("kgx")
    errors = _offline_kgx_validate([str(kgx_dir / "nodes.tsv"), str(kgx_dir / "edges.tsv")])
    assert not errors, errors


def test_ungrounded_concepts_are_left_out(tmp_path: Path) -> None:
    """A concept no ontology has (an IRI under the data base) has no Biolink CURIE prefix: node and edges go."""
    from ipkg.export.findings import ExportedConcept, ExportedFinding
    from ipkg.export.kgx import write_kgx

    base = "https://w3id.org/ipkg/id/"
    mdd, local = "http://purl.obolibrary.org/obo/MONDO_0002009", base + "concept/pathway/gsk3-signaling"
    ketamine = "http://purl.obolibrary.org/obo/CHEBI_6121"
    concepts = [ExportedConcept(mdd, (IPKG + "Disorder",), "MDD"), ExportedConcept(local, (IPKG + "Pathway",), "GSK3"),
                ExportedConcept(ketamine, (IPKG + "Intervention",), "ketamine")]
    findings = [ExportedFinding(base + f"study/pmid-1/finding/{i}", ketamine, IPKG + p, o, "Ketamine ...", False,
                                False, None, base + "study/pmid-1", "1", None, None)
                for i, (p, o) in enumerate((("treats", mdd), ("actsThrough", local)))]
    done = write_kgx(findings, concepts, tmp_path, base=base)
    assert (done.nodes, done.edges, done.nodes_left_out, done.edges_left_out) == (2, 1, 1, 1)
    edges = _rows(tmp_path / "edges.tsv")
    assert [(e["subject"], e["predicate"], e["object"], e["publications"]) for e in edges] == [
        ("CHEBI:6121", "biolink:treats", "MONDO:0002009", "PMID:1")]
