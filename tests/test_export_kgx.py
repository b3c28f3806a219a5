"""``kg export --kgx``: KGX TSV with Biolink categories and predicates, checked against the KGX format's rules
(required columns, CURIE ids, edges between known nodes, Biolink 4.x enums) and, when the ``kgx`` package is
installed, by ``kgx``'s own validator."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
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


#: the interpreter of a separate virtual environment with ``kgx`` (kgx pins numpy<2, which the main environment's
#: scikit-learn and scipy do not accept); ``.ci/run`` makes ``.venv-kgx``
KGX_PYTHON = Path(os.environ.get("IPKG_KGX_PYTHON", Path(__file__).resolve().parent.parent / ".venv-kgx/bin/python"))


def test_kgx_validator_accepts_the_export(kgx_dir: Path) -> None:
    """``kgx validate`` (the kgx package, run offline by ``tests/kgx_offline_validate.py``) finds no error or
    warning. It runs in this environment when kgx imports here, else in ``.venv-kgx`` made by ``.ci/run``."""
    files = [str(kgx_dir / "nodes.tsv"), str(kgx_dir / "edges.tsv")]
    script = Path(__file__).resolve().parent / "kgx_offline_validate.py"
    if importlib.util.find_spec("kgx") is not None:
        python = sys.executable
    elif KGX_PYTHON.exists():
        python = str(KGX_PYTHON)
    else:
        pytest.skip(f"kgx is not installed here nor in {KGX_PYTHON} (bash .ci/run makes it)")
    done = subprocess.run([python, str(script), *files], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}, done.stdout[-3000:]


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
