"""A record whose study already has a better record is not extracted, and the graph is the same as when it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipkg import pipeline
from ipkg.pipeline import BuildOptions, build
from tests.test_scale import _pubtator

LONG = "Serum IL-6 was raised in 40 patients with major depressive disorder compared with controls."
SHORT = "IL-6 was raised in patients with depression."
OTHER = ("113", "Infliximab for bipolar depression", "Infliximab did not improve depression in bipolar disorder.")


@pytest.fixture()
def corpus(tmp_path: Path) -> list[str]:
    """Study 111 four times: the long abstract (the canonical record) read second, the short one twice, and an
    exact copy of the long one in a later file; study 113 twice, word for word."""
    title = "Interleukin-6 in major depressive disorder"
    _pubtator(tmp_path / "a.pubtator", [("111", title, SHORT), OTHER])
    _pubtator(tmp_path / "b.pubtator", [("111", title, LONG), ("111", title, SHORT)])
    _pubtator(tmp_path / "c.pubtator", [("111", title, LONG), OTHER])
    return sorted(str(p) for p in tmp_path.glob("*.pubtator"))


def _build(files: list[str], out: Path) -> pipeline.BuildResult:
    result = build(files, BuildOptions(output=out, keep_graphs=True))
    assert result.written, result.report.text() if result.report else result.errors
    return result


def test_duplicates_are_not_extracted_and_change_nothing(corpus, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    deferred = _build(corpus, tmp_path / "deferred.ttl")
    # a.pubtator's short 111 and its 113 are read first; b's short 111 and c's two records wait
    assert (deferred.records_read, deferred.extracted, deferred.built) == (6, 3, 2)
    # read the other way round, c's long 111 goes first, then b's (a better source name): four extracted
    reversed_order = _build(list(reversed(corpus)), tmp_path / "reversed.ttl")
    assert reversed_order.extracted == 4
    monkeypatch.setattr(pipeline, "MAX_DEFERRED", 0)  # every record extracted, as before
    every = _build(corpus, tmp_path / "every.ttl")
    assert every.extracted == 6
    assert (tmp_path / "deferred.ttl").read_bytes() == (tmp_path / "every.ttl").read_bytes()
    assert deferred.duplicates == every.duplicates and len(every.duplicates) == 4
    assert deferred.graphs == every.graphs
    assert any(LONG in line for line in dict(every.graphs)["https://w3id.org/ipkg/id/graph/pmid-111"])
    assert (tmp_path / "reversed.ttl").read_bytes() == (tmp_path / "every.ttl").read_bytes()
    assert reversed_order.duplicates == every.duplicates


def test_a_duplicate_is_extracted_when_the_better_record_fails(corpus, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The long 111 of b.pubtator fails to extract: its copy in c.pubtator, held back, is then extracted and kept,
    as it is when every record is extracted."""
    real = pipeline.extract_document

    def failing(doc):  # type: ignore[no-untyped-def]
        if doc.source_file == "b.pubtator" and doc.record == 1:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", failing)
    deferred = _build(corpus, tmp_path / "deferred.ttl")
    monkeypatch.setattr(pipeline, "MAX_DEFERRED", 0)
    every = _build(corpus, tmp_path / "every.ttl")
    assert (tmp_path / "deferred.ttl").read_bytes() == (tmp_path / "every.ttl").read_bytes()
    assert [str(e) for e in deferred.errors] == [str(e) for e in every.errors] and len(every.errors) == 1
    assert deferred.duplicates == every.duplicates
    kept = dict(deferred.graphs)["https://w3id.org/ipkg/id/graph/pmid-111"]
    assert any(LONG in line for line in kept) and any('"c.pubtator"' in line for line in kept)
