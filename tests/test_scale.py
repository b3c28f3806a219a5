"""The streaming build: same bytes whatever the input order, --jobs or spill size; duplicates; store; report.

Memory staying flat from 9k to 90k abstracts is a benchmark (bench/bench_build.py), not a test.
"""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipkg import spill
from ipkg.cli import main
from ipkg.pipeline import BuildOptions, build
from ipkg.rdf.serialize import FORMATS, serialize_lines
from tests.constants import DEV_RAW, IPKG, SEEDS

FORMAT_EXT = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld", "rdfxml": "rdf"}


def _pubtator(path: Path, records: list[tuple[str, str, str]]) -> Path:
    path.write_text("".join(f"{pmid}|t|{title}\n{pmid}|a|{abstract}\n\n" for pmid, title, abstract in records))
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The seeds plus two PubTator files that share a study (PMID 111) with different abstracts."""
    folder = tmp_path_factory.mktemp("corpus")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    _pubtator(folder / "a.pubtator", [
        ("111", "Interleukin-6 in major depressive disorder", "IL-6 was raised in patients with depression."),
        ("112", "Ketamine and microglia", "Ketamine reduced microglial activation in mice."),
    ])
    _pubtator(folder / "b.pubtator", [
        ("111", "Interleukin-6 in major depressive disorder",
         "Serum IL-6 was raised in 40 patients with major depressive disorder compared with controls."),
        ("113", "Infliximab for bipolar depression", "Infliximab did not improve depression in bipolar disorder."),
    ])
    return sorted(str(p) for p in folder.iterdir())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_bytes_for_any_order_jobs_and_spill_size(corpus, tmp_path, monkeypatch, fmt) -> None:  # type: ignore[no-untyped-def]
    """jobs 1 and 2, shuffled inputs, and an external sort forced to spill every 2 records give one output,
    and it is the output of the in-memory writer for the same graphs."""
    outputs = set()
    runs = [(1, corpus, None), (2, random.Random(7).sample(corpus, len(corpus)), None),
            (1, list(reversed(corpus)), 2)]
    for index, (jobs, order, chunk) in enumerate(runs):
        if chunk:
            monkeypatch.setattr(spill, "DEFAULT_CHUNK_RECORDS", chunk)
            monkeypatch.setattr(spill, "DEFAULT_CHUNK_LINES", 7)
        out = tmp_path / f"kg{index}.{FORMAT_EXT[fmt]}"
        result = build(order, BuildOptions(output=out, fmt=fmt, jobs=jobs, keep_graphs=True))
        assert result.written and result.report.violation_free, result.report.text()
        buffer = io.BytesIO()
        serialize_lines(result.graphs, fmt, buffer)
        assert buffer.getvalue() == out.read_bytes(), "streaming writer == in-memory writer"
        outputs.add(out.read_bytes())
    assert len(outputs) == 1


@pytest.mark.shared
def test_dev_set_same_bytes_with_two_jobs_and_shuffled_input(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(str(p) for p in DEV_RAW.iterdir())
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    build(files, BuildOptions(output=a))
    build(random.Random(3).sample(files, len(files)), BuildOptions(output=b, jobs=2))
    assert a.read_bytes() == b.read_bytes()


def test_duplicate_pmids_give_one_study_with_the_longer_abstract(corpus) -> None:  # type: ignore[no-untyped-def]
    for order in (corpus, list(reversed(corpus))):
        result = build(order, BuildOptions(validate=False))
        keys = [iri.rsplit("/", 1)[-1] for iri, _ in result.graphs]
        assert keys.count("pmid-111") == 1 and len(keys) == len(set(keys))
        lines = dict(result.graphs)["https://w3id.org/ipkg/id/graph/pmid-111"]
        assert any("Serum IL-6 was raised in 40 patients" in line for line in lines), "the longer record is kept"
        assert result.duplicates == [
            "a.pubtator (record 1): same study as b.pubtator (pmid-111); kept once"
        ]
        assert result.records_read == result.built + 1


def test_store_and_report_through_the_cli(corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, report, out = tmp_path / "kg.oxigraph", tmp_path / "build.json", tmp_path / "kg.ttl"
    args = ["build", *corpus, "-o", str(out), "--store", str(store), "--report", str(report), "--jobs", "2"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    summary = json.loads(report.read_text())
    assert summary["studies"]["built"] == summary["studies"]["read"] - 1 == 6  # 3 seeds + 3 PubTator studies
    assert summary["studies"]["duplicates"] == 1 and summary["jobs"] == 2
    assert summary["shacl"]["violation_free"] is True and summary["output"]["written"] is True
    assert {"ingest", "extract", "validate", "serialise", "store", "total"} <= set(summary["seconds"])
    import pyoxigraph as ox

    reader = ox.Store.read_only(str(store))
    studies = list(reader.query(f"SELECT ?s WHERE {{ ?s a <{IPKG}Study> }}", use_default_graph_as_union=True))
    assert len(studies) == summary["studies"]["built"]
    assert not list(reader.named_graphs()), "the merged graph, in the default graph"
    from ipkg.query import schema_triples

    data = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(out), format=ox.RdfFormat.TURTLE)}
    held = {(q.subject, q.predicate, q.object) for q in reader}
    assert len(data) == summary["output"]["triples"]
    assert held == data | {(t.subject, t.predicate, t.object) for t in schema_triples()}, "the store holds what kg.ttl holds, and the ontology's hierarchy"
    del reader
    # building again replaces the store instead of adding to it
    result = CliRunner().invoke(main, ["build", corpus[0], "--store", str(store)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    reader = ox.Store.read_only(str(store))
    assert len(list(reader.query(f"SELECT ?s WHERE {{ ?s a <{IPKG}Study> }}", use_default_graph_as_union=True))) == 1


def test_report_counts_skips_by_reason(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = _pubtator(tmp_path / "bad.pubtator", [("1", "A title", "-"), ("2", "Other title", "-")])
    report = tmp_path / "r.json"
    result = build([str(bad), str(SEEDS)], BuildOptions(report=report))
    summary = json.loads(report.read_text())
    assert summary["skipped"]["total"] == len(result.errors) == 2
    assert list(summary["skipped"]["by_reason"].values()) == [2]
    assert summary["studies"]["built"] == 3


def test_store_refuses_a_folder_that_is_not_a_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(folder)])
    assert result.exit_code == 3 and "not an Oxigraph store" in result.output
    assert (folder / "notes.txt").read_text() == "keep me"


def test_external_sort_merges_many_runs_in_levels(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(spill, "MAX_FAN_IN", 3)
    rng = random.Random(5)
    records = [(rng.randrange(50), f"r{i}", [f"line {i}"]) for i in range(200)]
    with spill.RecordSorter(tmp_path, chunk_records=7) as sorter:
        sorter.extend(records)
        assert len(sorter.runs) > 9
        assert list(sorter.merged()) == sorted(records)
    lines = [f"<s{rng.randrange(40)}> <p> <o> ." for _ in range(300)]
    with spill.LineSorter(tmp_path, chunk_lines=11) as sorter:
        sorter.extend(lines)
        assert list(sorter.merged()) == sorted(set(lines))
